import { nameKey } from '../../text/tokenize.js';
import { countryFirstKey, countryOfCapital, gazetteer, isCountry, isKnownPlace, type GazetteerEntry } from '../gazetteer.js';
import { COMPANY_KIND_WORDS, isCommonWord, isGivenName, LEGAL_SUFFIXES } from '../lexicon.js';
import { RegionKind, type AliasDefinition, type MentionDraft } from '../mentionDraft.js';
import { countryOfStoryPlaces } from '../placeNamesakes.js';
import { clippedStateWords } from '../stateAbbreviations.js';
import { WORDS_MEMO_LIMIT, closesWithLegalForm } from './nameKeyWords.js';

/**
 * "The U.N. World Food Programme said … WFP executive director Cindy McCain", "the UN World Health
 * Organization … WHO chief": a known body's or country's acronym before a body's name of two words
 * or more is that body's (the lists know it, or the story names it alone). "US Open" keeps its one word.
 */
export function linkNamesAfterParentAcronym(story: MentionDraft[]): void {
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
    const full = (d.shortFormKeys.length > 0 || !d.key.includes(' ')) && !d.link && !d.modifier ? openings.get(d.key) : undefined;
    if (full && (!known.has(d.key) || isKnownCompanyAndKind(d.key, full))) d.link = full;
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
    openings = closesWithLegalForm(key) ? companyOpenings(key) : [...fieldHeadOpening(key), ...teamOpening(key), ...lawOpening(key), ...ownWordAfterPlace(key), ...institutionOpenings(key), ...knownCompanyBeforeKind(key)];
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
export function linkLegalFormSpellings(story: MentionDraft[]): void {
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
 * "shell" of "shell oil", "toyota" of "toyota motor": a company the lists know, then one word for its
 * kind, is the company the story names alone ("Shell Oil said … Shell said": they were two, the lone
 * "Shell" the lists'). Only where the story has one such name: "Tata Steel" and "Tata Motors" are two.
 */
function knownCompanyBeforeKind(key: string): string[] {
  const space = key.lastIndexOf(' ');
  return space > 0 && isKnownCompanyAndKind(key.slice(0, space), key) ? [key.slice(0, space)] : [];
}

function isKnownCompanyAndKind(opening: string, key: string): boolean {
  return key.length > opening.length + 1 && key.startsWith(opening) && key[opening.length] === ' ' && COMPANY_KIND_WORDS.has(key.slice(opening.length + 1)) && gazetteer().byKey.get(opening)?.type === 'organization';
}

/**
 * "evergrande" of "china evergrande group": a company named by its place, its own word and the word
 * for its kind, with no legal form, is that own word too ("China Evergrande Group … Evergrande said").
 */
function ownWordAfterPlace(key: string): string[] {
  const words = key.split(' ');
  return words.length >= 3 && COMPANY_KIND_WORDS.has(words[words.length - 1]!) && isOwnWordAfterPlace(words) ? [words[1]!] : [];
}

/**
 * "the Defence Ministry" after "the Ministry of Defence", "the Justice Department" after "the U.S.
 * Department of Justice", "Oxford University" after "the University of Oxford": a name closing with
 * a head word is the story's one body that opens with that head word and "of" the same words, or
 * more of them ("the Foreign Ministry", "the Ministry of Foreign Affairs"). A country before both
 * must be the same one. "New York University" is no short form of the "State University of New
 * York": only a country or a nationality may stand before the head word.
 */
export function linkReorderedBodies(story: MentionDraft[]): void {
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
export function keyPossessedStateBodies(story: MentionDraft[], definitions: AliasDefinition[]): void {
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
  const datelineCountry = countryOfDateline(story) ?? (hasBareStateBody(story) ? countryOfStoryPlaces(story) : null);
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

/** Whether the story names a state's body by dictionary words alone ("Congress", "the Supreme Court"), which its country may key. */
function hasBareStateBody(story: readonly MentionDraft[]): boolean {
  return story.some((d) => !d.link && (d.region === RegionKind.Body || d.region === RegionKind.Caption) && isStateBodyByWords(d.key));
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
 * A story without a dateline is from the country all its towns and regions lie in: a PTI story on
 * the "Congress" and the "BJP" in "Lucknow, Patna and Bhopal" is India's (it was the U.S. Congress).
 * Not in a story from the United States: most of a news corpus comes from there and writes its
 * bodies bare ("WASHINGTON — The Supreme Court ruled" stays the Supreme Court of every story).
 */
function keyedByDateline(d: MentionDraft, country: string): string | undefined {
  // A photo's caption is the story's too ("FILE PHOTO: … a hearing at the National Assembly in Seoul").
  if ((d.region !== RegionKind.Body && d.region !== RegionKind.Caption) || !isStateBodyByWords(d.key)) return undefined;
  // "BEIRUT (Reuters) - … raided the West Bank": a place the lists know is no body, though "Bank" heads one (it was "Lebanon West Bank", a body).
  if (gazetteer().byKey.get(d.key)?.type === 'place') return undefined;
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
