import { TokenKind } from '../text/tokenize.js';
import { gazetteer, isCity, isKnownPlace, isRegion, namesAPeople, opensDemonymOfWords } from './gazetteer.js';
import { FOREIGN_COMPASS, FOREIGN_ORGANIZATION_HEADS, HEAD_WORDS, HONOUR_HEADS, isCommonWord, isFrequentSurname, isGivenName, isListedSurname, isRegionWord, LEGAL_PREFIXES, isSurname, LAW_HEADS, LAW_TITLE_HEADS, NAME_CONNECTORS, NAME_PARTICLES, PLACE_OPENERS, SLAVIC_SURNAME_ENDING, STATUETTE_NICKNAMES, STOPWORDS, SURNAME_HEADS, VESSEL_PREFIXES, WordClass } from './lexicon.js';
import { isRoleOnlyForm } from './roleMentions.js';
import type { TokenView } from './tokenView.js';
import { totalWeight, weightOf, WEIGHT } from './evidence.js';
import { ENTITY_TYPES, type EntityType } from './types.js';

/** A name of the article: its key, and the keys of its first and last space-separated words (none for one word). */
export interface OuterName {
  key: string;
  shortFormKeys: readonly string[];
  /** What the words around it say it is (see evidence.ts): a title before it says a person. */
  evidence?: ArrayLike<number>;
  /** What its own words say it is (head word, given name, shape). */
  nameEvidence?: ArrayLike<number>;
  /** Every capitalised word of it is a common English word ("Pacific Standard"). */
  commonWordsOnly?: boolean;
}

/** A name inside a longer name, as token indices; `standalone` when the article also names it on its own. */
export interface InnerName {
  first: number;
  end: number;
  key: string;
  standalone: boolean;
  /**
   * What the outer name says of this one: a prize or a festival of whom or where it is named after
   * ("Pritzker Prize": a person), a body or an event of where it is ("University of Tartu": a place).
   */
  impliedType?: EntityType;
  /** The full name of the article's person a given name stands for ("Julien" of "The Jenna Julien Podcast": "julien solomita"). */
  bearer?: string;
}

/**
 * Words a charter or a crown grants a body's name, given names too in the lists: "the Royal
 * Shrewsbury Hospital", "the Royal Berkshire Hospital" name no person "Royal Shrewsbury" (they were
 * persons, and every "Shrewsbury" of the article with them).
 */
const CHARTER_WORDS = new Set(['royal', 'imperial', 'regal']);

/**
 * How many words an inner name may have ("Bay of Bengal" is one, "Santa Cruz" two, "Al Wakrah" two;
 * "the United Nations … Mission in the Democratic Republic of the Congo" holds a country of five, of
 * which four made another country, "Republic of the Congo").
 */
const MAX_INNER_WORDS = 5;

/**
 * Words that make a place of the place after them: "East Prussia" is not Prussia, "New Mexico" not
 * Mexico, "Mount Fuji" not the city of Fuji, nor is "the Sierra Nevada" the state of Nevada (it held one).
 */
const PLACE_QUALIFIERS = new Set(
  `north south east west northern southern eastern western central upper lower greater new old inner outer
  mount mt lake cape port fort point county isle saint st san santa sierra serra monte cerro`.split(/\s+/),
);

/** A name that reads as a person's: one the article's short forms stand for, a given name, an initial, a forename and surname, a title or a role before it. */
function isPersonLike(view: TokenView, outer: OuterName, outerFirst: number, outerEnd: number, standaloneKeys: ReadonlySet<string>, personKeys: ReadonlySet<string>): boolean {
  return (
    personKeys.has(outer.key) ||
    isGivenName(outer.shortFormKeys[0]!) ||
    hasInitial(view, outerFirst, outerEnd) ||
    isForenameAndSurname(outer.key, outer.shortFormKeys) ||
    isTailOfPersonsName(outer.key, standaloneKeys) ||
    // "Central bank chief Santiago Bausili": a title or a role before the name says a person's.
    (outer.evidence !== undefined && weightOf(outer.evidence, 'person') >= WEIGHT.roleNoun) ||
    // "Bam Adebayo and the Heat visit Ball Arena": its own words read as a person's, though the first
    // is a town's too and the lists know neither as a name (it held a place "Bam").
    isPersonByItsWords(outer)
  );
}

/** Its own words say a person's name and nothing else: "Bam Adebayo" (a given name's shape), not "Boston Red Sox". */
function isPersonByItsWords(outer: OuterName): boolean {
  if (outer.nameEvidence === undefined || outer.shortFormKeys.length === 0) return false;
  const person = weightOf(outer.nameEvidence, 'person');
  for (let t = 1; t < ENTITY_TYPES.length; t++) if (outer.nameEvidence[t]! >= person) return false;
  return person > 0;
}

/**
 * The names a longer name holds: "California" in "University of California", "Boston" in "Boston
 * Red Sox", "FIFA" in "FIFA World Cup", "L'Enfant" in "L'Enfant Plan" where the article also names
 * L'Enfant alone. A reader who looks for every mention of California finds it in the university's
 * name too. Never inside a place's name ("York" in "New York") or a person's ("London" in "Jack
 * London", "Bernoulli" in "Daniel Bernoulli": `personKeys` are the names the article's short forms
 * stand for), and never the whole name. Longest first, left to right.
 */
