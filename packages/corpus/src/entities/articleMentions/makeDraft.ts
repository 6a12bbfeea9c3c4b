import { TokenKind } from '../../text/tokenize.js';
import { cuesFor } from '../cues.js';
import { isModalsVerb, ownsLeadersStaff, verbAfterSubject } from '../cues/followingWordCues.js';
import { isStudioBeforeTitle } from '../cues/quotedTitles.js';
import { RIGHTS_BUYING_VERBS } from '../cues/companyDeeds.js';
import { namesAwardByItsContext, namesHomeByItsContext, namesSchoolByItsContext } from '../cues/namedByContext.js';
import { WEIGHT, newEvidence, strongestType, type Evidence } from '../evidence.js';
import { ownNameEvidence } from '../cues/nameEvidence.js';
import { gazetteer, isCity } from '../gazetteer.js';
import { CONNECTOR_ACRONYM, HEAD_WORDS, isCommonWord, isListedSurname, IRREGULAR_PAST_VERBS, isTitleWord, RESULTS_VERBS, SPEECH_VERBS, WordClass } from '../lexicon.js';
import { isAddressedOffice } from '../roleMentions.js';
import type { NamePart } from '../refineRun/nameParts.js';
import { isCityAsSideOfFixture, isPlaceWordAfterThe, isSideOfScoredMatch, tallysPlayer } from '../sportsClubs.js';
import { TokenView } from '../tokenView.js';
import { RegionKind } from '../mentionDraft.js';
import { type DraftWithTokens, plainNumbers, spaceSeparatedKeys } from './articleDrafts.js';

/**
 * '[George H. W.] Bush in 88', '"[Franklin D.] Roosevelt gave in"': a name that goes on past an
 * editor's closing bracket is written from the opening one, which its range holds (it was "George
 * H. W.] Bush", a bracket closing that the range never opened); its text and key stay the words.
 * The token the range opens at: the "[" before the name's first word, or that word.
 */
function editorsBracketOpening(view: TokenView, first: number, end: number): number {
  if (first === 0 || !view.isChar(first - 1, '[') || !view.adjacent(first - 1)) return first;
  for (let k = first + 1; k < end; k++) if (view.isChar(k, ']')) return first - 1;
  return first;
}

/**
 * The token a mention's range opens at: an editor's bracket (`editorsBracketOpening`), the "this"
 * before a body's head word named alone ("this Court has held", "I ask this Court"), which opens the
 * whole expression that names the body there (it was "Court"; "the" stays outside), or the
 * honorific addressing an office (`isOfficeAlone`). The name's text and key stay its words.
 */
function rangeOpening(view: TokenView, first: number, end: number): number {
  if (end - first === 1 && isBodyWordAfterThis(view, first)) return first - 1;
  if (isOfficeAlone(view, first, end) && isAddressedOffice(view, first)) return view.kind(first - 1) === TokenKind.Period ? first - 2 : first - 1;
  return editorsBracketOpening(view, first, end);
}

/**
 * "Mr. Chief Justice, may it please the Court", "Madam Secretary": an office addressed with an
 * honorific and no name is named by both words, which open its range as "this" opens "this Court"
 * (it was "Chief Justice"); the text and key stay the office's. "Mr. Roberts" keeps its name alone.
 */
function isOfficeAlone(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (view.kind(k) !== TokenKind.Word || !isTitleWord(view.lower(k))) return false;
  return true;
}

