import { TokenKind } from '../../text/tokenize.js';
import { SPEECH_VERBS, STOCK_EXCHANGES, RESULTS_VERBS, BUSINESS_NOUNS, BODY_DEED_VERBS, THING_VERBS_AFTER_MODAL, STOPWORDS, WordClass, isCommonWord, isGivenName, isListedSurname } from '../lexicon.js';
import type { TokenView } from '../tokenView.js';

/**
 * "Kongsberg said its orders rose", "Nokia said that it would cut 14,000 jobs": a speaker whose
 * words report "its" or "it" and the sentence a company's figures is a company (a town by the
 * lists, or a person by "said"); "Smith said it was time" says nothing.
 */
export function reportsOfItsBusiness(view: TokenView, verb: number, sentenceEnd: number): boolean {
  const next = afterSayingWhenOrHow(view, verb, sentenceEnd);
  if (next < sentenceEnd && view.isLowerWord(next) && reportsAFigureMoving(view, next, sentenceEnd)) return true;
  if (next >= sentenceEnd || !view.isLowerWord(next) || (view.lower(next) !== 'its' && view.lower(next) !== 'it')) return false;
  if (view.lower(next) === 'its' && namesItsOwnProduct(view, next + 1, sentenceEnd)) return true;
  return businessNounWithin(view, next + 1, Math.min(sentenceEnd, next + 8));
}

/**
 * "Amtrak said its California Zephyr would run late", "Nintendo said its Switch 2 sold out": "its"
 * right before a capitalised name reports a thing the speaker owns, a body's train, product or
 * service (Amtrak was a person by "said"); a person says "his" or "her".
 */
function namesItsOwnProduct(view: TokenView, at: number, sentenceEnd: number): boolean {
  return at < sentenceEnd && view.isWord(at) && view.isCapitalized(at) && view.spaceBefore(at);
}

/** "said it regretted", "said on Wednesday it would buy": the "it" after a speech verb does what only a body does. */
export function itDoesABodysDeed(view: TokenView, verb: number, sentenceEnd: number): boolean {
  // "Eurostar said on Wednesday it would buy": when it was said comes between.
  const it = afterSayingWhenOrHow(view, verb, sentenceEnd);
  if (it + 2 >= sentenceEnd || view.lower(it) !== 'it' || !view.isLowerWord(it) || !view.isLowerWord(it + 1)) return false;
  // "said it had agreed", "said it has declined": the perfect's participle.
  const deed = (view.lower(it + 1) === 'had' || view.lower(it + 1) === 'has') && view.isLowerWord(it + 2) ? it + 2 : it + 1;
  if (BODY_DEED_VERBS.has(view.lower(deed))) return true;
  const modal = view.lower(it + 1);
  if (modal !== 'would' && modal !== 'will') return false;
  return view.isLowerWord(it + 2) && !THING_VERBS_AFTER_MODAL.has(view.lower(it + 2)) && !STOPWORDS.has(view.lower(it + 2));
}

/** "said on Tuesday it expected", "said in a statement that its …": the word after the speech verb and when and how it was said. */
function afterSayingWhenOrHow(view: TokenView, verb: number, sentenceEnd: number): number {
  let next = verb + 1;
  while (next < sentenceEnd && next - verb <= 4 && (SAYING_WHEN_OR_HOW.has(view.lower(next)) || view.hasClass(next, WordClass.MonthOrDay) || view.isChar(next, ','))) next++;
  return next;
}

/**
 * "Berkshire Hathaway said operating earnings rose 5%", "Lucid said deliveries fell": a company's
 * figure, a word or two of lower case opening with it, that moves is what a company reports of itself
 * (Berkshire Hathaway was a person by "said" and its two words).
 */
function reportsAFigureMoving(view: TokenView, from: number, sentenceEnd: number): boolean {
  for (let k = from; k < Math.min(sentenceEnd - 1, from + 3); k++) {
    if (!view.isLowerWord(k)) return false;
    // "quarterly deliveries fell": the figure is the last of its words.
    if (BUSINESS_NOUNS.has(view.lower(k)) && (movesAt(view, k + 1) || movesAfterWhatItCounts(view, k, sentenceEnd))) return true;
  }
  return false;
}

function movesAt(view: TokenView, k: number): boolean {
  return view.isLowerWord(k) && (MARKET_MOVES.has(view.lower(k)) || FIGURE_MOVES.has(view.lower(k)));
}

/**
 * "Mattel said sales of the Barbie doll rose", "said orders for its Starling figurines doubled": the
 * figure, "of" or "for" and what it counts (up to four words, no clause's comma), then its move. Not
 * shares, which are another firm's as often ("said shares of Apple rose" is an analyst's).
 */
