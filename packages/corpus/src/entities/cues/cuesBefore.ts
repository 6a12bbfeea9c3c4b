import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { gazetteer, isKnownPlace } from '../gazetteer.js';
import { HEAD_WORDS, isCommonWord, isGivenName, PERSON_VERBS, SPEECH_VERBS, WordClass, WORK_NOUNS } from '../lexicon.js';
import { isGuestOfFixture } from '../sportsClubs.js';
import { firstWordOf } from '../nameRuns.js';
import { isHonorificAt } from '../nameRuns/runWords.js';
import { districtAfterPartyLetter } from '../refineRun/runTrims.js';
import type { TokenView } from '../tokenView.js';
import { worksAmpersandWeight, closesWithGroupPlural, holdsTitleWordInside, isAcronymAfterThe, namesAPersonByItsWords, spaceSeparatedWords } from './nameShapes.js';
import { addVerbCueBefore } from './verbCuesBefore.js';
import { addNounOrRoleCueBefore, addRoleOrPlaceCueBefore, holdsNonDictionaryWord, nounIntroducing } from './nounCuesBefore.js';
import { addPrepositionCueBefore, addOfOrTheCueBefore } from './prepositionCues.js';
import { PLACE_PREPOSITIONS, isPersonsLettersTitle, isMadeThingBefore } from './contextWords.js';

/**
 * "Lupin and Dr. Reddy's have all expanded", "Dr. Reddy's said it would launch": an honorific, a name and
 * a possessive that owns nothing (punctuation, "and", a verb or a body's head word after it) are a firm's name after its
 * founder, as "Macy's said" is; "Dr. Smith's patients" are his (Reddy was a person by the honorific).
 */
function isFirmNamedByPossessive(view: TokenView, honorific: number, end: number): boolean {
  if (!view.hasClass(honorific, WordClass.Honorific) || view.kind(end) !== TokenKind.Possessive) return false;
  const after = end + 1;
  if (after >= view.count || view.isChar(after, ',.;:)')) return true;
  // "Shares of Dr. Reddy's Laboratories rose": a body's head word after it says so too.
  if (view.isCapitalized(after) && HEAD_WORDS.get(view.lower(after)) === 'organization') return true;
  return view.isLowerWord(after) && WORDS_AFTER_FIRMS_POSSESSIVE.has(view.lower(after));
}

const WORDS_AFTER_FIRMS_POSSESSIVE = new Set(['and', 'or', 'said', 'says', 'has', 'have', 'had', 'will', 'would', 'is', 'are', 'was', 'were', 'reported', 'posted', 'plans', 'planned', 'expects', 'expected']);

/**
 * The work's noun in lower case before a capitalised "The" at token `the`, right before it or set off
 * by a comma ("his first novel, The Harmattan Years,"): its index, or -1.
 */
function workNounBeforeTitlesThe(view: TokenView, the: number, sentenceFirst: number): number {
  if (view.lower(the) !== 'the' || !view.isCapitalized(the)) return -1;
  const noun = view.isChar(the - 1, ',') ? the - 2 : the - 1;
  return noun > sentenceFirst && view.isLowerWord(noun) && WORK_NOUNS.has(view.lower(noun)) ? noun : -1;
}

/**
 * "Pedro Almodóvar's The Room Next Door won": a capitalised "The" after the possessive of a full name
 * opening with a given name opens the title of that person's work (of dictionary words, it was
 * dropped). A body's possessive is left to other cues: "Apple's The Morning Show", "Britain's The Guardian".
 */
function opensTitleAfterPersonsPossessive(view: TokenView, the: number, sentenceFirst: number): boolean {
  if (the - 3 < sentenceFirst || view.lower(the) !== 'the' || !view.isCapitalized(the) || view.kind(the - 1) !== TokenKind.Possessive) return false;
  let q = the - 2;
  while (q - 1 >= sentenceFirst && view.isWord(q - 1) && view.isCapitalized(q - 1) && view.spaceBefore(q)) q--;
  return q < the - 2 && isGivenName(view.lower(q), true);
}

