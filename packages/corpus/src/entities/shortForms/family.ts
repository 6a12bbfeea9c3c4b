import { nameKey } from '../../text/tokenize.js';
import { wordBeforeSpaces } from '../../text/wordBefore.js';
import { givenNameGender, ROLE_NOUNS } from '../lexicon.js';
import { RegionKind, type MentionDraft } from '../mentionDraft.js';
import { seniorityBefore, senioritiesIn, type Placement, type Seniority } from '../seniority.js';
import { wordCount } from './nameKeyWords.js';

export type Sex = 'female' | 'male';

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
  /** "she married Hugh Whitcombe": a verb of marriage right before a mention. */
  isMarriedBefore(d: MentionDraft): boolean;
}

export const NO_FAMILY: ArticleFamily = {
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
  isMarriedBefore: () => false,
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
    isMarriedBefore: (d) => MARRIED_BEFORE.test(text.slice(Math.max(0, d.start - 16), d.start)),
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

const VERSUS_AFTER = /^\s+(?:v|vs)\.\s+\p{Lu}|^\s+versus\s+\p{Lu}/u;
const VERSUS_BEFORE = /\s(?:v|vs)\.\s+$|\sversus\s+$/;
const DOCTOR_BEFORE = /\b(?:Dr|Prof|Doctor|Professor)\.?\s+$/;

const HONORIFIC_BEFORE = /\b(Mrs|Ms|Miss|Mme|Mr)\.?\s+$/;

/** A full name's sex: by the kinship noun that introduced the relative, else the given name's list, else the pronoun after it. */
export function sexOfFullName(key: string, relatives: Relatives, pronounSexes: ReadonlyMap<string, Sex>): Sex | null {
  return relatives.get(key)?.sex ?? givenNameGender(key.slice(0, key.indexOf(' '))) ?? pronounSexes.get(key) ?? null;
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

/** "she married Hugh Whitcombe", "he was married to Ana Ruiz", "who wed Tom Hale": a verb of marriage right before a name. */
const MARRIED_BEFORE = /\b(?:married|marries|marrying|wed|weds)\s+(?:to\s+)?$/;

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
