import { TokenKind } from '../../text/tokenize.js';
import { gazetteer } from '../gazetteer.js';
import { HEAD_WORDS, HEADLINE_VERBS, isBodyWord, isCommonWord, isGivenName, isListedSurname, NAME_CONNECTORS, STOPWORDS, WordClass } from '../lexicon.js';
import { isHonorificAt } from '../nameRuns/runWords.js';
import { changedPart } from '../refineRun/nameParts.js';
import { CLOSE_QUOTES, OPEN_QUOTES, TokenView } from '../tokenView.js';
import { copyDraft } from '../mentionDraft.js';
import { type DraftWithTokens, changedFound, allDictionaryWords } from './articleDrafts.js';
import { makeDraft } from './makeDraft.js';

/**
 * "Russia Says It Will Respond If Putin Does Not Agree To Talks": a sentence that capitalises its
 * common words says nothing through its capitals, wherever it stands. Its names count as
 * sentence-initial ones when they begin with a dictionary word (the corpus's prose must vouch for
 * them), and a run that is a name the article uses in prose followed by capitalised common words
 * is cut back to that name ("Putin Does" is "Putin"). "Daniel Smith" and "Boston Red Sox" stay whole.
 */
export function splitTitleCaseNames(found: DraftWithTokens[]): DraftWithTokens[] {
  if (!found.some((f) => f.titleCase)) return found;
  // Names the article writes in prose, and the words a short form of them may repeat ("Putin"); not a
  // function word opening one ("All" of "All India Radio" cut "He visited All Saints Church on Sunday" to "All").
  const inProse = new Set(found.filter((f) => !f.titleCase).flatMap((f) => [f.draft.key, ...f.draft.shortFormKeys.filter((k) => !STOPWORDS.has(k))]));
  const known = gazetteer().byKey;
  const isName = (view: TokenView, first: number, end: number) => {
    const key = view.keyOf(first, end);
    return inProse.has(key) || known.has(key);
  };
  const drafts: DraftWithTokens[] = [];
  for (const f of found) {
    if (!f.titleCase) drafts.push(f);
    else if (isName(f.view, f.first, f.end)) drafts.push(redraft(f, f.first, f.end));
    else if (hasVerbInLowerCase(f)) drafts.push(redraft(f, f.first, f.end));
    else for (const [first, end] of piecesBetweenVerbs(f.view, f.first, f.end)) pushTitleCasePiece(f, first, end, isName, drafts);
  }
  return drafts;
}

/**
 * "The Chiefs beat the Buffalo Bills 27-24 on Sunday.": three capitalised words make the sentence
 * read as title case, but a word in lower case other than function words ("beat") is no headline's,
 * which capitalises its verbs: its names are whole, no capitalised word a verb nor a word only
 * capitalised like the rest ("Bills" and "Packers" cut the teams to "Buffalo" and "Green Bay").
 */
function hasVerbInLowerCase(f: DraftWithTokens): boolean {
  return lowerCaseWords(f.view, afterLeadingLabel(f.view, f.sentenceFirst, f.sentenceEnd), f.sentenceEnd, 1) > 0;
}

/**
 * One piece of a title-case name, [first, end): kept, cut back to the name it opens with, or
 * dropped when it is dictionary words alone in a headline.
 */
