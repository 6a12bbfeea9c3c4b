import { nameKey } from '../../text/tokenize.js';
import { saysOtherThan, strongestType } from '../evidence.js';
import { gazetteer, isCity, isKnownPlace, type GazetteerEntry } from '../gazetteer.js';
import { COMPANY_GROUP_WORDS, COMPASS, HEAD_WORDS, LEGAL_SUFFIXES, REGNAL_NUMERALS } from '../lexicon.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { isClubCloser } from '../sportsClubs.js';
import { REGION_ADJECTIVES } from '../cues/contextWords.js';
import { RegionKind, type MentionDraft } from '../mentionDraft.js';
import type { Placement } from '../seniority.js';
import { namesTeamByPlayers, titleWord, isPersonWithName, isPersonBearingPlace, isPersonByContext, isBodyByContext, openingPlace, initialsOf, outweighsTheRest } from './nameKeyWords.js';
import type { Sex, Relatives, ArticleFamily } from './family.js';
import { lastWordStandsFor } from './shortKeys.js';

/** The last word of each title a full name was given, by the name's key ("Col. Oumar Sangaré" → "col"). */
function titlesByFullName(found: readonly MentionDraft[]): Map<string, Set<string>> {
  const titles = new Map<string, Set<string>>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0 || d.descriptions.length === 0) continue;
    const set = titles.get(d.link ?? d.key) ?? new Set<string>();
    for (const description of d.descriptions) set.add(titleWord(description));
    titles.set(d.link ?? d.key, set);
  }
  return titles;
}

/**
 * "Jordan has not commented" after "Michael Jordan": a known place's word that the article's person
 * bears as a surname is that person wherever its own sentence says nothing else ("in Jordan" stays
 * the country). Surnames of full names whose words and context say person, by key.
 */
function surnamesOfPeople(found: readonly MentionDraft[]): Set<string> {
  const surnames = placeWordSurnames(found);
  // "Rep. Steve Israel … in Israel … Israel has struck": where the article also writes the word as a place, it is no one's for sure;
  // so where its dateline does ("AMMAN, Jordan — … met Michael Jordan … Jordan has hosted refugees").
  if (surnames.size > 0) for (const d of found) if (writesSurnameAsPlace(d, surnames)) surnames.delete(d.key);
  return surnames;
}

/** Known places' words the article's people bear as surnames (see surnamesOfPeople), by key. */
function placeWordSurnames(found: readonly MentionDraft[]): Set<string> {
  const known = gazetteer().byKey;
  const surnames = new Set<string>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0 || d.link || !known.has(d.shortFormKeys[1]!)) continue;
    if (isPersonBearingPlace(d) && lastWordStandsFor(d.key)) surnames.add(d.shortFormKeys[1]!);
  }
  return surnames;
}

function writesSurnameAsPlace(d: MentionDraft, surnames: ReadonlySet<string>): boolean {
  return d.shortFormKeys.length === 0 && surnames.has(d.key) && (d.region === RegionKind.Dateline || saysOtherThan(d.evidence, 'person'));
}

/**
 * "Rosa Lima … Lima, 52, was finance minister … taught in Lima and Boston … Lima said … Lima will
 * take office in January": a person's surname the article also writes as the place is, where its
 * own sentence says nothing either way, what the word last stood for: the person after "Lima said"
 * (it was the city), the place after "in Lima". Tracks the word's last reading in text order.
 */
class SurnameReadings {
  /** The surnames that are also written as the place ("lima"), and whether each last stood for a person. */
  private readonly lastPerson = new Map<string, boolean>();

  constructor(found: readonly MentionDraft[]) {
    const surnames = placeWordSurnames(found);
    if (surnames.size === 0) return;
    // "AMMAN, Jordan — … Michael Jordan … Jordan has hosted refugees": where the dateline writes the place, the word is the place.
    const datelined = new Set<string>();
    for (const d of found) {
      if (!writesSurnameAsPlace(d, surnames)) continue;
      if (d.region === RegionKind.Dateline) datelined.add(d.key);
      else this.lastPerson.set(d.key, false);
    }
    for (const key of datelined) this.lastPerson.delete(key);
  }

  /** A bare surname its sentence says nothing of, after the word last stood for a person. */
  continuesPerson(d: MentionDraft): boolean {
    return this.lastPerson.size > 0 && this.lastPerson.get(d.key) === true && d.shortFormKeys.length === 0 && strongestType(d.evidence) === null;
  }

