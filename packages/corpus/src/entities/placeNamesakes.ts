import countries from 'world-countries/countries.json' with { type: 'json' };
import data from './data/place-namesakes.json' with { type: 'json' };
import { nameKey } from '../text/tokenize.js';
import { addEvidence, weightOf, WEIGHT } from './evidence.js';
import { gazetteer } from './gazetteer.js';
import { COMPASS, isCommonWord } from './lexicon.js';
import { RegionKind, type MentionDraft } from './mentionDraft.js';

/**
 * One written name, two places: "Georgia" is a country and a US state, "Punjab" a province of
 * Pakistan and a state of India, "Córdoba" a city of Argentina and of Spain, "Birmingham" England's
 * and Alabama's (data/place-namesakes.json, the most populous first and a country before its
 * namesakes). An article says which by a qualifier ("Augusta, Georgia", "Córdoba, Spain", "TBILISI,
 * Georgia"), its dateline ("CHANDIGARH, India —") and the other places, capitals and nationalities it
 * names ("Georgian Dream", "Ludhiana"). A mention of another place than the list's first is keyed
 * with that place's country ("punjab india", "georgia united states"), so that the corpus keeps the
 * two apart: its text stays "Punjab". One sense per article, unless a qualifier says otherwise.
 */
export function keyPlaceNamesakes(text: string, mentions: MentionDraft[]): void {
  const candidates = namesakeMentions(mentions);
  if (candidates === undefined) return;
  const decided = decidedCountries(text, candidates, mentions);
  // Namesakes all decided by a qualifier ("Córdoba, Spain", "Macon, Georgia") need not read the article's other names.
  const scores = decided.size < candidates.length ? countryScores(text, mentions, decided) : undefined;
  const senseOfKey = new Map<string, string>();
  for (const d of candidates) {
    const key = placeKey(d);
    const places = namesakes().get(key)!;
    let code = decided.get(d);
    if (code === undefined) {
      code = senseOfKey.get(key) ?? articleSense(places, scores!);
      senseOfKey.set(key, code);
    }
    if (code !== places.codes[0]) rekey(mentions, d, key, code);
  }
}

/** The mentions that may be a namesake; undefined, with nothing allocated, in the many articles that name none (one lookup a mention). */
function namesakeMentions(mentions: readonly MentionDraft[]): MentionDraft[] | undefined {
  let candidates: MentionDraft[] | undefined;
  for (const d of mentions) if (isNamesakeMention(d)) (candidates ??= []).push(d);
  return candidates;
}

/** Each candidate's country that its qualifier, its town or a country written before it says ("Macon, Georgia", "the Indian state of Punjab"). */
function decidedCountries(text: string, candidates: readonly MentionDraft[], mentions: readonly MentionDraft[]): Map<MentionDraft, string> {
  const decided = new Map<MentionDraft, string>();
  for (const d of candidates) {
    const code = qualifiedCountry(d, mentions) ?? countryWrittenBefore(text, d);
    if (code !== undefined && namesakes().get(placeKey(d))!.codes.includes(code)) decided.set(d, code);
  }
  return decided;
}

/** The key a namesake of the given country is filed under ("georgia" in US → "georgia united states"); the key itself for the list's first place or another name. */
export function namesakeKeyIn(key: string, code: string): string {
  const codes = namesakes().get(key)?.codes;
  return codes && codes[0] !== code && codes.includes(code) ? `${key} ${countryKeyOf(code)}` : key;
}

/** Each country's place of one name, the most populous first, with its people (0 for a country's own name). */
interface Namesakes {
  codes: string[];
  people: number[];
}

/**
 * A qualifier's word outweighs the rest of the article, and so does a dateline's; a town or a
 * region says more of the article's country than the country's name or its people's, which world
 * news writes of every country it touches ("Canada" in an interview in Melbourne about the London
 * Paralympics made London Ontario's).
 */
const DECISIVE = 5;
const DATELINE = 2;
const COUNTRY_WIDE = 0.5;

function isNamesakeMention(d: MentionDraft): boolean {
  if (d.link !== null && d.link !== d.key) return false;
  if (!namesakes().has(d.key)) return false;
  return !isPersonMoreThanPlace(d);
}

function placeKey(d: MentionDraft): string {
  return d.link ?? d.key;
}

/**
 * The country of the qualifier written after the namesake ("Córdoba, Spain": the mention reaches
 * over it, placeQualifiers.ts), or of the town the namesake qualifies ("Macon, Georgia": Macon is
 * a city of the United States; "TBILISI, Georgia": Georgia's capital).
 */
