import { nameKey, TokenKind } from '../../text/tokenize.js';
import { WEIGHT, addEvidence, weightOf } from '../evidence.js';
import { DOCUMENT_LABELS, isGivenName, WordClass } from '../lexicon.js';
import { namesakeKeyIn } from '../placeNamesakes.js';
import type { NamePart } from '../refineRun/nameParts.js';
import { PARTY_LETTERS, stateAbbreviationsIn } from '../stateAbbreviations.js';
import { WordSurnames } from '../wordSurnames.js';
import { TokenView } from '../tokenView.js';
import { RegionKind } from '../mentionDraft.js';
import type { DraftWithTokens } from './articleDrafts.js';
import { makeDraft } from './makeDraft.js';

/**
 * "Oakland, Calif." and "Dianne Feinstein, D-Calif.": a state's abbreviation where a state stands
 * is a mention of that state (see stateAbbreviations.ts), and replaces what the run finder made of
 * it: "D-Calif" is no name, "Nev" no person.
 */
export function addStateAbbreviations(view: TokenView, drafts: DraftWithTokens[], region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number): void {
  // "Marjorie Taylor Greene, R-Ga., said": a party tag whose state has no listed abbreviation is no name.
  for (let i = drafts.length - 1; i >= 0; i--) if (isPartyTag(view, drafts[i]!)) drafts.splice(i, 1);
  const states = stateAbbreviationsIn(view, sentenceFirst, sentenceEnd);
  if (states.length === 0) return;
  const overlapsState = (d: DraftWithTokens) => states.some((s) => d.first < s.end && s.first < d.end);
  const kept = drafts.filter((d) => !overlapsState(d));
  for (const { first, end, state } of states) {
    const part: NamePart = { first, end, title: null, titleFirst: null, sentenceInitial: false, initialCommonWord: false, hyphenSuffix: null };
    const abbreviation = makeDraft(view, part, region, sentence, sentenceFirst, sentenceEnd);
    // "Augusta, Ga.": the US state, filed apart from the country of the same name (its key is
    // "georgia united states", as placeNamesakes.ts keys the state's name; a link would leave it untyped).
    const stateKey = nameKey(state);
    const keyed = namesakeKeyIn(stateKey, 'US');
    if (keyed === stateKey) abbreviation.draft.link = stateKey;
    else abbreviation.draft.key = keyed;
    addEvidence(abbreviation.draft.nameEvidence, 'place', WEIGHT.gazetteer);
    kept.push(abbreviation);
  }
  kept.sort((a, b) => a.first - b.first);
  drafts.splice(0, drafts.length, ...kept);
}

/** ", R-Ga.," or "(D-Ga.)": a party's letter, a hyphen and a state's abbreviation, between a comma or bracket and a period. "D-Day" is a name. */
function isPartyTag(view: TokenView, d: DraftWithTokens): boolean {
  const { first } = d;
  if (d.end - first !== 3 || !PARTY_LETTERS.has(view.raw(first)) || view.kind(first + 1) !== TokenKind.Hyphen) return false;
  return view.isChar(first - 1, ',(') && view.kind(d.end) === TokenKind.Period && view.adjacent(d.end - 1);
}

/** "Douglass North … Coase and North", "Tim Cook … Cook said": a lone surname that is also a word (see wordSurnames.ts). */
export function addWordSurnames(view: TokenView, surnames: WordSurnames, drafts: DraftWithTokens[], region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number): void {
  const takenBy = (token: number) => drafts.findIndex((d) => d.first <= token && token < d.end);
  const taken = (token: number) => {
    const at = takenBy(token);
    return at < 0 ? 0 : drafts[at]!.end - drafts[at]!.first;
  };
  const found = surnames.findIn(view, sentenceFirst, sentenceEnd, taken);
  for (const { token, of } of found) {
    // "Cook said …": the run finder's own one-word "Cook" gives way to the surname of "Tim Cook".
    const own = takenBy(token);
    if (own >= 0) drafts.splice(own, 1);
    const part: NamePart = { first: token, end: token + 1, title: null, titleFirst: null, sentenceInitial: false, initialCommonWord: false, hyphenSuffix: null };
    const surname = makeDraft(view, part, region, sentence, sentenceFirst, sentenceEnd);
    surname.draft.link = of;
    drafts.push(surname);
  }
  if (found.length > 0) drafts.sort((a, b) => a.first - b.first);
  for (const { draft } of drafts) surnames.learn(draft);
}