  /** Notes what a draft made of the word: the person (a full name ending in it, or the word linked), or the place. */
  note(d: MentionDraft): void {
    if (this.lastPerson.size === 0) return;
    if (d.shortFormKeys.length > 0) {
      if (this.lastPerson.has(d.shortFormKeys[1]!) && isPersonWithName(d)) this.lastPerson.set(d.shortFormKeys[1]!, true);
    } else if (this.lastPerson.has(d.key)) this.lastPerson.set(d.key, d.link !== null);
  }
}

/**
 * "edmonton" → "edmonton oilers", "tampa bay" → "tampa bay lightning": the article's one name that
 * opens with a place the lists know, closes with a word no head word ("Boston University", "Istanbul
 * Metropolitan Municipality" are none), is no known name ("New York Times") and is a body's by its
 * words and context (the "US West Coast" is none), by that place; none where two such names share
 * the place. A club named after its city closes with it, known or not: "madrid" → "real madrid"
 * ("Madrid coach Carlo Ancelotti").
 */
export function teamsByPlace(found: readonly MentionDraft[]): Map<string, string> {
  const known = gazetteer().byKey;
  const teams = new Map<string, string>();
  for (const d of found) {
    // "Kansas City Chiefs" is a team by its players, though "chiefs" is a head word ("Boston University" is none).
    if (d.shortFormKeys.length === 0 || d.link || (HEAD_WORDS.has(d.shortFormKeys[1]!) && !namesTeamByPlayers(d.key, d.key.lastIndexOf(' '), d.shortFormKeys[1]!))) continue;
    const entry = known.get(d.key);
    if ((entry?.type ?? strongestType(d.evidence, d.nameEvidence)?.type) !== 'organization') continue;
    // "Newcastle United", a club the lists know, closes with a club's word after its town.
    const place = (entry && !isClubCloser(d.shortFormKeys[1]!) && d.shortFormKeys[1] !== 'united' ? null : openingRegion(d.key) ?? openingPlace(d.key)) ?? closingCity(d.key);
    if (!place) continue;
    const other = teams.get(place);
    teams.set(place, other === undefined || other === d.key ? d.key : '');
  }
  for (const [place, full] of teams) if (!full) teams.delete(place);
  return teams;
}

/**
 * "Western Sydney, who won the Asian Champions League in 2014, have struggled": a region the lists do
 * not know, named by a compass word and a place (openingRegion), stands for the story's club named
 * after it where its sentence makes it no place ("who" made it a person); "Floods hit homes in
 * Western Sydney" stays the region.
 */
function isUnlistedRegionOfTeam(d: MentionDraft): boolean {
  return d.shortFormKeys.length === 2 && !isKnownPlace(d.key) && opensWithCompass(d.key) && isKnownPlace(d.key.slice(d.key.indexOf(' ') + 1)) && !outweighsTheRest(d.evidence, PLACE_INDEX);
}

const PLACE_INDEX = ENTITY_TYPES.indexOf('place');

/**
 * "western sydney" of "western sydney wanderers", "north queensland" of "north queensland cowboys": a
 * compass word and a known place opening a club's name are the region it is named after ("Western
 * Sydney, who won the Asian Champions League" went to the region; openingPlace asks the lists only).
 */
function openingRegion(key: string): string | null {
  if (!opensWithCompass(key)) return null;
  const space = key.indexOf(' ');
  const place = openingPlace(key.slice(space + 1));
  return place ? `${key.slice(0, space)} ${place}` : null;
}

/** A key whose first word, before more, is a compass word or a region's adjective ("west", "western"). */
function opensWithCompass(key: string): boolean {
  const space = key.indexOf(' ');
  return space > 0 && (COMPASS.has(key.slice(0, space)) || REGION_ADJECTIVES.has(key.slice(0, space)));
}

/**
 * The longest city closing a name of two words or more, as clubs are named after theirs ("madrid" of
 * "real madrid", "munich" of "bayern munich"). A city only: "Air France" is no team of France; nor
 * the place of an "of" or "for" name ("Bank of England").
 */
function closingCity(key: string): string | null {
  if (key.includes(' of ') || key.includes(' for ')) return null;
  const words = key.split(' ');
  for (let n = 1; n < words.length; n++) {
    const city = words.slice(n).join(' ');
    if (isCity(city)) return city;
  }
  return null;
}

/**
 * The letters an acronym may take from a name's words: the first of each capitalised word
 * ("Massachusetts Institute of Technology" gives "MIT"), with those of its lower-case words too
 * ("Department of Justice" gives "DJ" and "DOJ"); an abbreviation gives all its letters ("U.S.
 * Agency for International Development" gives "USAID").
 */
