import { nameKey, TokenKind } from '../../text/tokenize.js';
import { WEIGHT, addEvidence } from '../evidence.js';
import { gazetteer } from '../gazetteer.js';
import { FOREIGN_ORGANIZATION_HEADS, HEAD_WORDS, isBodyWord, isCommonWord, isGivenName, JUDICIAL_POST_NOMINALS, LEGAL_SUFFIXES, isTitleWord, SPEECH_VERBS, STOCK_EXCHANGES, WordClass } from '../lexicon.js';
import { changedPart, noDictionaryWords, type NamePart } from '../refineRun/nameParts.js';
import { CLOSE_QUOTES, TokenView } from '../tokenView.js';
import { copyDraft, RegionKind, type AliasDefinition } from '../mentionDraft.js';
import { type DraftWithTokens, changedFound, spaceSeparatedKeys } from './articleDrafts.js';
import { makeDraft } from './makeDraft.js';

/**
 * "Coast Guard Administration (CGA)", "Taiwan Semiconductor Manufacturing Co (TSMC, 台積電)",
 * "Hong Tai 58 (宏泰58號)": the parenthesis gives other names of the name before it. An acronym of
 * lower-case words ("maintenance, repair, and overhaul (MRO)") is a term, not a name.
 */
export function findParentheticals(
  view: TokenView,
  firstToken: number,
  endToken: number,
  drafts: DraftWithTokens[],
  aliases: AliasDefinition[],
  terms: string[],
  added: DraftWithTokens[],
  region: RegionKind,
): void {
  for (let i = firstToken; i < endToken; i++) {
    if (!view.isChar(i, '(')) continue;
    const close = findClose(view, i, endToken);
    if (close < 0 || namesSittingJudges(view, close)) continue;
    let before = i - 1;
    while (before >= firstToken && view.isChar(before, CLOSE_QUOTES)) before--;
    const items = commaItems(view, i + 1, close);
    const owner = joinedAcrossPreposition(view, drafts, before, items) ?? draftEndingAt(drafts, before);
    if (items.length === 1 && isTickerItem(view, items[0]!)) {
      defineTicker(view, owner ?? ownerOfShares(view, drafts, before), items[0]!, drafts, aliases);
      continue;
    }
    if (items.length === 1 && isExchangeTickerItem(view, items[0]!)) {
      const company = owner ?? ownerOfShares(view, drafts, before);
      if (company) aliases.push({ alias: view.key(items[0]!.first + 2), of: company.draft.key, kind: 'acronym' });
      continue;
    }
    // "Gary Nagle, Chief Executive Officer (CEO) of Glencore": an office's letters define no name;
    // they are a term, as the letters of lower-case words are.
    const office = owner ? officeOfName(view, owner, items) : -1;
    if (owner && office >= 0) {
      for (const item of items) for (const letters of officeLetters(view, item)) terms.push(view.key(letters));
      giveOfficeToItsHolder(view, office > owner.first ? withoutOffice(view, owner, office, drafts) : owner, close, drafts);
      continue;
    }
    for (const item of items) {
      if (owner) defineAlias(view, owner, item, aliases, added, region);
      else if (isAcronymItem(view, item) && lowerCaseInitialsMatch(view, i, view.raw(item.first))) terms.push(view.key(item.first));
    }
  }
}

/**
 * "Chief Operating Officer (COO) Lina Park said", "Ravi Menon, Chief Financial Officer (CFO), said":
 * an office and its letters in brackets right before a name are that person's title, as "Chief
 * Operating Officer Lina Park" is (Lina Park was a place by her "Park"), and right after a name and
 * its comma they are that person's appositive, as without the letters. Either way the office is no
 * name of its own (it was an organization "Chief Financial Officer"). `close` is the bracket's end.
 */
function giveOfficeToItsHolder(view: TokenView, office: DraftWithTokens, close: number, drafts: DraftWithTokens[]): void {
  const holder = drafts.find((d) => d.first === close + 1 && d.part.title === null) ?? holderBetweenCommas(view, close, drafts);
  const afterName = view.isChar(office.first - 1, ',') && drafts.some((d) => d.end === office.first - 1);
  const appositive = afterName && (view.isChar(close + 1, ',.') || (view.isLowerWord(close + 1) && SPEECH_VERBS.has(view.lower(close + 1))));
  if (!holder && !appositive) return;
  if (holder) {
    addEvidence(holder.draft.evidence, 'person', WEIGHT.title);
    holder.draft.descriptions.push(view.slice(office.first, office.end));
  }
  const at = drafts.indexOf(office);
  if (at >= 0) drafts.splice(at, 1);
}

/**
 * "Group Managing Director (GMD), Tamuno Briggs, will step down": a name set off by commas right
 * after an office's bracket, the sentence going on in lower case, is its holder, as one without the
 * commas is. Not the office's field: "Executive Director (ED), Finance, Amaka Eze, said".
 */
function holderBetweenCommas(view: TokenView, close: number, drafts: readonly DraftWithTokens[]): DraftWithTokens | undefined {
  if (!view.isChar(close + 1, ',')) return undefined;
  return drafts.find((d) => d.first === close + 2 && d.part.title === null && view.isChar(d.end, ',') && view.isLowerWord(d.end + 1));
}

