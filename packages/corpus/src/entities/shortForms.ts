/**
 * Short forms linked to the full names their article gives: surnames, first words, middle names,
 * nicknames, acronyms, saints' and rulers' names, relatives kept apart; and across the articles of
 * one page, read as one story. Moved out of articleMentions.ts, which runs them.
 */
import { looseToken, transliterationFold } from '../corpusIndex/looseKey.js';
import { detach } from '../text/detach.js';
import { nameKey } from '../text/tokenize.js';
import { wordBeforeSpaces } from '../text/wordBefore.js';
import { saysOtherThan, strongestType, WEIGHT, weightOf } from './evidence.js';
import { countryFirstKey, countryOfCapital, gazetteer, isBodyHeadBeforeCity, isCity, isCompassPointsAndPlace, isCountry, isKnownPlace, isPlaceAndCompassPoints, namesThePlace, type GazetteerEntry } from './gazetteer.js';
import { COMPANY_GROUP_WORDS, COMPANY_KIND_WORDS, COMPASS, CONNECTOR_ACRONYM, connectorAcronymLetters, FAMILY_NUMERALS, GENERATION_SUFFIXES, givenNameGender, HEAD_WORDS, isBodyWord, isCommonWord, KUNYA_WORDS, isFrequentSurname, isGivenName, isListedSurname, isTitleWord, LANDFORM_OPENERS, LEGAL_SUFFIXES, PLACE_OPENERS, LEGISLATIVE_CHAMBERS, MID_NAME_PARTICLES, NAME_PARTICLES, NICKNAMES, PEERAGE_TITLES, REGNAL_NUMERALS, REGNAL_TITLES, ROLE_NOUNS, SURNAME_HEADS, TITLE_WORDS } from './lexicon.js';
import { ENTITY_TYPES, type EntityType } from './types.js';
import { isClubCloser, TEAM_WORDS } from './sportsClubs.js';
import { RegionKind, type AliasDefinition, type MentionDraft } from './mentionDraft.js';
import { clippedStateWords } from './stateAbbreviations.js';
import { ofSeniority, seniorityBefore, senioritiesIn, type Placement, type Seniority } from './seniority.js';

/**
 * Whether the first word of a full name (by its first and last words' keys) alone may stand for
 * it. "Valley" alone is no short form of "Valley Forge", nor "Lake" of "Lake Victoria": a landform's word names any. Nor is
 * "Emperor" of the "Emperor Norton Bridge": a title before a place's or a body's head word is the
 * namesake's, while "Tsar" may still be the "Tsar Aleksei I" last named.
 */
export function firstWordStandsFor(shortFormKeys: readonly string[], key = ''): boolean {
  const [first, last] = shortFormKeys as [string, string];
  // "Students protested" is no short form of "Students for Fair Admissions": a word before the
  // name's "for" or "against" says who, not which.
  if (key.startsWith(`${first} for `) || key.startsWith(`${first} against `)) return false;
  // Nor is a place before them the group: "FAIRFAX, Va." is no short form of "Fairfax Families for Fair Boundaries".
  if (/^\S+ \S+ (?:for|against) /.test(key)) return false;
  // "FAIRFAX, Va." is no short form of the "Fairfax County Board of Supervisors", nor "Mesa" of the "Mesa
  // County Sheriff's Office": a word before a county's or a city's head names that place, and the body is the place's.
  if (/^\S+ (?:county|city|township|parish|borough) \S/.test(key)) return false;
  // "Lord's" (the cricket ground) is no short form of "Lord Diplock"; "the Tsar" after "Tsar Aleksei" is.
  // A body's head word or legal form says its first word is no peer's title: "Duke said" after "Duke Energy Corp.".
  if (LANDFORM_OPENERS.has(first) || (PEERAGE_TITLES.has(first) && HEAD_WORDS.get(last) !== 'organization')) return false;
  // "New investors Macquarie Capital and Shell joined" is no short form of "New York", nor "San" of
  // "San Diego": a word that opens many places' names names none of them alone.
  if (GENERIC_OPENERS.has(first) || COMPASS.has(first) || PLACE_OPENERS.has(first)) return false;
  // "Major" (Major L'Enfant) is no short form of "Major League Baseball", nor "General" of "General Motors".
  if (TITLE_WORDS.has(first) && !REGNAL_TITLES.has(first)) return false;
  // "Police said" is no short form of "the Police Tactical Unit", nor "Senate" of "Senate Judiciary Committee":
  // a body's head word before a part's head names the whole body ("Treasury" of "Treasury Department" is the department).
  // So does a chamber's before a committee's "on": "in the House next week" is no short form of "the House
  // Select Committee on the Chinese Communist Party".
  if (isPartOfBodyNamedFirst(first, last, key)) return false;
  if (isCompanysBranchInCountry(first, last, key)) return false;
  // "Team owner Roger Penske" is no short form of "Team Penske": "Team" alone names any team.
  if (first === 'team') return false;
  // "Apollo 11 landed … Apollo was a programme", "a Boeing 737 … Boeing said": a name closed by a
  // number is one of a series, and its first word alone the series or its maker (no person's name ends with digits).
  if (ALL_DIGITS.test(last)) return false;
  return !(REGNAL_TITLES.has(first) && HEAD_WORDS.has(last));
}

const ALL_DIGITS = /^\d+$/;

/** Adjectives that open (besides COMPASS words) the names of many places and bodies ("New York", "North Korea", "Great Britain"). */
const GENERIC_OPENERS = new Set(['new', 'old', 'great', 'little', 'upper', 'lower', 'northern', 'southern', 'eastern', 'western', 'central']);

/**
 * "Senate Judiciary Committee", "House Judiciary Committee", "House Committee on Ways and Means": a
 * part's head (last, or before the name's "on"), the first word its parent body's or chamber's.
 */
function isPartOfBodyNamedFirst(first: string, last: string, key: string): boolean {
  if (HEAD_WORDS.get(first) !== 'organization' && !LEGISLATIVE_CHAMBERS.has(first)) return false;
  const on = key.indexOf(' on ');
  return SUB_BODY_HEADS.has(last) || (on > 0 && SUB_BODY_HEADS.has(key.slice(key.lastIndexOf(' ', on - 1) + 1, on)));
}


/**
 * "Safaricom Ethiopia", "Vodafone Egypt", "Oxfam Kenya": a word that is no given name before a country
 * names a body's branch there, and the word alone is the parent body ("Safaricom said profit rose" after
 * "Safaricom Ethiopia" went to the branch). "Michael Jordan" is still "Michael", a given name first.
 */
function isCompanysBranchInCountry(first: string, last: string, key: string): boolean {
  return isCountry(last) && key.indexOf(' ') === key.lastIndexOf(' ') && !isGivenName(first);
}

/**
 * "NFC West", "AL Central": a compass point (or "central") closing a name that opens with a
 * league's letters names a division of it, so the letters alone are the league ("the top seed in
 * the NFC"). "Kanye" may still be Kanye West.
 */
export function namesADivision(surface: string, lastKey: string): boolean {
  return (COMPASS.has(lastKey) || lastKey === 'central') && LEAGUE_LETTERS.test(surface);
}

const LEAGUE_LETTERS = /^\p{Lu}{2,5} /u;

/**
 * Whether a name closes with a head word ("Boston University", "Chapel Hill"). Not a person's surname
 * that is a place's head too, after a given name ("Christopher Hill", "Jerry Hall"): "Hill" alone
 * later is still his.
 */
export function closesWithHeadWord(key: string): boolean {
  const lastSpace = key.lastIndexOf(' ');
  const last = key.slice(lastSpace + 1);
  if (!HEAD_WORDS.has(last)) return false;
  return !(SURNAME_HEADS.has(last) && lastSpace > 0 && isGivenName(key.slice(0, key.indexOf(' '))));
}

/**
 * Whether a full name's last word alone may stand for it, as a surname does ("Putin"): not a head
 * word ("Institute"), nor the place of an "of" or "for" name ("Tabennese" is the place, not
 * "Theodorus of Tabennese"; "Liptako-Gourma" is not the UN office for it), nor the city closing a body's
 * name ("Karachi" of "Civil Hospital Karachi"), nor the place after compass points ("OAKLAND, Calif." went to "East
 * Oakland"). Its first word may, as a name's first word does ("RIA" for "RIA Novosti").
 */
export function lastWordStandsFor(key: string): boolean {
  const lastSpace = key.lastIndexOf(' ');
  const last = key.slice(lastSpace + 1);
  return (!closesWithHeadWord(key) || namesTeamByPlayers(key, lastSpace, last)) && !key.includes(' of ') && !key.includes(' for ') && !isBodysCity(key, lastSpace, last) && !isCompassPointsAndPlace(key);
}

/**
 * "Kansas City Chiefs": a place, then people in the plural that a head word is too ("chiefs",
 * "guards"), names a team by its players, and the plural alone stands for it ("Chiefs coach Andy
 * Reid" was a team of its own).
 */
function namesTeamByPlayers(key: string, lastSpace: number, last: string): boolean {
  if (lastSpace < 0 || !last.endsWith('s') || !ROLE_NOUNS.has(last.slice(0, -1))) return false;
  const place = key.slice(0, lastSpace);
  return isKnownPlace(place);
}

/**
 * "Civil Hospital Karachi", "King's College London": a body's head word before the city that closes
 * its name; that city alone is the place ("Officials in Karachi said" went to the hospital).
 */
function isBodysCity(key: string, lastSpace: number, last: string): boolean {
  if (lastSpace < 0) return false;
  return isBodyHeadBeforeCity(key.slice(key.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace), last);
}

/**
 * "Healthwatch Leeds", "Royal Melbourne", "UTHealth Houston": a city closing a name whose first word
 * is no given name, and whose sentence does not make it a person's, is the city the body is named
 * after; the city alone is the city ("Traffic in Leeds", "HOUSTON —" went to the bodies). "Whitney
 * Houston" and "Jack London" open with given names: their city's word is still a surname.
 */
export function closesWithItsCity(d: Pick<MentionDraft, 'shortFormKeys' | 'evidence'>): boolean {
  if (d.shortFormKeys.length !== 2) return false;
  const [first, last] = d.shortFormKeys as [string, string];
  // A speech verb alone ("Healthwatch Leeds said") says little, nor does the name's shape: bodies speak too.
  const personByContext = isPersonByContext(d.evidence) && weightOf(d.evidence, 'person') >= WEIGHT.personVerb;
  // "Lewis Hamilton": a surname opens a given name too.
  return isCity(last) && !isGivenName(first, true) && !isListedSurname(first) && !personByContext;
}

/**
 * Whether a full name's last word, alone, may stand for it: as lastWordStandsFor says, and not a
 * father's name after "bin" or "ibn" ("Hussein bin Abdullah" is no "Abdullah", his father King
 * Abdullah II; "Mohammed bin Salman" no "Salman"). "bin Laden" with its particle still stands for Osama bin Laden.
 */
export function lastWordAloneStandsFor(key: string): boolean {
  if (!lastWordStandsFor(key)) return false;
  const lastSpace = key.lastIndexOf(' ');
  return !PATRONYMIC_PARTICLES.has(key.slice(key.lastIndexOf(' ', lastSpace - 1) + 1, lastSpace));
}

/** Head words of a body's part, a unit or a committee of a larger body. */
const SUB_BODY_HEADS = new Set(['unit', 'units', 'squad', 'committee', 'subcommittee', 'caucus']);

const PATRONYMIC_PARTICLES = new Set(['bin', 'ibn', 'bint', 'binti']);

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
 * "Col. Sangaré" is the Sangaré named "Col." before, not his wife: of several full names named
 * before it, those given the short form's title, if any. Not one named only later: "Han Dong-hoon …
 * Han, a former justice minister, … Prime Minister Han Duck-soo" is the first (it went to the second).
 */
function sameTitled(keys: string[], d: MentionDraft, titles: ReadonlyMap<string, Set<string>>, named: ReadonlyMap<string, number>): string[] {
  const mine = new Set(d.descriptions.map(titleWord));
  const same = keys.filter((key) => named.has(key) && [...(titles.get(key) ?? [])].some((title) => mine.has(title)));
  return same.length > 0 ? same : keys;
}

function titleWord(description: string): string {
  return nameKey(description.slice(description.lastIndexOf(' ') + 1));
}

const PERSON = ENTITY_TYPES.indexOf('person');
const ORGANIZATION = ENTITY_TYPES.indexOf('organization');
const PLACE = ENTITY_TYPES.indexOf('place');
const OTHER = ENTITY_TYPES.indexOf('other');

/** A full name whose context and words say person more than anything else. */
function isPersonWithName(d: MentionDraft): boolean {
  const sum = d.evidence.slice();
  for (let i = 0; i < sum.length; i++) sum[i]! += d.nameEvidence[i]!;
  return isPersonByContext(sum);
}

/**
 * A full name ending with a known place's word whose words and context say person. A country's name
 * is a surname only after a given name the lists know ("Michael Jordan"): "Météo France placed 16
 * departments on red alert … to help France" names no person "France" ("Météo" is no given name).
 * A city's name is many people's surname ("Denzel Washington", "Jack London").
 */
function isPersonBearingPlace(d: MentionDraft): boolean {
  return isPersonWithName(d) && (isGivenName(d.shortFormKeys[0]!, true) || isCity(d.shortFormKeys[1]!));
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

/** Evidence that weighs more for a person than for anything else. */
function isPersonByContext(evidence: readonly number[]): boolean {
  return outweighsTheRest(evidence, PERSON);
}

/** Evidence that weighs more for a place than for anything else. */
function isPlaceByContext(evidence: readonly number[]): boolean {
  return outweighsTheRest(evidence, PLACE);
}

/** Evidence that weighs more for a body than for anything else. */
function isBodyByContext(evidence: readonly number[]): boolean {
  return outweighsTheRest(evidence, ORGANIZATION);
}

/**
 * "James Parkinson described the palsy … Parkinson's disease affects ten million": the name of a
 * condition called after someone (cues.ts weighs it) is no short form of that person, whose card
 * took the condition's type ("James Parkinson" was other, with the disease among his mentions):
 * marked a modifier, so that neither this pass nor the merge links it.
 */
function namesEponymousThing(evidence: readonly number[]): boolean {
  return evidence[OTHER]! >= WEIGHT.eponymousCondition && outweighsTheRest(evidence, OTHER);
}

/** Evidence for the type at `index` is above zero and above every other type's. */
function outweighsTheRest(evidence: readonly number[], index: number): boolean {
  const weight = evidence[index]!;
  if (weight <= 0) return false;
  for (let i = 0; i < evidence.length; i++) if (i !== index && evidence[i]! >= weight) return false;
  return true;
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
    const place = (entry && !isClubCloser(d.shortFormKeys[1]!) && d.shortFormKeys[1] !== 'united' ? null : openingPlace(d.key)) ?? closingCity(d.key);
    if (!place) continue;
    const other = teams.get(place);
    teams.set(place, other === undefined || other === d.key ? d.key : '');
  }
  for (const [place, full] of teams) if (!full) teams.delete(place);
  return teams;
}

/** The longest known place opening a name of two words or more: "tampa bay" of "tampa bay lightning". */
function openingPlace(key: string): string | null {
  const words = key.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const place = words.slice(0, n).join(' ');
    if (isKnownPlace(place)) return place;
  }
  return null;
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
 * A page cut into several articles (sections under their own headings) is still one story: a
 * short form that no earlier name of its own article explains is linked to the
 * full name the page mentions most ("Padalecki" in the section "Early life", before his mother
 * "Sherri Padalecki" is named, is the page's Jared Padalecki; "Marbles" in the section "Career"
 * is the "Jenna Marbles" of the first), before the corpus-wide merge would send it to the
 * corpus's most mentioned bearer.
 */
export function linkShortFormsAcrossArticles(articles: readonly { mentions: MentionDraft[]; aliases: AliasDefinition[]; ownHeader: boolean }[]): void {
  // An article with a header of its own (source, date, byline, dateline) begins another story:
  // "Kim" in one aggregator item is not the "Kim Yo Jong" of the next.
  let story: MentionDraft[][] = [];
  let definitions: AliasDefinition[] = [];
  const linkStory = () => {
    const drafts = story.length === 1 ? story[0]! : story.flat();
    linkMiddleNames(drafts);
    linkQuotedNicknames(drafts);
    linkSaintsNames(drafts);
    linkAcronyms(drafts);
    linkDottedOpenings(drafts);
    linkClosingInitials(drafts);
    linkListedCompanyAcronyms(drafts);
    linkShortCountryNames(drafts);
    linkNamesWithoutPlace(drafts);
    linkClippedTeamNames(drafts);
    linkNamesAfterParentAcronym(drafts);
    linkReorderedBodies(drafts);
    keyPossessedStateBodies(drafts, definitions);
    linkCompanyOpenings(drafts);
    linkLegalFormSpellings(drafts);
    linkShortForms(drafts, 'mostMentioned');
    linkVowelSpellings(drafts);
    linkFusedNames(drafts);
    followLinkChains(drafts, definitions);
    spreadFullNameLinks(drafts);
  };
  for (const article of articles) {
    if (article.ownHeader && story.length > 0) {
      linkStory();
      story = [];
      definitions = [];
    }
    story.push(article.mentions);
    definitions.push(...article.aliases);
  }
  if (story.length > 0) linkStory();
}

/**
 * "Congo" in a story that names the "Republic of the Congo" in full is that country, though the
 * gazetteer gives "Congo" alone to the Democratic Republic of the Congo: a known place's name is
 * short for another known place the story names with only a state's words before it ("Republic of
 * the", "Kingdom of"). Not "Sudan" in a story about "South Sudan": a compass word makes another place.
 */
function linkShortCountryNames(story: MentionDraft[]): void {
  const { byKey } = gazetteer();
  const fullNames = new Map<string, string>();
  for (const d of story) {
    // One word first: half the story's names are asked no look-up.
    if (!d.key.includes(' ')) continue;
    const entry = byKey.get(d.key);
    if (entry?.type !== 'place') continue;
    const words = d.key.split(' ');
    const short = words.at(-1)!;
    const shortEntry = byKey.get(short);
    if (shortEntry && shortEntry !== entry && words.slice(0, -1).every((w) => STATE_WORDS.has(w)) && isCalledByWord(entry, short)) fullNames.set(short, d.key);
  }
  if (fullNames.size === 0) return;
  // "fighting in eastern Congo … the Republic of Congo is a separate country from the Democratic
  // Republic of Congo": a story naming both in full leaves the word to the gazetteer's place.
  for (const short of [...fullNames.keys()]) if (namesPlaceInFull(story, byKey.get(short)!)) fullNames.delete(short);
  for (const d of story) {
    const full = fullNames.get(d.key);
    if (full && !d.link && !d.modifier) d.link = full;
  }
}

/** Whether the story names the place by a name of more than one word ("Democratic Republic of Congo" for "Congo"'s place). */
function namesPlaceInFull(story: readonly MentionDraft[], place: GazetteerEntry): boolean {
  const { byKey } = gazetteer();
  return story.some((d) => d.key.includes(' ') && byKey.get(d.key) === place);
}

/**
 * Whether the place's common name holds the word: "Republic of the Congo" is called so, while the
 * "Republic of China" is called Taiwan, and "China" in its story is still the country the gazetteer
 * gives ("Xi hosted leaders in China … the Republic of China, then led by Chiang Kai-shek" made every
 * "China" Taiwan).
 */
function isCalledByWord(entry: GazetteerEntry, word: string): boolean {
  return nameKey(entry.name).split(' ').includes(word);
}

/**
 * "the Tampa Bay Buccaneers … as the Bucs won", "the New England Patriots … the Pats fell to 3-9":
 * a plural that clips the last word of the story's one team named by a place and its players is
 * that team ("Bucs" was other). Three letters at least before the "s", and fewer than the word's.
 */
function linkClippedTeamNames(story: MentionDraft[]): void {
  let teams: Map<string, string> | null = null;
  for (const d of story) {
    if (d.shortFormKeys.length === 0 || d.link || !d.key.endsWith('s') || !namesTeamByPlace(d.key)) continue;
    // "the Cayman Islands … the Isles" name no team.
    if ((gazetteer().byKey.get(d.key)?.type ?? strongestType(d.evidence, d.nameEvidence)?.type) !== 'organization') continue;
    const players = d.key.slice(d.key.lastIndexOf(' ') + 1);
    (teams ??= new Map()).set(players, teams.has(players) && teams.get(players) !== d.key ? '' : d.key);
  }
  if (!teams) return;
  for (const d of story) {
    if (d.shortFormKeys.length > 0 || d.link || d.modifier || d.key.length < 4 || !d.key.endsWith('s') || d.key.includes(' ')) continue;
    const stem = d.key.slice(0, -1);
    const clipped = [...teams].filter(([players, full]) => full && players.length > stem.length + 2 && players.startsWith(stem));
    if (clipped.length === 1) d.link = clipped[0]![1];
  }
}

/** "tampa bay buccaneers": a known place opening it ("tampa"), and a last word of five letters or more. */
function namesTeamByPlace(key: string): boolean {
  return key.length - key.lastIndexOf(' ') > 5 && openingPlace(key) !== null;
}

/**
 * "the Red Sox" after the "Boston Red Sox", "the Trade Commission" after the "Korea Trade
 * Commission": a name of two words or more is short for the story's one name that puts a known
 * place before it. One word is a surname's business (linkShortForms); "Boston" alone stays the city.
 * So for a country's adjective before it ("the Chinese Communist Party … the Communist Party", "the
 * American Red Cross … Red Cross volunteers"), where the rest is a body the lists know or closes
 * with a body's word ("the British Virgin Islands" and the "Virgin Islands" stay two places).
 */
function linkNamesWithoutPlace(story: MentionDraft[]): void {
  const known = gazetteer().byKey;
  const fullNames = new Map<string, string>();
  for (const d of oneMentionPerName(story.filter((m) => m.shortFormKeys.length > 0 && !m.link))) {
    const afterPlace = restAfterPlace(d.key);
    const afterBody = afterPlace === null ? restAfterKnownBody(d.key) : null;
    const rest = afterPlace ?? afterBody ?? restAfterDemonym(d.key) ?? restBeforeOfPlace(d.key) ?? restAfterInternational(d.key) ?? restAfterNational(d.key);
    if (!rest || (afterPlace !== null ? known.has(rest) : !namesBodyAlone(rest) && !(afterBody !== null && opensWithHeadAndOf(rest)))) continue;
    const other = fullNames.get(rest);
    fullNames.set(rest, other === undefined || other === d.key ? d.key : '');
  }
  if (fullNames.size === 0) return;
  for (const d of story) {
    const full = d.shortFormKeys.length > 0 ? fullNames.get(d.key) : undefined;
    if (full && !d.link && !d.modifier) d.link = full;
  }
}

/**
 * "The U.N. World Food Programme said … WFP executive director Cindy McCain", "the UN World Health
 * Organization … WHO chief": a known body's or country's acronym before a body's name of two words
 * or more is that body's (the lists know it, or the story names it alone). "US Open" keeps its one word.
 */
