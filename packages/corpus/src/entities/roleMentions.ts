import { TokenKind } from '../text/tokenize.js';
import { TITLE_WORDS } from './lexicon.js';
import type { TokenView } from './tokenView.js';

/**
 * An office held by one person at a time, which "the" alone can point back to: "Secretary
 * Cardona … the Secretary signed", "President Obama … the President". Honorifics ("the Doctor")
 * and words that qualify an office ("the Chief", "the Deputy") are left out.
 */
const OFFICES = new Set(
  `president chancellor premier minister secretary secretary-general king queen prince princess emperor empress sultan
  sheikh emir pope senator governor mayor ambassador envoy commissioner ombudsman inspector superintendent
  chairman chairwoman chairperson admiral general commander marshal colonel captain judge justice prosecutor
  attorney tsar czar regent speaker imam mufti ayatollah patriarch archbishop pontiff taoiseach tanaiste tánaiste`
    .split(/\s+/)
    .filter(Boolean),
);

/** Where an office stands alone: tokens [first, end), its words' keys joined by spaces. */
export interface RoleWords {
  first: number;
  end: number;
  key: string;
}

/**
 * Offices written alone after "the" or "this" in tokens [first, end): "the Secretary" in "the
 * Secretary deemed it essential", "the Attorney General's office". Not "the Secretary of
 * Education" (a longer name), "the General Assembly" (a name goes on), nor "the general public"
 * (no capital). An office addressed as its holder is, after "Mr." or "Madam", too: "Mr. President,
 * when will the treaty be signed?" in an interview with "President Ilham Aliyev", and opening a
 * question before a comma ("Q: Prime Minister, where are the homes?").
 */
export function roleWordsIn(view: TokenView, first: number, end: number): RoleWords[] {
  const found: RoleWords[] = [];
  const addressed = addressedOfficeOpening(view, first, end);
  if (addressed) found.push(addressed);
  for (let i = addressed?.end ?? first; i + 1 < end; i++) {
    // Most tokens are ruled out by their first letter, before a lower-case form is looked up.
    const initial = view.text.charCodeAt(view.start(i)) | 0x20;
    if (PARTY_INITIALS.includes(initial) && isPartyRoleAt(view, i, end)) {
      found.push({ first: i, end: i + 1, key: view.lower(i) });
      continue;
    }
    if (initial === 0x73 && isStateInCaption(view, i, end)) {
      found.push({ first: i, end: i + 1, key: 'state' });
      continue;
    }
    if (initial !== 0x74 && initial !== 0x6d) continue; // "t", "m"
    const start = officeStart(view, i, end);
    if (start < 0) continue;
    let e = start;
    while (e < end && view.kind(e) === TokenKind.Word && view.isCapitalized(e) && !view.isAllCaps(e) && isTitleWord(view.lower(e))) e++;
    if (e === start || !(OFFICES.has(view.lower(e - 1)) || isStateAlone(view, start, e)) || !endsRole(view, e, end)) continue;
    found.push({ first: start, end: e, key: view.keyOf(start, e) });
    i = e - 1;
  }
  return found;
}

/**
 * "Q: Prime Minister, your government promised 50,000 homes", "Minister, that is not enough": an
 * office that opens its sentence (after an interviewer's "Q:" or a quotation mark) and a comma is
 * the one the speaker addresses, its holder as "Mr. President" is (it was no mention, or an other
 * "Minister"). Only capitalised title words ending in an office: "Officials, …" is none.
 */
function addressedOfficeOpening(view: TokenView, first: number, end: number): RoleWords | null {
  let start = first;
  if (start + 1 < end && view.lower(start) === 'q' && view.isChar(start + 1, ':')) start += 2;
  while (start < end && view.isChar(start, '"“\'‘')) start++;
  let e = start;
  while (e < end && view.kind(e) === TokenKind.Word && view.isCapitalized(e) && !view.isAllCaps(e) && isTitleWord(view.lower(e))) e++;
  if (e === start || e >= end || !OFFICES.has(view.lower(e - 1)) || !view.isChar(e, ',')) return null;
  return { first: start, end: e, key: view.keyOf(start, e) };
}

/**
 * A party to a case, which a ruling calls by its role: "Mark Dunn, petitioner, appeals … Petitioner
 * argues that …", "We agree with Respondent". Capitalised, with or without "the", and not part of a
 * longer name ("Petitioner Mark Dunn", "the Respondent State").
 */
const PARTY_ROLES = new Set(['petitioner', 'respondent', 'appellant', 'appellee', 'plaintiff', 'defendant', 'claimant']);
const PARTY_INITIALS = [0x70, 0x72, 0x61, 0x64, 0x63]; // "p", "r", "a", "d", "c"