function pushTitleCasePiece(f: DraftWithTokens, first: number, end: number, isName: (view: TokenView, first: number, end: number) => boolean, drafts: DraftWithTokens[]): void {
  const { view } = f;
  if (isName(view, first, end)) {
    drafts.push(redraft(f, first, end));
    return;
  }
  const verb = verbAfterNamedPrefix(view, first, end, isName);
  if (verb > 0) {
    drafts.push(redraft(f, first, verb));
    if (verb + 1 < end) pushTitleCasePiece(f, verb + 1, end, isName, drafts);
    return;
  }
  // "Mideast Leaders Agree to Launch Talks": in a headline (no word in lower case but function
  // words), a name of dictionary words alone ("Launch Talks") is only capitalised like the rest; a
  // body's stays ("International Auxiliary Language Association"). A sentence with one word in
  // lower case is title case too, but its names are not dropped: "The Affordable Care Act (ACA) passed".
  const headline = lowerCaseWords(view, f.sentenceFirst, f.sentenceEnd, 1) === 0;
  if (headline && allDictionaryWords(view, first, end) && !hasBodyWord(view, first, end)) return;
  const inner = headline && !hasBodyWord(view, first, end) ? nameAmongHeadlineWords(view, first, end) : null;
  if (inner) {
    drafts.push(redraft(f, inner[0], inner[1]));
    return;
  }
  let e = end;
  while (e - 1 > first && isCapitalisedCommonWord(view, e - 1)) e--;
  // "Semeru Volcano Erupts, Thousands Flee": a verb after a head word goes on with the headline
  // (not "America's Finest News Source": "Source" is no verb's form).
  const cut = e < end && (isName(view, first, e) || (view.hasClass(e - 1, WordClass.Head) && isThirdPersonVerb(view.lower(e))) || (headline && isVerbAfterUnvouchedName(view, first, e, end, isName)));
  drafts.push(redraft(f, first, cut ? e : end));
}

/**
 * "Velmora Shares Jump After Strong Quarter", "Okafor Named Coach as Magic Rebuild", a file that
 * holds its headline alone: a name no list or prose vouches for, then a verb's form ("Shares",
 * "Named") that opens the dictionary words closing the piece, ends the name there ("Velmora Shares
 * Jump" and "Okafor Named Coach" were names of their own). Not where the longer run is a name the
 * lists know ("Newcastle United"), nor after a given name ("Sean Mills").
 */
function isVerbAfterUnvouchedName(view: TokenView, first: number, e: number, end: number, isName: (view: TokenView, first: number, end: number) => boolean): boolean {
  const lower = view.lower(e);
  if (allDictionaryWords(view, first, e) || !(isThirdPersonVerb(lower) || (lower.length > 4 && lower.endsWith('ed') && isCommonWord(lower)))) return false;
  // "Sean Mills", "Grace Fields": a given name and a surname that reads as a verb.
  if (isGivenName(view.lower(e - 1)) && isListedSurname(lower)) return false;
  for (let j = e + 1; j <= end; j++) if (isName(view, first, j)) return false;
  return true;
}

/**
 * "Zelensky Says Peace Plan Needs Europe", "What To Know About The Black Sea Grain Deal": in a
 * headline, a name the lists know, among words that are only capitalised like the rest, is the
 * piece's one name ("Peace Plan Needs Europe" was other, and the
 * sea was lost in "Black Sea Grain Deal"). The longest such name as [first, end), else null.
 */
function nameAmongHeadlineWords(view: TokenView, first: number, end: number): [number, number] | null {
  // Capitalised words only: "the BAFTA Award for Best Foreign Actress" in a list of awards is whole.
  for (let i = first; i < end; i++) if (view.isLowerWord(i)) return null;
  const known = gazetteer().byKey;
  for (let length = end - first - 1; length >= 1; length--) {
    for (let a = first; a + length <= end; a++) {
      if (!known.has(view.keyOf(a, a + length))) continue;
      return allDictionaryWords(view, first, a) && allDictionaryWords(view, a + length, end) ? [a, a + length] : null;
    }
  }
  return null;
}

/**
 * '"Chile's Boric Reshuffles Cabinet As Approval Falls"' in a Wikinews source line after prose on
 * "Gabriel Boric": a verb's form after the longest name the article uses in prose ends that name
 * ("Boric Reshuffles Cabinet" was one body). The verb's token, else 0. "Tom Hanks Stars" keeps
 * "Tom Hanks" whole, though "Hanks" is a verb's form after "Tom".
 */
function verbAfterNamedPrefix(view: TokenView, first: number, end: number, isName: (view: TokenView, first: number, end: number) => boolean): number {
  for (let k = end - 1; k > first; k--) {
    if (view.isCapitalized(k) && !view.isAllCaps(k) && isVerbNotHead(view, k) && isName(view, first, k)) return k;
  }
  return 0;
}

