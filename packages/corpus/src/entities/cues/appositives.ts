import { TokenKind } from '../../text/tokenize.js';
import type { EntityType } from '../types.js';
import { isKnownPlace } from '../gazetteer.js';
import { isCommonWord, IRREGULAR_PAST_VERBS, PERSON_VERBS, PEERAGE_TITLES, ROLE_NOUNS, SPEECH_VERBS, STOPWORDS, TITLE_WORDS } from '../lexicon.js';
import type { TokenView } from '../tokenView.js';
import { VERBS_AFTER_SUBJECT, cueOfAgentNoun, typeCueOfNoun, EITHER_KIND_ROLES, OPENING_PREPOSITIONS } from './contextWords.js';

/**
 * "Reform UK, led by Nigel Farage, won five seats": the name closes a participle's phrase set off by
 * commas, and the comma after it returns to the sentence ("won five seats" made Farage a place),
 * unless a noun phrase follows ("founded by Ana Costa, a former banker,").
 */
function closesParticiplePhrase(view: TokenView, first: number): boolean {
  return view.isLowerWord(first - 1) && view.lower(first - 1) === 'by' && view.isLowerWord(first - 2) && view.isChar(first - 3, ',');
}

/** "a former banker", "his deputy", "leader of the party": words that open an appositive, not a sentence's verb. */
function opensNounPhrase(view: TokenView, k: number): boolean {
  const word = view.lower(k);
  return !view.isLowerWord(k) || NOUN_PHRASE_OPENERS.has(word) || ROLE_NOUNS.has(word);
}

const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one', 'both', 'whose', 'who']);

/**
 * ", a senior analyst at X," or ", who is a senior official in Y,": a description of a person;
 * ", the bulk carrier suspected of...," or ", a NATO exercise": what a thing is.
 */
export function appositiveAfter(view: TokenView, first: number, end: number, sentenceEnd: number): { text: string; type: EntityType } | null {
  if (!view.isChar(end, ',')) return null;
  let i = end + 1;
  if (view.lower(i) === 'who' && (view.lower(i + 1) === 'is' || view.lower(i + 1) === 'was')) i += 2;
  // "Wegovy, its obesity drug,", "Ahmed Khan, his lawyer,": a possessive determiner opens the phrase as an article does.
  const start = ['a', 'an', 'the', 'its', 'his', 'her', 'their'].includes(view.lower(i)) ? i + 1 : i;
  if (opensNoAppositive(view, first, i, start)) return null;
  if (start === i && (isRegionBeforeBased(view, start, sentenceEnd) || isHomeOf(view, start))) return { text: '', type: 'place' };
  const titleEnd = start === i ? titleOfPlaceEnd(view, start, sentenceEnd) : -1;
  if (titleEnd > 0) return { text: view.slice(start, titleEnd), type: 'person' };
  const head = appositiveHead(view, first, end, start, sentenceEnd);
  if (!head) return null;
  const { type, k, typeAt, clauseFirst } = head;
  // A person's appositive is a description worth showing; a thing's is only a type cue.
  // "Zuma leads uMkhonto weSizwe, a party he founded in December 2023 that won …": a thing's noun right
  // after "a" says it, however long the clause after it runs (the name was a person).
  const closed = view.isChar(k, ',;') || k === sentenceEnd || (type !== 'person' && typeAt >= 0 && typeAt - start <= 2 && (view.lower(i) === 'a' || view.lower(i) === 'an') && !opensSentenceWithPreposition(view, first));
  if (type === 'person' && (!(view.isChar(k, ',;') || isRoleBeforeWho(view, typeAt, k, sentenceEnd)) || describesNameAfterOpening(view, first, k, sentenceEnd))) return null;
  // "Under Carlotto, the group grew": after a sentence's opening phrase the words run on to the sentence's
  // end as its clause ("group" made a body of her); "In Lagos, the commercial capital, prices rose" is closed.
  if (!closed || isAuxiliaryAfterHead(view, typeAt, k) || ((k === sentenceEnd || isVerbAfterHead(view, typeAt, k)) && opensSentenceWithPreposition(view, first))) return null;
  return { text: type === 'person' ? view.slice(start, clauseFirst < 0 ? k : clauseFirst) : '', type };
}

