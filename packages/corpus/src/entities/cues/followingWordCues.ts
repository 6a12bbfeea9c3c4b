import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import type { EntityType } from '../types.js';
import { gazetteer, isCity, isKnownPlace } from '../gazetteer.js';
import {
  isTitleWord,
  FOLLOWING_TYPE_CUES,
  HEAD_WORDS,
  isCommonWord,
  isGivenName,
  isListedSurname,
  isSurname,
  IRREGULAR_PAST_VERBS,
  LEADERS_STAFF,
  PERSON_POSSESSIONS,
  PERSON_VERBS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  RESULTS_VERBS,
  BODY_ACTION_VERBS,
  STOPWORDS,
  WordClass,
  WORK_NOUNS,
} from '../lexicon.js';
import { tallysPlayer } from '../sportsClubs.js';
import type { TokenView } from '../tokenView.js';
import { opensWithForename, singularOf, namesAPersonByItsWords, isPluralClubName, isOneAcronym, spaceSeparatedWords } from './nameShapes.js';
import { reportsOfItsBusiness, itDoesABodysDeed, actsOnItsFigures, MARKET_MOVES, businessNounWithin } from './companyDeeds.js';
import { SERVICE_NOUNS, MAKER_NOUNS, INDEFINITE_ARTICLES, COPULAS, OPENING_PREPOSITIONS, ROMAN_NUMERAL, POLL_NOUNS } from './contextWords.js';

/** Words after a name that make it a rule, law or scheme ("Buy American rules"). */
const PROGRAMME_FOLLOWERS = new Set(['rules', 'rule', 'provisions', 'law', 'laws', 'legislation', 'regulations', 'programme', 'program', 'initiative', 'proposal', 'scheme', 'policy']);

/**
 * Nouns that a law's, a policy's or a programme's word qualifies in a compound after a name ("a Mumbai
 * law firm", "a Yale law professor", "a Brookings policy analyst", "the Fulbright program director"):
 * the name is where the firm is or whose the expert is, no law ("Mumbai" was a programme).
 */
const COMPOUNDS_AFTER_PROGRAMME_WORD = new Set(['firm', 'firms', 'school', 'schools', 'student', 'students', 'graduate', 'graduates', 'professor', 'professors', 'lecturer', 'clerk', 'clerks', 'enforcement', 'practice', 'partner', 'partners', 'office', 'offices', 'society', 'review', 'journal', 'institute', 'centre', 'center', 'expert', 'experts', 'analyst', 'analysts', 'adviser', 'advisers', 'advisor', 'advisors', 'director', 'directors', 'officer', 'officers', 'chief', 'team', 'committee', 'maker', 'makers']);

/** A school's people, after a field's word that a university's name qualifies ("a Gonzaga law professor"). */
const ACADEMIC_NOUNS = new Set(['professor', 'professors', 'lecturer', 'student', 'students', 'graduate', 'graduates']);

/** "law" of "a Mumbai law firm" at token k: a programme's word before a noun it qualifies (COMPOUNDS_AFTER_PROGRAMME_WORD). */
function qualifiesACompound(view: TokenView, k: number, word: string, sentenceEnd: number): boolean {
  return PROGRAMME_FOLLOWERS.has(word) && k + 1 < sentenceEnd && view.isLowerWord(k + 1) && COMPOUNDS_AFTER_PROGRAMME_WORD.has(view.lower(k + 1));
}

/**
 * "Macron met Scholz on Monday", "Erdogan meets with Putin": one word no list knows, meeting someone
 * named or "with" someone, is a person as its object is (Macron was other). Not letters ("NATO met
 * in Brussels"), nor a body or a country the lists know, which outweighs it.
 */