/**
 * Where the office opens in the name before a bracket of its letters: the whole name where it is an
 * office's phrase ("Chief Executive Officer (CEO)"), or the office after a body's name where the
 * letters spell it ("Harbourline Managing Director (MD) Dana Reyes said", "Meridian Bank Chief
 * Executive Officer (CEO) Tunde Bakare"); -1 where the name holds no office.
 */
function officeOfName(view: TokenView, owner: DraftWithTokens, items: readonly { first: number; end: number }[]): number {
  if (isOfficePhrase(view, owner.first, owner.end)) return owner.first;
  if (items.length !== 1 || !isAcronymItem(view, items[0]!)) return -1;
  const letters = view.raw(items[0]!.first);
  for (let k = owner.first; k + 1 < owner.end; k++) if (isSpelledOffice(view, k, owner.end, letters)) return k;
  return -1;
}

/**
 * An office whose letters in brackets spell it, a group's or a company's word opening it or not:
 * "Chief Executive Officer (CEO)", and "Group Chief Executive Officer (GCEO)" or "Group Managing
 * Director (GMD)" (the whole was an organization "Group Managing Director" with its alias "GMD").
 * A head word alone before the office is its rank only where the letters take it in.
 */
function isSpelledOffice(view: TokenView, first: number, end: number, letters: string): boolean {
  if (everyWordsInitial(view, first, end) !== letters) return false;
  return isOfficePhrase(view, first, end) || (HEAD_WORDS.has(view.lower(first)) && view.isCapitalized(first) && isOfficePhrase(view, first + 1, end));
}

/**
 * The body's name before an office that closed the same run ("Harbourline" of "Harbourline Managing
 * Director (MD)": the whole was an other of its own, and "MD" an organization), put in the owner's
 * place among the drafts; the office, as a found name of its own tokens, is returned.
 */
function withoutOffice(view: TokenView, owner: DraftWithTokens, office: number, drafts: DraftWithTokens[]): DraftWithTokens {
  // "Harbourline Managing Director (MD) said" opening a sentence: a word no dictionary holds before an office is a name, as before a title.
  const sentenceInitial = owner.part.sentenceInitial && !noDictionaryWords(view, owner.part.first, office);
  const part: NamePart = { first: owner.part.first, end: office, title: owner.part.title, titleFirst: owner.part.titleFirst, sentenceInitial, initialCommonWord: owner.part.initialCommonWord, hyphenSuffix: null };
  const body = changedFound(makeDraft(view, part, owner.draft.region, owner.draft.sentence, owner.sentenceFirst, owner.sentenceEnd), { titleCase: owner.titleCase, shouted: owner.shouted, inQuotedTitle: owner.inQuotedTitle });
  // The office's body, as "Harbourline Managing Director Dana Reyes" makes it without the letters.
  addEvidence(body.draft.evidence, 'organization', WEIGHT.contextNoun);
  drafts.splice(drafts.indexOf(owner), 1, body);
  return changedFound(owner, { first: office });
}

/**
 * "Chief Executive Officer", "Managing Director", "Director General": capitalised words that close
 * with an office's noun, with no body's head word opening them and no word in lower case between,
 * are an office's title, whose letters in parentheses ("(CEO)") make it no name. "Department of
 * Justice (DOJ)" and "National Security Council (NSC)" are bodies. A head word inside is the
 * office's field: "Chief Financial Officer (CFO)" (it was an organization).
 */
function isOfficePhrase(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2 || !OFFICE_NOUNS.has(view.lower(end - 1)) || HEAD_WORDS.has(view.lower(first))) return false;
  for (let k = first; k < end; k++) {
    if (view.kind(k) === TokenKind.Hyphen) continue;
    const lower = view.lower(k);
    if (!view.isCapitalized(k) || !(isTitleWord(lower) || isCommonWord(lower))) return false;
  }
  return true;
}

const OFFICE_NOUNS = new Set(['officer', 'director', 'secretary', 'manager', 'president', 'chairman', 'chairwoman', 'chairperson', 'treasurer', 'minister', 'counsel', 'general']);

/**
 * The draft whose last token is `last`. Not a closure in findParentheticals' loop: one there that
 * read the loop's `before` made every token of the region allocate a context for it (a tenth of a
 * MB per MB of text), parenthesis or not.
 */
function draftEndingAt(drafts: readonly DraftWithTokens[], last: number): DraftWithTokens | undefined {
  return drafts.find((d) => d.end - 1 === last);
}

/**
 * "The Court of Appeal (Underhill, Singh and Whipple LJJ) allowed the appeal", "the High Court
 * (Chamberlain J)": a parenthesis closed by a judge's post-nominal letters names the judges who
 * sat, no other name of the court ("Underhill" was the court's, and the court a person).
 */
function namesSittingJudges(view: TokenView, close: number): boolean {
  return view.kind(close - 1) === TokenKind.Word && JUDICIAL_POST_NOMINALS.has(view.raw(close - 1));
}


/**
 * "Catalent shares (NYSE: CTLT) were delisted", "TSMC stock (2330.TW)": the company's shares or stock
 * between its name and its ticker (the ticker was a body of its own). The name's draft, else undefined.
 */
function ownerOfShares(view: TokenView, drafts: readonly DraftWithTokens[], before: number): DraftWithTokens | undefined {
  const word = view.lower(before);
  if ((word !== 'shares' && word !== 'stock') || !view.isLowerWord(before)) return undefined;
  return drafts.find((d) => d.end === before);
}

