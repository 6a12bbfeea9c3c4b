/**
 * Short forms linked to the full names their article gives: surnames, first words, middle names,
 * nicknames, acronyms, saints' and rulers' names, relatives kept apart; and across the articles of
 * one page, read as one story. Moved out of articleMentions.ts, which runs them.
 */
import { strongestType, WEIGHT } from './evidence.js';
import { ENTITY_TYPES } from './types.js';
import type { AliasDefinition, MentionDraft } from './mentionDraft.js';
import { outweighsTheRest, isTitleAndOneWord, choose } from './shortForms/nameKeyWords.js';
import { type ArticleFamily, NO_FAMILY, sexOfFullName } from './shortForms/family.js';
import { type FullNameIndex, indexFullNames } from './shortForms/shortKeys.js';
import { candidateKinds, type Recency, StoryFacts } from './shortForms/storyFacts.js';
import { possibleFullNames } from './shortForms/fullNameCandidates.js';
import { narrowByPerson, narrowByFamily, narrowByType } from './shortForms/narrowing.js';
import { linkNamesAfterParentAcronym, linkCompanyOpenings, linkLegalFormSpellings, linkReorderedBodies, keyPossessedStateBodies } from './shortForms/bodyNameLinks.js';
import { linkShortCountryNames, linkClippedTeamNames, linkNamesWithoutPlace } from './shortForms/placeNameLinks.js';
import { linkAcronyms, linkDottedOpenings, linkClosingInitials, linkLawsLetters, linkListedCompanyAcronyms } from './shortForms/acronymLinks.js';
import { linkSaintsNames, linkMiddleNames, linkQuotedNicknames, linkTitledSurnames, linkRegnalNames } from './shortForms/personNameLinks.js';
import { spreadFullNameLinks, linkVowelSpellings, linkFusedNames, followLinkChains } from './shortForms/spellingLinks.js';

const OTHER = ENTITY_TYPES.indexOf('other');

/**
 * "James Parkinson described the palsy … Parkinson's disease affects ten million": the name of a
 * condition called after someone (cues.ts weighs it) is no short form of that person, whose card
 * took the condition's type ("James Parkinson" was other, with the disease among his mentions):
 * marked a modifier, so that neither this pass nor the merge links it.
 */
function namesEponymousThing(evidence: readonly number[]): boolean {
  return evidence[OTHER]! >= WEIGHT.eponymousCondition && outweighsTheRest(evidence, OTHER);
}

/**
 * A page cut into several articles (sections under their own headings) is still one story: a
 * short form that no earlier name of its own article explains is linked to the
 * full name the page mentions most ("Padalecki" in the section "Early life", before his mother
 * "Sherri Padalecki" is named, is the page's Jared Padalecki; "Marbles" in the section "Career"
 * is the "Jenna Marbles" of the first), before the corpus-wide merge would send it to the
 * corpus's most mentioned bearer.
 */
export function linkShortFormsAcrossArticles(articles: readonly { mentions: MentionDraft[]; aliases: AliasDefinition[]; ownHeader: boolean }[]): void {
  // An article with a header of its own (source, date, byline, dateline) begins another story:
  // "Kim" in one aggregator item is not the "Kim Yo Jong" of the next.
  let story: MentionDraft[][] = [];
  let definitions: AliasDefinition[] = [];
  const linkStory = () => {
    const drafts = story.length === 1 ? story[0]! : story.flat();
    linkMiddleNames(drafts);
    linkQuotedNicknames(drafts);
    linkSaintsNames(drafts);
    linkAcronyms(drafts);
    linkDottedOpenings(drafts);
    linkClosingInitials(drafts);
    linkLawsLetters(drafts);
    linkListedCompanyAcronyms(drafts);
    linkShortCountryNames(drafts);
    linkNamesWithoutPlace(drafts);
    linkClippedTeamNames(drafts);
    linkNamesAfterParentAcronym(drafts);
    linkReorderedBodies(drafts);
    keyPossessedStateBodies(drafts, definitions);
    linkCompanyOpenings(drafts);
    linkLegalFormSpellings(drafts);
    linkShortForms(drafts, 'mostMentioned');
    linkVowelSpellings(drafts);
    linkFusedNames(drafts);
    followLinkChains(drafts, definitions);
    spreadFullNameLinks(drafts);
  };
  for (const article of articles) {
    if (article.ownHeader && story.length > 0) {
      linkStory();
      story = [];
      definitions = [];
    }
    story.push(article.mentions);
    definitions.push(...article.aliases);
  }
  if (story.length > 0) linkStory();
}