function movesAfterWhatItCounts(view: TokenView, figure: number, sentenceEnd: number): boolean {
  const preposition = view.lower(figure + 1);
  if ((preposition !== 'of' && preposition !== 'for') || !view.isLowerWord(figure + 1) || SHARES.has(view.lower(figure))) return false;
  for (let k = figure + 2; k < Math.min(sentenceEnd, figure + 7); k++) {
    if (movesAt(view, k)) return k > figure + 2;
    if (!view.isWord(k)) return false;
  }
  return false;
}

const SHARES = new Set(['shares', 'stake', 'shareholders', 'dividend', 'dividends']);

/** Verbs a figure moves with besides a market's ("sales grew", "orders doubled"). */
const FIGURE_MOVES = new Set(['grew', 'increased', 'decreased', 'doubled', 'halved', 'beat', 'missed', 'topped', 'exceeded']);

/** Words between a speech verb and what was said: "said on Tuesday that", "said in a statement". */
const SAYING_WHEN_OR_HOW = new Set(['that', 'on', 'in', 'a', 'statement', 'filing', 'today', 'yesterday', 'late', 'early']);

/**
 * "Morgan Lister said its quarterly revenue dropped", "Bennett said it would cut 800 jobs", "Bennett
 * earned 85 cents per share": what a company says or does of its business right after its name, as
 * addFollowerCue reads it, whatever the name's words say (namesAPersonByItsWords keeps such names
 * persons there). For a name the story shows to be traded (tradedCompanies.ts).
 */
export function reportsAsACompany(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || !view.isLowerWord(end)) return false;
  const word = view.lower(end);
  if (SPEECH_VERBS.has(word)) return reportsOfItsBusiness(view, end, sentenceEnd) || itDoesABodysDeed(view, end, sentenceEnd);
  if (RESULTS_VERBS.has(word) && businessNounWithin(view, end + 1, Math.min(sentenceEnd, end + 6))) return true;
  return actsOnItsFigures(view, end, sentenceEnd) || earnsPerShare(view, end, sentenceEnd);
}

/**
 * "Fischer posted a loss", "Fischer earned 45 cents per share", "Fischer said it earned $2 billion in
 * the quarter", "Brandt said on Tuesday it would cut 800 jobs": what only a company does, right after
 * its name (tradedCompanies.ts counts it as the story's mark of a company). Narrower than
 * reportsAsACompany: a chief executive speaks of "its revenue" and "its margins" too.
 */
export function doesACompanysDeed(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || !view.isLowerWord(end)) return false;
  const word = view.lower(end);
  if (!SPEECH_VERBS.has(word)) return reportsItsResults(view, end, sentenceEnd) || (EARNING_VERBS.has(word) && earnsPerShare(view, end, sentenceEnd));
  const it = afterSayingWhenOrHow(view, end, sentenceEnd);
  if (it + 2 >= sentenceEnd || view.lower(it) !== 'it' || !view.isLowerWord(it)) return false;
  const verb = view.lower(it + 1) === 'had' || view.lower(it + 1) === 'has' ? it + 2 : it + 1;
  return reportsItsResults(view, verb, sentenceEnd) || (EARNING_VERBS.has(view.lower(verb)) && view.isLowerWord(verb) && amountWithin(view, verb + 1, Math.min(sentenceEnd, verb + 3))) || cutsJobs(view, verb, sentenceEnd);
}

/** "posted a loss", "reported higher quarterly sales": a results verb and, within four words, the result. */
function reportsItsResults(view: TokenView, verb: number, sentenceEnd: number): boolean {
  if (verb >= sentenceEnd || !view.isLowerWord(verb) || !RESULTS_VERBS.has(view.lower(verb))) return false;
  for (let k = verb + 1; k < Math.min(sentenceEnd, verb + 5); k++) if (view.isLowerWord(k) && RESULTS_NOUNS.has(view.lower(k))) return true;
  return false;
}

/** "would cut 1,200 jobs", "will shed 800 positions": a modal, a verb of cutting, a number and the jobs. */
function cutsJobs(view: TokenView, modal: number, sentenceEnd: number): boolean {
  if (modal + 3 >= sentenceEnd || (view.lower(modal) !== 'would' && view.lower(modal) !== 'will') || !JOB_CUTTING_VERBS.has(view.lower(modal + 1))) return false;
  return view.kind(modal + 2) === TokenKind.Number && view.isLowerWord(modal + 3) && JOBS.has(view.lower(modal + 3));
}