/**
 * "The United Nations Interim Force in Lebanon (UNIFIL)", "the UN Mission in South Sudan (UNMISS)":
 * a body's name goes on over "in", "on" or "to" and a place when the acronym after it spells both
 * halves, with the preposition's letter or without it; the two drafts become one. So over "in the"
 * and a place when the acronym abbreviates the name's opening words (abbreviatesOpening), whether
 * or not the place's words made a name of their own ("in the Near East"). Null where the name
 * before the parenthesis spells it alone, or no such halves are there ("fans in Boston (MA)").
 */
function joinedAcrossPreposition(view: TokenView, drafts: DraftWithTokens[], before: number, items: readonly { first: number; end: number }[]): DraftWithTokens | null {
  if (items.length !== 1 || !isAcronymItem(view, items[0]!)) return null;
  const ownerIndex = drafts.findIndex((d) => d.end - 1 === before);
  const placeFirst = ownerIndex >= 0 ? drafts[ownerIndex]!.first : capitalisedWordsEndingAt(view, before);
  const article = view.lower(placeFirst - 1) === 'the' ? 1 : 0;
  const preposition = placeFirst - 1 - article;
  const headIndex = ownerIndex >= 0 ? ownerIndex - 1 : drafts.findIndex((d) => d.end === preposition);
  const head = drafts[headIndex];
  if (!head || head.end !== preposition || head.sentenceEnd <= before || !JOINING_PREPOSITIONS.has(view.lower(preposition)) || !view.isLowerWord(preposition)) return null;
  if (spaceSeparatedKeys(view, head.first, head.end).length === 0) return null;
  const acronym = view.raw(items[0]!.first).toUpperCase();
  const [headLetters, placeLetters] = [lettersOfName(view, head.first, head.end), lettersOfName(view, placeFirst, before + 1)];
  if (placeLetters === acronym || (headLetters === acronym && !article)) return null;
  if (!spellsAcrossPreposition(headLetters, view.raw(preposition)[0]!.toUpperCase(), placeLetters, acronym) && !(article && abbreviatesOpening(view, head, headLetters, acronym))) return null;
  const joined = makeDraft(view, changedPart(head.part, { end: before + 1, hyphenSuffix: null }), head.draft.region, head.draft.sentence, head.sentenceFirst, head.sentenceEnd);
  // What gets an acronym spelling a name over a place is a body, whose head word stands before the place.
  addEvidence(joined.draft.nameEvidence, 'organization', WEIGHT.headWord);
  drafts.splice(headIndex, ownerIndex >= 0 ? 2 : 1, joined);
  return joined;
}

/** The first of one to three capitalised words ending at token `last` ("Near East"), else `last` + 1. */
function capitalisedWordsEndingAt(view: TokenView, last: number): number {
  let first = last + 1;
  while (first > 0 && last - first < 2 && view.kind(first - 1) === TokenKind.Word && view.isCapitalized(first - 1) && view.spaceBefore(first)) first--;
  return first;
}

/** "UNIFIL" of "United Nations Interim Force" and "Lebanon": the two halves' letters, with the preposition's or without. */
function spellsAcrossPreposition(headLetters: string, prepositionLetter: string, placeLetters: string, acronym: string): boolean {
  return headLetters + placeLetters === acronym || headLetters + prepositionLetter + placeLetters === acronym;
}

/**
 * "United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)": an
 * acronym that spells the opening words of the name before "in the" and a place, and leaves later
 * capitalised words out, abbreviates an official name long enough to go on over the place. Not
 * "the World Health Organization in the capital (WHO)": the name alone spells it all.
 */
function abbreviatesOpening(view: TokenView, head: DraftWithTokens, headLetters: string, acronym: string): boolean {
  return acronym.length >= 3 && headLetters.length > acronym.length && headLetters.startsWith(acronym.slice(0, 2)) && initialsMatch(view, head, acronym);
}

/** The letters an acronym takes from a name: each capitalised word's first, an acronym's all ("UN Mission" gives "UNM"). */
function lettersOfName(view: TokenView, first: number, end: number): string {
  let letters = '';
  for (let k = first; k < end; k++) {
    if (!view.isCapitalized(k)) continue;
    letters += view.isAllCaps(k) && view.length(k) <= 4 ? view.raw(k) : view.raw(k)[0]!;
  }
  return letters.toUpperCase();
}

const JOINING_PREPOSITIONS = new Set(['in', 'on', 'to']);

/**
 * "AAPL.O", "2330.TW", "0700.HK": a stock's symbol and its exchange's code, as wire stories give them
 * after a company; a share class's small letter may close the symbol: "Novo Nordisk (NOVOb.CO)",
 * "Volvo (VOLVb.ST)" (they were a name "NOVOb" and a body "CO").
 */
function isTickerItem(view: TokenView, item: { first: number; end: number }): boolean {
  const { first } = item;
  if (item.end - first !== 3 || view.kind(first + 1) !== TokenKind.Period || !view.adjacent(first) || !view.adjacent(first + 1)) return false;
  const symbol = view.kind(first) === TokenKind.Number || (view.kind(first) === TokenKind.Word && (view.isAllCaps(first) || SYMBOL_WITH_SHARE_CLASS.test(view.raw(first))));
  return symbol && view.kind(first + 2) === TokenKind.Word && /^[A-Z]{1,2}$/.test(view.raw(first + 2));
}