/** A verb's form at token k, not a body's plural head before its "for" ("The Africa Centres for Disease Control"). */
function isVerbNotHead(view: TokenView, k: number): boolean {
  const lower = view.lower(k);
  return isThirdPersonVerb(lower) && !HEAD_WORDS.has(lower) && !(k + 1 < view.count && view.isLowerWord(k + 1) && view.hasClass(k + 1, WordClass.NameConnector));
}

/**
 * "Trump Says Putin Wants Peace", "How The War Changed Ukraine": a title-case run holds the
 * headline's verbs too, and they part its names ("Trump", "Putin", "Peace"; "War", "Ukraine").
 * The pieces as token ranges; the whole run when it holds no verb ("Boston Red Sox").
 */
function piecesBetweenVerbs(view: TokenView, first: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = first;
  for (let i = first; i < end; i++) {
    if (!view.isWord(i) || !view.isCapitalized(i) || view.isAllCaps(i) || !HEADLINE_VERBS.has(view.lower(i))) continue;
    if (i > start) pieces.push([start, i]);
    start = i + 1;
  }
  if (end > start) pieces.push([start, end]);
  return pieces;
}

/**
 * Words in lower case other than function words in tokens [first, end), counted up to `atMost`:
 * "The Affordable Care Act (ACA) passed in 2010" has one, a headline none.
 */
function lowerCaseWords(view: TokenView, first: number, end: number, atMost: number): number {
  let lower = 0;
  for (let i = first; i < end && lower < atMost; i++) {
    if (view.isLowerWord(i) && !view.hasClass(i, WordClass.Stop) && !view.hasClass(i, WordClass.NameConnector)) lower++;
  }
  return lower;
}

function hasBodyWord(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (isBodyWord(view.lower(i))) return true;
  return false;
}

/** "erupts", "flees", "pushes": a dictionary word with the "-s" of a verb after a singular subject. Not "sox" or "class". */
function isThirdPersonVerb(lower: string): boolean {
  if (!lower.endsWith('s') || lower.endsWith('ss') || lower.length < 4) return false;
  const stem = lower.slice(0, -1);
  return isCommonWord(stem) || (lower.endsWith('es') && isCommonWord(lower.slice(0, -2)));
}

function isCapitalisedCommonWord(view: TokenView, i: number): boolean {
  return view.isCapitalized(i) && !view.isAllCaps(i) && view.hasClass(i, WordClass.Common) && !view.hasClass(i, WordClass.Head);
}

/**
 * The draft of tokens [first, end) of a title-case sentence's name. One that begins with a
 * dictionary word counts as sentence-initial; "Dallas" or "Eizenga" is a name in any case.
 */
function redraft(f: DraftWithTokens, first: number, end: number): DraftWithTokens {
  const initial = f.part.sentenceInitial || (!f.view.isAllCaps(first) && f.view.hasClass(first, WordClass.Common));
  const part = changedPart(f.part, { first, end, sentenceInitial: initial, initialCommonWord: f.part.initialCommonWord && first === f.first });
  const redrafted = first === f.first && end === f.end ? changedFound(f, { part, draft: copyDraft(f.draft) }) : makeDraft(f.view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd);
  redrafted.draft.initial = initial;
  redrafted.titleCase = false;
  return redrafted;
}

/**
 * At least two words, and not one letter in lower case among them: a heading or a kicker written
 * in capitals ("UP NEXT", "KEY STATS" under a game story). One word is an acronym.
 */
export function isShouted(view: TokenView, first: number, end: number): boolean {
  let words = 0;
  for (let i = first; i < end; i++) {
    if (view.kind(i) !== TokenKind.Word) continue;
    // An initial is one capital either way: "ELIZABETH B. PRELOGAR" is shouted like "MARIA OLSEN".
    if (view.length(i) === 1 && view.isCapitalized(i)) continue;
    if (!view.isAllCaps(i)) return false;
    words++;
  }
  return words >= 2;
}

