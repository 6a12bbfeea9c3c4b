import { splitSentences, type SentenceSpan } from '../text/sentences.js';
import { nameKey, tokenizeInto, TokenFlag, TokenKind, Tokens } from '../text/tokenize.js';
import { linkTranslatedBodies } from './bodyTranslations.js';
import { cuesFor } from './cues.js';
import { isModalsVerb, ownsLeadersStaff, verbAfterSubject } from './cues/followingWordCues.js';
import { isStudioBeforeTitle } from './cues/quotedTitles.js';
import { namesAffiliation } from './cues/cuesAfter.js';
import { namesAwardByItsContext, namesHomeByItsContext, namesSchoolByItsContext } from './cues/namedByContext.js';
import { wordListEvidence } from './cues/nameShapes.js';
import { mergeEvidence, WEIGHT, addEvidence, newEvidence, strongestType, weightOf, type Evidence } from './evidence.js';
import { ENTITY_TYPES } from './types.js';
import { countryOfCapital, gazetteer, isAmericanState, isCity, isCountry, isKnownBodysBranch, isKnownPlace } from './gazetteer.js';
import { opensInfoboxLabel } from './infoboxLabels.js';
import { ARTICLES, BUSINESS_NOUNS, CONNECTOR_ACRONYM, STANDING_MEETING_HEADS, CHAMBERS_NAMED_AT_START, FAMILY_NUMERALS, PATRON_TITLES, REGNAL_TITLES, FOREIGN_ORGANIZATION_HEADS, FIELD_FOLLOWERS, COMPANY_GROUP_WORDS, GENERATION_SUFFIXES, HEAD_WORDS, HEADLINE_VERBS, isBodyWord, isCommonWord, isFirmKindNoun, isFrequentSurname, isGivenName, isListedSurname, isOccupationByEnding, JUDICIAL_POST_NOMINALS, KUNYA_WORDS, LEGAL_SUFFIXES, MID_NAME_PARTICLES, NAME_CONNECTORS, NAME_DESCRIPTORS, NAME_PARTICLES, ROLE_NOUNS, IRREGULAR_PAST_VERBS, isTitleWord, RESULTS_VERBS, SENTENCE_ADVERBS, SPEECH_VERBS, STOCK_EXCHANGES, STOPWORDS, WordClass } from './lexicon.js';
import { findNameRuns } from './nameRuns.js';
import { isHonorificAt, withoutGenerationSuffix } from './nameRuns/runWords.js';
import { isSlashedLegalFormEnd } from './nameRuns/wordSteps.js';
import { isLabelNotName } from './nonNameLabels.js';
import { linkAliasPhrases } from './aliasPhrases.js';
import { joinSentencesOverNamePeriods } from './namePeriods.js';
import { invertedNameKey, isInvertedName } from './invertedNames.js';
import { innerNames } from './nestedNames.js';
import { widenOverPlaceQualifiers } from './placeQualifiers.js';
import { keyClubsApartFromDateline } from './datelineClubs.js';
import { keyPlaceNamesakes, namesakeKeyIn } from './placeNamesakes.js';
import { appositiveOffice, appositivePartyRole, isAddressedOffice, isNamedStateOf, RoleHolders, roleWordsIn, titleKeyOf, type RoleWords, type TitledName } from './roleMentions.js';
import { changedPart, knownPrefixEnd, noDictionaryWords, refineRun, type NamePart } from './refineRun.js';
import { familyIn, markRelativesNamedAlone, markRelativesOfNamesakes } from './shortForms/family.js';
import { linkCompanyOpenings } from './shortForms/bodyNameLinks.js';
import { linkShortForms } from './shortForms.js';
import { isCityAsSideOfFixture, isPlaceWordAfterThe, isSideOfScoredMatch, reportsAMatch, tallysPlayer } from './sportsClubs.js';
import { PARTY_LETTERS, stateAbbreviationsIn } from './stateAbbreviations.js';
import { addTradedCompanyEvidence } from './tradedCompanies.js';
import { addMatchReportClubEvidence, linkTownsToTheirClubs } from './matchReportClubs.js';
import { addMatchReportPlayerEvidence } from './matchReportPlayers.js';
import { WordSurnames } from './wordSurnames.js';
import { CLOSE_QUOTES, OPEN_QUOTES, TokenView } from './tokenView.js';
import { copyDraft, RegionKind, type AliasDefinition, type ArticleMentions, type MentionDraft, type Region } from './mentionDraft.js';

/** An office written alone ("the Secretary"), with the sentence it stands in: see withRoleMentions. */
interface RoleInSentence extends RoleWords {
  region: RegionKind;
  sentence: number;
  sentenceFirst: number;
  sentenceEnd: number;
}

interface DraftWithTokens {
  draft: MentionDraft;
  part: NamePart;
  view: TokenView;
  first: number;
  end: number;
  sentenceFirst: number;
  sentenceEnd: number;
  /** The sentence capitalises most of its words (a headline repeated in a list, a teaser): its capitals prove little. */
  titleCase: boolean;
  /** The sentence is written in capitals throughout ("4.1. LIMITATIONS AND FUTURE DIRECTIONS."): its capitals prove nothing. */
  shouted: boolean;
  /** The name stands inside a quotation in title case ('a note called "Risks Skewed To The Downside"'): its capitals prove nothing. */
  inQuotedTitle: boolean;
}

/**
 * A copy of a found name with some of its fields changed. Every found name is made with its
 * fields in makeDraft's order, here and there, and none is added later, so that all have one
 * hidden class: spread copies (`{ ...f, inQuotedTitle: false }`) and flags set on some names only
 * gave them others, and the functions reading found names were deoptimized again each time a
 * file first brought one (a title-case headline, a shouted sentence).
 */
function changedFound(f: DraftWithTokens, changes: Partial<DraftWithTokens>): DraftWithTokens {
  const copy: DraftWithTokens = {
    part: f.part,
    draft: f.draft,
    view: f.view,
    first: f.first,
    end: f.end,
    sentenceFirst: f.sentenceFirst,
    sentenceEnd: f.sentenceEnd,
    titleCase: f.titleCase,
    shouted: f.shouted,
    inQuotedTitle: f.inQuotedTitle,
  };
  return Object.assign(copy, changes);
}

/**
 * Finds the names of one article (body, captions, dateline), links its short forms and acronyms to
 * the full names it gives, and records its sentences. Titles are matched later, against the
 * whole corpus's names, because their capitals say nothing.
 */
export function extractArticleMentions(text: string, regions: readonly Region[], sentences: number[], lowerCaseUses = new LowerCaseUses(text)): ArticleMentions {
  const article: ArticleDrafts = { found: [], aliases: [], terms: [], roles: [], wordSurnames: new WordSurnames(), surnamesOfPeople: new Set() };
  // One token buffer and one view for the whole article: drafts keep the view until the article is done.
  const tokens = articleTokens(regions);
  const view = new TokenView(text, tokens);
  for (const region of regions) {
    const firstToken = tokens.count;
    tokenizeInto(tokens, text, region.span.start, region.span.end);
    // A region is running text as the segmenter cut it out: a line break inside it is a
    // hard-wrapped paragraph's ("Prime Minister Keir\nStarmer"), no more than a space.
    tokens.clear(firstToken, tokens.count, TokenFlag.LineBreakBefore);
    const regionFound: DraftWithTokens[] = [];
    for (const sentence of joinSentencesOverNamePeriods(view, splitSentences(text, tokens, firstToken, tokens.count))) {
      const sentenceIndex = sentences.length / 2;
      sentences.push(sentence.start, sentence.end);
      regionFound.push(...draftsOfSentence(view, sentence, region.kind, sentenceIndex, article));
    }
    findParentheticals(view, firstToken, tokens.count, regionFound, article.aliases, article.terms, article.found, region.kind);
    article.found.push(...regionFound);
  }
  const { found, aliases, terms } = article;
  found.sort((a, b) => a.draft.start - b.draft.start);
  addPronounEvidence(text, found, sentences);
  addFamilyEvidence(found);
  linkAcronymsDefinedHere(found, aliases);
  linkDefinedTerms(view, found);
  const mentions = linkedMentions(text, view, found, article, sentences, lowerCaseUses);
  linkSchoolsByPlace(text, mentions);
  for (const { alias, of } of linkAliasPhrases(text, mentions)) aliases.push({ alias, of, kind: 'otherName' });
  aliases.push(...linkTranslatedBodies(mentions, aliases));
  widenOverPlaceQualifiers(text, mentions);
  keyClubsApartFromDateline(text, mentions);
  keyPlaceNamesakes(text, mentions);
  return { mentions, aliases, terms };
}

/**
 * "Just spoke with @POTUS about the bill", "— Chuck Schumer (@SenSchumer) September 30, 2023": an
 * embedded post's handle is an account's address, no name as the text writes it ("SenSchumer" was a
 * name of type other, "POTUS" an organization).
 */
function isSocialHandle(view: TokenView, first: number): boolean {
  return first > 0 && view.isChar(first - 1, '@') && view.adjacent(first - 1);
}

/** What extractArticleMentions gathers of one article as it reads its regions' sentences. */
interface ArticleDrafts {
  found: DraftWithTokens[];
  aliases: AliasDefinition[];
  terms: string[];
  roles: RoleInSentence[];
  wordSurnames: WordSurnames;
  surnamesOfPeople: Set<string>;
}

/** One sentence's names (its runs cut into names, its states' abbreviations and surnames that are words), with what the sentence as a whole says of them; its role words go to the article. */
function draftsOfSentence(view: TokenView, sentence: SentenceSpan, region: RegionKind, sentenceIndex: number, article: ArticleDrafts): DraftWithTokens[] {
  const { firstToken, endToken } = sentence;
  const inSentence: DraftWithTokens[] = [];
  for (const run of findNameRuns(view, firstToken, endToken)) {
    if (isSocialHandle(view, run.first)) continue;
    for (const part of refineRun(view, run)) if (!isLabelNotName(view, part)) inSentence.push(makeDraft(view, withLeadingYear(view, part, firstToken), region, sentenceIndex, firstToken, endToken));
  }
  addStateAbbreviations(view, inSentence, region, sentenceIndex, firstToken, endToken);
  addWordSurnames(view, article.wordSurnames, inSentence, region, sentenceIndex, firstToken, endToken);
  if (region === RegionKind.Dateline) markDatelinePlace(inSentence);
  if (inSentence.length > 0 && isTitleCase(view, firstToken, endToken)) for (const d of inSentence) d.titleCase = true;
  else if (inSentence.length > 0) markQuotedTitleCase(view, inSentence, firstToken, endToken);
  // A dateline is written in capitals by convention: "VELYKA NOVOSILKA (AP) —" names its town.
  const label = isSpeakerLabel(view, firstToken, endToken);
  if (label) return namesInSpeakerLabel(view, inSentence, firstToken);
  if (inSentence.length > 0 && region !== RegionKind.Dateline && isShouted(view, firstToken, endToken)) for (const d of inSentence) d.shouted = true;
  else if (inSentence.length > 0 && region === RegionKind.Body) markShoutedLead(view, inSentence, firstToken, endToken);
  addCoupleEvidence(view, inSentence);
  shareCoordinationEvidence(view, inSentence, article.surnamesOfPeople);
  noteSurnamesOfPeople(inSentence, article.surnamesOfPeople);
  for (const role of roleWordsIn(view, firstToken, endToken)) article.roles.push({ ...role, region, sentence: sentenceIndex, sentenceFirst: firstToken, sentenceEnd: endToken });
  return inSentence;
}