function linkNamesAfterParentAcronym(story: MentionDraft[]): void {
  const known = gazetteer().byKey;
  let storyNames: Map<string, string> | null = null;
  for (const d of story) {
    if (d.shortFormKeys.length === 0 || d.link || d.modifier) continue;
    const space = PARENT_ACRONYM.test(d.surface) ? d.key.indexOf(' ') : endOfSpelledOutParent(d.key, known);
    if (space < 0) continue;
    const parent = known.get(d.key.slice(0, space));
    const rest = d.key.slice(space + 1);
    // "The Virgin Islands were hit. The U.S. Virgin Islands were also hit": a whole the lists know is its own.
    if (!parent || parent.type === 'person' || !rest.includes(' ') || known.has(d.key)) continue;
    // Not a name nested in it: "West Coast" inside "US West Coast" is no other name the story gives.
    storyNames ??= new Map(story.filter((m) => m.shortFormKeys.length > 0 && !m.modifier).map((m) => [m.key, m.link ?? m.key]));
    const target = storyNames.get(rest) ?? (known.get(rest)?.type === 'organization' ? rest : undefined);
    if (target && target !== d.key) d.link = target;
  }
}

/**
 * "United Nations Security Council", the lists' "Security Council": a listed body's name of two
 * words spelled out before a body's name of two words or more, where its acronym would stand (see
 * linkNamesAfterParentAcronym). Where the second space is; -1 for any other name.
 */
function endOfSpelledOutParent(key: string, known: ReadonlyMap<string, GazetteerEntry>): number {
  const second = key.indexOf(' ', key.indexOf(' ') + 1);
  if (second < 0 || key.indexOf(' ', second + 1) < 0) return -1;
  return known.get(key.slice(0, second))?.type === 'organization' ? second : -1;
}

/** "U.N. World Food Programme", "UN Human Rights Council", "EU European Medicines Agency": an acronym, then a capitalised word. */
const PARENT_ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,}) \p{Lu}/u;

/**
 * "Adani Green said" after "Adani Green Energy Ltd.", "Shares of Hon Hai rose" after "Hon Hai
 * Precision Industry Co.": a name of two words or more that opens the story's one company closing
 * with a legal form, a word or three before it dropped, is that company. Not a name the gazetteer
 * knows ("Goldman Sachs" beside "Goldman Sachs Asset Management LLC" is the parent), nor one
 * written before the company is.
 */
export function linkCompanyOpenings(story: MentionDraft[]): void {
  const known = gazetteer().byKey;
  const openings = new Map<string, string>();
  for (const d of story) {
    if (d.shortFormKeys.length === 0) continue;
    for (const opening of openingsOf(d.key)) {
      const other = openings.get(opening);
      openings.set(opening, other === undefined || other === (d.link ?? d.key) ? (d.link ?? d.key) : '');
    }
  }
  if (openings.size === 0) return;
  for (const d of story) {
    // One word only as a company's own word after its place (companyOpenings): "Lianhai said".
    const full = (d.shortFormKeys.length > 0 || !d.key.includes(' ')) && !d.link && !d.modifier && !known.has(d.key) ? openings.get(d.key) : undefined;
    if (full) d.link = full;
  }
}

/**
 * The openings that may stand for a name (a company's, a firm's, a team's, a law's), by key: a name
 * recurs in its article and in its story, and they depend on its words and the fixed lists only.
 * The memo is emptied when it grows large.
 */
const openingsMemo = new Map<string, readonly string[]>();

function openingsOf(key: string): readonly string[] {
  let openings = openingsMemo.get(key);
  if (openings === undefined) {
    if (openingsMemo.size >= WORDS_MEMO_LIMIT) openingsMemo.clear();
    openings = closesWithLegalForm(key) ? companyOpenings(key) : [...fieldHeadOpening(key), ...teamOpening(key), ...lawOpening(key), ...ownWordAfterPlace(key), ...institutionOpenings(key)];
    openingsMemo.set(key, openings);
  }
  return openings;
}

/**
 * "Southern Company said … Southern Co. shares fell", "Halvorsen Corporation … Halvorsen Corp.":
 * a company's name closing with its legal form written out is the story's name closing with that
 * form abbreviated, and the other way round; the first written names both. "Acme Inc." and "Acme
 * Corp." are other forms, perhaps other firms.
 */
function linkLegalFormSpellings(story: MentionDraft[]): void {
  const firstBySpelling = new Map<string, string>();
  for (const d of story) {
    const spelling = d.shortFormKeys.length > 0 ? abbreviatedLegalForm(d.key) : null;
    if (spelling === null) continue;
    const first = firstBySpelling.get(spelling);
    if (first === undefined) firstBySpelling.set(spelling, d.link ?? d.key);
    else if (!d.link && first !== d.key) d.link = first;
  }
}

/** "southern co" of "southern company" and of "southern co", "acme corp" of "acme corporation": null without a legal form that has two spellings. */
function abbreviatedLegalForm(key: string): string | null {
  const space = key.lastIndexOf(' ');
  const last = key.slice(space + 1);
  const short = LEGAL_FORM_ABBREVIATIONS.get(last);
  if (short) return `${key.slice(0, space)} ${short}`;
  return LEGAL_FORM_ABBREVIATED.has(last) ? key : null;
}

const LEGAL_FORM_ABBREVIATIONS = new Map([
  ['company', 'co'],
  ['corporation', 'corp'],
  ['incorporated', 'inc'],
  ['limited', 'ltd'],
]);
const LEGAL_FORM_ABBREVIATED = new Set(LEGAL_FORM_ABBREVIATIONS.values());

/**
 * "tata consultancy" of "tata consultancy services", "mitsubishi heavy" of "mitsubishi heavy
 * industries": a firm's name of three words or more without a legal form, less the field word that
 * closes it. Not "department of health and human" of a ministry: only the firm's opening words.
 * So is an orchestra's: "the Boston Symphony" after "the Boston Symphony Orchestra" was other, apart.
 */
function fieldHeadOpening(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 3 || !FIRM_FIELD_HEADS.has(words.at(-1)!) || words.some((w) => LINKING_WORDS.has(w))) return [];
  return [words.slice(0, -1).join(' ')];
}

// "Halvorsen Capital" after "the hedge fund Halvorsen Capital Management", "Apollo Global" after "Apollo Global Management": a fund manager's too.
const FIRM_FIELD_HEADS = new Set(['services', 'industries', 'technologies', 'systems', 'electronics', 'orchestra', 'management', 'partners']);

/**
 * "memorial hermann" of "memorial hermann health system", "md anderson" of "md anderson cancer
 * center", "leeds teaching hospitals" of "leeds teaching hospitals nhs trust", "wayne state" of
 * "wayne state university": a hospital's, a health system's or a university's name less the
 * institution's words that close it, two words or more ("A spokesperson for MD Anderson said"
 * after "the MD Anderson Cancer Center" was a person of its own). Not a place ("San Antonio" of
 * the "San Antonio Water System", "New York" of "New York University") nor a person's name ("Ben
 * Taub" of "Ben Taub Hospital" is the man it is named after).
 */
function institutionOpenings(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 3 || !INSTITUTION_TAIL_WORDS.has(words.at(-1)!) || words.some((w) => INSTITUTION_LINKING_WORDS.has(w))) return [];
  const openings: string[] = [];
  for (let cut = words.length - 1; cut >= 2 && INSTITUTION_TAIL_WORDS.has(words[cut]!); cut--) {
    const opening = words.slice(0, cut).join(' ').replace(POSSESSIVE_END, '');
    if (opening.includes(' ') && !isKnownPlace(opening) && !gazetteer().byKey.has(opening) && !isPersonsNameByWords(opening)) openings.push(opening, ...withClippedState(opening));
  }
  return openings;
}

/**
 * "penn state" of "pennsylvania state", "mass general" of "massachusetts general": an opening whose
 * first word is a state, written with the state's abbreviation as a word ("Penn State officials
 * said" after "The Pennsylvania State University said" was a body of its own).
 */
function withClippedState(opening: string): string[] {
  const space = opening.indexOf(' ');
  const clipped = clippedStateWords().get(opening.slice(0, space));
  if (!clipped) return [];
  const rest = opening.slice(space);
  return clipped.map((word) => word + rest).filter((form) => !isKnownPlace(form) && !gazetteer().byKey.has(form));
}

/** The words that close an institution's name and that its short form drops ("Health System", "NHS Trust", "University"). */
const INSTITUTION_TAIL_WORDS = new Set(['university', 'college', 'hospital', 'hospitals', 'clinic', 'health', 'healthcare', 'system', 'medical', 'cancer', 'center', 'centre', 'nhs', 'trust', 'foundation']);
const INSTITUTION_LINKING_WORDS = new Set(['of', 'the', 'and', 'for', 'at']);
/** "st luke 's" of "st luke 's health system": the short form's key drops the possessive. */
const POSSESSIVE_END = / 's$/;

/** "ben taub", "george washington": a given name, then a word no dictionary holds. */
function isPersonsNameByWords(key: string): boolean {
  const space = key.indexOf(' ');
  return isGivenName(key.slice(0, space)) && !isCommonWord(key.slice(key.lastIndexOf(' ') + 1));
}

/**
 * "golden state" of "golden state warriors": a team's name of three words or more closed by a
 * plural nickname, less the nickname, that no list makes a place ("Los Angeles" of the "Los Angeles
 * Lakers" stays the city) made of dictionary words only ("Zaha Hadid" of "Zaha Hadid Architects" is hers).
 */
function teamOpening(key: string): string[] {
  const words = key.split(' ');
  const last = words.at(-1)!;
  // "Zaha Hadid Architects" is named after the architect, not short for her: only dictionary words open it.
  if (words.length < 3 || !last.endsWith('s') || last.endsWith('ss') || words.some((w) => LINKING_WORDS.has(w) || !isCommonWord(w))) return [];
  const opening = words.slice(0, -1).join(' ');
  return isKnownPlace(opening) || gazetteer().byKey.has(opening) ? [] : [opening];
}

/**
 * "civil rights act" of "civil rights act of 1964": a law's name less its year ("The Civil Rights
 * Act was signed" after "The Civil Rights Act of 1964 banned"); two laws of one name and two
 * years leave it to neither.
 */
function lawOpening(key: string): string[] {
  const match = LAW_WITH_YEAR.exec(key);
  return match ? [match[1]!] : [];
}

const LAW_WITH_YEAR = /^(.+ (?:act|code|bill)) of \d{4}$/;

/** "adani green" of "adani green energy ltd": the openings of two words or more that drop one to three words before the legal forms. */
function companyOpenings(key: string): string[] {
  const words = key.split(' ');
  let end = words.length;
  while (end > 2 && LEGAL_SUFFIXES.has(words[end - 1]!)) end--;
  const openings: string[] = [];
  for (let cut = Math.max(2, end - 3); cut < end; cut++) {
    if (!LINKING_WORDS.has(words[cut - 1]!)) openings.push(words.slice(0, cut).join(' '));
  }
  // "Fujian Lianhai Ocean Fisheries Co., Ltd. … Lianhai said": after the place it is registered in, a
  // company's own first word no dictionary holds stands for it (it was a name of its own).
  if (end >= 3 && isOwnWordAfterPlace(words)) openings.push(words[1]!);
  return openings;
}

function isOwnWordAfterPlace(words: readonly string[]): boolean {
  return isKnownPlace(words[0]!) && !isCommonWord(words[1]!) && !isKnownPlace(words[1]!) && !LINKING_WORDS.has(words[1]!);
}

/**
 * "evergrande" of "china evergrande group": a company named by its place, its own word and the word
 * for its kind, with no legal form, is that own word too ("China Evergrande Group … Evergrande said").
 */
function ownWordAfterPlace(key: string): string[] {
  const words = key.split(' ');
  return words.length >= 3 && COMPANY_KIND_WORDS.has(words[words.length - 1]!) && isOwnWordAfterPlace(words) ? [words[1]!] : [];
}

/** "red cross", a body the lists know, or "communist party" or "crisis group", closing with a body's or a group's word; not "virgin islands". */
function namesBodyAlone(rest: string): boolean {
  const known = gazetteer().byKey.get(rest);
  if (known) return known.type === 'organization';
  const last = rest.slice(rest.lastIndexOf(' ') + 1);
  return isBodyWord(last) || COMPANY_GROUP_WORDS.has(last);
}

/**
 * "crisis group" of "international crisis group", "rescue committee" of "international rescue
 * committee": the two words or more after an opening "International" ("The International Crisis
 * Group warned … Crisis Group analysts said" made two bodies); the caller asks that they name a body.
 */
function restAfterInternational(key: string): string | null {
  if (!key.startsWith('international ')) return null;
  const rest = key.slice(14);
  return rest.includes(' ') ? rest : null;
}

/**
 * "weather service" of "national weather service", "hurricane center" of "national hurricane
 * center": the two words or more after an opening "National" ("Hurricane Center Director Michael
 * Brennan" made a body apart), unless the lists know them as another body: "Security Council" is
 * the UN's, not the "National Security Council". The caller asks that they name a body.
 */
function restAfterNational(key: string): string | null {
  if (!key.startsWith('national ')) return null;
  const rest = key.slice(9);
  return rest.includes(' ') && !gazetteer().byKey.has(rest) ? rest : null;
}

/**
 * "school of public health" of "yale school of public health", "medical school" of "harvard medical
 * school": the two words or more after a body the lists know that opens a name, its school, its
 * service or its board ("an epidemiologist at the School of Public Health" was a body of its own);
 * the caller asks that they name a body.
 */
function restAfterKnownBody(key: string): string | null {
  const known = gazetteer().byKey;
  const last = key.lastIndexOf(' ');
  for (let space = key.indexOf(' '); space > 0 && space < last; space = key.indexOf(' ', space + 1)) {
    if (known.get(key.slice(0, space))?.type === 'organization') return key.slice(space + 1);
  }
  return null;
}

/** "school of public health", "department of surgery": a body's head word and its "of" phrase. */
function opensWithHeadAndOf(rest: string): boolean {
  const space = rest.indexOf(' ');
  return space > 0 && isBodyWord(rest.slice(0, space)) && rest.startsWith(' of ', space);
}

/** "communist party" of "chinese communist party": the two words or more after a country's adjective, the first no given name ("American Mary Smith"). */
function restAfterDemonym(key: string): string | null {
  const space = key.indexOf(' ');
  if (space < 0 || !gazetteer().demonyms.has(key.slice(0, space))) return null;
  const rest = key.slice(space + 1);
  return rest.includes(' ') && !isGivenName(rest.slice(0, rest.indexOf(' '))) ? rest : null;
}

/**
 * "election commission" of "election commission of india", "central bank" of "central bank of the
 * philippines": the two words or more before "of" and a known place closing a name ("The Election
 * Commission of India announced the dates. The Election Commission said" made two bodies).
 */
function restBeforeOfPlace(key: string): string | null {
  const of = key.lastIndexOf(' of ');
  if (of < 0 || key.indexOf(' ') === of) return null;
  const place = key.slice(of + 4);
  return isKnownPlace(place.startsWith('the ') ? place.slice(4) : place) ? key.slice(0, of) : null;
}

/** "red sox" of "boston red sox", "stock exchange" of "new york stock exchange": the two words or more after a known place opening a name. */
function restAfterPlace(key: string): string | null {
  const last = key.lastIndexOf(' ');
  for (let space = key.indexOf(' '); space > 0 && space < last; space = key.indexOf(' ', space + 1)) {
    if (isKnownPlace(key.slice(0, space))) return key.slice(space + 1);
  }
  return null;
}

/**
 * "the Defence Ministry" after "the Ministry of Defence", "the Justice Department" after "the U.S.
 * Department of Justice", "Oxford University" after "the University of Oxford": a name closing with
 * a head word is the story's one body that opens with that head word and "of" the same words, or
 * more of them ("the Foreign Ministry", "the Ministry of Foreign Affairs"). A country before both
 * must be the same one. "New York University" is no short form of the "State University of New
 * York": only a country or a nationality may stand before the head word.
 */
function linkReorderedBodies(story: MentionDraft[]): void {
  const ofForms = new Map<string, BodyWords>();
  story.forEach((d, i) => {
    const body = d.shortFormKeys.length > 0 ? bodyOpeningWithHead(d.key) : null;
    if (body) ofForms.set(d.link ?? d.key, withPossessor(body, story, i));
  });
  if (ofForms.size === 0) return;
  story.forEach((d, i) => {
    const body = d.shortFormKeys.length > 0 && !d.link && !d.modifier ? bodyClosingWithHead(d.key) : null;
    const full = body ? onlyBodyWithWords(withPossessor(body, story, i), ofForms) : null;
    if (full && full !== d.key) d.link = full;
  });
}

/**
 * "Japan's Defense Ministry said … South Korea's Ministry of National Defense said": a known place
 * right before a body's name without a country, three characters apart ("'s "), is its country;
 * the two were one ministry.
 */
function withPossessor(body: BodyWords, story: readonly MentionDraft[], i: number): BodyWords {
  const d = story[i]!;
  const before = i > 0 ? story[i - 1]! : null;
  if (body.country || !before || before.sentence !== d.sentence || d.start - before.end !== 3) return body;
  return gazetteer().byKey.get(before.key)?.type === 'place' ? { ...body, country: before.key } : body;
}

/**
 * "South Korea's Supreme Court upheld the sentence … The Supreme Court said": a state's body named
 * by dictionary words alone ("Supreme Court", "Foreign Ministry", "Parliament") after a country's
 * possessive is that country's, and so is the story's same name alone, keyed by the country's name,
 * so that another story's "Supreme Court" in Washington is another court. Not where the story gives
 * that name after two countries' possessives ("Japan's Defense Ministry … South Korea's Defense
 * Ministry … the Defense Ministry"), nor a party ("Britain's Labour Party" is the Labour Party anywhere).
 */
function keyPossessedStateBodies(story: MentionDraft[], definitions: AliasDefinition[]): void {
  let linkOfKey: Map<string, string | null> | null = null;
  for (let i = 1; i < story.length; i++) {
    const d = story[i]!;
    const before = story[i - 1]!;
    if (d.start - before.end !== 3 || d.link || before.sentence !== d.sentence) continue;
    const country = gazetteer().byKey.get(before.link ?? before.key);
    if (!country || !isCountry(before.link ?? before.key)) continue;
    const linked = `${nameKey(country.name)} ${d.key}`;
    if (linkToListedCountryName(d, linked, nameKey(country.name)) || !isStateBodyByWords(d.key)) continue;
    if (isListedCountrysBody(d.key, linked)) continue;
    linkOfKey ??= new Map();
    linkOfKey.set(d.key, linkOfKey.has(d.key) && linkOfKey.get(d.key) !== linked ? null : linked);
  }
  const datelineCountry = countryOfDateline(story);
  if (!linkOfKey && !datelineCountry) return;
  // Keyed, not linked: the body's own words still say what it is, which a link's short form's do not.
  const rekeyed = new Map<string, string | null>();
  for (const d of story) {
    const linked = d.link ? undefined : (linkOfKey?.get(d.key) ?? (datelineCountry && !linkOfKey?.has(d.key) ? keyedByDateline(d, datelineCountry) : undefined));
    if (!linked) continue;
    rekeyed.set(d.key, rekeyed.has(d.key) && rekeyed.get(d.key) !== linked ? null : linked);
    // "NEW DELHI (AP) — … Congress party leader Rahul Gandhi said": a name the lists know needs no
    // other use to open a sentence, nor does it keyed by its country (it was dropped).
    if (d.initial && gazetteer().byKey.has(d.key)) d.initial = false;
    d.key = linked;
  }
  if (rekeyed.size > 0) followRekeyedBodies(story, definitions, rekeyed);
}

/**
 * "ACCRA — … the opposition National Democratic Congress (NDC)": the short forms and the acronyms
 * defined for a body keyed by its country go with it ("NDC" was an entity of its own, linked to
 * the key the body had before).
 */
function followRekeyedBodies(story: MentionDraft[], definitions: AliasDefinition[], rekeyed: ReadonlyMap<string, string | null>): void {
  for (const d of story) {
    const key = d.link === null ? undefined : rekeyed.get(d.link);
    if (key) d.link = key;
  }
  for (const definition of definitions) {
    const key = rekeyed.get(definition.of);
    if (key) definition.of = key;
  }
}

/**
 * "TOKYO (AP) — The Foreign Ministry summoned the ambassador", "LIMA, Peru — … appeal to the
 * Supreme Court": a state's body named by dictionary words alone in a story from abroad is the
 * dateline's country's, so that another story's "Foreign Ministry" from Mexico City is another one.
 * Not in a story from the United States: most of a news corpus comes from there and writes its
 * bodies bare ("WASHINGTON — The Supreme Court ruled" stays the Supreme Court of every story).
 */
function keyedByDateline(d: MentionDraft, country: string): string | undefined {
  // A photo's caption is the story's too ("FILE PHOTO: … a hearing at the National Assembly in Seoul").
  if ((d.region !== RegionKind.Body && d.region !== RegionKind.Caption) || !isStateBodyByWords(d.key)) return undefined;
  const keyed = `${country} ${d.key}`;
  return isListedCountrysBody(d.key, keyed) ? undefined : keyed;
}

const DATELINE_REACH = 6;

/** The country of the story's dateline, named there ("LIMA, Peru", "MALÉ, Maldives") or by its capital ("TOKYO"); none for the United States. */
function countryOfDateline(story: readonly MentionDraft[]): string | null {
  // A dateline opens its story: only the first few names are looked at.
  let at = 0;
  while (at < Math.min(story.length, DATELINE_REACH) && story[at]!.region !== RegionKind.Dateline) at++;
  if (at >= Math.min(story.length, DATELINE_REACH)) return null;
  const { byKey } = gazetteer();
  const place = story[at]!;
  const next = story[at + 1];
  const named = [place, next].find((d) => d?.region === RegionKind.Dateline && isCountry(d.link ?? d.key));
  const country = named ? nameKey(byKey.get(named.link ?? named.key)!.name) : countryOfCapital(place.link ?? place.key);
  return country && country !== 'united states' ? country : null;
}

/**
 * "China's National Space Administration … The CNSA plans": a body's name after a country's
 * possessive that the lists know with the country's name before it or after its "of" ("China
 * National Space Administration", "India's Reserve Bank" for the "Reserve Bank of India") is that
 * body; "China's Foreign Ministry" is no listed name and is keyed below.
 */
function linkToListedCountryName(d: MentionDraft, countryFirst: string, country: string): boolean {
  const known = gazetteer().byKey;
  const listed = known.get(countryFirst) ?? known.get(`${d.key} of ${country}`);
  if (!listed || listed.type !== 'organization') return false;
  d.link = nameKey(listed.name);
  return true;
}

/** "America's Congress": the lists' bare "Congress" is the U.S. one, whose alias "U.S. Congress" spells the possessed name. */
function isListedCountrysBody(key: string, countryKeyed: string): boolean {
  const entry = gazetteer().byKey.get(key);
  return !!entry && entry.aliases.some((alias) => countryFirstKey(nameKey(alias)) === countryKeyed);
}

