import { looseToken, transliterationFold } from '../../corpusIndex/looseKey.js';
import { WEIGHT, weightOf } from '../evidence.js';
import { gazetteer, isCity, isKnownPlace, namesThePlace } from '../gazetteer.js';
import { COMPANY_KIND_WORDS, HEAD_WORDS } from '../lexicon.js';
import { ENTITY_TYPES } from '../types.js';
import { isClubCloser, TEAM_WORDS } from '../sportsClubs.js';
import type { MentionDraft } from '../mentionDraft.js';
import { outweighsTheRest, particleFold, TRANSLITERATED, isClippedToItsWord, closesWithLegalForm, closesWithBodyWord } from './nameKeyWords.js';
import type { FullNameIndex } from './shortKeys.js';
import { StoryFacts } from './storyFacts.js';

const PLACE = ENTITY_TYPES.indexOf('place');

/** Evidence that weighs more for a place than for anything else. */
function isPlaceByContext(evidence: readonly number[]): boolean {
  return outweighsTheRest(evidence, PLACE);
}

/**
 * "NATO is militarising the Baltic": a people's adjective its sentence makes a place ("the Baltic")
 * is its region or sea, a short form of a place's name only: "the Baltic Sea", not "the Baltic Air
 * Policing mission" (it was the mission's, in its article and in the corpus).
 */
export function namesItsRegion(d: Pick<MentionDraft, 'key' | 'evidence'>): boolean {
  return gazetteer().demonyms.has(d.key) && isPlaceByContext(d.evidence);
}

/** A full name that is a place by the lists or by its head word: "Baltic Sea", "Arctic Ocean". */
export function isPlaceByItsWords(fullKey: string): boolean {
  return isKnownPlace(fullKey) || HEAD_WORDS.get(fullKey.slice(fullKey.lastIndexOf(' ') + 1)) === 'place';
}

/**
 * "Muammar Gadhafi … Qaddafi was killed … Gaddafi's son": one word that is no key of the story's
 * names but is a person's surname as another transliteration writes it, where only one person of
 * the story has such a surname (they were three entities).
 */
function transliteratedSurnameOf(d: MentionDraft, names: FullNameIndex): Set<string> | undefined {
  if (d.shortFormKeys.length > 0 || d.acronym) return undefined;
  const owners = names.byShortKey.get(TRANSLITERATED + (d.key.includes(' ') ? particleFold(d.key) : transliterationFold(d.key)));
  return owners && owners.size === 1 ? owners : undefined;
}

/** The story's full names a candidate's words may stand for, before the story's people and types narrow them. */
export function possibleFullNames(d: MentionDraft, names: FullNameIndex, story: StoryFacts): string[] {
  const { known } = story;
  // An acronym stands only for a name it begins ("RIA" for "RIA Novosti"), never for a surname, nor
  // for one it begins where another name spells it (left to linkAcronyms).
  const fullNames = d.acronym ? acronymsFullNames(d, names, story) : (withMiddleNames(names.byShortKey.get(d.key) ?? names.byShortKey.get(looseToken(d.key)) ?? transliteratedSurnameOf(d, names), names.byMiddleKey.get(d.key)) ?? names.byInitialNickname.get(d.key) ?? givenNameVariantOf(d, names.byFormalGivenName, story.found) ?? givenNameVariantOf(d, names.byHypocoristic, story.found));
  // Most candidates repeat no full name's words: only a team may be left to them, and nothing below need be asked.
  if (!fullNames) return teamOfPlace(d, story);
  // "Toyota" is a city too, but not after "Toyota Motor Corp": a company's word is the article's company.
  const isCompany = (full: string) => (known.has(d.key) && story.companies.get(d.key) === full) || isTownWordOfCompany(d, full, known);
  // "Bayern Munich … their first win in Munich": a city its sentence makes a place is no short form, as a known place's word is not.
  const placeHere = !known.has(d.key) && isPlaceByContext(d.evidence) && isCity(d.key);
  // "Holt, who lives in Kelsworth", "Kelsworth is a market town": a word no list holds that its sentence makes a town is no short form of a body's name ("Kelsworth School" took both).
  const townHere = !known.has(d.key) && (d.home === true || (isPlaceByContext(d.evidence) && weightOf(d.evidence, 'place') >= WEIGHT.contextNoun));
  const regionHere = namesItsRegion(d);
  // "Nahid Islam … Mr. Islam said": after an honorific, a known word is the surname of any person the story names so.
  const people = weightOf(d.evidence, 'person') >= WEIGHT.honorific ? names.peopleByContext : names.people;
  const givenPlaceName = (full: string) => names.givenPlaceNames.has(full) && full.startsWith(`${d.key} `);
  const mayMean = (full: string) =>
    isCompany(full) || ((!namesThePlace(d.key, full) || givenPlaceName(full)) && !placeHere && !(regionHere && !isPlaceByItsWords(full)) && (!known.has(d.key) || people.has(full) || givenPlaceName(full) || story.teams.get(d.key) === full));
  // "was sent to Harrow at the age of 13 … Harrow School": a word its context makes a school is the story's school of that word.
  const schools = d.school ? [...fullNames].filter((full) => isClippedToItsWord(d.key, full)) : [];
  if (schools.length > 0) return schools;
  let keys = [...fullNames].filter(mayMean);
  if (keys.length > 0 && !known.has(d.key) && isPlaceByContext(d.evidence)) keys = withoutBodiesOfItsTown(d, keys, townHere, story);
  // "Mr. Adani" beside "Adani Green Energy Ltd.": a name given a person's title names no company (in
  // the story's pass too, which sees no honorific).
  if (weightOf(d.evidence, 'person') >= WEIGHT.title) keys = keys.filter((k) => !closesWithLegalForm(k));
  return keys.length === 0 ? teamOfPlace(d, story) : keys;
}