const SYMBOL_WITH_SHARE_CLASS = /^[A-Z]{2,6}[a-z]$/;

/**
 * "NYSE: BA", "TSX: SHOP": an exchange's code, a colon and a stock's symbol. The symbol is another
 * name of the company before the parenthesis ("Boeing Co. (NYSE: BA)" is no "Bank of America").
 */
function isExchangeTickerItem(view: TokenView, item: { first: number; end: number }): boolean {
  const { first } = item;
  if (item.end - first !== 3 || !STOCK_EXCHANGES.has(view.lower(first)) || !view.isChar(first + 1, ':')) return false;
  return view.kind(first + 2) === TokenKind.Word && view.isAllCaps(first + 2);
}

/**
 * "Apple Inc. (AAPL.O)": the symbol is another name of the company right before it, the exchange's
 * code none ("TW" of "TSMC shares (2330.TW)" is no organisation).
 */
function defineTicker(view: TokenView, owner: DraftWithTokens | undefined, item: { first: number; end: number }, drafts: DraftWithTokens[], aliases: AliasDefinition[]): void {
  for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k]!.first >= item.first + 1 && drafts[k]!.end <= item.end) drafts.splice(k, 1);
  if (owner && view.kind(item.first) === TokenKind.Word) aliases.push({ alias: view.key(item.first), of: owner.draft.key, kind: 'acronym' });
}

function findClose(view: TokenView, open: number, endToken: number): number {
  for (let k = open + 1; k < endToken && k < open + 16; k++) if (view.isChar(k, ')')) return k;
  return -1;
}

function commaItems(view: TokenView, first: number, end: number): { first: number; end: number }[] {
  const items: { first: number; end: number }[] = [];
  let start = first;
  for (let k = first; k <= end; k++) {
    if (k === end || view.isChar(k, ',，、')) {
      if (k > start) items.push({ first: start, end: k });
      start = k + 1;
    }
  }
  return items;
}

/**
 * The tokens of an office's letters in its bracket: "(CEO)", and each of two offices joined by a
 * slash, "Managing Director/Chief Executive Officer (MD/CEO)" ("MD" was an organization of its own).
 */
function officeLetters(view: TokenView, item: { first: number; end: number }): number[] {
  if (isAcronymItem(view, item)) return [item.first];
  const slashed = item.end - item.first === 3 && view.isChar(item.first + 1, '/') && view.adjacent(item.first) && view.adjacent(item.first + 1);
  return slashed && isAcronymItem(view, { first: item.first, end: item.first + 1 }) && isAcronymItem(view, { first: item.first + 2, end: item.end }) ? [item.first, item.first + 2] : [];
}

function isAcronymItem(view: TokenView, item: { first: number; end: number }): boolean {
  if (item.end - item.first !== 1 || view.kind(item.first) !== TokenKind.Word) return false;
  return view.isAllCaps(item.first) || CONNECTORS_LETTER_ACRONYM.test(view.raw(item.first));
}

/** "Bundesamt für Verfassungsschutz (BfV)", "Bank für Arbeit (BfA)": capitals with a connector's letter in lower case between them (the letters were a person). */
const CONNECTORS_LETTER_ACRONYM = /^\p{Lu}(?:\p{Ll}?\p{Lu}){1,3}$/u;

/**
 * "Africa Centres for Disease Control and Prevention (Africa CDC)", "Islamic State Khorasan
 * (ISIS-K)": an acronym with a word or a letter beside it, opening with the name's first letter.
 * Not a name the gazetteer knows.
 */
function isCompoundAcronymItem(view: TokenView, item: { first: number; end: number }, owner: DraftWithTokens): boolean {
  // "Rep. Ron Estes (R-KS)": a party's letter and a state are no other name of the person.
  if (item.end - item.first < 2 || item.end - item.first > 4 || view.raw(item.first).length < 2) return false;
  // "Justice and Development Party (AK Party)": the acronym of its own language's name, and the body's head word.
  const sameHead = namesBody(view, owner.first, owner.end) && view.lower(item.end - 1) === view.lower(owner.end - 1);
  if (view.raw(item.first)[0] !== view.raw(owner.first)[0] && !sameHead && !isBodysLettersInCapitals(view, item, owner)) return false;
  let acronym = false;
  for (let k = item.first; k < item.end; k++) {
    if (view.kind(k) === TokenKind.Hyphen) continue;
    if (!view.isCapitalized(k)) return false;
    if (view.isAllCaps(k) && view.raw(k).length >= 2) acronym = true;
  }
  return acronym && !gazetteer().byKey.has(nameKey(view.slice(item.first, item.end)));
}

/**
 * "Indonesian Democratic Party of Struggle (PDI-P)": letters in capitals joined by hyphens after a
 * body's name are its acronym in its own language, as one word in capitals is ("(PDIP)" was linked,
 * "(PDI-P)" other apart).
 */
function isBodysLettersInCapitals(view: TokenView, item: { first: number; end: number }, owner: DraftWithTokens): boolean {
  for (let k = item.first; k < item.end; k++) {
    if (k > item.first && !view.adjacent(k - 1)) return false;
    // A letter alone is no word in capitals to the tokens ("P" of "PDI-P").
    if (view.kind(k) !== TokenKind.Hyphen && !(view.kind(k) === TokenKind.Word && (view.isAllCaps(k) || (view.isCapitalized(k) && view.raw(k).length === 1)))) return false;
  }
  return namesBody(view, owner.first, owner.end);
}