/** "this Court", "this Parliament": a capitalised body's head word, alone, right after a lower-case "this". */
function isBodyWordAfterThis(view: TokenView, i: number): boolean {
  if (i === 0 || !view.isLowerWord(i - 1) || view.lower(i - 1) !== 'this' || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  return HEAD_WORDS.get(view.lower(i)) === 'organization';
}

export function makeDraft(view: TokenView, part: NamePart, region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number): DraftWithTokens {
  const cues = cuesFor(view, part, sentenceFirst, sentenceEnd);
  const initial = part.sentenceInitial && !isUnlistedPossessor(view, part.first, part.end, sentenceEnd) && !isStudioBeforeTitle(view, part.first, part.end) && !isUnlistedWordBeforePastVerb(view, part.first, part.end) && !isWordReportingItsFigures(view, part.first, part.end, cues.evidence) && !isSideOfScoredMatch(view, part.first, part.end, sentenceFirst, sentenceEnd) && !isUnlistedPlayer(view, part.first, part.end, sentenceEnd);
  // 'Christopher Nolan's "Oppenheimer"' is the film, no short form of "J. Robert Oppenheimer".
  // "NASA launched Europa Clipper … to study Europa, an icy moon of Jupiter": a word its appositive makes a place names no longer thing it opens.
  const modifier = part.hyphenSuffix !== null || cues.worksTitle || (cues.placeByAppositive && part.end - part.first === 1) || isPlaceWordAfterThe(view, part.first, part.end) || namesAnAnimal(view, part.first, part.end) || isOneOfAKind(view, part.first, part.end, cues.evidence);
  return draftOf(view, part, region, sentence, sentenceFirst, sentenceEnd, initial, cues.quoted, plainNumbers(cues.evidence), plainNumbers(cues.nameEvidence), cues.descriptions, modifier);
}

/**
 * The draft of a name inside a longer one ("California" in "University of California"; see
 * withInnerNames): its own words' evidence only, for its sentence speaks of the outer name; no
 * context evidence, descriptions or quotes, never sentence-initial, and a modifier (never a short
 * form of the name it is inside). makeDraft's context cues, which these drafts dropped, were 10% of
 * withInnerNames' time on the 10k corpus.
 */
export function makeInnerDraft(view: TokenView, part: NamePart, region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number): DraftWithTokens {
  const nameEvidence = plainNumbers(ownNameEvidence(view, part.first, part.end));
  return draftOf(view, part, region, sentence, sentenceFirst, sentenceEnd, false, false, plainNumbers(newEvidence()), nameEvidence, [], true);
}

/** A draft with what its cues decided; every draft is made here, so that all have the same fields in the same order. */
function draftOf(view: TokenView, part: NamePart, region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number, initial: boolean, quoted: boolean, evidence: number[], nameEvidence: number[], descriptions: string[], modifier: boolean): DraftWithTokens {
  const shape = wordShape(view, part.first, part.end);
  return {
    part,
    draft: {
      start: view.start(rangeOpening(view, part.first, part.end)),
      end: view.end(part.end - 1),
      surface: view.slice(part.first, part.end),
      key: view.keyOf(part.first, part.end),
      region,
      sentence,
      initial,
      acronym: shape.acronym,
      commonWordsOnly: shape.commonWordsOnly,
      unvouchedInFile: false,
      quoted,
      evidence,
      nameEvidence,
      descriptions,
      link: null,
      shortFormKeys: spaceSeparatedKeys(view, part.first, part.end),
      modifier,
      relativeOfNamesake: null,
      sideOfFixture: isCityAsSideOfFixture(view, part.first, part.end, sentenceFirst, sentenceEnd),
      award: namesAwardByItsContext(view, part.first, part.end),
      school: namesSchoolByItsContext(view, part.first, part.end, sentenceFirst),
      home: part.end - part.first === 1 && namesHomeByItsContext(view, part.first, sentenceFirst),
    },
    view,
    first: part.first,
    end: part.end,
    sentenceFirst,
    sentenceEnd,
    titleCase: false,
    shouted: false,
    inQuotedTitle: false,
  };
}

/**
 * "Drewry's index rose 3%", "Xeneta's data showed a drop": one word no dictionary holds, opening its
 * sentence with a possessive, is a name though its capital proves nothing (it was dropped, as a
 * sentence's first word is without another use). Not "Today's figures" nor "Europe's" (the lists').
 * So is a listed surname that is a word too, before a leader's staff: "Trump's special envoy, Steve
 * Witkoff, said" (not "Mother's aide").
 */
function isUnlistedPossessor(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || end >= view.count || view.kind(end) !== TokenKind.Possessive || !view.adjacent(first)) return false;
  if (!view.isWord(first) || view.isAllCaps(first)) return false;
  return !view.hasClass(first, WordClass.Common) || (isListedSurname(view.lower(first)) && ownsLeadersStaff(view, end + 1, sentenceEnd));
}

