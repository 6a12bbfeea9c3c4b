import { wordListEvidence } from '../cues/nameShapes.js';
import { addEvidence } from '../evidence.js';
import { ARTICLES } from '../lexicon.js';
import { CLOSE_QUOTES, OPEN_QUOTES, TokenView } from '../tokenView.js';
import type { AliasDefinition } from '../mentionDraft.js';
import type { DraftWithTokens } from './articleDrafts.js';

/**
 * An acronym the article defines means its expansion everywhere in the article, whatever it means
 * elsewhere ("PRC" for a party here, China in another article).
 */
export function linkAcronymsDefinedHere(found: readonly DraftWithTokens[], aliases: readonly AliasDefinition[]): void {
  const definedHere = new Map(aliases.filter((a) => a.kind === 'acronym').map((a) => [a.alias, a.of]));
  for (const f of found) {
    const expansion = definedHere.get(f.draft.key);
    if (!expansion || !f.draft.acronym || (f.draft.link && f.draft.link !== expansion)) continue;
    f.draft.link = expansion;
    // Nor does what the letters mean elsewhere count towards its type: "People's Renewal Congress
    // (PRC)" is a party, whatever the gazetteer says of "PRC".
    for (const { type, weight } of wordListEvidence(f.draft.key)) addEvidence(f.draft.nameEvidence, type, -weight);
    for (let i = 0; i < f.draft.nameEvidence.length; i++) f.draft.nameEvidence[i] = Math.max(0, f.draft.nameEvidence[i]!);
  }
}

/**
 * 'the DLNR's Land Division (the "Division")', 'the City and County of Honolulu (the "City")': a
 * name in quotation marks that fills a parenthesis after a name is the short name the text
 * defines for it, as court opinions and contracts do; it is that name there and wherever the
 * article writes it after ("The Division did not reply"; "Division" in quotes was a body of its
 * own). Drafts in text order.
 */
export function linkDefinedTerms(view: TokenView, found: readonly DraftWithTokens[]): void {
  let terms: Map<string, string> | null = null;
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    if (terms?.has(f.draft.key) && !f.draft.link) f.draft.link = terms.get(f.draft.key)!;
    if (!view.isChar(f.end, CLOSE_QUOTES) || !view.isChar(f.end + 1, ')')) continue;
    // '("the FtT")': British judgments put the article inside the quotation marks.
    const quote = view.isChar(f.first - 1, OPEN_QUOTES) ? f.first - 1 : view.lower(f.first - 1) === 'the' && view.isChar(f.first - 2, OPEN_QUOTES) ? f.first - 2 : -1;
    const open = quote < 0 ? -1 : definitionOpening(view, quote);
    const owner = open < 0 ? undefined : ownerBefore(view, found, i, open);
    if (!owner) continue;
    const of = owner.draft.link ?? owner.draft.key;
    // 'Adele ("Hello") topped the charts': without "the", only a word of the name defines one ("Kapule").
    if (of === f.draft.key || (open === f.first - 2 && !sharesWord(of, f.draft.key))) continue;
    (terms ??= new Map()).set(f.draft.key, of);
    f.draft.link = of;
  }
}

/**
 * The name that ends right before the parenthesis at token `open` (drafts up to `i`), past a
 * closing quotation mark or another parenthesis: 'First-tier Tribunal (Immigration and Asylum
 * Chamber) ("the FtT")' defines the tribunal's short name.
 */
function ownerBefore(view: TokenView, found: readonly DraftWithTokens[], i: number, open: number): DraftWithTokens | undefined {
  let end = open;
  if (view.isChar(end - 1, CLOSE_QUOTES)) end--;
  else if (view.isChar(end - 1, ')')) {
    end -= 2;
    while (end > open - 24 && !view.isChar(end, '(')) end--;
  }
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) if (found[j]!.end === end) return found[j];
  return undefined;
}

/** The parenthesis opening a definition whose quotation mark is token q: '(', '(the', '(hereinafter', '(collectively, the'; else -1. */
function definitionOpening(view: TokenView, q: number): number {
  let k = q - 1;
  if (view.isLowerWord(k) && ARTICLES.has(view.lower(k))) k--;
  if (view.isChar(k, ',')) k--;
  if (view.isLowerWord(k) && DEFINITION_WORDS.has(view.lower(k))) k--;
  return view.isChar(k, '(') ? k : -1;
}

/** Whether two keys have a word in common: "mahealani kapule" and "kapule". */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => words.has(w));
}

const DEFINITION_WORDS = new Set(['hereinafter', 'hereafter', 'collectively', 'together', 'jointly']);