/**
 * An acronym the article defines means its expansion everywhere in the article, whatever it means
 * elsewhere ("PRC" for a party here, China in another article).
 */
function linkAcronymsDefinedHere(found: readonly DraftWithTokens[], aliases: readonly AliasDefinition[]): void {
  const definedHere = new Map(aliases.filter((a) => a.kind === 'acronym').map((a) => [a.alias, a.of]));
  for (const f of found) {
    const expansion = definedHere.get(f.draft.key);
    if (!expansion || !f.draft.acronym || (f.draft.link && f.draft.link !== expansion)) continue;
    f.draft.link = expansion;
    // Nor does what the letters mean elsewhere count towards its type: "People's Renewal Congress
    // (PRC)" is a party, whatever the gazetteer says of "PRC".
    for (const { type, weight } of wordListEvidence(f.draft.key)) addEvidence(f.draft.nameEvidence, type, -weight);
    for (let i = 0; i < f.draft.nameEvidence.length; i++) f.draft.nameEvidence[i] = Math.max(0, f.draft.nameEvidence[i]!);
  }
}

/**
 * The article's drafts without headline capitals, sentence openers and cut prefixes, their short
 * forms, relatives, kin and bodies linked, with the mentions of roles and the names inside names.
 */
function linkedMentions(text: string, view: TokenView, found: DraftWithTokens[], article: ArticleDrafts, sentences: number[], lowerCaseUses: LowerCaseUses): MentionDraft[] {
  const unTitled = splitTitleCaseNames(joinInvertedNames(dropShoutedNames(found)));
  const lowerInArticle = wordsAlsoLowerCase(view, unTitled, lowerCaseUses);
  const split = splitCitedPairs(splitKnownPrefixes(dropSentenceOpeners(dropCommonWordOpeners(cutInfoboxLabels(unTitled), lowerInArticle), lowerInArticle)));
  followCutOpeners(rekeyedByCutOpeners(unTitled, split), split, article.aliases);
  linkCompanyOpenings(split.map((f) => f.draft));
  readGivenNameParticlesAsSurnames(split);
  linkShortForms(split.map((f) => f.draft), 'unlinked', familyIn(text, sentences));
  markRelativesNamedAlone(text, split.map((f) => f.draft));
  markRelativesOfNamesakes(text, sentences, split.map((f) => f.draft));
  linkKinshipTitledNames(split);
  linkBodiesByHeadWord(text, split);
  addTradedCompanyEvidence(split, (f) => opensClause(f) && nextOpensWithItsFigures(text, sentences, f.draft.sentence));
  addMatchReportClubEvidence(split);
  linkTownsToTheirClubs(split);
  addMatchReportPlayerEvidence(split);
  return withInnerNames(withRoleMentions(view, split, article.roles));
}

/**
 * "Rival Advanced Micro Devices Inc. (AMD) said": the parenthesis defined "AMD" for the name with
 * its sentence's opener, which is cut off afterwards ("Rival"). A name whose key no draft keeps now
 * and whose last words a draft keeps is that draft's name: old key → new key.
 */
function rekeyedByCutOpeners(before: readonly DraftWithTokens[], after: readonly DraftWithTokens[]): Map<string, string> {
  const keptKeys = new Set(after.map((f) => f.draft.key));
  const rekeyed = new Map<string, string>();
  for (const old of before) {
    if (keptKeys.has(old.draft.key)) continue;
    const rest = after.find((f) => f.view === old.view && f.end === old.end && f.first > old.first && f.first < old.end);
    if (rest) rekeyed.set(old.draft.key, rest.draft.key);
  }
  return rekeyed;
}

/** Links and definitions of names whose opener was cut off follow them to their new key. */
function followCutOpeners(rekeyed: ReadonlyMap<string, string>, drafts: readonly DraftWithTokens[], aliases: AliasDefinition[]): void {
  if (rekeyed.size === 0) return;
  for (const { draft } of drafts) if (draft.link) draft.link = rekeyed.get(draft.link) ?? draft.link;
  for (const alias of aliases) alias.of = rekeyed.get(alias.of) ?? alias.of;
}

/** Articles of up to this many characters share one token buffer (a few MB at most, kept). */
const SHARED_TOKENS_CHARS = 256_000;
const sharedTokens = new Tokens(4096);

/**
 * An empty token buffer for an article's regions: the shared one, which nothing keeps once its
 * article is done, unless the article is huge. Four typed arrays per article were a cost of their
 * own where an aggregator's file holds a hundred short items.
 */
function articleTokens(regions: readonly Region[]): Tokens {
  const chars = regions.reduce((n, r) => n + (r.span.end - r.span.start), 0);
  if (chars > SHARED_TOKENS_CHARS) return new Tokens((chars >> 2) + 16);
  sharedTokens.reset();
  return sharedTokens;
}

/**
 * The article's names, each followed by the names it holds ("University of California", then
 * "California"; see innerNames). An inner name the article also gives alone stands for what that
 * one does ("Julien" in "Jenna Julien Podcast" for the "Julien Solomita" its "Julien" is short for).
 * Its own words' evidence comes with it, not its sentence's: the sentence speaks of the outer name.
 */
