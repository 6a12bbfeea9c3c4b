import { TokenKind } from '../../text/tokenize.js';
import { WEIGHT, addEvidence, weightOf } from '../evidence.js';
import { gazetteer } from '../gazetteer.js';
import { opensInfoboxLabel } from '../infoboxLabels.js';
import { CHAMBERS_NAMED_AT_START, FIELD_FOLLOWERS, COMPANY_GROUP_WORDS, HEAD_WORDS, isCommonWord, isFirmKindNoun, isGivenName, isListedSurname, isOccupationByEnding, LEGAL_SUFFIXES, NAME_DESCRIPTORS, NAME_PARTICLES, ROLE_NOUNS, SENTENCE_ADVERBS, WordClass } from '../lexicon.js';
import { changedPart } from '../refineRun/nameParts.js';
import { TokenView } from '../tokenView.js';
import { type DraftWithTokens, namesBodyByItsWords, allDictionaryWords, opensWithGivenName, isGivenNameBeforeSurname } from './articleDrafts.js';
import { makeDraft } from './makeDraft.js';

/**
 * Whether a file writes a word in lower case anywhere ("now", "first", "will"): what a reader takes
 * as the evidence that a capital at a sentence's start is only the sentence's (Mikheev's
 * document-centred approach). The whole file is the document: a page cut into several articles
 * still speaks one language. Each word is looked up once per file.
 */
export class LowerCaseUses {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    let found = this.known.get(word);
    if (found === undefined) {
      found = false;
      for (let at = this.text.indexOf(word); at >= 0 && !found; at = this.text.indexOf(word, at + 1)) {
        found = !isLetterAt(this.text, at - 1) && !isLetterAt(this.text, at + word.length);
      }
      this.known.set(word, found);
    }
    return found;
  }
}

function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  // Most neighbours are ASCII (" now,"): answered without a regular expression.
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return LETTER_OR_DIGIT.test(text[i]!);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The first words of the article's sentence-initial names that its file also writes in lower case. */
export function wordsAlsoLowerCase(view: TokenView, found: DraftWithTokens[], lowerCaseUses: LowerCaseUses): Set<string> {
  const seen = new Set<string>();
  for (const f of found) {
    // "Van der Veen declined": a particle written in lower case elsewhere ("Marloes van der Veen") is still the name's.
    // Only dictionary words: "santorum" coined from "Santorum" leaves the senator a name.
    const word = view.lower(f.first);
    // "Parliament in Kyiv welcomed the vote" after "Japan's parliament": a chamber's word names it capitalised anywhere.
    if (!f.part.sentenceInitial || view.isAllCaps(f.first) || NAME_PARTICLES.has(word) || !isCommonWord(word) || CHAMBERS_NAMED_AT_START.has(word)) continue;
    if (lowerCaseUses.has(word)) seen.add(word);
  }
  return seen;
}

/**
 * "Now, as to the property itself", "First, age is a continuous measure": a one-word name at a
 * sentence's start whose word the article also writes in lower case is a common word, whatever
 * other articles capitalise. Known names ("Turkey", "China") and acronyms stay.
 */
/**
 * "Education Oxford University", "Relatives Anne Smith (sister)": a fact box's label opening its
 * line labels the value after it, which opens the field as a sentence's first word does (each was
 * one name with its label); a label alone, or before one dictionary word ("Occupation Actress"), names nothing.
 */
export function cutInfoboxLabels(found: DraftWithTokens[]): DraftWithTokens[] {
  const out: DraftWithTokens[] = [];
  for (const f of found) {
    const { view, first, end } = f;
    const label = f.part.sentenceInitial && view.isCapitalized(first) ? opensInfoboxLabel(view.text, view.start(first)) : null;
    if (label === null || label.includes(' ')) out.push(f);
    // "Occupation Actress": one dictionary word is the field's word, no name ("Branch Royal Navy" keeps the navy).
    else if (end - first > 1 && view.spaceBefore(first + 1) && !(end === first + 2 && allDictionaryWords(view, first + 1, end) && !gazetteer().byKey.has(view.key(first + 1)))) {
      const part = changedPart(f.part, { first: first + 1, sentenceInitial: true, initialCommonWord: false });
      out.push(makeDraft(view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd));
    }
  }
  return out;
}

export function dropCommonWordOpeners(found: DraftWithTokens[], lowerInArticle: Set<string>): DraftWithTokens[] {
  const known = gazetteer().byKey;
  return found.filter((f) => {
    if (!f.part.sentenceInitial || f.end - f.first !== 1 || f.draft.acronym) return true;
    if (opensBeforeItsFieldsPeople(f)) return false;
    return !lowerInArticle.has(f.view.lower(f.first)) || known.has(f.draft.key);
  });
}

/**
 * "Labor historian Miriam Pawel said", "Labour economists warn", "Green groups praised it": a
 * dictionary word opening a sentence right before its field's people or matters in lower case is the
 * field, not the party the lists know by that word (each was a mention of a Labor or Green party).
 */
