import countries from 'world-countries/countries.json' with { type: 'json' };
import known from './data/known-entities.json' with { type: 'json' };
import worldCities from './data/world-cities.json' with { type: 'json' };
import countryRegions from 'country-region-data/data.json' with { type: 'json' };
import { nameKey } from '../text/tokenize.js';
import { CLUB_ABBREVIATIONS, COMPASS, COMPASS_ADJECTIVES, HEAD_WORDS, isCommonWord, isGivenName, isListedSurname, isSurname, PARTY_MEMBERS, PEOPLES, REGION_PLURALS } from './lexicon.js';
import { RecentAnswers } from './recentAnswers.js';
import type { EntityType } from './types.js';

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
}

interface CountryRecord {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
  languages?: Record<string, string>;
  translations?: Record<string, { common: string }>;
}

/** Translations whose scripts an English-language corpus quotes in parentheses (中文, 日本語, 한국어). */
const CJK_TRANSLATIONS = ['zho', 'jpn', 'kor'];

export interface Gazetteer {
  /** Entry by the key of its name or any alias. */
  byKey: Map<string, GazetteerEntry>;
  /** Keys of nationality adjectives and their plurals: "russian", "south korean", "europeans". */
  demonyms: Set<string>;
  entries: GazetteerEntry[];
  /** The entries of countries (world-countries) and of the United Kingdom's nations: "France", "Scotland". */
  countries: Set<GazetteerEntry>;
}

let cached: Gazetteer | undefined;

/** Countries, capitals and demonyms from world-countries, plus the well-known entities of news. */
export function gazetteer(): Gazetteer {
  cached ??= build();
  return cached;
}

const EXTRA_DEMONYMS: readonly string[] = (
  // Nationalities no country list gives (the UK's nations, "Arab") and religions: adjectives, or in
  // the plural groups of people ("Palestinians", "Jews"); never places, and no entities here.
  'european asian african arab western eastern soviet latin nordic baltic balkan kurdish palestinian taiwanese korean chinese allied pacific atlantic philippine dutch ' +
  'english scottish scot welsh irish jewish jew muslim hindu buddhist sikh catholic protestant shiite shia sunni alawite druze orthodox evangelical ' +
  // "Valcke, a Frenchman who…": a nationality as a noun of one person.
  'englishman englishmen englishwoman frenchman frenchmen frenchwoman dutchman dutchmen irishman irishmen irishwoman scotsman scotsmen scotswoman welshman welshmen welshwoman ' +
  // "the 37-year-old Serb", "a Briton and a Croat": nouns of nationality the lists give only as adjectives ("Serbian", "British").
  'serb croat briton brit swede spaniard bosniak kosovar kurd ' +
  // "Icelandic Prime Minister Bjarni Benediktsson" opening a sentence gave an entity "Icelandic":
  // adjectives of nations and peoples whose list demonym is another word ("Icelander", "Tajikistani").
  'icelandic greenlandic faroese tajik kyrgyz uzbek kazakh turkmen bosnian catalan basque flemish walloon tibetan uyghur uighur luxembourgish ' +
  // "the choice of the Maldivian people" went to the Maldivian Democratic Party; "former Cape Verdean
  // president Jorge Carlos Fonseca" made a body "Cape Verdean": news spellings the lists give otherwise
  // ("Maldivan", "Nepalese" only, "Comoran", "Djibouti", "East Timorese", "Surinamer", "Cape Verdian", "Saint Vincentian").
  'maldivian nepali comorian djiboutian timorese surinamese cape_verdean cabo_verdean vincentian kittitian equatoguinean north_macedonian ' +
  // "Latino voters and Hispanic families were affected" made a person and an other: peoples of no one nation.
  'latino latina latinx hispanic ' +
  // "Victorian Premier Jacinta Allan said", "Bavarian Premier Markus Söder", "Tasmanian Premier Jeremy Rockliff"
  // opening a sentence made entities "Victorian" (a person), "Bavarian" and "Tasmanian" (other), as did
  // "The Victorian era": the adjectives of the states and provinces news names most, which no list gives
  // (not "Texan" or "Hawaiian": "the Texans won" is a team, "Hawaiian" an airline).
  'victorian tasmanian queenslander bavarian californian floridian virginian pennsylvanian minnesotan alaskan arizonan nevadan coloradan albertan ontarian ' +
  // "from Hutu militias" made a place, "Sunni Bedouin tribes" an other, "Maronite Patriarch Bechara
  // Boutros al-Rai" a person, "The Islamist party Jamaat-e-Islami" a body, "Moldova's Gagauz
  // minority, Turkic-speaking" two others: the peoples, creeds and movements of conflict news, which
  // no country list gives (not a surname too, "Berber", "Tatar", "Ahmadi", nor a region's name, "Amhara", "Kachin", nor one opening a group's, "Tamil Tigers", nor a church's, "Anglican Communion").
  'hutu tutsi masalit zaghawa oromo fulani hausa igbo yoruba tuareg kikuyu maasai pashtun hazara baluch baloch sinhalese ' +
  'bengali hmong bedouin maronite yazidi assyrian chaldean coptic copt circassian azeri chechen ingush gagauz turkic slavic ' +
  'islamist jihadist salafi salafist wahhabi sufi ismaili zaydi ' +
  // "ordained as a Baptist minister", "the Jesuit college at Braunsberg", "Scotland, which had become
  // Calvinist", "Maoist rebels", "a Mormon bishop" made entities of a creed's or a movement's
  // adjective: churches, orders and movements no list above gives (not a surname too, "Wesley", nor a
  // word opening a firm's name, "Quaker Oats", nor a region's, "Amish Country").
  'baptist jesuit calvinist mormon maoist mennonite adventist puritan anabaptist trotskyist leninist stalinist'
)
  .split(' ')
  .map((word) => word.replace('_', ' '));