/** One capitalised word that is neither in the dictionary nor a name the gazetteer knows: "Gerindra", "AfD". */
function isShortNameItem(view: TokenView, item: { first: number; end: number }): boolean {
  if (item.end - item.first !== 1 || view.kind(item.first) !== TokenKind.Word || !view.isCapitalized(item.first)) return false;
  const lower = view.lower(item.first);
  return !isCommonWord(lower) && !gazetteer().byKey.has(view.key(item.first));
}

/**
 * "Commonwealth Edison (ComEd)", "Federal Express Corp. (FedEx)", "National Westminster Bank
 * (NatWest)": one word of two capitalised parts or more, each the opening letters of the name's
 * words in turn; words after them only a head word or a legal form. "Smith Jones (SmiJo)" too,
 * but "Kenneth Edison (KenEdy)" no ("Edy" opens no word).
 */
function isClippedWordsItem(view: TokenView, item: { first: number; end: number }, owner: DraftWithTokens): boolean {
  if (item.end - item.first !== 1 || view.kind(item.first) !== TokenKind.Word) return false;
  const parts = view.raw(item.first).match(/\p{Lu}\p{Ll}+/gu);
  if (!parts || parts.length < 2 || parts.join('') !== view.raw(item.first)) return false;
  let k = owner.first;
  for (const part of parts) {
    if (k >= owner.end || !view.lower(k).startsWith(part.toLowerCase())) return false;
    k++;
  }
  for (; k < owner.end; k++) if (view.kind(k) === TokenKind.Word && !view.hasClass(k, WordClass.Head) && !LEGAL_SUFFIXES.has(view.lower(k))) return false;
  return true;
}

/**
 * "Servicio Electoral de Chile (Servel)", "Petróleos Mexicanos (Pemex)", "Combustibles Nacionales de
 * Bolivia (Conabol)": one capitalised word blended from the openings (two letters or more each) of
 * the name's words in order, from its first, some skipped ("de"); it was no alias ("Servel" an
 * entity of its own). Not a dictionary word.
 */
function isBlendedWordsItem(view: TokenView, item: { first: number; end: number }, owner: DraftWithTokens): boolean {
  if (item.end - item.first !== 1 || owner.end - owner.first < 2 || view.kind(item.first) !== TokenKind.Word || !view.isCapitalized(item.first) || view.isAllCaps(item.first)) return false;
  const blend = view.key(item.first);
  if (blend.length < 4 || view.hasClass(item.first, WordClass.Common)) return false;
  const words: string[] = [];
  for (let k = owner.first; k < owner.end; k++) if (view.kind(k) === TokenKind.Word) words.push(view.key(k));
  return blendsFrom(blend, 0, words, 0, 0);
}

/** Whether `blend` from `at` is openings of `words` from `next` on (the first of them `words[0]`'s), in two parts or more. */
function blendsFrom(blend: string, at: number, words: readonly string[], next: number, parts: number): boolean {
  if (at === blend.length) return parts >= 2;
  for (let w = next; w < words.length && (parts > 0 || w === 0); w++) {
    const word = words[w]!;
    for (let n = Math.min(word.length, blend.length - at); n >= 2; n--) {
      if (word.startsWith(blend.slice(at, at + n)) && blendsFrom(blend, at + n, words, w + 1, parts + 1)) return true;
    }
  }
  return false;
}

/**
 * "California Public Employees' Retirement System (CalPERS)", "Pennsylvania Department of
 * Transportation (PennDOT)": one word of the first word's opening and the capitals of the other
 * words, each in turn (a connector in lower case may be left out); it was an entity of its own.
 */
function isOpeningAndInitialsItem(view: TokenView, item: { first: number; end: number }, owner: DraftWithTokens): boolean {
  if (item.end - item.first !== 1 || view.kind(item.first) !== TokenKind.Word) return false;
  const parts = OPENING_AND_INITIALS.exec(view.raw(item.first));
  if (!parts) return false;
  const words: { key: string; lower: boolean }[] = [];
  for (let k = owner.first; k < owner.end; k++) if (view.kind(k) === TokenKind.Word) words.push({ key: view.key(k), lower: view.isLowerWord(k) });
  return words.length >= 3 && words[0]!.key.startsWith(parts[1]!.toLowerCase()) && initialsFrom(parts[2]!.toLowerCase(), 0, words, 1);
}

const OPENING_AND_INITIALS = /^(\p{Lu}\p{Ll}+)(\p{Lu}{2,})$/u;

/** Whether `letters` from `at` are the initials of all of `words` from `next` on, a lower-case connector's skipped or not. */
function initialsFrom(letters: string, at: number, words: readonly { key: string; lower: boolean }[], next: number): boolean {
  if (next === words.length) return at === letters.length;
  const word = words[next]!;
  if (at < letters.length && word.key.startsWith(letters[at]!) && initialsFrom(letters, at + 1, words, next + 1)) return true;
  return word.lower && initialsFrom(letters, at, words, next + 1);
}