/**
 * Heads of the bodies every state has one of: its court, ministries, parliament, central bank, and
 * the parliament called "Congress" (Mexico's, Peru's, the Philippines'; "Mexico's Congress" was the
 * lists' U.S. Congress).
 */
const STATE_BODY_HEADS = new Set(['court', 'ministry', 'parliament', 'bank', 'assembly', 'senate', 'cabinet', 'army', 'navy', 'police', 'congress']);

/** "supreme court", "foreign ministry", "parliament": one to three dictionary words closing with a state body's head. */
function isStateBodyByWords(key: string): boolean {
  const last = key.lastIndexOf(' ');
  if (!STATE_BODY_HEADS.has(key.slice(last + 1))) return false;
  const words = key.split(' ');
  return words.length <= 3 && words.every(isCommonWord);
}

/** A body's head word, the country or nationality before it if any, and its other words ("justice"). */
interface BodyWords {
  head: string;
  country: string | null;
  words: string[];
}

/** Heads that a body's name may open with, before "of", and close with: "Ministry of Defence", "Defence Ministry". */
const REORDERED_HEADS = new Set(['ministry', 'department', 'university']);
const LINKING_WORDS = new Set(['of', 'the', 'and', '&', 'for']);

/** "us department of justice" → department, us, [justice]; null for a name not so made. */
function bodyOpeningWithHead(key: string): BodyWords | null {
  const words = key.split(' ');
  const at = words.findIndex((w) => REORDERED_HEADS.has(w));
  if (at < 0 || at > 1 || words[at + 1] !== 'of' || (at === 1 && !isCountryWord(words[0]!))) return null;
  return { head: words[at]!, country: at === 1 ? words[0]! : null, words: words.slice(at + 2).filter((w) => !LINKING_WORDS.has(w)) };
}

/** "lebanese health ministry" → ministry, lebanese, [health]; "oxford university" → university, null, [oxford]. */
function bodyClosingWithHead(key: string): BodyWords | null {
  const words = key.split(' ');
  const head = words.at(-1)!;
  if (!REORDERED_HEADS.has(head) || words.some((w) => LINKING_WORDS.has(w))) return null;
  const hasCountry = words.length > 2 && isCountryWord(words[0]!);
  return { head, country: hasCountry ? words[0]! : null, words: words.slice(hasCountry ? 1 : 0, -1) };
}

/** "us", "lebanese", "britain": a country's name or adjective the gazetteer knows. */
function isCountryWord(word: string): boolean {
  return gazetteer().demonyms.has(word) || gazetteer().byKey.get(word)?.type === 'place';
}

/** The one body of `ofForms` with the short name's head word, country and words (all of the same words, if one has them). */
function onlyBodyWithWords(short: BodyWords, ofForms: ReadonlyMap<string, BodyWords>): string | null {
  const same: string[] = [];
  const more: string[] = [];
  for (const [key, full] of ofForms) {
    if (full.head !== short.head || (short.country && full.country && short.country !== full.country)) continue;
    if (!short.words.every((w) => full.words.includes(w))) continue;
    (full.words.length === short.words.length ? same : more).push(key);
  }
  const found = same.length > 0 ? same : more;
  return found.length === 1 ? found[0]! : null;
}

const STATE_WORDS = new Set(['republic', 'of', 'the', 'kingdom', 'state', 'democratic', 'federal', 'people\'s', 'islamic', 'united', 'commonwealth']);

/**
 * "St. Theodorus of Tabennese" where the story also says "Theodorus of Tabennese": a saint's title
 * before a name the story gives without it is that name. Not a city ("St. Louis", "St. Petersburg").
 */
function linkSaintsNames(story: MentionDraft[]): void {
  let keys: Set<string> | null = null;
  for (const d of story) {
    // A full name only: "Saint Jerome" is the name "Jerome" stands for, not the other way round.
    const rest = /^(?:st|saint) (.+ .+)$/.exec(d.key)?.[1];
    if (!rest || d.link || isCity(d.key) || gazetteer().byKey.has(d.key)) continue;
    keys ??= new Set(story.map((x) => x.key));
    if (keys.has(rest)) d.link = rest;
  }
}

/**
 * "Jerome (Latin: Eusebius Sophronius Hieronymus)" links that Latin name to Jerome; the page's
 * next section, which opens "Eusebius Sophronius Hieronymus was born at Stridon", means him too.
 * A full name that the story links one way only is linked so wherever the story writes it.
 */
function spreadFullNameLinks(story: MentionDraft[]): void {
  const target = new Map<string, string | null>();
  for (const d of story) {
    if (!d.link || d.shortFormKeys.length === 0 || d.link === d.key || standsForItsTeam(d)) continue;
    target.set(d.key, target.has(d.key) && target.get(d.key) !== d.link ? null : d.link);
  }
  if (target.size === 0) return;
  for (const d of story) {
    const link = d.link ? undefined : target.get(d.key);
    if (link) d.link = link;
  }
}

/**
 * "KANSAS CITY, Mo. — The Kansas City Chiefs beat ... Kansas City visits the Raiders next": a town
 * linked to the team named after it, by its sentence, is the team there only; its dateline and
 * "Fans in Kansas City cheered" stay the town.
 */
function standsForItsTeam(d: MentionDraft): boolean {
  return d.link!.startsWith(`${d.key} `) && isKnownPlace(d.key);
}

/**
 * "the line of Vergil" and "a quote from Virgil", "Mohammed Ali" and "Mohammad Ali": in one story,
 * two names alike but for one vowel inside a word of five letters or more are one spelled two ways;
 * the less mentioned one is linked to the other. Not a last letter ("Mario" and "Maria"), no name
 * the gazetteer knows, and none where a third name is alike too.
 */
function linkVowelSpellings(story: MentionDraft[]): void {
  // Names alike but for inner vowels share a skeleton ("v*rg*l"): only those need their variants.
  const keysBySkeleton = new Map<number, string[]>();
  const counts = new Map<string, number>();
  for (const d of story) {
    if (d.link || d.modifier || d.acronym) continue;
    const seen = counts.get(d.key) ?? 0;
    counts.set(d.key, seen + 1);
    const skeleton = seen === 0 ? innerVowelSkeleton(d.key) : -1;
    if (skeleton < 0) continue;
    const keys = keysBySkeleton.get(skeleton);
    if (keys) keys.push(d.key);
    else keysBySkeleton.set(skeleton, [d.key]);
  }
  const target = new Map<string, string>();
  const known = gazetteer().byKey;
  for (const group of keysBySkeleton.values()) {
    const keys = group.length > 1 ? group.filter((key) => !known.has(key) && !isCity(key)) : group;
    if (keys.length > 1) oneVowelApart(keys, counts, target);
  }
  if (target.size === 0) return;
  for (const d of story) if (!d.link && !d.modifier) d.link = target.get(d.key) ?? null;
}

/**
 * "HCL Technologies … HCLTech shares jumped", "Federal Express … FedEx": one word whose capitals
 * begin clipped words of a longer name the story gives is that name written fused. Each piece
 * opens its word in order ("hcl" "tech" of "hcl technologies"), with as many pieces as words and
 * none under two letters; a piece may be a word whole, not all (those are one key already,
 * "ExxonMobil"). Only one such name: two make the form no one's.
 */
function linkFusedNames(story: MentionDraft[]): void {
  const fused = story.filter((d) => !d.link && !d.modifier && d.key.indexOf(' ') < 0 && d.key.length >= 4 && mayHoldInnerCapital(d.surface) && FUSED_CAPITALS.test(d.surface));
  if (fused.length === 0) return;
  const longer = [...new Set(story.filter((d) => !d.modifier && d.key.indexOf(' ') > 0).map((d) => d.key))];
  const target = new Map<string, string | null>();
  for (const d of fused) {
    if (target.has(d.key)) continue;
    const pieces = d.surface.match(FUSED_PIECES)?.map((piece) => piece.toLowerCase()) ?? [];
    if (pieces.length < 2 || pieces.join('') !== d.key || pieces.some((piece) => piece.length < 2)) continue;
    const matches = longer.filter((key) => clipsWordsOf(pieces, key));
    target.set(d.key, matches.length === 1 ? matches[0]! : null);
  }
  for (const d of story) if (!d.link && !d.modifier && d.key.indexOf(' ') < 0) d.link = target.get(d.key) ?? null;
}

/** A capital inside a word after a small letter ("FedEx") or closing a run of capitals before one ("HCLTech"). */
const FUSED_CAPITALS = /^\p{Lu}.*(?:\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll})/u;
/**
 * Whether a capital may stand after a word's first character, as FUSED_CAPITALS and camelCaseInitials
 * need: an ASCII capital there, or any character beyond ASCII (left to the expressions' \p{Lu}).
 * "Washington", most one-word names, has none, and neither expression runs on it.
 */
function mayHoldInnerCapital(surface: string): boolean {
  for (let i = 1; i < surface.length; i++) {
    const code = surface.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || code > 0x7f) return true;
  }
  return false;
}

/** The pieces of a fused word: a run of capitals ("HCL"), or a capital and its small letters ("Tech"). */
const FUSED_PIECES = /\p{Lu}+(?!\p{Ll})|\p{Lu}\p{Ll}+/gu;

/** Each piece opens the word of the key at its place, and at least one is cut short. */
function clipsWordsOf(pieces: readonly string[], key: string): boolean {
  const words = key.split(' ');
  if (words.length !== pieces.length) return false;
  return pieces.every((piece, i) => words[i]!.startsWith(piece)) && pieces.some((piece, i) => piece.length < words[i]!.length);
}

/** Among keys of one skeleton, pairs one masked vowel makes alike, and no third: the less mentioned goes to the other. */
function oneVowelApart(keys: readonly string[], counts: ReadonlyMap<string, number>, target: Map<string, string>): void {
  const keysByVariant = new Map<string, Set<string>>();
  for (const key of keys) {
    for (const variant of vowelMaskedKeys(key)) keysByVariant.set(variant, (keysByVariant.get(variant) ?? new Set<string>()).add(key));
  }
  for (const alike of keysByVariant.values()) {
    if (alike.size !== 2) continue;
    const [first, second] = [...alike] as [string, string];
    // The first named wins a tie: keys keep the story's order.
    if (counts.get(second)! > counts.get(first)!) target.set(first, second);
    else target.set(second, first);
  }
}

/**
 * A hash of the key with every inner vowel of a word of five letters or more masked ("v*rg*l" of
 * "virgil"), or -1 when there is none: names one vowel apart hash alike (and oneVowelApart checks
 * what a collision joins), with no string made per name.
 */
function innerVowelSkeleton(key: string): number {
  let hash = 0x811c9dc5;
  let masked = false;
  let wordStart = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key.charCodeAt(i) !== 32) continue;
    const long = i - wordStart >= 5;
    for (let p = wordStart; p <= i && p < key.length; p++) {
      const inner = long && p > wordStart && p < i - 1 && isVowelCode(key.charCodeAt(p));
      masked ||= inner;
      hash = Math.imul(hash ^ (inner ? 42 : key.charCodeAt(p)), 0x01000193);
    }
    wordStart = i + 1;
  }
  return masked ? hash >>> 0 : -1;
}

/** "v*rgil" and "ve*gil"…: a name's key with one inner vowel of a long word masked (not its first or last letter). */
function vowelMaskedKeys(key: string): string[] {
  const variants: string[] = [];
  let wordStart = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key[i] !== ' ') continue;
    if (i - wordStart >= 5) {
      for (let p = wordStart + 1; p < i - 1; p++) if (isVowelCode(key.charCodeAt(p))) variants.push(key.slice(0, p) + '*' + key.slice(p + 1));
    }
    wordStart = i + 1;
  }
  return variants;
}

/** a, e, i, o, u or y, by its char code: a one-letter string and a Set look-up per letter of every name's key were 2.5% of the look-ups. */
function isVowelCode(code: number): boolean {
  return code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75 || code === 0x79;
}

/**
 * Where most of a story's mentions of each of `keys` went: the fuller name their link names, or the
 * key itself when most stayed unlinked ("jerome" → "saint jerome" on a page that calls him so).
 */
function whereKeysWent(story: MentionDraft[], keys: ReadonlySet<string>): Map<string, string> {
  const targets = new Map<string, Map<string | null, number>>();
  for (const d of story) {
    if (!keys.has(d.key)) continue;
    const counts = targets.get(d.key) ?? new Map<string | null, number>();
    counts.set(d.link, (counts.get(d.link) ?? 0) + 1);
    targets.set(d.key, counts);
  }
  const went = new Map<string, string>();
  for (const [key, counts] of targets) {
    let target: string | null = null;
    let most = 0;
    for (const [link, count] of counts) {
      if (count > most) [target, most] = [link, count];
    }
    went.set(key, target ?? key);
  }
  return went;
}

/**
 * "Jerome (…; Latin: Eusebius Sophronius Hieronymus)" links the Latin name to "Jerome", and
 * "Ichiyō Higuchi (…) was a pen name of Natsu Higuchi" defines one name as the other's, before the
 * story sends the page's "Jerome"s on to its "Saint Jerome" and "Ichiyō Higuchi" to "Higuchi
 * Ichiyō": a link or a definition follows the names it joins to where they went.
 */
function followLinkChains(story: MentionDraft[], definitions: AliasDefinition[]): void {
  // Only the names a link or a definition points at can send it on (most stories have none).
  const pointedAt = new Set<string>();
  for (const d of story) if (d.link) pointedAt.add(d.link);
  for (const definition of definitions) if (definition.kind === 'otherName') pointedAt.add(definition.of).add(definition.alias);
  if (pointedAt.size === 0) return;
  const went = whereKeysWent(story, pointedAt);
  for (const d of story) {
    const next = d.link ? went.get(d.link) : undefined;
    if (next && next !== d.key) d.link = next;
  }
  for (const definition of definitions) {
    if (definition.kind !== 'otherName') continue;
    definition.of = went.get(definition.of) ?? definition.of;
    definition.alias = went.get(definition.alias) ?? definition.alias;
  }
}

/**
 * "Eugene Nida" and "Eugene A. Nida", "Brock Holt" and "Brock Wyatt Holt": in one story, a name
 * whose first and last words are those of a fuller name of capitalised words and initials is that
 * name without its middle names. "Bank of Korea" is no short form of "Bank of South Korea", nor
 * "Make America Great Again" of "Make American Shipbuilding Great Again": names with lower-case
 * words, ending in a head word or opening with a dictionary word are left alone.
 */
function linkMiddleNames(story: MentionDraft[]): void {
  const fullest = new Map<string, MentionDraft>();
  const { plainNames, generationNames } = plainFullNamesOf(story);
  // "Vinícius Júnior … Vini Jr.": one plain name and a clipped one with "Jr." (see clippedNameWords);
  // "Bobby Kennedy Jr." and "Robert F. Kennedy Jr.": two names with "Jr." (see linkNicknames).
  if (generationNames.size === 0 && (plainNames.size === 0 || (plainNames.size === 1 && !story.some((d) => generationOf(d.key) === 'jr')))) return;
  const plain = (d: MentionDraft) => plainNames.has(d);
  const ends = (d: MentionDraft) => `${d.shortFormKeys[0]}|${d.shortFormKeys[1]}`;
  for (const d of story) {
    if (!plain(d)) continue;
    const best = fullest.get(ends(d));
    if (!best || wordCount(d.key) > wordCount(best.key)) fullest.set(ends(d), d);
  }
  const fuller = new Map<string, string>();
  for (const d of story) {
    const best = plain(d) ? fullest.get(ends(d)) : undefined;
    if (best && wordCount(best.key) > wordCount(d.key) && middleNamesAgree(d.key, best.key)) fuller.set(d.key, best.key);
  }
  // "Martínez Cantón" for "Clara Martínez Cantón" (two surnames), "Higuchi Ichiyō" for "Ichiyō Higuchi" (family name first).
  // A variant two fuller names share is nobody's for sure.
  const byKey = new Map<string, string | null>();
  // Each name once: its other mentions would set the same variants to the same key again.
  for (const d of oneMentionPerName(plainNames)) {
    for (const variant of otherOrders(d.key, d.surface)) if (variant !== d.relativeOfNamesake) byKey.set(variant, byKey.has(variant) && byKey.get(variant) !== d.key ? null : d.key);
  }
  // A name inside a longer one is no other order of it: "Jeff McBride" in "Jeff McBride Experience".
  for (const d of story) {
    const target = plain(d) && !d.modifier && !fuller.has(d.key) ? byKey.get(d.key) : undefined;
    if (target && target !== d.key && target !== d.relativeOfNamesake) fuller.set(d.key, fuller.get(target) ?? target);
  }
  linkNicknames(story, { plainNames, generationNames }, fuller);
  // Short forms the article already linked to "Joshua Norton" follow it to "Joshua Abraham Norton".
  for (const d of story) {
    const target = fuller.get(d.link ?? d.key);
    if (target) d.link = target;
  }
}

/**
 * 'Robert "Bobby" Tanaka … Bobby Tanaka, 41, finished …', 'Michael "Big Mike" Delaney … Players
 * called him Big Mike': the nickname a person's full name gives in quotes, before the surname or
 * alone where it has two words or more, is that person (they were two). A form two full names
 * give is neither's. One word alone is a short form like a surname (shortKeysByWords).
 */
function linkQuotedNicknames(story: MentionDraft[]): void {
  let byForm: Map<string, string | null> | null = null;
  for (const d of story) {
    const nickname = d.shortFormKeys.length > 0 && !d.link ? quotedNicknameOf(d.key) : null;
    if (!nickname || !isPersonWithName(d)) continue;
    byForm ??= new Map();
    const forms = nickname.includes(' ') ? [`${nickname} ${d.shortFormKeys[1]}`, nickname] : [`${nickname} ${d.shortFormKeys[1]}`];
    for (const form of forms) byForm.set(form, byForm.has(form) && byForm.get(form) !== d.key ? null : d.key);
  }
  if (!byForm) return;
  for (const d of story) {
    const target = d.modifier ? undefined : byForm.get(d.link ?? d.key);
    if (target && target !== d.key) d.link = target;
  }
}

/**
 * 'Earvin "Magic" Okafor scored 31 points and the Magic beat the Nuggets': the nickname a person's
 * full name gives in quotes, written without them where its sentence makes it a body, is the team
 * (the person took the team's evidence and became an organisation). '"Magic" hit four
 * three-pointers', in its quotes, stays the person.
 */
function withoutPeopleOfThatNickname(key: string, keys: string[]): string[] {
  return keys.filter((full) => quotedNicknameOf(full) !== key);
}

/** "bobby" of 'robert " bobby " tanaka', "hitman" of 'thomas " the hitman " okoye': the words between a full name's quotes, with words before and after them; else null. */
function quotedNicknameOf(key: string): string | null {
  const open = key.search(QUOTE_KEY_OPENING);
  if (open < 0) return null;
  const close = key.slice(open + 3).search(QUOTE_KEY_CLOSING);
  if (close <= 0) return null;
  // 'Thomas "The Hitman" Okoye … "The Hitman" lost his title': the mention alone is "Hitman", its "The" an article's.
  const words = key.slice(open + 3, open + 3 + close);
  return words.startsWith('the ') ? words.slice(4) : words;
}