function build(): Gazetteer {
  const g: Gazetteer = { byKey: new Map(), demonyms: new Set(EXTRA_DEMONYMS), entries: [], countries: new Set() };
  // Curated entries first: they decide the canonical name ("North Korea", not its official name).
  for (const e of known.entities) addEntry(g, { name: e.name, type: e.type as EntityType, aliases: e.aliases });
  for (const c of countries as unknown as CountryRecord[]) addCountry(g, c);
  for (const base of [...g.demonyms]) if (!base.endsWith('s')) g.demonyms.add(base + 's');
  // A country's name is never a demonym even where a list says so ("Chinese" stays, "China" is a place).
  for (const key of g.byKey.keys()) g.demonyms.delete(key);
  for (const nation of UK_NATIONS) {
    const entry = g.byKey.get(nation);
    if (entry) g.countries.add(entry);
  }
  return g;
}

function addEntry(g: Gazetteer, entry: GazetteerEntry): void {
  g.entries.push(entry);
  for (const form of [entry.name, ...entry.aliases]) {
    const key = nameKey(form);
    for (const spelling of [key, otherIseSpelling(key)]) if (spelling && !g.byKey.has(spelling)) g.byKey.set(spelling, entry);
  }
}

/**
 * A name's key in the other spelling of "-ization" and "-isation": "the Organisation for Security and
 * Co-operation in Europe" is the list's "Organization for …" in British copy (it was cut at "in", a
 * body of its own). Empty when the key has neither.
 */
function otherIseSpelling(key: string): string {
  if (key.includes('ization')) return key.replaceAll('ization', 'isation');
  return key.includes('isation') ? key.replaceAll('isation', 'ization') : '';
}