/** "$2 billion", "2 billion euros", "45 cents": a number within [from, end). */
function amountWithin(view: TokenView, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (view.kind(k) === TokenKind.Number) return true;
  return false;
}

const EARNING_VERBS = new Set(['earned', 'earns', 'lost', 'loses', 'made', 'makes', 'netted']);
const RESULTS_NOUNS = new Set(['profit', 'profits', 'loss', 'losses', 'revenue', 'revenues', 'sales', 'earnings']);
const JOB_CUTTING_VERBS = new Set(['cut', 'shed', 'eliminate', 'axe', 'slash']);
const JOBS = new Set(['jobs', 'positions', 'workers', 'employees', 'staff', 'roles']);

/** "earned 85 cents per share", "lost $1.10 a share": a verb, then within six words a figure per share, which only a company reports. */
function earnsPerShare(view: TokenView, verb: number, sentenceEnd: number): boolean {
  for (let k = verb + 2; k + 1 < Math.min(sentenceEnd, verb + 8); k++) {
    if (view.lower(k + 1) === 'share' && (view.lower(k) === 'per' || view.lower(k) === 'a') && view.isLowerWord(k)) return true;
  }
  return false;
}

/**
 * "shares of Morgan Lister fell", "Bennett's shares rose", "Bennett shares jumped", "Dalton Foods (NYSE:
 * DLF)": the name, from first to end, is what a stock is of. Only a company is traded.
 */
export function namesTradedStock(view: TokenView, first: number, end: number): boolean {
  const isEquity = (k: number) => k >= 0 && k < view.count && view.kind(k) === TokenKind.Word && (view.lower(k) === 'shares' || view.lower(k) === 'stock');
  // "Shares of Morgan Lister fell": opening the sentence too.
  if (first >= 2 && view.lower(first - 1) === 'of' && view.isLowerWord(first - 1) && isEquity(first - 2)) return true;
  // "Bennett's shares rose", not "Musk's shares in Tesla": a holder's shares do not move by his name.
  const equity = end < view.count && view.kind(end) === TokenKind.Possessive ? end + 1 : end;
  if (isEquity(equity) && equity + 1 < view.count && view.isLowerWord(equity + 1) && MARKET_MOVES.has(view.lower(equity + 1))) return true;
  return end + 2 < view.count && view.isChar(end, '(') && STOCK_EXCHANGES.has(view.lower(end + 1)) && view.isChar(end + 2, ':');
}

/** "raised its forecast", "saw its shares jump", "doubled its quarterly profit": a verb, "its" and a company's figure within two words. */
export function actsOnItsFigures(view: TokenView, verb: number, sentenceEnd: number): boolean {
  return verb + 2 < sentenceEnd && view.lower(verb + 1) === 'its' && view.isLowerWord(verb + 1) && businessNounWithin(view, verb + 2, Math.min(sentenceEnd, verb + 4));
}

export const MARKET_MOVES = new Set(['rose', 'fell', 'gained', 'dropped', 'jumped', 'climbed', 'slipped', 'slid', 'tumbled', 'surged', 'soared', 'plunged', 'sank', 'eased', 'shed', 'rallied', 'advanced', 'declined', 'rises', 'falls', 'gains', 'drops', 'jumps', 'climbs']);

/** A company's figure (BUSINESS_NOUNS) among the lower-case words from `from` to `end`. */
export function businessNounWithin(view: TokenView, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (view.isLowerWord(k) && BUSINESS_NOUNS.has(view.lower(k))) return true;
  return false;
}

/**
 * "Neon acquired the North American rights to the drama", "Magnolia bought the rights": one dictionary
 * word that buys a work's rights is its distributor, a firm (Neon was dropped, a capitalised word opening
 * its sentence). Not a given name nor a listed surname: "Spielberg acquired the rights" is a producer's.
 */
export function acquiresRights(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || end >= sentenceEnd || !view.isLowerWord(end) || !RIGHTS_BUYING_VERBS.has(view.lower(end))) return false;
  const word = view.lower(first);
  if (!isCommonWord(word) || isGivenName(word) || isListedSurname(word)) return false;
  for (let k = end + 1; k < Math.min(sentenceEnd, end + 6); k++) if (view.isLowerWord(k) && view.lower(k) === 'rights') return true;
  return false;
}

/** Verbs a distributor takes a work's rights with. */
export const RIGHTS_BUYING_VERBS = new Set(['acquired', 'acquires', 'bought', 'buys', 'secured', 'secures', 'licensed']);