/**
 * "A MAN has been jailed", "THE JURY has retired", "POLICE are appealing": a paper's style of opening
 * a story in capitals, its dictionary words then in lower case, says nothing of them; in that lead a
 * name of dictionary words only is one where the article or the lists know it, as in a shouted
 * sentence ("JURY" was a person, "FAMILY" and "POLICE" organizations); after "A" or "AN" such a word
 * names nothing ("MAN" was the lists' Isle of Man). "CNN reported" and "US troops" keep theirs.
 */
export function markShoutedLead(view: TokenView, inSentence: DraftWithTokens[], first: number, end: number): void {
  let leadEnd = first;
  while (leadEnd < end && view.kind(leadEnd) === TokenKind.Word && (view.isAllCaps(leadEnd) || (view.length(leadEnd) === 1 && view.isCapitalized(leadEnd)))) leadEnd++;
  // The lead is the subject whole: a verb or a function word goes on ("A MAN has", "A TEENAGER charged"), not
  // its noun ("PAS president", "US investigators" keep their letters).
  if (leadEnd === first || leadEnd >= end || !view.isLowerWord(leadEnd) || !continuesShoutedLead(view.lower(leadEnd))) return;
  // One word alone is a lead only if long: "POLICE are", not "ICE has" nor "ICE and the CDC".
  if (leadEnd === first + 1 && view.length(first) < 5) return;
  for (let i = inSentence.length - 1; i >= 0; i--) {
    const d = inSentence[i]!;
    if (d.end > leadEnd || !everyWordCommon(view, d.first, d.end)) continue;
    if (d.first > first && INDEFINITE_ARTICLES.has(view.lower(d.first - 1))) inSentence.splice(i, 1);
    else d.shouted = true;
  }
}

const INDEFINITE_ARTICLES = new Set(['a', 'an']);
/** A subject going on past its first words: "ICE and the CDC agreed". */
const LEAD_CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor']);
const LEAD_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should']);

/** A word that goes on after a whole subject: an auxiliary, a function word or a participle ("has", "of", "charged"). */
function continuesShoutedLead(word: string): boolean {
  return LEAD_AUXILIARIES.has(word) || (STOPWORDS.has(word) && !LEAD_CONJUNCTIONS.has(word)) || word.endsWith('ed');
}

/** Every token a dictionary word of three letters or more: "FAMILY", "THE JURY"; not "US", "CNN". */
function everyWordCommon(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (view.kind(k) !== TokenKind.Word || view.length(k) < 3 || !view.hasClass(k, WordClass.Common)) return false;
  return true;
}

/**
 * "ORAL ARGUMENT OF MARIA OLSEN ON BEHALF OF THE PETITIONERS", "WATCH: NATO CHIEFS MEET IN
 * BRUSSELS": in a sentence all in capitals, a word's capitals say nothing of it, so only the names
 * the article writes elsewhere ("Maria Olsen") or the gazetteer knows ("NATO", "Brussels") are
 * names there, wherever they stand in the run; "PETITIONERS" and "LIMITATIONS" are not. So too in
 * a quotation in title case: 'a note called "Risks Skewed To The Downside"' names nothing, 'the
 * headline "Why I Left Goldman Sachs"' names the bank ("Downside", "Left Goldman Sachs" were names).
 */
export function dropShoutedNames(found: DraftWithTokens[]): DraftWithTokens[] {
  const capitalsSayNothing = (f: DraftWithTokens) => f.shouted === true || f.inQuotedTitle === true;
  if (!found.some(capitalsSayNothing)) return found;
  // Not a word that only opens a sentence elsewhere: "Future studies need…" vouches for no "FUTURE".
  const elsewhere = new Set(found.filter((f) => !capitalsSayNothing(f) && !f.draft.initial).flatMap((f) => [f.draft.key, ...f.draft.shortFormKeys]));
  const known = gazetteer().byKey;
  const isName = (key: string) => elsewhere.has(key) || known.has(key);
  return found.flatMap((f) => (f.shouted ? namesInShoutedRun(f, isName) : f.inQuotedTitle ? namesInQuotedTitle(f, isName) : [f]));
}