function isPartyRoleAt(view: TokenView, i: number, end: number): boolean {
  return view.kind(i) === TokenKind.Word && view.isCapitalized(i) && !view.isAllCaps(i) && PARTY_ROLES.has(view.lower(i)) && endsRole(view, i + 1, end);
}

/**
 * The party role a name's appositive gives it: "petitioner" of "Mark Dunn, petitioner, appeals" and
 * of "Helen Price, the petitioner in a dispute over a farm sale". Tokens from `end`: a comma, an
 * optional "the", the role in either case, then a comma, "in", the sentence's end or a period.
 */
export function appositivePartyRole(view: TokenView, end: number, sentenceEnd: number): string | null {
  if (end + 1 >= sentenceEnd || !view.isChar(end, ',')) return null;
  const at = view.lower(end + 1) === 'the' ? end + 2 : end + 1;
  if (at >= sentenceEnd || view.kind(at) !== TokenKind.Word || !PARTY_ROLES.has(view.lower(at))) return null;
  const next = at + 1;
  return next >= sentenceEnd || view.isChar(next, ',.') || view.lower(next) === 'in' ? view.lower(at) : null;
}

/**
 * "The State of Oregon, respondent, … We agree with the State": a state that the text named "State of"
 * a place, standing alone after "the" as a party does in a ruling (it was no mention), is that place
 * (see holdsOffice). Only "State" capitalised alone: "the State Department" goes on.
 */
function isStateAlone(view: TokenView, start: number, e: number): boolean {
  return e === start + 1 && view.lower(start) === 'state';
}

/** Whether "State of" stands right before the place at token `first`: "The State of Oregon", whose "the State" a ruling goes on to call it. */
export function isNamedStateOf(view: TokenView, first: number): boolean {
  return first >= 2 && view.isOfOrFor(first - 1) && view.lower(first - 1) === 'of' && view.lower(first - 2) === 'state' && view.isCapitalized(first - 2);
}

/** "In State v. Meharry": the state as the party of a case's caption, before "v." or "vs.". */
function isStateInCaption(view: TokenView, i: number, end: number): boolean {
  if (i + 2 >= end || view.lower(i) !== 'state' || !view.isCapitalized(i) || view.isAllCaps(i) || !view.isLowerWord(i + 1)) return false;
  const versus = view.lower(i + 1);
  return (versus === 'v' || versus === 'vs') && view.kind(i + 2) === TokenKind.Period;
}

/** Where an office may open after token i: after "the" or "this", after "Mr.", "Mr" or "Madam" ("Madam Speaker"); -1 elsewhere. */
function officeStart(view: TokenView, i: number, end: number): number {
  const word = view.lower(i);
  if (word === 'the' || word === 'this') return i + 1;
  if (word === 'madam' || word === 'madame') return view.isCapitalized(i) ? i + 1 : -1;
  if (word !== 'mr' || !view.isCapitalized(i)) return -1;
  return i + 1 < end && view.kind(i + 1) === TokenKind.Period ? i + 2 : i + 1;
}

/** Whether the office at token `first` is addressed by an honorific before it ("Mr. President", "Madam Speaker"). */
export function isAddressedOffice(view: TokenView, first: number): boolean {
  const before = first > 0 && view.kind(first - 1) === TokenKind.Period ? first - 2 : first - 1;
  if (before < 0) return false;
  const word = view.lower(before);
  return word === 'mr' || word === 'madam' || word === 'madame';
}

/** Nothing after the office makes it part of a longer name: no capitalised word, no "of" or "for" ("the Minister for Foreign Affairs"), no hyphen. */
function endsRole(view: TokenView, e: number, end: number): boolean {
  if (e >= end) return true;
  const kind = view.kind(e);
  if (kind === TokenKind.Hyphen) return false;
  if (kind !== TokenKind.Word) return true;
  return !view.isCapitalized(e) && view.lower(e) !== 'of' && view.lower(e) !== 'for';
}

/** A name given with a title ("Secretary Cardona"): where it is, the title's key and whom it names. */
export interface TitledName {
  start: number;
  titleKey: string;
  entityKey: string;
}

/**
 * Whom an office alone stands for: the person most recently named with a title that ends in it
 * ("the Secretary" after "Education Secretary Miguel Cardona", "the Tsar" after "Tsar Aleksei").
 * Asked in text order, it walks the titled names once: a long article costs no more per office.
 */
export class RoleHolders {
  /** The latest name given each title so far: title key → where, and whom. */
  private readonly latest = new Map<string, { start: number; entityKey: string }>();
  private next = 0;

  constructor(private readonly titled: readonly TitledName[]) {}

