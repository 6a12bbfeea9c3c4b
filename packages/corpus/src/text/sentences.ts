import { TokenFlag, TokenKind, type Tokens } from './tokenize.js';

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the sentence's first token, and one past its last. */
  firstToken: number;
  endToken: number;
}

/**
 * Military and police ranks written short before a name ("Brig. Gen. Nabil Abdullah", "Cpl. Ana
 * Ruiz", "Det. Sgt. Lee", "Supt. Jones"): their period ends no sentence, and the entity word lists
 * (TITLE_WORDS, CORE_TITLES, a name's periods) take them as titles.
 */
export const SHORT_RANKS: readonly string[] = ['brig', 'cpl', 'spc', 'pfc', 'cdr', 'supt', 'insp', 'det', 'adj', 'cpt', 'sfc', 'ssgt', 'msgt', 'tsgt', 'lcpl', 'radm', 'vadm'];

/** Abbreviations whose period does not end a sentence when a name or number follows. */
const ABBREVIATIONS = new Set([
  ...(
    'mr mrs ms mme mlle mx dr st mt ft co corp inc ltd pvt plc llc jr sr no nos gen lt col maj sgt capt cmdr adm rep sen gov prof rev ' +
    'v vs etc al jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ ave blvd fig ' +
    // "(c. 314 – 368)", "(b. August 2015)", "cf. Smith": circa, born, died, flourished, compare.
    'c ca b d fl cf'
  ).split(' '),
  ...SHORT_RANKS,
]);

/** After "U.S." or a similar initialism, these words start a new sentence; other capitalised words do not. */
const SENTENCE_STARTERS = new Set(
  (
    'the a an it its he she they we i this that these those there but and or so yet in on at for as if when while ' +
    'after before since however meanwhile still also his her their our my some many most no not one two three'
  ).split(' '),
);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '」', '』']);
const TERMINATORS = new Set(['!', '?', '…', '。', '！', '？']);

/**
 * Splits the tokens of one paragraph into sentences. A sentence ends at ".", "!", "?" (and their
 * CJK forms), after any closing quotes or brackets, when the next token starts like a sentence.
 */
export function splitSentences(text: string, tokens: Tokens, firstToken = 0, endToken = tokens.count): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let sentenceStart = firstToken;
  const labelEnd = speakerLabelEnd(text, tokens, firstToken, endToken);
  if (labelEnd > 0) {
    sentences.push(span(tokens, firstToken, labelEnd));
    sentenceStart = labelEnd;
  }
  for (let i = sentenceStart; i < endToken; i++) {
    if (!endsSentenceAt(text, tokens, i, endToken)) continue;
    let last = i;
    while (last + 1 < endToken && isCloser(text, tokens, last + 1) && tokens.adjacent(last)) last++;
    if (last + 1 < endToken && !startsSentence(text, tokens, last + 1, i)) continue;
    sentences.push(span(tokens, sentenceStart, last + 1));
    sentenceStart = last + 1;
    i = last;
  }
  if (sentenceStart < endToken) sentences.push(span(tokens, sentenceStart, endToken));
  return sentences;
}

/** Tokens a speaker's label in capitals has at most: "SEN. JACK REED (D-R.I.):" has ten with its colon. */
const MAX_LABEL_TOKENS = 14;

/**
 * "PAPARO: Yes, sir.", "CHIEF JUSTICE ROBERTS: Counsel, why?", "SEN. JACK REED (D-R.I.): Admiral…":
 * a transcript's speaker in capitals before a colon, opening the paragraph, is a sentence of its own,
 * so what the speaker says opens a sentence ("Counsel" is no name mid-sentence). One past the
 * colon, or 0.
 */
function speakerLabelEnd(text: string, tokens: Tokens, first: number, end: number): number {
  if (first >= end || !tokens.has(first, TokenFlag.Capitalized)) return 0;
  for (let i = first; i < Math.min(end - 1, first + MAX_LABEL_TOKENS); i++) {
    const raw = text.slice(tokens.starts[i]!, tokens.ends[i]!);
    if (raw === ':') return i > first && tokens.has(i + 1, TokenFlag.SpaceBefore) ? i + 1 : 0;
    if (raw !== raw.toUpperCase() || (tokens.kind(i) === TokenKind.Punct && !'()'.includes(raw))) return 0;
  }
  return 0;
}

function span(tokens: Tokens, first: number, end: number): SentenceSpan {
  return { start: tokens.starts[first]!, end: tokens.ends[end - 1]!, firstToken: first, endToken: end };
}

function endsSentenceAt(text: string, tokens: Tokens, i: number, endToken: number): boolean {
  const kind = tokens.kind(i);
  if (kind === TokenKind.Punct) return TERMINATORS.has(text[tokens.starts[i]!]!);
  if (kind === TokenKind.Initialism) return i + 1 < endToken; // decided by what follows
  if (kind !== TokenKind.Period) return false;
  if (i === 0) return false;
  const prev = i - 1;
  if (!tokens.adjacent(prev)) return true;
  const prevKind = tokens.kind(prev);
  if (prevKind === TokenKind.Word) {
    const word = text.slice(tokens.starts[prev]!, tokens.ends[prev]!);
    if (word.length === 1 && tokens.has(prev, TokenFlag.Capitalized)) return isLetterNamedAfter(text, tokens, prev); // "John F. Kennedy" is no end
    if (isGivenNameShortened(text, tokens, prev, word)) return false;
    // "Harris said no. Opposition leaders disagreed": "no." in lower case is "number" only before one ("world no. 1").
    if (word === 'no' && (i + 1 >= endToken || tokens.kind(i + 1) !== TokenKind.Number)) return true;
    if (PLURAL_TITLES.has(word.toLowerCase())) return isAfterDeterminer(text, tokens, prev);
    if (ABBREVIATIONS.has(word.toLowerCase()) && !isCapitalsClosingName(text, tokens, prev, word)) {
      // "Feb. 5", "Mr. Smith": not an end. "... in Feb. The next day" is rare enough to accept.
      return false;
    }
  }
  return true;
}