function qualifiedCountry(d: MentionDraft, mentions: readonly MentionDraft[]): string | undefined {
  const nameEnd = d.start + d.surface.length;
  if (d.end > nameEnd) {
    const qualifier = mentions.find((q) => q !== d && q.start > nameEnd && q.end <= d.end);
    return qualifier && countryOfQualifier(placeKey(qualifier));
  }
  // A town that has namesakes itself says nothing of its qualifier: "LONDON, Ontario" says which London by Ontario.
  const town = mentions.find((t) => t !== d && t.start < d.start && t.end === d.end);
  return town && countryCodeOf(placeKey(town));
}

/** A qualifier that has namesakes itself is its first place: "LONDON, Ontario" (a city of California too) is Canada's. */
function countryOfQualifier(key: string): string | undefined {
  return countryCodeOf(key) ?? namesakes().get(key)?.codes[0];
}

/**
 * What the article's other names say of its country: one for each place, capital or nationality
 * ("Ludhiana", "Tbilisi", "Georgian"), two for its dateline's place, and a qualifier's weight for
 * each namesake its qualifier decided ("Augusta, Georgia" makes a later bare "Georgia" the state's).
 * Namesakes say nothing else.
 */
function countryScores(text: string, mentions: readonly MentionDraft[], decided: ReadonlyMap<MentionDraft, string>): Map<string, number> {
  const weightOfKey = new Map<string, number>();
  for (const m of mentions) {
    const key = placeKey(m);
    if (namesakes().has(key)) continue;
    const weight = m.region === RegionKind.Dateline ? DATELINE : isCountryName(key) ? COUNTRY_WIDE : 1;
    weightOfKey.set(key, Math.max(weightOfKey.get(key) ?? 0, weight));
  }
  const scores = new Map<string, number>();
  const credit = (code: string | undefined, weight: number) => {
    if (code !== undefined) scores.set(code, (scores.get(code) ?? 0) + weight);
  };
  for (const [key, weight] of weightOfKey) credit(countryCodeOf(key), weight);
  for (const word of new Set(text.match(CAPITALISED_WORD))) credit(demonymCountries().get(word.toLowerCase()), COUNTRY_WIDE);
  for (const code of decided.values()) credit(code, DECISIVE);
  return scores;
}

const CAPITALISED_WORD = /\p{Lu}\p{Ll}{3,}/gu;

/**
 * The article's sense of a namesake: the first (most populous) place unless the article's other
 * names point elsewhere, twice over, more than to it, and the more so as the other place is smaller
 * (a tenth of the people: one more point). A country's name needs more: news names its neighbours
 * ("Niger" beside Nigeria is mostly the country, though Nigeria has a Niger State).
 */
function articleSense({ codes, people }: Namesakes, scores: ReadonlyMap<string, number>): string {
  const first = codes[0]!;
  const firstScore = scores.get(first) ?? 0;
  let best = first;
  let bestMargin = 0;
  for (let i = 1; i < codes.length; i++) {
    const needed = people[0] === 0 ? 2 * firstScore + 2 : Math.max(2, firstScore + 1) + Math.log10(people[0]! / Math.max(1, people[i]!));
    const margin = (scores.get(codes[i]!) ?? 0) - needed;
    if (margin >= 0 && (best === first || margin > bestMargin)) [best, bestMargin] = [codes[i]!, margin];
  }
  return best;
}

/**
 * "the U.S. state of Georgia", "the Indian state of Punjab", "Pakistan's Punjab": a country or its
 * people's word written before the namesake, with a region's noun and "of" or a possessive.
 */
function countryWrittenBefore(text: string, d: MentionDraft): string | undefined {
  const before = COUNTRY_BEFORE.exec(text.slice(Math.max(0, d.start - 48), d.start));
  if (!before) return undefined;
  const words = before[1]!;
  return countryCodeOf(nameKey(words)) ?? demonymCountries().get(words.slice(words.lastIndexOf(' ') + 1).toLowerCase());
}