/** A country of world-countries: its names (joined to a curated entry of that name), its capitals and its demonyms. */
function addCountry(g: Gazetteer, c: CountryRecord): void {
  const existing = g.byKey.get(nameKey(c.name.common));
  const aliases = [
    c.name.official,
    // Two-letter codes ("KP", "KR") are too ambiguous in text; longer spellings are kept.
    ...(c.altSpellings ?? []).filter((s) => s.length > 3 && !s.includes(',') && !isOwnAdjective(c, s)),
    ...CJK_TRANSLATIONS.map((lang) => c.translations?.[lang]?.common).filter((s): s is string => !!s),
  ];
  if (existing) {
    for (const alias of aliases) {
      const key = nameKey(alias);
      if (!g.byKey.has(key)) {
        existing.aliases.push(alias);
        g.byKey.set(key, existing);
      }
    }
  } else addEntry(g, { name: c.name.common, type: 'place', aliases });
  g.countries.add(g.byKey.get(nameKey(c.name.common))!);
  for (const capital of c.capital ?? []) if (!g.byKey.has(nameKey(capital)) && !foldsToDictionaryWord(capital)) addEntry(g, { name: capital, type: 'place', aliases: [] });
  const d = c.demonyms?.eng;
  if (!d) return;
  for (const form of new Set([d.m, d.f])) {
    const key = nameKey(form);
    // Bouvet Island has an empty demonym, whose plural "s" made the initial of "S. Jaishankar" a nationality.
    if (!key) continue;
    g.demonyms.add(key);
    g.demonyms.add(key.endsWith('s') ? key : key + 's');
  }
}

/**
 * A capital whose diacritics, folded away, leave an English word: "Malé" keyed "male" made "Male
 * students outnumber female ones" a mention of the Maldives' capital. The city list still gives it
 * as a city, which wants a place's cue ("in Male", a dateline "MALE (Reuters) -").
 */
function foldsToDictionaryWord(name: string): boolean {
  const key = nameKey(name);
  return key !== name.toLowerCase() && !key.includes(' ') && isCommonWord(key);
}

/**
 * A country's spelling that is its people's adjective and no word of its name: "Thai", "Togolese"
 * ("through Thai and Singaporean banks" named Thailand). "Vatican" stays Vatican City's.
 */
function isOwnAdjective(c: CountryRecord, spelling: string): boolean {
  const d = c.demonyms?.eng;
  const key = nameKey(spelling);
  return !!d && (nameKey(d.m) === key || nameKey(d.f) === key) && !nameKey(c.name.common).split(' ').includes(key);
}

/** The United Kingdom's nations, which a town's address names as it would a country: "Oldham, Lancashire, England". */
const UK_NATIONS = ['england', 'scotland', 'wales', 'northern ireland'];

/** A country, by any of its names ("france", "usa", "us" for "U.S."), or one of the United Kingdom's nations. */
export function isCountry(key: string): boolean {
  return countryEntry(key) !== undefined;
}

/** Heads of a state's bodies that news names either way: "Supreme Court of the United States", "U.S. Supreme Court". */
const STATE_BODY_HEADS = new Set(['court', 'department', 'embassy', 'army', 'navy', 'senate', 'congress', 'parliament', 'government', 'constitution', 'treasury']);

let countryOpeners: Set<string> | undefined;

/**
 * A name's key with the country it opens with, or that closes a state body's name after "of",
 * written by the country's own name first: "U.S. Department of Justice" and "United States
 * Department of Justice" are "united states department of justice"; "Supreme Court of the United
 * States" and "US Supreme Court" are "united states supreme court". Other keys are returned as they are.
 */
export function countryFirstKey(key: string): string {
  countryOpeners ??= new Set([...gazetteer().byKey.keys()].filter(isCountry).map((k) => k.split(' ', 1)[0]!));
  const space = key.indexOf(' ');
  if (space > 0 && countryOpeners.has(key.slice(0, space))) {
    for (let end = key.indexOf(' '); end > 0; end = key.indexOf(' ', end + 1)) {
      const entry = countryEntry(key.slice(0, end));
      if (entry) return nameKey(entry.name) + key.slice(end);
    }
  }
  const of = key.lastIndexOf(' of ');
  if (of < 0) return key;
  const head = key.slice(0, of);
  const entry = countryEntry(key.slice(of + 4).replace(/^the /, ''));
  return entry && STATE_BODY_HEADS.has(head.slice(head.lastIndexOf(' ') + 1)) ? `${nameKey(entry.name)} ${head}` : key;
}