function opensBeforeItsFieldsPeople(f: DraftWithTokens): boolean {
  const { view, end } = f;
  if (end >= view.count || !isCommonWord(view.lower(f.first)) || !view.spaceBefore(end) || !view.isLowerWord(end)) return false;
  return FIELD_FOLLOWERS.has(view.lower(end));
}

/**
 * "Losing Pokrovsk", "Residents of Matsu", "Senior EU officials", "Now Stu Roberts is an attorney":
 * a capitalised common word opens the sentence before a name. It is cut off when what follows is
 * a name the article (or the gazetteer) knows, when the word is a gerund or an adverb, or when the
 * article writes it in lower case elsewhere; "Northern Anchor 2025" stays whole.
 */
/** Whether `words` are whole words of `key`: "supreme court" of "us supreme court", not of "supreme courtyard". */
function holdsWords(key: string, words: string): boolean {
  const at = key.indexOf(words);
  return at >= 0 && (at === 0 || key[at - 1] === ' ') && (at + words.length === key.length || key[at + words.length] === ' ');
}

/** "von der Leyen", "da Silva": particles in lower case and then a capitalised word open a surname. */
function opensParticleName(view: TokenView, i: number, end: number): boolean {
  let k = i;
  while (k < end && view.isLowerWord(k) && view.hasClass(k, WordClass.NameParticle)) k++;
  return k > i && k < end && view.isCapitalized(k);
}

/**
 * Verbs a page's furniture opens with before a person's name: "Contact Priya Raman at …", "Follow Jane Doe on X" (they were one name, other);
 * and those sending the reader to a law, a road or a place: "See Section 2 of the Sherman Act", "Take Interstate 94 west", "Visit Griffith Park" (were "See Section 2", "Take Interstate 94").
 */
const READER_IMPERATIVES = new Set(['contact', 'email', 'e-mail', 'follow', 'meet', 'ask', 'text', 'message', 'subscribe', 'write', 'see', 'take', 'visit', 'read', 'watch', 'call', 'click', 'download', 'listen', 'register', 'donate']);

export function dropSentenceOpeners(found: DraftWithTokens[], lowerInArticle: Set<string>): DraftWithTokens[] {
  const standalone = new Set(found.filter((f) => !f.draft.initial).map((f) => f.draft.key));
  const longerNames = [...standalone].filter((key) => key.indexOf(' ', key.indexOf(' ') + 1) > 0);
  const known = gazetteer().byKey;
  return found.map((f) => {
    // "Nick Bos, of the University of Helsinki," after "Biologist Nick Bos": the whole name is known.
    if (!f.part.initialCommonWord || standalone.has(f.draft.key)) return f;
    // "Storm Darragh lashed Britain", "Hurricane Milton hit": an event's own first word, though "the storm" follows.
    if (weightOf(f.draft.nameEvidence, 'event') >= WEIGHT.headWord) return f;
    const { view, first, end } = f;
    let rest = first + 1;
    while (rest < end && (!view.spaceBefore(rest) || (view.isLowerWord(rest) && !opensParticleName(view, rest, end)) || view.kind(rest) === TokenKind.Period)) rest++;
    if (rest >= end) return f;
    const restKey = view.keyOf(rest, end);
    // '"Supreme Court Weighs Louisiana Map"' after "the Court" and "the US Supreme Court": a head
    // word alone names little, and a longer name of the article holds its opener too ("Allow
    // Parliament to …" loses "Allow").
    if (rest === end - 1 && HEAD_WORDS.has(restKey) && longerNames.some((key) => holdsWords(key, f.draft.key))) return f;
    const opener = view.lower(first);
    const openerIsCommon = isCommonOpener(view, first, rest, end, restKey, lowerInArticle);
    if (!known.has(restKey) && !standalone.has(restKey) && !openerIsCommon && !isKnownCompanysLegalName(view, rest, end)) return f;
    if (!openerIsCommon && opensWithGivenName(view, first) && isGivenNameBeforeSurname(opener, restKey, false, ownsInStatement(view, end, f.sentenceEnd))) return f;
    // "Air India rerouted flights": a body's own first word before a place, as its words say ("Former
    // Foreign Ministry staff" and "Allow Parliament to …" lose theirs).
    if (known.get(restKey)?.type === 'place' && !/(?:ing|ly)$/.test(opener) && !SENTENCE_ADVERBS.has(opener) && namesBodyByItsWords(f.draft)) return f;
    // "Social Democratic Party leaders met", "New Democratic Party leader Jagmeet Singh": a party's own
    // first word before a party the lists know by its last words ("Senior Democratic Party officials" loses "Senior").
    if (PARTY_NAME_OPENERS.has(opener) && known.get(restKey)?.type === 'organization' && namesBodyByItsWords(f.draft)) return f;
    const part = changedPart(f.part, { first: rest, sentenceInitial: false, initialCommonWord: false });
    const cut = makeDraft(view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd);
    // The firm's kind says what it is, as "the chipmaker Nvidia" does ("Insurer Aviva" is no person).
    if (rest === first + 1 && isFirmKindNoun(opener)) addEvidence(cut.draft.evidence, 'organization', WEIGHT.contextNoun);
    return cut;
  });
}