function metSomeone(view: TokenView, first: number, end: number, verb: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || (view.lower(verb) !== 'met' && view.lower(verb) !== 'meets') || verb + 1 >= sentenceEnd || view.isAllCaps(first)) return false;
  const next = verb + 1;
  return view.lower(next) === 'with' || (view.isWord(next) && view.isCapitalized(next) && !view.isAllCaps(next));
}
/** A section of a known town or a service's kind right after a name; true when one decided. */
function addSectionOrServiceCue(view: TokenView, after: number, k: number, word: string, sentenceEnd: number, evidence: Evidence): boolean {
  if (k === after && isSectionOfPlace(view, k, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  // "Israel's Magen David Adom ambulance service said", "the Copernicus climate service": a service's
  // kind, then "service", after a name says a body (Magen David Adom was a person by "David").
  if (k === after + 1 && SERVICE_NOUNS.has(word) && SERVICE_KINDS.has(view.lower(after))) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "his home in the Bel Air section of Los Angeles", "the Kreuzberg part of Berlin": a section or part
 * of a town the lists know is a place (Bel Air was a body).
 */
function isSectionOfPlace(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (!SECTION_NOUNS.has(view.lower(k)) || k + 2 >= sentenceEnd || view.lower(k + 1) !== 'of' || !view.isCapitalized(k + 2)) return false;
  for (let end = k + 3; end <= Math.min(k + 5, sentenceEnd); end++) if (isKnownPlace(view.keyOf(k + 2, end))) return true;
  return false;
}

const SECTION_NOUNS = new Set(['section', 'part', 'quarter', 'corner']);

/** What a public or emergency service does: "the Magen David Adom ambulance service". */
const SERVICE_KINDS = new Set(['ambulance', 'fire', 'rescue', 'emergency', 'emergencies', 'intelligence', 'security', 'health', 'postal', 'weather', 'meteorological', 'climate', 'prison', 'probation', 'coastguard', 'ambulances']);

/**
 * "bribes from a Hoboken developer": after "a", a developer is a builder from a place, not the
 * maker of a thing ("Hoboken" was a product); "the Fortnite developer" makes Fortnite.
 */
function isPropertyDeveloper(view: TokenView, first: number, word: string): boolean {
  return word === 'developer' && first > 0 && INDEFINITE_ARTICLES.has(view.lower(first - 1));
}

/**
 * "the COP30 summit", "the G20 talks": a code before a meeting's word is the meeting's name; a
 * plain name is where it meets or who meets ("the Annapolis summit", "the Geneva talks").
 */
function namesAnEvent(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.hasDigit(i)) return true;
  return false;
}

const MEETING_WORDS = new Set(['summit', 'talks', 'conference', 'forum']);

/** What a field yields, before "field": "shale field", "gas field" (not "field goal" of "Butker field goal"). */
const EXTRACTED_RESOURCES = new Set(['oil', 'gas', 'shale', 'coal', 'gold', 'diamond', 'lithium']);

/**
 * "Output at the Johan Sverdrup field rose", "the Buzios field", "the Tengiz oilfield": "the", a name
 * and "field" (or "oilfield", "gasfield") name where oil or gas is drawn, a place (Johan Sverdrup was
 * a person). Not a field goal ("the Ravens field goal"), nor a listed surname alone ("the Higgs field").
 */
function isNamedFieldAt(view: TokenView, first: number, end: number, k: number, sentenceEnd: number): boolean {
  const word = view.lower(k);
  if (word !== 'field' && word !== 'oilfield' && word !== 'gasfield') return false;
  if (first < 1 || view.lower(first - 1) !== 'the' || (k + 1 < sentenceEnd && FIELD_SPORT_WORDS.has(view.lower(k + 1)))) return false;
  return end - first > 1 || !isListedSurname(view.lower(first));
}

/**
 * "Turbines in the Dogger Bank area", "fishing on the Georges Bank area": a name closing with "Bank"
 * before "area" is a bank of the sea, a place (Dogger Bank was a body by "Bank"). Other bodies' heads
 * keep theirs ("the Thames Valley Police area" is the force's).
 */
function namesABankOfTheSea(view: TokenView, end: number): boolean {
  const last = view.lower(end - 1);
  return last === 'bank' || last === 'banks';
}

const FIELD_SPORT_WORDS = new Set(['goal', 'goals', 'hockey', 'trip']);

const MEDIA_FOLLOWERS = new Set(['newspaper', 'newspapers', 'tabloid', 'broadcaster']);
/** What follows "news" after an outlet's name: "the Tasnim news agency", "the Walla news site". */
const NEWS_OUTLET_NOUNS = new Set(['agency', 'agencies', 'website', 'site', 'channel', 'outlet', 'network', 'portal', 'service']);

/**
 * "the opposition Azimio la Umoja coalition", "the ruling Kenya Kwanza alliance", "the Pakatan
 * Harapan coalition": a political body's name before what it is (each was a person by its two
 * capitalised words no list knows). One word is as often the leader's ("the Netanyahu coalition",
 * "the Gülen movement"), so it says nothing there.
 */
const BLOC_FOLLOWERS = new Set(['coalition', 'alliance', 'bloc', 'movement']);

/** A tournament's rounds, after its name: "the Wimbledon final". */
const TOURNAMENT_ROUNDS = new Set(['final', 'finals', 'semifinal', 'semifinals', 'quarterfinal', 'quarterfinals']);

/**
 * "She reached the Wimbledon final", "lost the Roland Garros semifinal": a round right after a name is
 * the tournament's (Wimbledon was other), when no noun follows the round ("the Senate final vote") and
 * the name is no player's ("the Alcaraz final": a surname; "the Coco Gauff final": a given name).
 */
function isTournamentsRound(view: TokenView, first: number, end: number, k: number, sentenceEnd: number): boolean {
  if (k !== end || (k + 1 < sentenceEnd && view.isLowerWord(k + 1) && !view.hasClass(k + 1, WordClass.Stop))) return false;
  return !isGivenName(view.lower(first)) && !isSurname(view.key(end - 1)) && !view.isChar(first - 1, '-');
}

/**
 * "as the Rajo Inca project ramps up", "the Thacker Pass project": a site's or a venture's name of two
 * words or more before "project" (each was a person by its capitalised words no list knows). A
 * forename's ("the Elon Musk project") or one word's ("the Adani project") may be whose it is.
 */
const VENTURE_FOLLOWERS = new Set(['project', 'projects']);

/**
 * What a noun after a name says it is, in the singular or the plural ("the Kerem Shalom and Rafah
 * crossings", "the Sado mines"); an undersea cable, a pipeline and an oil grade are things ("Brent
 * crude" was a place, "WTI crude" a body).
 */
function followingCueOf(word: string): EntityType | undefined {
  const cue = FOLLOWING_TYPE_CUES.get(word) ?? (PROGRAMME_FOLLOWERS.has(word) ? 'programme' : word === 'cable' || word === 'pipeline' || word === 'crude' ? 'other' : undefined);
  if (cue || !word.endsWith('s') || word.endsWith('ss')) return cue;
  // Only the plurals of place and thing nouns: "shares" and "officials" are cues of their own.
  const singular = FOLLOWING_TYPE_CUES.get(singularOf(word));
  return singular === 'place' ? singular : undefined;
}

/**
 * What a noun after a name's possessive says of the name: a place's part still names a place
 * ("Ukraine's capital", "Gaza's border crossing"), and shares or a subsidiary a firm; the rest says
 * what is owned, not who owns it: "Imran Khan … Khan's party won", "Putin's spokesman", "SpaceX's
 * rockets" (all three made the owner a party, a body or a product).
 */
function possessedCueOf(view: TokenView, k: number, sentenceEnd: number, word: string): EntityType | undefined {
  const cue = followingCueOf(word);
  // "Van Gaal's men could have few complaints", "Wellington's men": whose men they are, a manager's or a
  // commander's ("a Barton man" comes from a town, but "Van Gaal's men" made a place of the coach).
  if (cue === 'place' && MEN_OF_A_PLACE.has(word)) return undefined;
  if (cue === 'place' || OWNED_BY_FIRMS.has(word)) return cue;
  return isFirmsOfficerOrOwners(view, k, sentenceEnd, word) ? 'organization' : undefined;
}

const OWNED_BY_FIRMS = new Set(['shares', 'subsidiary']);

/** People a place's name says where they come from before them ("a Barton man"), but not after a possessive. */
const MEN_OF_A_PLACE = new Set(['man', 'woman', 'men', 'women', 'boy', 'boys', 'girl', 'girls', 'teen', 'teenager', 'teenagers']);

/**
 * "Greg Adams, Kaiser Permanente's chief executive", "Capital One's shareholders": only a firm has
 * a chief executive, a finance chief or shareholders (Kaiser Permanente was a person by its ruler's
 * title). Not "chief of staff", which a president has.
 */
function isFirmsOfficerOrOwners(view: TokenView, k: number, sentenceEnd: number, word: string): boolean {
  if (FIRMS_OWNERS.has(word) || isBodysGeneralSecretary(view, k, sentenceEnd, word)) return true;
  return word === 'chief' && k + 1 < sentenceEnd && view.isLowerWord(k + 1) && FIRMS_CHIEFS.has(view.lower(k + 1));
}

/**
 * "Sharon Graham, Unite's general secretary", "the party's secretary general": a union, a party or
 * an alliance has a general secretary, no person does (the union, a dictionary word, was dropped).
 */
function isBodysGeneralSecretary(view: TokenView, k: number, sentenceEnd: number, word: string): boolean {
  if (word === 'secretary-general') return true;
  const next = k + 1 < sentenceEnd && view.isLowerWord(k + 1) ? view.lower(k + 1) : '';
  return (word === 'general' && next === 'secretary') || (word === 'secretary' && next === 'general');
}

const FIRMS_OWNERS = new Set(['shareholders', 'stockholders']);
const FIRMS_CHIEFS = new Set(['executive', 'financial', 'operating']);

/**
 * The verb of a sentence whose subject ends before `i`: the next word, or the word past what news
 * puts between a speaker and the verb: "on Friday", an adverb ("also", "later"), an auxiliary
 * ("has said", "had earlier told"), a modal before a dictionary word ("Lula will travel", "Modi
 * would also visit"), a participle's clause between commas ("Ghebrey, speaking in Geneva, said").
 * -1 if none.
 */
export function verbAfterSubject(view: TokenView, i: number): number {
  if (i >= view.count) return -1;
  if (view.isChar(i, ',')) return verbAfterParticiplesClause(view, i + 1);
  if (!view.isLowerWord(i) || !view.spaceBefore(i)) return -1;
  if (view.lower(i) === 'on' && i + 2 < view.count && view.hasClass(i + 1, WordClass.MonthOrDay) && view.isCapitalized(i + 1) && view.isLowerWord(i + 2)) i += 2;
  if (SPEAKERS_ADVERBS.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1)) i++;
  if (AUXILIARIES.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1) && isPastParticipleAt(view, i + 1)) i++;
  if (SPEAKERS_ADVERBS.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1)) i++;
  if (MODAL_VERBS.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1)) i++;
  if (SPEAKERS_ADVERBS.has(view.lower(i)) && i + 1 < view.count && view.isLowerWord(i + 1)) i++;
  return i;
}