/** A name in another script (宏泰58號, الأمل 2, しらなぎ): letters, none of them Latin, and numbers. */
function isOtherScriptItem(view: TokenView, item: { first: number; end: number }): boolean {
  let letters = 0;
  for (let k = item.first; k < item.end; k++) {
    const kind = view.kind(k);
    if (kind === TokenKind.Cjk) letters++;
    else if (kind === TokenKind.Word && !/[A-Za-z\u00C0-\u024F]/.test(view.raw(k))) letters++;
    else if (kind !== TokenKind.Number && kind !== TokenKind.Hyphen) return false;
  }
  return letters > 0;
}

/**
 * "Stichting Migrantenkunst", "Bundesverband der Deutschen Industrie": two capitalised words or
 * more, with only short particles in lower case between them, none a dictionary word or a name the
 * lists know, nor a given name first; "(Lower Saxony)" and "(Federal Reserve)" are no translation.
 */
function isForeignNameItem(view: TokenView, item: { first: number; end: number }): boolean {
  // "Acme Holdings (Maria Gonzalez)" gives a person, no translation.
  if (item.end - item.first < 2 || !view.isCapitalized(item.first) || !view.isCapitalized(item.end - 1) || isGivenName(view.lower(item.first))) return false;
  for (let k = item.first; k < item.end; k++) {
    if (view.kind(k) !== TokenKind.Word || (k > item.first && !view.spaceBefore(k))) return false;
    const lower = view.lower(k);
    if (view.isCapitalized(k) ? view.isAllCaps(k) || isCommonWord(lower) || gazetteer().byKey.has(lower) : lower.length > 4) return false;
  }
  return !gazetteer().byKey.has(view.keyOf(item.first, item.end));
}

/**
 * "Federal University of Rio Grande do Sul (Universidade Federal do Rio Grande do Sul, UFRGS)": a
 * body's name opened by a head word of another language, which may hold English words and places
 * ("Federal", "Rio Grande do Sul") that isForeignNameItem refuses; capitalised words and short
 * particles only (it was a body apart).
 */
function isForeignBodyNameItem(view: TokenView, item: { first: number; end: number }): boolean {
  return FOREIGN_ORGANIZATION_HEADS.has(view.key(item.first)) && isCapitalisedNameItem(view, item);
}

/**
 * "Universidad Nacional Autónoma de México (National Autonomous University of Mexico, UNAM)": a
 * body's name in English in the parenthesis after a name a foreign head word opens is its
 * translation (they were two bodies).
 */
function isTranslationOfForeignBody(view: TokenView, owner: DraftWithTokens, item: { first: number; end: number }): boolean {
  return FOREIGN_ORGANIZATION_HEADS.has(view.key(owner.first)) && !FOREIGN_ORGANIZATION_HEADS.has(view.key(item.first)) && namesBody(view, item.first, item.end) && isCapitalisedNameItem(view, item);
}

/** Two words or more, capitalised at both ends, with only short words in lower case between ("Rio Grande do Sul"). */
function isCapitalisedNameItem(view: TokenView, item: { first: number; end: number }): boolean {
  if (item.end - item.first < 2 || !view.isCapitalized(item.first) || !view.isCapitalized(item.end - 1)) return false;
  for (let k = item.first; k < item.end; k++) {
    if (view.kind(k) !== TokenKind.Word || (k > item.first && !view.spaceBefore(k))) return false;
    if (!view.isCapitalized(k) && view.lower(k).length > 4) return false;
  }
  return true;
}

/** "DDG-183": a hull number or model code given as another name. */
function isCodeItem(view: TokenView, item: { first: number; end: number }): boolean {
  return item.end - item.first === 3 && view.isAllCaps(item.first) && view.kind(item.first + 1) === TokenKind.Hyphen && view.kind(item.first + 2) === TokenKind.Number;
}

function defineAlias(
  view: TokenView,
  owner: DraftWithTokens,
  item: { first: number; end: number },
  aliases: AliasDefinition[],
  added: DraftWithTokens[],
  region: RegionKind,
): void {
  if (isAcronymItem(view, item)) {
    defineAcronym(view, owner, item.first, aliases);
    return;
  }
  // "Great Indonesia Movement Party (Gerindra)", "Alternative for Germany (AfD)": a body's short
  // name in parentheses, though not in capitals. Not a known name: "NEW YORK (Reuters)" is no body.
  if (namesBody(view, owner.first, owner.end) && isShortNameItem(view, item)) {
    aliases.push({ alias: view.key(item.first), of: owner.draft.key, kind: 'acronym' });
    return;
  }
  if (isClippedWordsItem(view, item, owner) || isBlendedWordsItem(view, item, owner) || isOpeningAndInitialsItem(view, item, owner)) {
    aliases.push({ alias: view.key(item.first), of: owner.draft.key, kind: 'acronym' });
    return;
  }
  if (isCompoundAcronymItem(view, item, owner)) {
    aliases.push({ alias: nameKey(view.slice(item.first, item.end)), of: owner.draft.key, kind: 'acronym' });
    return;
  }
  // "the Foundation for Migrant Art (Stichting Migrantenkunst)": the body's name in its own language.
  if (namesBody(view, owner.first, owner.end) && (isForeignNameItem(view, item) || isForeignBodyNameItem(view, item) || isTranslationOfForeignBody(view, owner, item))) {
    aliases.push({ alias: view.keyOf(item.first, item.end), of: owner.draft.key, kind: 'translation' });
    return;
  }
  if (isOtherScriptItem(view, item) || isCodeItem(view, item)) {
    const surface = view.slice(item.first, item.end);
    const key = nameKey(surface);
    aliases.push({ alias: key, of: owner.draft.key, kind: 'translation' });
    added.push(otherScriptMention(view, owner, item, surface, key, region));
  }
}