/**
 * "Putin" after "Vladimir Putin", "Kim" after "Kim Yo Jong", "RIA" after "RIA Novosti": a single
 * word that repeats the first or last word of a fuller name in the same article stands for one of
 * them. Like a reader, prefer the one most recently the subject of a sentence (named first in it),
 * then the one most recently named; one named only later is left to the page (see
 * linkShortFormsAcrossArticles).
 */
export function linkShortForms(found: MentionDraft[], otherwise: 'unlinked' | 'mostMentioned' = 'unlinked', family: ArticleFamily = NO_FAMILY): void {
  for (const d of found) if (d.evidence[OTHER]! >= WEIGHT.eponymousCondition && !d.link && d.shortFormKeys.length === 0 && namesEponymousThing(d.evidence)) d.modifier = true;
  linkAwardsNamedByOneWord(found);
  linkEventsWithoutTheirBody(found);
  const story = new StoryFacts(found, family);
  const candidates = candidateKinds(found, story);
  // "Father Lombardi" after "Federico Lombardi" may be the article's only short form.
  if (!candidates.any && !found.some(isTitleAndOneWord)) return;
  const names = indexFullNames(found, candidates.placeWord, candidates.initialNickname);
  linkRegnalNames(found, names.byShortKey);
  linkTitledSurnames(found, names.byShortKey);
  const seen: Recency = { lastSubject: new Map(), lastMention: new Map() };
  let previousSentence = -1;
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    const isSubject = d.sentence !== previousSentence;
    previousSentence = d.sentence;
    if (namesItselfApart(d)) story.namedApart.add(d.key);
    if (story.isCandidate(d)) linkCandidate(d, i, names, story, seen, otherwise);
    if (candidates.placeWord) story.surnameReadings.note(d);
    recordMention(d, i, isSubject, story, seen);
  }
}

/**
 * "Thomas Adeyemi won the Pulitzer Prize … won the Pulitzer for fiction": one word its context makes
 * an award stands for the article's award that opens with it; with none it is the award alone, no
 * short form of a person's name ("the Oscar for best picture" went to "Oscar Isaac").
 */
function linkAwardsNamedByOneWord(found: MentionDraft[]): void {
  let awards: Map<string, string> | null = null;
  for (const d of found) {
    if (!d.award || d.link || d.modifier) continue;
    awards ??= awardsByFirstWord(found);
    const award = awards.get(d.key);
    if (award) d.link = award;
    else d.modifier = true;
  }
}

/** The article's awards by their first word: "pulitzer" → "pulitzer prize". */
function awardsByFirstWord(found: readonly MentionDraft[]): Map<string, string> {
  const awards = new Map<string, string>();
  for (const d of found) {
    const [first, last] = d.shortFormKeys;
    if (first && last && AWARD_HEADS.has(last) && !awards.has(first)) awards.set(first, d.link ?? d.key);
  }
  return awards;
}

const AWARD_HEADS = new Set(['prize', 'prizes', 'award', 'awards', 'medal', 'trophy']);

/**
 * "Kipyegon won at the IAAF World Championships … to win again at the World Championships": an
 * event's name after its body's letters, written again without them, is the same event (the two
 * were apart; the lists join "FIFA World Cup" and "World Cup" themselves).
 */
function linkEventsWithoutTheirBody(found: MentionDraft[]): void {
  let events: Map<string, string> | null = null;
  for (const d of found) {
    if (d.link || d.modifier || d.acronym || !isEventByItsWords(d)) continue;
    events ??= eventsAfterBodysLetters(found);
    const full = events.get(d.key);
    if (full && full !== d.key) d.link = full;
  }
}

/** Its own words make the name an event's: "World Championships", "Diamond League Final". */
function isEventByItsWords(d: MentionDraft): boolean {
  return strongestType(d.nameEvidence)?.type === 'event';
}