/**
 * "On the island of Evia, the civil protection ministry ordered the evacuation …, and": after a
 * sentence's opening phrase, a word in lower case right after the head noun, no preposition, is the
 * clause's verb (the island was a body); "In Lagos, the capital of Nigeria, prices rose" stays closed.
 */
function isVerbAfterHead(view: TokenView, typeAt: number, k: number): boolean {
  const next = typeAt + 1;
  return typeAt >= 0 && next < k && view.isLowerWord(next) && !STOPWORDS.has(view.lower(next));
}

/**
 * "At the Dundalk Marine Terminal in Baltimore, car carriers were arriving late": an auxiliary right
 * after the head noun makes the words after the comma a clause of their own, wherever the name stands
 * in the sentence's opening phrase (Baltimore was a vessel by "carriers"). An appositive's head is
 * followed by its comma, "Baltimore, a port city, was", or by a preposition or "that".
 */
function isAuxiliaryAfterHead(view: TokenView, typeAt: number, k: number): boolean {
  const next = typeAt + 1;
  return typeAt >= 0 && next < k && view.isLowerWord(next) && AUXILIARY_VERBS.has(view.lower(next));
}

/**
 * "His father-in-law was Suharto, the authoritarian leader who ruled for 32 years.": a role noun
 * and "who" closing the sentence describe the name as a phrase closed by a comma does (Suharto was other).
 */
function isRoleBeforeWho(view: TokenView, typeAt: number, k: number, sentenceEnd: number): boolean {
  return k === sentenceEnd && typeAt >= 0 && view.isLowerWord(typeAt + 1) && view.lower(typeAt + 1) === 'who';
}

/**
 * "In Istanbul, the city's mayor, Ekrem İmamoğlu, said": a person's description after the name of a
 * sentence's opening phrase, closed by a comma before a name, is that name's (Istanbul was a person).
 */
function describesNameAfterOpening(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  return opensSentenceWithPreposition(view, first) && k + 1 < sentenceEnd && view.isChar(k, ',') && view.isCapitalized(k + 1) && view.kind(k + 1) === TokenKind.Word;
}

/**
 * "Tropicana Field, home of the Tampa Bay Rays,", "Lagos, home to 20 million people,": where someone
 * or something lives is a place (Tropicana Field was other).
 */
function isHomeOf(view: TokenView, start: number): boolean {
  return view.isLowerWord(start) && view.lower(start) === 'home' && view.isLowerWord(start + 1) && (view.lower(start + 1) === 'of' || view.lower(start + 1) === 'to');
}

/**
 * "Catherine, Princess of Wales, visited", "Charles, Duke of Cornwall,": a capitalised title, "of"
 * and up to four capitalised words closed by a comma or the sentence's end, after a name, say a
 * person (Catherine opening both sentences was dropped). Where the title's phrase ends, else -1.
 */
function titleOfPlaceEnd(view: TokenView, start: number, sentenceEnd: number): number {
  if (start + 2 >= sentenceEnd || !view.isCapitalized(start) || view.isAllCaps(start)) return -1;
  const title = view.lower(start);
  if (!(TITLE_WORDS.has(title) || PEERAGE_TITLES.has(title)) || view.lower(start + 1) !== 'of' || !view.isLowerWord(start + 1)) return -1;
  let k = start + 2;
  while (k < sentenceEnd && k - start - 2 < 4 && view.isCapitalized(k) && view.kind(k) === TokenKind.Word) k++;
  return k > start + 2 && (k === sentenceEnd || view.isChar(k, ',')) ? k : -1;
}