/**
 * The names of a run inside a quotation in title case: whole if `isName` accepts it; else each
 * piece between headline verbs, whole where no dictionary word opens or closes it ("Norton I"),
 * else the names `isName` accepts in it ("Why I Left Goldman Sachs"), else the piece without
 * the dictionary words around it ("Debbie Died" is "Debbie", "Startup Will Fail" nothing).
 */
function namesInQuotedTitle(f: DraftWithTokens, isName: (key: string) => boolean): DraftWithTokens[] {
  const { view } = f;
  if (isName(f.draft.key)) return [changedFound(f, { inQuotedTitle: false })];
  const names: DraftWithTokens[] = [];
  for (const [first, end] of piecesBetweenVerbs(view, f.first, f.end)) {
    let a = first;
    let b = end;
    while (a < b && isCapitalisedCommonWord(view, a)) a++;
    while (b > a && isCapitalisedCommonWord(view, b - 1)) b--;
    // "Is Europe Ready For War?": a head word alone is capitalised like the rest; a body's name is not ("Save The Children").
    const dictionaryOnly = allDictionaryWords(view, first, end) && !hasBodyWord(view, first, end);
    if (a === f.first && b === f.end && !dictionaryOnly) return [changedFound(f, { inQuotedTitle: false })];
    const named = a === first && b === end && !dictionaryOnly ? [] : namesInShoutedRun(changedFound(f, { first, end }), isName);
    if (named.length > 0) names.push(...named);
    else if (a < b && !dictionaryOnly) names.push(changedFound(redraft(f, a, b), { inQuotedTitle: false }));
  }
  return names;
}

/**
 * Marks the names inside a quotation in title case, where no word is in lower case but function
 * words ('a report called "Why Markets Fell Today"', 'the headline "Obama Meets Putin In Geneva"'),
 * but a work's title taken whole ('the song "When Tomorrow Comes Home"').
 */
export function markQuotedTitleCase(view: TokenView, inSentence: DraftWithTokens[], first: number, end: number): void {
  for (let q = first; q < end - 1; q++) {
    if (!view.isChar(q, OPEN_QUOTES) || !view.adjacent(q) || (q > first && view.adjacent(q - 1))) continue;
    const close = closingQuoteOf(view, q, end);
    if (close < 0) continue;
    if (isQuotedTitleCase(view, q + 1, close)) {
      for (const d of inSentence) if (d.first > q && d.end <= close && !d.draft.quoted) d.inQuotedTitle = true;
    }
    q = close;
  }
}

/** Three words or more, none in lower case but function words, two at least capitalised dictionary words: "Why I Left Goldman Sachs". */
function isQuotedTitleCase(view: TokenView, first: number, end: number): boolean {
  if (lowerCaseWords(view, first, end, 1) > 0) return false;
  let words = 0;
  let capitalisedCommon = 0;
  for (let k = first; k < end; k++) {
    if (view.kind(k) !== TokenKind.Word) continue;
    words++;
    if (view.isCapitalized(k) && !view.isAllCaps(k) && view.hasClass(k, WordClass.Common)) capitalisedCommon++;
  }
  return words >= 3 && capitalisedCommon >= 2;
}

/** The token closing the quotation opened at token q, within the sentence: a closing quote right after a word or a mark. */
function closingQuoteOf(view: TokenView, q: number, end: number): number {
  for (let k = q + 2; k < end && k - q <= MAX_QUOTED_TITLE_TOKENS; k++) if (view.isChar(k, CLOSE_QUOTES) && view.adjacent(k - 1)) return k;
  return -1;
}

/** Tokens of the longest quotation read as a title: "Women In Science: Barriers And Bridges" is eight. */
const MAX_QUOTED_TITLE_TOKENS = 16;