/** The capitals' initials of the article's names of three words or more ("UNM" of "University of New Mexico"). */
function initialsOfNames(found: readonly MentionDraft[]): Set<string> {
  const initials = new Set<string>();
  for (const d of found) {
    const words = d.shortFormKeys.length > 0 ? d.surface.split(/[\s-]+/) : [];
    if (words.length >= 3) initials.add(initialsOf(words)[0]!);
  }
  return initials;
}

/**
 * Whether the story holds a short form's candidate at all, one that is a known place's word (only
 * then must the index know which full names are people's; most articles have none), and one that
 * may be an initial's nickname. One pass: three passes asked each draft up to three times.
 */
export function candidateKinds(found: readonly MentionDraft[], story: StoryFacts): { any: boolean; placeWord: boolean; initialNickname: boolean } {
  const kinds = { any: false, placeWord: false, initialNickname: false };
  for (const d of found) {
    if (!story.isCandidate(d)) continue;
    kinds.any = true;
    if (story.known.has(d.key)) kinds.placeWord = true;
    if (INITIAL_NICKNAME.test(d.surface)) kinds.initialNickname = true;
  }
  return kinds;
}

/** Where each entity was last mentioned, and last mentioned first in its sentence (its subject), by draft index. */
export interface Recency {
  lastSubject: Map<string, number>;
  lastMention: Map<string, number>;
}

/**
 * What linkShortForms learns of one story's drafts. Each fact is worked out when first asked, since
 * most short forms need few of them (only a known word needs the story's companies and surnames).
 */
export class StoryFacts {
  readonly known = gazetteer().byKey;
  readonly teams: Map<string, string>;
  /** Full names a given name alone has stood for: "Hillary … Mrs. Clinton" is not her. */
  readonly calledByGivenName = new Set<string>();
  /** Words the story named as things of their own, apart from the longer names they open (namesItselfApart). */
  readonly namedApart = new Set<string>();
  /** Words the story used for one of several bodies they open, by the word: "cathay" → "cathay pacific airways" (settledBodyOf). */
  readonly settledBodies = new Map<string, string>();
  private companiesMemo: Map<string, string> | null = null;
  private surnamesMemo: Set<string> | null = null;
  private surnameReadingsMemo: SurnameReadings | null = null;
  private teamsOfPlacesMemo: Map<string, string> | null = null;
  private mentionCountsMemo: Map<string, number> | null = null;
  private titlesMemo: Map<string, Set<string>> | null = null;
  private relativesMemo: Relatives | null = null;
  private pronounSexesMemo: ReadonlyMap<string, Sex> | null = null;
  private senioritiesMemo: ReadonlyMap<string, Placement> | null = null;
  private nonPeopleMemo: Set<string> | null = null;
  private commonWordNamesMemo: Set<string> | null = null;
  private fullNameTypesMemo: Map<string, EntityType | null> | null = null;
  private firstWrittenMemo: Map<string, number> | null = null;
  private firstOfSurnamesMemo: Map<string, string> | null = null;
  private spelledInitialsMemo: Set<string> | null = null;
  private acronymTailedMemo: Set<string> | null = null;

  constructor(
    readonly found: MentionDraft[],
    readonly family: ArticleFamily,
  ) {
    this.teams = localTeamWords(found);
  }

  /**
   * A draft that may be a short form: linked to nothing yet, and no name the lists know, unless its
   * context makes it a person or a body, or the story's team, company or person bears it ("Washington
   * said he was proud", after "Denzel Washington").
   */
  isCandidate(d: MentionDraft): boolean {
    if (d.link || d.modifier) return false;
    // "Green Bay's defense gave up 400 yards" after "the Green Bay Packers": a city of two words is the team's too.
    if (d.shortFormKeys.length > 0) return this.isPlaceOfTeam(d);
    return (
      !this.known.has(d.key) ||
      d.school === true ||
      isPersonByContext(d.evidence) ||
      this.teams.has(d.key) ||
      this.companies.has(d.key) ||
      (this.surnames.has(d.key) && !saysOtherThan(d.evidence, 'person')) ||
      this.surnameReadings.continuesPerson(d) ||
      this.isPlaceOfTeam(d)
    );
  }

  /** A place's name its sentence makes a body's or a side of a fixture, where the story names a team after the place. */
  isPlaceOfTeam(d: MentionDraft): boolean {
    return (isBodyByContext(d.evidence) || d.sideOfFixture === true || isUnlistedRegionOfTeam(d)) && this.teamsOfPlaces.has(d.key);
  }

  /** "UNM's Health Sciences Center" after "the University of New Mexico" and "the UNM College of Nursing": the university's letters. */
  spelledOut(acronym: string): boolean {
    return (this.spelledInitialsMemo ??= initialsOfNames(this.found)).has(acronym);
  }