/**
 * "Delta Air Lines Inc. cancelled 300 flights … Delta said", "Berkshire Hathaway Inc. … Berkshire now
 * owns": the first word of a company's name (a legal form or a company's kind closes it) that only
 * the lists of towns and counties hold is the company where its sentence says nothing of a place
 * (the word went to a town). Not a state or a city the gazetteer knows ("Texas" of "Texas
 * Instruments", "Boston" of "Boston Scientific"), nor "in Berkshire, England".
 */
function isTownWordOfCompany(d: MentionDraft, full: string, known: ReadonlyMap<string, unknown>): boolean {
  if (known.has(d.key) || !full.startsWith(`${d.key} `) || isPlaceByContext(d.evidence)) return false;
  return closesWithLegalForm(full) || COMPANY_KIND_WORDS.has(full.slice(full.lastIndexOf(' ') + 1));
}

/** "Edmonton captain Connor McDavid" after "the Edmonton Oilers": a place's name its sentence makes a body's is its team. */
function teamOfPlace(d: MentionDraft, story: StoryFacts): string[] {
  const team = story.isPlaceOfTeam(d) ? story.teamsOfPlaces.get(d.key) : undefined;
  return team ? [team] : [];
}

/** The full names an acronym opens, unless another of the story's names spells it (its initials, worked out only then). */
function acronymsFullNames(d: MentionDraft, names: FullNameIndex, story: StoryFacts): Set<string> | undefined {
  const opened = names.byFirstWord.get(d.surface);
  return opened && !story.spelledOut(d.surface) ? opened : undefined;
}

/**
 * "Holt, who lives in Kelsworth", "Tamsford, a town of 25,000", "a victory parade in Harlow": a word
 * no list holds that its sentence makes a town (by a verb of home or a context noun; by a bare
 * preposition only before a club, "Harlow Athletic") is no short form of the school, club or company
 * the story names after it ("Kelsworth School", "Barnsworth Town", "Tamsford Engineering" took the
 * town). Refused them all, it is the town, and no other article's body either (a modifier).
 */
function withoutBodiesOfItsTown(d: MentionDraft, keys: string[], townHere: boolean, story: StoryFacts): string[] {
  const kept = keys.filter((full) => !(townHere ? isBodyNamedAfterTown(d, full, story) : closesWithClubWord(full)));
  if (kept.length === 0) d.modifier = true;
  return kept;
}

/** "Barnsworth Rovers", "Harlow Athletic", "Leeds United": a club's closing word after its town. */
function closesWithClubWord(full: string): boolean {
  const last = full.slice(full.lastIndexOf(' ') + 1);
  return isClubCloser(last) || TEAM_WORDS.has(last);
}

/**
 * "Kelsworth School", "Barnsworth Town", "Harlow Athletic": a body's name by its last word or a
 * club's is no name of a town its sentence names ("grew up in Barnsworth", "Kelsworth is a market
 * town"); nor, after a verb of home, one the story types a body's ("was born in Tamsford" beside
 * "Tamsford Engineering"). A person's may be ("Biologist Nick Bos studied ants in Helsinki, and Bos
 * wrote"), "in the Baltic" the "Baltic Sea", and "the Eegimaa speaking area" the language
 * "Gújjolaay Eegimaa", which the story's other words typed a body's.
 */
function isBodyNamedAfterTown(d: MentionDraft, full: string, story: StoryFacts): boolean {
  return closesWithBodyWord(full) || closesWithClubWord(full) || (d.home === true && story.fullNameTypes.get(full) === 'organization');
}

/**
 * "Kate Middleton made her first appearance … Kensington Palace said Catherine would return": a
 * formal given name alone stands for the story's one person named by its hypocoristic, and a
 * hypocoristic alone for the one named by its formal name ("Dr. Samuel Okafor … Sam in scrubs").
 * Not one the story gives a title: "Prince William" beside "Bill Clinton" is no Clinton.
 */
function givenNameVariantOf(d: MentionDraft, byVariant: ReadonlyMap<string, Set<string>>, found: readonly MentionDraft[]): Set<string> | undefined {
  if (byVariant.size === 0) return undefined;
  const people = byVariant.get(d.key);
  if (!people || people.size !== 1) return undefined;
  // Nor after the story titled that given name anywhere: "Prince William … William said" is the prince.
  return found.some((o) => o.key === d.key && weightOf(o.evidence, 'person') >= WEIGHT.title) ? undefined : people;
}

/**
 * "Cristina Fernández de Kirchner … Fernández, 72, was convicted … Former President Alberto
 * Fernández": a word standing for a name from inside it is a candidate beside the names it closes,
 * which took it alone before (to the man named later); which of them is meant is chosen as for any.
 */
function withMiddleNames(byShortKey: Set<string> | undefined, byMiddleKey: Set<string> | undefined): Set<string> | undefined {
  if (!byMiddleKey || !byShortKey) return byShortKey ?? byMiddleKey;
  return new Set([...byShortKey, ...byMiddleKey]);
}