/**
 * "Mbappe scored twice", "Xeneta reported a drop": one word no dictionary holds, opening its sentence
 * before a verb in the past tense, is a name though its capital proves nothing (it was dropped).
 * So before a verb of saying or an irregular past ("Haas said it would appeal", "Williams had both
 * cars in the points"), and past what news puts between ("Ghebrey also told reporters", "Ghebrey on
 * Friday said", "Ghebrey has said", "Ghebrey, speaking in Geneva, said"), and before a modal and its
 * verb ("Lula will travel to Beijing", "Tarkovan could arrive"). Not a dictionary word
 * ("Officials said", "However said"), nor an English word's ending ("Normalcy returned", "Protesters
 * marched") unless a listed surname's ("Williams") or, before a verb of saying, a name's in "-os",
 * "-is", "-as" or "-us" ("Tedros told reporters", "Mitsotakis said": both were dropped), nor letters
 * ("NATO said" has its own rule).
 */
function isUnlistedWordBeforePastVerb(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1) return false;
  const at = verbAfterSubject(view, end);
  if (at < 0) return false;
  const verb = view.lower(at);
  const regularPast = verb.length >= 5 && verb.endsWith('ed') && isCommonWord(verb);
  const speech = SPEECH_VERBS.has(verb);
  // "Lula will travel to Beijing", "Modi would visit Moscow": a modal and a dictionary word (both were dropped).
  const future = isModalsVerb(view, end, at) && isCommonWord(verb);
  if (!regularPast && !speech && !future && !IRREGULAR_PAST_VERBS.has(verb)) return false;
  const word = view.lower(first);
  if (!view.isWord(first) || view.isAllCaps(first) || isCommonWord(word)) return false;
  // "Austin said he was proud": a city that is a given name too says neither (isCityNoPersonName decides).
  if (!regularPast && (isCity(word) || gazetteer().byKey.has(word))) return false;
  if (!ENGLISH_WORD_ENDING.test(word)) return true;
  return (word.endsWith('s') && isListedSurname(word) && !ENGLISH_WORD_ENDING.test(word.slice(0, -1))) || (speech && endsLikeNameInS(word));
}

/** "Rohit and Gill both scored fifties", "Bumrah took three wickets": a word no dictionary holds before a player's tally is a name at a sentence's start (it was dropped). */
function isUnlistedPlayer(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  return end - first === 1 && !isCommonWord(view.lower(first)) && tallysPlayer(view, first, end, sentenceEnd);
}

/**
 * A consonant, one vowel and "s" closing a word no dictionary holds: Greek, Baltic, Iberian and
 * Ethiopian names ("Tedros", "Mitsotakis", "Landsbergis"), no English plural's ending ("-ers",
 * "-ics", "-ants"); not a dictionary word's plural ("Ultras").
 */
function endsLikeNameInS(word: string): boolean {
  return word.length >= 5 && /[^aeiou][aiou]s$/.test(word) && !isCommonWord(word.slice(0, -1));
}

/**
 * "Lucid said deliveries rose", "Target said its sales fell", "Next reported higher sales": one
 * dictionary word opening its sentence right before a verb of saying or of results, which the cues
 * read as a company reporting its figures, is a name though its capital proves nothing (it was
 * dropped); so is one before a verb that buys a work's rights ("Neon acquired the rights", acquiresRights). Not a plural ("Analysts said sales rose") nor a body's head word ("Management said
 * profit rose": a company's own managers).
 */
function isWordReportingItsFigures(view: TokenView, first: number, end: number, evidence: Evidence): boolean {
  if (end - first !== 1 || end >= view.count || !view.isLowerWord(end) || !view.isWord(first) || view.isAllCaps(first)) return false;
  const verb = view.lower(end);
  const word = view.lower(first);
  if (!(SPEECH_VERBS.has(verb) || RESULTS_VERBS.has(verb) || RIGHTS_BUYING_VERBS.has(verb)) || !isCommonWord(word) || word.endsWith('s') || HEAD_WORDS.has(word)) return false;
  const strongest = strongestType(evidence);
  return strongest?.type === 'organization' && strongest.weight >= WEIGHT.contextNoun;
}