/** "United States Geological Survey (USGS)": letters in parentheses that spell the name before them, or its ticker, define an acronym of it. */
function defineAcronym(view: TokenView, owner: DraftWithTokens, letters: number, aliases: AliasDefinition[]): void {
  const acronym = view.raw(letters);
  const spelled = view.initials(owner.first, owner.end).startsWith(acronym.toUpperCase()[0]!) && initialsMatch(view, owner, acronym);
  const named = spelled || isTickerOfCompany(view, owner, acronym) || isAcronymOfTheBody(view, owner, acronym) || isForeignAcronymOfKnownBody(owner, acronym);
  if (named || (namesBody(view, owner.first, owner.end) && !gazetteer().byKey.has(view.key(letters)) && !spellsOfPhrase(view, owner, acronym))) {
    aliases.push({ alias: view.key(letters), of: owner.draft.key, kind: 'acronym' });
    if (owner.draft.quoted) addEvidence(owner.draft.evidence, 'programme', WEIGHT.quotedWithAcronym);
    // "United States Geological Survey (USGS)": what gets an acronym is mostly a body; a head word says otherwise ("Act").
    else if (spelled && owner.end - owner.first >= 2) addEvidence(owner.draft.nameEvidence, 'organization', WEIGHT.acronymOfExpansion);
  }
}

/** The name written in another script or as a code in parentheses, a mention of its own linked to the owner's name. */
function otherScriptMention(view: TokenView, owner: DraftWithTokens, item: { first: number; end: number }, surface: string, key: string, region: RegionKind): DraftWithTokens {
  const draft = copyDraft(owner.draft);
  Object.assign(draft, {
    start: view.start(item.first),
    end: view.end(item.end - 1),
    surface,
    key,
    region,
    initial: false,
    acronym: false,
    commonWordsOnly: false,
    unvouchedInFile: false,
    quoted: false,
    evidence: owner.draft.evidence.slice(),
    nameEvidence: owner.draft.nameEvidence.slice(),
    descriptions: [],
    link: owner.draft.key,
    shortFormKeys: [],
    modifier: false,
  });
  return changedFound(owner, { first: item.first, end: item.end, draft });
}

/**
 * "Apple Inc. (AAPL)", "Nvidia (NVDA)", "Tesla Inc (TSLA)": a stock's symbol after a company, named by
 * its legal form or one word whose letters the symbol picks in order. "Usain Bolt (JAM)" and "Eliud
 * Kipchoge (KEN)" give a country's code, and "Ken (KEN)" no symbol: a given name is no company.
 */
function isTickerOfCompany(view: TokenView, owner: DraftWithTokens, acronym: string): boolean {
  if (acronym.length > 5) return false;
  const last = view.wordBefore(owner.end);
  if (last > owner.first && LEGAL_SUFFIXES.has(view.lower(last))) return true;
  const word = view.lower(owner.first);
  if (owner.end - owner.first !== 1 || acronym.length < 3 || isGivenName(word)) return false;
  return picksLettersInOrder(word, acronym.toLowerCase()) || isSymbolOfKnownCompany(owner.draft.key, acronym);
}

/**
 * "Intel (INTC)", "Cisco (CSCO)": a company the lists know, and a symbol opening with its letter
 * that takes one from its legal form ("Intel Corp.") the story leaves out. Letters the lists know
 * as a name of their own are that name, no symbol: "Unilever (UK)" is the country.
 */
function isSymbolOfKnownCompany(key: string, acronym: string): boolean {
  const known = gazetteer().byKey;
  return known.get(key)?.type === 'organization' && key[0] === acronym[0]!.toLowerCase() && !known.has(nameKey(acronym));
}

/**
 * "Reporters Without Borders (RSF)", "the European Organization for Nuclear Research (CERN)": letters
 * of three or more in brackets right after a body the lists know are its acronym, though they spell
 * its name in another language (Reporters sans frontières; "RSF" was a body of its own). Not letters
 * the lists know as another name: "NEW YORK (AP)" is no place's.
 */
function isForeignAcronymOfKnownBody(owner: DraftWithTokens, acronym: string): boolean {
  const known = gazetteer().byKey;
  const body = known.get(owner.draft.key);
  if (acronym.length < 3 || body?.type !== 'organization') return false;
  const letters = known.get(nameKey(acronym));
  return !letters || letters === body;
}

/**
 * "the far-right National Rally (RN)", "the left-wing France Unbowed (LFI)", "the Social Democrats
 * (SPD)": a name after "the" and its describing words is a body's, and the acronym after it may spell
 * its name in its own language; one spelling the body after its "of" is that body's ("the Eastern
 * Theater Command of the People's Liberation Army (PLA)"). A country ("the Netherlands (NED)") is none; an acronym the lists
 * know is this body's only where its known name shares a word ("Social Democratic Party of Germany").
 */