  /** The holder of `role` as of text offset `at` (asked with `at` never decreasing); null when no earlier name had that title. */
  holderAt(role: RoleWords, at: number): string | null {
    while (this.next < this.titled.length && this.titled[this.next]!.start < at) {
      const t = this.titled[this.next++]!;
      this.latest.set(t.titleKey, { start: t.start, entityKey: t.entityKey });
    }
    let best: { start: number; entityKey: string } | null = null;
    // "the Pontiff" after "Pope Francis": the office by its other name.
    const key = role.key === 'pontiff' ? 'pope' : role.key;
    for (const [titleKey, holder] of this.latest) {
      if (holdsOffice(titleKey, key) && (!best || holder.start > best.start)) best = holder;
    }
    return best?.entityKey ?? null;
  }
}

/**
 * Whether a title names the holder of the office `key`: itself, a longer title ending in it
 * ("Education Secretary" holds "the Secretary") or the office of something ("Secretary of State"), unless a word before the office makes its holder
 * someone else: "a cousin of the President" after "President Ferdinand Marcos Jr." and "Vice President
 * Sara Duterte" is the President's (it was hers, the later title).
 */
function holdsOffice(titleKey: string, key: string): boolean {
  // "the State" after "The State of Oregon, respondent," is that state; not the "Secretary of State".
  if (key === 'state') return titleKey === 'state of';
  // "Madam Secretary, how many clinics will close?" to "Secretary of State Linda Harwell": the office of a department.
  if (titleKey === key || titleKey.startsWith(`${key} of `)) return true;
  if (!titleKey.endsWith(` ${key}`)) return false;
  for (const word of titleKey.slice(0, titleKey.length - key.length - 1).split(' ')) if (SUBORDINATE_TITLE_WORDS.has(word)) return false;
  return true;
}

/**
 * The key of the title in tokens [titleFirst, first), with the words before it that make it another
 * office: "Under Secretary of State Paul Reyes" opening its sentence, whose "Under" the run left out
 * as an opener, is no "Madam Secretary" (he was, after "Secretary of State Linda Harwell").
 */
export function titleKeyOf(view: TokenView, titleFirst: number, first: number): string {
  let from = titleFirst;
  while (from > 0 && view.kind(from - 1) === TokenKind.Word && view.isCapitalized(from - 1) && SUBORDINATE_TITLE_WORDS.has(view.lower(from - 1))) from--;
  return view.keyOf(from, first);
}

/** Words that make a title another office than the one it ends in: a vice president is no president, a former one no longer. */
const SUBORDINATE_TITLE_WORDS = new Set(['vice', 'deputy', 'assistant', 'under', 'former', 'ex']);

/** A form made of title words only ("Secretary", "Chief Justice"): it names someone only where its article says whom. */
export function isRoleOnlyForm(key: string): boolean {
  if (!key) return false;
  for (const word of key.split(' ')) if (!isTitleWord(word)) return false;
  return true;
}

/**
 * Whether some tokens [k, end) may key to a role-only form: the last is no plain word, or one
 * isRoleOnlyForm takes ("US Secretary of State" may close with one; "Vladimir Putin" cannot, and
 * its prefixes need not be looked up).
 */
export function mayCloseRoleOnlyForm(view: TokenView, end: number): boolean {
  if (view.kind(end - 1) !== TokenKind.Word) return true;
  const key = view.key(end - 1);
  return key.includes(' ') || isTitleWord(key);
}

function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || OFFICES.has(lower) || lower === 'grand';
}

/**
 * The office a name's appositive gives it: "grand imam" of "Ahmed el-Tayeb, the Grand Imam of
 * Al-Azhar," (so "The Grand Imam said" is his), and "president" of "Amara Keita, the president of
 * Mali," (so "Mr. President" in the interview after it is his; it was a person "President" of its
 * own). Tokens from `end`: a comma, "the", title words ending in an office, all capitalised or all
 * in lower case, then "of", a comma or the sentence's end. Null otherwise ("the general manager").
 */
export function appositiveOffice(view: TokenView, end: number, sentenceEnd: number): string | null {
  if (end + 2 >= sentenceEnd || !view.isChar(end, ',') || view.lower(end + 1) !== 'the') return null;
  const lowerCase = view.isLowerWord(end + 2);
  let e = end + 2;
  while (e < sentenceEnd && isTitleWordWritten(view, e, lowerCase)) e++;
  if (e === end + 2 || !OFFICES.has(view.lower(e - 1))) return null;
  if (e < sentenceEnd && !view.isChar(e, ',.') && view.lower(e) !== 'of') return null;
  return view.keyOf(end + 2, e);
}

/** Whether token i is a title word, in lower case or capitalised (not in capitals) as `lowerCase` says. */
function isTitleWordWritten(view: TokenView, i: number, lowerCase: boolean): boolean {
  if (view.kind(i) !== TokenKind.Word || !isTitleWord(view.lower(i))) return false;
  return lowerCase ? view.isLowerWord(i) : view.isCapitalized(i) && !view.isAllCaps(i);
}