function withInnerNames(found: DraftWithTokens[]): MentionDraft[] {
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
      if (inner.standalone && alone.get(inner.key)!.link === f.draft.key) continue;
      if (inner.standalone && isPersonsNameInBody(f.draft, alone.get(inner.key)!, alone)) continue;
      // "Microsoft Corp." is Microsoft: the name before a legal suffix is the same company, not a second mention there.
      if (inner.first === f.first && onlySuffix(f.view, inner.end, f.end, LEGAL_SUFFIXES)) continue;
      // Nor is "Donald Trump" a mention inside "Donald Trump Jr.": that is his son's whole name.
      if (inner.first === f.first && onlySuffix(f.view, inner.end, f.end, GENERATION_SUFFIXES)) continue;
      const part: NamePart = { first: inner.first, end: inner.end, title: null, titleFirst: null, sentenceInitial: false, initialCommonWord: false, hyphenSuffix: null };
      const draft = makeDraft(f.view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd).draft;
      draft.evidence = plainNumbers(newEvidence());
      if (inner.impliedType) addEvidence(draft.evidence, inner.impliedType, WEIGHT.eponym);
      draft.descriptions = [];
      draft.quoted = false;
      draft.link = inner.standalone ? alone.get(inner.key)!.link : (inner.bearer ?? null);
      // Never a short form of the name it is inside: "FIFA" in "FIFA World Cup" is FIFA.
      draft.modifier = true;
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
function withRoleMentions(view: TokenView, found: DraftWithTokens[], roles: RoleInSentence[]): DraftWithTokens[] {
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

/**
 * '[George H. W.] Bush in 88', '"[Franklin D.] Roosevelt gave in"': a name that goes on past an
 * editor's closing bracket is written from the opening one, which its range holds (it was "George
 * H. W.] Bush", a bracket closing that the range never opened); its text and key stay the words.
 * The token the range opens at: the "[" before the name's first word, or that word.
 */
function editorsBracketOpening(view: TokenView, first: number, end: number): number {
  if (first === 0 || !view.isChar(first - 1, '[') || !view.adjacent(first - 1)) return first;
  for (let k = first + 1; k < end; k++) if (view.isChar(k, ']')) return first - 1;
  return first;
}

/**
 * The token a mention's range opens at: an editor's bracket (`editorsBracketOpening`), the "this"
 * before a body's head word named alone ("this Court has held", "I ask this Court"), which opens the
 * whole expression that names the body there (it was "Court"; "the" stays outside), or the
 * honorific addressing an office (`isOfficeAlone`). The name's text and key stay its words.
 */
function rangeOpening(view: TokenView, first: number, end: number): number {
  if (end - first === 1 && isBodyWordAfterThis(view, first)) return first - 1;
  if (isOfficeAlone(view, first, end) && isAddressedOffice(view, first)) return view.kind(first - 1) === TokenKind.Period ? first - 2 : first - 1;
  return editorsBracketOpening(view, first, end);
}

/**
 * "Mr. Chief Justice, may it please the Court", "Madam Secretary": an office addressed with an
 * honorific and no name is named by both words, which open its range as "this" opens "this Court"
 * (it was "Chief Justice"); the text and key stay the office's. "Mr. Roberts" keeps its name alone.
 */
function isOfficeAlone(view: TokenView, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (view.kind(k) !== TokenKind.Word || !isTitleWord(view.lower(k))) return false;
  return true;
}

/** "this Court", "this Parliament": a capitalised body's head word, alone, right after a lower-case "this". */
function isBodyWordAfterThis(view: TokenView, i: number): boolean {
  if (i === 0 || !view.isLowerWord(i - 1) || view.lower(i - 1) !== 'this' || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  return HEAD_WORDS.get(view.lower(i)) === 'organization';
}

function makeDraft(view: TokenView, part: NamePart, region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number): DraftWithTokens {
  const cues = cuesFor(view, part, sentenceFirst, sentenceEnd);
  const shape = wordShape(view, part.first, part.end);
  return {
    part,
    draft: {
      start: view.start(rangeOpening(view, part.first, part.end)),
      end: view.end(part.end - 1),
      surface: view.slice(part.first, part.end),
      key: view.keyOf(part.first, part.end),
      region,
      sentence,
      initial: part.sentenceInitial && !isUnlistedPossessor(view, part.first, part.end, sentenceEnd) && !isStudioBeforeTitle(view, part.first, part.end) && !isUnlistedWordBeforePastVerb(view, part.first, part.end) && !isWordReportingItsFigures(view, part.first, part.end, cues.evidence) && !isSideOfScoredMatch(view, part.first, part.end, sentenceFirst, sentenceEnd) && !isUnlistedPlayer(view, part.first, part.end, sentenceEnd),
      acronym: shape.acronym,
      commonWordsOnly: shape.commonWordsOnly,
      unvouchedInFile: false,
      quoted: cues.quoted,
      evidence: plainNumbers(cues.evidence),
      nameEvidence: plainNumbers(cues.nameEvidence),
      descriptions: cues.descriptions,
      link: null,
      shortFormKeys: spaceSeparatedKeys(view, part.first, part.end),
      // 'Christopher Nolan's "Oppenheimer"' is the film, no short form of "J. Robert Oppenheimer".
      // "NASA launched Europa Clipper … to study Europa, an icy moon of Jupiter": a word its appositive makes a place names no longer thing it opens.
      modifier: part.hyphenSuffix !== null || cues.worksTitle || (cues.placeByAppositive && part.end - part.first === 1) || isPlaceWordAfterThe(view, part.first, part.end) || namesAnAnimal(view, part.first, part.end) || isOneOfAKind(view, part.first, part.end, cues.evidence),
      relativeOfNamesake: null,
      sideOfFixture: isCityAsSideOfFixture(view, part.first, part.end, sentenceFirst, sentenceEnd),
      award: namesAwardByItsContext(view, part.first, part.end),
      school: namesSchoolByItsContext(view, part.first, part.end, sentenceFirst),
      home: part.end - part.first === 1 && namesHomeByItsContext(view, part.first, sentenceFirst),
    },
    view,
    first: part.first,
    end: part.end,
    sentenceFirst,
    sentenceEnd,
    titleCase: false,
    shouted: false,
    inQuotedTitle: false,
  };
}

/**
 * "Drewry's index rose 3%", "Xeneta's data showed a drop": one word no dictionary holds, opening its
 * sentence with a possessive, is a name though its capital proves nothing (it was dropped, as a
 * sentence's first word is without another use). Not "Today's figures" nor "Europe's" (the lists').
 * So is a listed surname that is a word too, before a leader's staff: "Trump's special envoy, Steve
 * Witkoff, said" (not "Mother's aide").
 */
function isUnlistedPossessor(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || end >= view.count || view.kind(end) !== TokenKind.Possessive || !view.adjacent(first)) return false;
  if (!view.isWord(first) || view.isAllCaps(first)) return false;
  return !view.hasClass(first, WordClass.Common) || (isListedSurname(view.lower(first)) && ownsLeadersStaff(view, end + 1, sentenceEnd));
}

/**
 * "Mbappe scored twice", "Xeneta reported a drop": one word no dictionary holds, opening its sentence
 * before a verb in the past tense, is a name though its capital proves nothing (it was dropped).
 * So before a verb of saying or an irregular past ("Haas said it would appeal", "Williams had both
 * cars in the points"), and past what news puts between ("Ghebrey also told reporters", "Ghebrey on
 * Friday said", "Ghebrey has said", "Ghebrey, speaking in Geneva, said"), and before a modal and its
 * verb ("Lula will travel to Beijing", "Tarkovan could arrive"). Not a dictionary word
 * ("Officials said", "However said"), nor an English word's ending ("Normalcy returned", "Protesters
 * marched") unless a listed surname's ("Williams") or, before a verb of saying, a name's in "-os",
 * "-is", "-as" or "-us" ("Tedros told reporters", "Mitsotakis said": both were dropped), nor letters
 * ("NATO said" has its own rule).
 */
function isUnlistedWordBeforePastVerb(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1) return false;
  const at = verbAfterSubject(view, end);
  if (at < 0) return false;
  const verb = view.lower(at);
  const regularPast = verb.length >= 5 && verb.endsWith('ed') && isCommonWord(verb);
  const speech = SPEECH_VERBS.has(verb);
  // "Lula will travel to Beijing", "Modi would visit Moscow": a modal and a dictionary word (both were dropped).
  const future = isModalsVerb(view, end, at) && isCommonWord(verb);
  if (!regularPast && !speech && !future && !IRREGULAR_PAST_VERBS.has(verb)) return false;
  const word = view.lower(first);
  if (!view.isWord(first) || view.isAllCaps(first) || isCommonWord(word)) return false;
  // "Austin said he was proud": a city that is a given name too says neither (isCityNoPersonName decides).
  if (!regularPast && (isCity(word) || gazetteer().byKey.has(word))) return false;
  if (!ENGLISH_WORD_ENDING.test(word)) return true;
  return (word.endsWith('s') && isListedSurname(word) && !ENGLISH_WORD_ENDING.test(word.slice(0, -1))) || (speech && endsLikeNameInS(word));
}

/** "Rohit and Gill both scored fifties", "Bumrah took three wickets": a word no dictionary holds before a player's tally is a name at a sentence's start (it was dropped). */
function isUnlistedPlayer(view: TokenView, first: number, end: number, sentenceEnd: number): boolean {
  return end - first === 1 && !isCommonWord(view.lower(first)) && tallysPlayer(view, first, end, sentenceEnd);
}

/**
 * A consonant, one vowel and "s" closing a word no dictionary holds: Greek, Baltic, Iberian and
 * Ethiopian names ("Tedros", "Mitsotakis", "Landsbergis"), no English plural's ending ("-ers",
 * "-ics", "-ants"); not a dictionary word's plural ("Ultras").
 */
function endsLikeNameInS(word: string): boolean {
  return word.length >= 5 && /[^aeiou][aiou]s$/.test(word) && !isCommonWord(word.slice(0, -1));
}

/**
 * "Lucid said deliveries rose", "Target said its sales fell", "Next reported higher sales": one
 * dictionary word opening its sentence right before a verb of saying or of results, which the cues
 * read as a company reporting its figures, is a name though its capital proves nothing (it was
 * dropped). Not a plural ("Analysts said sales rose") nor a body's head word ("Management said
 * profit rose": a company's own managers).
 */
function isWordReportingItsFigures(view: TokenView, first: number, end: number, evidence: Evidence): boolean {
  if (end - first !== 1 || end >= view.count || !view.isLowerWord(end) || !view.isWord(first) || view.isAllCaps(first)) return false;
  const verb = view.lower(end);
  const word = view.lower(first);
  if (!(SPEECH_VERBS.has(verb) || RESULTS_VERBS.has(verb)) || !isCommonWord(word) || word.endsWith('s') || HEAD_WORDS.has(word)) return false;
  const strongest = strongestType(evidence);
  return strongest?.type === 'organization' && strongest.weight >= WEIGHT.contextNoun;
}

/**
 * "Normalcy returned", "Shipbuilding slowed", "Protesters marched": an English abstract noun's, a
 * gerund's or a plural's ending, on a word the dictionary lacks.
 */
const ENGLISH_WORD_ENDING = /(?:cy|ness|ity|tion|sion|ment|ism|ance|ence|ship|hood|dom|ing|s)$/;

const shapeOfName = { acronym: false, commonWordsOnly: false };

/**
 * In one pass over a name's words (words, initialisms, numbers): one all-capitals word is an
 * acronym ("NATO"); every lettered word common and not all capitals, and no digit anywhere, is
 * commonWordsOnly ("Structural Problem Meets"). The record returned is reused: read it at once.
 */
function wordShape(view: TokenView, first: number, end: number): typeof shapeOfName {
  let words = 0;
  let firstWord = -1;
  let lettered = 0;
  let allCommon = true;
  let digit = false;
  for (let i = first; i < end; i++) {
    const k = view.kind(i);
    if (k !== TokenKind.Word && k !== TokenKind.Initialism && k !== TokenKind.Number) continue;
    if (words++ === 0) firstWord = i;
    if (view.hasDigit(i)) digit = true;
    if (k === TokenKind.Number) continue;
    lettered++;
    if (allCommon && (view.isAllCaps(i) || CONNECTOR_ACRONYM.test(view.raw(i)) || !view.hasClass(i, WordClass.Common))) allCommon = false;
  }
  shapeOfName.acronym = words === 1 && view.kind(firstWord) === TokenKind.Word && (view.isAllCaps(firstWord) || CONNECTOR_ACRONYM.test(view.raw(firstWord)));
  shapeOfName.commonWordsOnly = lettered > 0 && allCommon && !digit;
  return shapeOfName;
}



/** A typed evidence vector as plain numbers (analyses are plain data); Array.from iterates, which was a third of makeDraft. */
function plainNumbers(values: Float32Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) out.push(values[i]!);
  return out;
}

/**
 * "the 2010 World Cup", "the 2012 Summer Paralympics", "the 2017 Brit Awards": the year before an
 * event's name is part of it, and tells one edition from the next. (An ordinal before a name with
 * a head word opens its run: see nameRuns' isOrdinalBeforeHead.)
 */
function withLeadingYear(view: TokenView, part: NamePart, sentenceFirst: number): NamePart {
  const year = part.first - 1;
  if (year < sentenceFirst || view.kind(year) !== TokenKind.Number || !YEAR.test(view.raw(year)) || !view.spaceBefore(part.first)) return part;
  if (!opensEditionsYear(view, year, sentenceFirst) || !namesAnEdition(view, part)) return part;
  return changedPart(part, { first: year, sentenceInitial: false });
}

/**
 * The year at `year` can open an edition's name: after "the", or where no preposition makes it a
 * date, at the sentence's start or after a comma ("2002 World Cup, we won bronze", "So 2009, 2010
 * World Cup."). Not "in 2010 World Cup winners Spain…", whose year dates the sentence.
 */
function opensEditionsYear(view: TokenView, year: number, sentenceFirst: number): boolean {
  return year === sentenceFirst || view.lower(year - 1) === 'the' || view.isChar(year - 1, ',;');
}

/**
 * "World Cup", "Lifetime Achievement Award of the Association for Computational Linguistics", "Nobel
 * Prize in Economics", "Household Energy Consumption Survey": an event's name, or a survey's that is
 * held year after year, by its head word (the last one, or the last before "of", "in" or "for").
 */
function namesAnEdition(view: TokenView, part: NamePart): boolean {
  let head = part.end - 1;
  for (let i = part.first + 1; i < part.end; i++) if (EDITION_HEAD_LINKS.has(view.raw(i))) { head = i - 1; break; }
  return HEAD_WORDS.get(view.key(head)) === 'event' || EDITION_HEADS.has(view.key(head));
}

const EDITION_HEAD_LINKS = new Set(['of', 'in', 'for']);
/** Heads of names that come out year after year but are no event: "the 2011 Household Energy Consumption Survey". */
const EDITION_HEADS = new Set(['survey', 'census']);

const YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * "Galois returned to mathematics. He attempted to start a private class": a name that opens a
 * sentence (its subject, usually) and a next sentence that opens with "He" or "She" is a person's.
 */
function addPronounEvidence(text: string, found: DraftWithTokens[], sentences: number[]): void {
  let previousSentence = -1;
  for (const f of found) {
    const sentence = f.draft.sentence;
    // "Christian Democratic Appeal leader Henri Bontenbal said no. He …": a name before a role noun describes the subject; it is none.
    if (f.end < f.sentenceEnd && f.view.isLowerWord(f.end) && f.view.hasClass(f.end, WordClass.Role)) continue;
    if (sentence === previousSentence) continue;
    previousSentence = sentence;
    const next = 2 * (sentence + 1);
    if (next >= sentences.length || f.draft.acronym || !opensClause(f)) continue;
    if (PRONOUN_OPENING.test(text.slice(sentences[next]!, sentences[next]! + 5))) addEvidence(f.draft.evidence, 'person', WEIGHT.pronounAfter);
    // Not a name whose own words say a person's: "Mary Smith joined Halvorsen. Its shares rose."
    else if (weightOf(f.draft.nameEvidence, 'person') === 0 && nextOpensWithItsFigures(text, sentences, sentence)) addEvidence(f.draft.evidence, 'organization', WEIGHT.contextNoun);
  }
}

function nextOpensWithItsFigures(text: string, sentences: readonly number[], sentence: number): boolean {
  const next = 2 * (sentence + 1);
  return next < sentences.length && opensWithItsFigures(text.slice(sentences[next]!, sentences[next]! + 40));
}

const PRONOUN_OPENING = /^(?:He|She|His|Her)\b/;

/**
 * "Kongsberg won a contract. Its shares rose 8%": a next sentence that opens with "Its" and a
 * company's figure (BUSINESS_NOUNS, within two words: "Its quarterly profit") speaks of a company.
 */