export function innerNames(
  view: TokenView,
  outer: OuterName,
  outerFirst: number,
  outerEnd: number,
  standaloneKeys: ReadonlySet<string>,
  personKeys: ReadonlySet<string>,
  loneShortForms: ReadonlySet<string> = NONE,
  nameOf: (key: string) => string = (key) => key,
): InnerName[] {
  // One word holds no name (a region joined by "and" has three words at least), and is most names: no list to ask.
  if (outer.shortFormKeys.length === 0 && outerEnd - outerFirst < 3) return [];
  if (isRegion(outer.key)) return partsOfJoinedRegion(view, outerFirst, outerEnd);
  if (outer.shortFormKeys.length === 0 || holdsNoInnerName(view, outer.key, outerFirst, outerEnd)) return [];
  const words = wordsOf(view, outerFirst, outerEnd);
  const lastKey = outer.shortFormKeys[1]!;
  // A person's name holds only another name the article gives in full: "Jennifer Lopez" in "Jennifer Lopez News".
  const personLike = isPersonLike(view, outer, outerFirst, outerEnd, standaloneKeys, personKeys);
  // A name the article also gives alone is inside a longer one only where that one is a thing named
  // after it ("L'Enfant Plan", "Jeff McBride Experience"), not a fuller name ("Natsuko Higuchi", "St. Theodorus").
  const namedAfter = isCommonWord(lastKey) || HEAD_WORDS.has(lastKey);
  const { found, nextWord } = openingInnerNames(view, outer, words, namedAfter, personLike, standaloneKeys, nameOf);
  for (let a = nextWord; a < words.length; ) {
    // "FIFA World Cup", and after its year "2022 FIFA World Cup".
    const opening = a === 0 || (a === 1 && view.hasDigit(words[0]!.first));
    const inner =
      longestInnerAt(view, words, a, namedAfter ? standaloneKeys : NONE) ??
      (opening && namedAfter && !isBodysOwnName(view, words, a, standaloneKeys) && !isInitialsBeforeSurname(view, words, a) && !isUnknownLettersOfOwnName(view, words, a, standaloneKeys) && !isUnknownLettersOfLaw(view, words, a, standaloneKeys) ? leadingAcronym(view, words[a]!, a) : null) ??
      (personLike ? null : (placeAfterHeadOf(view, words, a) ?? (opening ? placeBeforeLocatedHead(view, words, a, loneShortForms) : null)));
    if (!inner || (personLike && !inner.name.key.includes(' ')) || (HEAD_WORDS.get(lastKey) === 'organization' && isDistrictOfPlaceBefore(view, inner.name, found)) || isForeignCompassClosing(inner.name, outerEnd) || isRegionOfItsPeople(lastKey, inner.name) || isWordOfUnevidencedWords(outer, inner.name) || isPortfolioOfGovernmentBody(outer, inner.name) || isOceanOpeningBody(lastKey, a, inner.name)) {
      a++;
      continue;
    }
    found.push(inner.name);
    if (isRegion(inner.name.key)) found.push(...partsOfJoinedRegion(view, inner.name.first, inner.name.end));
    a = inner.nextWord;
  }
  return found;
}

/** innerNames' names at the opening of the outer name: the eponym of a thing named after it, or the places of a hyphened opening ("Kyiv-Pechersk Lavra"), and the word after them. */
function openingInnerNames(view: TokenView, outer: OuterName, words: { first: number; end: number }[], namedAfter: boolean, personLike: boolean, standaloneKeys: ReadonlySet<string>, nameOf: (key: string) => string): { found: InnerName[]; nextWord: number } {
  const lastKey = outer.shortFormKeys[1]!;
  // "Commissioner Melanie Flax Wilt", "chairman Vuong Dinh Hue": a title before the name says it is
  // a person's own three names, no thing named after the first two.
  const titled = outer.evidence !== undefined && weightOf(outer.evidence, 'person') >= WEIGHT.roleNoun;
  const hosts = titled ? null : hostsGivenNamesAt(view, words, standaloneKeys, nameOf);
  if (hosts) return { found: hosts, nextWord: hosts[1]!.end === words[1]!.end ? 2 : 3 };
  const eponym = eponymAt(view, words, namedAfter ? standaloneKeys : NONE) ?? (titled ? null : namesakeAt(view, words, standaloneKeys) ?? authorOpeningTitle(view, words, standaloneKeys));
  if (eponym) return { found: [eponym.name], nextWord: eponym.nextWord };
  const hyphenedPlaces = personLike || !HEAD_WORDS.has(lastKey) || HEAD_WORDS.get(lastKey) === 'place' ? [] : hyphenedPlacesIn(view, words[0]!);
  return { found: [...hyphenedPlaces], nextWord: hyphenedPlaces.length > 0 ? 1 : 0 };
}

/**
 * "Atlantic Lottery Corporation", "the Atlantic Council", "Pacific Gas and Electric Company": an
 * ocean's word opening a body's name is the body's, no mention of the ocean (each gave one, and the
 * ocean's card listed the lottery's court case); "Virgin Atlantic" closes with it and is no such name.
 */
function isOceanOpeningBody(lastKey: string, wordIndex: number, inner: InnerName): boolean {
  return wordIndex === 0 && OCEAN_WORDS.has(inner.key) && HEAD_WORDS.get(lastKey) === 'organization';
}

const OCEAN_WORDS = new Set(['atlantic', 'pacific', 'arctic']);

/**
 * "Asian Americans and Pacific Islanders", "Torres Strait Islanders": a people named by its region is
 * no mention of that region ("Pacific" was the ocean, at each of them); a club named by a city after
 * its people keeps the city, "Indianapolis Indians", "Houston Texans".
 */
function isRegionOfItsPeople(lastKey: string, inner: InnerName): boolean {
  return namesAPeople(lastKey) && !isCity(inner.key);
}

/**
 * "The Labor Department said", "the Ministry of Labour": a government body's portfolio of one
 * dictionary word is no party, though one is known by it ("Labor" was the Australian Labor Party).
 * A place stays: "the Kansas Department of Transportation".
 */
function isPortfolioOfGovernmentBody(outer: OuterName, inner: InnerName): boolean {
  if (inner.key.includes(' ') || !isCommonWord(inner.key) || gazetteer().byKey.get(inner.key)?.type === 'place') return false;
  return outer.key.split(' ').some((word) => GOVERNMENT_BODY_HEADS.has(word));
}

const GOVERNMENT_BODY_HEADS = new Set(['department', 'ministry', 'secretariat', 'directorate']);

/**
 * "the Pacific Standard bar", "Asian or Pacific Islander respondents": dictionary words that nothing
 * around them says are a name are no name for the merge, and the one word of them a list knows is no
 * mention either ("Pacific" was the ocean where the bar went unnamed). A name of more words stays,
 * "Major League Baseball" in "Major League Baseball Draft".
 */
function isWordOfUnevidencedWords(outer: OuterName, inner: InnerName): boolean {
  if (!outer.commonWordsOnly || inner.end - inner.first !== 1 || outer.evidence === undefined || outer.nameEvidence === undefined) return false;
  return totalWeight(outer.evidence) + totalWeight(outer.nameEvidence) < 1;
}