  get companies(): Map<string, string> {
    return (this.companiesMemo ??= localCompanyWords(this.found));
  }
  get surnames(): Set<string> {
    return (this.surnamesMemo ??= surnamesOfPeople(this.found));
  }
  get surnameReadings(): SurnameReadings {
    return (this.surnameReadingsMemo ??= new SurnameReadings(this.found));
  }
  get teamsOfPlaces(): Map<string, string> {
    return (this.teamsOfPlacesMemo ??= teamsByPlace(this.found));
  }
  get mentionCounts(): Map<string, number> {
    return (this.mentionCountsMemo ??= countMentions(this.found));
  }
  get titles(): Map<string, Set<string>> {
    return (this.titlesMemo ??= titlesByFullName(this.found));
  }
  get relatives(): Relatives {
    return (this.relativesMemo ??= this.family.relativesOf(this.found));
  }
  get seniorities(): ReadonlyMap<string, Placement> {
    return (this.senioritiesMemo ??= this.family.senioritiesOf(this.found));
  }
  get pronounSexes(): ReadonlyMap<string, Sex> {
    return (this.pronounSexesMemo ??= this.family.pronounSexesOf(this.found));
  }
  get nonPeople(): Set<string> {
    return (this.nonPeopleMemo ??= fullNamesOfNonPeople(this.found));
  }
  get commonWordNames(): Set<string> {
    return (this.commonWordNamesMemo ??= commonWordsOnlyKeys(this.found));
  }
  get fullNameTypes(): Map<string, EntityType | null> {
    return (this.fullNameTypesMemo ??= typesOfFullNames(this.found));
  }
  get firstWritten(): Map<string, number> {
    return (this.firstWrittenMemo ??= firstBodyMentions(this.found));
  }
  get acronymTailed(): Set<string> {
    return (this.acronymTailedMemo ??= fullNamesTailedByAcronym(this.found));
  }
  get firstOfSurnames(): Map<string, string> {
    return (this.firstOfSurnamesMemo ??= firstFullNamesBySurname(this.found));
  }
}

/** The first full name of the story with each last word, by that word. */
function firstFullNamesBySurname(found: readonly MentionDraft[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0) continue;
    const full = d.link ?? d.key;
    const surname = full.slice(full.lastIndexOf(' ') + 1);
    if (!first.has(surname)) first.set(surname, full);
  }
  return first;
}

/** The type the words and context of each full name say most, by key; null where they say nothing. */
function typesOfFullNames(found: readonly MentionDraft[]): Map<string, EntityType | null> {
  const types = new Map<string, EntityType | null>();
  for (const d of found) if (d.shortFormKeys.length > 0 && !d.link) types.set(d.key, strongestType(d.evidence, d.nameEvidence)?.type ?? null);
  return types;
}

/**
 * "the Rutgers AAUP-AFT union": a word before another body's letters (no legal form: "Siemens AG"
 * is Siemens; no numeral: "Charles III" is Charles, "Artemis III" a mission of the Artemis programme) names the body the letters' body belongs to, so the word written alone before it is
 * no short form of it (the union took "Rutgers", and the merge every other article's "Rutgers").
 */
function fullNamesTailedByAcronym(found: readonly MentionDraft[]): Set<string> {
  const keys = new Set<string>();
  for (const d of found) {
    if (d.link || d.shortFormKeys.length === 0 || !ACRONYM_TAIL.test(d.surface)) continue;
    const tail = d.key.slice(d.key.lastIndexOf(' ') + 1);
    if (!LEGAL_SUFFIXES.has(tail) && !REGNAL_NUMERALS.has(tail)) keys.add(d.key);
  }
  return keys;
}

const ACRONYM_TAIL = /^\S+ \p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;

/**
 * Where the article's text (not its headline) first writes each name, by key: a single word only if
 * it also stands alone inside a sentence, where its capital proves it a name (the merge keeps one
 * that only opens sentences only as a short form).
 */
function firstBodyMentions(found: readonly MentionDraft[]): Map<string, number> {
  const inside = new Set(found.filter((d) => d.region === RegionKind.Body && !d.initial && d.shortFormKeys.length === 0).map((d) => d.key));
  const first = new Map<string, number>();
  for (const [i, d] of found.entries()) {
    if (d.region !== RegionKind.Body || first.has(d.key) || (d.shortFormKeys.length === 0 && !inside.has(d.key))) continue;
    first.set(d.key, i);
  }
  return first;
}

/** "J-Lo", "A-Rod", "K-Fed": a given name's initial, a hyphen and the start of a surname. */
const INITIAL_NICKNAME = /^\p{Lu}-\p{Lu}\p{Ll}+$/u;