function opensWithItsFigures(opening: string): boolean {
  const words = ITS_OPENING.exec(opening);
  return !!words && (BUSINESS_NOUNS.has(words[1]!.toLowerCase()) || (words[2] !== undefined && BUSINESS_NOUNS.has(words[2].toLowerCase())));
}

const ITS_OPENING = /^Its\s+(\p{Ll}+)(?:[\s-]+(\p{Ll}+))?/u;

/** A full name whose words say a person's: a given name first or a listed surname last, no head word ("Hebrew Gospel", "Music Hall"). */
function isPersonLikeName(d: MentionDraft): boolean {
  const [first, last] = d.shortFormKeys;
  if (first === undefined || last === undefined || HEAD_WORDS.has(last)) return false;
  return isGivenName(first, true) || isListedSurname(last);
}

/**
 * "Yuen Ren Chao … the Chaos returned", "Bill Clinton … the Clintons": "the" and the plural of the
 * last word of one of the article's full names is that family, people, though the plural be a
 * dictionary word ("chaos"). Not before "of": "the Halls of Congress".
 */
function addFamilyEvidence(found: DraftWithTokens[]): void {
  let lastWords: Set<string> | null = null;
  for (const f of found) {
    const { draft, view } = f;
    if (draft.shortFormKeys.length > 0 || draft.acronym || f.end - f.first !== 1 || !draft.key.endsWith('s') || f.first === 0 || view.lower(f.first - 1) !== 'the' || view.lower(f.end) === 'of') continue;
    lastWords ??= new Set(found.filter((d) => isPersonLikeName(d.draft)).map((d) => d.draft.shortFormKeys[1]!));
    if (lastWords.has(draft.key.slice(0, -1))) addEvidence(draft.evidence, 'person', WEIGHT.family);
  }
}

/**
 * The name stands where a subject does: in the first three words of its sentence ("Byron was
 * sent", "The Tsar", "In 320 Pachomius founded") or after an opening phrase and its comma ("In
 * 1801, Byron was sent"). "After his move to Camp Wycliffe in 1936, Nida studied there. He…":
 * the camp is no subject, and "He" is not the camp.
 */
function opensClause(f: DraftWithTokens): boolean {
  return f.first - f.sentenceFirst <= 2 || f.view.isChar(f.first - 1, ',');
}

/**
 * "Oakland, Calif." and "Dianne Feinstein, D-Calif.": a state's abbreviation where a state stands
 * is a mention of that state (see stateAbbreviations.ts), and replaces what the run finder made of
 * it: "D-Calif" is no name, "Nev" no person.
 */
function addStateAbbreviations(view: TokenView, drafts: DraftWithTokens[], region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number): void {
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
function addWordSurnames(view: TokenView, surnames: WordSurnames, drafts: DraftWithTokens[], region: RegionKind, sentence: number, sentenceFirst: number, sentenceEnd: number): void {
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
 * "GDANSK, Poland (AP) —": a dateline opens with the place the story was filed from; a later name
 * alone in its parentheses is the agency that filed it ("COPENHAGEN, Nov. 18 (Meridian) -" was a
 * place, Meridian being a town too; "(Bernama)" was other).
 */
function markDatelinePlace(drafts: DraftWithTokens[]): void {
  const place = drafts[0];
  if (place) addEvidence(place.draft.evidence, 'place', WEIGHT.dateline);
  for (const d of drafts.slice(1)) if (isAloneInParentheses(d.view, d.first, d.end)) addEvidence(d.draft.evidence, 'organization', WEIGHT.dateline);
}

function isAloneInParentheses(view: TokenView, first: number, end: number): boolean {
  return first > 0 && end < view.count && view.isChar(first - 1, '(') && view.isChar(end, ')');
}

/** Keys of the first and last space-separated words ("kim" and "jong un" for "Kim Jong-un"). */
function spaceSeparatedKeys(view: TokenView, first: number, nameEnd: number): string[] {
  // "King", not "Jr", is the surname of "Martin Luther King Jr."; "Sotto", not "III", of "Vicente Sotto III".
  const end = withoutFamilyNumeral(view, first, withoutGenerationSuffix(view, first, nameEnd));
  let lastWordStart = -1;
  let firstWordEnd = -1;
  for (let i = first + 1; i < end; i++) {
    if (view.spaceBefore(i)) {
      if (firstWordEnd < 0) firstWordEnd = i;
      lastWordStart = i;
    }
  }
  if (firstWordEnd < 0 || isParticleSurname(view, first, lastWordStart) || isKunyaAlone(view, first, firstWordEnd, lastWordStart, end)) return [];
  return [view.keyOf(first, firstWordEnd), view.keyOf(lastWordStart, end)];
}

/**
 * "Abu Yusuf, who took over the group": "Abu" or "Umm" and a given name are one name, a kunya, no
 * given name and surname; alone it may stand for the longer name it opens ("Abu Yusuf al-Halabi").
 */
function isKunyaAlone(view: TokenView, first: number, firstWordEnd: number, lastWordStart: number, end: number): boolean {
  if (firstWordEnd !== lastWordStart || firstWordEnd !== first + 1 || lastWordStart + 1 !== end) return false;
  return KUNYA_WORDS.has(view.lower(first)) && isGivenName(view.lower(lastWordStart), true);
}

/**
 * "Vicente Sotto III", "Benigno Aquino III", "Jose dela Cruz III": a numeral after a given name and a
 * surname is the family's generation, as "Jr." is, and the surname before it stands for the person
 * ("Sotto said" was another person). Not a ruler's or a pope's ("Pope John Paul II"), nor a
 * sequel's or a war's after a dictionary word ("World War II").
 */
function withoutFamilyNumeral(view: TokenView, first: number, end: number): number {
  const last = end - 1;
  if (end - first < 3 || !FAMILY_NUMERALS.has(view.lower(last)) || !view.isAllCaps(last) || !view.spaceBefore(last)) return end;
  if (isCommonWord(view.lower(first)) || isCommonWord(view.lower(last - 1)) || !view.isCapitalized(last - 1)) return end;
  const before = view.wordBefore(first);
  return before >= 0 && (REGNAL_TITLES.has(view.lower(before)) || PATRON_TITLES.has(view.lower(before))) ? end : last;
}

/** "Von der Leyen", "Le Pen", "da Silva", "Ten Hag": particles and one word are a surname alone, no full name. */
function isParticleSurname(view: TokenView, first: number, lastWordStart: number): boolean {
  for (let i = first; i < lastWordStart; i++) if (view.kind(i) !== TokenKind.Word || !isSurnamesParticle(view.lower(i))) return false;
  return true;
}

/** "von", "le", and the Dutch "ten" ("Ten Hag said" after "Erik ten Hag"); not a given name's "Des" ("Des Smith"). */
function isSurnamesParticle(lower: string): boolean {
  return NAME_PARTICLES.has(lower) || (MID_NAME_PARTICLES.has(lower) && !isGivenName(lower));
}

/**
 * "Laurence des Cars … Des Cars said": a particle that is a given name too ("Des Smith") opens a
 * surname alone where the story writes that surname after a given name with the particle lower-case.
 */
function readGivenNameParticlesAsSurnames(found: readonly DraftWithTokens[]): void {
  for (const f of found) {
    const d = f.draft;
    if (d.shortFormKeys.length !== 2 || !MID_NAME_PARTICLES.has(d.shortFormKeys[0]!) || d.key.split(' ').length !== 2) continue;
    const within = ` ${d.surface.charAt(0).toLowerCase()}${d.surface.slice(1)}`;
    if (found.some((o) => o.draft.surface.endsWith(within))) d.shortFormKeys = [];
  }
}

/**
 * In "Hyundai Heavy Industries, Hanwha Ocean, and Samsung Heavy Industries" each name lends its
 * cues to the others. A list needs an "and" or "or": in "Vladivostok, Putin said" the comma joins nothing.
 */
function shareCoordinationEvidence(view: TokenView, allDrafts: DraftWithTokens[], surnamesOfPeople: ReadonlySet<string>): void {
  // "Ethiopia's Sisay Lemma and Kenya's Benson Kipruto": the list is of the runners; a possessor
  // only qualifies the name after it, and lends it (or takes from it) nothing.
  const drafts = allDrafts.filter((d, i) => !possessesNext(view, d, allDrafts[i + 1]));
  let chainStart = 0;
  let hasConjunction = false;
  const flush = (end: number) => {
    if (hasConjunction && end - chainStart >= 2) {
      const chain = drafts.slice(chainStart, end);
      const place = governingPlaceWeight(view, chain);
      const own = chain.map((d) => lentBy(d.draft, surnamesOfPeople, place > 0));
      chain.forEach((d, i) => {
        // "Goldman Sachs and Deutsche Bank": a name whose own head word says what it is takes nothing
        // from its neighbours; nor does a body named before its member ("al-Burhan and RSF commander Dagalo").
        if (saysWhatItIs(d.draft) || namesAffiliation(view, d.end, view.count)) return;
        // The first member took the preposition's cue itself, at most a bare "in"'s: it is topped up.
        addEvidence(d.draft.evidence, 'place', i > 0 ? place : Math.max(0, place - weightOf(d.draft.evidence, 'place')));
        own.forEach((other, j) => {
          if (i !== j) mergeEvidence(d.draft.evidence, lentTo(d.draft, other, place > 0), 1 / (chain.length - 1));
          if (i !== j && isSurnameOfPerson(d.draft, surnamesOfPeople) && isSurnameOfPerson(chain[j]!.draft, surnamesOfPeople)) addEvidence(d.draft.evidence, 'person', WEIGHT.surnameReuse / (chain.length - 1));
        });
      });
      if (chain.length >= 3 && opensListOfNames(view, chain[0]!, chain[1]!)) chain[0]!.draft.initial = false;
    }
  };
  for (let a = 0; a + 1 <= drafts.length; a++) {
    const link = a + 1 < drafts.length && !joinsParallelOfPhrases(view, drafts[a]!, drafts[a + 1]!) ? separator(view, drafts[a]!.end, drafts[a + 1]!.first) : 'none';
    // "Reliance Jio and Bharti Airtel, India's largest telecom operators,": a possessor of a common noun
    // after a plain comma opens an appositive, no list member (India lent both a place's weight).
    if (link === 'none' || (link === 'comma' && possessesACommonNoun(view, drafts[a + 1]!)) || (link === 'commaConjunction' && a === chainStart && (possessesACommonNoun(view, drafts[a + 1]!) || isClauseSubject(view, drafts[a + 1]!)))) {
      flush(a + 1);
      chainStart = a + 1;
      hasConjunction = false;
    } else if (link !== 'comma') hasConjunction = true;
  }
}

/**
 * "Ford, GM and Stellantis said", "Target, Walmart and Costco cut prices": a dictionary word opening
 * the sentence as the first of three names or more is a name as they are (it was dropped as a
 * sentence's capital). Not an adverb or a plural before a list of two: "Now, Walmart and Costco", "Banks, …".
 */
function opensListOfNames(view: TokenView, head: DraftWithTokens, next: DraftWithTokens): boolean {
  if (!head.draft.initial || head.end - head.first !== 1 || separator(view, head.end, next.first) !== 'comma') return false;
  const word = view.lower(head.first);
  // "Shares, bonds and …": a dictionary noun in the plural is a common noun's list.
  const plural = word.endsWith('s') && isCommonWord(word.slice(0, -1));
  return !plural && !/(?:ly|ing|ed)$/.test(word) && !SENTENCE_ADVERBS.has(word) && !ADVERBIAL_OPENERS.has(word) && !STOPWORDS.has(word);
}

const ADVERBIAL_OPENERS = new Set(['now', 'overall', 'together', 'instead', 'still', 'also', 'then', 'here', 'there', 'thus', 'so', 'yet', 'first', 'second', 'third', 'finally', 'next', 'last', 'likewise', 'otherwise', 'elsewhere', 'altogether', 'besides', 'further', 'furthermore', 'moreover', 'indeed', 'nonetheless', 'nevertheless', 'anyway', 'abroad', 'locally']);

/**
 * What a list's member lends its neighbours: its context's and its name's evidence. A surname of a
 * person the article named before lends only its context's, not what its word says elsewhere: "Lewis
 * Hamilton … a collision between Hamilton and Oscar Piastri" made Piastri a place (Hamilton, the city).
 * (Lending a person's made a dictionary word a name: "Padalecki and Supernatural co-stars".)
 */
function lentBy(d: MentionDraft, surnamesOfPeople: ReadonlySet<string>, ofPlaces: boolean): number[] {
  if (isSurnameOfPerson(d, surnamesOfPeople)) return [...d.evidence];
  // "rocket attacks on Majdal Shams and Kiryat Shmona": in a list of places, a person's shape of one
  // member's words says nothing of the others (both were persons).
  const lent = d.evidence.map((w, i) => w + (ofPlaces && ENTITY_TYPES[i] === 'person' ? 0 : d.nameEvidence[i]!));
  // "Hulu and Disney+ raised prices": a name the lists know lends what they know it as, not the
  // surname its word is too (Disney's person weight left Hulu short of a body's).
  const known = gazetteer().byKey.get(d.key);
  if (known && !isCountry(d.key)) return lent.map((w, i) => (ENTITY_TYPES[i] === known.type ? w : 0));
  return lent;
}

/**
 * "marched through Thrace and Asia Minor", "rocket attacks on Majdal Shams and Kiryat Shmona": a
 * preposition of where before a list governs each of its members, so what it says of the first, a
 * place, it says of the others at the same weight (at most a strike's). 0 where it says little of the
 * first, a bare "in" ("set out in Moran and Pyle", a case; "faith in Joe Biden and …") or a motion's
 * "from", unless the lists know a member as a place; 0 too where the list owns what follows
 * ("observed in Carrano and Biewener's subjects").
 */
function governingPlaceWeight(view: TokenView, chain: readonly DraftWithTokens[]): number {
  const before = chain[0]!.first - 1;
  if (isExampleOfPlaceNoun(view, before) && !isPossessiveAt(view, chain[chain.length - 1]!.end)) return WEIGHT.contextNoun;
  if (before < 0 || !view.isLowerWord(before) || !LIST_PLACE_PREPOSITIONS.has(view.lower(before)) || isPossessiveAt(view, chain[chain.length - 1]!.end)) return 0;
  const context = strongestType(chain[0]!.draft.evidence);
  if (context?.type === 'place' && context.weight >= WEIGHT.nearPreposition) return Math.min(context.weight, WEIGHT.city);
  // "floods in Mae Sai and Chiang Rai": a member the lists know as a place makes a list of places of
  // what a bare "in" governs (Mae Sai's given name made both persons).
  return chain.some((d) => isListedPlace(d.draft.key)) ? WEIGHT.nearPreposition : 0;
}

/**
 * "inland counties, including Baker, Bradford, Clay, Putnam and Union", "provinces such as Hebei and
 * Shanxi": the members of a list given as examples of a plural noun of places are places (Baker,
 * Clay and Union were bodies, Putnam a person). `before` is the token before the list.
 */
function isExampleOfPlaceNoun(view: TokenView, before: number): boolean {
  if (before < 1 || !view.isLowerWord(before)) return false;
  const word = view.lower(before);
  let noun = word === 'including' || word === 'like' ? before - 1 : word === 'as' && view.lower(before - 1) === 'such' ? before - 2 : -1;
  if (noun >= 0 && view.isChar(noun, ',')) noun--;
  return noun >= 0 && view.isLowerWord(noun) && PLACE_PLURALS.has(view.lower(noun));
}

const PLACE_PLURALS = new Set(['counties', 'provinces', 'states', 'districts', 'regions', 'cities', 'towns', 'villages', 'municipalities', 'parishes', 'prefectures', 'countries', 'islands', 'neighbourhoods', 'neighborhoods', 'suburbs']);

function isListedPlace(key: string): boolean {
  return wordListEvidence(key).some((e) => e.type === 'place');
}

const LIST_PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'across', 'through', 'via', 'toward', 'towards', 'outside', 'inside', 'to', 'from', 'on', 'of', 'against', 'around', 'throughout']);