/** The longest names `isName` accepts in a shouted run's tokens, left to right. */
function namesInShoutedRun(f: DraftWithTokens, isName: (key: string) => boolean): DraftWithTokens[] {
  const { view } = f;
  const names: DraftWithTokens[] = [];
  for (let i = f.first; i < f.end; i++) {
    if (view.kind(i) !== TokenKind.Word) continue;
    for (let e = Math.min(f.end, i + MAX_SHOUTED_NAME_TOKENS); e > i; e--) {
      if (view.kind(e - 1) !== TokenKind.Word || !isName(view.keyOf(i, e))) continue;
      names.push(changedFound(redraft(f, i, e), { shouted: false, inQuotedTitle: false }));
      i = e - 1;
      break;
    }
  }
  return names;
}

/** Tokens of the longest name looked for in a shouted run: "MARIA B. OLSEN" is five with its period. */
const MAX_SHOUTED_NAME_TOKENS = 8;

/**
 * Title case: three or more of the sentence's dictionary words (function words aside) are
 * capitalised, and at most one is not. A sentence that lists names ("Atlantic Lottery
 * Corporation, Inc. et al. against Douglas Babstock") writes its other words in lower case.
 */
export function isTitleCase(view: TokenView, sentenceFirst: number, end: number): boolean {
  const first = afterLeadingLabel(view, sentenceFirst, end);
  // Most sentences have two lower-case words soon: that settles it without a dictionary lookup.
  if (lowerCaseWords(view, first + 1, end, 2) >= 2 || isNameThenPredicate(view, first, end)) return false;
  let capitalised = 0;
  for (let i = first + 1; i < end && capitalised < 3; i++) {
    if (view.isCapitalized(i) && !view.isAllCaps(i) && view.kind(i) === TokenKind.Word && view.hasClass(i, WordClass.Common) && !isHonorificAt(view, i) && !followsHonorific(view, i)) capitalised++;
  }
  return capitalised >= 3;
}

/**
 * "Read more: Bank Of England Holds Rates As Inflation Eases", "Also read: …", "Watch: …": a label of
 * one to three words, the first capitalised, and a colon opening the sentence link to another story,
 * whose headline after it is read for its case alone (the label's "more" made it prose, and "Bank Of
 * England Holds Rates" a body). The colon's token, or `first` when no label opens the sentence.
 */
function afterLeadingLabel(view: TokenView, first: number, end: number): number {
  if (!view.isCapitalized(first)) return first;
  for (let i = first + 1; i < Math.min(end - 3, first + 4); i++) {
    if (view.isChar(i, ':')) return i;
    if (view.kind(i) !== TokenKind.Word || !view.isLowerWord(i)) return first;
  }
  return first;
}

/**
 * "The United Nations Security Council met.", "He played for the Green Bay Packers in 2010.": after
 * the sentence's first word, capitalised words that make one run (joined by a name's connectors at
 * most), with words in lower case besides, are a name in a sentence, no headline (the sentence read
 * as one, and "United Nations Security Council" was cut to a "United" the story's Manchester United
 * stands for; "Packers" was lost). "Biden Signs Climate Bill into Law" has two runs of capitals.
 */
function isNameThenPredicate(view: TokenView, first: number, end: number): boolean {
  let lower = false;
  let runs = 0;
  let inRun = false;
  for (let i = first + 1; i < end; i++) {
    if (view.kind(i) !== TokenKind.Word) continue;
    if (!view.isLowerWord(i)) {
      if (!inRun) runs++;
      inRun = true;
    } else if (inRun && NAME_CONNECTORS.has(view.lower(i)) && i + 1 < end && view.isCapitalized(i + 1)) continue;
    else {
      lower = true;
      inRun = false;
    }
  }
  return lower && runs === 1;
}

/**
 * "Mr. Jones and Mrs. Smith and Ms. Brown came.": a word after an honorific is capitalised as a
 * name, whatever the line's case, so it is no sign of a headline (the sentence read as one, and
 * "Smith" and "Brown", dictionary words, were dropped as its capitals).
 */
function followsHonorific(view: TokenView, i: number): boolean {
  const before = view.wordBefore(i);
  return before >= 0 && isHonorificAt(view, before);
}