/** A quotation mark as a key writes it, a word before it; one before the words after it. */
const QUOTE_KEY_OPENING = / ["“'‘«] (?=\S)/u;
const QUOTE_KEY_CLOSING = / ["”'’»] \S/u;

/**
 * Whether the middle names a shorter name writes are the fuller name's, in order, word for word or
 * as initials: "Eugene A. Nida" of "Eugene Albert Nida", "Hillary Rodham Clinton" of "Hillary
 * Diane Rodham Clinton", "George Bush" (none written) of "George H. W. Bush". An initial stands for
 * the middle name in its own place, so "George W. Bush" is not "George H. W. Bush": a different
 * first middle initial is a different person. Particles are the surname's ("von der Leyen").
 */
function middleNamesAgree(shortKey: string, fullKey: string): boolean {
  const short = middleWords(shortKey);
  const full = middleWords(fullKey);
  let at = 0;
  for (const word of short) {
    // An initial stands for the middle name in its place; a whole middle name may skip ones before it.
    if (word.length > 1) while (at < full.length && !sameOrInitial(word, full[at]!)) at++;
    if (at >= full.length || !sameOrInitial(word, full[at]!)) return false;
    at++;
  }
  return true;
}

function middleWords(key: string): string[] {
  return key.split(' ').slice(1, -1).filter((word) => !NAME_PARTICLES.has(word));
}

function sameOrInitial(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * "Larry Lessig" and "Lawrence Lessig", "Bill Clinton" and "William Jefferson Clinton": in one
 * story, a full name whose first word is a hypocoristic of another full name's first word, with
 * the same last word, is that name. So is one with the other's generation, or none where the formal
 * name has one: "Joe Biden" is "Joseph R. Biden Jr.", "Bobby Kennedy Jr." is "Robert F. Kennedy Jr."
 * (they were two persons each), but "Bobby Kennedy Jr." is no "Robert Kennedy", his father. Adds to
 * `fuller` (name key → the key it stands for).
 */
function linkNicknames(story: MentionDraft[], names: FullNamesOfStory, fuller: Map<string, string>): void {
  const formalBySurname = formalNamesBySurname(names);
  for (const d of story) {
    if (fuller.has(d.key)) continue;
    const formals = names.plainNames.has(d) || names.generationNames.has(d) ? NICKNAMES.get(d.shortFormKeys[0]!) : undefined;
    const clipped = formals ? null : clippedNameWords(d, names.plainNames);
    if (!formals && !clipped) continue;
    const [given, surname] = clipped ?? (d.shortFormKeys as [string, string]);
    const targets = new Set<string>();
    for (const formal of formalBySurname.get(surname) ?? []) {
      if (formal === d) continue;
      const agrees = formals ? formals.includes(formal.shortFormKeys[0]!) && generationsAgree(d.key, formal.key) : names.plainNames.has(formal) && isClippingOf(given, formal.shortFormKeys[0]!);
      if (agrees) targets.add(fuller.get(formal.key) ?? formal.key);
    }
    // "Chris Evans" beside a "Christopher Evans" and a "Christine Evans" is neither for sure.
    if (targets.size === 1) fuller.set(d.key, [...targets][0]!);
  }
}

/** A story's plain full names (plainFullNamesOf) and those closing with a generation ("Joseph R. Biden Jr."). */
interface FullNamesOfStory {
  plainNames: ReadonlySet<MentionDraft>;
  generationNames: ReadonlySet<MentionDraft>;
}

/** The story's full names opening with no hypocoristic, by their surname's key. */
function formalNamesBySurname(names: FullNamesOfStory): Map<string, MentionDraft[]> {
  const formalBySurname = new Map<string, MentionDraft[]>();
  for (const d of [...names.plainNames, ...names.generationNames]) {
    if (NICKNAMES.has(d.shortFormKeys[0]!)) continue;
    const list = formalBySurname.get(d.shortFormKeys[1]!) ?? [];
    list.push(d);
    formalBySurname.set(d.shortFormKeys[1]!, list);
  }
  return formalBySurname;
}

/**
 * A name written with a hypocoristic may be a formal name with the same generation, or with one
 * where it writes none ("Joe Biden" of "Joseph R. Biden Jr."); one with "Jr." is no name without it.
 */
function generationsAgree(shortKey: string, formalKey: string): boolean {
  const generation = generationOf(shortKey);
  return generation === null || generation === generationOf(formalKey);
}

/**
 * "Vini Júnior", "Vini Jr." beside "Vinícius Júnior": a given name no list holds, written as the
 * start of another's, and a surname, or "Jr." for a surname that is "Júnior" (Brazilian names carry
 * it as a name, "Jr." as its short form). Its given name and surname keys, or null.
 */
function clippedNameWords(d: MentionDraft, plainNames: ReadonlySet<MentionDraft>): [string, string] | null {
  if (plainNames.has(d)) return isGivenName(d.shortFormKeys[0]!, true) ? null : [d.shortFormKeys[0]!, d.shortFormKeys[1]!];
  const space = d.key.indexOf(' ');
  if (space < 0 || d.key.indexOf(' ', space + 1) >= 0 || generationOf(d.key) !== 'jr' || !/^\p{Lu}\p{Ll}+ Jr\.?$/u.test(d.surface)) return null;
  const given = d.key.slice(0, space);
  return isGivenName(given, true) || isCommonWord(given) ? null : [given, 'junior'];
}

/** "vini" of "vinicius", "rodri" of "rodrigo": three letters or more that open a given name two letters longer or more. */
export function isClippingOf(short: string, given: string): boolean {
  return short.length >= 3 && given.length >= short.length + 2 && given.startsWith(short);
}

/**
 * The story's plain full names, in its order: those of capitalised words and initials only, no known
 * place, opening with no dictionary word (but a hypocoristic that is one: "Bill Clinton", "Frank
 * Smith") and closing with no head word; and apart, those closing with a generation ("Joseph R.
 * Biden Jr.", "Bobby Kennedy Jr."): "Donald Trump Jr." is the son, not "Donald Trump" with a middle
 * name. Each mention asked once (it was asked twice, once for each set).
 */
function plainFullNamesOf(story: readonly MentionDraft[]): FullNamesOfStory {
  const plainNames = new Set<MentionDraft>();
  const generationNames = new Set<MentionDraft>();
  for (const d of story) if (isPlainNameOfAnyGeneration(d)) (generationOf(d.key) === null ? plainNames : generationNames).add(d);
  return { plainNames, generationNames };
}

/** Of mentions, the first of each name (key, surface, words and relative alike): what depends on the name alone is worked out once. */
function oneMentionPerName(mentions: Iterable<MentionDraft>): MentionDraft[] {
  const firstByKey = new Map<string, MentionDraft>();
  const first: MentionDraft[] = [];
  for (const d of mentions) {
    const seen = firstByKey.get(d.key);
    if (seen && seen.surface === d.surface && seen.shortFormKeys.length === d.shortFormKeys.length && seen.relativeOfNamesake === d.relativeOfNamesake) continue;
    if (!seen) firstByKey.set(d.key, d);
    first.push(d);
  }
  return first;
}

function isPlainNameOfAnyGeneration(d: MentionDraft): boolean {
  return (
    // What the draft says first, then its words against the lists.
    d.shortFormKeys.length === 2 &&
    !d.link &&
    !d.commonWordsOnly &&
    // "San Francisco" is the city, not the "San Francisco Bulletin" without its last word.
    !isCity(d.key) &&
    !gazetteer().byKey.has(d.key) &&
    (!isCommonWord(d.shortFormKeys[0]!) || NICKNAMES.has(d.shortFormKeys[0]!) || isFamilyNameFirst(d.shortFormKeys)) &&
    !HEAD_WORDS.has(d.key.slice(d.key.lastIndexOf(' ') + 1)) &&
    capitalisedOrParticles(d.surface)
  );
}

/**
 * "Jeff McBride Experience", "Zaha Hadid Architects", "Jeff McBride Show": a dictionary word closing a
 * name makes it a thing named after someone, no other order of "Jeff McBride"'s name; a frequent
 * surname does not ("Amy Hagstrom Miller"), nor a company's legal form.
 */
function closesWithThingWord(lastKey: string): boolean {
  return isCommonWord(lastKey) && !isFrequentSurname(lastKey) && !LEGAL_SUFFIXES.has(lastKey);
}

/**
 * "Lee Hsien Yang": a family name first may be a dictionary word ("lee", "park", "moon") where the
 * name's last word is none. "Golden State Warriors", "Black Lives Matter" stay no person's names.
 */
function isFamilyNameFirst(shortFormKeys: readonly string[]): boolean {
  // "Lake Tahoe", "South Lake Tahoe", "Mount Hood": a landform's or a compass word, though a surname
  // too, opens a place's name ("Lake Tahoe" was "South Lake Tahoe" without its given name).
  const first = shortFormKeys[0]!;
  return isListedSurname(first) && !isCommonWord(shortFormKeys[1]!) && !LANDFORM_OPENERS.has(first) && !COMPASS.has(first);
}

/** Capitalised words, and name particles between them ("Jaap de Hoop Scheffer"); no other lower-case word. */
function capitalisedOrParticles(surface: string): boolean {
  const words = surface.split(/\s+/);
  return words.every((word, i) => /^\p{Lu}/u.test(word) || (i < words.length - 1 && (NAME_PARTICLES.has(word) || (word === 'y' && i > 0))) || !/\p{Ll}/u.test(word));
}

/**
 * The keys a name is also written as: its two words reversed ("Higuchi Ichiyō"); of a longer name,
 * its last two words ("Martínez Cantón"), its first two ("Pierre Charles") and any other of its
 * names with the last ("Otto Jespersen" for "Jens Otto Harry Jespersen").
 */
function otherOrders(key: string, surface: string): string[] {
  const words = key.split(' ');
  if (words.length === 2) return [`${words[1]} ${words[0]}`];
  if (words.length < 3) return [];
  const last = words[words.length - 1]!;
  // "Taylor Swift Week", "Jeff McBride Experience": a thing named after a person, whose first two
  // words are the person, not it. The word as written: "Støre" of "Jonas Gahr Støre" folds to "store", but is none.
  if (closesWithThingWord(last) && surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase() === last) return [];
  const withoutEnglishName = surnameAfterEnglishNameOf({ key, surface }) ? [words.slice(1).join(' ')] : NO_WORDS;
  return [...new Set([words.slice(-2).join(' '), words.slice(0, 2).join(' '), ...words.slice(1, -1).map((w) => `${w} ${last}`), ...surnamesBeforeParticle(key), ...withoutFamilyName(words), ...surnamesJoinedByY(words), ...withoutEnglishName, ...givenNameBeforeSurnameFirst(words)])];
}

/**
 * "emmerson mnangagwa" of "mnangagwa emmerson dambudzo": an official list's or a roll's order, the
 * surname first and then the given names, written as a story writes it, the first given name and the
 * surname ("themba gumede" of "gumede themba sipho"). Not where the first word is a given name:
 * "Jackson Michael Reyes" is no Michael Jackson.
 */
function givenNameBeforeSurnameFirst(words: readonly string[]): readonly string[] {
  if (words.length !== 3 || isGivenName(words[0]!) || isCommonWord(words[1]!)) return NO_WORDS;
  return [`${words[1]} ${words[0]}`];
}

/**
 * "ortega y gasset" of "josé ortega y gasset": a father's and a mother's surname joined by the
 * Spanish "y" are written together without the given name.
 */
function surnamesJoinedByY(words: readonly string[]): readonly string[] {
  const y = words.indexOf('y', 2);
  return y > 0 && y === words.length - 2 ? [words.slice(y - 1).join(' ')] : NO_WORDS;
}

/**
 * "Faisal bin Farhan" of "Faisal bin Farhan Al Saud", "Tamim bin Hamad" of "Tamim bin Hamad Al
 * Thani": a given name and a father's name after "bin" or "ibn", without the family name after them.
 */
function withoutFamilyName(words: readonly string[]): readonly string[] {
  const particle = words.findIndex((w, i) => i > 0 && PATRONYMIC_PARTICLES.has(w));
  return particle > 0 && particle + 2 < words.length ? [words.slice(0, particle + 2).join(' ')] : NO_WORDS;
}

/**
 * "fernández de kirchner" of "cristina fernández de kirchner": a father's surname joined to a
 * husband's or mother's by a particle is written with the particle, the given name dropped.
 */
function surnamesBeforeParticle(key: string): readonly string[] {
  const particleSurname = particleSurnameOf(key);
  if (!particleSurname) return NO_WORDS;
  const before = key.slice(0, key.length - particleSurname.length - 1);
  const space = before.lastIndexOf(' ');
  return space < 0 ? NO_WORDS : [`${before.slice(space + 1)} ${particleSurname}`];
}

/**
 * "MIT" in a story that names the "Massachusetts Institute of Technology": an acronym no parenthesis
 * defined, made of the initials of exactly one of the story's names, is that name. So is a body's
 * acronym the lists know by its letters alone ("UEFA said … The Union of European Football
 * Associations fined City" gave two bodies; isKnownBodysLetters).
 */
function linkAcronyms(story: MentionDraft[]): void {
  const known = gazetteer().byKey;
  const unexplained = (d: MentionDraft) => (d.acronym || isAmpersandInitials(d.surface) || DOTTED_INITIALS.test(d.surface)) && !d.link && (!known.has(d.key) || isKnownBodysLetters(d));
  if (!story.some(unexplained)) return;
  const initials = indexInitials(story);
  for (const d of story) {
    if (!unexplained(d)) continue;
    // "J&J" of "Johnson & Johnson": the ampersand is no letter of either.
    const letters = CONNECTOR_ACRONYM.test(d.surface) ? connectorAcronymLetters(d.surface) : d.surface.replace(/[.&]/g, '').toUpperCase();
    // "Analysts at S&P said banks in São Paulo": an ampersand's initials stand for two names joined, no one name.
    if (isAmpersandInitials(d.surface)) {
      const joined = initials.byJoinedInitials.get(letters);
      if (joined) d.link = joined;
      continue;
    }
    const target = initials.byInitials.has(letters) ? initials.byInitials.get(letters) : initials.byInitialsAfterPlace.get(letters);
    if (target) d.link = target;
  }
}

/** The story's names by the letters that may stand for them; null where two names share the letters. */
interface InitialsIndex {
  byInitials: Map<string, string | null>;
  /** Without a place opening the name: "NHTSA" of the "U.S. National Highway Traffic Safety Administration". */
  byInitialsAfterPlace: Map<string, string | null>;
  /** Of names joined by "&" or "and": "J&J" of "Johnson & Johnson". */
  byJoinedInitials: Map<string, string | null>;
}

function indexInitials(story: readonly MentionDraft[]): InitialsIndex {
  const known = gazetteer().byKey;
  const byInitials = new Map<string, string | null>();
  const byInitialsAfterPlace = new Map<string, string | null>();
  const byJoinedInitials = new Map<string, string | null>();
  const add = (map: Map<string, string | null>, initials: string, key: string) => map.set(initials, map.has(initials) && map.get(initials) !== key ? null : key);
  let unlinked: Set<string> | undefined;
  // A name's letters are its words': each name once, its other mentions would add the same letters.
  for (const d of oneMentionPerName(story.filter((m) => !m.link))) {
    const words = d.surface.split(/[\s-]+/);
    const initials = d.shortFormKeys.length > 0 ? initialsOf(words) : [camelCaseInitials(d.surface)];
    for (const letters of initials) if (letters.length >= 2) add(byInitials, letters, d.key);
    const joined = JOINED_NAME.test(d.surface);
    if (joined) for (const letters of initials) if (letters.length >= 2) add(byJoinedInitials, letters, d.key);
    // "P&G" of "Procter & Gamble Co.", "BMS" of "Bristol Myers Squibb Co.": the legal form is no letter of it.
    const bare = d.shortFormKeys.length > 0 ? withoutLegalFormWords(words) : words;
    // "H&F" of "Harlow & Finch Group Plc" or "Harlow & Finch Group": the group's word is none either,
    // unless the story names the company without it apart ("Harlow & Finch (H&F)"), which spells the letters.
    const ungrouped = withoutGroupWords(bare);
    for (const stem of [bare, ungrouped]) {
      if (stem.length === words.length || (stem === ungrouped && (stem.length === bare.length || (unlinked ??= new Set(story.filter((f) => !f.link).map((f) => f.key))).has(nameKey(stem.join(' ')))))) continue;
      // "ICBC" of "Industrial and Commercial Bank of China Ltd.", though its words are joined by "and".
      for (const letters of initialsOf(stem)) if (letters.length >= 2) for (const map of joined ? [byInitials, byJoinedInitials] : [byInitials]) add(map, letters, d.key);
    }
    // "CDC" of the "Centers for Disease Control and Prevention": the words before a last "and" may keep the older name's letters.
    for (const letters of initialsOf(wordsBeforeLastAnd(words))) if (letters.length >= 3) add(byInitials, letters, d.key);
    // "HHS" of the "Department of Health and Human Services", "HUD" of the "Department of Housing and Urban Development": the field after a lone body word and "of".
    if (words.length > 3 && words[1] === 'of' && isBodyWord(words[0]!.toLowerCase())) {
      const [capitals] = initialsOf(words.slice(2));
      if (capitals!.length >= 3) add(byInitials, capitals!, d.key);
    }
    // "NHTSA" of the "U.S. National Highway Traffic Safety Administration", "DOJ" of the "U.S. Department of Justice": the country before a body is no letter of it.
    if (words.length > 2 && known.get(d.shortFormKeys[0]!)?.type === 'place') {
      for (const letters of initialsOf(words.slice(1))) if (letters.length >= 3) add(byInitialsAfterPlace, letters, d.key);
    }
  }
  return { byInitials, byInitialsAfterPlace, byJoinedInitials };
}

/** "L.A. Times": capitals each with its period, then the rest of a name. */
const DOTTED_OPENING = /^((?:\p{Lu}\.){2,}) (.+)$/u;
/** "UP Police": two to four capitals without periods, then the rest of a name. */
const CAPITALS_OPENING = /^(\p{Lu}{2,4}) (.+)$/u;

/**
 * "The Los Angeles Times reported … The L.A. Times said": a name opening with the dotted initials
 * of the words a fuller name of the story opens with, the rest the same, is that name. Not "L.A.
 * Times" beside the "New York Times" (other initials), nor beside "Lake Arrowhead Times" too (two),
 * nor "U.S. Congress", whose listed letters name a country. Capitals without periods stand so for
 * a place the lists know: "UP Police" after "the Uttar Pradesh Police".
 */
function linkDottedOpenings(story: MentionDraft[]): void {
  if (!story.some(opensWithInitials)) return;
  for (const d of story) {
    const match = opensWithInitials(d);
    if (!match) continue;
    const [, initials, rest] = match;
    const letters = initials!.replace(/\./g, '');
    // "U.S. Congress": a country's letters the lists hold are the merge's to spell (countryFirstKey).
    if (gazetteer().byKey.has(letters.toLowerCase())) continue;
    const dotted = letters !== initials;
    let target: string | null | undefined;
    for (const full of story) {
      if (full.link || full.key === d.key || !full.surface.endsWith(` ${rest}`)) continue;
      const head = full.surface.slice(0, -rest!.length - 1).split(' ');
      if (head.length < 2 || !initialsOf(head).includes(letters) || (!dotted && !isKnownPlace(nameKey(head.join(' '))) && !isUniversityOfPlace(head))) continue;
      target = target === undefined || target === full.key ? full.key : null;
    }
    if (target) d.link = target;
  }
}

/**
 * "University of California," of "University of California, Berkeley", "University of Texas at" of
 * "University of Texas at Austin": a university of a place the lists know, whose capitals open the
 * names of its campuses ("UC Berkeley", "UT Austin"), as a place's do ("UP Police").
 */
function isUniversityOfPlace(head: readonly string[]): boolean {
  if (head.length < 3 || head[0] !== 'University' || head[1] !== 'of') return false;
  const place = head.slice(2, head.at(-1) === 'at' ? -1 : undefined).join(' ').replace(/,$/, '');
  return place.length > 0 && isKnownPlace(nameKey(place));
}

/** "Africa CDC": words, then two to five capitals closing the name. */
const CAPITALS_CLOSING = /^(.+) (\p{Lu}{2,5})$/u;

/**
 * "The Africa Centres for Disease Control and Prevention said … director-general of Africa CDC": a
 * name whose opening words are those a fuller name of the story opens with, closed by the capitals
 * of that name's other words, is that name (they were two bodies). The letters are the other words'
 * as an acronym takes them ("CDC" of "Centres for Disease Control", the words before a last "and").
 * Not where two of the story's names give those letters after those words.
 */
function linkClosingInitials(story: MentionDraft[]): void {
  for (const d of story) {
    const match = d.link || d.shortFormKeys.length === 0 ? null : CAPITALS_CLOSING.exec(d.surface);
    if (!match || !/\p{Ll}/u.test(match[1]!)) continue;
    const [, opening, letters] = match;
    let target: string | null | undefined;
    for (const full of story) {
      if (full.link || full.key === d.key || !full.surface.startsWith(`${opening} `)) continue;
      const rest = full.surface.slice(opening!.length + 1).split(/[\s-]+/);
      if (rest.length < 2 || ![...initialsOf(rest), ...initialsOf(wordsBeforeLastAnd(rest))].includes(letters!)) continue;
      target = target === undefined || target === full.key ? full.key : null;
    }
    if (target) d.link = target;
  }
}

/** The initials and the rest of a name opening "L.A. Times" or "UP Police", if it opens so and is linked to nothing yet. */
function opensWithInitials(d: MentionDraft): RegExpExecArray | null {
  if (d.link) return null;
  const second = d.surface.charCodeAt(1);
  if (second === 46) return DOTTED_OPENING.exec(d.surface);
  return second >= 65 && second <= 90 ? CAPITALS_OPENING.exec(d.surface) : null;
}

/**
 * "UEFA", "FIFA", "HSBC": an acronym of three letters or more that the lists know as a body and by
 * no spelled-out name, so that only the story's own name of those initials can spell it. Not "NATO",
 * whose spelled name the lists hold, nor a place's letters ("UAE").
 */
function isKnownBodysLetters(d: MentionDraft): boolean {
  const entry = gazetteer().byKey.get(d.key);
  return d.acronym && d.key.length >= 3 && entry?.type === 'organization' && !entry.aliases.some((alias) => alias.includes(' '));
}

/**
 * "Taiwan Semiconductor Manufacturing Co. … TSMC said", where the lists write "… Manufacturing
 * Company": a listed company's acronym is the story's one company (a name closing with a legal
 * form) whose initials it is. "TSMC" beside "Acme Semiconductor Manufacturing Co." stays the lists'.
 */
function linkListedCompanyAcronyms(story: MentionDraft[]): void {
  const known = gazetteer().byKey;
  const listedCompany = (d: MentionDraft) => d.acronym && !d.link && known.get(d.key)?.type === 'organization';
  if (!story.some(listedCompany)) return;
  const byInitials = new Map<string, string | null>();
  for (const d of story) {
    if (d.link || d.shortFormKeys.length === 0 || !closesWithLegalForm(d.key)) continue;
    const words = d.surface.split(/[\s-]+/);
    // "TSMC" takes the legal form's letter, "ICBC" of "Industrial and Commercial Bank of China Ltd." none.
    for (const letters of [...initialsOf(words), ...initialsOf(withoutLegalFormWords(words))]) {
      if (letters.length >= 3) byInitials.set(letters, byInitials.has(letters) && byInitials.get(letters) !== d.key ? null : d.key);
    }
  }
  for (const d of story) if (listedCompany(d)) d.link = byInitials.get(d.surface) ?? null;
}

/** "Centers", "for", "Disease", "Control" of the "Centers for Disease Control and Prevention": none without an "and" after the second word. */
function wordsBeforeLastAnd(words: readonly string[]): readonly string[] {
  const and = words.lastIndexOf('and');
  return and > 1 ? words.slice(0, and) : NO_WORDS;
}

/** "Procter", "&", "Gamble" of "Procter & Gamble Co.": a name's words without the legal forms closing it, two words at least. */
function withoutLegalFormWords(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 2 && LEGAL_SUFFIXES.has(nameKey(words[end - 1]!))) end--;
  return end < words.length ? words.slice(0, end) : words;
}

/** "Harlow", "&", "Finch" of "Harlow", "&", "Finch", "Group": without the group's words closing them, two words at least. */
function withoutGroupWords(words: readonly string[]): readonly string[] {
  let end = words.length;
  while (end > 2 && COMPANY_GROUP_WORDS.has(nameKey(words[end - 1]!))) end--;
  return words.slice(0, end);
}

/** "L.A." for "Los Angeles", "N.O." for "New Orleans": capitals each with its period, of a story's name (the lists hold "U.S.", "U.K."). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;
/** Capitals joined by ampersands, "J&J", "P&G": an acronym, though "J" alone is no word in capitals. */
const AMPERSAND_INITIALS = /^\p{Lu}+(?:&\p{Lu}+)+$/u;

/** AMPERSAND_INITIALS ("AT&T", "P&G"), run only on a surface with an ampersand. */
function isAmpersandInitials(surface: string): boolean {
  return surface.includes('&') && AMPERSAND_INITIALS.test(surface);
}
/** A name of two joined by "&" or "and": "Johnson & Johnson", "Marks and Spencer", whose initials an ampersand's acronym takes. */
const JOINED_NAME = /\s(?:&|and)\s/u;

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

function initialsOf(words: readonly string[]): string[] {
  let capitals = '';
  let all = '';
  for (const word of words) {
    const letters = /^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, '') : word.charAt(0);
    if (/^\p{Lu}/u.test(word)) capitals += letters;
    if (/^\p{L}/u.test(word)) all += letters.toUpperCase();
  }
  return all === capitals ? [capitals] : [capitals, all];
}

/**
 * The capitals of one word written in two parts: "LibriVox" gives "LV", "PlayStation" "PS". Not
 * of a surname's prefix ("McDonald", "DeSantis", "MacArthur"): "" then.
 */
function camelCaseInitials(surface: string): string {
  if (!mayHoldInnerCapital(surface) || !/^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u.test(surface) || /^Ma?c/.test(surface)) return '';
  return surface.replace(/\p{Ll}+/gu, '');
}

function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

/** The article's full names by the words a short form may repeat, and which of them are people's. */
interface FullNameIndex {
  people: Set<string>;
  /** Full names whose words and context say person, whatever their given name: what an honorific's known word may stand for. */
  peopleByContext: Set<string>;
  byShortKey: Map<string, Set<string>>;
  byFirstWord: Map<string, Set<string>>;
  byMiddleKey: Map<string, Set<string>>;
  particleSurnames: Set<string>;
  byInitialNickname: Map<string, Set<string>>;
  /** "catherine" → "kate middleton": people named by a hypocoristic, by the formal given names it shortens. */
  byFormalGivenName: Map<string, Set<string>>;
  /** "sam" → "samuel okafor": people named by a formal given name, by the hypocoristics that shorten it. */
  byHypocoristic: Map<string, Set<string>>;
  /** "paris mendez", "mila horvat": people whose given name is a city's or a country's name (isGivenPlaceName). */
  givenPlaceNames: Set<string>;
}

/**
 * "Her daughter, Paris Mendez, … Paris said", "Mila Horvat … 'I cried,' Mila said": a person whose
 * given name is a place's, one the given-name lists lack, before a surname the census lists or a
 * word no list holds ("Ngozi Adeyemi … Ngozi said": Ngozi is a town in Burundi, Adeyemi no census
 * name); the place's word alone, where its sentence says nothing of a place, is that person's given
 * name (it was the city). By its words; only a person by the name's own context and words
 * (isPersonWithName) too: "Paris Saint-Germain" is a club.
 */
function isGivenPlaceName(d: NameWords): boolean {
  if (d.shortFormKeys.length === 0 || wordCount(d.key) > 3) return false;
  const [first, last] = d.shortFormKeys as [string, string];
  return isKnownPlace(first) && (isListedSurname(last) || isUnlistedWord(last)) && !isKnownPlace(last);
}

/** A word no list holds: no dictionary word, head word, given name or place ("Adeyemi"). */
function isUnlistedWord(key: string): boolean {
  return !isCommonWord(key) && !HEAD_WORDS.has(key) && !isGivenName(key, true) && !isKnownPlace(key);
}

/**
 * Full names by the words a short form may repeat: a lookup per short form, not a scan. Only a known
 * place's word needs to know which full names are people's, and only an initial's nickname the
 * nicknames of initials (most articles have neither).
 */
function indexFullNames(found: readonly MentionDraft[], placeWordCandidate: boolean, initialNicknameCandidate: boolean): FullNameIndex {
  const people = new Set<string>();
  const peopleByContext = new Set<string>();
  const byShortKey = new Map<string, Set<string>>();
  const byFirstWord = new Map<string, Set<string>>();
  const byMiddleKey = new Map<string, Set<string>>();
  const particleSurnames = new Set<string>();
  const byInitialNickname = new Map<string, Set<string>>();
  const byFormalGivenName = new Map<string, Set<string>>();
  const byHypocoristic = new Map<string, Set<string>>();
  const givenPlaceNames = new Set<string>();
  const titledVariant = titledVariantOf(found);
  const namesakeThings = thingsNamedOnlyAfter(found);
  for (const d of found) {
    // Most drafts are one plain word ("Putin", "Reuters"), which give no short form of their own.
    if (d.shortFormKeys.length === 0 && !oneWordMayGiveShortKeys(d)) continue;
    const titled = titledVariant(d);
    const full = (namesakeThings.size > 0 ? namesakeThings.get(d.key) : undefined) ?? d.link ?? d.key;
    // A titled surname ("Lord Cameron") has no short form of its own.
    if (!titled) addShortKeys(found, d, byShortKey, full);
    if (d.shortFormKeys.length === 0 || titled) continue;
    const [firstKey, lastKey] = d.shortFormKeys as [string, string];
    const words = shortKeyWordsOf(d);
    for (const middle of words.middleNames) addTo(byMiddleKey, middle, full);
    if (words.particleSurname) particleSurnames.add(full);
    if (words.firstWord !== null) addTo(byFirstWord, words.firstWord, full);
    if (words.givenPlaceName && isPersonWithName(d)) givenPlaceNames.add(full);
    if (placeWordCandidate && isPersonWithName(d)) {
      peopleByContext.add(full);
      if (isPersonBearingPlace(d)) people.add(full);
    }
    if (initialNicknameCandidate && isPersonWithName(d)) for (const nickname of initialNicknames(firstKey, lastKey)) addTo(byInitialNickname, nickname, full);
    if (NICKNAMES.has(firstKey) && isPersonWithName(d)) for (const formal of NICKNAMES.get(firstKey)!) addTo(byFormalGivenName, formal, full);
    const hypocoristics = HYPOCORISTICS_OF.get(firstKey);
    if (hypocoristics && isPersonWithName(d)) for (const short of hypocoristics) addTo(byHypocoristic, short, full);
  }
  return { people, peopleByContext, byShortKey, byFirstWord, byMiddleKey, particleSurnames, byInitialNickname, byFormalGivenName, byHypocoristic, givenPlaceNames };
}

/**
 * Whether a one-word name may give short keys (shortKeysByWords): only one whose key has a space
 * ("al-Burhan", keyed "al burhan"), or whose surface has a web address's period ("Amazon.com") or a
 * hyphen ("Mercedes-Benz"). Asked before the memo, which every mention of every name was.
 */
function oneWordMayGiveShortKeys(d: NameWords): boolean {
  return d.key.includes(' ') || d.surface.includes('.') || d.surface.includes('-');
}

/**
 * "Astronomers used the James Webb Space Telescope … Webb found water": a person the article names
 * only inside a made thing's or a prize's name (a telescope, a probe, a medal) lends that thing the
 * short forms of their name (they went to "James Webb", nested). One the article also names on
 * their own keeps them ("Nancy Roman … the Nancy Roman Telescope").
 */
function thingsNamedOnlyAfter(found: readonly MentionDraft[]): Map<string, string> {
  const things = new Map<string, string>();
  // Most articles name no such thing, and nothing is inside one.
  if (!found.some(isNamesakeThing)) return things;
  let container: MentionDraft | null = null;
  const standing = new Set<string>();
  for (const d of found) {
    const inside = container !== null && d !== container && d.start >= container.start && d.end <= container.end;
    if (inside && d.shortFormKeys.length > 0) things.set(d.key, container!.link ?? container!.key);
    if (inside) continue;
    standing.add(d.key);
    container = isNamesakeThing(d) ? d : null;
  }
  for (const key of standing) things.delete(key);
  return things;
}

function isNamesakeThing(d: MentionDraft): boolean {
  return d.shortFormKeys.length > 0 && NAMESAKE_THING_HEADS.has(d.shortFormKeys[1]!);
}

/** Last words of things named after a person, whose surname alone then names the thing: "James Webb Space Telescope". */
const NAMESAKE_THING_HEADS = new Set(['telescope', 'observatory', 'probe', 'rover', 'spacecraft', 'satellite', 'lander', 'orbiter']);

function addTo(map: Map<string, Set<string>>, key: string, full: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(full);
}

/**
 * The one-word (or word and generation) short forms that may stand for an untitled draft's name, in
 * the order they are tried, each added to byShortKey for its full name. What the name's own words
 * say is worked out once per name (shortKeyWordsOf); only its last word asks its context and story.
 */
function addShortKeys(found: readonly MentionDraft[], d: MentionDraft, byShortKey: Map<string, Set<string>>, full: string): void {
  const words = shortKeyWordsOf(d);
  for (const key of words.before) addTo(byShortKey, key, full);
  if (d.shortFormKeys.length === 0) return;
  const lastKey = d.shortFormKeys[1]!;
  if (words.lastAlone && !isKnownThingOfWords(d) && !closesWithItsCity(d) && !isBodyClosingWithDictionaryWord(d)) addTo(byShortKey, lastKey, full);
  else if (isClubByCloser(d) && !namesPlaceClosingWith(found, lastKey)) addTo(byShortKey, lastKey, full);
  else if (isCityClosingWithCity(d)) addTo(byShortKey, lastKey, full);
  // "Qaddafi was killed" after "Muammar Gadhafi": a person's surname as another transliteration writes it.
  if (words.transliterated !== null && strongestType(d.nameEvidence)?.type === 'person') addTo(byShortKey, words.transliterated, full);
  for (const key of words.after) addTo(byShortKey, key, full);
}

/**
 * "van der leyen" → "vn dr leyen": a surname's particles without their vowels, the rest as written,
 * so that "Critics said van der Leyen had ignored" finds "Ursula von der Leyen" (it was a person of
 * its own). The key itself where it opens with no particle.
 */
function particleFold(key: string): string {
  const words = key.split(' ');
  if (words.length < 2 || !NAME_PARTICLES.has(words[0]!)) return key;
  return words.map((w, i) => (i < words.length - 1 && (NAME_PARTICLES.has(w) || MID_NAME_PARTICLES.has(w)) ? w.replace(/[aeiou]/g, '') : w)).join(' ');
}

/**
 * "Springer Nature, the German academic publisher, … The company publishes Nature, the weekly
 * science journal": a body of two words, a name of its own before a dictionary word, is called by
 * that name ("Springer"); the dictionary word alone is something else (each "Nature" was the
 * publisher's; "Pacific" is not "Cathay Pacific"). A person's surname may be such a word, "Tim
 * Cook", and so may a club's after its city, "Manchester United … United were better".
 */
function isBodyClosingWithDictionaryWord(d: MentionDraft): boolean {
  if (d.shortFormKeys.length === 0 || wordCount(d.key) !== 2) return false;
  const [firstKey, lastKey] = d.shortFormKeys as [string, string];
  return isCommonWord(lastKey) && !isCommonWord(firstKey) && !isKnownPlace(firstKey) && strongestType(d.evidence, d.nameEvidence)?.type === 'organization';
}

/**
 * The short forms a name's own words allow, before and after its last word's (which its context
 * decides), and what else the index of full names asks of the words alone (indexFullNames).
 */
interface ShortKeyWords extends FullNameWords {
  readonly surface: string;
  readonly wordKeys: number;
  readonly firstKey: string | undefined;
  readonly lastKey: string | undefined;
  readonly before: readonly string[];
  readonly lastAlone: boolean;
  /** "~kadafi" of "Muammar Gaddafi": where the last word stands alone, its transliterated form if looseToken's is another; else null. */
  readonly transliterated: string | null;
  /** The short forms after the last word's (shortKeysAfterLastWord), each followed by its particles' folded form where that differs ("~vn dr leyen"). */
  readonly after: readonly string[];
}

/** What indexFullNames asks of a full name's words (two words or more), besides its short forms; nothing for one word. */
interface FullNameWords {
  /** middleNamesStandingFor's words. */
  readonly middleNames: readonly string[];
  /** A surname after a particle, "da Silva" of "Luiz Inácio Lula da Silva", no Spanish married name ("Estela Barnes de Carlotto"). */
  readonly particleSurname: boolean;
  /** The first word as written, which an acronym may repeat ("RIA" of "RIA Novosti"); null for a league's division ("NFC West"). */
  readonly firstWord: string | null;
  /** isGivenPlaceName by the words: whether the draft's context and words say person is the index's to ask. */
  readonly givenPlaceName: boolean;
}

const ONE_WORD: FullNameWords = { middleNames: [], particleSurname: false, firstWord: null, givenPlaceName: false };

/**
 * Names recur (every mention of "Vladimir Putin", in its article and again in its story), and their
 * words' short forms depend on the words alone and the fixed lists: kept by key, the last surface
 * and word keys checked, the memo emptied when it grows large.
 */
const shortKeyWordsMemo = new Map<string, ShortKeyWords>();
const WORDS_MEMO_LIMIT = 20_000;

function shortKeyWordsOf(d: NameWords): ShortKeyWords {
  const keys = d.shortFormKeys;
  const memo = shortKeyWordsMemo.get(d.key);
  if (memo && memo.surface === d.surface && memo.wordKeys === keys.length && memo.firstKey === keys[0] && memo.lastKey === keys[1]) return memo;
  if (shortKeyWordsMemo.size >= WORDS_MEMO_LIMIT) shortKeyWordsMemo.clear();
  // The surface is cut from the file's text: detached, the memo holds no file's text.
  const words: ShortKeyWords = { surface: detach(d.surface), wordKeys: keys.length, firstKey: keys[0], lastKey: keys[1], ...shortKeysByWords(d), ...(keys.length > 0 ? fullNameWordsOf(d) : ONE_WORD) };
  shortKeyWordsMemo.set(d.key, words);
  return words;
}

type NameWords = Pick<MentionDraft, 'key' | 'surface' | 'shortFormKeys'>;

function fullNameWordsOf(d: NameWords): FullNameWords {
  return {
    middleNames: middleNamesOf(d),
    particleSurname: surnameAfterParticle(d.key) && !isMarriedNameAfterDe(d.key),
    firstWord: namesADivision(d.surface, d.shortFormKeys[1]!) ? null : detach(firstSpaceSeparatedWord(d.surface)),
    givenPlaceName: isGivenPlaceName(d),
  };
}

function shortKeysByWords(d: NameWords): Pick<ShortKeyWords, 'before' | 'lastAlone' | 'transliterated' | 'after'> {
  const before: string[] = [];
  // "Al Ahly won … Ahly coach Marcel Koller", "Al Jazeera … Jazeera said": the word after the Arabic article alone.
  const afterArticle = d.shortFormKeys.length === 0 ? surnameWithoutArticle(d.key) : null;
  if (afterArticle) before.push(afterArticle);
  // "Amazon" for "Amazon.com Inc.", "TankerTrackers" for "TankerTrackers.com", one word though it is: the name before a web address's domain.
  const domainStem = WEB_ADDRESS_STEM.exec(d.surface)?.[1];
  if (domainStem) before.push(nameKey(domainStem));
  if (d.shortFormKeys.length === 0) {
    const hyphenHead = knownBodysHyphenHead(d);
    if (hyphenHead) before.push(hyphenHead);
    return { before, lastAlone: false, transliterated: null, after: NO_WORDS };
  }
  const [firstKey, lastKey] = d.shortFormKeys as [string, string];
  // 'Robert "Bobby" Tanaka … "Bobby" said': a quoted nickname of one word, as a surname is.
  const nickname = quotedNicknameOf(d.key);
  if (nickname && !nickname.includes(' ')) before.push(nickname);
  // "Sheffield" alone is the town, not "Sheffield South East", the constituency.
  if (firstWordStandsFor(d.shortFormKeys, d.key) && !isPlaceAndCompassPoints(d.key)) before.push(firstKey);
  const hyphenPart = companyHyphenPart(d);
  if (hyphenPart) before.push(hyphenPart);
  const brand = brandAfterCountry(d.key);
  if (brand) before.push(brand);
  const bodyWord = bodysWordAfterPlace(d.key);
  if (bodyWord) before.push(bodyWord);
  const lastAlone = lastWordAloneStandsFor(d.key);
  before.push(...patronymicInside(d.key, firstKey), ...kunyaOf(d.key, firstKey));
  const transliterated = lastAlone && transliterationFold(lastKey) !== looseToken(lastKey) ? detach(TRANSLITERATED + transliterationFold(lastKey)) : null;
  return { before, lastAlone, transliterated, after: withParticlesFolded(shortKeysAfterLastWord(d.key, lastKey, lastAlone)) };
}

/** Each key, then its particles' folded form where that differs (particleFold, marked as transliterated). */
function withParticlesFolded(keys: readonly string[]): readonly string[] {
  return keys.flatMap((key) => {
    const folded = particleFold(key);
    return folded === key ? [key] : [key, TRANSLITERATED + folded];
  });
}

/**
 * "Crown Prince Faisal bin Turki Al Saud … Bin Turki later flew", "Sheikh Mohammed bin Abdulrahman Al
 * Thani … bin Abdulrahman said": a given name's "bin" or "ibn" and the father's name, with more of the
 * name after them, stand for the person as news writes them (each was a person, or other, of its own).
 * Only the father's, the first: "bin Abdulaziz" of "Faisal bin Turki bin Abdulaziz" is his grandfather.
 * "bin Salman" closing "Mohammed bin Salman" is a particle surname already.
 */
function patronymicInside(key: string, firstKey: string): readonly string[] {
  if (!PATRONYMIC_IN_KEY.test(key) || !isGivenName(firstKey, true)) return NO_WORDS;
  const words = key.split(' ');
  const particle = words.findIndex((word, j) => j > 0 && PATRONYMIC_PARTICLES.has(word));
  return particle > 0 && particle + 2 < words.length ? [`${words[particle]} ${words[particle + 1]}`] : NO_WORDS;
}

const PATRONYMIC_IN_KEY = / (?:bin|ibn|bint|binti) /;

/**
 * "Abu Yusuf al-Halabi … Abu Yusuf, who took over the group", "Abu Mohammed al-Julani": the kunya
 * ("father of" and a given name) that opens a longer name stands for it. Not a place's "Abu Dhabi"
 * (no given name after it).
 */
function kunyaOf(key: string, firstKey: string): readonly string[] {
  if (!KUNYA_WORDS.has(firstKey)) return NO_WORDS;
  const words = key.split(' ');
  return words.length >= 3 && isGivenName(words[1]!, true) ? [`${firstKey} ${words[1]}`] : NO_WORDS;
}

/**
 * "the Treasury accused" after "the U.S. Treasury Department", "Commerce said" after "the U.S.
 * Commerce Department": a known place, then a word and a body's head word; the word alone is the
 * body, as it is after "the Treasury Department" (the two were apart).
 */
function bodysWordAfterPlace(key: string): string | null {
  const rest = restAfterPlace(key);
  const space = rest === null ? -1 : rest.indexOf(' ');
  if (rest === null || space < 0 || rest.indexOf(' ', space + 1) >= 0) return null;
  const word = rest.slice(0, space);
  const head = rest.slice(space + 1);
  return HEAD_WORDS.get(head) === 'organization' && firstWordStandsFor([word, head], rest) ? word : null;
}

/** The short forms tried after a name's last word: its other spelling, its generation, its particle's surname, its founder's. */
function shortKeysAfterLastWord(key: string, lastKey: string, lastAlone: boolean): string[] {
  const keys: string[] = [];
  // "Zelenskiy's chief of staff" after "Volodymyr Zelensky": a surname transliterated otherwise.
  if (lastAlone && looseToken(lastKey) !== lastKey) keys.push(looseToken(lastKey));
  const generation = generationOf(key);
  // "RFK Jr." of "Robert F. Kennedy Jr.", "MLK Jr.": the initials before the generation (not "RFK" alone, his father's).
  if (generation) keys.push(`${lastKey} ${generation}`, `${initialsBeforeGeneration(key)} ${generation}`);
  const beforeGeneration = keyBeforeGeneration(key);
  const particleSurname = particleSurnameOf(beforeGeneration);
  if (particleSurname && lastWordStandsFor(beforeGeneration)) keys.push(particleSurname);
  const articleless = surnameWithoutArticle(lastKey);
  if (articleless && lastWordStandsFor(key)) keys.push(articleless);
  const founder = founderSurnameOf(key);
  if (founder) keys.push(founder);
  return keys;
}

/**
 * "Putin" after "Vladimir Putin", "Kim" after "Kim Yo Jong", "RIA" after "RIA Novosti": a single
 * word that repeats the first or last word of a fuller name in the same article stands for one of
 * them. Like a reader, prefer the one most recently the subject of a sentence (named first in it),
 * then the one most recently named; one named only later is left to the page (see
 * linkShortFormsAcrossArticles).
 */
export function linkShortForms(found: MentionDraft[], otherwise: 'unlinked' | 'mostMentioned' = 'unlinked', family: ArticleFamily = NO_FAMILY): void {
  for (const d of found) if (d.evidence[OTHER]! >= WEIGHT.eponymousCondition && !d.link && d.shortFormKeys.length === 0 && namesEponymousThing(d.evidence)) d.modifier = true;
  linkAwardsNamedByOneWord(found);
  const story = new StoryFacts(found, family);
  const candidates = candidateKinds(found, story);
  // "Father Lombardi" after "Federico Lombardi" may be the article's only short form.
  if (!candidates.any && !found.some(isTitleAndOneWord)) return;
  const names = indexFullNames(found, candidates.placeWord, candidates.initialNickname);
  linkRegnalNames(found, names.byShortKey);
  linkTitledSurnames(found, names.byShortKey);
  const seen: Recency = { lastSubject: new Map(), lastMention: new Map() };
  let previousSentence = -1;
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    const isSubject = d.sentence !== previousSentence;
    previousSentence = d.sentence;
    if (namesItselfApart(d)) story.namedApart.add(d.key);
    if (story.isCandidate(d)) linkCandidate(d, i, names, story, seen, otherwise);
    if (candidates.placeWord) story.surnameReadings.note(d);
    recordMention(d, i, isSubject, story, seen);
  }
}

