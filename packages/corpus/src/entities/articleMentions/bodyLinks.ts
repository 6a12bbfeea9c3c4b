import { newEvidence, weightOf } from '../evidence.js';
import { countryOfCapital, gazetteer, isAmericanState, isCountry } from '../gazetteer.js';
import { STANDING_MEETING_HEADS, HEAD_WORDS, MID_NAME_PARTICLES, ROLE_NOUNS } from '../lexicon.js';
import type { MentionDraft } from '../mentionDraft.js';
import { type DraftWithTokens, plainNumbers } from './articleDrafts.js';

/**
 * "Laurence des Cars … Des Cars said": a particle that is a given name too ("Des Smith") opens a
 * surname alone where the story writes that surname after a given name with the particle lower-case.
 */
export function readGivenNameParticlesAsSurnames(found: readonly DraftWithTokens[]): void {
  for (const f of found) {
    const d = f.draft;
    if (d.shortFormKeys.length !== 2 || !MID_NAME_PARTICLES.has(d.shortFormKeys[0]!) || d.key.split(' ').length !== 2) continue;
    const within = ` ${d.surface.charAt(0).toLowerCase()}${d.surface.slice(1)}`;
    if (found.some((o) => o.draft.surface.endsWith(within))) d.shortFormKeys = [];
  }
}

/**
 * "The European Commission proposed a rule; the Commission later withdrew it": "the" and a body's
 * head word alone is the one body the article names with that head word (a law's too: "the App
 * Store Accountability Act … the Act is narrowly tailored"; "the Press" for the
 * "New York Press", "the Court" for the "Circuit Court of the First Circuit"). With two such
 * bodies ("the Court" after a Supreme Court and a Court of Appeal) it stays unlinked.
 */
export function linkBodiesByHeadWord(text: string, found: DraftWithTokens[]): void {
  // In text order, so that only a body named before "the Court" is what it points back to:
  // "may it please the Court" opens a hearing before any court of appeals is named.
  const bodies = new Map<string, string | null>();
  let supremeCourt: string | null = null;
  let courtSentence = -1;
  for (const { draft } of found) {
    if (draft.shortFormKeys.length > 0) {
      const head = bodyHeadWord(draft.key);
      const body = draft.link ?? draft.key;
      if (head) bodies.set(head, oneBodyOrNone(bodies, head, body));
      // "the Supreme Court … The District Court dismissed it. In Heller, the Court held": the court of
      // a case cited, unknown; so is one after "The District Court and the Supreme Court disagreed".
      if (head === 'court') {
        supremeCourt = isSupremeCourt(body) && (courtSentence !== draft.sentence || supremeCourt === body) ? body : null;
        courtSentence = draft.sentence;
      }
      const town = municipalHead(draft.key);
      if (town) bodies.set(town, bodies.has(town) && bodies.get(town) !== body ? null : body);
    } else if (draft.modifier && !draft.link && bodies.size > 0 && MUNICIPAL_HEADS.has(draft.key) && followsWord(text, draft.start, 'the')) {
      draft.link = bodies.get(draft.key) ?? null;
    } else if (supremeCourt && draft.key === 'court' && (followsWord(text, draft.start, 'the') || followsWord(text, draft.start, 'this'))) {
      // Before the first word of "Court of Appeals for the Ninth Circuit", which linkShortForms took it for.
      draft.link = supremeCourt;
    } else if (!draft.link && bodies.size > 0 && isBackReferenceHead(draft.key) && (followsWord(text, draft.start, 'the') || isKnownByHeadWordAlone(draft.key) || MASTHEAD_WORDS.has(draft.key) || namesBodysOfficial(text, draft.start, draft.start + draft.surface.length))) {
      draft.link = bodies.get(draft.key) ?? null;
    }
  }
}

/**
 * The body "the" and `head` stand for once `body` is named with it too: `body` if it is the only one
 * or the fuller name of the one before, null for two bodies. "the Election Commission of India … the
 * Election Commission … the Commission's staff" and "the High Court of Australia … the High Court
 * … the Court" name one body each; "the Supreme Court and the Court of Appeal" two.
 */
function oneBodyOrNone(bodies: ReadonlyMap<string, string | null>, head: string, body: string): string | null {
  if (!bodies.has(head)) return body;
  const before = bodies.get(head)!;
  if (before === null || before === body) return before;
  if (isShortenedBodyName(before, body)) return body;
  return isShortenedBodyName(body, before) ? before : null;
}

/** "high court" of "high court of australia", "office" of "office for national statistics": a body's name without its "of" or "for" part. */
function isShortenedBodyName(short: string, full: string): boolean {
  return full.startsWith(short + ' of ') || full.startsWith(short + ' for ');
}