function countryEntry(key: string): GazetteerEntry | undefined {
  const entry = gazetteer().byKey.get(key);
  return entry && gazetteer().countries.has(entry) ? entry : undefined;
}

let countriesOfCapitals: Map<string, string> | undefined;

/** The country whose capital the key names, by its name's key: "tokyo" → "japan", "mexico city" → "mexico". */
export function countryOfCapital(key: string): string | undefined {
  if (!countriesOfCapitals) {
    countriesOfCapitals = new Map();
    for (const c of countries as unknown as CountryRecord[]) for (const capital of c.capital ?? []) countriesOfCapitals.set(nameKey(capital), nameKey(c.name.common));
  }
  return countriesOfCapitals.get(key);
}

let regions: Set<string> | undefined;

/** A state, province or region of a country (country-region-data): "massachusetts", "lancashire", "new south wales". */
export function isRegion(key: string): boolean {
  regions ??= new Set(regionKeys());
  return regions.has(key);
}

function regionKeys(): string[] {
  return (countryRegions as { regions: { name: string }[] }[]).flatMap((c) => c.regions.map((r) => nameKey(r.name)));
}

let firstWords: Set<string> | undefined;

/** A word that opens the key of a gazetteer name or alias: "north" of "north korea", "seoul". */
export function opensGazetteerKey(word: string): boolean {
  firstWords ??= new Set([...gazetteer().byKey.keys()].map((key) => key.split(' ', 1)[0]!));
  return firstWords.has(word);
}

let demonymOpeners: Set<string> | undefined;