/**
 * "the Spurs" after "San Antonio Spurs", "the Rangers" after "Texas Rangers": a word the gazetteer
 * gives to a body elsewhere (Tottenham Hotspur's "Spurs") is the article's own team when the article
 * names one place's team ending with it. By that word, the one full name; none when two places'
 * teams share it. Not a place's word: "Washington" after "Washington Commanders" stays the city.
 */
function localTeamWords(found: readonly MentionDraft[]): Map<string, string> {
  const known = gazetteer().byKey;
  const teams = new Map<string, string>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0 || d.link) continue;
    const space = d.key.lastIndexOf(' ');
    const word = d.key.slice(space + 1);
    if (known.get(word)?.type !== 'organization' || known.has(d.key) || !isKnownPlace(d.key.slice(0, space))) continue;
    const other = teams.get(word);
    teams.set(word, other === undefined || other === d.key ? d.key : '');
  }
  for (const [word, full] of teams) if (!full) teams.delete(word);
  return teams;
}

/**
 * "Toyota said" after "Toyota Motor Corp", "BYD" after "BYD Co Ltd": a company the gazetteer knows
 * by one word is the article's company whose name opens with that word and closes with a legal
 * form. By that word, the one full name; none when two such companies share it ("Mitsubishi
 * Electric Corp" and "Mitsubishi Motors Corp"). So is a country's other name: "Nippon" after
 * "Nippon Steel Corp." is the steelmaker, not Japan.
 */
/** "nippon", "nihon": a name of a country the lists give besides the one it goes by ("japan"). */
function isCountrysOtherName(word: string, entry: GazetteerEntry): boolean {
  return entry.type === 'place' && gazetteer().countries.has(entry) && nameKey(entry.name) !== word;
}

function localCompanyWords(found: readonly MentionDraft[]): Map<string, string> {
  const known = gazetteer().byKey;
  const companies = new Map<string, string>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0 || d.link || !LEGAL_SUFFIXES.has(d.key.slice(d.key.lastIndexOf(' ') + 1))) continue;
    const word = d.shortFormKeys[0]!;
    const entry = known.get(word);
    if (!entry || (entry.type !== 'organization' && !isCountrysOtherName(word, entry)) || known.has(d.key)) continue;
    const other = companies.get(word);
    companies.set(word, other === undefined || other === d.key ? d.key : '');
  }
  for (const [word, full] of companies) if (!full) companies.delete(word);
  return companies;
}

function commonWordsOnlyKeys(found: readonly MentionDraft[]): Set<string> {
  const keys = new Set<string>();
  for (const d of found) if (d.commonWordsOnly && d.shortFormKeys.length > 0) keys.add(d.key);
  // A name written once with a word no dictionary holds is not only common words.
  for (const d of found) if (!d.commonWordsOnly) keys.delete(d.link ?? d.key);
  return keys;
}


/**
 * Keys of the full names whose own words and context say something other than a person ("Han
 * River"). A name that says nothing ("Lee Hsien Loong", with no title) is not among them.
 */
function fullNamesOfNonPeople(found: MentionDraft[]): Set<string> {
  const things = new Set<string>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0 || !saysOtherThanPersonMost(d)) continue;
    things.add(d.link ?? d.key);
    // "Hancock Prospecting, known as HPPL," after "Hancock Prospecting Pty Ltd.": the company
    // without its legal form is no person either ("Hancock's widow" is not its).
    const bare = withoutLegalForm(d.key);
    if (bare) things.add(bare);
  }
  return things;
}

/** "hancock prospecting" of "hancock prospecting pty ltd", "goldman sachs" of "goldman sachs group inc": two words at least; null without a legal form. */
function withoutLegalForm(key: string): string | null {
  const words = key.split(' ');
  let end = words.length;
  while (end > 2 && (LEGAL_SUFFIXES.has(words[end - 1]!) || words[end - 1] === '&' || (end < words.length && COMPANY_GROUP_WORDS.has(words[end - 1]!)))) end--;
  return end < words.length && LEGAL_SUFFIXES.has(words[words.length - 1]!) ? words.slice(0, end).join(' ') : null;
}

/** A name whose words and context weigh more for some kind other than a person than for a person. */
function saysOtherThanPersonMost(d: MentionDraft): boolean {
  const strongest = strongestType(d.evidence, d.nameEvidence);
  return !!strongest && strongest.type !== 'person';
}

/** Mentions per entity key (a full name's own and its linked short forms'), counted once per story. */
function countMentions(found: MentionDraft[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of found) {
    const key = d.link ?? d.key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