/**
 * "The European Commission … A Commission spokeswoman declined to comment": "a" and a body's head
 * word before a role noun is that body's official ("Commission" was a body of its own); "a
 * Commission of inquiry" and "set up a Commission" are new ones. Without "a", the role noun then
 * names its holder: "Commission spokesperson Thomas Regnier said" (the head word was a body apart),
 * and so do its people in the plural (`BODYS_PEOPLE`).
 */
function namesBodysOfficial(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 0x20) return false;
  let after = end + 1;
  while (after < text.length && text.charCodeAt(after) >= 0x61 && text.charCodeAt(after) <= 0x7a) after++;
  const noun = text.slice(end + 1, after);
  if (BODYS_PEOPLE.has(noun)) return true;
  if (!ROLE_NOUNS.has(noun)) return false;
  return followsWord(text, start, 'a') || followsWord(text, start, 'an') || /^ \p{Lu}\p{Ll}/u.test(text.slice(after, after + 3));
}

/**
 * A body's people in the plural after its head word, with no name after them: "Commission officials
 * said the duties would apply in March", "Agency staff were told" (after "the European Commission",
 * the head word alone was a body apart).
 */
const BODYS_PEOPLE = new Set(['officials', 'staff', 'negotiators', 'inspectors', 'investigators', 'lawyers', 'sources', 'spokespeople', 'employees']);

/**
 * "My grandmother, Ngozi, made pots … Grandma Ngozi never sold a pot": a kinship word before a
 * given name the article named alone before is that relative ("Grandma Ngozi" was a person of her
 * own). "Aunt Polly … Polly sighed" is the short form's business; "Uncle Sam" names no one before.
 */
export function linkKinshipTitledNames(found: readonly DraftWithTokens[]): void {
  let alone: Map<string, string> | null = null;
  for (const { draft } of found) {
    if (draft.shortFormKeys.length === 0) {
      if (!draft.key.includes(' ')) (alone ??= new Map()).set(draft.key, draft.link ?? draft.key);
    } else if (alone && !draft.link && KINSHIP_TITLES.has(draft.shortFormKeys[0]!) && draft.key.indexOf(' ') === draft.key.lastIndexOf(' ')) {
      const relative = alone.get(draft.shortFormKeys[1]!);
      if (relative) draft.link = relative;
    }
  }
}

const KINSHIP_TITLES = new Set(['grandma', 'grandpa', 'granny', 'gran', 'grandmother', 'grandfather', 'nana', 'uncle', 'aunt', 'auntie']);

/**
 * "Plaintiffs sued the City of Los Angeles … The City seized their belongings": "the City" or "the
 * Town" is the one municipality the article names so, as a party ("the City said it would appeal");
 * without one it stays no short form ("Bankers in the City said", see isPlaceWordAfterThe).
 */
function municipalHead(key: string): string | null {
  const of = key.indexOf(' of ');
  return of > 0 && MUNICIPAL_HEADS.has(key.slice(0, of)) ? key.slice(0, of) : null;
}

const MUNICIPAL_HEADS = new Set(['city', 'town']);

/**
 * "She asked the Supreme Court to hear the case … The Court agreed", after "the Court of Appeals
 * for the Ninth Circuit": "the Court" with a capital, among several courts, is the supreme court
 * last named, as legal writing capitalises it (the Bluebook's rule; "this Court" in its own
 * opinions). After another court named since or in its sentence, the other rules decide.
 */
function isSupremeCourt(key: string): boolean {
  return key.startsWith('supreme court') || key.includes(' supreme court');
}

/**
 * A newspaper's last word, which its staff and readers call it by without "the": "Times publisher
 * A.G. Sulzberger", "ChatGPT reproduced Times articles", "Post reporters" after "The New York Times"
 * or "The Washington Post". Not "news" or "press", which open a sentence's phrase as often ("Press
 * secretary Karine Jean-Pierre").
 */
const MASTHEAD_WORDS = new Set(['times', 'post', 'journal', 'herald', 'telegraph', 'tribune', 'gazette', 'chronicle', 'observer']);

/**
 * "Congress": a head word the lists know alone as a body (the US Congress), written without "the".
 * After "the Indian National Congress", "Congress leader Rahul Gandhi" is that party.
 */
function isKnownByHeadWordAlone(key: string): boolean {
  return gazetteer().byKey.get(key)?.name.toLowerCase() === key;
}

/**
 * A body's head word: the last word, or the one before "of" or "for" ("court" of "circuit court of
 * the first circuit", "office" of "office for national statistics"); null for other names.
 */