/**
 * The story's events named after a body's letters, by the rest of their key: "world championships" →
 * "iaaf world championships"; an empty target where two bodies' events share the rest ("the ICC
 * World Championships" beside the IAAF's), which links neither.
 */
function eventsAfterBodysLetters(found: readonly MentionDraft[]): Map<string, string> {
  const events = new Map<string, string>();
  for (const d of found) {
    if (!BODYS_LETTERS.test(d.surface) || !isEventByItsWords(d)) continue;
    const rest = d.key.slice(d.key.indexOf(' ') + 1);
    const full = d.link ?? d.key;
    if (rest.includes(' ')) events.set(rest, events.has(rest) && events.get(rest) !== full ? '' : full);
  }
  return events;
}

/** Capital letters opening a name before more of its words: "IAAF " of "IAAF World Championships". */
const BODYS_LETTERS = /^[A-Z]{2,6} (?=\p{Lu})/u;

/** Links one candidate to the full name it stands for, if the story leaves one (the most recent subject first). */
function linkCandidate(d: MentionDraft, i: number, names: FullNameIndex, story: StoryFacts, seen: Recency, otherwise: 'unlinked' | 'mostMentioned'): void {
  const keys = narrowByType(d, i, narrowByFamily(d, i, narrowByPerson(d, possibleFullNames(d, names, story), names, story, seen.lastMention), story, seen.lastMention), story);
  if (keys.length > 0 && isWhatTheStoryNamedApart(d, keys, story)) {
    d.modifier = true;
    return;
  }
  if (keys.length > 0) {
    d.link = settledBodyOf(d, keys, story) ?? choose(keys, seen.lastSubject) ?? choose(keys, seen.lastMention);
    if (d.link && keys.length > 1) d.link = principalBearer(d, keys, d.link, story, seen);
    if (!d.link && otherwise === 'mostMentioned') d.link = mostMentioned(keys, story.mentionCounts);
    if (d.link && keys.length > 1 && !story.settledBodies.has(d.key) && keys.every((k) => story.fullNameTypes.get(k) !== 'person')) story.settledBodies.set(d.key, d.link);
  }
  if (d.link && !d.acronym && isGivenNameOf(d.key, d.link) && !story.family.namesCouple(d, story.found[i + 1])) story.calledByGivenName.add(d.link);
  // "Lawyers for Amazon cited Smith v. Jones … Judge Milan D. Smith Jr. wrote": a case's party no
  // earlier name explains is no short form of one named later (nor, in the merge, of anyone).
  else if (!d.link && story.family.namesCaseParty(d)) d.modifier = true;
}

/**
 * "Cathay Pacific Airways … its freight arm, Cathay Cargo. … Cathay said it expected … Cathay Cargo
 * moved 800,000 tonnes … Lam said Cathay would add 30 aircraft": a word the story has already used
 * for one of several bodies it opens, the others named by then, goes on standing for that body; the
 * story names the others in full to tell them apart (the last "Cathay" went to "Cathay Cargo", named
 * in the sentence before). Not for people: "Eduardo Bolsonaro said … Bolsonaro added" is the son.
 */
function settledBodyOf(d: MentionDraft, keys: readonly string[], story: StoryFacts): string | null {
  const settled = keys.length > 1 ? story.settledBodies.get(d.key) : undefined;
  return settled !== undefined && keys.includes(settled) ? settled : null;
}

/**
 * "NASA launched the Europa Clipper … Europa, an icy moon of Jupiter, … fly past Europa 49 times": a
 * word its own sentence typed as a thing of its own (no person), standing apart from the longer name
 * it opens, is that thing when the story names it alone again with nothing said of it (the later
 * "Europa" went to the probe). Not for people's names: "in Hamilton … Lewis Hamilton … Hamilton said".
 */
function namesItselfApart(d: MentionDraft): boolean {
  if (d.link || !d.modifier || d.shortFormKeys.length > 0 || d.acronym) return false;
  const strongest = strongestType(d.evidence);
  return strongest !== null && strongest.type !== 'person' && strongest.weight >= WEIGHT.contextNoun;
}

