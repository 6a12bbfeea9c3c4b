import { TokenKind } from '../../text/tokenize.js';
import { isCommonWord, isGivenName, isListedSurname, LAW_HEADS, LEGISLATIVE_CHAMBERS, STOPWORDS, WordClass } from '../lexicon.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import type { TokenView } from '../tokenView.js';

/**
 * "the Health Care Cybersecurity and Resiliency Act", "the Kids Online Safety and Privacy Act",
 * "the Dodd-Frank Wall Street Reform and Consumer Protection Act": after "the", words in title
 * case, "and" (token k) and up to four more closed by a law's head word are one law's name, though
 * no dictionary holds some of the words ("Cybersecurity", "Online", "Resiliency"; each title was cut
 * at "and" into two laws). Not "the Senate and House Bill 4410" (a chamber is no word of a title),
 * nor "the Data Act and Privacy Act" (a law's head before "and" closes a law of its own). Where the
 * name ends, else 0.
 */
export function lawTitleConjunctEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (first === 0 || view.lower(first - 1) !== 'the' || LAW_HEADS.has(view.lower(k - 1))) return 0;
  let head = k + 1;
  while (head < sentenceEnd && head - k <= 4 && view.spaceBefore(head) && !LAW_HEADS.has(view.lower(head)) && isLawTitleWord(view, head)) head++;
  if (head === k + 1 || head >= sentenceEnd || !view.spaceBefore(head) || !view.isCapitalized(head) || !LAW_HEADS.has(view.lower(head))) return 0;
  for (let i = first; i < k; i++) if (!isLawTitleWord(view, i) && !isInHyphenedCompound(view, i)) return 0;
  return head + 1;
}

/**
 * "the Protection of Children from Sexual Offences Act", "the Protecting Americans from Foreign Adversary
 * Controlled Applications Act", "the Protection of Women from Domestic Violence Act": after "the", words
 * in title case, a preposition in lower case (token k) and up to seven more title words and
 * prepositions, closed by a law's head word, are one law's name (each was cut at "from", its opening
 * words dropped). Not a title's words before it ("the Minister of Justice Bill …"), nor a bill whose
 * "Bill" opens a person's name ("the Minister for Finance Bill English"). Where the name ends, else 0.
 */
export function lawTitlePrepositionEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (first === 0 || view.lower(first - 1) !== 'the' || !isLawTitleConnector(view, k) || view.lower(k) === 'and' || LAW_HEADS.has(view.lower(k - 1))) return 0;
  for (let i = first; i < k; i++) if ((!isLawTitleWord(view, i) && !isInHyphenedCompound(view, i)) || view.hasClass(i, WordClass.Title)) return 0;
  for (let i = k + 1; i < sentenceEnd && i - k <= 8 && view.spaceBefore(i); i++) {
    if (view.isCapitalized(i) && LAW_HEADS.has(view.lower(i))) return isLawTitleConnector(view, i - 1) || opensPersonAfterBill(view, i, sentenceEnd) ? 0 : i + 1;
    if (!isLawTitleWord(view, i) && !(isLawTitleConnector(view, i) && !isLawTitleConnector(view, i - 1))) return 0;
  }
  return 0;
}

/** The prepositions and the "and" that stand in lower case inside a law's title: "from" of "Protection of Children from Sexual Offences". */
function isLawTitleConnector(view: TokenView, i: number): boolean {
  return view.isLowerWord(i) && LAW_TITLE_CONNECTORS.has(view.lower(i));
}

const LAW_TITLE_CONNECTORS = new Set(['of', 'from', 'for', 'on', 'to', 'against', 'in', 'with', 'and']);

/** "Bill English": a capitalised name right after a "Bill" makes it a given name, no law's head. */
function opensPersonAfterBill(view: TokenView, head: number, sentenceEnd: number): boolean {
  return view.lower(head) === 'bill' && head + 1 < sentenceEnd && view.spaceBefore(head + 1) && view.isCapitalized(head + 1);
}

/**
 * A word in title case that may stand in a law's title: a dictionary word, or one no list of people's
 * or places' names holds ("Cybersecurity"); never a chamber's word, a stop word, or a name the lists know.
 */
function isLawTitleWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  const lower = view.lower(i);
  if (STOPWORDS.has(lower) || LEGISLATIVE_CHAMBERS.has(lower) || gazetteer().byKey.has(view.key(i)) || isKnownPlace(view.key(i))) return false;
  return isCommonWord(lower) || (!isGivenName(lower, true) && !isListedSurname(lower));
}

/** "Dodd-Frank", "Age-Appropriate": a capitalised word or a hyphen of a compound written without spaces, its sponsors' names or its words. */
function isInHyphenedCompound(view: TokenView, i: number): boolean {
  if (view.kind(i) === TokenKind.Hyphen) return view.adjacent(i - 1) && view.adjacent(i);
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i)) return false;
  return (view.kind(i - 1) === TokenKind.Hyphen && view.adjacent(i - 1)) || (view.kind(i + 1) === TokenKind.Hyphen && view.adjacent(i));
}
