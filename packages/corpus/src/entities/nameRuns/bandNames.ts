import { HEAD_WORDS, isFrequentSurname, isGivenName, WordClass } from '../lexicon.js';
import { gazetteer, isKnownPlace, namesAPeople } from '../gazetteer.js';
import type { TokenView } from '../tokenView.js';
import { isNameToken } from './nameTokens.js';

/**
 * Words only copy about music writes ("the band's label", "frontman", "their new album"): a
 * story with one of them may name a band "X and the Ys". A list of nouns and verbs of the music
 * desk, in lower case; "tour", "festival" and "group" are left out (a cycling tour, a film
 * festival, a company's group).
 */
const MUSIC_WORDS = new Set([
  'band', 'bands', "band's", 'album', 'albums', 'frontman', 'frontwoman', 'fronted', 'guitarist', 'drummer', 'bassist', 'bandmates',
  'gig', 'gigs', 'headline', 'headlines', 'headlined', 'headlining', 'headliner', 'headliners', 'setlist', 'singer', 'singles',
]);

const MUSIC_COPY = new WeakMap<TokenView, boolean>();

/** The story writes a word of the music desk (MUSIC_WORDS), asked once per view. */
function writesOfMusic(view: TokenView): boolean {
  let answer = MUSIC_COPY.get(view);
  if (answer === undefined) {
    answer = false;
    for (let i = 0; i < view.count && !answer; i++) answer = view.isLowerWord(i) && MUSIC_WORDS.has(view.lower(i));
    MUSIC_COPY.set(view, answer);
  }
  return answer;
}

/**
 * "Florence and the Machine will headline", "Echo and the Bunnymen", "Tom Petty and the
 * Heartbreakers": in a story of music (writesOfMusic), one or two capitalised words, "and the" at
 * token k and one capitalised word where the capitals end are one band's name (it was cut at
 * "and", and "Florence" merged with the singer Florence Welch). Where it ends, else 0. Not where
 * the word after "the" is a name the lists know or a head word ("Trump and the Democrats", "Biden
 * and the Senate", "Lynch and the Court"), nor a title ("Swift and the Pope"), nor after a
 * surname alone (isSurnameAlone).
 */
export function bandNameEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  const word = k + 2;
  if (k - first > 2 || word >= sentenceEnd || !view.isText(k, 'and') || !view.isLowerWord(k + 1) || view.lower(k + 1) !== 'the') return 0;
  if (isSurnameAlone(view, first, k)) return 0;
  if (!view.isCapitalized(word) || view.isAllCaps(word) || !view.spaceBefore(word) || !view.spaceBefore(k + 1)) return 0;
  if (word + 1 < sentenceEnd && view.spaceBefore(word + 1) && isNameToken(view, word + 1)) return 0;
  if (HEAD_WORDS.has(view.key(word)) || view.hasClass(word, WordClass.Title) || view.hasClass(word, WordClass.Role)) return 0;
  if (isKnownPlace(view.key(word)) || gazetteer().byKey.has(view.key(word)) || namesAPeople(view.key(word))) return 0;
  return writesOfMusic(view) ? word + 1 : 0;
}

/**
 * "Smith and the Lakers agreed terms": one word before "and" that is a frequent surname and no given
 * name is a person the story named before, as copy calls people by their surname; bands open with a
 * given name or a word ("Florence", "Katrina", "Echo").
 */
function isSurnameAlone(view: TokenView, first: number, and: number): boolean {
  return and - first === 1 && isFrequentSurname(view.lower(first)) && !isGivenName(view.lower(first));
}

/** The name [first, end) has a band's shape that bandNameEnd joins: one or two words, "and the", one word, in a story of music. */
export function hasBandsShape(view: TokenView, first: number, end: number): boolean {
  const and = end - 3;
  if (and <= first || and - first > 2 || !view.isText(and, 'and') || !view.isLowerWord(and + 1) || view.lower(and + 1) !== 'the') return false;
  if (isSurnameAlone(view, first, and)) return false;
  return view.isCapitalized(end - 1) && writesOfMusic(view);
}