/**
 * "Seoul Central District Court", "the Osaka Northern District Prosecutors Office": in a body's name, a compass
 * word's district right after the place the name holds is the body's district of that place, no place of
 * its own ("Central District" was one, Israel's). The "West Coast" of the "US West Coast" is a place.
 */
function isDistrictOfPlaceBefore(view: TokenView, inner: InnerName, found: readonly InnerName[]): boolean {
  const before = found[found.length - 1];
  return before !== undefined && before.end === inner.first && DISTRICT_COMPASS.has(view.lower(inner.first));
}

const DISTRICT_COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);

/**
 * "Ilocos Norte", "Camarines Sur", "Rio Grande do Sul": the compass word of the place's own language
 * closing its name is no place of its own ("Norte" was an inner place, a town of the lists).
 */
function isForeignCompassClosing(inner: InnerName, outerEnd: number): boolean {
  return inner.end === outerEnd && FOREIGN_COMPASS.has(inner.key);
}

/**
 * Heads of a river's, a sea's, a landform's, a park's or a county's name: the words before them name
 * that place only, no other place they also name ("Scarborough" in "Scarborough Shoal" was the
 * English town, "Mississippi" in "the Mississippi River" the state though the article named the
 * state too, "Mesa" in "Mesa County" the Arizona city, "Gombe" in "Gombe Stream National Park" a
 * Nigerian city; "Owen Stanley" in "the Owen Stanley Range" a person).
 */
const OWN_NAME_PLACE_HEADS = new Set(
  `river sea bay gulf strait straits shoal shoals reef atoll island islands islet peninsula delta mountains valley desert
  plateau basin canal lagoon fjord glacier creek gorge canyon county parish park range ridge massif trench escarpment`.split(/\s+/),
);

/**
 * "Newfoundland and Labrador", "Jammu and Kashmir", "Kensington and Chelsea": a region named after
 * the two places it joins holds both, each a place ("Newfoundland" alone is the island). A region of
 * one name holds none ("York" is not in "North Yorkshire").
 */
function partsOfJoinedRegion(view: TokenView, first: number, end: number): InnerName[] {
  let and = first + 1;
  while (and < end - 1 && !(view.lower(and) === 'and' && view.isLowerWord(and))) and++;
  if (and >= end - 1) return [];
  const part = (a: number, b: number): InnerName => ({ first: a, end: b, key: view.keyOf(a, b), standalone: false, impliedType: 'place' });
  return [part(first, and), part(and + 1, end)];
}

const NONE: ReadonlySet<string> = new Set();

/** Heads of things named after someone or somewhere, and what they say of that name. */
const EPONYM_HEADS = new Map<string, EntityType>([
  ...'prize prizes award awards medal medals scholarship scholarships fellowship trophy'.split(' ').map((w) => [w, 'person'] as const),
  ['festival', 'place'],
]);

/**
 * "Pritzker Architecture Prize", "Nobel Peace Prize", "César Award for Best Actress", "Cannes Film
 * Festival", "the 2004 Pulitzer Prize": the names before the head and its dictionary words are the
 * person or the place the thing is named after, even when no list knows them. Not "Royal Gold
 * Medal" or "British Academy Film Award": a dictionary word or a nationality names no one.
 */
function eponymAt(view: TokenView, words: { first: number; end: number }[], standaloneKeys: ReadonlySet<string>): { name: InnerName; nextWord: number } | null {
  const a = words.length > 2 && view.hasDigit(words[0]!.first) ? 1 : 0;
  let b = a;
  while (b < words.length && b - a < 3 && isEponymWord(view, words[b]!)) b++;
  let head = b;
  while (head < words.length && head - b < 2 && !EPONYM_HEADS.has(view.key(words[head]!.first)) && isCommonWord(view.key(words[head]!.first))) head++;
  const eponymType = head < words.length ? EPONYM_HEADS.get(view.key(words[head]!.first)) : undefined;
  if (b === a || !eponymType || isStatuettesName(view, words[b - 1]!.first, eponymType)) return null;
  const key = view.keyOf(words[a]!.first, words[b - 1]!.end);
  return { name: { first: words[a]!.first, end: words[b - 1]!.end, key, standalone: standaloneKeys.has(key), impliedType: eponymType }, nextWord: head };
}

/**
 * "an Emmy Award", "a Primetime Emmy Award": a prize is named after a person's surname ("Nobel",
 * "Lasker", "Hugo" of Victor Hugo), so one whose eponym closes with a given name that is no surname
 * names no one: the statuette's nickname (they gave persons "Emmy" and "Primetime Emmy"). Nor does
 * a nickname the lists know, "the 2026 Grammy Awards", "the Tony Awards" (persons "Grammy", "Tony").
 */
function isStatuettesName(view: TokenView, last: number, eponymType: EntityType): boolean {
  const key = view.key(last);
  if (eponymType !== 'person') return false;
  return STATUETTE_NICKNAMES.has(key) || (isGivenName(key, true) && !isListedSurname(key) && !isSurname(key));
}

/**
 * '"Scarne on Card Tricks"', "Hitchcock on Film": a work's title that opens with a word no dictionary
 * holds and "on" names its author there, a person (the title made the name whole, and the author was lost).
 */
function authorOpeningTitle(view: TokenView, words: { first: number; end: number }[], standaloneKeys: ReadonlySet<string>): { name: InnerName; nextWord: number } | null {
  if (words.length < 3 || view.lower(words[1]!.first) !== 'on' || !view.isLowerWord(words[1]!.first)) return null;
  const author = words[0]!;
  if (author.end - author.first !== 1 || !view.isCapitalized(author.first) || view.isAllCaps(author.first) || view.length(author.first) < 3) return null;
  const key = view.key(author.first);
  if (!isNameKey(key) || gazetteer().demonyms.has(key)) return null;
  return { name: { first: author.first, end: author.end, key, standalone: standaloneKeys.has(key), impliedType: 'person' }, nextWord: 2 };
}

/**
 * "The Jenna Julien Podcast" (or "The Jenna and Julien Podcast") after "Jenna Marbles" and "Julien
 * Solomita": two given names, each opening the full names of one of the article's people (`nameOf`
 * gives the name a full name is linked to), then only dictionary words, are a thing named after
 * those two, each given name its person (it was one person, "Jenna Julien"). The second word of
 * `hosts` is the index of the word after the two names.
 */