/**
 * "Thomas Adeyemi won the Pulitzer Prize … won the Pulitzer for fiction": one word its context makes
 * an award stands for the article's award that opens with it; with none it is the award alone, no
 * short form of a person's name ("the Oscar for best picture" went to "Oscar Isaac").
 */
function linkAwardsNamedByOneWord(found: MentionDraft[]): void {
  let awards: Map<string, string> | null = null;
  for (const d of found) {
    if (!d.award || d.link || d.modifier) continue;
    awards ??= awardsByFirstWord(found);
    const award = awards.get(d.key);
    if (award) d.link = award;
    else d.modifier = true;
  }
}

/** The article's awards by their first word: "pulitzer" → "pulitzer prize". */
function awardsByFirstWord(found: readonly MentionDraft[]): Map<string, string> {
  const awards = new Map<string, string>();
  for (const d of found) {
    const [first, last] = d.shortFormKeys;
    if (first && last && AWARD_HEADS.has(last) && !awards.has(first)) awards.set(first, d.link ?? d.key);
  }
  return awards;
}

const AWARD_HEADS = new Set(['prize', 'prizes', 'award', 'awards', 'medal', 'trophy']);

/**
 * Whether the story holds a short form's candidate at all, one that is a known place's word (only
 * then must the index know which full names are people's; most articles have none), and one that
 * may be an initial's nickname. One pass: three passes asked each draft up to three times.
 */
