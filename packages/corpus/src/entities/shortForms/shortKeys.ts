import { looseToken, transliterationFold } from '../../corpusIndex/looseKey.js';
import { detach } from '../../text/detach.js';
import { nameKey } from '../../text/tokenize.js';
import { strongestType, WEIGHT, weightOf } from '../evidence.js';
import { gazetteer, isBodyHeadBeforeCity, isCity, isCompassPointsAndPlace, isCountry, isKnownPlace, isNationalityUsedAsName, isPlaceAndCompassPoints } from '../gazetteer.js';
import { COMPASS, FAMILY_NUMERALS, GENERATION_SUFFIXES, HEAD_WORDS, isCommonWord, KUNYA_WORDS, isFrequentSurname, isGivenName, isListedSurname, LANDFORM_OPENERS, LEGAL_SUFFIXES, PLACE_OPENERS, LEGISLATIVE_CHAMBERS, NAME_PARTICLES, NICKNAMES, PEERAGE_TITLES, REGNAL_TITLES, SURNAME_HEADS, TITLE_WORDS } from '../lexicon.js';
import { isClubCloser } from '../sportsClubs.js';
import type { MentionDraft } from '../mentionDraft.js';
import { namesTeamByPlayers, PATRONYMIC_PARTICLES, isPersonWithName, isPersonBearingPlace, isPersonByContext, isBodyByContext, restAfterPlace, quotedNicknameOf, capitalisedOrParticles, wordCount, particleFold, WORDS_MEMO_LIMIT, TRANSLITERATED, closesWithLegalForm, generationOf, particleSurnameOf, NO_WORDS, surnameAfterEnglishNameOf } from './nameKeyWords.js';

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
 * that is a place's head too, after a given name ("Christopher Hill", "Jerry Hall", "French Hill"):
 * "Hill" alone later is still his.
 */
export function closesWithHeadWord(key: string): boolean {
  const lastSpace = key.lastIndexOf(' ');
  const last = key.slice(lastSpace + 1);
  if (!HEAD_WORDS.has(last)) return false;
  const given = key.slice(0, key.indexOf(' '));
  return !(SURNAME_HEADS.has(last) && lastSpace > 0 && (isGivenName(given) || isNationalityUsedAsName(given)));
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

/** The article's full names by the words a short form may repeat, and which of them are people's. */
export interface FullNameIndex {
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
export function indexFullNames(found: readonly MentionDraft[], placeWordCandidate: boolean, initialNicknameCandidate: boolean): FullNameIndex {
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
  const firstKeyOfTitle = isTwoWordTitleByContext(d) ? d.shortFormKeys[0] : undefined;
  for (const key of words.before) if (key !== firstKeyOfTitle) addTo(byShortKey, key, full);
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
 * "the film Mystic River … The cast met in Mystic, Connecticut": the first word alone of a title of two
 * words that its context types as a work (other) is no short form of it (the town joined the film and
 * made it a place; "Mystic fans" joined it too). Not a thing its own words type ("the Nasdaq Composite …
 * the Nasdaq fell", by its head word) or one the lists know; "Potter" of "Harry Potter" is the last word's.
 */
function isTwoWordTitleByContext(d: MentionDraft): boolean {
  if (d.shortFormKeys.length !== 2 || wordCount(d.key) !== 2 || weightOf(d.nameEvidence, 'other') > 0 || gazetteer().byKey.has(d.key)) return false;
  return strongestType(d.evidence, d.nameEvidence)?.type === 'other' && weightOf(d.evidence, 'other') > 0;
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

/** "samuel" → ["sam"]: the hypocoristics of each formal given name (NICKNAMES read the other way). */
const HYPOCORISTICS_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const of = new Map<string, string[]>();
  for (const [short, formals] of NICKNAMES) for (const formal of formals) of.set(formal, [...(of.get(formal) ?? []), short]);
  return of;
})();

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
  if (!surnameAfterParticle(d.key)) return fatherSurnameOf(d).length > 0 ? fatherSurnameOf(d) : surnameBeforeFamilyNameOf(d);
  const words = d.key.split(' ');
  if (words.length < 4 || !capitalisedOrParticles(d.surface) || d.surface === d.surface.toUpperCase()) return NO_WORDS;
  const word = words[words.length - 3]!;
  return word.length > 1 && !NAME_PARTICLES.has(word) && !isCommonWord(word) && !HEAD_WORDS.has(words[words.length - 1]!) && !gazetteer().byKey.has(d.key) ? [word] : NO_WORDS;
}

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

/**
 * "Naidu" of "Ram Mohan Naidu Kinjarapu": of four words or more that open with no listed given name
 * (a South Indian name, the given names unlisted, the family name written last), the surname before
 * the family name stands for the name alone ("Naidu said" was a person apart). Not a Western name,
 * which opens with a listed given name ("John Ronald Reuel Tolkien"), nor a thing's name closed by a
 * dictionary word ("Sardar Vallabhbhai Patel International", "Indira Gandhi International Airport").
 */
function surnameBeforeFamilyNameOf(d: Pick<MentionDraft, 'key' | 'surface'>): readonly string[] {
  const words = d.key.split(' ');
  if (words.length < 4 || words.length > 5 || !capitalisedOrParticles(d.surface) || d.surface === d.surface.toUpperCase()) return NO_WORDS;
  const surname = words[words.length - 2]!;
  const family = words[words.length - 1]!;
  const plainWord = (w: string) => w.length > 2 && !isGivenName(w) && !isCommonWord(w) && !NAME_PARTICLES.has(w) && !HEAD_WORDS.has(w);
  if (!plainWord(surname) || !plainWord(family) || words.slice(0, -2).some((w) => isGivenName(w) || NAME_PARTICLES.has(w))) return NO_WORDS;
  return generationOf(d.key) || gazetteer().byKey.has(d.key) ? NO_WORDS : [surname];
}

/** "edmundo gonzalez urrutia": three words, the first no listed surname, the last two listed surnames. */
function isUnlistedBeforeTwoSurnames(words: readonly string[]): boolean {
  return words.length === 3 && isListedSurname(words[1]!) && isListedSurname(words[2]!) && !isListedSurname(words[0]!);
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


/** surface.split(' ')[0] without the array of every word: "RIA" of "RIA Novosti". */
function firstSpaceSeparatedWord(surface: string): string {
  const space = surface.indexOf(' ');
  return space < 0 ? surface : surface.slice(0, space);
}