/**
 * "Reps. Kim Jae-seop, Kim So-hee and Woo Jae-joon argued", "said Sens. Ann Kilby and Tom Baird": plural
 * titles written short end no sentence (the first made a name "Reps" typed event); after a determiner
 * the word is a team's ("lost 3-2 to the Sens. Toronto coach ...").
 */
const PLURAL_TITLES = new Set(['reps', 'sens', 'drs', 'govs']);

function isAfterDeterminer(text: string, tokens: Tokens, word: number): boolean {
  if (word === 0 || tokens.kind(word - 1) !== TokenKind.Word) return false;
  const before = text.slice(tokens.starts[word - 1]!, tokens.ends[word - 1]!).toLowerCase();
  return before === 'the' || before === 'their' || before === 'our';
}

/**
 * "Judge Md. Rahman", "Mohd. Najib Razak": the short forms of Muhammad before a name end no sentence;
 * after a town's comma "Md." is Maryland's ("Bethesda, Md. The study…") and may.
 */
function isGivenNameShortened(text: string, tokens: Tokens, word: number, raw: string): boolean {
  if (raw !== 'Md' && raw !== 'Mohd' && raw !== 'Muhd') return false;
  return word === 0 || tokens.kind(word - 1) !== TokenKind.Punct || text[tokens.starts[word - 1]!] !== ',';
}

/**
 * "Club America leads Liga MX. PSG won": an abbreviation's letters in capitals after a name's word in
 * lower case ("Liga") close that name, no honorific ("Mx.") nor company ("Co."); the period may end
 * the sentence. "MR. SMITH" in a shouted line has capitals before it.
 */
function isCapitalsClosingName(text: string, tokens: Tokens, word: number, raw: string): boolean {
  if (raw.length < 2 || raw !== raw.toUpperCase() || word < 1 || !tokens.has(word, TokenFlag.SpaceBefore) || tokens.kind(word - 1) !== TokenKind.Word) return false;
  const before = text.slice(tokens.starts[word - 1]!, tokens.ends[word - 1]!);
  return /^\p{Lu}\p{Ll}+$/u.test(before);
}

/**
 * "He said in a post on X. Trump later responded": a capital letter after "on" or "via", or after a
 * word it labels ("Model X."), is a platform's or a thing's name, not a middle initial, so its period
 * may end the sentence ("X. Trump" is no person). After other words it is an initial: "John F.
 * Kennedy", "by J. Smith".
 */
function isLetterNamedAfter(text: string, tokens: Tokens, letter: number): boolean {
  const before = letter - 1;
  if (before < 0 || !tokens.has(letter, TokenFlag.SpaceBefore) || tokens.kind(before) !== TokenKind.Word) return false;
  const word = text.slice(tokens.starts[before]!, tokens.ends[before]!);
  return word === 'on' || word === 'via' || LETTER_LABELS.has(word.toLowerCase());
}

/**
 * "the Model S and Model X. Tesla did not respond", "a Plan B. Officials said": a word that a letter
 * labels (a model, a plan, a vitamin, a gate) is no given name, so its letter is no initial (the
 * name was "Model X. Tesla").
 */
const LETTER_LABELS = new Set(
  'model series plan type class vitamin hepatitis category phase section exhibit appendix annex gate terminal building tower wing ward unit zone grade level option'.split(' '),
);

function isCloser(text: string, tokens: Tokens, i: number): boolean {
  const kind = tokens.kind(i);
  return (kind === TokenKind.Punct || kind === TokenKind.Apostrophe) && CLOSERS.has(text[tokens.starts[i]!]!);
}

/** Whether token i can begin a sentence that follows the terminator at token `terminator`. */
function startsSentence(text: string, tokens: Tokens, i: number, terminator: number): boolean {
  if (!tokens.has(i, TokenFlag.SpaceBefore)) return false;
  const kind = tokens.kind(i);
  if (tokens.kind(terminator) === TokenKind.Initialism) {
    if (!tokens.has(i, TokenFlag.Capitalized)) return false;
    return SENTENCE_STARTERS.has(text.slice(tokens.starts[i]!, tokens.ends[i]!).toLowerCase());
  }
  if (kind === TokenKind.Cjk || kind === TokenKind.Number) return true;
  if (tokens.has(i, TokenFlag.Capitalized)) return true;
  if (kind === TokenKind.Punct || kind === TokenKind.Apostrophe) {
    // An opening quote or bracket followed by a capital: “We will talk...
    const ch = text[tokens.starts[i]!]!;
    return ('"“‘\'(«「'.includes(ch) && i + 1 < tokens.count && tokens.has(i + 1, TokenFlag.Capitalized)) || false;
  }
  return false;
}