function candidateKinds(found: readonly MentionDraft[], story: StoryFacts): { any: boolean; placeWord: boolean; initialNickname: boolean } {
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
interface Recency {
  lastSubject: Map<string, number>;
  lastMention: Map<string, number>;
}

/**
 * What linkShortForms learns of one story's drafts. Each fact is worked out when first asked, since
 * most short forms need few of them (only a known word needs the story's companies and surnames).
 */
class StoryFacts {
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
    return (isBodyByContext(d.evidence) || d.sideOfFixture === true) && this.teamsOfPlaces.has(d.key);
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

/** Links one candidate to the full name it stands for, if the story leaves one (the most recent subject first). */
function linkCandidate(d: MentionDraft, i: number, names: FullNameIndex, story: StoryFacts, seen: Recency, otherwise: 'unlinked' | 'mostMentioned'): void {
  const keys = narrowByType(d, i, narrowByFamily(d, i, narrowByPerson(d, possibleFullNames(d, names, story), names, story, seen.lastMention), story, seen.lastMention), story);
  if (keys.length > 0 && isWhatTheStoryNamedApart(d, keys, story)) {
    d.modifier = true;
    return;
  }
  if (keys.length > 0) {
    d.link = settledBodyOf(d, keys, story) ?? choose(keys, seen.lastSubject) ?? choose(keys, seen.lastMention);
    if (d.link && keys.length > 1) d.link = principalBearer(d, keys, d.link, story, seen);
    if (!d.link && otherwise === 'mostMentioned') d.link = mostMentioned(keys, story.mentionCounts);
    if (d.link && keys.length > 1 && !story.settledBodies.has(d.key) && keys.every((k) => story.fullNameTypes.get(k) !== 'person')) story.settledBodies.set(d.key, d.link);
  }
  if (d.link && !d.acronym && isGivenNameOf(d.key, d.link) && !story.family.namesCouple(d, story.found[i + 1])) story.calledByGivenName.add(d.link);
  // "Lawyers for Amazon cited Smith v. Jones … Judge Milan D. Smith Jr. wrote": a case's party no
  // earlier name explains is no short form of one named later (nor, in the merge, of anyone).
  else if (!d.link && story.family.namesCaseParty(d)) d.modifier = true;
}

/** Whether a kinship noun's relative may be this one: "his father" is no son, nor a mother. */
function isKinSpokenOf(relative: Kin, spoken: Kin | null): boolean {
  return spoken !== null && spoken.child === relative.child && (spoken.sex === null || relative.sex === null || spoken.sex === relative.sex);
}

/**
 * "Cathay Pacific Airways … its freight arm, Cathay Cargo. … Cathay said it expected … Cathay Cargo
 * moved 800,000 tonnes … Lam said Cathay would add 30 aircraft": a word the story has already used
 * for one of several bodies it opens, the others named by then, goes on standing for that body; the
 * story names the others in full to tell them apart (the last "Cathay" went to "Cathay Cargo", named
 * in the sentence before). Not for people: "Eduardo Bolsonaro said … Bolsonaro added" is the son.
 */
function settledBodyOf(d: MentionDraft, keys: readonly string[], story: StoryFacts): string | null {
  const settled = keys.length > 1 ? story.settledBodies.get(d.key) : undefined;
  return settled !== undefined && keys.includes(settled) ? settled : null;
}

/**
 * "NASA launched the Europa Clipper … Europa, an icy moon of Jupiter, … fly past Europa 49 times": a
 * word its own sentence typed as a thing of its own (no person), standing apart from the longer name
 * it opens, is that thing when the story names it alone again with nothing said of it (the later
 * "Europa" went to the probe). Not for people's names: "in Hamilton … Lewis Hamilton … Hamilton said".
 */
function namesItselfApart(d: MentionDraft): boolean {
  if (d.link || !d.modifier || d.shortFormKeys.length > 0 || d.acronym) return false;
  const strongest = strongestType(d.evidence);
  return strongest !== null && strongest.type !== 'person' && strongest.weight >= WEIGHT.contextNoun;
}

function isWhatTheStoryNamedApart(d: MentionDraft, keys: readonly string[], story: StoryFacts): boolean {
  if (!story.namedApart.has(d.key) || strongestType(d.evidence) !== null) return false;
  return keys.every((key) => story.fullNameTypes.get(key) !== 'person');
}

/** "samuel" → ["sam"]: the hypocoristics of each formal given name (NICKNAMES read the other way). */
const HYPOCORISTICS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const of = new Map<string, string[]>();
  for (const [short, formals] of NICKNAMES) for (const formal of formals) of.set(formal, [...(of.get(formal) ?? []), short]);
  return of;
})();

/** Marks the byShortKey keys of transliterated surnames, so that no short form's own key meets them. */
const TRANSLITERATED = '~';

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
function possibleFullNames(d: MentionDraft, names: FullNameIndex, story: StoryFacts): string[] {
  const { known } = story;
  // An acronym stands only for a name it begins ("RIA" for "RIA Novosti"), never for a surname, nor
  // for one it begins where another name spells it (left to linkAcronyms).
  const fullNames = d.acronym ? acronymsFullNames(d, names, story) : (withMiddleNames(names.byShortKey.get(d.key) ?? names.byShortKey.get(looseToken(d.key)) ?? transliteratedSurnameOf(d, names), names.byMiddleKey.get(d.key)) ?? names.byInitialNickname.get(d.key) ?? givenNameVariantOf(d, names.byFormalGivenName, story.found) ?? givenNameVariantOf(d, names.byHypocoristic, story.found));
  // Most candidates repeat no full name's words: only a team may be left to them, and nothing below need be asked.
  if (!fullNames) return teamOfPlace(d, story);
  // "Toyota" is a city too, but not after "Toyota Motor Corp": a company's word is the article's company.
  const isCompany = (full: string) => known.has(d.key) && story.companies.get(d.key) === full;
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

/** Of several full names, those of the generation, the title and the surname's form the candidate has. */
function narrowByPerson(d: MentionDraft, keys: string[], names: FullNameIndex, story: StoryFacts, lastMention: Map<string, number>): string[] {
  if (keys.length > 1) keys = withoutOtherGenerations(d.key, keys, lastMention);
  if (keys.length > 1 && d.descriptions.length > 0) keys = sameTitled(keys, d, story.titles, lastMention);
  if (keys.length > 1 && story.family.hasDoctorTitle(d)) keys = withoutOtherwiseTitled(keys, story.titles);
  // "Silva" beside "Marina Silva" and "Luiz Inácio Lula da Silva" is hers: his is "da Silva".
  if (keys.length > 1 && names.particleSurnames.size > 0 && keys.some((k) => !names.particleSurnames.has(k))) keys = keys.filter((k) => !names.particleSurnames.has(k));
  return keys;
}

/** Of several full names, those the honorific's or the pronoun's sex and the story's family leave. */
function narrowByFamily(d: MentionDraft, i: number, keys: string[], story: StoryFacts, lastMention: ReadonlyMap<string, number>): string[] {
  const { family } = story;
  const sex = keys.length > 1 ? family.honorificSex(d) : null;
  // Before the honorific's sex: a woman called by her given name is no "Mrs. Clinton" either.
  if (sex && story.calledByGivenName.size > 0) keys = withoutPeopleCalledByGivenName(d.key, keys, story.calledByGivenName, (k) => sexOfFullName(k, story.relatives, story.pronounSexes) !== otherSex(sex));
  if (sex) keys = ofHonorificSex(keys, sex, story.relatives, story.pronounSexes);
  // "His daughter, Keiko Fujimori, … Fujimori leads the polls, and she": the pronoun after a
  // surname that a relative shares says which of the family it is, before the relative is set aside.
  else if (keys.length > 1 && keys.some((k) => story.relatives.has(k))) {
    const pronounSex = family.pronounSexAfter(d, story.found[i + 1]);
    if (pronounSex) keys = ofHonorificSex(keys, pronounSex, story.relatives, story.pronounSexes);
  }
  const seniority = keys.length > 1 ? family.seniorityBefore(d) : null;
  if (seniority) keys = ofSeniority(keys, seniority, story.seniorities, (k) => story.relatives.get(k)?.child === true);
  else if (keys.length > 1) {
    const renamed = relativeNamedAgainJustBefore(d, keys, story, lastMention);
    keys = renamed ? [renamed] : withoutRelatives(keys, story.relatives, () => story.nonPeople);
  }
  return keys;
}

/**
 * "His son, Bilawal Bhutto Zardari, … Bilawal Bhutto Zardari said. Zardari, 35, a former foreign
 * minister": a relative the story names in full again, after the words that introduced him, is the
 * one a bare surname in that sentence or the next stands for, if no other bearer was named since (it
 * went to his father, "Asif Ali Zardari", the relative set aside). A relative named only where
 * introduced stays aside ("His daughter, Keiko Fujimori, visited him. Fujimori said"), and so does
 * one the sentence speaks of as a relative ("Pierre Trudeau patriated … Trudeau said his father";
 * "Zardari … since his mother, Benazir Bhutto, was assassinated" speaks of another).
 */
function relativeNamedAgainJustBefore(d: MentionDraft, keys: readonly string[], story: StoryFacts, lastMention: ReadonlyMap<string, number>): string | null {
  const recent = choose(keys, lastMention);
  if (recent === null || !story.relatives.has(recent) || isKinSpokenOf(story.relatives.get(recent)!, story.family.kinSpokenOfAfter(d))) return null;
  const at = lastMention.get(recent)!;
  const named = story.found[at]!;
  if (named.key !== recent || named.sentence < d.sentence - 1) return null;
  return story.found.some((e, j) => j < at && e.key === recent) ? recent : null;
}

/** Of the full names left, those the candidate's sentence and the names' own types allow; none marks it a modifier. */
function narrowByType(d: MentionDraft, i: number, keys: string[], story: StoryFacts): string[] {
  if (keys.length > 1) keys = withoutCommonWordNamesItOpens(d.key, keys, story.commonWordNames);
  if (keys.length > 0) {
    const kept = withoutNamesOfItsOwnBody(d.key, withoutBodiesNamedAfterIt(d.key, keys, story.firstWritten, story.acronymTailed));
    // The word is its own name here, and no other article's longer name either (the merge sent
    // "Rutgers" to the "Rutgers AAUP-AFT" union the article names after it).
    if (kept.length === 0) d.modifier = true;
    keys = kept;
  }
  if (keys.length > 1) keys = ofBodiesWhereSentenceSaysBody(d, keys, story.fullNameTypes);
  if (keys.length > 1) keys = ofPeopleWhereSentenceSaysPerson(d, keys, story.fullNameTypes);
  if (keys.length > 0 && d.region === RegionKind.Body && saysBodyOnly(d.evidence)) keys = withoutPeopleNamedLater(i, keys, story.firstWritten, story.fullNameTypes);
  if (keys.length > 0 && !d.quoted && saysBodyOnly(d.evidence)) keys = withoutPeopleOfThatNickname(d.key, keys);
  if (keys.length > 1) keys = withoutPlacesWhereSentenceSaysPerson(d, keys, story.fullNameTypes);
  if (keys.length > 1) {
    keys = companyTheWordNames(d.key, keys, d.acronym, story.fullNameTypes);
    // "Shares of GE": what several bodies share names none of them, here or in another article.
    if (keys.length === 0) d.modifier = true;
  }
  // "Nick Daicos … Josh Dunkley … Daicos's brother Josh kicked a goal": a given name after a named
  // person's kinship noun is that person's relative, of that surname, not another "Josh".
  // Marked a relative when no full name has that surname, so that the story's pass links it to none.
  if (keys.length > 0 && !d.acronym && !d.key.includes(' ')) {
    keys = ofKinsSurname(keys, story.family.possessorOfKin(d));
    if (keys.length === 0) d.modifier = true;
  }
  return keys;
}

/**
 * "Former President Jair Bolsonaro … The court sentenced Bolsonaro … Eduardo Bolsonaro, a
 * congressman, lobbied Washington. The ruling was the first of its kind. Bolsonaro, 70, has been
 * under house arrest": a bare surname several of the story's people bear is the first of them the
 * story named (its subject), not the last named, unless that one was named in its sentence or the
 * one before ("Eduardo Bolsonaro said … Bolsonaro added"), or a pronoun that may be that one's
 * stands between ("Brian Mwangi was released. He is due in court. Mwangi did not speak").
 */
function principalBearer(d: MentionDraft, keys: readonly string[], recent: string, story: StoryFacts, seen: Recency): string {
  if (d.key.includes(' ') || !keys.every((k) => k.endsWith(' ' + d.key))) return recent;
  const first = story.firstOfSurnames.get(d.key);
  const recentAt = seen.lastMention.get(recent);
  // "The icebreaker Sigrid Ellefsen … Captain Anders Ellefsen … Ellefsen said": the first named is a person's name, not a ship's.
  if (first === undefined || first === recent || !keys.includes(first) || recentAt === undefined || story.fullNameTypes.get(first) !== 'person') return recent;
  const recentSentence = story.found[recentAt]!.sentence;
  if (recentSentence >= d.sentence - 1) return recent;
  const sex = sexOfFullName(recent, story.relatives, story.pronounSexes);
  return story.family.holdsPronounOf(recentSentence + 1, d.sentence, sex) ? recent : first;
}

/** Remembers where the entity a draft names was mentioned, and where it was its sentence's subject. */
function recordMention(d: MentionDraft, i: number, isSubject: boolean, story: StoryFacts, seen: Recency): void {
  const entityKey = d.link ?? (d.shortFormKeys.length > 0 ? d.key : null);
  if (!entityKey) return;
  seen.lastMention.set(entityKey, i);
  if (isSubject && !(d.link && !d.acronym && isGivenNameOf(d.key, d.link) && !isFirstOfSurname(d.link, story.firstOfSurnames))) seen.lastSubject.set(entityKey, i);
}

/**
 * "Rupert Murdoch and three of his children … Elisabeth said she was glad … Murdoch, 94, had
 * sought": a writer calls a relative by the given name to tell her from the one the surname
 * stands for, so her given name as a subject makes her no likelier referent of the surname. The
 * first of the story's full names with that surname still is ("Jared Padalecki … Jared grew up
 * … his mother, Sherri Padalecki … Padalecki" is Jared).
 */
function isFirstOfSurname(full: string, firstOfSurnames: ReadonlyMap<string, string>): boolean {
  return firstOfSurnames.get(full.slice(full.lastIndexOf(' ') + 1)) === full;
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

/**
 * "City took the lead" after "Manchester City": a club's closing word, though a place's head word
 * ("city"), stands for the club, where the lists or the sentence make the name a body's. "City
 * officials said" after "Mexico City" stays no name of the city.
 */
function isClubByCloser(d: MentionDraft): boolean {
  if (d.shortFormKeys.length !== 2 || !isClubCloser(d.shortFormKeys[1]!) || d.key.includes(' of ')) return false;
  const listed = gazetteer().byKey.get(d.key)?.type;
  return listed === 'organization' || (listed === undefined && isBodyByContext(d.evidence));
}

/**
 * "Kansas City voters approved the tax. The City manager said the budget was balanced": a bare "City"
 * that is no town's council ("the City said", a modifier) is the story's town named "… City".
 */
function isCityClosingWithCity(d: MentionDraft): boolean {
  return d.shortFormKeys[1] === 'city' && d.shortFormKeys.length === 2 && !d.link && isKnownPlace(d.key);
}

/** "Mexico City" in the story: a bare "City" may be the place's word ("City officials said"), no club's. */
function namesPlaceClosingWith(found: readonly MentionDraft[], lastKey: string): boolean {
  return found.some((m) => m.shortFormKeys[1] === lastKey && isKnownPlace(m.key));
}

/**
 * "Hunter Biden told a House committee … Joe Biden left the White House", "The Red Cross sent aid":
 * the last word of a body or a place the lists know, made of dictionary words, is a word of its
 * own, not a short form of it ("House", "Cross", "Street" of "Wall Street"). "United" of
 * "Manchester United" still is.
 */
function isKnownThingOfWords(d: MentionDraft): boolean {
  if (!d.commonWordsOnly) return false;
  const entry = gazetteer().byKey.get(d.key);
  return !!entry && entry.type !== 'person';
}

/**
 * "Mercedes" of "Mercedes-Benz", "Hapag" of "Hapag-Lloyd": the part before the hyphen of a one-word body
 * the lists know ("Mercedes-Benz reported results. Mercedes said profit fell" dropped the second, a
 * given name opening its sentence). Not an article ("al" of "al-Shabaab") nor a place ("Guinea-Bissau").
 */
function knownBodysHyphenHead(d: Pick<MentionDraft, 'key' | 'surface'>): string | null {
  const hyphen = d.surface.indexOf('-');
  if (hyphen < 3 || d.surface.includes(' ') || gazetteer().byKey.get(d.key)?.type !== 'organization') return null;
  const head = nameKey(d.surface.slice(0, hyphen));
  return NAME_PARTICLES.has(head) || isKnownPlace(head) ? null : head;
}

/** "Amazon" of "Amazon.com Inc." or "Amazon.com": a name and a web address's domain opening a name. */
/**
 * "Cliffs" of "Cleveland-Cliffs Inc.": the part after the hyphen of a company's first word, where
 * the legal form says company. Not a place ("Cleveland" stays the city); "Cola" of "Coca-Cola
 * Co." is taken too, harmless, since nobody writes it alone.
 */
function companyHyphenPart(d: Pick<MentionDraft, 'key' | 'surface'>): string | null {
  const hyphen = d.surface.indexOf('-');
  if (hyphen < 0) return null;
  const space = d.surface.indexOf(' ');
  if (space < hyphen || !closesWithLegalForm(d.key)) return null;
  const part = nameKey(d.surface.slice(hyphen + 1, space));
  return part.length > 2 && !part.includes(' ') && !isKnownPlace(part) ? part : null;
}

/**
 * "Cosco" of "China COSCO Shipping Corp.", "Evergrande" of "China Evergrande Group": the word after
 * the country that opens a company's name, where no dictionary holds it ("Korea Zinc Co." gives no "Zinc").
 */
function brandAfterCountry(key: string): string | null {
  const space = key.indexOf(' ');
  const next = key.indexOf(' ', space + 1);
  if (space < 0 || next < 0 || !isCountry(key.slice(0, space)) || !closesWithLegalForm(key)) return null;
  const word = key.slice(space + 1, next);
  return word.length > 2 && !isCommonWord(word) && !LEGAL_SUFFIXES.has(word) && !isKnownPlace(word) ? word : null;
}

const WEB_ADDRESS_STEM = /^(\p{Lu}[\p{L}\p{N}-]*)\.(?:com|net|org)(?:\s|$)/u;

/** The type the words and context of each full name say most, by key; null where they say nothing. */
function typesOfFullNames(found: readonly MentionDraft[]): Map<string, EntityType | null> {
  const types = new Map<string, EntityType | null>();
  for (const d of found) if (d.shortFormKeys.length > 0 && !d.link) types.set(d.key, strongestType(d.evidence, d.nameEvidence)?.type ?? null);
  return types;
}

/**
 * "Harvard said it would sue … Harvard Medical School will lose grants … Harvard has", "NetChoice, a
 * trade group, … the NetChoice Litigation Center": a word the article's text writes alone before
 * any longer name it opens that closes with a body's or a place's head word is its own name there,
 * not the school, the centre or the region ("Liverpool … Liverpool City Region") named after it.
 * A legal form or a group word names the same company ("Meta … Meta Platforms Inc.") and stays.
 */
function withoutBodiesNamedAfterIt(short: string, keys: string[], firstWritten: ReadonlyMap<string, number>, acronymTailed: ReadonlySet<string>): string[] {
  const shortAt = firstWritten.get(short);
  if (shortAt === undefined) return keys;
  const namedAfter = (k: string) => closesWithBodyHead(k) || acronymTailed.has(k);
  return keys.filter((k) => !(k.startsWith(short + ' ') && namedAfter(k) && !isClippedToItsWord(short, k) && shortAt < (firstWritten.get(k) ?? -1)));
}

/**
 * "Rice University … the Rice Investment program … Rice received 33,000 applications": where the
 * story names a school by its word and its head ("Rice University"), the word is the school's, not
 * that of the programme, the paper or the fund named after it (it went to the name written last).
 */
function withoutNamesOfItsOwnBody(short: string, keys: string[]): string[] {
  if (keys.length < 2 || !keys.some((k) => k.startsWith(short + ' ') && isClippedToItsWord(short, k))) return keys;
  return keys.filter((k) => !k.startsWith(short + ' ') || isClippedToItsWord(short, k));
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
 * "He transferred to Brandeis … Brandeis University named a hall after him": a university, a
 * college or a school is called by the one word before its head, whichever comes first (the word
 * was a place of its own; "was sent to Westbrook at 13 … the governors of Westbrook School" a
 * person). "Harvard Medical School" is a part of Harvard, and stays apart.
 */
function isClippedToItsWord(short: string, key: string): boolean {
  return key.length > short.length + 1 && CLIPPED_INSTITUTION_HEADS.has(key.slice(short.length + 1));
}

const CLIPPED_INSTITUTION_HEADS = new Set(['university', 'college', 'school']);

function closesWithBodyHead(key: string): boolean {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return HEAD_WORDS.has(last) && !LEGAL_SUFFIXES.has(last) && !COMPANY_GROUP_WORDS.has(last);
}

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

/**
 * "Ford shares rose 2%" after "Ford Motor Co." and "Bill Ford": a short form whose own sentence says
 * organisation and nothing else is the article's body of that name, not its person. Where the
 * sentence says nothing ("good for Ford"), or says person ("Ford said", which a company does too), all stay.
 */
function ofBodiesWhereSentenceSaysBody(d: MentionDraft, keys: string[], types: ReadonlyMap<string, EntityType | null>): string[] {
  if (weightOf(d.evidence, 'organization') <= 0 || saysOtherThan(d.evidence, 'organization')) return keys;
  const bodies = keys.filter((k) => types.get(k) === 'organization');
  return bodies.length > 0 ? bodies : keys;
}

/**
 * "Indian billionaire Gautam Adani … Adani Green Energy Ltd, a unit of the Adani Group … Adani, 62, is
 * Asia's second-richest person": a short form whose own sentence says a person's more than a speech
 * verb does (an age, a person's verb or possession) is the article's person of that name, not the
 * companies named after him (it went to the company, which the age then made a person).
 */
function ofPeopleWhereSentenceSaysPerson(d: MentionDraft, keys: string[], types: ReadonlyMap<string, EntityType | null>): string[] {
  if (!isPersonByContext(d.evidence) || (weightOf(d.evidence, 'person') < WEIGHT.personVerb && !onlyPersonAndFirmsNamedAfter(d.key, keys, types))) return keys;
  // Only names typed otherwise are set aside: "Lee Hsien Loong stepped down" says nothing of its type.
  const people = keys.filter((k) => (types.get(k) ?? 'person') === 'person');
  return people.length > 0 ? people : keys;
}

/**
 * "Renata Ostrowski of Ostrowski & Vance LLP … \"We disagree,\" Ostrowski said": one person of that
 * surname and bodies named after it; a speech verb, which bodies use too, is then enough to say
 * which (the firm, written last, took it).
 */
function onlyPersonAndFirmsNamedAfter(short: string, keys: readonly string[], types: ReadonlyMap<string, EntityType | null>): boolean {
  const people = keys.filter((k) => types.get(k) === 'person');
  return people.length === 1 && people[0]!.endsWith(' ' + short) && keys.every((k) => k === people[0] || (k.startsWith(short + ' ') && types.get(k) === 'organization'));
}

/**
 * "Prosecutors said the construction company Odebrecht paid bribes. Marcelo Odebrecht, its former
 * chief executive, was jailed": a word its own sentence makes a body's, written before the
 * article's text names a person with it, is no short form of that person ("Ford shares rose"
 * after "Bill Ford" may still be his, for ofBodiesWhereSentenceSaysBody to weigh).
 */
function withoutPeopleNamedLater(at: number, keys: string[], firstWritten: ReadonlyMap<string, number>, types: ReadonlyMap<string, EntityType | null>): string[] {
  return keys.filter((k) => types.get(k) !== 'person' || at > (firstWritten.get(k) ?? -1));
}

function saysBodyOnly(evidence: readonly number[]): boolean {
  return weightOf(evidence, 'organization') > 0 && !saysOtherThan(evidence, 'organization');
}

/**
 * "Khan said the evidence was strong" beside the prosecutor "Karim Khan" and the city "Khan Younis":
 * a short form its own sentence makes a person's is no place's opening or closing word. Where the
 * sentence says nothing ("strikes on Khan"), both stay.
 */
function withoutPlacesWhereSentenceSaysPerson(d: MentionDraft, keys: string[], types: ReadonlyMap<string, EntityType | null>): string[] {
  if (!isPersonByContext(d.evidence)) return keys;
  const known = gazetteer().byKey;
  const notPlaces = keys.filter((k) => (known.get(k)?.type ?? types.get(k)) !== 'place');
  return notPlaces.length > 0 ? notPlaces : keys;
}

/**
 * "Amazon" beside "Amazon.com Inc." and "Amazon Web Services", "GE" beside "GE Aerospace" and "GE
 * Vernova": a word opening the names of several of the article's companies is what they share. It
 * is the one that is only the word and its legal form, group word or domain ("Amazon.com Inc.",
 * "Hanseong Group"), else the only one with a legal form (the company, not its units), else the one
 * the others extend ("Goldman Sachs" of "Goldman Sachs Asset Management"); else an acronym is none
 * of them ("Shares of GE" are the parent's) and a word stays as it was. Not people ("Kim" after "Kim
 * Jong Un" and "Kim Yo Jong"); names of nothing said are companies' only after an acronym ("GE
 * Vernova"; "JD Vance" is a person's).
 */
function companyTheWordNames(short: string, keys: string[], acronym: boolean, types: ReadonlyMap<string, EntityType | null>): string[] {
  const isCompany = (key: string) => {
    const type = types.get(key);
    return key.startsWith(short + ' ') && (type === null ? acronym : type === 'organization');
  };
  if (!keys.every(isCompany)) return keys;
  for (const preferred of [keys.filter((k) => isWordAndLegalForm(k)), keys.filter((k) => closesWithLegalForm(k) && !namesCountrysUnit(short, k))]) if (preferred.length === 1) return preferred;
  const extended = keys.filter((k) => keys.every((other) => other === k || other.startsWith(k + ' ')));
  return extended.length === 1 ? extended : acronym ? [] : keys;
}

/** "amazon com inc", "hanseong group", "volkswagen ag": one word, then only a web domain's ending, group words or legal forms. */
function isWordAndLegalForm(key: string): boolean {
  const words = key.split(' ');
  return words.length > 1 && words.slice(1).every((w) => LEGAL_SUFFIXES.has(w) || WEB_DOMAIN_ENDINGS.has(w) || COMPANY_GROUP_WORDS.has(w));
}

function closesWithLegalForm(key: string): boolean {
  return LEGAL_SUFFIXES.has(key.slice(key.lastIndexOf(' ') + 1));
}

/**
 * "marlow ghana limited" of "marlow": the word, a country and a legal form name the company's unit
 * there, not the company ("Marlow's Ghanaian unit, Marlow Ghana Limited": "Marlow's" went to the
 * unit over "Marlow Foods", by its legal form).
 */
function namesCountrysUnit(short: string, key: string): boolean {
  const rest = key.slice(short.length + 1, key.lastIndexOf(' '));
  return rest.length > 0 && isCountry(rest);
}

const WEB_DOMAIN_ENDINGS = new Set(['com', 'net', 'org']);

/** "Chelsea" for "Chelsea Clinton": a short form that is the full name's first word and not its last. */
function isGivenNameOf(short: string, full: string): boolean {
  return full.startsWith(short + ' ') && !full.endsWith(' ' + short);
}

/**
 * "Hillary Clinton and Bill Clinton … Their daughter, Chelsea Clinton … Chelsea said … Mrs. Clinton
 * later met": a writer who calls someone by the given name alone does so to tell her from the others
 * of her surname, so an honorific and the surname is one of the others. All called so: all stay.
 * Only after an honorific: a biography calls its subject "Jared" as a child and "Padalecki" after,
 * beside his mother "Sherri Padalecki". A given name before "and" and a full name of its surname
 * calls no one so: "Bill and Melinda Gates … Mr. Gates" is Bill Gates (ArticleFamily.namesCouple).
 */
function withoutPeopleCalledByGivenName(short: string, keys: string[], calledByGivenName: ReadonlySet<string>, fitsHonorific: (key: string) => boolean): string[] {
  const others = keys.filter((k) => !(calledByGivenName.has(k) && k.endsWith(' ' + short)));
  // "Brian Castellanos and his wife, Jennifer Castellanos … Jennifer's attorney said … Mrs. Castellanos
  // had lost a house": where only a man is left, the woman called by her given name is still the "Mrs.".
  return others.some(fitsHonorific) ? others : keys;
}

/** "J-Lo", "A-Rod", "K-Fed": a given name's initial, a hyphen and the start of a surname. */
const INITIAL_NICKNAME = /^\p{Lu}-\p{Lu}\p{Ll}+$/u;

/**
 * The keys of the nicknames a person's initial and the start of the surname make: "j lo", "j lop",
 * "j lope" for "Jennifer Lopez" ("J-Lo" is hers), "a rod" for "Alex Rodriguez". Two letters of the
 * surname at least, never all of it.
 */
function initialNicknames(firstKey: string, lastKey: string): string[] {
  const nicknames: string[] = [];
  for (let n = 2; n < Math.min(lastKey.length, 5); n++) nicknames.push(`${firstKey[0]} ${lastKey.slice(0, n)}`);
  return firstKey.length > 1 ? nicknames : [];
}

type Sex = 'female' | 'male';

/** Keys of the full names an article introduces as someone's relatives, with the sex its kinship noun gives ("wife": female), if any. */
export type Relatives = ReadonlyMap<string, Kin>;

/** What a kinship noun says of a relative: the sex ("wife": female), and whether a child ("son", "stepdaughter"). */
export interface Kin {
  sex: Sex | null;
  child: boolean;
}

/** What linkShortForms may ask of an article's text about the people it names. */
export interface ArticleFamily {
  relativesOf(found: MentionDraft[]): Relatives;
  /** The sex of the honorific right before a mention: "Mrs. Gambaryan" female, "Mr. Moon" male. */
  honorificSex(d: MentionDraft): Sex | null;
  /** The sex of the pronoun right after a full name in its sentence, by the name's key (see pronounSexesIn). */
  pronounSexesOf(found: MentionDraft[]): ReadonlyMap<string, Sex>;
  /** The sex of the first "he" or "she" after a mention in its sentence, before the next name: "Fujimori leads the polls, and she" ("proposed to her" is someone else). */
  pronounSexAfter(d: MentionDraft, next: MentionDraft | undefined): Sex | null;
  /** "the younger Biden", "the elder Kim": the seniority a surname's word before it asks of the family. */
  seniorityBefore(d: MentionDraft): Seniority | null;
  /** The full names the text places younger or elder in their family (see senioritiesIn). */
  senioritiesOf(found: MentionDraft[]): ReadonlyMap<string, Placement>;
  /** "Dr. Biden", "Prof. Nakamura": a scholar's or a physician's title right before a mention. */
  hasDoctorTitle(d: MentionDraft): boolean;
  /** "Bill and Melinda Gates": a given name joined by "and" to the full name after it, whose surname both share. */
  namesCouple(given: MentionDraft, next: MentionDraft | undefined): boolean;
  /** "Smith v. Jones": a party named in a case's caption, right before or after "v.", "vs." or "versus". */
  namesCaseParty(d: MentionDraft): boolean;
  /** "Daicos's brother Josh": the key of the name owning the kinship noun right before a mention, else null. */
  possessorOfKin(d: MentionDraft): string | null;
  /** Whether the sentences from `from` up to `to` (not included) hold a third-person pronoun of that sex (of either, for null). */
  holdsPronounOf(from: number, to: number, sex: Sex | null): boolean;
  /** "Trudeau, 52, said his father had taught him": the relative the rest of the mention's sentence speaks of, else null. */
  kinSpokenOfAfter(d: MentionDraft): Kin | null;
}

const NO_FAMILY: ArticleFamily = {
  relativesOf: () => new Map(),
  honorificSex: () => null,
  pronounSexesOf: () => new Map(),
  pronounSexAfter: () => null,
  seniorityBefore: () => null,
  senioritiesOf: () => new Map(),
  hasDoctorTitle: () => false,
  namesCouple: () => false,
  namesCaseParty: () => false,
  possessorOfKin: () => null,
  holdsPronounOf: () => true,
  kinSpokenOfAfter: () => null,
};

/** The family an article's text tells of: its relatives, and the honorifics before its names. */
export function familyIn(text: string, sentences: readonly number[]): ArticleFamily {
  return {
    relativesOf: (found) => relativesIn(text, sentences, found),
    pronounSexesOf: (found) => pronounSexesIn(text, sentences, found),
    pronounSexAfter: (d, next) =>
      isSpeakerLabel(text, d.end) ? null : pronounSexBetween(text, d.end, Math.min(sentences[2 * d.sentence + 1] ?? text.length, next && next.start >= d.end ? next.start : text.length), SUBJECT_PRONOUN),
    honorificSex: (d) => {
      const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, d.start - 8), d.start))?.[1];
      return honorific ? (honorific === 'Mr' ? 'male' : 'female') : null;
    },
    seniorityBefore: (d) => seniorityBefore(text, d.start),
    senioritiesOf: (found) => senioritiesIn(text, found),
    hasDoctorTitle: (d) => DOCTOR_BEFORE.test(text.slice(Math.max(0, d.start - 11), d.start)),
    namesCaseParty: (d) => VERSUS_AFTER.test(text.slice(d.end, d.end + 9)) || VERSUS_BEFORE.test(text.slice(Math.max(0, d.start - 9), d.start)),
    possessorOfKin: (d) => {
      const possessor = endsWithKinWord(text, d.start, 40) ? NAMED_KIN_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start))?.[1] : undefined;
      return possessor ? nameKey(possessor) : null;
    },
    holdsPronounOf: (from, to, sex) => {
      if (to <= from) return false;
      const between = text.slice(sentences[2 * from] ?? text.length, sentences[2 * to] ?? text.length);
      return (sex !== 'female' && MALE_PRONOUN.test(between)) || (sex !== 'male' && FEMALE_PRONOUN.test(between));
    },
    kinSpokenOfAfter: (d) => {
      const kin = POSSESSED_KIN.exec(text.slice(d.end, sentences[2 * d.sentence + 1] ?? text.length));
      return kin ? kinOf(kin[1]!) : null;
    },
    namesCouple: (given, next) => next !== undefined && next.shortFormKeys.length > 0 && next.start - given.end === 5 && text.slice(given.end, next.start) === ' and ' && !!given.link?.endsWith(' ' + next.shortFormKeys[1]!),
  };
}