/**
 * "the free-speech group Article 19 condemned the arrests. Article 19 said the law was vague": a body
 * named as a text's part ("Article", "Section") and its number, once a cue has said it is a body
 * (`isBodyNamedAsDocumentPart` in nameRuns/wordSteps.ts), is that body wherever the article writes
 * the words again (the bare "Article 19 said" was dropped, "Article" being a dictionary word alone);
 * not before "of", a text's own part ("Article 19 of the covenant").
 */
export function addDocumentPartBodies(view: TokenView, bodies: Set<string>, drafts: DraftWithTokens[], region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number): void {
  if (bodies.size > 0) {
    const before = drafts.length;
    for (let i = sentenceFirst; i + 1 < sentenceEnd; i++) {
      if (!isDocumentPartAt(view, i) || !bodies.has(view.keyOf(i, i + 2)) || view.lower(i + 2) === 'of' || drafts.some((d) => d.first <= i + 1 && i < d.end)) continue;
      const part: NamePart = { first: i, end: i + 2, title: null, titleFirst: null, sentenceInitial: i === sentenceFirst, initialCommonWord: false, hyphenSuffix: null };
      drafts.push(makeDraft(view, part, region, sentence, sentenceFirst, sentenceEnd));
    }
    if (drafts.length > before) drafts.sort((a, b) => a.first - b.first);
  }
  for (const d of drafts) if (d.end - d.first === 2 && isDocumentPartAt(view, d.first) && weightOf(d.draft.evidence, 'organization') > 0) bodies.add(d.draft.key);
}

/** A capitalised text part's word and a number right after it: "Article 19", "Section 8". */
function isDocumentPartAt(view: TokenView, i: number): boolean {
  return view.isCapitalized(i) && DOCUMENT_LABELS.has(view.lower(i)) && view.kind(i + 1) === TokenKind.Number && view.spaceBefore(i + 1);
}

/**
 * "GDANSK, Poland (AP) —": a dateline opens with the place the story was filed from; a later name
 * alone in its parentheses is the agency that filed it ("COPENHAGEN, Nov. 18 (Meridian) -" was a
 * place, Meridian being a town too; "(Bernama)" was other).
 */
export function markDatelinePlace(drafts: DraftWithTokens[]): void {
  const place = drafts[0];
  if (place) addEvidence(place.draft.evidence, 'place', WEIGHT.dateline);
  for (const d of drafts.slice(1)) if (isAloneInParentheses(d.view, d.first, d.end)) addEvidence(d.draft.evidence, 'organization', WEIGHT.dateline);
}

function isAloneInParentheses(view: TokenView, first: number, end: number): boolean {
  return first > 0 && end < view.count && view.isChar(first - 1, '(') && view.isChar(end, ')');
}

/** A transcript's speaker before a colon, in capitals: "PAPARO:", "SEN. JACK REED (D-R.I.):" (a sentence of its own, see splitSentences). */
export function isSpeakerLabel(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || !view.isChar(end - 1, ':')) return false;
  for (let i = first; i < end - 1; i++) if (view.isWord(i) && !view.isAllCaps(i) && !(view.length(i) === 1 && view.isCapitalized(i))) return false;
  return true;
}

/**
 * A speaker's label names the one who speaks: its first name is a person's whatever its words
 * ("REED:", "COTTON:" are senators, not a plant and a fibre), and its capitals are no shouting. A
 * role after "the" ("THE COURT:", "THE WITNESS:") names no one, and a label of dictionary words
 * alone ("CERTIFICATE:") only one the article names elsewhere ("Jack Reed"): see dropShoutedNames.
 */
export function namesInSpeakerLabel(view: TokenView, inSentence: DraftWithTokens[], first: number): DraftWithTokens[] {
  if (view.lower(first) === 'the') return [];
  const speaker = inSentence[0];
  if (!speaker) return inSentence;
  addEvidence(speaker.draft.evidence, 'person', WEIGHT.roleNoun);
  if (dictionaryWordsOnly(view, speaker.first, speaker.end)) speaker.shouted = true;
  return inSentence;
}

function dictionaryWordsOnly(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.isWord(i) && (!view.hasClass(i, WordClass.Common) || isGivenName(view.lower(i)))) return false;
  return true;
}