function isWhatTheStoryNamedApart(d: MentionDraft, keys: readonly string[], story: StoryFacts): boolean {
  if (!story.namedApart.has(d.key) || strongestType(d.evidence) !== null) return false;
  return keys.every((key) => story.fullNameTypes.get(key) !== 'person');
}

/**
 * "Former President Jair Bolsonaro … The court sentenced Bolsonaro … Eduardo Bolsonaro, a
 * congressman, lobbied Washington. The ruling was the first of its kind. Bolsonaro, 70, has been
 * under house arrest": a bare surname several of the story's people bear is the first of them the
 * story named (its subject), not the last named, unless that one was named in its sentence or the
 * one before ("Eduardo Bolsonaro said … Bolsonaro added"), or a pronoun that may be that one's
 * stands between ("Brian Mwangi was released. He is due in court. Mwangi did not speak"). Named in
 * the sentence before as whom the subject married, the spouse needs the pronoun too: "In 1961 she
 * married Hugh Whitcombe, an engineer. Whitcombe was appointed a CBE" is hers (it went to him), as
 * the obituary names a spouse in full or by the given name.
 */
function principalBearer(d: MentionDraft, keys: readonly string[], recent: string, story: StoryFacts, seen: Recency): string {
  if (d.key.includes(' ') || !keys.every((k) => k.endsWith(' ' + d.key))) return recent;
  const first = story.firstOfSurnames.get(d.key);
  const recentAt = seen.lastMention.get(recent);
  // "The icebreaker Sigrid Ellefsen … Captain Anders Ellefsen … Ellefsen said": the first named is a person's name, not a ship's.
  if (first === undefined || first === recent || !keys.includes(first) || recentAt === undefined || story.fullNameTypes.get(first) !== 'person') return recent;
  const recentSentence = story.found[recentAt]!.sentence;
  if (recentSentence === d.sentence || (recentSentence === d.sentence - 1 && !isSpouseNamedOnce(recent, recentAt, story))) return recent;
  const sex = sexOfFullName(recent, story.relatives, story.pronounSexes);
  return story.family.holdsPronounOf(recentSentence + 1, d.sentence, sex) ? recent : first;
}

/** Whether the story names `key` once, at `at`, right after a verb of marriage: "she married Hugh Whitcombe". */
function isSpouseNamedOnce(key: string, at: number, story: StoryFacts): boolean {
  const named = story.found[at]!;
  return named.key === key && story.family.isMarriedBefore(named) && story.found.findIndex((e) => e.key === key) === at;
}

/** Remembers where the entity a draft names was mentioned, and where it was its sentence's subject. */
function recordMention(d: MentionDraft, i: number, isSubject: boolean, story: StoryFacts, seen: Recency): void {
  const entityKey = d.link ?? (d.shortFormKeys.length > 0 ? d.key : null);
  if (!entityKey) return;
  seen.lastMention.set(entityKey, i);
  if (isSubject && !(d.link && !d.acronym && isGivenNameOf(d.key, d.link) && !isFirstOfSurname(d.link, story.firstOfSurnames))) seen.lastSubject.set(entityKey, i);
}

/**
 * "Rupert Murdoch and three of his children … Elisabeth said she was glad … Murdoch, 94, had
 * sought": a writer calls a relative by the given name to tell her from the one the surname
 * stands for, so her given name as a subject makes her no likelier referent of the surname. The
 * first of the story's full names with that surname still is ("Jared Padalecki … Jared grew up
 * … his mother, Sherri Padalecki … Padalecki" is Jared).
 */
function isFirstOfSurname(full: string, firstOfSurnames: ReadonlyMap<string, string>): boolean {
  return firstOfSurnames.get(full.slice(full.lastIndexOf(' ') + 1)) === full;
}

/** "Chelsea" for "Chelsea Clinton": a short form that is the full name's first word and not its last. */
function isGivenNameOf(short: string, full: string): boolean {
  return full.startsWith(short + ' ') && !full.endsWith(' ' + short);
}

/** The full name with the most mentions, the first named on a tie. */
function mostMentioned(keys: string[], counts: Map<string, number>): string {
  return keys.reduce((best, k) => ((counts.get(k) ?? 0) > (counts.get(best) ?? 0) ? k : best));
}