function hostsGivenNamesAt(view: TokenView, words: { first: number; end: number }[], standaloneKeys: ReadonlySet<string>, nameOf: (key: string) => string): InnerName[] | null {
  const joined = words.length > 3 && view.lower(words[1]!.first) === 'and' && view.isLowerWord(words[1]!.first);
  const givens = joined ? [words[0]!, words[2]!] : words.slice(0, 2);
  const rest = words.slice(joined ? 3 : 2);
  if (rest.length === 0 || givens.some((w) => w.end - w.first !== 1 || !view.isCapitalized(w.first) || view.isAllCaps(w.first))) return null;
  if (!rest.every((w) => w.end - w.first === 1 && view.isCapitalized(w.first) && (isCommonWord(view.lower(w.first)) || HEAD_WORDS.has(view.lower(w.first))))) return null;
  const hosts: InnerName[] = [];
  for (const word of givens) {
    const given = view.key(word.first);
    // "Julien" is in no list of given names, but opens the full name "Julien Solomita" the article gives.
    if (!isGivenName(given) && isCommonWord(given)) return null;
    // "Jenna" alone is linked already ("Jenna Marbles", also "Jenna Nicole Mourey"); else one full name opens with it.
    const bearers = nameOf(given) !== given && isGivenName(given) ? [nameOf(given)] : [...new Set([...standaloneKeys].filter((k) => k.startsWith(`${given} `) && isPersonsFullName(k)).map(nameOf))];
    if (bearers.length !== 1) return null;
    hosts.push({ first: word.first, end: word.end, key: given, standalone: standaloneKeys.has(given), impliedType: 'person', bearer: bearers[0]! });
  }
  return hosts[0]!.bearer !== hosts[1]!.bearer ? hosts : null;
}

/** "julien solomita", "jenna marbles": a given name and words that are no head words ("Julien Podcast" is a thing's). */
function isPersonsFullName(key: string): boolean {
  const rest = key.split(' ').slice(1);
  return rest.length > 0 && rest.every((w) => !HEAD_WORDS.has(w));
}

/**
 * "Jeff McBride Experience", "Jennifer Lopez News", "Walt Disney Company": a forename and a
 * surname, then only dictionary words, is a thing named after that person, whom it names. Not a
 * name a list knows as a whole ("Morgan Stanley"), nor a name that goes on with another name.
 */
function namesakeAt(view: TokenView, words: { first: number; end: number }[], standaloneKeys: ReadonlySet<string>): { name: InnerName; nextWord: number } | null {
  if (words.length < 3 || words.slice(0, 2).some((w) => w.end - w.first !== 1 || !view.isCapitalized(w.first) || view.isAllCaps(w.first))) return null;
  const [forename, surname] = [view.key(words[0]!.first), view.key(words[1]!.first)];
  const key = `${forename} ${surname}`;
  // "Marine Le Pen", "Jean Le Pen": a particle goes on to the surname ("Pen" is a word, and "Le" a
  // surname too), no person "Marine Le" whom a "Pen" is named after.
  if (!isForenameAndSurname(key, [forename, surname]) || NAME_PARTICLES.has(surname) || gazetteer().byKey.has(key) || isCity(key) || PLACE_QUALIFIERS.has(forename)) return null;
  // "Westfield Bondi Junction", "the Royal Irish Regiment": two surnames, or a nationality, name no
  // one the article does not name alone (each gave a person "Westfield Bondi", "Royal Irish").
  if ((!isGivenName(forename, true) || gazetteer().demonyms.has(surname) || CHARTER_WORDS.has(forename)) && !standaloneKeys.has(key)) return null;
  // "the Royal Solomon Islands Police Force": a surname that opens a known place with the next word is
  // the place's ("Solomon Islands"; it gave a person "Royal Solomon").
  if (gazetteer().byKey.has(`${surname} ${view.key(words[2]!.first)}`)) return null;
  for (const word of words.slice(2)) {
    // As written: "Støre" of "Jonas Gahr Støre" folds to the word "store", but is none.
    const wordKey = word.end - word.first === 1 ? view.lower(word.first) : view.keyOf(word.first, word.end);
    if (!view.isCapitalized(word.first) || !(isCommonWord(wordKey) || HEAD_WORDS.has(wordKey))) return null;
  }
  // "Amy Hagstrom Miller", "Sarah Jones Hall": a frequent surname closes a person's three names, though a word too.
  const closing = view.key(words[2]!.first);
  if (words.length === 3 && isFrequentSurname(closing) && (!HEAD_WORDS.has(closing) || SURNAME_HEADS.has(closing))) return null;
  // "Juan José Sierra", "Mary Ann Bird": after two given names, a surname the lists know closes a person's name.
  if (words.length === 3 && isGivenName(surname) && isListedSurname(view.key(words[2]!.first)) && !HEAD_WORDS.has(view.key(words[2]!.first))) return null;
  const name = { first: words[0]!.first, end: words[1]!.end, key, standalone: standaloneKeys.has(key), impliedType: 'person' as const };
  return { name, nextWord: 2 };
}

/** Bodies and places named after the town or the district they stand in, more than after a person. */
const LOCATED_HEADS = new Set('school college university academy seminary hospital cemetery airport court station harbour harbor'.split(' '));

/**
 * "Stephenville High School", "Montmartre Cemetery", "Haverford College": one word no list knows,
 * opening the name of a school, a cemetery or a court whose other words are dictionary words, is
 * the place it stands in. Not a surname ("Kennedy School", "Webber Douglas Academy") or a given
 * name ("Lincoln Cemetery"): those are named after a person. Nor a word the article writes alone
 * where nothing says a place (`loneShortForms`): "he transferred to Brandeis" is the university
 * ("Brandeis University" made it a place, and both mentions with it).
 */