/** The words after a name's comma (from `phrase`, past its article at `start`) go on with the sentence or give examples: no appositive. */
function opensNoAppositive(view: TokenView, first: number, phrase: number, start: number): boolean {
  // "His father, Anthony, was a geologist": a verb after the comma goes on with the sentence; the
  // name is the appositive there, not the words after it.
  // So does a subject's verb: "The Liberal Democrats, under Ed Davey, won 72 seats" ("seats" made a place of him).
  // So does a verb in the past: "the Fu Shun, sank off the port" ("port" made a place of the ship).
  if (view.isLowerWord(start) && (AUXILIARY_VERBS.has(view.lower(start)) || PERSON_VERBS.has(view.lower(start)) || VERBS_AFTER_SUBJECT.has(view.lower(start)) || IRREGULAR_PAST_VERBS.has(view.lower(start)))) return true;
  // "Critics, including the U.S. ambassador, have warned": examples of the word before, no description of it.
  if (start === phrase && view.isLowerWord(start) && EXAMPLE_OPENERS.has(view.lower(start))) return true;
  if (start === phrase && opensParticipleClause(view, start)) return true;
  return closesParticiplePhrase(view, first) && !opensNounPhrase(view, phrase);
}

/**
 * "the rules under the Online Safety Act, giving companies 18 months", "the attack hit Meridian Health,
 * forcing hospitals to divert ambulances": a present participle right after the comma opens a clause
 * about what the sentence did, no description of the name ("companies" made an organization of the
 * law, "hospitals" a place of the firm). Not a participle that qualifies a role, "Ana Costa, managing
 * director of Kora", nor one of ADJECTIVAL_PARTICIPLES, "the ANC, ruling party since 1994".
 */
function opensParticipleClause(view: TokenView, start: number): boolean {
  if (!view.isLowerWord(start)) return false;
  const word = view.lower(start);
  if (word.length < 6 || !word.endsWith('ing') || ADJECTIVAL_PARTICIPLES.has(word) || !isCommonWord(word)) return false;
  const next = start + 1;
  return !(view.isLowerWord(next) && (ROLE_NOUNS.has(view.lower(next)) || TITLE_WORDS.has(view.lower(next)) || typeCueOfNoun(view.lower(next)) === 'person'));
}

/** Participles that open a noun phrase as adjectives do: "ruling party", "leading supplier", "reigning champion", "founding member". */
const ADJECTIVAL_PARTICIPLES = new Set(['ruling', 'governing', 'leading', 'reigning', 'founding', 'outgoing', 'incoming', 'acting', 'managing', 'presiding', 'visiting', 'opposing', 'competing', 'existing', 'emerging', 'growing', 'rising', 'remaining', 'winning', 'losing', 'defending', 'sitting', 'serving', 'ailing', 'struggling', 'booming', 'sprawling', 'neighbouring', 'neighboring', 'surrounding', 'longstanding', 'upcoming', 'ongoing', 'publishing', 'broadcasting', 'banking', 'mining', 'shipping', 'building', 'housing', 'trading', 'holding', 'training', 'engineering', 'marketing', 'consulting', 'manufacturing', 'polling', 'fundraising', 'lobbying', 'clothing']);

/** The first lower-case word of a phrase that a capitalised name opens, a verb of a finite clause: "Umar Bago came out". */
function isVerbAfterOpeningName(view: TokenView, start: number, k: number, word: string): boolean {
  if (k === start || view.isLowerWord(start) || !(AUXILIARY_VERBS.has(word) || IRREGULAR_PAST_VERBS.has(word))) return false;
  for (let j = start; j < k; j++) if (view.isLowerWord(j)) return false;
  return true;
}

/**
 * The type an appositive's head noun says, and where its phrase ends (`k`, at a comma, a semicolon, a
 * colon or 14 words), where the noun that typed it stands and where a clause inside it starts; null
 * when the words are no appositive.
 */