/**
 * One word that repeats the surname of a person the article named before. Two of them in a list lend
 * each other a person's weight: "Modi and Adani both come from Gujarat" after "Narendra Modi" and
 * "Gautam Adani" (Adani went to the Adani Green Energy Ltd the story also names).
 */
function isSurnameOfPerson(d: MentionDraft, surnamesOfPeople: ReadonlySet<string>): boolean {
  return d.shortFormKeys.length === 0 && surnamesOfPeople.has(d.key);
}

/** The last words of the sentence's names that their own words make a person's ("Lewis Hamilton"), for lentBy. */
function noteSurnamesOfPeople(drafts: readonly DraftWithTokens[], surnamesOfPeople: Set<string>): void {
  for (const { draft } of drafts) {
    if (draft.shortFormKeys.length < 2 || strongestType(draft.nameEvidence)?.type !== 'person') continue;
    surnamesOfPeople.add(draft.shortFormKeys[draft.shortFormKeys.length - 1]!);
  }
}

/**
 * "Charley killed ten people in Punta Gorda, and Charley's winds reached 150 mph": after a comma and an
 * "and" following one name alone, a possessor of a common noun opens a clause, not a list's member
 * ("Siwu, a Kwa language spoken in Ghana, and Lao, a Tai-Kadai language" is a list). So does a name
 * before a role ("City took the lead through Erling Haaland, and City manager Pep Guardiola praised":
 * the club lent him its type).
 */
function possessesACommonNoun(view: TokenView, d: DraftWithTokens): boolean {
  if (d.end < view.count && view.isLowerWord(d.end) && view.hasClass(d.end, WordClass.Role)) return true;
  return isPossessiveAt(view, d.end) && view.isLowerWord(d.end + 1);
}

/**
 * "Esteban Ocon took pole for Alpine, and Jack Miller rode for Yamaha": after one name, a comma and
 * "and", a name its own words make a person's and a lower-case word that is no conjunction is the
 * subject of a new clause, no list's member (Alpine lent Jack Miller a body's weight). A word that
 * says nothing of itself still takes its neighbour's ("in Halifax, and Now played": the band).
 */
function isClauseSubject(view: TokenView, d: DraftWithTokens): boolean {
  if (d.end >= view.count || !view.isLowerWord(d.end) || LIST_GOING_ON.has(view.lower(d.end))) return false;
  return d.draft.shortFormKeys.length > 0 && strongestType(d.draft.nameEvidence)?.type === 'person';
}

/** Words after a list's last member that go on with the list, not a verb: "A, and B or C", "A, and B as well". */
const LIST_GOING_ON = new Set(['and', 'or', 'as', 'too', 'alike', 'respectively']);

/**
 * "Farid Zahran of the Egyptian Social Democratic Party and Abdel-Sanad Yamama of the Wafd Party":
 * the "and" joins the people each named with their body, not the body before it to the person after.
 */
function joinsParallelOfPhrases(view: TokenView, left: DraftWithTokens, right: DraftWithTokens): boolean {
  let of = left.first - 1;
  if (of >= 0 && view.lower(of) === 'the') of--;
  return of >= 0 && view.lower(of) === 'of' && view.isLowerWord(of) && right.end < view.count && view.lower(right.end) === 'of' && view.isLowerWord(right.end);
}

/** The draft is a possessor right before the next one: "Kenya's" in "Kenya's Benson Kipruto". */
function possessesNext(view: TokenView, d: DraftWithTokens, next: DraftWithTokens | undefined): boolean {
  return !!next && next.first === d.end + 1 && isPossessiveAt(view, d.end);
}

/** "Kenya's", "Reuters'": a possessive ending at `token`. */
function isPossessiveAt(view: TokenView, token: number): boolean {
  return view.kind(token) === TokenKind.Possessive || (view.kind(token) === TokenKind.Apostrophe && view.adjacent(token - 1));
}

function namesBodyByItsWords(d: MentionDraft): boolean {
  const strongest = strongestType(d.nameEvidence);
  return !!strongest && strongest.type === 'organization' && strongest.weight >= WEIGHT.headWord;
}

function saysWhatItIs(d: MentionDraft): boolean {
  const strongest = strongestType(d.nameEvidence);
  return !!strongest && strongest.weight >= WEIGHT.headWord;
}

/**
 * "Bill and Melinda Gates gave", "Hunter and Joe Biden": a given name alone, "and" and a full name
 * opening with a given name name a couple or siblings sharing the surname. The first given name is a
 * person's, whatever else the word is ("Bill" a programme's head word, which made both programmes),
 * and lends its list neighbour nothing else. Not "Bill and Melinda Gates Foundation": one name.
 */
function addCoupleEvidence(view: TokenView, drafts: DraftWithTokens[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const { first, end, draft } = drafts[i]!;
    if (end - first !== 1 || view.lower(end) !== 'and' || !view.isLowerWord(end)) continue;
    const next = drafts[i + 1]!;
    if (next.first !== end + 1 || next.draft.shortFormKeys.length === 0 || !isGivenName(draft.key) || !isGivenName(next.draft.shortFormKeys[0]!)) continue;
    draft.nameEvidence.fill(0);
    addEvidence(draft.nameEvidence, 'person', WEIGHT.givenName);
    addEvidence(draft.evidence, 'person', WEIGHT.siblingName);
  }
}

/**
 * What a neighbour in a list lends a name: "Ben Carson and Trump Tower staff", "Tom Hanks and
 * Wembley Stadium": a name of two words or more that its own words make a person's (a given name
 * at least) takes no place from it (one word, "Dupont", may be a place's as well).
 */
function lentTo(d: MentionDraft, other: number[], ofPlaces: boolean): number[] {
  const lent = scaled(other);
  const person = strongestType(d.nameEvidence);
  // "marched through Thrace and Asia Minor": where a preposition of where governs the list, its
  // members are places whatever their shape (Asia Minor opens with a given name).
  if (ofPlaces || d.shortFormKeys.length === 0 || person?.type !== 'person' || person.weight < WEIGHT.givenName) return lent;
  return lent.map((w, t) => (ENTITY_TYPES[t] === 'place' ? 0 : w));
}