function isAcronymOfTheBody(view: TokenView, owner: DraftWithTokens, acronym: string): boolean {
  // "Rep. Jane Doe of Ohio (D)": a party's letter is no acronym of a body; "Kenya's Eliud Kipchoge (KEN)": a person's country code neither.
  if (owner.end - owner.first < 2 || acronym.length < 2 || isGivenName(view.lower(owner.first))) return false;
  if (!followsTheAndDescriptors(view, owner.first) || spellsOfPhrase(view, owner, acronym)) return false;
  const known = gazetteer().byKey;
  if (known.get(owner.draft.key)?.type === 'place') return false;
  const knownAcronym = known.get(nameKey(acronym));
  return !knownAcronym || (knownAcronym.type === 'organization' && sharesWordStem(knownAcronym.name, view.slice(owner.first, owner.end)));
}

/**
 * "the", a possessive ("Marine Le Pen's far-right National Rally (RN)", "his Pakistan Tehreek-e-Insaf")
 * or "of" ("Jean-Luc Mélenchon of France Unbowed (LFI)"), then up to three lower-case words or hyphens
 * ("the far-right", "the opposition", "the ruling"): the name is a body's, as a person's is not.
 */
function followsTheAndDescriptors(view: TokenView, first: number): boolean {
  if (first > 0 && view.lower(first - 1) === 'of') return true;
  for (let k = first - 1, skipped = 0; k >= 0 && skipped <= 5; k--, skipped++) {
    if (view.lower(k) === 'the' || view.kind(k) === TokenKind.Possessive || POSSESSIVE_DETERMINERS.has(view.lower(k))) return true;
    if (!(view.isLowerWord(k) || view.kind(k) === TokenKind.Hyphen)) return false;
  }
  return false;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our']);

/** "Social Democratic Party" and "Social Democrats": a word of five letters or more opening a word of the other. */
function sharesWordStem(a: string, b: string): boolean {
  const stems = (text: string) => (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 5));
  const ofA = new Set(stems(a));
  return stems(b).some((stem) => ofA.has(stem));
}

/** "nvda" of "nvidia": each letter of `letters` found in `word` after the one before it, the first one first. */
function picksLettersInOrder(word: string, letters: string): boolean {
  if (word[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A body's name, by a head word at its end or before its "of" or "for" ("House of Representatives",
 * "Alternative for Germany"): its acronym in parentheses may spell its name in another language
 * ("House of Representatives (DPR)", Dewan Perwakilan Rakyat).
 */
function namesBody(view: TokenView, first: number, end: number): boolean {
  if (end - first < 2) return false;
  // "Companhia Paranaense de Energia (Copel)", "Agência Nacional de Energia Elétrica (Aneel)": a
  // foreign body's head word opens its name (the short name was an entity of its own).
  if (isBodyWord(view.lower(end - 1)) || FOREIGN_ORGANIZATION_HEADS.has(view.key(first))) return true;
  for (let k = first + 1; k < end; k++) if (view.isOfOrFor(k)) return isBodyWord(view.lower(k - 1));
  return false;
}

/**
 * "Eastern Theater Command of the People's Liberation Army (PLA)": the acronym spells the body after
 * the "of", not the whole name. Not after one head word: "Department of Health and Human Services
 * (HHS)", "Department of Housing and Urban Development (HUD)" name the department by its field.
 */
function spellsOfPhrase(view: TokenView, owner: DraftWithTokens, acronym: string): boolean {
  for (let k = owner.end - 1; k > owner.first; k--) {
    if (!view.isOfOrFor(k)) continue;
    if (k === owner.first + 1 && view.lower(k + 1) !== 'the' && isBodyWord(view.lower(owner.first))) return false;
    return view.initials(k + 1, owner.end) === acronym.toUpperCase();
  }
  return false;
}

function initialsMatch(view: TokenView, owner: DraftWithTokens, acronym: string): boolean {
  const initials = view.initials(owner.first, owner.end);
  const letters = acronym.toUpperCase();
  if (initials === letters) return true;
  // "Bundesamt für Verfassungsschutz (BfV)": a letter in lower case is a connector's.
  if (/\p{Ll}/u.test(acronym) && everyWordsInitial(view, owner.first, owner.end) === letters) return true;
  // Allow the acronym to skip words ("Korean Central News Agency (KCNA)" keeps all; "Co" is often dropped).
  let i = 0;
  for (const ch of initials) if (ch === letters[i]) i++;
  return i === letters.length && letters.length >= Math.min(3, initials.length);
}

/** The first letters of every word of tokens [first, end), in lower case or not, in capitals. */
function everyWordsInitial(view: TokenView, first: number, end: number): string {
  let letters = '';
  for (let k = first; k < end; k++) if (view.kind(k) === TokenKind.Word) letters += view.raw(k)[0]!;
  return letters.toUpperCase();
}

/** "maintenance, repair, and overhaul (MRO)": the lower-case words before the parenthesis spell it. */
function lowerCaseInitialsMatch(view: TokenView, open: number, acronym: string): boolean {
  const letters: string[] = [];
  for (let k = open - 1; k >= 0 && letters.length < acronym.length; k--) {
    if (view.kind(k) !== TokenKind.Word) continue;
    const word = view.lower(k);
    if (word === 'and' || word === 'of' || word === 'the' || word === 'for') continue;
    letters.unshift(word[0]!);
  }
  return letters.join('').toUpperCase() === acronym.toUpperCase();
}