function appositiveHead(view: TokenView, first: number, end: number, start: number, sentenceEnd: number): { type: EntityType; k: number; typeAt: number; clauseFirst: number } | null {
  let type: EntityType | null = null;
  // The words before the first function word: "a former state finance commissioner", whose last
  // noun, not its first, says what it is.
  let headPhrase = true;
  let clauseFirst = -1;
  let typeAt = -1;
  let k = start;
  for (; k < sentenceEnd && k - start < 14; k++) {
    if (view.isChar(k, ',;:')) break;
    // "Patrick Gordon (… – Moscow, Russia) was a general": the comma was inside a parenthesis that closes here.
    if (view.isChar(k, ')]')) return null;
    if (!view.isLowerWord(k)) continue;
    const word = view.lower(k);
    if (k === start && type === null && STOPWORDS.has(word)) return null;
    // "to Odesa, the head of the agency said...": the phrase is a subject, not an appositive.
    if (SPEECH_VERBS.has(word)) return null;
    // "the candidate of the APC, Umar Bago came out successful during the exercise": a name and a
    // verb after the comma are a clause of their own ("exercise" made an event of the party).
    if (isVerbAfterOpeningName(view, start, k, word)) return null;
    // "Jack Herrick, wikiHow founder interviewed by Wikinews Saturday,": a participle with "by" opens a clause about the person, no part of the description.
    if (clauseFirst < 0 && k > start && word.endsWith('ed') && view.lower(k + 1) === 'by') clauseFirst = k;
    if (STOPWORDS.has(word)) {
      // "GridHook, a tool Halvard found at a water utility": a noun after the head phrase says nothing of the name.
      if (type === null && k > start && PHRASE_OPENERS.has(word)) return null;
      headPhrase = false;
    }
    // "a state-owned shipping group", "a ship-tracking firm": a word before a hyphen modifies the noun.
    if (k + 1 < sentenceEnd && view.kind(k + 1) === TokenKind.Hyphen && view.adjacent(k)) continue;
    // "Rahul Gandhi, the party's most prominent leader,": a possessor is no head ("party" made a body of him).
    if (k + 1 < sentenceEnd && view.kind(k + 1) === TokenKind.Possessive) continue;
    // The first noun that says what it is decides: "a North Korean tanker blacklisted by...";
    // a later noun of the same compound is its head: "the state power utility" is a body, "a
    // shipping company executive" a person.
    // "ITA, the successor to Alitalia": a successor, a predecessor or a rival may be a body as well.
    const cue = appositiveCueOf(view, word, first, end);
    // "a Chinese island group" is islands: a collective noun takes the type of the noun before it.
    if (type === null && cue && headPhrase) typeAt = k;
    if (type === null || (headPhrase && cue && !COLLECTIVE_NOUNS.has(word))) type = cue ?? type;
  }
  if (!type || k === start) return null;
  return { type, k, typeAt, clauseFirst };
}

/**
 * What an appositive's noun says the name before it is: "Conrad Black, the former newspaper
 * publisher," is a person, as "publisher A.G. Sulzberger" is (cueOfAgentNoun); "Penguin Random
 * House, the publisher," stays a body.
 */
/** What one noun of an appositive says the name is: a role or a title-holder a person, else its noun's type. */
function appositiveCueOf(view: TokenView, word: string, first: number, end: number): EntityType | null {
  if (ROLE_NOUNS.has(word) && !EITHER_KIND_ROLES.has(word)) return 'person';
  // "Liverpool, the reigning champion,": a place that holds a title is its club or its team.
  if (TITLE_HOLDER_APPOSITIVES.has(word)) return isKnownPlace(view.keyOf(first, end)) ? null : 'person';
  return appositiveNounCue(view, word, first, end) ?? (BODY_APPOSITIVES.has(word) ? 'organization' : PLACE_APPOSITIVES.has(word) ? 'place' : LAW_APPOSITIVES.has(word) ? 'programme' : MADE_THING_APPOSITIVES.has(word) ? 'product' : FLIGHT_APPOSITIVES.has(word) ? 'event' : null);
}

/**
 * Nouns of a law that say one only in an appositive: "under the GDPR, the European Union's data
 * protection law,", "HIPAA, the health privacy law," (the letters were a body). Before a name they
 * say nothing ("the law Congress passed"); a later noun of the phrase still decides ("Cravath, the law
 * firm,", "a law professor").
 */
const LAW_APPOSITIVES = new Set(['law', 'laws', 'regulation', 'regulations', 'directive', 'statute', 'legislation']);

/**
 * Nouns of a made thing that say one only in an appositive: "GridHook, a tool found at a water
 * utility," (a body by its inner capital). Before a name they say nothing ("the tool Smith used").
 */
const MADE_THING_APPOSITIVES = new Set(['tool', 'device', 'gadget']);