/**
 * A neighbour's evidence, brought to the coordination's weight at most: a strong cue lends as much
 * as a weak one, but a weak one is not made strong ("struck targets in Khan Younis and Rafah": the
 * person's shape of "Khan Younis", a weak cue, made the listed city Rafah a person).
 */
function scaled(evidence: number[]): number[] {
  const total = evidence.reduce((s, w) => s + w, 0);
  return total === 0 ? evidence : evidence.map((w) => (w / Math.max(total, 1)) * Math.min(total, WEIGHT.coordination * 2));
}

/** "(44)": a bracketed count of one to three figures right after a name, opening at token i; not a year ("Stoker (2013), Belle (2013)"). */
function isBracketedCount(view: TokenView, i: number): boolean {
  return view.isChar(i, '(') && view.kind(i + 1) === TokenKind.Number && /^\d{1,3}$/.test(view.raw(i + 1)) && view.isChar(i + 2, ')') && view.spaceBefore(i);
}

/** What joins two names: ", " (comma), " and " or " or " (conjunction), ", and " (commaConjunction), or something else. */
function separator(view: TokenView, leftEnd: number, rightFirst: number): 'comma' | 'conjunction' | 'commaConjunction' | 'none' {
  // "including: Katwa (44), Butembo (17), Mandima (6) and Beni (1)": a count in brackets after a
  // member goes on with the list (the towns no list knows were other beside the known ones).
  if (isBracketedCount(view, leftEnd)) leftEnd += 3;
  const between = rightFirst - leftEnd;
  if (between < 1 || between > 2) return 'none';
  let conjunction = false;
  let comma = false;
  for (let i = leftEnd; i < rightFirst; i++) {
    if (view.isChar(i, ',')) comma = true;
    else if (['and', 'or'].includes(view.lower(i))) conjunction = true;
    else return 'none';
  }
  if (!conjunction) return 'comma';
  return comma ? 'commaConjunction' : 'conjunction';
}

/**
 * "Coast Guard Administration (CGA)", "Taiwan Semiconductor Manufacturing Co (TSMC, 台積電)",
 * "Hong Tai 58 (宏泰58號)": the parenthesis gives other names of the name before it. An acronym of
 * lower-case words ("maintenance, repair, and overhaul (MRO)") is a term, not a name.
 */
function findParentheticals(
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
 * 'the DLNR's Land Division (the "Division")', 'the City and County of Honolulu (the "City")': a
 * name in quotation marks that fills a parenthesis after a name is the short name the text
 * defines for it, as court opinions and contracts do; it is that name there and wherever the
 * article writes it after ("The Division did not reply"; "Division" in quotes was a body of its
 * own). Drafts in text order.
 */
function linkDefinedTerms(view: TokenView, found: readonly DraftWithTokens[]): void {
  let terms: Map<string, string> | null = null;
  for (let i = 1; i < found.length; i++) {
    const f = found[i]!;
    if (terms?.has(f.draft.key) && !f.draft.link) f.draft.link = terms.get(f.draft.key)!;
    if (!view.isChar(f.end, CLOSE_QUOTES) || !view.isChar(f.end + 1, ')')) continue;
    // '("the FtT")': British judgments put the article inside the quotation marks.
    const quote = view.isChar(f.first - 1, OPEN_QUOTES) ? f.first - 1 : view.lower(f.first - 1) === 'the' && view.isChar(f.first - 2, OPEN_QUOTES) ? f.first - 2 : -1;
    const open = quote < 0 ? -1 : definitionOpening(view, quote);
    const owner = open < 0 ? undefined : ownerBefore(view, found, i, open);
    if (!owner) continue;
    const of = owner.draft.link ?? owner.draft.key;
    // 'Adele ("Hello") topped the charts': without "the", only a word of the name defines one ("Kapule").
    if (of === f.draft.key || (open === f.first - 2 && !sharesWord(of, f.draft.key))) continue;
    (terms ??= new Map()).set(f.draft.key, of);
    f.draft.link = of;
  }
}

/**
 * The name that ends right before the parenthesis at token `open` (drafts up to `i`), past a
 * closing quotation mark or another parenthesis: 'First-tier Tribunal (Immigration and Asylum
 * Chamber) ("the FtT")' defines the tribunal's short name.
 */
function ownerBefore(view: TokenView, found: readonly DraftWithTokens[], i: number, open: number): DraftWithTokens | undefined {
  let end = open;
  if (view.isChar(end - 1, CLOSE_QUOTES)) end--;
  else if (view.isChar(end - 1, ')')) {
    end -= 2;
    while (end > open - 24 && !view.isChar(end, '(')) end--;
  }
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) if (found[j]!.end === end) return found[j];
  return undefined;
}

/** The parenthesis opening a definition whose quotation mark is token q: '(', '(the', '(hereinafter', '(collectively, the'; else -1. */
function definitionOpening(view: TokenView, q: number): number {
  let k = q - 1;
  if (view.isLowerWord(k) && ARTICLES.has(view.lower(k))) k--;
  if (view.isChar(k, ',')) k--;
  if (view.isLowerWord(k) && DEFINITION_WORDS.has(view.lower(k))) k--;
  return view.isChar(k, '(') ? k : -1;
}

/** Whether two keys have a word in common: "mahealani kapule" and "kapule". */
function sharesWord(a: string, b: string): boolean {
  const words = new Set(a.split(' '));
  return b.split(' ').some((w) => words.has(w));
}

const DEFINITION_WORDS = new Set(['hereinafter', 'hereafter', 'collectively', 'together', 'jointly']);

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
  const named = spelled || isTickerOfCompany(view, owner, acronym) || isAcronymOfTheBody(view, owner, acronym);
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

/**
 * "Russia Says It Will Respond If Putin Does Not Agree To Talks": a sentence that capitalises its
 * common words says nothing through its capitals, wherever it stands. Its names count as
 * sentence-initial ones when they begin with a dictionary word (the corpus's prose must vouch for
 * them), and a run that is a name the article uses in prose followed by capitalised common words
 * is cut back to that name ("Putin Does" is "Putin"). "Daniel Smith" and "Boston Red Sox" stay whole.
 */
function splitTitleCaseNames(found: DraftWithTokens[]): DraftWithTokens[] {
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

/** Every word of tokens [first, end) is in the dictionary or a head word ("Launch Talks"); acronyms are not. */
function allDictionaryWords(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    if (view.kind(i) !== TokenKind.Word) continue;
    if (view.isAllCaps(i) || !(view.hasClass(i, WordClass.Common) || view.hasClass(i, WordClass.Head) || view.hasClass(i, WordClass.Stop))) return false;
  }
  return true;
}

/**
 * "The European Commission proposed a rule; the Commission later withdrew it": "the" and a body's
 * head word alone is the one body the article names with that head word (a law's too: "the App
 * Store Accountability Act … the Act is narrowly tailored"; "the Press" for the
 * "New York Press", "the Court" for the "Circuit Court of the First Circuit"). With two such
 * bodies ("the Court" after a Supreme Court and a Court of Appeal) it stays unlinked.
 */
