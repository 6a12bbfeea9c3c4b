import { TokenKind } from '../../text/tokenize.js';
import { WEIGHT, addEvidence, newEvidence, strongestType, weightOf } from '../evidence.js';
import { isKnownPlace } from '../gazetteer.js';
import { GENERATION_SUFFIXES, LEGAL_SUFFIXES } from '../lexicon.js';
import { isSlashedLegalFormEnd } from '../nameRuns/wordSteps.js';
import { innerNames } from '../nestedNames.js';
import { appositiveOffice, appositivePartyRole, isAddressedOffice, isNamedStateOf, RoleHolders, titleKeyOf, type RoleWords, type TitledName } from '../roleMentions.js';
import type { NamePart } from '../refineRun/nameParts.js';
import { TokenView } from '../tokenView.js';
import type { MentionDraft } from '../mentionDraft.js';
import { type RoleInSentence, type DraftWithTokens, plainNumbers, namesBodyByItsWords } from './articleDrafts.js';
import { makeDraft, makeInnerDraft } from './makeDraft.js';

/**
 * The article's names, each followed by the names it holds ("University of California", then
 * "California"; see innerNames). An inner name the article also gives alone stands for what that
 * one does ("Julien" in "Jenna Julien Podcast" for the "Julien Solomita" its "Julien" is short for).
 * Its own words' evidence comes with it, not its sentence's: the sentence speaks of the outer name.
 */
export function withInnerNames(found: DraftWithTokens[]): MentionDraft[] {
  const alone = new Map<string, MentionDraft>();
  const shortFormTargets = new Set<string>();
  for (const { draft } of found) {
    if (!alone.has(draft.key)) alone.set(draft.key, draft);
    if (draft.link && draft.shortFormKeys.length === 0) shortFormTargets.add(draft.link);
  }
  // "the Pirates" is short for the "Pittsburgh Pirates" as "Bernoulli" is for "Daniel Bernoulli",
  // but a team's name, unlike a person's, holds its city.
  for (const target of shortFormTargets) if (isBodyByItsWords(alone.get(target))) shortFormTargets.delete(target);
  // A full name, or a short form of some other name: "Lianhai" alone, unexplained, may be short for
  // the "Fujian Lianhai Ocean Fisheries Co., Ltd." it is part of, and is then no name inside it.
  const standaloneKeys = new Set<string>();
  const loneShortForms = new Set<string>();
  for (const d of alone.values()) {
    if (d.shortFormKeys.length > 0 || d.link) standaloneKeys.add(d.key);
    if (isLoneWordNoPlace(d)) loneShortForms.add(d.key);
  }
  const nameOfKey = (key: string) => alone.get(key)?.link ?? key;
  const mentions: MentionDraft[] = [];
  for (const f of found) {
    mentions.push(f.draft);
    for (const inner of innerNames(f.view, f.draft, f.first, f.end, standaloneKeys, shortFormTargets, loneShortForms, nameOfKey)) {
      // "Shell Oil said … Shell said": a name the article writes alone as short for this one is no name inside it,
      // the lists' too (their "Shell" was a second mention there); a place stays, "Exeter" in "Exeter Albion" is the town.
      if (alone.get(inner.key)?.link === f.draft.key && (inner.standalone || !isKnownPlace(inner.key))) continue;
      if (inner.standalone && isPersonsNameInBody(f.draft, alone.get(inner.key)!, alone)) continue;
      // "Microsoft Corp." is Microsoft: the name before a legal suffix is the same company, not a second mention there.
      if (inner.first === f.first && onlySuffix(f.view, inner.end, f.end, LEGAL_SUFFIXES)) continue;
      // Nor is "Donald Trump" a mention inside "Donald Trump Jr.": that is his son's whole name.
      if (inner.first === f.first && onlySuffix(f.view, inner.end, f.end, GENERATION_SUFFIXES)) continue;
      const part: NamePart = { first: inner.first, end: inner.end, title: null, titleFirst: null, sentenceInitial: false, initialCommonWord: false, hyphenSuffix: null };
      // Never a short form of the name it is inside: "FIFA" in "FIFA World Cup" is FIFA (makeInnerDraft makes it a modifier).
      const draft = makeInnerDraft(f.view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd).draft;
      if (inner.impliedType) addEvidence(draft.evidence, inner.impliedType, WEIGHT.eponym);
      draft.link = inner.standalone ? alone.get(inner.key)!.link : (inner.bearer ?? null);
      mentions.push(draft);
    }
  }
  return mentions;
}

/**
 * "Mr. Adani … The Adani Group said", "Adani Green said" after "Rahul Adani": a person's surname
 * inside a body's name (its head word, or the company it is short for) is the body's own word, no
 * mention of that person (both were Rahul Adani's, once his given name was a listed one).
 */
function isPersonsNameInBody(outer: MentionDraft, inner: MentionDraft, alone: ReadonlyMap<string, MentionDraft>): boolean {
  const person = inner.link ? alone.get(inner.link) : undefined;
  if (!person || strongestType(person.nameEvidence)?.type !== 'person') return false;
  return namesBodyByItsWords(outer) || (!!outer.link && namesBodyByItsWords(alone.get(outer.link) ?? outer));
}

/** One word alone, short for nothing yet, that its sentence does not make a place ("transferred to Brandeis"; not "born in Stephenville"). */
function isLoneWordNoPlace(d: MentionDraft): boolean {
  return d.shortFormKeys.length === 0 && !d.link && weightOf(d.evidence, 'place') < WEIGHT.preposition && weightOf(d.nameEvidence, 'place') === 0;
}