function placeBeforeLocatedHead(view: TokenView, words: { first: number; end: number }[], a: number, loneShortForms: ReadonlySet<string>): { name: InnerName; nextWord: number } | null {
  if (a + 1 >= words.length || !LOCATED_HEADS.has(view.key(words[words.length - 1]!.first)) || loneShortForms.has(view.key(words[a]!.first))) return null;
  for (let b = a + 1; b < words.length - 1; b++) {
    const key = view.key(words[b]!.first);
    if (words[b]!.end - words[b]!.first !== 1 || !(isCommonWord(key) || HEAD_WORDS.has(key))) return null;
  }
  const name = unknownPlaceWord(view, words[a]!);
  // "the Burdenko Military Hospital": a Slavic surname's ending names a person too (it was a place).
  return name && !isSurname(name.key) && !SLAVIC_SURNAME_ENDING.test(name.key) ? { name, nextWord: a + 1 } : null;
}

/**
 * "Academy of Pediatrics", "College of Radiologists", "Institute of Criminology": a field or its
 * people, no place; nor an abstract noun in "-ation" or "-ism" ("the Court of Cassation" gave a place "Cassation").
 */
const FIELD_OR_PROFESSION = /(?:ics|ians|ists|olog(?:y|ies)|ations?|isms?)$/;

/**
 * "University of Tartu", "Battle of Poltava", "Treaty of Nerchinsk", "Bay of Bengal": one word no
 * list knows, closing a name after a head word and "of", is where the body, event or place is.
 * Not after a title ("Earl of Clare" is a peerage) or a dictionary word ("Court of Appeal"), and
 * not a given name ("College of William"): only a head word says "of a place".
 */
function placeAfterHeadOf(view: TokenView, words: { first: number; end: number }[], a: number): { name: InnerName; nextWord: number } | null {
  if (a < 2 || a !== words.length - 1 || view.key(words[a - 1]!.first) !== 'of' || !HEAD_WORDS.has(view.key(words[a - 2]!.first))) return null;
  const name = unknownPlaceWord(view, words[a]!);
  // "the Order of Lenin", "the Order of Suvorov": an honour is named after whom it is named for, a person (Lenin was a place).
  if (name && HONOUR_HEADS.has(view.key(words[a - 2]!.first))) name.impliedType = 'person';
  return name && { name, nextWord: a + 1 };
}

/** One capitalised word that may be a place's name: no dictionary word, given name, nationality, field or acronym. */
function unknownPlaceWord(view: TokenView, word: { first: number; end: number }): InnerName | null {
  if (word.end - word.first !== 1 || !view.isWord(word.first) || view.length(word.first) < 3 || !view.isCapitalized(word.first) || view.isAllCaps(word.first)) return null;
  const key = view.key(word.first);
  if (!isNameKey(key) || isGivenName(key) || gazetteer().demonyms.has(key) || FIELD_OR_PROFESSION.test(key) || isCompoundOfWorkers(key)) return null;
  return { first: word.first, end: word.end, key, standalone: false, impliedType: 'place' };
}

/**
 * "Mineworkers", "Steelworkers", "Shipbuilders": a dictionary word and an agent's plural of five
 * letters or more ("workers", "builders") written as one word are people, no place ("the National
 * Union of Mineworkers" held a place "Mineworkers"). Not "Flanders" nor "Withers" ("hers").
 */
function isCompoundOfWorkers(key: string): boolean {
  if (!key.endsWith('ers') || key.length < 8) return false;
  for (let k = 3; k <= key.length - 5; k++) if (isCommonWord(key.slice(k)) && isCommonWord(key.slice(0, k))) return true;
  return false;
}

function isEponymWord(view: TokenView, word: { first: number; end: number }): boolean {
  if (word.end - word.first !== 1 || !view.isWord(word.first) || !view.isCapitalized(word.first) || view.isAllCaps(word.first)) return false;
  const key = view.key(word.first);
  // "the Congressional Gold Medal": an adjective of "-ional" names no one, though no dictionary holds it.
  return isNameKey(key) && !gazetteer().demonyms.has(key) && !key.endsWith('ional');
}

/**
 * "Paris Hilton", "Dallas Roberts": two words that the name lists know as a person's (the first a
 * forename or surname, the second a surname and no dictionary word) are a person's name, whose
 * first word is no city. Not "Boston Scientific" or "Dallas Cowboys" (dictionary words).
 */
function isForenameAndSurname(key: string, shortFormKeys: readonly string[]): boolean {
  const [firstKey, lastKey] = shortFormKeys;
  if (firstKey === undefined || lastKey === undefined || key !== `${firstKey} ${lastKey}`) return false;
  return (isSurname(firstKey) || isGivenName(firstKey, true)) && isSurname(lastKey) && isNameKey(lastKey) && !FOREIGN_ORGANIZATION_HEADS.has(lastKey);
}

/**
 * "García Harfuch" after "Omar García Harfuch": the surnames of a name the article gives in full
 * after a given name ("García" is no city there).
 */
function isTailOfPersonsName(key: string, fullKeys: ReadonlySet<string>): boolean {
  let tails = surnamesOfNames.get(fullKeys);
  if (!tails) {
    tails = new Set<string>();
    for (const full of fullKeys) {
      const space = full.indexOf(' ');
      if (space > 0 && isGivenName(full.slice(0, space))) tails.add(full.slice(space + 1));
    }
    surnamesOfNames.set(fullKeys, tails);
  }
  return tails.has(key);
}

/** The words after the given name of each full name, per article (its set of keys). */
const surnamesOfNames = new WeakMap<ReadonlySet<string>, Set<string>>();

/**
 * "R T Ponce", "Eugene A. Nida": a name with an initial is a person's. So are dotted initials that
 * name no place before a word no dictionary holds: "A.P. Moller-Maersk", "A.P. Dhillon" hold no
 * Associated Press ("A.P."); "U.S. Bancorp" still holds the country, "A.P. Stylebook" the agency.
 */
function hasInitial(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.isWord(i) && view.length(i) === 1 && view.isCapitalized(i)) return true;
  return isDottedInitialsBeforeName(view, first, end);
}

function isDottedInitialsBeforeName(view: TokenView, first: number, end: number): boolean {
  if (first + 1 >= end || view.kind(first) !== TokenKind.Initialism || !view.isCapitalized(first + 1) || view.isAllCaps(first + 1)) return false;
  const next = view.lower(first + 1);
  return !isCommonWord(next) && !HEAD_WORDS.has(next) && !isKnownPlace(view.key(first)) && /^(?:\p{Lu}\.){2,3}$/u.test(view.raw(first));
}