function linkBodiesByHeadWord(text: string, found: DraftWithTokens[]): void {
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
 * Commission of inquiry" and "set up a Commission" are new ones.
 */
function namesBodysOfficial(text: string, start: number, end: number): boolean {
  if (!(followsWord(text, start, 'a') || followsWord(text, start, 'an')) || text.charCodeAt(end) !== 0x20) return false;
  let after = end + 1;
  while (after < text.length && text.charCodeAt(after) >= 0x61 && text.charCodeAt(after) <= 0x7a) after++;
  return ROLE_NOUNS.has(text.slice(end + 1, after));
}

/**
 * "My grandmother, Ngozi, made pots … Grandma Ngozi never sold a pot": a kinship word before a
 * given name the article named alone before is that relative ("Grandma Ngozi" was a person of her
 * own). "Aunt Polly … Polly sighed" is the short form's business; "Uncle Sam" names no one before.
 */
function linkKinshipTitledNames(found: readonly DraftWithTokens[]): void {
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
function linkSchoolsByPlace(text: string, mentions: MentionDraft[]): void {
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

/**
 * "(Carrano & Biewener [7])" cites two authors, so "In Carrano & Biewener's study" further on
 * names the same two people, not a firm: a pair the article also names apart is two names
 * wherever it stands. "Procter & Gamble", never named apart, stays whole. So is a name of two
 * capitalised words or more before "and" that the article names alone: "Capital One and Discover
 * Financial Services closed their merger … Capital One said" names two companies (they were one);
 * "Department of Health and Human Services" holds a connector, and stays whole.
 */
function splitCitedPairs(found: DraftWithTokens[]): DraftWithTokens[] {
  if (!found.some((f) => f.draft.surface.includes(' & ') || f.draft.surface.includes(' and '))) return found;
  const alone = new Set(found.map((f) => f.draft.key));
  return found.flatMap((f) => {
    const { view, first, end } = f;
    const at = pairsJoint(view, first, end, alone);
    if (at < 0) return [f];
    // The article names the first apart, which vouches for its capitals at a sentence's start.
    const opens = f.part.sentenceInitial && view.isChar(at, '&');
    const partOf = (a: number, b: number): NamePart => changedPart(f.part, { first: a, end: b, title: null, titleFirst: null, sentenceInitial: opens && a === first });
    return [partOf(first, at), partOf(at + 1, end)].map((part) => makeDraft(view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd));
  });
}

/** Where the name [first, end) joins two names the article names apart (see splitCitedPairs), or -1. */
function pairsJoint(view: TokenView, first: number, end: number, alone: ReadonlySet<string>): number {
  let at = first + 1;
  while (at < end - 1 && !view.isChar(at, '&') && !(view.lower(at) === 'and' && view.isLowerWord(at))) at++;
  // "Piper Jaffray and Co. advised … Piper Jaffray said": the partners' "and Co." closes one firm's name.
  if (at >= end - 1 || isPartnersLegalForm(view, at + 1, end)) return -1;
  if (!alone.has(view.keyOf(first, at))) return joinsTwoBodies(view, first, at, end) ? at : -1;
  if (view.isChar(at, '&')) return alone.has(view.keyOf(at + 1, end)) ? at : -1;
  for (let k = first; k < at; k++) if (view.kind(k) === TokenKind.Word && !view.isCapitalized(k)) return -1;
  return at - first >= 2 && view.isCapitalized(at + 1) ? at : -1;
}

/**
 * "backed by ARCH Venture Partners and Population Health Investment Co.": a firm's name of two
 * capitalised words or more closed by a word only firms end with (a legal form, "Partners",
 * "Holdings"), then "and" and a body's name closed by its head word or a legal form, are two bodies
 * though the article never names them apart (they were one). Not a field's word before "and": "the
 * U.S. Securities and Exchange Commission", "Adani Ports and Special Economic Zone Ltd." stay whole.
 */
function joinsTwoBodies(view: TokenView, first: number, and: number, end: number): boolean {
  if (view.isChar(and, '&') || and - first < 2 || end - and < 3 || !view.isCapitalized(and + 1)) return false;
  for (let k = first; k < and; k++) if (view.kind(k) === TokenKind.Word && !view.isCapitalized(k)) return false;
  const firmsEnd = view.lower(view.wordBefore(and));
  const bodysEnd = view.lower(view.wordBefore(end));
  return (FIRM_CLOSING_WORDS.has(firmsEnd) || LEGAL_SUFFIXES.has(firmsEnd)) && (HEAD_WORDS.get(bodysEnd) === 'organization' || LEGAL_SUFFIXES.has(bodysEnd));
}

/** Tokens [first, end) are "Co.", "Company" or another legal form alone, as after a firm's "and". */
function isPartnersLegalForm(view: TokenView, first: number, end: number): boolean {
  const last = view.kind(end - 1) === TokenKind.Period ? end - 1 : end;
  return last - first === 1 && (LEGAL_SUFFIXES.has(view.lower(first)) || view.lower(first) === 'company');
}

const FIRM_CLOSING_WORDS = new Set([...COMPANY_GROUP_WORDS, 'partners', 'associates', 'ventures']);

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
 * "Austen, Jane.", "Marx, Karl and Engels, Friedrich.": a surname and its given names written in a
 * list's order are one person's name, filed as "Jane Austen" (see invertedNames.ts). Apart, the
 * surname opened its line and was dropped, and "Jack" of "London, Jack" joined another Jack.
 */
function joinInvertedNames(found: DraftWithTokens[]): DraftWithTokens[] {
  const out: DraftWithTokens[] = [];
  let lastEntryEnd = -1;
  for (let n = 0; n < found.length; n++) {
    const surname = found[n]!;
    const given = found[n + 1];
    const afterEntry = lastEntryEnd >= 0 && lastEntryEnd === surname.first - 1;
    if (!given || given.view !== surname.view || given.draft.region === RegionKind.Dateline || !isInvertedName(surname.view, surname, given, given.sentenceEnd, afterEntry)) {
      out.push(surname);
      continue;
    }
    out.push(invertedName(surname, given));
    lastEntryEnd = given.end;
    n++;
  }
  return out;
}

function invertedName(surname: DraftWithTokens, given: DraftWithTokens): DraftWithTokens {
  const { view } = surname;
  const part: NamePart = { first: surname.first, end: given.end, title: null, titleFirst: null, sentenceInitial: false, initialCommonWord: false, hyphenSuffix: null };
  const joined = makeDraft(view, part, surname.draft.region, surname.draft.sentence, surname.sentenceFirst, given.sentenceEnd);
  joined.draft.key = invertedNameKey(view, surname, given);
  joined.draft.shortFormKeys = [view.key(given.first), view.keyOf(surname.first, surname.end)];
  joined.draft.nameEvidence = plainNumbers(newEvidence());
  addEvidence(joined.draft.nameEvidence, 'person', WEIGHT.citedAuthor);
  return joined;
}

/** A transcript's speaker before a colon, in capitals: "PAPARO:", "SEN. JACK REED (D-R.I.):" (a sentence of its own, see splitSentences). */
function isSpeakerLabel(view: TokenView, first: number, end: number): boolean {
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
function namesInSpeakerLabel(view: TokenView, inSentence: DraftWithTokens[], first: number): DraftWithTokens[] {
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

/**
 * At least two words, and not one letter in lower case among them: a heading or a kicker written
 * in capitals ("UP NEXT", "KEY STATS" under a game story). One word is an acronym.
 */
function isShouted(view: TokenView, first: number, end: number): boolean {
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
function markShoutedLead(view: TokenView, inSentence: DraftWithTokens[], first: number, end: number): void {
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
function dropShoutedNames(found: DraftWithTokens[]): DraftWithTokens[] {
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
function markQuotedTitleCase(view: TokenView, inSentence: DraftWithTokens[], first: number, end: number): void {
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
function isTitleCase(view: TokenView, sentenceFirst: number, end: number): boolean {
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
function wordsAlsoLowerCase(view: TokenView, found: DraftWithTokens[], lowerCaseUses: LowerCaseUses): Set<string> {
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
function cutInfoboxLabels(found: DraftWithTokens[]): DraftWithTokens[] {
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

function dropCommonWordOpeners(found: DraftWithTokens[], lowerInArticle: Set<string>): DraftWithTokens[] {
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

function dropSentenceOpeners(found: DraftWithTokens[], lowerInArticle: Set<string>): DraftWithTokens[] {
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
    /(?:ing|ly)$/.test(opener) ||
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

/**
 * Places that are given names too, which the English name lists lack: "Paris Hilton … Hilton said",
 * "India Walton … Walton", "Kenya Moore … Moore" are one person each, no place and a surname.
 */
const PLACES_GIVEN_AS_NAMES: ReadonlySet<string> = new Set(['paris', 'india', 'kenya', 'asia', 'dakota', 'brooklyn']);

/** A given name opens the run at `first`: a listed one, or a place given as a name where no preposition of place stands before it ("talks in India Modi hosted"). */
function opensWithGivenName(view: TokenView, first: number): boolean {
  const opener = view.lower(first);
  if (isGivenName(opener, true)) return true;
  return PLACES_GIVEN_AS_NAMES.has(opener) && (first === 0 || !PLACE_PREPOSITIONS_BEFORE.has(view.lower(first - 1)));
}

const PLACE_PREPOSITIONS_BEFORE = new Set(['in', 'at', 'from', 'to', 'into', 'across', 'near', 'outside']);

/**
 * "Chase Strangio of the ACLU argued", then "Strangio said": a given name that is a word too ("Chase",
 * "Hope", "Will") before one word no list holds is a person's whole name, though the surname stands
 * alone later. Not before a place the lists know ("Will Kyiv fall?") or a dictionary word.
 */
function isGivenNameBeforeSurname(opener: string, restKey: string, titled: boolean, owns = false): boolean {
  if (NAME_PARTICLES.has(opener) || gazetteer().byKey.has(restKey)) return false;
  // "Santiago Ramón y Cajal … Ramón y Cajal studied": two surnames joined by the Spanish "y".
  const words = restKey.split(' ').filter((w, i, all) => !(w === 'y' && i === 1 && all.length === 3));
  // "Governor Victoria Rodríguez Ceja … Rodríguez Ceja noted": two surnames; "Governor Victoria
  // Smith … Smith noted": after a person's title, a listed surname though a word.
  if (words.length > 2) return false;
  // A listed surname that some small town bears too ("Rodriguez") after the title as well; "Will Kyiv fall?" has none.
  const listed = (w: string) => titled && isListedSurname(w);
  // "Paris Jackson … Jackson said": one of the census's most frequent surnames is a surname, though a city bear it too.
  // "Nick Berry, defending, said … Mr Berry said": one of the census's most frequent surnames, though a word,
  // after a given name that opens no question ("Will Price rise?") is a surname (it was "Berry" alone).
  // "Will Smith's R-rated heist pic Focus won": a modal's given name owning something in a sentence
  // that asks nothing opens no question (it was "Smith" alone).
  const frequent = (w: string) => words.length === 1 && (!QUESTION_OPENING_NAMES.has(opener) || owns) && isFrequentSurname(w);
  const surname = (w: string) => (!isCommonWord(w) || listed(w) || frequent(w)) && !HEAD_WORDS.has(w) && !gazetteer().byKey.has(w) && (!isCity(w) || listed(w) || isFrequentSurname(w));
  return words.every(surname);
}

/** The name ending before token `end` owns what follows ("Smith's") in a sentence that ends without a question mark. */
function ownsInStatement(view: TokenView, end: number, sentenceEnd: number): boolean {
  if (end >= sentenceEnd || view.kind(end) !== TokenKind.Possessive) return false;
  for (let k = sentenceEnd - 1; k > end; k--) if (view.isChar(k, '?')) return false;
  return true;
}

/** Given names that are modals or auxiliaries opening a question: "Will Price rise?", "May Day". */
const QUESTION_OPENING_NAMES = new Set(['will', 'may', 'can', 'did', 'shall']);

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

/** A word that is no dictionary word and no body's head word. */
function isNameWord(w: string): boolean {
  return !isCommonWord(w) && !HEAD_WORDS.has(w);
}

/** Every capitalised word of [first, end) is a common English word ("Anchor" in "Northern Anchor 2025"). */
function allCommonWords(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.isCapitalized(i) && !view.hasClass(i, WordClass.Common)) return false;
  return true;
}

/**
 * "Vrije Universiteit Amsterdam, the Netherlands Lotte Wilms lotte.wilms@kb.nl": after a place that
 * is no given name ("Georgia Smith" is one person), a given name and a surname are a person's own
 * name, glued to the place by a line's lost break.
 */
function opensPersonName(view: TokenView, first: number, prefixEnd: number, end: number): boolean {
  if (gazetteer().byKey.get(view.keyOf(first, prefixEnd))?.type !== 'place' || isGivenName(view.lower(prefixEnd - 1), true)) return false;
  if (!isGivenName(view.lower(prefixEnd), true) || view.hasClass(prefixEnd, WordClass.Common)) return false;
  const words = view.keyOf(prefixEnd, end).split(' ');
  return words.length >= 2 && words.length <= 3 && !words.some((w) => HEAD_WORDS.has(w) || isCommonWord(w));
}

/**
 * "The stakes for Europe Trump has said": a flattened heading glued a known name to the next
 * name. A run that starts with a known place and ends in a name the article also uses alone is
 * two names; "U.S. Navy" and "Japan Maritime Self-Defense Force" end in a head word and stay whole.
 */
function splitKnownPrefixes(found: DraftWithTokens[]): DraftWithTokens[] {
  const standalone = new Set(found.map((f) => f.draft.key));
  const known = gazetteer().byKey;
  const surnames = new LazySurnames(found);
  const out: DraftWithTokens[] = [];
  for (const f of found) {
    const { view, first, end } = f;
    if (end - first < 2 || known.has(f.draft.key) || view.hasClass(end - 1, WordClass.Head)) {
      out.push(f);
      continue;
    }
    const prefixEnd = knownPrefixEnd(view, first, end) || placeInitialsEnd(view, first, end, surnames);
    const restKey = prefixEnd > 0 ? view.keyOf(prefixEnd, end) : '';
    // "Jordan Bardella, the party's president, … Bardella said", "Victoria Beckham … Beckham": a
    // place that is a given name too, before a surname the article uses alone, is the person's
    // whole name (each was a place and a surname), as a given name that is a word is.
    const titled = weightOf(f.draft.evidence, 'person') >= WEIGHT.title;
    // "Sen. London Lamar … Lamar said": after a person's title, a town before a surname is the
    // person's given name, though no list gives it as one.
    const givenName = prefixEnd - first === 1 && (opensWithGivenName(view, first) || titled) && isGivenNameBeforeSurname(view.lower(first), restKey, titled);
    // "the Boeing 737 MAX" after "737 MAX production": a maker before its model's number is the model's name.
    const splits = standalone.has(restKey) ? !givenName && view.kind(prefixEnd) !== TokenKind.Number && !namesCompanysUnit(view, first, prefixEnd, restKey) && !namesPlacesOwnBody(found, view.keyOf(first, prefixEnd), restKey) : known.has(restKey) || opensPersonName(view, first, prefixEnd, end) || isSurnameAfterEndingInitialism(view, first, prefixEnd, end, surnames) || isSurnameAfterKnownBody(found, f, prefixEnd, restKey);
    if (prefixEnd > 0 && prefixEnd < end && !isTeamAfterThe(view, first, prefixEnd, end) && !isBodysBranch(view, first, prefixEnd, end) && splits && !isTownsClubBySentence(f, prefixEnd)) {
      // "Dublin–Holyhead": the dash between the two is neither's.
      const restFirst = view.kind(prefixEnd) === TokenKind.Hyphen || view.isChar(prefixEnd, '–') ? prefixEnd + 1 : prefixEnd;
      out.push(draftOfPart(f, first, prefixEnd), draftOfPart(f, restFirst, end));
    } else out.push(f);
  }
  return out;
}

/**
 * "a 2-1 win over Wellington Phoenix … Phoenix held a rigid formation": a known town before a word
 * the story also gives alone is the club's whole name where its sentence makes the whole a side of a
 * match (it was split into two places).
 */
function isTownsClubBySentence(f: DraftWithTokens, prefixEnd: number): boolean {
  if (weightOf(f.draft.evidence, 'organization') < WEIGHT.matchSide) return false;
  // A country's letters before a body ("U.S. CDC officials said") name the country's body: only a town, in a sentence of a match.
  const town = f.view.keyOf(f.first, prefixEnd);
  return isKnownPlace(town) && !isCountry(town) && reportsAMatch(f.view, f.sentenceFirst, f.sentenceEnd);
}

/**
 * "The minister told CNN Biden had erred … Joe Biden declined": a body the lists know, then the
 * surname of another name of the article, are two names (it was one, "CNN Biden" of type other).
 * Not a place before a surname ("Victoria Beckham" is her own full name).
 */
function isSurnameAfterKnownBody(found: readonly DraftWithTokens[], f: DraftWithTokens, prefixEnd: number, restKey: string): boolean {
  const { view, first } = f;
  // A surname is written in lower case after its capital: "Arsenal FC" beside "Chelsea FC" is one club.
  if (restKey.includes(' ') || view.isAllCaps(prefixEnd) || isCommonWord(restKey) || HEAD_WORDS.has(restKey) || gazetteer().byKey.get(view.keyOf(first, prefixEnd))?.type !== 'organization') return false;
  // "Rhun ap Iorwerth … Ap Iorwerth said": a short acronym the lists know only in capitals ("AP").
  if (prefixEnd - first === 1 && view.length(first) <= 3 && !view.isAllCaps(first)) return false;
  // The other name is a person's, a given name and the surname: not "Getafe CF" beside "Real Madrid CF".
  return found.some((o) => o.draft.key !== f.draft.key && o.draft.shortFormKeys.length > 1 && o.draft.shortFormKeys[1] === restKey && isGivenName(o.draft.shortFormKeys[0]!));
}

/** The draft of tokens [a, b) of a found name, a part of it with no title of its own. */
function draftOfPart(f: DraftWithTokens, a: number, b: number): DraftWithTokens {
  const part: NamePart = {
    first: a,
    end: b,
    title: null,
    titleFirst: null,
    sentenceInitial: f.draft.initial && a === f.first,
    initialCommonWord: false,
    hyphenSuffix: null,
  };
  return makeDraft(f.view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd);
}

/**
 * "Siemens Healthineers posted weaker sales. Healthineers shares fell", "Google DeepMind released a
 * model … DeepMind said": a company the lists know before one word no dictionary holds is its unit or
 * brand, named whole, though the article use the word alone (it gave the company and a person "DeepMind").
 */
function namesCompanysUnit(view: TokenView, first: number, prefixEnd: number, restKey: string): boolean {
  if (restKey.includes(' ') || isCommonWord(restKey)) return false;
  return gazetteer().byKey.get(view.keyOf(first, prefixEnd))?.type === 'organization';
}

/**
 * "The Africa Centres for Disease Control and Prevention, known as Africa CDC" beside "The U.S.
 * Centers for Disease Control and Prevention (CDC)": "Africa CDC" was cut into the place and the
 * American agency's "CDC". A place before an acronym the article spells out as another place's
 * body is that place's own body, one name. "U.S. CDC" there still splits: the acronym is the U.S. one.
 */
function namesPlacesOwnBody(found: readonly DraftWithTokens[], placeKey: string, restKey: string): boolean {
  if (restKey.includes(' ')) return false;
  const expansion = found.find((f) => f.draft.acronym && f.draft.key === restKey && f.draft.link)?.draft.link;
  if (!expansion || expansion.startsWith(placeKey + ' ')) return false;
  const space = expansion.indexOf(' ');
  return space > 0 && gazetteer().byKey.get(expansion.slice(0, space))?.type === 'place';
}

/**
 * "… according to the U.N. Dagalo denied it" after "Mohamed Hamdan Dagalo", "means a lot to L.A.
 * Bronny James" after "LeBron James": a known initialism's last period ended its sentence (the
 * sentence splitter cannot tell), and the words after it, ending in the surname of a longer name
 * the article gives, are a person's. "U.S. Bancorp" ends in no such surname; "U.S. Steel" is
 * dictionary words.
 */
function isSurnameAfterEndingInitialism(view: TokenView, first: number, prefixEnd: number, end: number, surnames: LazySurnames): boolean {
  if (prefixEnd !== first + 1 || view.kind(first) !== TokenKind.Initialism || first === 0 || !view.isLowerWord(first - 1)) return false;
  const words = view.keyOf(prefixEnd, end).split(' ');
  if (words.length > 3 || words.some((w) => HEAD_WORDS.has(w) || isCommonWord(w))) return false;
  return surnames.has(words[words.length - 1]!);
}

/** "L.A." opening "L.A. Bronny James" where the article names Los Angeles: the initials' end, or 0. */
function placeInitialsEnd(view: TokenView, first: number, end: number, surnames: LazySurnames): number {
  if (end - first < 2 || view.kind(first) !== TokenKind.Initialism || first === 0 || !view.isLowerWord(first - 1)) return 0;
  return surnames.isPlaceInitials(view.raw(first).replace(/\./g, '')) ? first + 1 : 0;
}

/** The last words of the article's names of two words or more, and the initials of its known places of two words or more, gathered when first asked. */
class LazySurnames {
  private words: Set<string> | null = null;
  private placeInitials: Set<string> | null = null;
  constructor(private readonly found: readonly DraftWithTokens[]) {}
  has(word: string): boolean {
    if (!this.words) {
      this.words = new Set();
      for (const f of this.found) {
        const space = f.draft.key.lastIndexOf(' ');
        if (space > 0 && f.view.kind(f.first) !== TokenKind.Initialism) this.words.add(f.draft.key.slice(space + 1));
      }
    }
    return this.words.has(word);
  }
  isPlaceInitials(letters: string): boolean {
    if (!this.placeInitials) {
      this.placeInitials = new Set();
      const known = gazetteer().byKey;
      for (const f of this.found) {
        const words = f.draft.surface.split(' ');
        if (words.length > 1 && (known.get(f.draft.key)?.type === 'place' || isCity(f.draft.key))) this.placeInitials.add(words.map((w) => w.charAt(0)).join(''));
      }
    }
    return this.placeInitials.has(letters);
  }
}

/**
 * "NHS England said on Thursday", "BBC Scotland reported": a body the lists know by its letters and
 * a country or a region after it name the body's branch there, one name (it gave "NHS" and
 * "England"). So does an international body's name closed by "International": "Transparency
 * International Bangladesh welcomed the ruling" gave the body and the country. A body written out
 * otherwise ("European Union Ukraine") and a place first stay apart.
 */
function isBodysBranch(view: TokenView, first: number, prefixEnd: number, end: number): boolean {
  const lettersOrInternational = (prefixEnd - first === 1 && view.isAllCaps(first)) || (prefixEnd - first >= 2 && view.lower(prefixEnd - 1) === 'international');
  return lettersOrInternational && end - prefixEnd <= 2 && isKnownBodysBranch(view.keyOf(first, prefixEnd), view.keyOf(prefixEnd, end));
}

/**
 * "beat the New York Knicks 110-98 … the Knicks", "the Indiana Pacers": after "the", a known place
 * and one capitalised plural are a team's name, which its plural alone stands for later; a heading
 * glued to a name has no "the" before the place ("for Europe Trump has said").
 */
function isTeamAfterThe(view: TokenView, first: number, prefixEnd: number, end: number): boolean {
  if (end - prefixEnd !== 1 || first === 0 || view.lower(first - 1) !== 'the' || !view.spaceBefore(first)) return false;
  const plural = view.lower(prefixEnd);
  return plural.length > 3 && plural.endsWith('s') && !plural.endsWith('ss') && view.isCapitalized(prefixEnd) && !view.isAllCaps(prefixEnd);
}

/** A name whose own words say it is no person's: a head word, a team's plural. */
function isBodyByItsWords(d: MentionDraft | undefined): boolean {
  const strongest = d && strongestType(d.nameEvidence);
  return !!strongest && strongest.type !== 'person';
}

/**
 * "She won an Oscar": one word after "a" or "an" that its context says is a thing (a prize won) is
 * one of a kind, no short form of a person's name ("Oscar" went to Oscar Piastri). Without such a
 * cue it may be one of a family ("every tombstone was for a Moreau"), the person's still. A body's
 * before a noun is the body's own: '"We will appeal," a Brennick spokesperson said' is Brennick
 * Group's (it was a body "Brennick" of its own).
 */
function isOneOfAKind(view: TokenView, first: number, end: number, evidence: Evidence): boolean {
  if (end - first !== 1 || first === 0 || !view.isLowerWord(first - 1)) return false;
  const article = view.lower(first - 1);
  const strongest = strongestType(evidence);
  if (strongest?.type === 'organization' && view.isLowerWord(end)) return false;
  return (article === 'a' || article === 'an') && !!strongest && strongest.type !== 'person' && strongest.weight >= WEIGHT.contextNoun;
}

/**
 * "Dolly the sheep was cloned in 1996", "Knut the polar bear": one word, then "the" and an animal's
 * noun, is an animal's name, no short form of a person's ("Dolly" went to Dolly Parton).
 */
function namesAnAnimal(view: TokenView, first: number, end: number): boolean {
  if (end - first !== 1 || end + 1 >= view.count || !view.isLowerWord(end) || view.lower(end) !== 'the') return false;
  const next = end + 2 < view.count && view.isLowerWord(end + 2) && ANIMAL_NOUNS.has(view.lower(end + 2)) ? end + 2 : end + 1;
  return view.isLowerWord(next) && ANIMAL_NOUNS.has(view.lower(next));
}

const ANIMAL_NOUNS = new Set([
  'sheep', 'dog', 'cat', 'horse', 'pig', 'cow', 'goat', 'gorilla', 'chimpanzee', 'orangutan', 'monkey', 'bear', 'panda',
  'elephant', 'lion', 'tiger', 'giraffe', 'hippo', 'rhino', 'octopus', 'whale', 'orca', 'dolphin', 'seal', 'walrus',
  'penguin', 'parrot', 'eagle', 'owl', 'groundhog', 'kangaroo', 'koala', 'crocodile', 'alligator', 'tortoise', 'turtle',
]);