/**
 * "Normalcy returned", "Shipbuilding slowed", "Protesters marched": an English abstract noun's, a
 * gerund's or a plural's ending, on a word the dictionary lacks.
 */
const ENGLISH_WORD_ENDING = /(?:cy|ness|ity|tion|sion|ment|ism|ance|ence|ship|hood|dom|ing|s)$/;

const shapeOfName = { acronym: false, commonWordsOnly: false };

/**
 * In one pass over a name's words (words, initialisms, numbers): one all-capitals word is an
 * acronym ("NATO"); every lettered word common and not all capitals, and no digit anywhere, is
 * commonWordsOnly ("Structural Problem Meets"). The record returned is reused: read it at once.
 */
function wordShape(view: TokenView, first: number, end: number): typeof shapeOfName {
  let words = 0;
  let firstWord = -1;
  let lettered = 0;
  let allCommon = true;
  let digit = false;
  for (let i = first; i < end; i++) {
    const k = view.kind(i);
    if (k !== TokenKind.Word && k !== TokenKind.Initialism && k !== TokenKind.Number) continue;
    if (words++ === 0) firstWord = i;
    if (view.hasDigit(i)) digit = true;
    if (k === TokenKind.Number) continue;
    lettered++;
    if (allCommon && (view.isAllCaps(i) || CONNECTOR_ACRONYM.test(view.raw(i)) || !view.hasClass(i, WordClass.Common))) allCommon = false;
  }
  shapeOfName.acronym = words === 1 && view.kind(firstWord) === TokenKind.Word && (view.isAllCaps(firstWord) || CONNECTOR_ACRONYM.test(view.raw(firstWord)));
  shapeOfName.commonWordsOnly = lettered > 0 && allCommon && !digit;
  return shapeOfName;
}

/**
 * "She won an Oscar": one word after "a" or "an" that its context says is a thing (a prize won) is
 * one of a kind, no short form of a person's name ("Oscar" went to Oscar Piastri). Without such a
 * cue it may be one of a family ("every tombstone was for a Moreau"), the person's still. A body's
 * before a noun is the body's own: '"We will appeal," a Brennick spokesperson said' is Brennick
 * Group's (it was a body "Brennick" of its own).
 */
function isOneOfAKind(view: TokenView, first: number, end: number, evidence: Evidence): boolean {
  if (end - first !== 1 || first === 0 || !view.isLowerWord(first - 1)) return false;
  const article = view.lower(first - 1);
  const strongest = strongestType(evidence);
  if (strongest?.type === 'organization' && view.isLowerWord(end)) return false;
  return (article === 'a' || article === 'an') && !!strongest && strongest.type !== 'person' && strongest.weight >= WEIGHT.contextNoun;
}

/**
 * "Dolly the sheep was cloned in 1996", "Knut the polar bear": one word, then "the" and an animal's
 * noun, is an animal's name, no short form of a person's ("Dolly" went to Dolly Parton).
 */
function namesAnAnimal(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || end + 1 >= view.count || !view.isLowerWord(end) || view.lower(end) !== 'the') return false;
  const next = end + 2 < view.count && view.isLowerWord(end + 2) && ANIMAL_NOUNS.has(view.lower(end + 2)) ? end + 2 : end + 1;
  return view.isLowerWord(next) && ANIMAL_NOUNS.has(view.lower(next));
}

const ANIMAL_NOUNS = new Set([
  'sheep', 'dog', 'cat', 'horse', 'pig', 'cow', 'goat', 'gorilla', 'chimpanzee', 'orangutan', 'monkey', 'bear', 'panda',
  'elephant', 'lion', 'tiger', 'giraffe', 'hippo', 'rhino', 'octopus', 'whale', 'orca', 'dolphin', 'seal', 'walrus',
  'penguin', 'parrot', 'eagle', 'owl', 'groundhog', 'kangaroo', 'koala', 'crocodile', 'alligator', 'tortoise', 'turtle',
]);