/** "his father", "her late husband": a possessive pronoun and a kinship noun. */
const POSSESSED_KIN = /\b(?:his|her|their)\s+(?:late\s+)?((?:half-|step|grand)?(?:brother|sister|son|daughter|father|mother|parent)s?|wife|husband|cousin|uncle|aunt|nephew|niece|widow|widower)\b/;

/** "Daicos's brother Josh", "Lopez's younger sister Ana": a capitalised word's possessive, then a kinship noun, ending where a name begins. */
const NAMED_KIN_BEFORE =
  /(\p{Lu}[\p{L}-]*)['’]s\s+(?:(?:younger|older|elder|big|little|twin|baby)\s+)?(?:(?:half-|step|grand)?(?:brother|sister|son|daughter|father|mother)|wife|husband|cousin|uncle|aunt|nephew|niece|widow|widower),?\s+$/u;

/** The full names of a possessor's surname, when a kinship noun's possessor is named; otherwise all. */
function ofKinsSurname(keys: string[], possessor: string | null): string[] {
  return possessor ? keys.filter((k) => k.endsWith(' ' + possessor)) : keys;
}

const VERSUS_AFTER = /^\s+(?:v|vs)\.\s+\p{Lu}|^\s+versus\s+\p{Lu}/u;
const VERSUS_BEFORE = /\s(?:v|vs)\.\s+$|\sversus\s+$/;
const DOCTOR_BEFORE = /\b(?:Dr|Prof|Doctor|Professor)\.?\s+$/;

/**
 * "First lady Jill Biden … President Joe Biden … Dr. Biden told students": a doctor's title is
 * the one of several full names no other title was given; the president is "President Biden" or
 * "Mr. Biden". Those given the doctor's own title stay too ("Dr. Anthony Fauci").
 */
function withoutOtherwiseTitled(keys: string[], titles: ReadonlyMap<string, Set<string>>): string[] {
  const fitting = keys.filter((key) => {
    const given = titles.get(key);
    return !given || [...given].some((title) => DOCTOR_TITLES.has(title));
  });
  return fitting.length > 0 ? fitting : keys;
}

const DOCTOR_TITLES = new Set(['dr', 'prof', 'doctor', 'professor']);

const HONORIFIC_BEFORE = /\b(Mrs|Ms|Miss|Mme|Mr)\.?\s+$/;

/**
 * "Mrs. Gambaryan" after "Tigran Gambaryan … His wife, Yuki Gambaryan", "Ms. Milei" after "Javier
 * Milei … his sister, Karina Milei": an honorific is the full name of its sex, by the kinship noun
 * that introduced a relative, else by a given name one list of names holds, else by the pronoun
 * after the name ("Bill Clinton … where he served": "Bill" is in both lists). No sex known: all stay.
 */
function ofHonorificSex(keys: string[], sex: Sex, relatives: Relatives, pronounSexes: ReadonlyMap<string, Sex>): string[] {
  // "Mr. Adani" beside "Gautam Adani" and "Adani Green Energy Ltd.": a company has no sex.
  const nonCompanies = keys.filter((k) => !closesWithLegalForm(k));
  if (nonCompanies.length > 0) keys = nonCompanies;
  const sexOf = (key: string) => sexOfFullName(key, relatives, pronounSexes);
  const same = keys.filter((k) => sexOf(k) === sex);
  if (same.length > 0) return same;
  const notOther = keys.filter((k) => sexOf(k) === null);
  return notOther.length > 0 ? notOther : keys;
}

/** A full name's sex: by the kinship noun that introduced the relative, else the given name's list, else the pronoun after it. */
function sexOfFullName(key: string, relatives: Relatives, pronounSexes: ReadonlyMap<string, Sex>): Sex | null {
  return relatives.get(key)?.sex ?? givenNameGender(key.slice(0, key.indexOf(' '))) ?? pronounSexes.get(key) ?? null;
}

function otherSex(sex: Sex): Sex {
  return sex === 'male' ? 'female' : 'male';
}

/** "rfk" of "robert f kennedy jr": the first letters of the words before the generation. */
function initialsBeforeGeneration(key: string): string {
  const words = key.split(' ');
  return words.slice(0, -1).map((w) => w[0]).join('');
}

/** "juan dela rosa" of "juan dela rosa jr", "jose dela cruz" of "jose dela cruz iii": a name's key without its generation ("Dela Rosa" is his). */
function keyBeforeGeneration(key: string): string {
  const lastSpace = key.lastIndexOf(' ');
  const last = key.slice(lastSpace + 1);
  return lastSpace > 0 && (GENERATION_SUFFIXES.has(last) || FAMILY_NUMERALS.has(last)) ? key.slice(0, lastSpace) : key;
}

/** "jr" of "donald trump jr": the generation a name's key ends with, if any. */
function generationOf(key: string): string | null {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return key.includes(' ') && GENERATION_SUFFIXES.has(last) ? last : null;
}

/**
 * "Trump" in a story that names "Donald Trump" and his son "Donald Trump Jr." is the father: the
 * son is written "Trump Jr.". A surname alone is no name with a generation while one without,
 * already named, remains: "Robert F. Kennedy Jr. … Kennedy, 71, will lead …", before his father
 * "Robert F. Kennedy" is named, is the son.
 */
function withoutOtherGenerations(short: string, keys: string[], named: ReadonlyMap<string, number>): string[] {
  if (generationOf(short) || !keys.some(generationOf)) return keys;
  const others = keys.filter((k) => !generationOf(k) && named.has(k));
  return others.length > 0 ? others : keys;
}

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

/**
 * "and Savage created a website", in a sentence that also names the column "Savage Love": a word
 * that opens a name made only of dictionary words (which the merge keeps only if the corpus
 * confirms it) is the surname of a full name that ends with it, "Dan Savage". Names the word
 * ends are all kept: "Church" may be the "Lutheran Church" or the "Eastern Orthodox Church". A body's
 * name is kept too: "Ford" beside "Ford Motor Company" and "Bill Ford" may be either.
 */
function withoutCommonWordNamesItOpens(short: string, keys: string[], commonWordNames: ReadonlySet<string>): string[] {
  if (!keys.some((k) => k.endsWith(' ' + short))) return keys;
  return keys.filter((k) => !(commonWordNames.has(k) && k.startsWith(short + ' ') && !closesWithBodyWord(k)));
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

/** "Ford Motor Company", "Apple Inc.": dictionary words, but a body's by its last word; no column's name ("Savage Love"). */
function closesWithBodyWord(key: string): boolean {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return HEAD_WORDS.get(last) === 'organization' || LEGAL_SUFFIXES.has(last);
}

function commonWordsOnlyKeys(found: readonly MentionDraft[]): Set<string> {
  const keys = new Set<string>();
  for (const d of found) if (d.commonWordsOnly && d.shortFormKeys.length > 0) keys.add(d.key);
  // A name written once with a word no dictionary holds is not only common words.
  for (const d of found) if (!d.commonWordsOnly) keys.delete(d.link ?? d.key);
  return keys;
}

/**
 * "von der leyen" of "ursula von der leyen", "le pen" of "marine le pen": the particles before a
 * name's last word and that word, the surname as written alone ("Von der Leyen said"); null when no
 * particle comes before the last word or nothing comes before the particles.
 */
export function particleSurnameOf(key: string): string | null {
  // Read by positions in the key, not split into words: it is asked of every full name of every
  // article ("marloes van der veen": the start moves from "veen" back over "der" and "van").
  const lastStart = key.lastIndexOf(' ') + 1;
  let start = lastStart;
  // The word before the one at `start` is a particle, and it is not the name's first word.
  while (start >= 2) {
    const previousStart = key.lastIndexOf(' ', start - 2) + 1;
    const particle = key.slice(previousStart, start - 1);
    if (previousStart === 0 || (!NAME_PARTICLES.has(particle) && !MID_NAME_PARTICLES.has(particle))) break;
    start = previousStart;
  }
  return start < lastStart ? key.slice(start) : null;
}

/**
 * "burhan" of "al burhan" (the key of "al-Burhan"), "sisi" of "el sisi": an Arabic surname written
 * with its article joined by a hyphen is written without it too ("Gen. Abdel Fattah al-Burhan …
 * Burhan said"); null otherwise.
 */
export function surnameWithoutArticle(lastKey: string): string | null {
  // Most surnames hold no hyphen (a space in the key): no regex for them.
  return lastKey.includes(' ') ? (ARABIC_ARTICLE.exec(lastKey)?.[1] ?? null) : null;
}

/** "al-", "el-" and the article's assimilated forms before a sun letter ("ash-Shara", "ad-Din"). */
const ARABIC_ARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az)[ -](\p{L}{3,})$/u;

/** "luiz inacio lula da silva", "marloes van der veen": a name whose last word follows a particle. */
/**
 * "Estela Barnes de Carlotto", "Cristina Fernández de Kirchner": a Spanish married name, her surname,
 * "de" and her husband's, by which English news calls her alone ("Carlotto spent 36 years searching"
 * went to her grandson "Ignacio Montoya Carlotto"). After a given name "de" is a particle of the
 * surname: "Charles de Gaulle" is "de Gaulle".
 */
function isMarriedNameAfterDe(key: string): boolean {
  const words = key.split(' ');
  const n = words.length;
  return n >= 4 && words[n - 2] === 'de' && isListedSurname(words[n - 3]!) && !isGivenName(words[n - 3]!);
}

function surnameAfterParticle(key: string): boolean {
  return particleSurnameOf(key) !== null;
}

/**
 * "Lula" of "Luiz Inácio Lula da Silva": in a name of four words or more that closes with a
 * particle and a surname, the word before the particle may stand for it alone, where no other name
 * of the story begins or ends with it. Not any middle word: "Chao" alone, on a page that never
 * gives Yuen Ren Chao's full name, is not his daughter "Rulan Chao Pian".
 */
export function middleNamesStandingFor(d: Pick<MentionDraft, 'key' | 'surface'>): readonly string[] {
  const memo = middleNamesMemo.get(d.key);
  if (memo && memo.surface === d.surface) return memo.words;
  if (middleNamesMemo.size >= WORDS_MEMO_LIMIT) middleNamesMemo.clear();
  const words = middleNamesOf(d);
  middleNamesMemo.set(d.key, { surface: detach(d.surface), words });
  return words;
}

/** middleNamesStandingFor by key, with the surface it was worked out for (a function of the words and the fixed lists). */
const middleNamesMemo = new Map<string, { surface: string; words: readonly string[] }>();

function middleNamesOf(d: Pick<MentionDraft, 'key' | 'surface'>): readonly string[] {
  // 'Sean "Diddy" Combs … Diddy would appeal' made "Diddy" a name of its own: the quoted nickname inside a name stands for it.
  const nickname = d.key.length > 8 ? QUOTED_NICKNAME.exec(d.key) : null;
  if (nickname) return [nickname[1]!];
  const surnameAfterEnglishName = surnameAfterEnglishNameOf(d);
  if (surnameAfterEnglishName) return [surnameAfterEnglishName];
  if (!surnameAfterParticle(d.key)) return fatherSurnameOf(d);
  const words = d.key.split(' ');
  if (words.length < 4 || !capitalisedOrParticles(d.surface) || d.surface === d.surface.toUpperCase()) return NO_WORDS;
  const word = words[words.length - 3]!;
  return word.length > 1 && !NAME_PARTICLES.has(word) && !isCommonWord(word) && !HEAD_WORDS.has(words[words.length - 1]!) && !gazetteer().byKey.has(d.key) ? [word] : NO_WORDS;
}

const NO_WORDS: readonly string[] = [];

/**
 * "John Lee Ka-chiu", "Christopher Hui Ching-yu", "Regina Ip Lau Suk-yee": Hong Kong's way of
 * writing a name, an English given name, the family name, and a Chinese given name hyphened in lower
 * case. The family name after the English one stands for the name ("Lee said", "Mr Hui"), as does
 * the name without the English given name ("Lee Ka-chiu"); the key of that family name, or null.
 */
function surnameAfterEnglishNameOf(d: Pick<MentionDraft, 'key' | 'surface'>): string | null {
  const surfaceWords = d.surface.split(' ');
  if (surfaceWords.length !== 3 && surfaceWords.length !== 4) return null;
  if (!HYPHENED_CHINESE_GIVEN_NAME.test(surfaceWords[surfaceWords.length - 1]!) || !surfaceWords.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  const words = d.key.split(' ');
  const [given, family] = words as [string, string];
  // A Chinese family name is one short syllable, and may be a word as well ("Lee", "Tang").
  return isGivenName(given, true) && family.length <= 6 && !NAME_PARTICLES.has(family) ? family : null;
}

/** "Ka-chiu", "Ching-yu", "Suk-yee": a Chinese given name's two syllables, hyphened, the second in lower case. */
const HYPHENED_CHINESE_GIVEN_NAME = /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,6}$/u;

/** A key's quoted words between a given name and a surname: "sean \" diddy \" combs", "earvin ' magic ' johnson". */
const QUOTED_NICKNAME = /^[^"“”'‘’]+ ["“'‘] ([^"“”'‘’]+) ["”'’] [^"“”'‘’]+$/u;

/**
 * "Sheinbaum" of "Claudia Sheinbaum Pardo", "Petro" of "Gustavo Petro Urrego": of a given name (or
 * two) and two surnames, the father's, the first, stands for the name alone. Only where the given name is a
 * listed one and neither surname is ("Rulan Chao Pian" opens with no listed given name; "Ann" of
 * "Mary Ann Smith" and "Luther" of "Martin Luther King" are given names), or where one word the
 * lists know as neither comes before two listed surnames ("González" of "Edmundo González Urrutia").
 */
function fatherSurnameOf(d: Pick<MentionDraft, 'key' | 'surface'>): readonly string[] {
  const words = d.key.split(' ');
  if ((words.length !== 3 && words.length !== 4) || !capitalisedOrParticles(d.surface) || d.surface === d.surface.toUpperCase()) return NO_WORDS;
  const [father, mother] = words.slice(-2) as [string, string];
  const surnameLike = (w: string) => w.length > 2 && !isGivenName(w) && !isCommonWord(w) && !NAME_PARTICLES.has(w) && !HEAD_WORDS.has(w);
  // "Piña" of "Norma Lucía Piña Hernández": the lists answer for "lucía" too (isGivenName folds it).
  const givenFirst = words.slice(0, -2).every((w) => isGivenName(w)) || isUnlistedBeforeTwoSurnames(words);
  if (!givenFirst || !surnameLike(father) || !surnameLike(mother) || generationOf(d.key)) return NO_WORDS;
  return gazetteer().byKey.has(d.key) ? NO_WORDS : [father];
}

/** "edmundo gonzalez urrutia": three words, the first no listed surname, the last two listed surnames. */
function isUnlistedBeforeTwoSurnames(words: readonly string[]): boolean {
  return words.length === 3 && isListedSurname(words[1]!) && isListedSurname(words[2]!) && !isListedSurname(words[0]!);
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

/**
 * "lilly" of "eli lilly and co", "schwab" of "charles schwab corp": a company named with its
 * founder's given name and surname before its legal form goes by the surname. Null for any other
 * name: "JPMorgan Chase & Co." opens with no given name, "Morgan Stanley & Co." with a surname.
 */
function founderSurnameOf(key: string): string | null {
  const words = key.split(' ');
  let end = words.length;
  while (end > 2 && (LEGAL_SUFFIXES.has(words[end - 1]!) || words[end - 1] === '&' || words[end - 1] === 'and')) end--;
  if (end !== 2 || end === words.length || !LEGAL_SUFFIXES.has(words[words.length - 1]!)) return null;
  // "Morgan Stanley & Co." opens with a frequent surname: two founders' surnames, no given name.
  return isGivenName(words[0]!) && !isFrequentSurname(words[0]!) && !isCommonWord(words[1]!) ? words[1]! : null;
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

/**
 * "He went looking for his brother, George Whitman … I turned to Whitman": a surname shared by
 * the article's person and someone it introduces as a relative is the person's, whoever was
 * named last. Only when some other full name remains: "his son, Ralph Goode" alone is Ralph.
 */
function withoutRelatives(keys: string[], relatives: Relatives, nonPeople: () => Set<string>): string[] {
  if (relatives.size === 0 || !keys.some((k) => relatives.has(k))) return keys;
  // The "Han River" is no one's relative, nor the person a "Han" stands for. "Lee Hsien Loong", with
  // no title, is still the "Lee" beside his father "Lee Kuan Yew" and his siblings.
  const others = keys.filter((k) => !relatives.has(k) && !nonPeople().has(k));
  if (others.length > 0) return others;
  // "her husband, John Cassavetes, … Her son, the director Nick Cassavetes, … She married Cassavetes
  // in 1954": where every bearer is a relative, the surname is the elder's, whose name the child took.
  const elders = keys.filter((k) => relatives.has(k) && !relatives.get(k)!.child);
  return elders.length > 0 && elders.length < keys.length ? elders : keys;
}

/**
 * Keys of the full names the text introduces as someone's relatives: after a kinship noun and
 * its comma, or further along a list that follows one ("two daughters, Matilda Eve Goode [3]
 * (b. March 2009) and Teddie Eleanor Rose Goode"); with a kinship noun set off after the name
 * ("Eric Trump, the president's second son,"); named alone after one first ("his son Hunter …
 * Hunter Biden"); or as a first lady, a leader's wife ("First lady Jill Biden").
 */
export function relativesIn(text: string, sentences: readonly number[], found: MentionDraft[]): Relatives {
  const relatives = new Map<string, Kin>();
  // A relative is introduced as one where first named: "Quincy Jones, the music titan, …" is no
  // relative for the family's later "our father and brother Quincy Jones".
  const named = new Set<string>();
  const kinNamedAlone = new Map<string, Kin>();
  // Full names by surname, as the story (not its headline) names them.
  const namedBySurname = new Map<string, Set<string>>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0 && !d.link && !d.acronym) {
      const kin = endsWithKinWord(text, d.start, 24) ? KINSHIP_BEFORE.exec(text.slice(Math.max(0, d.start - 24), d.start)) : null;
      if (kin && !kinNamedAlone.has(d.key)) kinNamedAlone.set(d.key, kinOf(kin[0].replace(/[,\s]+$/, '')));
    }
    if (d.shortFormKeys.length === 0 || d.link || relatives.has(d.key)) continue;
    if (!named.has(d.key)) {
      named.add(d.key);
      // "First lady Jill Biden visited … President Joe Biden stayed": a leader's wife, though named first.
      const kin = kinshipBefore(text, sentences, d) ?? (isFirstLadyBefore(text, d.start) ? FIRST_LADY : undefined);
      if (kin !== undefined) relatives.set(d.key, kin);
    }
    if (d.region === RegionKind.Title) continue;
    const surname = d.shortFormKeys[1]!;
    const kin = kinOfOneNamedBefore(text, d, kinNamedAlone, namedBySurname.get(surname));
    if (kin !== undefined) relatives.set(d.key, kin);
    if (!namedBySurname.has(surname)) namedBySurname.set(surname, new Set());
    namedBySurname.get(surname)!.add(d.key);
  }
  return relatives;
}

/**
 * The sex of a relative of someone of the same surname the story named before: "President Joe
 * Biden … Hunter Biden, the president's son," (a kinship noun set off after the name, wherever it
 * stands: a headline may name him first), "his son Hunter … Hunter Biden" (the given name alone
 * after a kinship noun first), "First lady Jill Biden". Undefined for anyone else: in "Kim Yo Jong,
 * sister of North Korea's leader Kim Jong Un," she comes first, and the story is hers.
 */
function kinOfOneNamedBefore(text: string, d: MentionDraft, kinNamedAlone: ReadonlyMap<string, Kin>, sameSurname: ReadonlySet<string> | undefined): Kin | undefined {
  // The possessor's name is a word of this one: "Lee's lawyer, Lee In-jae" (a family name written first, no "surname" key).
  const associate = ASSOCIATES.has(wordBeforeSpaces(text, Math.max(0, d.start - 40), d.start)) ? ASSOCIATE_OF_NAMED_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start)) : null;
  if (associate && d.shortFormKeys.includes(nameKey(associate[1]!))) return ASSOCIATE;
  if (!sameSurname || ![...sameSurname].some((k) => k !== d.key)) return undefined;
  const setOff = KINSHIP_SET_OFF_AFTER.exec(text.slice(d.end, d.end + 60));
  if (setOff) return kinOf(setOff[1]!);
  if (sameSurname.has(d.key)) return undefined;
  if (kinNamedAlone.has(d.shortFormKeys[0]!)) return kinNamedAlone.get(d.shortFormKeys[0]!)!;
  return isFirstLadyBefore(text, d.start) ? FIRST_LADY : undefined;
}