/** A word that opens a demonym of two words or more: "south" of "south korean", "new" of "new zealander". */
export function opensDemonymOfWords(word: string): boolean {
  demonymOpeners ??= new Set([...gazetteer().demonyms.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ', 1)[0]!));
  return demonymOpeners.has(word);
}

let openingWords: Set<string> | undefined;

/**
 * Whether some gazetteer key goes on past `key` with more words: "united states" opens "united
 * states senate", "united states secretary" opens none. No key that `key` and a space do not open
 * can start with a longer run of words.
 */
export function opensLongerGazetteerKey(key: string): boolean {
  if (!openingWords) {
    openingWords = new Set();
    for (const known of gazetteer().byKey.keys()) for (let space = known.indexOf(' '); space > 0; space = known.indexOf(' ', space + 1)) openingWords.add(known.slice(0, space));
  }
  return openingWords.has(key);
}

let cities: Set<string> | undefined;

/** Cities of 100,000 people or more (GeoNames) and the regions of every country: weak evidence of a place, since "Lincoln" and "Victoria" are people too. */
export function isCity(key: string): boolean {
  return recentCities.answer(key);
}

const recentCities = new RecentAnswers((key) => {
  const known = cityKeys();
  return known.has(key) || (key.startsWith('st ') && known.has('saint ' + key.slice(3)));
});

function cityKeys(): Set<string> {
  // States, provinces and regions of every country (country-region-data) too: "Tamil Nadu", "Mato Grosso".
  cities ??= new Set([...worldCities.cities.map((name) => nameKey(name)), ...worldCities.cities.flatMap(withoutHonoree), ...regionKeys()]);
  return cities;
}

/**
 * "Acapulco de Juárez", "Ecatepec de Morelos", "Poza Rica de Hidalgo": a Mexican city's official name
 * adds the hero it honours, which news leaves out ("The storm hit Acapulco on Tuesday" was other: the
 * list has only the whole name). The city's key without it, or none.
 */
function withoutHonoree(name: string): string[] {
  const at = name.lastIndexOf(' de ');
  return at > 0 && HONOREES.has(nameKey(name.slice(at + 4))) ? [nameKey(name.slice(0, at))] : [];
}

/** Heroes of Mexico's independence and reform whom its cities' official names honour after "de". */
const HONOREES = new Set(['juarez', 'morelos', 'alvarez', 'hidalgo', 'allende', 'mora', 'la independencia']);

let americanStates: Set<string> | undefined;

/** "ohio", "michigan": a state of the United States, whose name before "State" is a university's or a team's as often ("Ohio State beat Michigan"). */
export function isAmericanState(key: string): boolean {
  americanStates ??= new Set((countryRegions as { countryShortCode: string; regions: { name: string }[] }[]).find((c) => c.countryShortCode === 'US')?.regions.map((r) => nameKey(r.name)));
  return americanStates.has(key);
}

let citySpellings: Map<string, string> | undefined;

/** The city list's spelling of a city's key: "Abidjan" for "abidjan", "San Francisco" for "san francisco". */
export function citySpelling(key: string): string | undefined {
  if (!citySpellings) {
    citySpellings = new Map();
    for (const name of worldCities.cities) {
      const cityKey = nameKey(name);
      if (!citySpellings.has(cityKey)) citySpellings.set(cityKey, name);
    }
  }
  return citySpellings.get(key);
}

/** A place the lists know: a city or region (`isCity`), or a gazetteer place ("Rio Grande do Sul", "Russia"). */
/**
 * "DHAKA", "NEW DELHI": capitals before a colon that open a story name its dateline when a town or a
 * region of the lists has them ("ANALYSIS" has not). Handed to the segmenter, which reads no lists.
 */
export function isDatelinePlace(value: string): boolean {
  return isCity(nameKey(value));
}

export function isKnownPlace(key: string): boolean {
  return recentKnownPlaces.answer(key);
}

const recentKnownPlaces = new RecentAnswers((key) => {
  knownPlaces ??= knownPlaceKeys();
  return knownPlaces.has(key);
});

let knownPlaces: Set<string> | undefined;

/**
 * Every key isKnownPlace says yes to, in one set: the cities and regions (isCity, with "st" for each
 * "saint"), and the gazetteer's places. Most keys asked are none, and each cost two look-ups and a
 * test of "st " (575,000 calls on 3,000 ws-10000 files).
 */
function knownPlaceKeys(): Set<string> {
  const keys = new Set(cityKeys());
  for (const key of cityKeys()) if (key.startsWith('saint ')) keys.add('st ' + key.slice('saint '.length));
  for (const [key, entry] of gazetteer().byKey) if (entry.type === 'place') keys.add(key);
  return keys;
}

/**
 * "sheffield south east", "leeds north west", "islington north": a place the lists know, then only
 * compass points, names a constituency or a district, another place than the town. Not "south korea"
 * (the compass point first).
 */
export function isPlaceAndCompassPoints(key: string): boolean {
  const words = key.split(' ');
  let compass = words.length;
  // "Maidstone Rural West", "Ashford Urban North": an electoral division's "Rural" or "Urban" among them (it was other).
  while (compass > 1 && (COMPASS.has(words[compass - 1]!) || DIVISION_QUALIFIERS.has(words[compass - 1]!))) compass--;
  return compass < words.length && isKnownPlace(words.slice(0, compass).join(' '));
}

const DIVISION_QUALIFIERS = new Set(['rural', 'urban']);

/**
 * "east oakland", "north london", "south sudan": compass points, then a place the lists know or a
 * city, name a part of it or another place, of which the place's own name is no short form. So does
 * a compass adjective: "Tigray's administrator" is not "Western Tigray", a zone of it.
 */
export function isCompassPointsAndPlace(key: string): boolean {
  const space = key.indexOf(' ');
  if (space < 0 || !(COMPASS.has(key.slice(0, space)) || COMPASS_ADJECTIVES.has(key.slice(0, space)))) return false;
  const place = key.slice(space + 1);
  return isKnownPlace(place);
}

/**
 * A people, a creed's or a party's members named in the plural: "palestinians", "jews", "kurds",
 * "greenlanders", "democrats". Not a region named so ("the Balkans"), nor a country ("Philippines").
 */
export function namesAPeople(key: string): boolean {
  if (PEOPLES.has(key)) return true;
  if (!key.endsWith('s') || key.endsWith('ss') || REGION_PLURALS.has(key) || gazetteer().byKey.has(key)) return false;
  // "the Tories": a party member's "-y" takes "-ies" in the plural.
  const singular = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.slice(0, -1);
  return gazetteer().demonyms.has(singular) || PARTY_MEMBERS.has(singular) || isPlaceAdjective(key);
}

/**
 * "french", "english", "irish": a nationality's adjective the census lists as a surname, which stands
 * as a given name too, as family names do in the American South ("Chairman French Hill", "Senator
 * English Hall").
 */
export function isNationalityUsedAsName(lower: string): boolean {
  return gazetteer().demonyms.has(lower) && isListedSurname(lower);
}

/**
 * Languages news names that are no country's official one (world-countries gives those): the
 * Philippines' regional languages, India's scheduled ones, China's spoken varieties, West Africa's
 * and Indonesia's most spoken, and the classical and constructed ones ("taught in Cebuano and
 * Hiligaynon", "speaks Cantonese", "translated into Sanskrit"). Not one that is a place too
 * ("Maguindanao" is a province) or a people's adjective the lists give ("Hausa", "Bengali").
 */
const REGIONAL_LANGUAGES = `tagalog cebuano ilocano hiligaynon waray kapampangan bikol pangasinan punjabi marathi telugu
  kannada malayalam gujarati odia assamese sindhi balochi konkani maithili cantonese mandarin hokkien hakka teochew javanese
  sundanese wolof twi akan luganda kiswahili sanskrit yiddish esperanto farsi ladino`;

let languageKeys: Set<string> | undefined;

/**
 * "tagalog", "swahili", "pashto": a language's name, which names no person, place or body (they
 * were people and places by "in" and their shape). A country's official languages (world-countries)
 * and REGIONAL_LANGUAGES; not a nationality's adjective ("French" is no name alone), a place
 * ("Tonga", "Nauru"), nor a given name or a surname too ("Lao", "Berber").
 */
export function isLanguageName(key: string): boolean {
  if (!languageKeys) {
    languageKeys = new Set(REGIONAL_LANGUAGES.split(/\s+/));
    for (const c of countries as unknown as CountryRecord[]) for (const language of Object.values(c.languages ?? {})) languageKeys.add(nameKey(language));
    for (const key of [...languageKeys]) if (gazetteer().demonyms.has(key) || gazetteer().byKey.has(key) || isGivenName(key, true) || isListedSurname(key)) languageKeys.delete(key);
  }
  return languageKeys.has(key);
}

/**
 * A place's name the gazetteer knows that is no surname or given name: a name closing with it
 * ("Tehrik-e-Taliban Pakistan") is no person's, while "Steve Jordan" may be.
 */
export function isPlaceNotPersonName(key: string): boolean {
  return gazetteer().byKey.get(key)?.type === 'place' && !isListedSurname(key) && !isGivenName(key, true);
}

/**
 * "Boston" is the city, not the first word of the "Boston Red Sox" or of "Boston University"; a
 * city's name may still be a person's given name or surname ("Isabel Ruiz", "Abraham Lincoln"),
 * though not where a body's head word or a club's letters close the name ("Flooding in Valencia"
 * went to "Valencia CF", "Valencia" being a given name too).
 */
export function namesThePlace(shortKey: string, fullKey: string): boolean {
  if (!fullKey.startsWith(`${shortKey} `) || !isCity(shortKey) || (isGivenName(shortKey, true) && !closesWithBodysWord(fullKey))) return false;
  // "Ondo" is short for "Ondo State", "Mexico" may be "Mexico City": one place under two names.
  return !ADMINISTRATIVE_PLACE_WORDS.has(fullKey.slice(fullKey.lastIndexOf(' ') + 1));
}

function closesWithBodysWord(key: string): boolean {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return HEAD_WORDS.get(last) === 'organization' || CLUB_ABBREVIATIONS.has(last);
}

const ADMINISTRATIVE_PLACE_WORDS = new Set(['state', 'city', 'county', 'province', 'region', 'district', 'prefecture', 'oblast', 'governorate', 'municipality', 'township']);

const placeAdjectives = new Map<string, boolean>();

/**
 * A word made from a place's name the lists know: "Bavarian", "Siberian", "Texan", "Sicilian",
 * "Tuscan", "Greenlanders", "Londoner". The country lists give their own demonyms ("Ukrainian");
 * regions and cities have none. Not a name in its own right: a given name ("Roman", "Adrian"), a
 * surname, or a place itself ("Milan"). The dictionary holds some ("Texan", "Victorian"): no name either.
 */
export function isPlaceAdjective(key: string): boolean {
  let known = placeAdjectives.get(key);
  if (known === undefined) {
    known = !key.includes(' ') && key.length > 4 && placeAdjectiveStems(key).some(isKnownPlace) && !isNameOfItsOwn(key);
    placeAdjectives.set(key, known);
  }
  return known;
}

function placeAdjectiveStems(key: string): string[] {
  const word = key.endsWith('ns') ? key.slice(0, -1) : key;
  if (word.endsWith('ers')) return [word.slice(0, -3)];
  if (word.endsWith('er')) return [word.slice(0, -2)];
  if (!word.endsWith('n')) return easternStems(word);
  // No place's adjective ends in "-en": "Balen", a rapper's name, was Basel's ("Bâle") by its stem "bale".
  if (word.endsWith('en')) return [];
  const stems = [word.slice(0, -1), word + 'y'];
  // "Guadeloupean", "Hawaiian": the place's whole name before "an".
  if (word.endsWith('an')) stems.push(word.slice(0, -1) + 's', word.slice(0, -2));
  if (word.endsWith('ian')) stems.push(word.slice(0, -3) + 'y', word.slice(0, -3) + 'a');
  return stems;
}

/** "Kashmiri", "Punjabi", "Faroese": a South Asian "-i" or an "-ese" ending on a place's name. */
function easternStems(word: string): string[] {
  if (word.endsWith('ese')) return [word.slice(0, -3)];
  return word.endsWith('i') && word.length > 5 ? [word.slice(0, -1)] : [];
}

function isNameOfItsOwn(key: string): boolean {
  return isGivenName(key, true) || isSurname(key) || isKnownPlace(key) || gazetteer().byKey.has(key);
}

/**
 * "college" and "london" of "King's College London", "hospital" and "karachi" of "Civil Hospital
 * Karachi": a body's head word, then a city no dictionary holds, closing a name. The body heads the
 * name (cues.ts), and the city alone is the place, no short form of the body (shortForms.ts).
 * "America's Finest News Source" closes with a dictionary word the city list also holds.
 */
export function isBodyHeadBeforeCity(head: string, last: string): boolean {
  return HEAD_WORDS.get(head) === 'organization' && isCity(last) && !isCommonWord(last);
}

/**
 * "nhs" and "england" of "NHS England", "bbc" and "scotland" of "BBC Scotland": a body the lists know
 * by its letters, then a place they know, name the body's branch there, one name of a body.
 */
export function isKnownBodysBranch(bodyKey: string, placeKey: string): boolean {
  const { byKey } = gazetteer();
  return byKey.get(bodyKey)?.type === 'organization' && byKey.get(placeKey)?.type === 'place';
}