const COUNTRY_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2})(?:[’']s | (?:state|province|region|city|town|county) of )$/u;

/** Files the mention, and the article's short forms linked to it ("Ga."), under the place of that country. */
function rekey(mentions: readonly MentionDraft[], d: MentionDraft, key: string, code: string): void {
  const keyed = `${key} ${countryKeyOf(code)}`;
  for (const m of mentions) if (m !== d && m.link === key && m.key !== key) m.link = keyed;
  // Keyed, it is no gazetteer name: the place says so itself, and needs no other use to open a sentence.
  d.key = keyed;
  if (d.link !== null) d.link = keyed;
  d.initial = false;
  addEvidence(d.nameEvidence, 'place', WEIGHT.gazetteer);
}

/** A country's name or its gazetteer alias ("u.s.", "england"). */
function isCountryName(key: string): boolean {
  const entry = gazetteer().byKey.get(key);
  return entry !== undefined && gazetteer().countries.has(entry);
}

let namesakeTable: Map<string, Namesakes> | undefined;

/** Key → the countries that hold a place of that name. Not a dictionary word or compass points ("Reading", "North West"). */
function namesakes(): Map<string, Namesakes> {
  if (!namesakeTable) {
    namesakeTable = new Map();
    for (const [name, places] of Object.entries(data.namesakes as Record<string, Record<string, number>>)) {
      const key = nameKey(name);
      if (!isCommonWord(key) && !key.split(' ').every((word) => COMPASS.has(word))) namesakeTable.set(key, { codes: Object.keys(places), people: Object.values(places) });
    }
  }
  return namesakeTable;
}

let countryOfPlace: Map<string, string> | undefined;

/** The country code of a place named by one country only: a country, a region, a city of 100,000 people; "U.S." and "England" by the gazetteer. */
export function countryCodeOf(key: string): string | undefined {
  if (!countryOfPlace) {
    countryOfPlace = new Map();
    for (const [code, names] of Object.entries(data.places as Record<string, string>)) for (const name of names.split('|')) countryOfPlace.set(nameKey(name), code);
    for (const nation of UK_NATIONS) countryOfPlace.set(nation, 'GB');
  }
  const code = countryOfPlace.get(key);
  if (code !== undefined) return code;
  const entry = gazetteer().byKey.get(key);
  return entry && gazetteer().countries.has(entry) ? countryOfPlace.get(nameKey(entry.name)) : undefined;
}

const UK_NATIONS = ['england', 'scotland', 'wales', 'northern ireland'];

/**
 * The one country a story's towns and regions lie in, by its key ("india"), when the story names
 * at least STORY_COUNTRY_PLACES of them there and no place elsewhere: a PTI story without a
 * dateline on "Lucknow, Patna and Bhopal", "Uttar Pradesh and Bihar" is India's. Null for the
 * United States (most of a news corpus comes from there) and for a story of several countries.
 */
export function countryOfStoryPlaces(mentions: readonly MentionDraft[]): string | null {
  let country: string | undefined;
  const places = new Set<string>();
  for (const m of mentions) {
    const key = placeKey(m);
    const code = countryCodeOf(key);
    if (code === undefined || isPersonMoreThanPlace(m)) continue;
    if (country !== undefined && code !== country) return null;
    country = code;
    if (!isCountryName(key)) places.add(key);
  }
  return country !== undefined && country !== 'US' && places.size >= STORY_COUNTRY_PLACES ? countryKeyOf(country) : null;
}

const STORY_COUNTRY_PLACES = 3;

function isPersonMoreThanPlace(d: MentionDraft): boolean {
  return weightOf(d.evidence, 'person') + weightOf(d.nameEvidence, 'person') > weightOf(d.evidence, 'place') + weightOf(d.nameEvidence, 'place');
}

let countryKeys: Map<string, string> | undefined;

/** "US" → "united states", by the gazetteer's name of the country. */
function countryKeyOf(code: string): string {
  if (!countryKeys) {
    countryKeys = new Map();
    for (const c of countries as unknown as { cca2: string; name: { common: string } }[]) {
      const key = nameKey(c.name.common);
      countryKeys.set(c.cca2, nameKey(gazetteer().byKey.get(key)?.name ?? key));
    }
  }
  return countryKeys.get(code) ?? code.toLowerCase();
}

let demonyms: Map<string, string> | undefined;

/** "georgian" → "GE", "american" → "US": the nationality adjectives of world-countries' sovereign countries, lower-cased. */
function demonymCountries(): Map<string, string> {
  if (!demonyms) {
    demonyms = new Map();
    // A sovereign country's: "Indian" is India's, not the British Indian Ocean Territory's.
    for (const c of countries as unknown as { cca2: string; independent: boolean; demonyms?: { eng?: { m: string; f: string } } }[]) {
      if (!c.independent) continue;
      for (const form of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (form && !demonyms.has(form.toLowerCase())) demonyms.set(form.toLowerCase(), c.cca2);
    }
  }
  return demonyms;
}