/** Tokens [first, end) are suffixes of `suffixes` and their periods and comma: "Corp.", ", Inc.", "Co., Ltd.", "Jr.". */
function onlySuffix(view: TokenView, first: number, end: number, suffixes: ReadonlySet<string>): boolean {
  if (first >= end) return false;
  // "Novo Nordisk A/S": the Danish and Norwegian form is three tokens.
  if (first === end - 3 && suffixes === LEGAL_SUFFIXES && isSlashedLegalFormEnd(view, end)) return true;
  // "Eli Lilly and Co.", "Merck & Co.": the partners' "and" before the legal form.
  if (suffixes === LEGAL_SUFFIXES && first + 1 < end && (view.isChar(first, '&') || view.lower(first) === 'and') && view.lower(first + 1) === 'co') return onlySuffix(view, first + 1, end, suffixes);
  for (let k = first; k < end; k++) {
    if (view.kind(k) === TokenKind.Period || view.isChar(k, ',')) continue;
    if (!suffixes.has(view.lower(k))) return false;
  }
  return true;
}

/**
 * "Secretary Cardona … the Secretary signed": an office alone stands for the person the article
 * last named with that title (see roleMentions.ts), and is a mention of that person. An office
 * no earlier name held stays unnamed: "the President" in an article that names no president.
 */
export function withRoleMentions(view: TokenView, found: DraftWithTokens[], roles: RoleInSentence[]): DraftWithTokens[] {
  if (roles.length === 0) return found;
  const titled: TitledName[] = [];
  for (const f of found) {
    // A party to a case may be one word: "The State of Oregon, respondent, contends".
    const titleKey =
      f.part.title !== null && f.part.titleFirst !== null
        ? titleKeyOf(view, f.part.titleFirst, f.part.first)
        : ((f.draft.shortFormKeys.length > 0 ? appositiveOffice(view, f.end, f.sentenceEnd) : null) ?? appositivePartyRole(view, f.end, f.sentenceEnd));
    if (titleKey) titled.push({ start: f.draft.start, titleKey, entityKey: f.draft.link ?? f.draft.key });
    if (isNamedStateOf(view, f.part.first)) titled.push({ start: f.draft.start, titleKey: 'state of', entityKey: f.draft.link ?? f.draft.key });
  }
  const holders = new RoleHolders(titled);
  const added: DraftWithTokens[] = [];
  let j = 0; // found is in text order and its names do not overlap; so are the roles
  for (const role of roles) {
    while (j < found.length && found[j]!.end <= role.first) j++;
    const overlapping = j < found.length && found[j]!.first < role.end ? found[j]! : null;
    const next = overlapping ? j + 1 : j;
    const holder = holders.holderAt(role, view.start(role.first)) ?? appositiveHolderAfter(view, role, found[next], found[next + 1]);
    if (!holder) continue;
    // "the Tsar" the run finder already took for a name of its own: it is the Tsar last named.
    if (overlapping) {
      const same = overlapping.first === role.first && overlapping.end === role.end;
      // "Mr. President, when will …": the office its honorific addresses is the holder too.
      if (same && !overlapping.draft.link && (overlapping.part.title === null || isAddressedOffice(view, role.first))) overlapping.draft.link = holder;
      continue;
    }
    const part: NamePart = { first: role.first, end: role.end, title: null, titleFirst: null, sentenceInitial: false, initialCommonWord: false, hyphenSuffix: null };
    const mention = makeDraft(view, part, role.region, role.sentence, role.sentenceFirst, role.sentenceEnd);
    mention.draft.link = holder;
    // The office says nothing of the name's type by itself; its sentence still does ("the Secretary said").
    mention.draft.nameEvidence = plainNumbers(newEvidence());
    mention.draft.modifier = true;
    added.push(mention);
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.draft.start - b.draft.start);
}

/**
 * "against the Regent, Tsarevna Sophia Alekseyevna.": an office alone that no earlier name held, set
 * off by a comma right before a person's full name with no title of its own that closes its clause,
 * is that person (it was no one's). Not an office in a list of people: "met the President, Foreign
 * Minister Ana Ruiz and …" (a title of her own), "the Speaker, Ana Ruiz and Tom Lee" (no clause's
 * end), "the Governor, Ana Ruiz, Tom Lee, and Bob Tran" (another name after the comma).
 */
function appositiveHolderAfter(view: TokenView, role: RoleWords, next: DraftWithTokens | undefined, afterNext: DraftWithTokens | undefined): string | null {
  if (!next || next.first !== role.end + 1 || !view.isChar(role.end, ',') || next.part.title !== null) return null;
  if (next.draft.shortFormKeys.length === 0 || strongestType(next.draft.nameEvidence)?.type !== 'person') return null;
  if (next.end < next.sentenceEnd && !view.isChar(next.end, ',.;:)')) return null;
  if (view.isChar(next.end, ',') && (view.lower(next.end + 1) === 'and' || afterNext?.first === next.end + 1)) return null;
  return next.draft.link ?? next.draft.key;
}

/** A name whose own words say it is no person's: a head word, a team's plural. */
function isBodyByItsWords(d: MentionDraft | undefined): boolean {
  const strongest = d && strongestType(d.nameEvidence);
  return !!strongest && strongest.type !== 'person';
}
