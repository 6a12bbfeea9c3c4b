import { doesACompanysDeed, namesTradedStock, reportsAsACompany } from './cues/companyDeeds.js';
import { reportsOfHimOrHerself } from './cues/followingWordCues.js';
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
  const companysDeeds = new Set<string>();
  const personsMarks = new Set<string>();
  for (const f of found) {
    const entity = f.draft.link ?? f.draft.key;
    if (namesTradedStock(f.view, f.first, f.end) || opensWithItsShares(f)) traded.add(entity);
    if (weightOf(f.draft.evidence, 'person') >= WEIGHT.title) titled.add(entity);
    if (!entity.includes(' ') && doesACompanysDeed(f.view, f.end, f.sentenceEnd)) companysDeeds.add(entity);
    if (weightOf(f.draft.evidence, 'person') >= WEIGHT.roleNoun || reportsOfHimOrHerself(f.view, f.end, f.sentenceEnd)) personsMarks.add(entity);
  }
  // "Fischer said it earned $2 billion in the quarter", "Brandt said it would cut 800 jobs": one word
  // doing what only a company does marks a company as its shares do, unless the story also gives it a
  // role ("Chief executive Fischer said it would cut 1,200 jobs") or has it say "he" or "she".
  for (const entity of companysDeeds) if (!personsMarks.has(entity)) traded.add(entity);
  if (traded.size === 0) return;
  for (const f of found) {
    const entity = f.draft.link ?? f.draft.key;
    if (!traded.has(entity) || titled.has(entity) || weightOf(f.draft.evidence, 'organization') > 0) continue;
    if (reportsAsACompany(f.view, f.end, f.sentenceEnd) || doesACompanysDeed(f.view, f.end, f.sentenceEnd)) addEvidence(f.draft.evidence, 'organization', WEIGHT.contextNoun);
  }
}
