import { namesTradedStock, reportsAsACompany } from './cues.js';
import { addEvidence, WEIGHT, weightOf } from './evidence.js';
import type { MentionDraft } from './mentionDraft.js';
import type { TokenView } from './tokenView.js';

/**
 * A company named like a person in business copy: "Shares of Morgan Lister fell 3% … Morgan Lister
 * said its quarterly revenue dropped … Lister said it would cut 2,000 jobs". Each sentence alone
 * keeps a given name or a listed surname a person's ("Chief executive Mary Smith said its sales
 * fell"), so the name was a person; where the story shows the name traded on a market (its shares,
 * its ticker, namesTradedStock), or a next sentence opens with "Its shares" after it, what the name
 * then says or does of its business (reportsAsACompany) is a company's again. A name the story also
 * gives a title or an honorific ("Mr. Lister") is left alone.
 */

/** What the pass reads of a draft: the article's tokens of it and of its sentence. */
export interface DraftInSentence {
  draft: MentionDraft;
  view: TokenView;
  first: number;
  end: number;
  sentenceEnd: number;
}

export function addTradedCompanyEvidence<T extends DraftInSentence>(found: readonly T[], opensWithItsShares: (f: T) => boolean): void {
  const traded = new Set<string>();
  const titled = new Set<string>();
  for (const f of found) {
    const entity = f.draft.link ?? f.draft.key;
    if (namesTradedStock(f.view, f.first, f.end) || opensWithItsShares(f)) traded.add(entity);
    if (weightOf(f.draft.evidence, 'person') >= WEIGHT.title) titled.add(entity);
  }
  if (traded.size === 0) return;
  for (const f of found) {
    const entity = f.draft.link ?? f.draft.key;
    if (!traded.has(entity) || titled.has(entity) || weightOf(f.draft.evidence, 'organization') > 0) continue;
    if (reportsAsACompany(f.view, f.end, f.sentenceEnd)) addEvidence(f.draft.evidence, 'organization', WEIGHT.contextNoun);
  }
}