/**
 * "FIFA World Cup", "BAFTA Award", "UNESCO Slovenian National Commission": an acronym opening a
 * thing's name is the body it belongs to. No Roman numeral ("II Corps") and no word ("US" is "us").
 */
function leadingAcronym(view: TokenView, word: { first: number; end: number }, at: number): { name: InnerName; nextWord: number } | null {
  if (word.end - word.first !== 1 || !view.isWord(word.first) || !view.isAllCaps(word.first)) return null;
  const raw = view.raw(word.first);
  const key = view.key(word.first);
  // "PT Bank Central Asia Tbk": a legal form opening the name is no body it belongs to.
  // "HMS Prince of Wales", "USS Carney": a vessel's prefix is no body (it was one, "HMS").
  if (raw.length < 2 || ROMAN_NUMERAL.test(raw) || !isNameKey(key) || LEGAL_PREFIXES.has(key) || VESSEL_PREFIXES.has(key)) return null;
  return { name: { first: word.first, end: word.end, key, standalone: false }, nextWord: at + 1 };
}

const ROMAN_NUMERAL = /^[IVXLCDM]+$/;

/**
 * "DP World said it would invest", "SK Hynix", "EY Parthenon": two capitals no list knows, which the article
 * neither writes alone nor spells out, before one dictionary word, are the letters of the body's own name,
 * no body it belongs to (each gave a body "DP", "SK"). "DB Cargo" after "Deutsche Bahn" and "FIFA World
 * Cup" still name theirs, and so do three capitals, a sport's governing body's ("WTA Tour", "PGA Tour").
 */
function isUnknownLettersOfOwnName(view: TokenView, words: readonly { first: number; end: number }[], a: number, standaloneKeys: ReadonlySet<string>): boolean {
  const letters = words[a]!;
  const next = words[a + 1];
  if (!next || a + 2 !== words.length || next.end - next.first !== 1 || view.length(letters.first) !== 2 || !isCommonWord(view.lower(next.first))) return false;
  const key = view.key(letters.first);
  if (gazetteer().byKey.has(key) || standaloneKeys.has(key)) return false;
  return !spellsNameOf(key, standaloneKeys);
}

/**
 * "the RTI Act", "the DPDP Act 2023", "the IT Rules": capitals no list knows, which the article neither
 * writes alone nor spells out, before a law's head word (and its year) are the letters of the law's
 * subject, no body it belongs to ("RTI" and "DPDP" were bodies). "the EU AI Act" still holds the EU.
 */
function isUnknownLettersOfLaw(view: TokenView, words: readonly { first: number; end: number }[], a: number, standaloneKeys: ReadonlySet<string>): boolean {
  const head = words[a + 1];
  if (!head || head.end - head.first !== 1 || !LAW_TITLE_HEADS.has(view.lower(head.first))) return false;
  const year = words[a + 2];
  if (year && (a + 3 !== words.length || view.kind(year.first) !== TokenKind.Number)) return false;
  const key = view.key(words[a]!.first);
  return !gazetteer().byKey.has(key) && !standaloneKeys.has(key) && !spellsNameOf(key, standaloneKeys);
}

/** "db" of "deutsche bahn": letters that are the initials of a name the article writes alone. */
function spellsNameOf(letters: string, standaloneKeys: ReadonlySet<string>): boolean {
  for (const name of standaloneKeys) if (initialsOf(name) === letters) return true;
  return false;
}

/** "deutsche bahn" → "db": the first letters of a key's words. */
function initialsOf(key: string): string {
  return key.split(' ').map((word) => word[0]).join('');
}

/**
 * "DY Patil Stadium", "JJ Thomson Institute": two or three capitals the lists do not know, before a
 * surname the census lists and more words, are the initials of the person the place is named after,
 * no body of its own (each gave an organisation "DY", "JJ"). "BBC Scotland", "FIFA World Cup" stay.
 */
function isInitialsBeforeSurname(view: TokenView, words: readonly { first: number; end: number }[], a: number): boolean {
  const initials = words[a]!;
  const next = words[a + 1];
  if (!next || a + 2 >= words.length || view.length(initials.first) > 3 || next.end - next.first !== 1) return false;
  const surname = view.key(next.first);
  if (!view.isCapitalized(next.first) || view.isAllCaps(next.first) || !isListedSurname(surname) || isCommonWord(surname)) return false;
  return !gazetteer().byKey.has(view.key(initials.first)) && !isKnownPlace(surname);
}

/**
 * "AK Party", "ICONIQ Capital", "CEFC China Energy": an acronym followed only by a body's head
 * words and places is that body's own name, no body it belongs to ("FIFA World Cup", "BAFTA
 * Award" and "NAACP Legal Defense Fund" still name the body they belong to), and so does one whose
 * body the article names in full: "DB Cargo" after "Deutsche Bahn".
 */
function isBodysOwnName(view: TokenView, words: readonly { first: number; end: number }[], a: number, standaloneKeys: ReadonlySet<string>): boolean {
  const rest = words.slice(a + 1);
  if (rest.length === 0 || HEAD_WORDS.get(view.key(rest[rest.length - 1]!.first)) !== 'organization') return false;
  if (spellsNameOf(view.key(words[a]!.first), standaloneKeys)) return false;
  return rest.every((w) => {
    const key = view.keyOf(w.first, w.end);
    return HEAD_WORDS.get(key) === 'organization' || isKnownName(key) || gazetteer().demonyms.has(key);
  });
}

/**
 * "US-China Economic and Security Review Commission", "EU-Japan Economic Partnership Agreement":
 * known names joined by hyphens opening a body's, a treaty's or an event's name are each named
 * there. Not "Sino-Japanese War" ("Sino" is no name), nor a place's name ("Paraguay-Paraná
 * Waterway" is two rivers, no country).
 */
function hyphenedPlacesIn(view: TokenView, word: { first: number; end: number }): InnerName[] {
  const names: InnerName[] = [];
  let start = word.first;
  for (let i = word.first; i <= word.end; i++) {
    if (i < word.end && view.kind(i) !== TokenKind.Hyphen) continue;
    const key = view.keyOf(start, i);
    if (start === i || !isKnownName(key)) return [];
    names.push({ first: start, end: i, key, standalone: false });
    start = i + 1;
  }
  return names.length >= 2 ? names : [];
}