/** "the freighter Hong Tai 58", "spokesman Lee", "in Kaohsiung", "the city of Pokrovsk". */
/** What the word before a name says of its type: an honorific, an article, a noun, a preposition. */
export function addCuesBefore(view: TokenView, first: number, end: number, sentenceFirst: number, evidence: Evidence, descriptions: string[]): void {
  // "the movie The Banshees of Inisherin", "her documentary The Salt Harvest": a title's own "The"
  // between its work's noun and its name, where a second word or a small word inside says a title
  // ("the play The Tempest" keeps what "The" says); so does a word no dictionary holds, with a comma
  // between or not: "her novel The Harmattan Days", "his first novel, The Harmattan Years," (a
  // person and a body by "The").
  const workNoun = workNounBeforeTitlesThe(view, first - 1, sentenceFirst);
  const saysTitle = end - first >= 2 || holdsTitleWordInside(view, first, end) || holdsNonDictionaryWord(view, first, end);
  const before = workNoun >= 0 && saysTitle ? workNoun : first - 1;
  if (saysTitle && opensTitleAfterPersonsPossessive(view, first - 1, sentenceFirst)) {
    addEvidence(evidence, 'other', WEIGHT.contextNoun);
    return;
  }
  if (addShapeCuesBefore(view, first, end, before, sentenceFirst, evidence)) return;
  if (!view.isLowerWord(before)) {
    addNonWordCuesBefore(view, first, end, before, sentenceFirst, evidence);
    return;
  }
  const word = view.lower(before);
  if (isGuestOfFixture(view, first, end, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.matchSide);
    return;
  }
  if (addVerbCueBefore(view, first, end, before, word, sentenceFirst, evidence)) return;
  // "The bank competes with Klarna and Revolut": a firm's rival named by no given name nor listed surname alone.
  if (word === 'with' && before > sentenceFirst && COMPETING_WITH_VERBS.has(view.lower(before - 1)) && !namesAPersonByItsWords(view, first, end)) {
    // "the drug could compete with Wegovy and Zepbound": a made thing's rival is a made thing (both were firms).
    addEvidence(evidence, madeThingCompetes(view, before - 2, sentenceFirst) ? 'product' : 'organization', WEIGHT.contextNoun);
    return;
  }
  if (word === 'on' && (isBroadcastOn(view, before, sentenceFirst) || isTradedOn(view, before, sentenceFirst)) && !namesAPersonByItsWords(view, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return;
  }
  if (isUsersHandle(view, first, end, before, sentenceFirst)) {
    addEvidence(evidence, 'person', WEIGHT.contextNoun);
    return;
  }
  if (addNounOrRoleCueBefore(view, first, end, before, word, sentenceFirst, evidence, descriptions)) return;
  if (addRoleOrPlaceCueBefore(view, first, end, before, word, sentenceFirst, evidence, descriptions)) return;
  if (addPrepositionCueBefore(view, first, end, before, word, sentenceFirst, evidence)) return;
  if (addOfOrTheCueBefore(view, first, end, before, word, sentenceFirst, evidence)) return;
  // "shipping firms including Maersk", "companies such as Zoomlion", "a software provider, BeyondTrust,".
  const noun = nounIntroducing(view, before, end, sentenceFirst);
  if (noun) addEvidence(evidence, noun, WEIGHT.contextNoun);
}

/** An honorific, a capitalised article, a coined word, a party's letter or "the" before an acronym or a plural; true when one decided, or when no word comes before. */
function addShapeCuesBefore(view: TokenView, first: number, end: number, before: number, sentenceFirst: number, evidence: Evidence): boolean {
  // "Mr. Roberts", "Ms Goldsmith": the honorific is no part of the name, but says whose it is.
  const honorific = view.kind(before) === TokenKind.Period && view.adjacent(before - 1) ? before - 1 : before;
  if (honorific >= sentenceFirst && isHonorificAt(view, honorific)) {
    if (isFirmNamedByPossessive(view, honorific, end)) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    else addEvidence(evidence, 'person', WEIGHT.honorific);
    return true;
  }
  if (spaceSeparatedWords(view, first, end) === 1 && isCapitalisedArticleMidSentence(view, before, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.capitalisedArticle);
    return true;
  }
  if (before < sentenceFirst) return true;
  if (isOwnedByAYear(view, first, end, before, sentenceFirst)) {
    addEvidence(evidence, 'other', WEIGHT.title);
    return true;
  }
  if (isCompanysCoinedWord(view, first, end, before, sentenceFirst)) {
    addEvidence(evidence, 'product', WEIGHT.contextNoun);
    return true;
  }
  // "Rep. Scott Hilton, R-Peachtree Corners": a lawmaker's district after a party's letter is a place (it was a person).
  if (before >= 1 && districtAfterPartyLetter(view, before - 1, end) === first) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "The NFL said", "tickets, the NBA said": "the" before an acronym names a body; no one is "the JFK".
  if (isAcronymAfterThe(view, first, end, before)) {
    addEvidence(evidence, 'organization', WEIGHT.definiteArticle);
    return true;
  }
  // "The Rams host the Eagles", "The Bills fell to 5-3": after the "The" opening a sentence, a capitalised
  // plural with prose going on in lower case is a team's or a body's, as after "the" (they were dropped).
  if (before === sentenceFirst && view.isText(before, 'The') && end < view.count && view.isLowerWord(end) && closesWithGroupPlural(view, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.capitalisedArticle);
    return true;
  }
  return false;
}

/**
 * "Heath Ledger starred in 2005's Brokeback Mountain", "1997's Titanic": a name a year owns is a work
 * of that year (the first was a place by "Mountain"). Not a body's, an event's or a law's by its head
 * ("2008's Lehman Brothers collapse", "2012's London Olympics"), nor a place the lists know ("2011's
 * Fukushima disaster").
 */
function isOwnedByAYear(view: TokenView, first: number, end: number, before: number, sentenceFirst: number): boolean {
  if (view.kind(before) !== TokenKind.Possessive || before - 1 < sentenceFirst || !view.adjacent(before - 1) || !isYearToken(view, before - 1)) return false;
  const head = HEAD_WORDS.get(view.key(end - 1));
  return head !== 'organization' && head !== 'event' && head !== 'programme' && !gazetteer().byKey.has(view.keyOf(first, end)) && !isKnownPlace(view.keyOf(first, end));
}

/** A year in figures, 1900 to 2099. */
function isYearToken(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Number && /^(?:19|20)\d\d$/.test(view.raw(i));
}

/** A comma's noun before a name, or the capitalised preposition opening its sentence. */
function addNonWordCuesBefore(view: TokenView, first: number, end: number, before: number, sentenceFirst: number, evidence: Evidence): void {
  const noun = view.isChar(before, ',') ? nounIntroducing(view, before, end, sentenceFirst) : undefined;
  if (noun) addEvidence(evidence, noun, WEIGHT.contextNoun + (noun === 'other' ? worksAmpersandWeight(view, first, end, view.lower(before - 1)) : 0));
  // "Kepong MP Lim Lip Eng", "The MP Lim Kit Siang": a member's letters right before a name are that
  // person's title, though no run takes them in (both were other: no given name the lists know).
  // So are an executive's letters: "named new CEO Warren East" (a place by "East", CEO saying nothing).
  else if (before >= sentenceFirst && view.isWord(before) && view.isAllCaps(before) && isPersonsLettersTitle(view.lower(before)) && view.spaceBefore(first)) addEvidence(evidence, 'person', WEIGHT.title);
  // "In Sulawesi, nickel smelters …": the preposition opening the sentence is capitalised. With the
  // comma closing the phrase ("In Khan Younis, a mother said"), it says where, not about whom.
  else if (before === firstWordOf(view, sentenceFirst, end) && !view.isAllCaps(before) && PLACE_PREPOSITIONS.has(view.lower(before))) {
    const fronted = view.isChar(end, ',');
    if (spaceSeparatedWords(view, first, end) <= (fronted ? 4 : 2)) addEvidence(evidence, 'place', fronted ? WEIGHT.nearPreposition : WEIGHT.preposition);
  }
}

/** A made thing's noun among the three lower-case words ending at `k`, the subject of a verb of competing: "the drug could", "the pill". */
function madeThingCompetes(view: TokenView, k: number, sentenceFirst: number): boolean {
  for (let i = k; i >= Math.max(sentenceFirst, k - 2) && view.isLowerWord(i); i--) if (isMadeThingBefore(view, i, sentenceFirst)) return true;
  return false;
}

/**
 * "Novo Nordisk's Wegovy", "OpenAI's ChatGPT": one word no dictionary or list holds, after the
 * possessive of a company the lists know, is its product (it was other). Not a person ("Microsoft's
 * Satya Nadella": a given name; "Pfizer's Bourla said"), nor a place's ("Russia's Gazprom").
 */
function isCompanysCoinedWord(view: TokenView, first: number, end: number, possessive: number, sentenceFirst: number): boolean {
  if (end - first !== 1 || view.kind(possessive) !== TokenKind.Possessive || view.isAllCaps(first)) return false;
  const key = view.key(first);
  if (isCommonWord(key) || isGivenName(key, true) || gazetteer().byKey.has(key) || isKnownPlace(key)) return false;
  // "Pfizer's Bourla said", "Meta's Zuckerberg wrote": a person's verb after it says its chief.
  if (view.isLowerWord(end) && (SPEECH_VERBS.has(view.lower(end)) || PERSON_VERBS.has(view.lower(end)))) return false;
  for (let k = possessive - 1; k >= sentenceFirst && k >= possessive - 3 && view.isCapitalized(k); k--) {
    if (gazetteer().byKey.get(view.keyOf(k, possessive))?.type === 'organization') return true;
  }
  return false;
}

/**
 * "The film will stream on Mubi", "the final was shown live on Polsat": what a programme is shown,
 * aired or streamed on is a broadcaster or a streamer, a body (the first was a place by "on", the
 * second other). `on` is the token of "on"; one "live" may stand between.
 */
function isBroadcastOn(view: TokenView, on: number, sentenceFirst: number): boolean {
  const verb = view.lower(on - 1) === 'live' ? on - 2 : on - 1;
  return verb >= sentenceFirst && view.isLowerWord(verb) && BROADCAST_VERBS.has(view.lower(verb));
}

const BROADCAST_VERBS = new Set(['shown', 'aired', 'airs', 'air', 'airing', 'broadcast', 'broadcasts', 'televised', 'streamed', 'stream', 'streams', 'streaming']);

/**
 * "Cocoa futures on Euronext rose", "shares traded on Tadawul", "stocks listed on Xetra": what is
 * traded "on" a name is traded on an exchange, a body (each was other, no list holding it).
 */
function isTradedOn(view: TokenView, on: number, sentenceFirst: number): boolean {
  const traded = on - 1;
  return traded >= sentenceFirst && view.isLowerWord(traded) && TRADED_ON.has(view.lower(traded));
}

/** Verbs of trading and the things traded, before "on" and an exchange. */
const TRADED_ON = new Set(['traded', 'trades', 'trading', 'listed', 'listing', 'quoted', 'futures', 'contracts', 'shares', 'stocks', 'bonds', 'options']);

/**
 * "a post by user MetroFanGirl", "the username ShakataGaNai", "a video posted by DarkWolfKing": one
 * coined word with an inner capital after a user's noun is a handle, someone's (each was a firm by its
 * inner capital, the brand shape of "SpiceJet"); after a poster's "by" only a word of three capitalised
 * parts or more is, as a firm posts too ("a statement posted by SpiceJet"). A firm the lists know keeps its type.
 */
function isUsersHandle(view: TokenView, first: number, end: number, before: number, sentenceFirst: number): boolean {
  if (end - first !== 1) return false;
  const raw = view.raw(first);
  const word = view.lower(before);
  if (HANDLE_NOUNS.has(word)) return /^\p{Lu}\p{Ll}+\p{Lu}/u.test(raw);
  return word === 'by' && before - 1 >= sentenceFirst && view.isLowerWord(before - 1) && POSTING_VERBS.has(view.lower(before - 1)) && /^(?:\p{Lu}\p{Ll}+){3,}$/u.test(raw);
}

/** Who is named by a handle on a forum, a wiki or a stream. */
const HANDLE_NOUNS = new Set(['user', 'users', 'username', 'handle', 'commenter', 'commenters', 'redditor', 'poster', 'moderator', 'streamer', 'gamer', 'uploader']);

/** What a user does to a post: "posted by", "uploaded by". */
const POSTING_VERBS = new Set(['posted', 'uploaded', 'tweeted']);

/** Verbs before "with" and a rival: "competes with Klarna". */
const COMPETING_WITH_VERBS = new Set(['competes', 'compete', 'competing', 'competed', 'vies', 'vying']);

function isCapitalisedArticleMidSentence(view: TokenView, the: number, sentenceFirst: number): boolean {
  if (the - 1 < sentenceFirst || view.kind(the) !== TokenKind.Word || view.isAllCaps(the) || !view.isText(the, 'The')) return false;
  return view.isLowerWord(the - 1) || view.isChar(the - 1, ',');
}