function bodyHeadWord(key: string): string | null {
  const of = ofOrForAt(key);
  const head = of > 0 ? key.slice(key.lastIndexOf(' ', of - 1) + 1, of) : key.slice(key.lastIndexOf(' ') + 1);
  return isBackReferenceHead(head) ? head : null;
}

/** Where a name's first " of " or " for " stands, -1 without one. */
function ofOrForAt(key: string): number {
  const of = key.indexOf(' of ');
  const forAt = key.indexOf(' for ');
  return of < 0 || (forAt >= 0 && forAt < of) ? forAt : of;
}

/**
 * A body's head word, or a law's or a treaty's: "the Act" after "the App Store Accountability Act"
 * is that law; a standing forum's or conference's too: "The Forum said" after "the Hostages and
 * Missing Families Forum said" (it was an event of its own).
 */
function isBackReferenceHead(word: string): boolean {
  return HEAD_WORDS.get(word) === 'organization' || BACK_REFERENCE_LAW_HEADS.has(word) || STANDING_MEETING_HEADS.has(word);
}

const BACK_REFERENCE_LAW_HEADS = new Set(['act', 'treaty', 'agreement', 'accord', 'convention', 'charter', 'protocol', 'covenant']);

/**
 * "Nick Bos, of the University of Helsinki … began postdoctoral research at Helsinki": in an article
 * that names a school after a place, the place's name after "at" is the school ("studied at
 * Oxford", "At Suffolk she obtained a degree"). Elsewhere it stays the place: "born in Oxford",
 * and so does a list of places ("studied medicine at Basel, Heidelberg, and Strasbourg").
 * The "at" that decided it is no evidence of a place for the school: its context is dropped.
 */
export function linkSchoolsByPlace(text: string, mentions: MentionDraft[]): void {
  let schoolByPlace: Map<string, string> | null = null;
  for (const draft of mentions) {
    if (draft.link || draft.modifier || draft.shortFormKeys.length > 0) continue;
    if (!followsWord(text, draft.start, 'at') ? !isSchoolsPersonWord(draft) : LIST_GOES_ON.test(text.slice(draft.end, draft.end + 8))) continue;
    schoolByPlace ??= schoolsByPlace(mentions);
    const school = schoolByPlace.get(draft.key);
    if (!school) continue;
    draft.link = school;
    draft.evidence = plainNumbers(newEvidence());
  }
}

/**
 * "educated at Harrow School … Harrow taught him to love English", "The Harrow headmaster wrote":
 * a place that its sentence makes a person's more than a place's acts as the school named after it.
 * Not a country, a capital or a US state, which acts as its government ("Washington said" beside
 * the "University of Washington").
 */
function isSchoolsPersonWord(draft: MentionDraft): boolean {
  const person = weightOf(draft.evidence, 'person');
  if (person <= weightOf(draft.evidence, 'place') || person <= weightOf(draft.evidence, 'organization')) return false;
  return !isCountry(draft.key) && !isAmericanState(draft.key) && countryOfCapital(draft.key) === undefined;
}

/** Whether `word` (in lower case, or capitalised) and one space stand right before `start`, as a word of its own. */
function followsWord(text: string, start: number, word: string): boolean {
  const at = start - 1 - word.length;
  if (at < 0 || text.charCodeAt(start - 1) !== 0x20) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if (c !== word.charCodeAt(i) && !(i === 0 && c === word.charCodeAt(0) - 0x20)) return false;
  }
  return at === 0 || !/\p{L}/u.test(text[at - 1]!);
}

const LIST_GOES_ON = /^,? (?:and |or )?\p{Lu}/u;

/** The article's schools by the place they are named after: "helsinki" → "university of helsinki". */
function schoolsByPlace(mentions: MentionDraft[]): Map<string, string> {
  const byPlace = new Map<string, string>();
  for (const { key, shortFormKeys } of mentions) {
    if (shortFormKeys.length === 0) continue;
    const [firstWord, lastWord] = shortFormKeys as [string, string];
    // "Suffolk University" → "suffolk"; "University of Helsinki" → "helsinki".
    const place = SCHOOL_WORDS.has(lastWord) ? key.slice(0, key.lastIndexOf(' ')) : SCHOOL_WORDS.has(firstWord) && key.startsWith(`${firstWord} of `) ? key.slice(firstWord.length + 4) : '';
    if (place && !byPlace.has(place)) byPlace.set(place, key);
  }
  return byPlace;
}

const SCHOOL_WORDS = new Set(['university', 'college', 'school', 'academy', 'polytechnic', 'conservatory', 'seminary']);