/** A place ("New York", "Mexico City"), or a line in capitals ("ORAL ARGUMENT OF GEN. ELIZABETH B. PRELOGAR"). */
function holdsNoInnerName(view: TokenView, key: string, first: number, end: number): boolean {
  if (isCity(key) || gazetteer().byKey.has(key) || isLawOfFields(key) || namesRegionOfPlace(view, first, end) || isOperationsCodeName(key)) return true;
  if (OWN_NAME_PLACE_HEADS.has(key.slice(key.lastIndexOf(' ') + 1))) return true;
  // "the Rubin Observatory on Cerro Pachón", "miners on Cerro Rico": a place's opening word ("hill",
  // "port") before one more word names that place only, though a town is called "Cerro" too.
  if (end - first === 2 && PLACE_OPENERS.has(view.lower(first))) return true;
  // "the Pixel 10 Pro" after "Pixel 9 Pro … Pixel phones": a product line's word before its model's
  // number is the model's own, no mention of the line (a maker the lists know still is: "Boeing 737").
  if (end - first >= 2 && view.kind(first + 1) === TokenKind.Number && !gazetteer().byKey.has(view.key(first))) return true;
  for (let i = first; i < end; i++) if (view.isWord(i) && view.length(i) > 1 && view.isCapitalized(i) && !view.isAllCaps(i)) return false;
  return true;
}

/**
 * "Operation Prosperity Guardian", "Operation Desert Storm": an operation's code name is words picked
 * for their sound, no newspaper ("Guardian") or place named inside it.
 */
function isOperationsCodeName(key: string): boolean {
  return key.startsWith('operation ');
}

/**
 * "Labor and Management Relations Act", "Rivers and Harbors Act": dictionary words joined by "and"
 * and closed by a law's head name fields, no namesake ("Labor" is no party there).
 */
function isLawOfFields(key: string): boolean {
  // The head first, with no split: most names close with no law's head ("Boston Red Sox").
  if (!LAW_HEADS.has(key.slice(key.lastIndexOf(' ') + 1))) return false;
  const words = key.split(' ');
  if (words.length < 4 || !LAW_HEADS.has(words[words.length - 1]!) || !words.includes('and')) return false;
  return words.every((w) => w === 'and' || isCommonWord(w));
}

/** Space-separated words as token ranges: "L'Enfant" and "D.C." are one word each; the comma of "Holdings, Ltd." is no part of one. */
/** The token before `end` is a possessive's "'s" or its bare apostrophe ("Thomas'"). */
function closesWithPossessive(view: TokenView, end: number): boolean {
  const kind = view.kind(end - 1);
  return kind === TokenKind.Possessive || (kind === TokenKind.Apostrophe && view.adjacent(end - 2));
}

function wordsOf(view: TokenView, first: number, end: number): { first: number; end: number }[] {
  const words: { first: number; end: number }[] = [];
  let start = first;
  for (let i = first + 1; i <= end; i++) {
    if (i === end || view.spaceBefore(i)) {
      // Not its comma, nor an editor's bracket: "[FIFA] World Cup" holds "FIFA".
      words.push({ first: start, end: i - 1 > start && view.isChar(i - 1, ',]') ? i - 1 : i });
      start = i;
    }
  }
  return words;
}

function longestInnerAt(
  view: TokenView,
  words: { first: number; end: number }[],
  a: number,
  standaloneKeys: ReadonlySet<string>,
): { name: InnerName; nextWord: number } | null {
  const before = a > 0 ? view.key(words[a - 1]!.first) : '';
  // "East Prussia" is not Prussia; "Conservatoire de Paris" and "Marquis de Lafayette" are names in their own right.
  if (!startsName(view, words[a]!.first) || PLACE_QUALIFIERS.has(before) || NAME_PARTICLES.has(before) || view.isChar(words[a]!.first - 1, '-')) return null;
  for (let b = Math.min(words.length, a + MAX_INNER_WORDS); b > a; b--) {
    if (a === 0 && b === words.length) continue;
    const first = words[a]!.first;
    const end = words[b - 1]!.end;
    // "Royal Academy of Painting", "César Award for Best Actress": a name its "of" phrase goes on is the outer name's head.
    if (!startsName(view, words[b - 1]!.first) || (b < words.length && NAME_CONNECTORS.has(view.key(words[b]!.first)))) continue;
    // "Martínez Cantón": a city closing a name after a word no list knows is a second surname
    // ("Vrije Universiteit Amsterdam" closes with its city after a head word); "Chimamanda Ngozi
    // Adichie": one between two such words is a middle name.
    if (a > 0 && isUnlistedNameWord(before) && (b === words.length || isUnlistedNameWord(view.key(words[b]!.first)))) continue;
    const key = view.keyOf(first, end);
    if (opensLongerDemonym(view, words, b, key)) continue;
    // "St. Paul's Cathedral", "St John's College": a possessive inside the name is its patron's, no
    // place the lists know by that spelling ("St. Paul's" and "St John's" were towns in them).
    if (b < words.length && closesWithPossessive(view, end) && !standaloneKeys.has(key)) continue;
    if (b === a + 1 && isWordPlaceInCompound(before, key)) continue;
    // "Ohio State Highway Patrol", "Iowa State Fair", "Ohio State University": a place and "State"
    // the outer name goes on from are the state's, not the university the lists call "Ohio State"
    // ("Washington State", a place, stays inside "Washington State University").
    if (b < words.length && b - a >= 2 && view.key(words[b - 1]!.first) === 'state' && gazetteer().byKey.get(key)?.type !== 'place') continue;
    // Alone elsewhere, and not the outer name's last word: "Red Sox" in "Boston Red Sox" is that name cut short.
    // "Tsar" in "Tsar Peter the Great" is his title, though the article says "the Tsar" alone.
    const standalone = b < words.length && standaloneKeys.has(key) && isNameKey(key) && !isRoleOnlyForm(key);
    if (standalone || (isKnownName(key) && !isOutersHead(view, words, b, before) && !isFieldAfterBodysOf(view, words, a, key) && !isFieldBeforeBodysHead(view, words, a, b, key)) || isCampusCity(view, words, b, first, key)) return { name: { first, end, key, standalone }, nextWord: b };
  }
  return null;
}

