import { codeAt } from '../../text/chars.js';
import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, newEvidence, WEIGHT, type Evidence } from '../evidence.js';
import { CodeKey, EvidenceMemo } from '../evidenceMemo.js';
import { gazetteer, isCity, isLanguageName, namesAPeople } from '../gazetteer.js';
import { isGivenName, isListedSurname, COMPASS_CONNECTORS, NAME_PARTICLES } from '../lexicon.js';
import { isSlashedLegalFormEnd } from '../nameRuns/wordSteps.js';
import { followsReleaseVerb, withoutGenerationSuffix } from '../nameRuns/runWords.js';
import type { TokenView } from '../tokenView.js';
import { type NameWords, nameWordsOf } from './nameWords.js';
import { isMakersPossession } from './productModels.js';
import { addHeadWordEvidence } from './headWordEvidence.js';
import { addBodyShapeEvidence, addBodyWordEvidence } from './bodyShapeEvidence.js';
import { addPlaceShapeEvidence } from './placeShapeEvidence.js';
import { addRulerOrForenameEvidence, addPersonShapeEvidence } from './personShapeEvidence.js';

const ownEvidence = newEvidence();

/** nameEvidenceFor's vectors by nameEvidenceKey: 39% of its calls on the 10k corpus were for a name met before. Emptied at 50,000 keys. */
const knownNameEvidence = new EvidenceMemo(50_000);

/** nameEvidenceFor of a name, in ownEvidence (copied out of the memo, never shared with it). */
export function ownNameEvidence(view: TokenView, first: number, end: number): Evidence {
  const key = nameEvidenceKey(view, first, end);
  if (knownNameEvidence.copyInto(key, ownEvidence)) {
    if (nameEvidenceMemoCheck.enabled) checkMemoHit(view, first, end, ownEvidence.slice());
    return ownEvidence;
  }
  // The key's buffer is the next name's too: nameEvidenceFor reads words and lists, never another name's cues.
  nameEvidenceFor(view, first, end, ownEvidence.fill(0));
  knownNameEvidence.set(key, ownEvidence);
  return ownEvidence;
}

/**
 * All that nameEvidenceFor reads of the tokens: the name's text, each token's kind, flags and offset,
 * and what its rules read beside the name: a hyphen joined to either end (isHyphenedSurname), the
 * joins at both ends and whether the view goes on past it (adjacent, isJoiningEnDash of keyOf), "A/S"
 * closing a name of one or two tokens (isSlashedLegalFormEnd), a connector before a compass word
 * opening one (addHeadWordEvidence reads lastWord - 1), and two tokens before a numbered name a
 * maker's possessive or a release verb before "the" (isMakersPossession, followsReleaseVerb:
 * "Sarah's Pixel 9" was given "Google's Pixel 9"'s evidence, or the other way). The rules read the
 * fixed lists besides, nothing that an article changes.
 */
function nameEvidenceKey(view: TokenView, first: number, end: number): CodeKey {
  const start = view.start(first);
  const key = nameKeyCodes;
  key.length = 0;
  key.push(end - first);
  for (let i = first; i < end; i++) {
    key.push(view.kind(i) * 256 + view.tokens.flags[i]!);
    key.push(view.start(i) - start);
  }
  key.push(view.kind(first - 1) ?? 255);
  key.push(view.kind(end) ?? 255);
  key.push(Number(view.adjacent(first - 1)));
  key.push(Number(view.adjacent(end - 1)));
  key.push(Number(end < view.count));
  key.push(Number(COMPASS_CONNECTORS.has(view.lower(first - 1))));
  key.push(Number(isSlashedLegalFormEnd(view, end)));
  key.push(Number(isMakersPossession(view, first)));
  key.push(Number(followsReleaseVerb(view, first)));
  // The name's text as char codes too: the key holds no file's text, and no string is made for it.
  const text = view.text;
  for (let at = start, stop = view.end(end - 1); at < stop; at++) key.push(codeAt(text, at));
  return key;
}

/**
 * The memo's guard (nameEvidenceMemo.test.ts): while enabled, every hit is worked out again and a
 * name whose evidence differs is recorded. A rule of nameEvidenceFor that reads a token the key
 * does not hold makes it fail on the fixture corpora; extend nameEvidenceKey with what it reads.
 */
export const nameEvidenceMemoCheck = { enabled: false, hits: 0, mismatches: [] as string[] };

function checkMemoHit(view: TokenView, first: number, end: number, known: Evidence): void {
  nameEvidenceMemoCheck.hits++;
  const fresh = nameEvidenceFor(view, first, end);
  if (fresh.some((weight, i) => weight !== known[i])) nameEvidenceMemoCheck.mismatches.push(`${view.slice(first, end)} at ${view.start(first)}: ${[...known].join(',')} memo, ${[...fresh].join(',')} fresh`);
}

/** nameEvidenceKey's codes (the token count first, so that the text after them is told apart), one buffer reused. */
const nameKeyCodes = new CodeKey();