/** Whether the word opening a name at token first is a common word before the name at token rest, keyed restKey ("Later Tiger Woods said", "Chipmaker Nvidia rose"). */
function isCommonOpener(view: TokenView, first: number, rest: number, end: number, restKey: string, lowerInArticle: Set<string>): boolean {
  const opener = view.lower(first);
  return (
    looksLikeAdverbOrGerund(opener) ||
    NAME_DESCRIPTORS.has(opener) ||
    isOccupationByEnding(opener) ||
    (lowerInArticle.has(opener) && !allCommonWords(view, rest, end)) ||
    // "Later Tiger Woods said": an adverb of time is no name's, though dictionary words follow it.
    SENTENCE_ADVERBS.has(opener) ||
    // Not after a surname that is a word too: "Park Min-jae" is one name. A role or kinship noun
    // is no surname there, though the census lists it: "Brothers Peter Halvorsen and Johan Halvorsen".
    (isForenameAndSurnames(restKey) && (!isListedSurname(opener) || ROLE_NOUNS.has(opener))) ||
    // "Chipmaker Nvidia rose", "Lender Barclays said": a firm's kind right before its name.
    (rest === first + 1 && isFirmKindNoun(opener)) ||
    // "Contact Priya Raman at …", "Meet John Smith, the new editor": a verb telling the reader what to do.
    // Not "See Figure 3-1": a dictionary word alone before a number is no name to keep.
    (rest === first + 1 && READER_IMPERATIVES.has(opener) && !(rest === end - 1 && end < view.count && view.kind(end) === TokenKind.Number))
  );
}

/**
 * "Reportedly", "Speaking": an opener by its ending, an adverb's or a gerund's, but no body's head word
 * that ends so: "Assembly Bill 98 would require …" keeps its chamber (it was "Bill 98").
 */
function looksLikeAdverbOrGerund(opener: string): boolean {
  return /ing$/.test(opener) || (/ly$/.test(opener) && !HEAD_WORDS.has(opener));
}

/**
 * "Rivals Honda Motor Co and Nissan report later", "Analysts Jefferies Group said": a company the lists
 * know by its first word (token rest), written with its legal form or its group's word, goes without
 * the dictionary word opening the sentence before it (it was "Rivals Honda Motor Co", an organization).
 */
function isKnownCompanysLegalName(view: TokenView, rest: number, end: number): boolean {
  const last = view.kind(end - 1) === TokenKind.Period ? end - 2 : end - 1;
  if (last <= rest || (!LEGAL_SUFFIXES.has(view.lower(last)) && !COMPANY_GROUP_WORDS.has(view.lower(last)))) return false;
  return gazetteer().byKey.get(view.key(rest))?.type === 'organization';
}

/** Words that open parties' names before others' ("Social Democratic Party", "Liberal Democratic Party", "Progressive Conservative Party"). */
const PARTY_NAME_OPENERS = new Set(['social', 'liberal', 'christian', 'national', 'new', 'progressive', 'free', 'popular', 'radical', 'united', 'democratic', 'conservative', 'socialist', 'communist', 'civic', 'patriotic', 'revolutionary']);

/** The name ending before token `end` owns what follows ("Smith's") in a sentence that ends without a question mark. */
function ownsInStatement(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || view.kind(end) !== TokenKind.Possessive) return false;
  for (let k = sentenceEnd - 1; k > end; k--) if (view.isChar(k, '?')) return false;
  return true;
}

/**
 * "Children Jérôme Richard", "Spouse Jean-Louis Richard" (an infobox's label and its value): a
 * forename and one or two surnames that are no dictionary words are a person's whole name, which a
 * dictionary word before them only labels.
 */
function isForenameAndSurnames(key: string): boolean {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 3 || !isGivenName(words[0]!, true)) return false;
  // "Twins Peter Halvorsen and Johan Halvorsen shared the prize": a forename the lists hold as a
  // name first, though a word too ("peter"), opens the name (it was "Twins Peter Halvorsen", and
  // "Peter said" found no one).
  return (isGivenName(words[0]!) || isNameWord(words[0]!)) && words.slice(1).every(isNameWord);
}

/** A word of letters that is no dictionary word and no body's head word: not "98" ("Assembly Bill 98" was read as a forename and a surname, "Bill 98"). */
function isNameWord(w: string): boolean {
  return !isCommonWord(w) && !HEAD_WORDS.has(w) && !/^\d/.test(w);
}

/** Every capitalised word of [first, end) is a common English word ("Anchor" in "Northern Anchor 2025"). */
function allCommonWords(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.isCapitalized(i) && !view.hasClass(i, WordClass.Common)) return false;
  return true;
}