/**
 * "Supreme National Security Council" is not the UN's "Security Council": a known name that
 * closes the outer one (words[, b)) with a head word is the outer name's own head, unless an "of"
 * phrase names it ("Eastern Theater Command of the People's Liberation Army"). Functions, not
 * closures in longestInnerAt's loop, which allocated a context at every word tried.
 */
function isOutersHead(view: TokenView, words: readonly { first: number; end: number }[], b: number, before: string): boolean {
  return b === words.length && HEAD_WORDS.has(view.key(words[b - 1]!.first)) && before !== 'the' && !NAME_CONNECTORS.has(before);
}

/**
 * "University of California, Berkeley", "the University of Texas at Austin": the campus's city after the
 * comma or "at", though a given name too ("Berkeley", "Irvine", "Austin").
 */
function isCampusCity(view: TokenView, words: readonly { first: number; end: number }[], b: number, first: number, key: string): boolean {
  const afterAt = view.lower(first - 1) === 'at' && view.isLowerWord(first - 1);
  return b === words.length && (view.isChar(first - 1, ',') || afterAt) && isCity(key);
}

/**
 * "Department of Labor", "Ministry of Labor and Employment": a dictionary word after a body's head and
 * its "of" or "for" is the body's field, though the lists know it as another body's short name ("Labor"
 * was Australia's Labor Party there), and so is one after a comma of a list of fields ("Senate Health,
 * Education, Labor and Pensions Committee"); a place stays one ("Bank of Korea").
 */
function isFieldAfterBodysOf(view: TokenView, words: readonly { first: number; end: number }[], a: number, key: string): boolean {
  if (a < 1 || !isCommonWord(key) || gazetteer().byKey.get(key)?.type === 'place') return false;
  // "Senate Health, Education, Labor and Pensions Committee": an item of a list of fields.
  if (view.isChar(words[a - 1]!.end, ',')) return true;
  return a >= 2 && view.isOfOrFor(words[a - 1]!.first) && HEAD_WORDS.get(view.key(words[a - 2]!.first)) === 'organization';
}

/**
 * "Nigeria Labour Congress", "Kenya Labour Court", "National Labor Relations Board": a dictionary
 * word after another word of a name that closes with a body's head word is the body's field, though
 * the lists know it as a party's short name ("Labour" was the UK's Labour Party there, "Labor"
 * Australia's); a place stays one ("Kenya" in "Kenya Labour Court").
 */
function isFieldBeforeBodysHead(view: TokenView, words: readonly { first: number; end: number }[], a: number, b: number, key: string): boolean {
  if (a < 1 || b >= words.length || !isCommonWord(key) || HEAD_WORDS.get(view.key(words[words.length - 1]!.first)) !== 'organization') return false;
  // "Welsh Labour Party" holds the Labour Party's own word.
  return gazetteer().byKey.get(key)?.type !== 'place' && !isKnownName(`${key} ${view.key(words[b]!.first)}`);
}

/**
 * "Northern Rare Earth shares rose", "Lynas Rare Earth": a place named by a dictionary word, after
 * another dictionary word no list knows as a place or a people, is that word's compound ("rare
 * earth"), no place inside the name (it was a place "Earth"). "Kenya Labour Court" asks no place.
 */
function isWordPlaceInCompound(before: string, key: string): boolean {
  if (!before || !isCommonWord(key) || !isCommonWord(before) || gazetteer().byKey.get(key)?.type !== 'place') return false;
  return !isKnownPlace(before) && !gazetteer().demonyms.has(before) && !STOPWORDS.has(before) && !NAME_CONNECTORS.has(before);
}

/** "Saudi" of "Saudi Arabian Airlines": a name that opens a nationality with the next word is no name there. */
function opensLongerDemonym(view: TokenView, words: readonly { first: number; end: number }[], b: number, key: string): boolean {
  // A word that opens no demonym of two words ("Boston") needs no key of the pair built: most of them.
  if (b >= words.length || (!key.includes(' ') && !opensDemonymOfWords(key))) return false;
  return gazetteer().demonyms.has(`${key} ${view.keyOf(words[b]!.first, words[b]!.end)}`);
}

/** A word of a name that no list knows: no dictionary word, head word, connector or known name ("Martínez", "Adichie"). */
function isUnlistedNameWord(key: string): boolean {
  return !isCommonWord(key) && !HEAD_WORDS.has(key) && !FOREIGN_ORGANIZATION_HEADS.has(key) && !NAME_CONNECTORS.has(key) && !isKnownName(key);
}

/** A capitalised word, or an initialism ("D.C."): a name's word, not "of" or "the". */
function startsName(view: TokenView, i: number): boolean {
  // "US" in "US Paralympics" is no "us".
  return view.isCapitalized(i) && (!view.hasClass(i, WordClass.Stop) || (view.isAllCaps(i) && view.length(i) > 1));
}

/**
 * A name of the gazetteer ("NATO", "FIFA", "California"), or a city or region that is no given
 * name, dictionary word or compass word ("Austin" may be a person, "Reading" a word, "Southern" a
 * region's first word); neither a head word ("Congress" in "United States Congress") nor a demonym.
 */
function isKnownName(key: string): boolean {
  const { byKey, demonyms } = gazetteer();
  if (byKey.has(key)) return !HEAD_WORDS.has(key) && !demonyms.has(key);
  // "Prensa Latina": a people's word is no town inside a longer name, though a town has its spelling ("Latina" in Italy).
  return isCity(key) && !isGivenName(key) && isNameKey(key) && !PLACE_QUALIFIERS.has(key) && !demonyms.has(key);
}

/** Not a dictionary word or a head word on its own ("Court" in "Court of Appeal" is no name). */
function isNameKey(key: string): boolean {
  return !(isCommonWord(key) || HEAD_WORDS.has(key) || STOPWORDS.has(key));
}

/** "sub-Saharan Africa", "Saharan Africa": a region of a place is one place, with no other inside it ("Africa" was one). */
export function namesRegionOfPlace(view: TokenView, first: number, end: number): boolean {
  const region = view.lower(first) === 'sub' && view.kind(first + 1) === TokenKind.Hyphen ? first + 2 : first;
  return end - region >= 2 && isRegionWord(view.lower(region)) && gazetteer().byKey.get(view.keyOf(region + 1, end))?.type === 'place';
}