/** What the words of a name say it is: "Coast Guard Administration", "JS Akizuki", "Hong Tai 58", "Sue Atkins". Added to `evidence`. */
export function nameEvidenceFor(view: TokenView, first: number, nameEnd: number, evidence: Evidence = newEvidence()): Evidence {
  // "Richard T. Bissen Jr.": only a person's name has a generation; the words before it say the rest.
  const name = nameWordsOf(view, first, withoutGenerationSuffix(view, first, nameEnd));
  if (name.end < nameEnd) addEvidence(evidence, 'person', WEIGHT.generationSuffix);
  // "the Kurds", "Palestinians": a people in the plural names people (see refineRun).
  if (name.length === 1 && namesAPeople(name.firstLower)) addEvidence(evidence, 'person', WEIGHT.headWord);
  // "taught in Swahili", "only in Pashto and Dari": a language's name is no person's or place's.
  if (name.length === 1 && isLanguageName(name.firstLower)) addEvidence(evidence, 'other', WEIGHT.gazetteer);
  addHeadWordEvidence(view, name, evidence);
  addBodyShapeEvidence(view, name, evidence);
  addPlaceShapeEvidence(view, name, evidence);
  addRulerOrForenameEvidence(view, name, evidence);
  addBodyWordEvidence(view, name, evidence);
  if (isArabicArticleBeforeTown(view, name)) addEvidence(evidence, 'place', WEIGHT.city);
  else if (isArticleAndOneWord(view, name)) addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  else addPersonShapeEvidence(view, name, evidence);
  if (name.length === 1 && isLowerOpenedBrand(view.raw(first))) addEvidence(evidence, view.raw(first).startsWith('i') ? 'product' : 'organization', WEIGHT.weakHeadWord);
  else if (name.length === 1 && isInnerCapitalBrand(view.raw(first))) addEvidence(evidence, 'organization', WEIGHT.weakHeadWord);
  return evidence;
}

/**
 * "according to El Tiempo", "the daily La Jornada", "O Globo reported", "Der Spiegel": a Spanish,
 * Portuguese, Italian or German article and one capitalised word no list knows is a newspaper's, a
 * party's or a band's name, no person's (the three were persons by their shape). Not a surname's
 * particle: French "Le" ("Le Pen") and "La" before a listed surname ("La Russa"), nor a given name
 * ("La Toya"); a place the lists know keeps its type ("El Paso").
 */
function isArticleAndOneWord(view: TokenView, name: NameWords): boolean {
  const { first, length, firstLower } = name;
  if (length !== 2 || !ARTICLES_OPENING_NO_SURNAME.has(firstLower) || !view.spaceBefore(first + 1)) return false;
  if (!view.isCapitalized(first) || view.isAllCaps(first + 1) || !view.isCapitalized(first + 1) || view.kind(first + 1) !== TokenKind.Word) return false;
  const word = view.key(first + 1);
  if (isGivenName(word) || (firstLower === 'la' && isListedSurname(word))) return false;
  return !gazetteer().byKey.has(`${firstLower} ${word}`) && !isCity(`${firstLower} ${word}`);
}

/**
 * "trucks waited in El Arish", "the road to El Obeid": the Arabic article "El" before a town the city
 * lists know without it ("Arish") is that town (El Arish was a newspaper, as "El Tiempo" is, then a person).
 */
function isArabicArticleBeforeTown(view: TokenView, name: NameWords): boolean {
  const { first, length, firstLower } = name;
  return length === 2 && firstLower === 'el' && view.spaceBefore(first + 1) && view.kind(first + 1) === TokenKind.Word && !view.isAllCaps(first + 1) && isCity(view.key(first + 1)) && !isGivenName(view.key(first + 1));
}

const ARTICLES_OPENING_NO_SURNAME = new Set(['el', 'la', 'il', 'o', 'der', 'die', 'das']);

/**
 * "investors in xAI", "a lawyer for eBay", "the iPhone": a word opened by lower-case letters before
 * its capitals (the tokenizer's brand shape) is a company's name, or with Apple's "i" a device's; it
 * was a place by "in" or other with nothing to say.
 */
function isLowerOpenedBrand(raw: string): boolean {
  return /^\p{Ll}{1,4}\p{Lu}/u.test(raw);
}

/**
 * "IndiGo and SpiceJet were little changed", "the BoerBurgerBeweging": one word of letters with a
 * capital after its first small letters is written the way firms and parties write their names
 * (SpiceJet was other, IndiGo dropped as the dictionary's "indigo"). Not a surname's or a given
 * name's particle before the capital ("DeSantis", "McDonald", "MacArthur", "LeBron", "DeShawn"), nor
 * a short form's lone closing capital ("CoM", the centre of mass).
 */
function isInnerCapitalBrand(raw: string): boolean {
  const opening = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}\p{L}*$/u.exec(raw)?.[1]?.toLowerCase();
  // "YouTubers", "PlayStationers": a brand's agent noun in the plural names people, no firm.
  if (opening === undefined || /\p{Ll}ers$/u.test(raw)) return false;
  return !NAME_PARTICLES.has(opening) && !CAPITAL_NAME_OPENINGS.has(opening) && !isGivenName(raw.toLowerCase()) && !isListedSurname(raw.toLowerCase());
}

/** Openings of surnames and given names written with an inner capital: "McCarthy", "MacLeod", "FitzGerald", "LaToya", "JaMarcus", "KeShawn", "DaShawn", "StJohn". */
const CAPITAL_NAME_OPENINGS = new Set(['mc', 'mac', 'fitz', 'st', 'ja', 'ke', 'sha', 'ta', 'de', 'la', 'le', 'da', 'di', 'du', 'van', 'von']);