/** "will", "would", "could": a future or a possibility before the verb ("Lula will travel to Beijing"). */
export const MODAL_VERBS = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'shall', 'can']);

/** Whether a modal stands between a subject ending before `after` and its verb at `verb` ("Lula will travel", "Modi would also visit"). */
export function isModalsVerb(view: TokenView, after: number, verb: number): boolean {
  for (let k = after; k < verb; k++) if (MODAL_VERBS.has(view.lower(k))) return true;
  return false;
}

/**
 * "Lula will travel to Beijing", "Modi would visit Moscow", "Orbanek will meet the president": what a
 * leader does on a visit, after a modal, says a person (both were dropped or other); "China will host"
 * is the lists' place.
 */
const VISITING_VERBS = new Set(['travel', 'visit', 'meet', 'attend', 'arrive', 'fly', 'tour', 'testify', 'resign']);

/**
 * "Residents in the Volta Region said", "Voters in the Ashanti Region of Ghana elected opposition
 * candidate …", "Farmers in the Kagera Region reported losses": a name after a people's plural and
 * "in", "at" or "from" ends a phrase of place; the verb after it is the people's, and says nothing of
 * the name (each region was a body).
 */
function isInPeoplesPlacePhrase(view: TokenView, first: number): boolean {
  const preposition = first >= 2 && view.lower(first - 1) === 'the' && view.isLowerWord(first - 1) ? first - 2 : first - 1;
  if (preposition < 1 || !view.isLowerWord(preposition) || !PLACE_PHRASE_PREPOSITIONS.has(view.lower(preposition))) return false;
  const people = view.lower(preposition - 1);
  return view.isWord(preposition - 1) && !view.isAllCaps(preposition - 1) && isCommonWord(people) && (people === 'people' || (people.endsWith('s') && !people.endsWith('ss')));
}

const PLACE_PHRASE_PREPOSITIONS = new Set(['in', 'at', 'from']);

/** "has said", "had earlier told", "have also warned": a participle, or an adverb before one. */
function isPastParticipleAt(view: TokenView, i: number): boolean {
  const word = view.lower(i);
  return SPEECH_VERBS.has(word) || (word.endsWith('ed') && isCommonWord(word)) || (SPEAKERS_ADVERBS.has(word) && i + 1 < view.count && view.isLowerWord(i + 1));
}