/**
 * "Samsung heir Lee Jae-yong … Lee's lawyer, Lee In-jae, said … Mr. Lee had been free": someone
 * introduced as the aide of a person named by surname is, like a relative, no bare surname's bearer
 * while that person remains.
 */
const ASSOCIATE_OF_NAMED_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}-]*)['’]s\s+(?:lawyer|attorney|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|assistant|bodyguard|secretary),?\s+$/u;
const ASSOCIATE: Kin = { sex: null, child: false };
/** The nouns ASSOCIATE_OF_NAMED_BEFORE ends with, looked up first (see wordBeforeSpaces). */
const ASSOCIATES = new Set(['lawyer', 'attorney', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'adviser', 'advisor', 'assistant', 'bodyguard', 'secretary']);

/** The sex of the kinship noun before a name in its sentence, with only other names between; undefined where there is none. */
function kinshipBefore(text: string, sentences: readonly number[], d: MentionDraft): Kin | undefined {
  // Within its sentence: "He had two brothers, Niklaus and Johann II. Daniel Bernoulli was…"
  const before = text.slice(Math.max(sentences[2 * d.sentence]!, d.start - 80), d.start);
  const kin = lastMatch(KINSHIP, before);
  if (kin && LIST_OF_NAMES.test(withoutRoleBeforeName(before.slice(kin.index + kin[0].length).replace(YEARS_TOGETHER, '').replace(BRACKETED, ' ').replace(FORMER_BEFORE_TITLE, ', ')))) return kinOf(kin[0]);
  return undefined;
}

/** "Eric Trump, the president's second son,", "Ruth Odinga, his sister,": a kinship noun set off after a name. */
const KINSHIP_SET_OFF_AFTER =
  /^,\s+(?:(?:the|a|his|her|their)\s+)?(?:[\p{L}.-]+['’]s\s+)?(?:(?!who)[a-z-]+\s+)?((?:half-|step|grand)?(?:brother|sister|son|daughter|father|mother)|wife|husband|widow|widower|nephew|niece)\b/u;

/** "First lady Jill Biden", "former first lady Michelle Obama": a leader's wife. */
const FIRST_LADY_BEFORE = /\bfirst\s+lady\s+$/i;
const FIRST_LADY: Kin = { sex: 'female', child: false };

/** "former first lady Michelle Obama": FIRST_LADY_BEFORE in the 12 characters before `start`, run only after a "lady". */
function isFirstLadyBefore(text: string, start: number): boolean {
  return wordBeforeSpaces(text, Math.max(0, start - 12), start).toLowerCase() === 'lady' && FIRST_LADY_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * "Bill Clinton, 78, spoke … in the state where he served": the first third-person pronoun after a
 * full name in its sentence, before any other name, gives its bearer's sex. The first one found wins.
 */
export function pronounSexesIn(text: string, sentences: readonly number[], found: readonly MentionDraft[]): Map<string, Sex> {
  const sexes = new Map<string, Sex>();
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    if (d.shortFormKeys.length === 0 || d.link || sexes.has(d.key)) continue;
    const next = found[i + 1];
    const sex = pronounSexBetween(text, d.end, Math.min(sentences[2 * d.sentence + 1] ?? text.length, next && next.start >= d.end ? next.start : text.length), THIRD_PERSON_PRONOUN);
    if (sex) sexes.set(d.key, sex);
  }
  return sexes;
}

/** The sex of the first pronoun the pattern finds in text[start, end), if any. */
/**
 * "Lindqvist: He's a marine biologist", "**Lindqvist:** He studies cod": a name before a colon, its
 * markup between, labels who speaks; a pronoun after it is someone the speaker talks of (the
 * glaciologist's label went to her father, the article's other Lindqvist).
 */
function isSpeakerLabel(text: string, end: number): boolean {
  return SPEAKER_COLON.test(text.slice(end, end + 4));
}

const SPEAKER_COLON = /^[*_]{0,2}:/;

function pronounSexBetween(text: string, start: number, end: number, pronouns: RegExp): Sex | null {
  const pronoun = pronouns.exec(text.slice(start, end))?.[1]?.toLowerCase();
  return pronoun ? (FEMALE_PRONOUNS.has(pronoun) ? 'female' : 'male') : null;
}

const THIRD_PERSON_PRONOUN = /\b(he|him|his|himself|she|her|hers|herself)\b/i;
const MALE_PRONOUN = /\b(?:he|him|his|himself)\b/i;
const FEMALE_PRONOUN = /\b(?:she|her|hers|herself)\b/i;
const SUBJECT_PRONOUN = /\b(he|she)\b/i;
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/** "wife", "sisters", "stepmother": female; "son", "husband": male; "cousin", "children": neither. "son", "daughters", "children": a child. */
function kinOf(noun: string): Kin {
  const sex = FEMALE_KIN.test(noun) ? 'female' : MALE_KIN.test(noun) ? 'male' : null;
  return { sex, child: CHILD_KIN.test(noun) };
}

const FEMALE_KIN = /(?:sister|daughter|mother|wife|wives|aunt|niece|widow)s?$/;
const MALE_KIN = /(?:brother|son|father|husband|uncle|nephew|widower)s?$/;
const CHILD_KIN = /(?:^|step|grand|-)(?:sons?|daughters?|child|children)$/;

/**
 * "His father, Anthony, was a geologist and his mother, Jennifer, …": a single name right after a
 * kinship noun is a relative the article introduces: unless the article's own names explain it,
 * before ("his father Johann" after "Johann Bernoulli") or after ("his wife, Meghan" before "Meghan
 * Markle"), no short form of a fuller name elsewhere ("Jennifer" is not another article's Jennifer
 * Lopez). Marked as a modifier is, never a short form.
 */
export function markRelativesNamedAlone(text: string, found: MentionDraft[]): void {
  let firstWords: Set<string> | null = null;
  for (const d of found) {
    if (d.shortFormKeys.length > 0 || d.acronym || d.link) continue;
    if (!endsWithKinWord(text, d.start, 24) || !KINSHIP_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start))) continue;
    // "Harry and his wife, Meghan, live in California … Meghan Markle has said": named in full later.
    firstWords ??= new Set(found.filter((x) => x.shortFormKeys.length > 0 && !x.link).map((x) => x.shortFormKeys[0]!));
    if (!firstWords.has(d.key)) d.modifier = true;
  }
}

/**
 * "Carlos Alcaraz won … Alcaraz's father, Carlos Alcaraz González, watched": a name of three words
 * or more the article introduces as a relative, whose first two words or last two are the name of
 * someone it named before, is another person, no fuller form of that name. "Claudia Sheinbaum
 * Pardo … Sheinbaum" named first and alone stays one. The other way round too: "Mahamat Idriss
 * Déby took power after his father, Idriss Déby, was killed" names the father by the last two
 * words of the son's name, no short form of it.
 */
export function markRelativesOfNamesakes(text: string, sentences: readonly number[], found: MentionDraft[]): void {
  if (!found.some((d) => d.shortFormKeys.length > 0 && wordCount(d.key) >= 3)) return;
  const relatives = relativesIn(text, sentences, found);
  if (relatives.size === 0) return;
  const namedBefore = new Set<string>();
  // "Mahamat Idriss Déby … his father, Idriss Déby": the two first or two last words of a longer name named before.
  const shorterForms = new Map<string, string>();
  const namesakes = new Map<string, string>();
  for (const d of found) {
    if (d.shortFormKeys.length === 0 || d.link) continue;
    const introduced = relatives.has(d.key) && !namedBefore.has(d.key);
    const namesake = introduced ? (wordCount(d.key) >= 3 ? namesakeVariants(d.key).find((v) => namedBefore.has(v)) : shorterForms.get(d.key)) : undefined;
    if (namesake) namesakes.set(d.key, namesake);
    namedBefore.add(d.key);
    if (wordCount(d.key) >= 3 && !namesake) for (const v of namesakeVariants(d.key)) if (!shorterForms.has(v)) shorterForms.set(v, d.key);
  }
  for (const d of found) d.relativeOfNamesake = namesakes.get(d.key) ?? d.relativeOfNamesake;
}

/** "carlos alcaraz" and "alcaraz gonzález" of "carlos alcaraz gonzález": the two first words and the two last. */
function namesakeVariants(key: string): string[] {
  const words = key.split(' ');
  return [words.slice(0, 2).join(' '), words.slice(-2).join(' ')];
}

const KINSHIP_BEFORE =
  /\b(?:(?:half-|step|grand)?(?:brother|sister|son|daughter|father|mother)|wife|husband|cousin|uncle|aunt|nephew|niece|widow|widower),?\s+$/;

/** The last words KINSHIP_BEFORE and NAMED_KIN_BEFORE can match ("stepson", "grandmother"; "half-brother" ends with "brother"). */
const KIN_WORDS = new Set(
  ['brother', 'sister', 'son', 'daughter', 'father', 'mother']
    .flatMap((noun) => [noun, `step${noun}`, `grand${noun}`])
    .concat(['wife', 'husband', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'widow', 'widower']),
);

/** Whether a kinship noun may end right before `start` ("his wife, Jill") in the `chars` before it: a Set lookup before either expression runs. */
function endsWithKinWord(text: string, start: number, chars: number): boolean {
  return KIN_WORDS.has(wordBeforeSpaces(text, Math.max(0, start - chars), start));
}

const KINSHIP =
  /\b(?:(?:half-|step|grand)?(?:brother|sister|son|daughter|child|father|mother|parent)s?|children|grandchildren|wife|wives|husbands?|cousins?|uncles?|aunts?|nephews?|nieces?|siblings?|widow|widower)\b/g;
/** What may stand between a kinship noun and the name: other names, commas, "and". */
const LIST_OF_NAMES = /^[\s,]*(?:(?:\p{Lu}[\p{L}'’.-]*|and)[\s,]*)*$/u;
const BRACKETED = /\[[^\]]*\]|\([^)]*\)/g;
/** "His wife of 77 years, Rosalynn Carter", "her husband of nearly five decades": how long they were married, before the name. */
const YEARS_TOGETHER = /^\s+of\s+(?:(?:more than|nearly|almost|over|some)\s+)?[\w-]+\s+(?:years|decades)\b/;

/** "his father, former Prime Minister Pierre Trudeau", "her husband, the late Senator …": a word of time before a capitalised title. */
const FORMER_BEFORE_TITLE = /^,\s+(?:the\s+)?(?:former|late|then)\s+(?=\p{Lu})/u;

/** "His daughter, actress Rashida Jones": the relative's own role noun before the name, which says nothing against a list of names. */
function withoutRoleBeforeName(between: string): string {
  const role = ROLE_BEFORE_NAME.exec(between);
  return role && isRoleNounOrPlural(role[1]!) ? between.slice(0, role.index) + between.slice(role.index + role[0].length) : between;
}

/** "Her sons, actors Toby Stephens and Chris Larkin,": a role noun before a list of names is in the plural. */
function isRoleNounOrPlural(word: string): boolean {
  if (ROLE_NOUNS.has(word)) return true;
  if (!word.endsWith('s')) return false;
  return ROLE_NOUNS.has(word.slice(0, -1)) || (word.endsWith('sses') && ROLE_NOUNS.has(word.slice(0, -2)));
}

const ROLE_BEFORE_NAME = /,\s+(?:the\s+)?(?:[a-z-]+\s+)?([a-z]+)\s+$/;

/** The last match of a global regex in text, or null. */
function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}

/**
 * "Emperor Norton" beside "Joshua Abraham Norton": a title and one word that another full name of
 * the article ends with is that person's name with a title, no other person a short form might mean
 * ("Norton", "Norton I" are Joshua Abraham Norton's).
 */
function titledVariantOf(found: readonly MentionDraft[]): (d: MentionDraft) => boolean {
  const isTitled = (d: MentionDraft) => d.shortFormKeys.length === 2 && TITLE_WORDS.has(d.shortFormKeys[0]!) && wordCount(d.key) === 2;
  if (!found.some(isTitled)) return () => false;
  const untitledLastWords = new Set(found.filter((d) => d.shortFormKeys.length === 2 && !isTitled(d)).map((d) => d.shortFormKeys[1]!));
  return (d) => isTitled(d) && untitledLastWords.has(d.shortFormKeys[1]!);
}

/**
 * "David Cameron, now Lord Cameron … Lord Cameron said", "Federico Lombardi … Father Lombardi
 * said": a title and the surname of the article's one full name ending so is that person's name
 * with a title. Beside "Samantha Cameron" too it is neither's for sure.
 */
function linkTitledSurnames(found: MentionDraft[], byShortKey: ReadonlyMap<string, Set<string>>): void {
  let people: Set<string> | null = null;
  for (const d of found) {
    if (d.link || !isTitleAndOneWord(d)) continue;
    const surname = d.shortFormKeys[1]!;
    // "President William Ruto spoke at Harambee House … Later, at State House, he met envoys": a
    // word after a title word ("State") is no surname of a name its words and context make no person's.
    people ??= new Set(found.filter((o) => o.shortFormKeys.length > 0 && isPersonWithName(o)).map((o) => o.link ?? o.key));
    const owners = [...(byShortKey.get(surname) ?? [])].filter((full) => !isTitledKey(full) && full.endsWith(` ${surname}`) && people!.has(full));
    if (owners.length === 1) d.link = owners[0]!;
  }
}

/** "Lord Cameron", "Father Lombardi": a title and one word. */
function isTitleAndOneWord(d: MentionDraft): boolean {
  return d.shortFormKeys.length === 2 && isTitleWord(d.shortFormKeys[0]!) && isTitledKey(d.key);
}

function isTitledKey(key: string): boolean {
  const space = key.indexOf(' ');
  return space > 0 && key.indexOf(' ', space + 1) < 0 && isTitleWord(key.slice(0, space));
}

/**
 * "Joshua Abraham Norton … proclaimed himself Norton I": a regnal name whose name is the surname of
 * the article's one full name ending so is that person's. Not a given name's: "Elizabeth I" is no
 * "Elizabeth Taylor".
 */
function linkRegnalNames(found: MentionDraft[], byShortKey: Map<string, Set<string>>): void {
  for (const d of found) {
    if (d.link || d.shortFormKeys.length === 0 || !REGNAL_NUMERALS.has(d.shortFormKeys[1]!)) continue;
    const name = d.shortFormKeys[0]!;
    const owners = [...(byShortKey.get(name) ?? [])].filter((full) => full !== d.key && full.endsWith(` ${name}`));
    if (owners.length === 1) d.link = owners[0]!;
  }
}


/** surface.split(' ')[0] without the array of every word: "RIA" of "RIA Novosti". */
function firstSpaceSeparatedWord(surface: string): string {
  const space = surface.indexOf(' ');
  return space < 0 ? surface : surface.slice(0, space);
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

/** The full name with the most mentions, the first named on a tie. */
function mostMentioned(keys: string[], counts: Map<string, number>): string {
  return keys.reduce((best, k) => ((counts.get(k) ?? 0) > (counts.get(best) ?? 0) ? k : best));
}

/** The key seen most recently in `seen`, if any. */
function choose(keys: readonly string[], seen: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestAt = -1;
  for (const key of keys) {
    const at = seen.get(key);
    if (at !== undefined && at > bestAt) {
      best = key;
      bestAt = at;
    }
  }
  return best;
}