/**
 * Nouns of a flight that say an event only in an appositive: "the launch of Artemis II, its first crewed
 * flight around the moon," (a place by "moon", the noun after the head phrase). Not "mission", which a
 * body is too ("MONUSCO, the UN peacekeeping mission,").
 */
const FLIGHT_APPOSITIVES = new Set(['flight', 'flights', 'spaceflight', 'flyby', 'voyage']);

/**
 * Nouns of a part of a town that say a place only in an appositive: "Roads in Mong Kok, a tourist area
 * known for its night market," (a person: "Kok" is a surname). Before a name they say nothing ("the
 * area Smith visited"); a later noun of the phrase still decides ("an area manager").
 */
const PLACE_APPOSITIVES = new Set(['area', 'zone', 'locality']);

function appositiveNounCue(view: TokenView, word: string, first: number, end: number): EntityType | undefined {
  const cue = typeCueOfNoun(word);
  return cue && cueOfAgentNoun(view, word, first, end, cue);
}

/**
 * "Météo France, the national weather service,", "Rosaviatsia, the federal aviation authority,": a
 * service or an authority in an appositive after a name is a body (a person and a place were made);
 * not before a name: "his kinsman in the Russian service Alexander Gordon" is a person.
 */
const BODY_APPOSITIVES = new Set(['service', 'authority']);

/**
 * "Tiger Woods, a five-time Masters champion,", "Han Kang, the Nobel winner,": one who holds a title
 * or won a prize, in an appositive, is a person (the name was dropped, opening its sentence with
 * dictionary words). A team or a club that is "the defending champion" is named as a body already,
 * and cuesFor lets no person's appositive outweigh that (namesABodyOrPlace).
 */
const TITLE_HOLDER_APPOSITIVES = new Set(['champion', 'winner', 'laureate', 'medallist', 'medalist', 'finalist', 'runner-up', 'titleholder']);

/**
 * "The Santa Clara, California-based company": a town, then its region hyphened to "based" — the
 * company's seat, written as an address is. The name is the town, whatever noun comes after.
 */
function isRegionBeforeBased(view: TokenView, first: number, sentenceEnd: number): boolean {
  let k = first;
  while (k < sentenceEnd && k - first < 4 && view.isWord(k) && view.isCapitalized(k)) k++;
  return k > first && view.kind(k) === TokenKind.Hyphen && view.adjacent(k - 1) && view.lower(k + 1) === 'based' && isKnownPlace(view.keyOf(first, k));
}

/**
 * A capitalised preposition right before the name, opening its sentence: "Under Carlotto", "After Lagos";
 * "the" may stand between: "Under the DMA, companies can be fined up to 10%" ("companies" made the law a body),
 * and so may "the", a noun and "of": "On the island of Evia, the civil protection ministry ordered" (the
 * island was a body).
 */
function opensSentenceWithPreposition(view: TokenView, first: number): boolean {
  const the = first >= 3 && isLowerWordAt(view, first - 1, 'of') && view.isLowerWord(first - 2) && isLowerWordAt(view, first - 3, 'the') ? first - 3 : first - 1;
  const before = isLowerWordAt(view, the, 'the') ? the - 1 : first - 1;
  return before >= 0 && view.isCapitalized(before) && OPENING_PREPOSITIONS.has(view.lower(before));
}

function isLowerWordAt(view: TokenView, i: number, word: string): boolean {
  return i >= 0 && view.isLowerWord(i) && view.lower(i) === word;
}

/** Verbs that carry on a sentence after a parenthetical name: "…, Anthony, was a geologist". */
const EXAMPLE_OPENERS = new Set(['including', 'notably', 'especially', 'particularly']);
const AUXILIARY_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'became', 'becomes', 'remains', 'remained']);

const COLLECTIVE_NOUNS = new Set(['group', 'network', 'chain']);

/** Words that open a phrase or a clause after an appositive's head ("a tool Halvard found at …", "a port on …"). */
const PHRASE_OPENERS = new Set(['at', 'in', 'on', 'of', 'for', 'with', 'by', 'from', 'to', 'into', 'near', 'that', 'which', 'who', 'whose', 'where', 'when']);