/** ", speaking in Geneva, said": the verb after a present participle's clause that a comma closes within a few words. */
function verbAfterParticiplesClause(view: TokenView, i: number): number {
  if (i >= view.count || !view.isLowerWord(i) || !view.lower(i).endsWith('ing')) return -1;
  for (let j = i + 1; j < Math.min(view.count - 1, i + 8); j++) {
    if (view.isChar(j, '.;:!?')) return -1;
    if (view.isChar(j, ',')) return view.isLowerWord(j + 1) ? j + 1 : -1;
  }
  return -1;
}

/** "on Friday", "also", "later": what stands between a speaker and the verb ("Ghebrey also told reporters"). */
const SPEAKERS_ADVERBS = new Set(['also', 'later', 'earlier', 'again', 'previously', 'repeatedly', 'separately', 'subsequently', 'recently', 'already', 'initially', 'then', 'once']);
const AUXILIARIES = new Set(['has', 'have', 'had']);

/** The first two lower-case words after a name (and its possessive): a verb, a noun or a stop word that decides. */
export function addFollowingWordCues(view: TokenView, first: number, end: number, after: number, possessive: boolean, sentenceEnd: number, evidence: Evidence): void {
  // "Ghebrey also told reporters", "Ghebrey on Friday said", "Ghebrey has said": the verb of saying
  // past what news puts between (they said nothing: "also" and "has" end the search).
  if (!possessive && isOutletsAttribution(view, first, end, after, sentenceEnd)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return;
  }
  const verb = possessive ? -1 : verbAfterSubject(view, after);
  if (verb === after && verb < sentenceEnd && isPastParticipleAt(view, verb) && isInPeoplesPlacePhrase(view, first)) return;
  if (verb > after && verb < sentenceEnd && SPEECH_VERBS.has(view.lower(verb)) && addFollowerCue(view, first, end, verb, view.lower(verb), false, sentenceEnd, evidence)) return;
  if (verb > after && verb < sentenceEnd && VISITING_VERBS.has(view.lower(verb)) && isModalsVerb(view, after, verb) && end - first === 1) {
    addEvidence(evidence, 'person', WEIGHT.speechVerb);
    return;
  }
  if (!possessive && tallysPlayer(view, first, end, sentenceEnd) && !isPluralClubName(view.lower(first))) {
    addEvidence(evidence, 'person', WEIGHT.personVerb);
    return;
  }
  for (let k = after, seen = 0; k < sentenceEnd && seen < 2 && view.isLowerWord(k); k++, seen++) {
    const word = view.lower(k);
    if (possessive && addFirmsPossessionCue(word, evidence)) return;
    if (addActionOrThingCue(view, first, end, after, k, word, possessive, sentenceEnd, evidence)) return;
    if (qualifiesAMadeThing(view, k, word, sentenceEnd)) continue;
    if (qualifiesACompound(view, k, word, sentenceEnd)) {
      // "a Gonzaga law professor", "a Yale law student": whose school's teacher or student, a university's.
      if (ACADEMIC_NOUNS.has(view.lower(k + 1))) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
      return;
    }
    if (addFollowerCue(view, first, end, k, word, possessive, sentenceEnd, evidence)) return;
  }
}

/**
 * "Ardent's quarterly revenue rose", "Kelvane's flagship boutique", "Vossaro's couture show": a
 * firm's figure or shop after a possessive says a firm (both were other, no cue at all). A fashion
 * house's show says it more weakly, as its designer's name is often the house's ("Galliano's
 * couture show" stays his where the story names him in full).
 */
function addFirmsPossessionCue(word: string, evidence: Evidence): boolean {
  if (FIRMS_POSSESSIONS.has(word)) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
  else if (FASHION_HOUSES_SHOWS.has(word)) addEvidence(evidence, 'organization', WEIGHT.nearPreposition);
  else return false;
  return true;
}

/** What only a firm has: its figures, its customers and its shops ("Vestas's profit", "Harrods' stores"). */
const FIRMS_POSSESSIONS = new Set(['revenue', 'revenues', 'profit', 'profits', 'turnover', 'customers', 'stores', 'boutique', 'boutiques', 'showroom', 'showrooms']);

/** A fashion house's shows: "Dior's couture show", "Chanel's runway show", "Gucci's catwalk debut". */
const FASHION_HOUSES_SHOWS = new Set(['couture', 'runway', 'catwalk']);

/**
 * "The film was shelved, Deadline has confirmed", "the studio set the date, Variety reported", "the
 * deal is off, Fortune first reported": a dictionary word capitalised after a comma, closing its
 * clause with a newsroom's verb, is an outlet (each was dropped: a common word with no evidence).
 */
function isOutletsAttribution(view: TokenView, first: number, end: number, after: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || first < 1 || !view.isChar(first - 1, ',') || view.isAllCaps(first)) return false;
  // "…, Smith reported", "…, Hope reported": a surname or a given name that is a word too is a reporter.
  const word = view.lower(first);
  if (!isCommonWord(word) || isListedSurname(word) || isGivenName(word)) return false;
  let verb = after;
  if (verb < sentenceEnd && (view.lower(verb) === 'has' || view.lower(verb) === 'had' || view.lower(verb) === 'first')) verb++;
  if (verb >= sentenceEnd || !NEWSROOM_VERBS.has(view.lower(verb)) || !view.isLowerWord(verb)) return false;
  const next = verb + 1;
  return next >= sentenceEnd || view.kind(next) !== TokenKind.Word || ATTRIBUTION_TAILS.has(view.lower(next));
}

/** What a newsroom does to a story: "Variety reported", "Axios has learned", "Deadline has confirmed". */
const NEWSROOM_VERBS = new Set(['reported', 'reports', 'learned', 'learnt', 'confirmed', 'revealed']);

/** Words that may follow an outlet's verb at its clause's end: "reported on Monday", "reported, citing sources". */
const ATTRIBUTION_TAILS = new Set(['on', 'citing', 'earlier', 'last', 'this', 'late', 'in', 'first']);

