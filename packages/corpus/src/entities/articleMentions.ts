import { splitSentences, type SentenceSpan } from '../text/sentences.js';
import { tokenizeInto, TokenFlag, TokenKind, Tokens } from '../text/tokenize.js';
import { linkTranslatedBodies } from './bodyTranslations.js';
import { HEAD_WORDS } from './lexicon.js';
import { findNameRuns } from './nameRuns.js';
import { isLabelNotName } from './nonNameLabels.js';
import { linkAliasPhrases } from './aliasPhrases.js';
import { joinSentencesOverNamePeriods } from './namePeriods.js';
import { widenOverPlaceQualifiers } from './placeQualifiers.js';
import { keyClubsApartFromDateline } from './datelineClubs.js';
import { keyPlaceNamesakes } from './placeNamesakes.js';
import { roleWordsIn } from './roleMentions.js';
import { changedPart, type NamePart } from './refineRun/nameParts.js';
import { refineRun } from './refineRun.js';
import { familyIn, markRelativesNamedAlone, markRelativesOfNamesakes } from './shortForms/family.js';
import { linkCompanyOpenings } from './shortForms/bodyNameLinks.js';
import { linkShortForms } from './shortForms.js';
import { addTradedCompanyEvidence } from './tradedCompanies.js';
import { addMatchReportClubEvidence, linkTownsToTheirClubs } from './matchReportClubs.js';
import { addMatchReportPlayerEvidence } from './matchReportPlayers.js';
import { linkNamesakeClubs } from './namesakeClubs.js';
import { addPlaceSideEvidence } from './matchReportSides.js';
import { filePlaceNamedBodiesApart } from './placeNamedBodies.js';
import { fileListedUniversities } from './universityShortNames.js';
import { fileMatchGroundsApart } from './matchGrounds.js';
import { addTeamNicknameEvidence } from './teamNicknames.js';
import { WordSurnames } from './wordSurnames.js';
import { TokenView } from './tokenView.js';
import { RegionKind, type AliasDefinition, type ArticleMentions, type MentionDraft, type Region } from './mentionDraft.js';
import type { DraftWithTokens, ArticleDrafts } from './articleMentions/articleDrafts.js';
import { makeDraft } from './articleMentions/makeDraft.js';
import { addDocumentPartBodies, addStateAbbreviations, addWordSurnames, markDatelinePlace, isSpeakerLabel, namesInSpeakerLabel } from './articleMentions/sentenceDrafts.js';
import { addPronounEvidence, nextOpensWithItsFigures, addFamilyEvidence, opensClause, shareCoordinationEvidence, noteSurnamesOfPeople, addCoupleEvidence, addPartyLeaderEvidence } from './articleMentions/draftEvidence.js';
import { findParentheticals } from './articleMentions/parentheticals.js';
import { linkAcronymsDefinedHere, linkDefinedTerms } from './articleMentions/definedTerms.js';
import { splitTitleCaseNames, isShouted, markShoutedLead, dropShoutedNames, markQuotedTitleCase, isTitleCase } from './articleMentions/titleCase.js';
import { LowerCaseUses, wordsAlsoLowerCase, cutInfoboxLabels, dropCommonWordOpeners, dropSentenceOpeners } from './articleMentions/sentenceOpeners.js';
import { splitCitedPairs, joinInvertedNames, splitKnownPrefixes } from './articleMentions/splitNames.js';
import { readGivenNameParticlesAsSurnames, linkBodiesByHeadWord, linkKinshipTitledNames, linkSchoolsByPlace } from './articleMentions/bodyLinks.js';
import { withInnerNames, withRoleMentions } from './articleMentions/innerNames.js';

/**
 * Finds the names of one article (body, captions, dateline), links its short forms and acronyms to
 * the full names it gives, and records its sentences. Titles are matched later, against the
 * whole corpus's names, because their capitals say nothing.
 */
export function extractArticleMentions(text: string, regions: readonly Region[], sentences: number[], lowerCaseUses = new LowerCaseUses(text)): ArticleMentions {
  const article: ArticleDrafts = { found: [], aliases: [], terms: [], roles: [], wordSurnames: new WordSurnames(), surnamesOfPeople: new Set(), documentPartBodies: new Set() };
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
  addDocumentPartBodies(view, article.documentPartBodies, inSentence, region, sentenceIndex, firstToken, endToken);
  if (region === RegionKind.Dateline) markDatelinePlace(inSentence);
  if (inSentence.length > 0 && isTitleCase(view, firstToken, endToken)) for (const d of inSentence) d.titleCase = true;
  else if (inSentence.length > 0) markQuotedTitleCase(view, inSentence, firstToken, endToken);
  // A dateline is written in capitals by convention: "VELYKA NOVOSILKA (AP) —" names its town.
  const label = isSpeakerLabel(view, firstToken, endToken);
  if (label) return namesInSpeakerLabel(view, inSentence, firstToken);
  if (inSentence.length > 0 && region !== RegionKind.Dateline && isShouted(view, firstToken, endToken)) for (const d of inSentence) d.shouted = true;
  else if (inSentence.length > 0 && region === RegionKind.Body) markShoutedLead(view, inSentence, firstToken, endToken);
  addCoupleEvidence(view, inSentence);
  addPartyLeaderEvidence(view, inSentence);
  shareCoordinationEvidence(view, inSentence, article.surnamesOfPeople);
  noteSurnamesOfPeople(inSentence, article.surnamesOfPeople);
  for (const role of roleWordsIn(view, firstToken, endToken)) article.roles.push({ ...role, region, sentence: sentenceIndex, sentenceFirst: firstToken, sentenceEnd: endToken });
  return inSentence;
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
  linkNamesakeClubs(split);
  fileMatchGroundsApart(split);
  addTeamNicknameEvidence(split);
  addPlaceSideEvidence(split);
  filePlaceNamedBodiesApart(split);
  fileListedUniversities(split);
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