/**
 * "Magura V5 sea drones", "the Neptune coast missiles": a place's noun before a made thing's
 * qualifies it, so the name is the thing's (Magura V5 was a place by "sea").
 */
function qualifiesAMadeThing(view: TokenView, k: number, word: string, sentenceEnd: number): boolean {
  return followingCueOf(word) === 'place' && k + 1 < sentenceEnd && view.isLowerWord(k + 1) && followingCueOf(view.lower(k + 1)) === 'product';
}

/**
 * "Isco scored the winner", "Pedri netted twice": one word that scores, no place the lists know, is a
 * player (both were other); a club is one by the lists or by a plural verb ("Wolves scored").
 */
function scoresAsAPlayer(view: TokenView, first: number, end: number, word: string): boolean {
  return end - first === 1 && SCORING_VERBS.has(word) && !isKnownPlace(view.key(first)) && !isPluralClubName(view.lower(first));
}

/** A person's verb or possession, a maker, a field or a news agency after a name; true when one decided. */
function addActionOrThingCue(view: TokenView, first: number, end: number, after: number, k: number, word: string, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  return addPersonsActionCue(view, first, end, after, k, word, possessive, sentenceEnd, evidence) || (!possessive && addThingAfterCue(view, first, end, after, k, word, sentenceEnd, evidence));
}

/** What a person does or has after the name: a person's verb or possession, a goal scored, a deed on his or her own, a meeting. */
function addPersonsActionCue(view: TokenView, first: number, end: number, after: number, k: number, word: string, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  if ((possessive ? PERSON_POSSESSIONS.has(word) || isChiefOfStaff(view, k, sentenceEnd) : PERSON_VERBS.has(word)) || (!possessive && k === after && scoresAsAPlayer(view, first, end, word))) {
    addEvidence(evidence, 'person', possessive ? WEIGHT.personPossession : WEIGHT.personVerb);
    return true;
  }
  if (!possessive && k === after && actsOnHisOrHerOwn(view, k, sentenceEnd)) {
    addEvidence(evidence, 'person', WEIGHT.pronounAfter);
    return true;
  }
  if (!possessive && k === after && metSomeone(view, first, end, k, sentenceEnd)) {
    addEvidence(evidence, 'person', WEIGHT.coordination);
    return true;
  }
  return false;
}

/** What a thing is by the word after it (no possessive): a maker's product, a field, a moving stock, an engine, a section or service, a news agency. */
function addThingAfterCue(view: TokenView, first: number, end: number, after: number, k: number, word: string, sentenceEnd: number, evidence: Evidence): boolean {
  // "after the iPhone maker warned of weaker sales": what a maker makes, and the verb is the maker's
  // ("iPhone" was a person by "warned"), as "the maker of Ozempic" says (madeByNoun).
  if (MAKER_NOUNS.has(word) && !isPropertyDeveloper(view, first, word)) {
    addEvidence(evidence, 'product', WEIGHT.contextNoun);
    return true;
  }
  if (k === after && isNamedFieldAt(view, first, end, k, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.siteNoun);
    return true;
  }
  // "Nammo and Saab gained 2 percent", "Vestas fell 4%": what moves by a percentage is a company's
  // stock or an index (both were people), though a surname too ("Saab"); "Harris rose 2 percent in the poll"
  // stays hers, and "Clearing in the Amazon fell 31%" says what fell in a place.
  if (k === after && (movesByPercent(view, k, sentenceEnd) || wasLittleChanged(view, k, sentenceEnd)) && !followsPreposition(view, first) && !opensWithForename(view, first, end, view.lower(first)) && !speaksOfPolls(view, sentenceEnd)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  // "the Vaca Muerta shale field", "the Leviathan gas field": where oil or gas is drawn is a place (Vaca Muerta was a person);
  // it outweighs a bank's word in the name ("Equinor's Rosebank oil field" was a body by "-bank").
  if ((word === 'field' || word === 'fields') && k > after && EXTRACTED_RESOURCES.has(view.lower(k - 1))) {
    addEvidence(evidence, 'place', WEIGHT.siteNoun);
    return true;
  }
  // "which makes the Trent 1000 engines", "the PW1500 engines on the jet": an engine's model right
  // before the noun (other by its round number, and a body); not "Web search engines", a compound's.
  if (k === after && (word === 'engine' || word === 'engines')) {
    addEvidence(evidence, 'product', WEIGHT.contextNoun);
    return true;
  }
  if (addSectionOrServiceCue(view, after, k, word, sentenceEnd, evidence)) return true;
  // "Iran's semi-official Tasnim news agency reported", "the Mehr news agency": a news outlet's name
  // (Tasnim was a person by its preceding "semi-official").
  if (k > after && view.lower(k - 1) === 'news' && NEWS_OUTLET_NOUNS.has(word)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "Trump's special envoy, Steve Witkoff, said", "Bush's aides": one of the two words after a
 * possessive is a leader's own staff (`LEADERS_STAFF`: envoy, aide, bodyguard; or a chief of staff).
 */
export function ownsLeadersStaff(view: TokenView, after: number, sentenceEnd: number): boolean {
  for (let k = after; k < Math.min(sentenceEnd, after + 2) && view.isLowerWord(k); k++) {
    if (LEADERS_STAFF.has(view.lower(k)) || isChiefOfStaff(view, k, sentenceEnd)) return true;
  }
  return false;
}

/** "Zelenskiy's chief of staff, Andriy Yermak,": a leader's staff (the owner was other); an army's is the lists' country's ("Israel's chief of staff"). */
export function isChiefOfStaff(view: TokenView, k: number, sentenceEnd: number): boolean {
  return view.lower(k) === 'chief' && k + 2 < sentenceEnd && view.lower(k + 1) === 'of' && view.lower(k + 2) === 'staff' && view.isLowerWord(k + 2);
}

/**
 * "Bad Bunny released his album in January", "Beyoncé thanked her fans": a verb in the past right
 * after the name, then "his" or "her" and a work or the fans and career a performer has, says a
 * person (a body's is "its"; both were dropped or other). Not someone else's relative or staff:
 * "the Red Wings hired his brother" (his is Ortiz's), nor "her" as an object ("Google sent her a letter").
 */
function actsOnHisOrHerOwn(view: TokenView, verb: number, sentenceEnd: number): boolean {
  if (verb + 2 >= sentenceEnd || !view.isLowerWord(verb + 1) || !view.isLowerWord(verb + 2)) return false;
  const pronoun = view.lower(verb + 1);
  if (pronoun !== 'his' && pronoun !== 'her') return false;
  // "released her debut album", "thanked his loyal fans": one word may qualify the noun.
  const performersOwn = (k: number) => k < sentenceEnd && view.isLowerWord(k) && (PERFORMERS_OWN.has(view.lower(k)) || WORK_NOUNS.has(view.lower(k)));
  if (!performersOwn(verb + 2) && !performersOwn(verb + 3)) return false;
  const word = view.lower(verb);
  return IRREGULAR_PAST_VERBS.has(word) || (word.length >= 5 && word.endsWith('ed') && isCommonWord(word));
}

/** What a performer has besides a work (WORK_NOUNS): "thanked her fans", "ended his career", "began her tour". */
const PERFORMERS_OWN = new Set(['fans', 'career', 'tour', 'debut', 'ep', 'record', 'mixtape']);

/**
 * "The Modi government has collected", "the Sheinbaum government": after "the", one word no list knows
 * as a place, a body or a people, and no dictionary word, before "government" is its leader (both were
 * other), as "the Biden administration" is; "the Maharashtra government" and "the Kenya government" keep their places.
 */
function isLeadersGovernment(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || first < 1 || view.lower(first - 1) !== 'the' || view.isAllCaps(first)) return false;
  const key = view.key(first);
  return !isKnownPlace(key) && !gazetteer().byKey.has(key) && !gazetteer().demonyms.has(key) && !isCommonWord(key);
}

/** A noun that names what the name is, a gathering, a medium, a speech verb or a stop word; true when the search ends. */
function addFollowerCue(view: TokenView, first: number, end: number, k: number, word: string, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  if (addGatheringOrGroupCue(view, first, end, k, word, possessive, sentenceEnd, evidence)) return true;
  if (!possessive && addShapedNounCue(view, first, end, k, word, sentenceEnd, evidence)) return true;
  const cue = possessive ? possessedCueOf(view, k, sentenceEnd, word) : followingCueOf(word);
  if (addListedNounCue(view, first, end, k, word, possessive, cue, evidence)) return true;
  return addSpeechOrDeedCue(view, first, end, k, word, possessive, sentenceEnd, evidence) || STOPWORDS.has(word);
}

/** A noun after the name that says what it is only with the name's shape or its neighbours: a flight, a leader's government, a camp, a poll. */
function addShapedNounCue(view: TokenView, first: number, end: number, k: number, word: string, sentenceEnd: number, evidence: Evidence): boolean {
  if (isAirlinesFlight(view, first, end, k, word)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (k === end && word === 'government' && isLeadersGovernment(view, first, end)) {
    addEvidence(evidence, 'person', WEIGHT.contextNoun);
    return true;
  }
  if (isCampOfTheDisplaced(view, first, end, k, word, sentenceEnd)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  if (k === end && POLL_NOUNS.has(word) && isPollstersName(view, first)) {
    // "in a Gallup Korea poll", "a Realmeter survey": who takes the poll is a pollster's firm (Gallup Korea
    // was a person by its shape), at a near preposition's weight as "a poll by Datafolha" (nounCuesBefore.ts),
    // so that the lists' place still wins ("a Florida poll").
    addEvidence(evidence, 'organization', WEIGHT.nearPreposition);
    return true;
  }
  return false;
}

/** A noun the lists give a type (`cue`, from FOLLOWING_CUES or what a possessive owns), and "area" after a bank of the sea. */
function addListedNounCue(view: TokenView, first: number, end: number, k: number, word: string, possessive: boolean, cue: EntityType | undefined, evidence: Evidence): boolean {
  // "Robert Finnegan is chief executive of Three UK": a role after a copula is what the name is, a
  // person (it was a body, as "the Hamas chief" makes one).
  if (!possessive && cue === 'organization' && isRoleAfterCopula(view, first, k, word)) {
    addEvidence(evidence, 'person', WEIGHT.contextNoun);
    return true;
  }
  if (!possessive && k === end && word === 'area' && namesABankOfTheSea(view, end)) {
    addEvidence(evidence, 'place', WEIGHT.siteNoun);
    return true;
  }
  if (!cue) return false;
  // "the ouster of the Awami League regime", "Muslim League allies": a body's head closing the name
  // makes the regime or the allies a party's, no leader's (the party was a person).
  const said = cue === 'person' && HEAD_WORDS.get(view.lower(end - 1)) === 'organization' ? 'organization' : cue;
  if (!(said === 'organization' && isPeoplesAdjectiveBeforeRole(view, first, end, word))) addEvidence(evidence, said, WEIGHT.contextNoun);
  return true;
}

/** A verb after the name: who speaks, reports results or acts on its own figures. */
function addSpeechOrDeedCue(view: TokenView, first: number, end: number, k: number, word: string, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  if (!possessive && k === end && (SPEECH_VERBS.has(word) || RESULTS_VERBS.has(word) || BODY_ACTION_VERBS.has(word)) && isBodyOfDictionaryWords(view, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  // "KKR said the deal closed": a body speaks as a person does; an acronym's word says nothing of whom.
  if (SPEECH_VERBS.has(word)) {
    if ((reportsOfItsBusiness(view, k, sentenceEnd) || reportsItsOwnDeed(view, first, end, k, sentenceEnd)) && !namesAPersonByItsWords(view, first, end)) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    else if (!isOneAcronym(view, first, end)) addEvidence(evidence, 'person', reportsOfHimOrHerself(view, k, sentenceEnd) ? WEIGHT.pronounAfter : WEIGHT.speechVerb);
    return true;
  }
  // "Wolfsburg reported a loss", "Vestas posted higher orders": who reports results is a company (a city
  // by the lists); so is who does something to its own figures ("Wolfsburg raised its forecast").
  if (!possessive && ((RESULTS_VERBS.has(word) && businessNounWithin(view, k + 1, Math.min(sentenceEnd, k + 6))) || actsOnItsFigures(view, k, sentenceEnd)) && !namesAPersonByItsWords(view, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "the Zamzam camp near El Fasher", "the Kakuma refugee camp", "the Nuseirat camp in central Gaza": a
 * camp of the displaced is a place (Zamzam was other). Only where its kind comes before "camp" or
 * where it stands comes after it: "the Trump camp said" is a candidate's people; nor a person's name.
 */
function isCampOfTheDisplaced(view: TokenView, first: number, end: number, k: number, word: string, sentenceEnd: number): boolean {
  if ((word !== 'camp' && word !== 'camps') || namesAPersonByItsWords(view, first, end)) return false;
  if (k === end + 1) return CAMP_KINDS.has(view.lower(end));
  const next = view.isChar(k + 1, ',') ? k + 2 : k + 1;
  return k === end && next < sentenceEnd && view.isLowerWord(next) && CAMP_SITE_WORDS.has(view.lower(next));
}

/** Who lives in a camp, before "camp": "the Kakuma refugee camp", "the Zamzam displacement camp". */
const CAMP_KINDS = new Set(['refugee', 'refugees', 'displacement', 'displaced', 'idp', 'tent', 'transit', 'migrant', 'migrants', 'detention', 'internment']);

/** Where a camp stands or whom it holds, after "camp": "the Zamzam camp near El Fasher", "the Al-Hol camp, which holds". */
const CAMP_SITE_WORDS = new Set(['near', 'in', 'outside', 'on', 'north', 'south', 'east', 'west', 'housing', 'sheltering', 'hosting', 'which', 'where', 'home']);

/**
 * "an Aer Lingus flight from London", "two Wizz Air flights were cancelled": the airline that flies
 * it (Aer Lingus was a person). Not a mission's number, in figures or in Roman numerals ("the Apollo 11
 * flight", "the Artemis II flight" was an organization), nor a town's ("a Paris flight").
 */
function isAirlinesFlight(view: TokenView, first: number, end: number, k: number, word: string): boolean {
  const numbered = view.hasDigit(end - 1) || (end - first > 1 && view.length(end - 1) >= 2 && ROMAN_NUMERAL.test(view.raw(end - 1)));
  return k === end && (word === 'flight' || word === 'flights') && !numbered && !isKnownPlace(view.keyOf(first, end));
}

/** "a Gallup Korea poll", "an Ipsos survey": a name an indefinite article opens, before a poll's noun. */
function isPollstersName(view: TokenView, first: number): boolean {
  return first > 0 && view.isWord(first - 1) && INDEFINITE_ARTICLES.has(view.lower(first - 1));
}

function isRoleAfterCopula(view: TokenView, first: number, k: number, word: string): boolean {
  return k > first && COPULA_ROLES.has(word) && COPULAS.has(view.lower(k - 1)) && view.isLowerWord(k - 1);
}

const COPULA_ROLES = new Set(['chief', 'spokesman', 'spokeswoman', 'spokesperson', 'official']);

/** addFollowerCue's words after a name that say it is a gathering, a round, a bloc or a venture, or nothing: true when the word was one of them. */
function addGatheringOrGroupCue(view: TokenView, first: number, end: number, k: number, word: string, possessive: boolean, sentenceEnd: number, evidence: Evidence): boolean {
  if (MEETING_WORDS.has(word) && !namesAnEvent(view, first, end)) return true;
  // "the Rio de Janeiro games", "the London games": held in a city; "the Pan American games" are an event.
  if (word === 'games' && isCity(view.keyOf(first, end))) return true;
  // "the ruling Morena party" is a body; "a Christmas party" a gathering.
  if (word === 'party' && first > 0 && view.isLowerWord(first - 1) && INDEFINITE_ARTICLES.has(view.lower(first - 1))) return true;
  // "told Kommersant newspaper" is the paper; "the Bob Smith newspaper column" is his.
  if (MEDIA_FOLLOWERS.has(word) && opensWithForename(view, first, end, view.lower(first))) return true;
  // "Time magazine" is the publisher's; "an AR-15 magazine", "a Glock 19 magazine" hold a numbered gun's rounds.
  if (word === 'magazine' && view.hasDigit(end - 1)) return true;
  if (!possessive && TOURNAMENT_ROUNDS.has(word)) {
    if (isTournamentsRound(view, first, end, k, sentenceEnd)) addEvidence(evidence, 'event', WEIGHT.contextNoun);
    return true;
  }
  if (BLOC_FOLLOWERS.has(word)) {
    if (spaceSeparatedWords(view, first, end) >= 2) addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (VENTURE_FOLLOWERS.has(word)) {
    if (spaceSeparatedWords(view, first, end) >= 2 && !opensWithForename(view, first, end, view.lower(first))) addEvidence(evidence, 'programme', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "Kanye said he was happy with the ruling", "Shakira said that she would tour": a speaker whose
 * words report "he" or "she" is a person (a body says "it" or "they"), more than "said" alone says.
 */
export function reportsOfHimOrHerself(view: TokenView, verb: number, sentenceEnd: number): boolean {
  const next = verb + 1 < sentenceEnd && view.lower(verb + 1) === 'that' ? verb + 2 : verb + 1;
  return next < sentenceEnd && view.isLowerWord(next) && (view.lower(next) === 'he' || view.lower(next) === 'she');
}

/**
 * "Kingspan said it regretted the fire", "Ticketmaster said it would refund fans": one word no given-name
 * list holds whose "it" then does what a body does is a body (both were persons by "said"). Not "Mourinho
 * said it was time", nor "it would be hard"; a listed surname alone stays a person (namesAPersonByItsWords).
 */
function reportsItsOwnDeed(view: TokenView, first: number, end: number, verb: number, sentenceEnd: number): boolean {
  // "DP World said it would bid": longer names too, when no given name opens them and no surname but a
  // dictionary word's closes them ("Xabi Alonso said it would hurt" stays a person).
  const lastWord = view.lower(end - 1);
  if (end - first === 1 ? isGivenName(view.lower(first)) : opensWithForename(view, first, end, view.lower(first)) || (isListedSurname(lastWord) && !isCommonWord(lastWord))) return false;
  return itDoesABodysDeed(view, verb, sentenceEnd);
}

/**
 * "Network Rail said the line would reopen", "National Grid warned of cuts", "Royal Mail raised
 * prices": two or more capitalised dictionary words that speak or act as a firm does name a body
 * (they were dropped: dictionary words with no evidence); "and" may join them inside. Not a forename and a surname ("Bill Gates
 * said"), nor an office ("as the Chief Justice said"), nor a place after its preposition.
 */
function isBodyOfDictionaryWords(view: TokenView, first: number, end: number): boolean {
  if (spaceSeparatedWords(view, first, end) < 2 || opensWithForename(view, first, end, view.lower(first))) return false;
  // "Officials in Dodge City said": the name after a preposition is not who speaks.
  if (first > 0 && view.isLowerWord(first - 1) && (OPENING_PREPOSITIONS.has(view.lower(first - 1)) || view.lower(first - 1) === 'of')) return false;
  // "the US Geological Survey said", "Texas Instruments reported": a place the lists know may open it.
  const words = isKnownPlace(view.key(first)) ? first + 1 : first;
  for (let i = words; i < end; i++) {
    // "the Hostages and Missing Families Forum said": an "and" between the body's words.
    if (i > words && view.isLowerWord(i) && view.lower(i) === 'and') continue;
    if (!view.isWord(i) || view.isAllCaps(i) || !view.isCapitalized(i) || !view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Stop)) return false;
    // "as the Chief Justice said": an office, not a body.
    if (isTitleWord(view.lower(i)) || ROLE_NOUNS.has(view.lower(i))) return false;
  }
  return true;
}

/**
 * A market's verb, "by" perhaps, a number and "percent", "per cent" or "%": "gained 2 percent", "fell
 * by 4%" (not "points", which a candidate gains in the polls; nor a person's name, by the caller).
 */
function movesByPercent(view: TokenView, verb: number, sentenceEnd: number): boolean {
  if (!MARKET_MOVES.has(view.lower(verb))) return false;
  const number = view.lower(verb + 1) === 'by' ? verb + 2 : verb + 1;
  if (number + 1 >= sentenceEnd || view.kind(number) !== TokenKind.Number) return false;
  const unit = view.lower(number + 1);
  return view.isChar(number + 1, '%') || unit === 'percent' || unit === 'pct' || (unit === 'per' && view.lower(number + 2) === 'cent');
}

/**
 * "SK Hynix and LG Energy Solution were little changed", "IndiGo was little changed": what a market
 * report says held its price is a stock or an index (LG Energy Solution was other).
 */
function wasLittleChanged(view: TokenView, verb: number, sentenceEnd: number): boolean {
  const word = view.lower(verb);
  return (word === 'was' || word === 'were') && verb + 2 < sentenceEnd && view.lower(verb + 1) === 'little' && view.lower(verb + 2) === 'changed';
}

/** "in the Amazon", "of Vestas": a name that a preposition (and "the") puts in a phrase, no subject. */
function followsPreposition(view: TokenView, first: number): boolean {
  const before = first > 0 && view.lower(first - 1) === 'the' ? first - 2 : first - 1;
  return before >= 0 && view.isLowerWord(before) && OPENING_PREPOSITIONS.has(view.lower(before));
}

/** A poll's words in the sentence (read back from its end): who gains there is a candidate. */
function speaksOfPolls(view: TokenView, sentenceEnd: number): boolean {
  for (let k = sentenceEnd - 1; k >= 0 && !view.isChar(k, '.!?'); k--) if (POLL_WORDS.has(view.lower(k))) return true;
  return false;
}

const POLL_WORDS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'vote', 'votes', 'ballot', 'approval', 'primary', 'race']);

/**
 * "the first Indigenous chief justice", "the first Dalit chief minister": after an ordinal, one word
 * before a role's "chief" or "official" says who the holder is, no body (both were bodies); "the
 * NATO chief said" still names the alliance.
 */
function isPeoplesAdjectiveBeforeRole(view: TokenView, first: number, end: number, word: string): boolean {
  if (!FOLLOWING_ROLE_CUES.has(word) || end - first !== 1 || first === 0 || view.isAllCaps(first)) return false;
  return view.isLowerWord(first - 1) && RANKING_ORDINALS.has(view.lower(first - 1));
}

const FOLLOWING_ROLE_CUES = new Set(['chief', 'official', 'spokesman', 'spokeswoman', 'spokesperson']);
const RANKING_ORDINALS = new Set(['first', 'second', 'third', 'last', 'only']);

/** What a player does to a goal: "scored the winner", "netted twice". */
const SCORING_VERBS = new Set(['scored', 'netted']);
