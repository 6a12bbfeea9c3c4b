import { FormTable, type FileAnalysis, type MentionForm } from '../analysis/fileAnalysis.js';
import { closesWithHeadWord, closesWithItsCity, firstWordStandsFor, lastWordAloneStandsFor, lastWordStandsFor, middleNamesStandingFor, namesADivision, surnameWithoutArticle } from '../entities/shortForms/shortKeys.js';
import { isClippingOf } from '../entities/shortForms/personNameLinks.js';
import { isPlaceByItsWords, namesItsRegion } from '../entities/shortForms/fullNameCandidates.js';
import { particleSurnameOf } from '../entities/shortForms/nameKeyWords.js';
import { RegionKind, type AliasDefinition } from '../entities/mentionDraft.js';
import { strongestType, vouchesForNameMidSentence, WEIGHT } from '../entities/evidence.js';
import { citySpelling, countryFirstKey, gazetteer, isCity, isKnownPlace, isPlaceNotPersonName, namesAPeople, namesThePlace, type GazetteerEntry } from '../entities/gazetteer.js';
import { CHAMBERS_NAMED_AT_START, LEGISLATIVE_CHAMBERS, CLERICAL_TITLES, COMPANY_GROUP_WORDS, GENERATION_SUFFIXES, HEAD_WORDS, HYPHEN_PREFIXES, isCommonWord, isFrequentSurname, isGivenName, isListedSurname, isTitleWord, LEGAL_SUFFIXES, MID_NAME_PARTICLES, NAME_PARTICLES, NICKNAMES, NON_NAME_ACRONYMS, opensWithForeignArticle, PEERAGE_TITLES, REGNAL_NUMERALS, REGNAL_TITLES } from '../entities/lexicon.js';
import { ENTITY_TYPES, type EntityType } from '../entities/types.js';
import { nameKey } from '../text/tokenize.js';
import { CorpusIndex, type Counted, type EntityRecord } from './corpusIndex.js';
import { MentionTable, StringTable } from './mentionTable.js';
import { AliasKind, CaseRule, NameMatcher, type AliasTarget } from './nameMatcher.js';
import { declaredCaseRule, noCorrections, type Corrections } from './corrections.js';
import { looseToken, transliteratedPersonKey } from './looseKey.js';
import { StagedMentions, type StagedColumns } from './stagedMentions.js';
import { FormKeeper } from './keptForms.js';
import { PackedArrays } from './packedArrays.js';
import { articleText, decodeArticle, type ArticleColumns, type ArticleText } from './snapshotColumns.js';
import { StagedFiles } from './stagedFiles.js';
import { StoredFiles } from './storedFiles.js';
import { UnionFind } from './unionFind.js';
import { isRoleOnlyForm } from '../entities/roleMentions.js';
import { isClubCloser, TEAM_WORDS } from '../entities/sportsClubs.js';

export interface IndexInput {
  analysis: FileAnalysis;
  /** Path shown to users and used in article ids. */
  displayPath: string;
}

/**
 * One form of the corpus's mentions (see MentionForm) and how many mentions have it: every phase
 * of the merge decides per form, and counts with `count`. Refs are in order of first use.
 */
interface DraftRef {
  draft: MentionForm;
  count: number;
  /** The form's number in the merge (CorpusMerge's form table). */
  form: number;
}

interface Cluster {
  root: string;
  refs: DraftRef[];
  /** The mentions of its refs. */
  mentions: number;
  gazetteer: GazetteerEntry | null;
  declared: Corrections['entities'][number] | null;
  /** A name the analyst gave (the first of a merge group). */
  canonical?: string;
}

/** What the merge's phases share: the files, every form, and the decisions taken so far. */
interface MergeContext {
  files: StoredFiles;
  /** Every file's mentions, forms numbered as in `forms`. */
  staged: StagedMentions;
  /** Each file's slot in `staged`, in corpus order. */
  slots: number[];
  /** Every form by its number. */
  forms: MentionForm[];
  /** Every form in order of first use. */
  refs: DraftRef[];
  corrections: Corrections;
  /** The forms' disjoint sets: joined forms are one entity. */
  uf: UnionFind;
  /** Keys an article defined as another name of a name (acronyms, translations). */
  aliasKeys: Set<string>;
  /** Keys of the names those definitions gave another name to ("united states geological survey" for "USGS"). */
  definedNames: Set<string>;
  /** Other names of dictionary words only that a text gave a name ("subway bard" of "Frank Delmonico, dubbed the Subway Bard"): see isEpithet. */
  epithets: Set<string>;
  /** Acronyms defined as common terms ("MRO"). */
  terms: Set<string>;
  aliasDefinitions: AliasDefinition[];
  excluded: Set<string>;
  /** Forms an analyst split off, as written. */
  splitForms: Set<string>;
  declaredByKey: Map<string, Corrections['entities'][number]>;
  known: Map<string, GazetteerEntry>;
  /** The first name of each merge group, by its key: the merged entity's name. */
  mergedNames: Map<string, string>;
  /** How often each key stands mid-sentence: the evidence that a sentence-initial word is a name. */
  midSentence: Map<string, number>;
  /** Keys that some mention calls a name with a strong cue ("Ms. Goldsmith"): their bare mentions are names too. */
  vouched: Set<string>;
  /** Person-like full names by their first and last words: where bare surnames can go. */
  shortForms: Map<string, Map<string, number>>;
  /** The drafts that become mentions. */
  accepted: DraftRef[];
  /** Uses of bare words that only open sentences (see isSurnameOpeningSentences), made when first asked. */
  surnameOpenings?: Map<string, { count: number; person: number; other: number }>;
  /** Full names a short form linked to them says a person's (see isNamedByPersonsShortForm), made when first asked. */
  personLinkedNames?: Set<string>;
}

/**
 * Merges the names found in every file into entities: one entity per real-world thing, with all
 * the forms the corpus uses for it. The merge is corpus-wide because evidence is: a word that
 * opens a sentence is a name if the corpus also uses it mid-sentence, and a bare "Kim" in an article
 * that never gives a full name is the Kim the corpus mentions most.
 */
export function buildCorpusIndex(inputs: readonly IndexInput[], corrections: Corrections = noCorrections()): CorpusIndex {
  const merge = new CorpusMerge(corrections);
  for (const { analysis, displayPath } of inputs) merge.add(analysis, displayPath);
  return merge.finish();
}

/** A file as the merge keeps it until the end: no forms (they are the merge's), its mentions, lines, sentences and articles staged. */
interface MergeFile {
  order: number;
  aliases: AliasDefinition[];
  terms: string[];
  /** Its slot in the merge's staged mentions. */
  slot: number;
}

/**
 * The merge fed one file at a time, in any order (`order` is the file's place in the corpus): a
 * caller need not hold every analysis, only the merge does, compactly. Each file's forms join the
 * corpus's (equal forms of all files are one), its mentions stay as columns; `finish` decides.
 * The result is the same whatever order the files came in.
 */
export interface CorpusMergeOptions {
  /** Where the staged files' and mentions' full chunks wait in temporary files until `finish` reads them (StagedFiles, StagedMentions). */
  spillFolder?: string;
  /**
   * Called where `finish` has let go of a large share of what it held: the files' staging once
   * the context is made, the forms (some 90 MB of heap at 100,000 articles) before the mention
   * table is built. The indexing process collects its heap there (coldIndexProcess.ts).
   */
  afterRelease?: () => void;
}

export class CorpusMerge {
  private readonly files: MergeFile[] = [];
  private forms = new FormTable<MentionForm>();
  private staged: StagedMentions;
  private readonly counts: number[] = [];
  /** Where each form was first used: the file's order, then the form's number in that file. */
  private readonly firstUse: number[] = [];

  /** Makes the forms kept, each text, vector and list of texts once. */
  private readonly keeper = new FormKeeper();
  /** The files' line starts, line breaks, sentences and articles, copied into chunks (never a view of an analysis's). */
  private stagedFiles: StagedFiles;

  /** Called where `finish` has let go of a large share of what it held (CorpusMergeOptions.afterRelease). */
  private readonly afterRelease: () => void;

  constructor(
    private readonly corrections: Corrections = noCorrections(),
    options: CorpusMergeOptions = {},
  ) {
    this.stagedFiles = new StagedFiles(options.spillFolder);
    this.staged = new StagedMentions(options.spillFolder);
    this.afterRelease = options.afterRelease ?? (() => undefined);
  }

  add(analysis: FileAnalysis, displayPath: string, order = this.files.length): void {
    const local = new Int32Array(analysis.forms.length);
    for (let i = 0; i < local.length; i++) {
      const global = (local[i] = this.forms.intern(analysis.forms[i]!, this.keeper.keep));
      const use = order * FORMS_PER_FILE + i;
      if (global === this.counts.length) {
        this.counts.push(0);
        this.firstUse.push(use);
      } else if (use < this.firstUse[global]!) this.firstUse[global] = use;
    }
    const { form } = analysis.mentions;
    for (let row = 0; row < form.length; row++) this.counts[local[form[row]!]!]!++;
    this.stagedFiles.add(analysis, displayPath, order);
    this.files.push({
      order,
      aliases: analysis.aliases,
      terms: analysis.terms,
      slot: this.staged.append(analysis.mentions, local),
    });
  }

  /** The index of every file added. The merge is spent: add no more. */
  finish(): CorpusIndex {
    const ctx = this.context();
    this.afterRelease();
    joinDefinitionsAndCorrections(ctx);
    countMidSentenceUses(ctx);
    acceptFullNames(ctx);
    indexShortForms(ctx);
    acceptSingleWords(ctx);
    joinKnownForms(ctx);
    joinNamesWithoutSecondSurname(ctx);
    const clusters = clusterMentions(ctx);
    addHeadlineOnlyPlaces(ctx.files, clusters);
    addDeclaredWithoutMentions(clusters, ctx.corrections);
    nameMergeGroups(ctx, clusters);
    return assemble(ctx, [...clusters.values()], this.afterRelease);
  }

  /** The files in corpus order, every form in order of first use, and the definitions. */
  private context(): MergeContext {
    const corrections = this.corrections;
    const { files, articles } = this.stagedFiles.columns();
    const ctx = newContext(corrections, this.staged, new StoredFiles(files, articles));
    this.staged = new StagedMentions();
    this.stagedFiles = new StagedFiles();
    this.files.sort((a, b) => a.order - b.order);
    for (const f of this.files) {
      ctx.slots.push(f.slot);
      for (const alias of f.aliases) ctx.aliasDefinitions.push(alias);
      for (const term of f.terms) ctx.terms.add(term);
    }
    this.files.length = 0;
    this.keeper.clear();
    ctx.forms = this.forms.forms;
    const order = this.counts.map((_, i) => i).sort((a, b) => this.firstUse[a]! - this.firstUse[b]!);
    for (const form of order) ctx.refs.push({ draft: ctx.forms[form]!, count: this.counts[form]!, form });
    // From here the context holds the forms alone: assemble lets them go before the mention table is built.
    this.forms = new FormTable<MentionForm>();
    this.counts.length = 0;
    this.firstUse.length = 0;
    for (const d of corrections.entities) for (const form of [d.name, ...d.aliases]) ctx.declaredByKey.set(nameKey(form), d);
    return ctx;
  }
}

/** Where a form was first used is a number: the file's order times this, plus the form's number in the file. */
const FORMS_PER_FILE = 2 ** 26;

function newContext(corrections: Corrections, staged: StagedMentions, files: StoredFiles): MergeContext {
  return {
    files,
    staged,
    slots: [],
    forms: [],
    refs: [],
    corrections,
    uf: new UnionFind(),
    aliasKeys: new Set(),
    definedNames: new Set(),
    epithets: new Set(),
    terms: new Set(),
    aliasDefinitions: [],
    excluded: new Set(corrections.exclude.map(nameKey)),
    // Forms an analyst split off stay entities of their own: no merge may reach them. A form is taken
    // as written ("Kim Jong-un" may be split from "Kim Jong Un" although both fold to one key).
    splitForms: new Set(corrections.split.flatMap((s) => s.forms)),
    declaredByKey: new Map(),
    known: gazetteer().byKey,
    mergedNames: new Map(corrections.merge.map((group) => [nameKey(group[0]!), group[0]!])),
    midSentence: new Map(),
    vouched: new Set(),
    shortForms: new Map(),
    accepted: [],
  };
}

/** Acronyms and translations an article defines, the analyst's declared aliases and merge groups. */
function joinDefinitionsAndCorrections(ctx: MergeContext): void {
  const { uf, known, corrections } = ctx;
  for (const { alias, of, kind } of ctx.aliasDefinitions) {
    // A well-known acronym ("PRC") defined for something else in one article keeps its usual
    // meaning elsewhere: that article's own mentions are linked to its definition already.
    if (!known.has(alias) || isKnownNameInsideFullName(alias, of, kind) || isKnownBodyGivenAsOtherName(alias, kind, known)) uf.union(of, alias);
    ctx.aliasKeys.add(alias);
    ctx.definedNames.add(of);
    // "Frank Delmonico, dubbed the Subway Bard": dictionary words the text gives a name as another
    // name are a name, its epithet; not a term's other name, a term opening with a dictionary word
    // ("dynamic equivalence, later called functional equivalence").
    if (kind === 'otherName' && isEpithet(alias) && opensWithName(of)) {
      ctx.definedNames.add(alias);
      ctx.epithets.add(alias);
    }
  }
  for (const d of corrections.entities) for (const alias of d.aliases) uf.union(nameKey(d.name), nameKey(alias));
  for (const group of corrections.merge) for (const name of group.slice(1)) uf.union(nameKey(group[0]!), nameKey(name));
}

/**
 * "Harakat al-Shabaab al-Mujahideen, known as al-Shabaab": a name the lists know, given as another
 * name of a full name whose words hold it, is that full name's short form, no other meaning it could
 * keep apart (the two stayed two entities). Not an acronym: "PRC" defined as a party keeps its usual meaning.
 */
function isKnownNameInsideFullName(alias: string, of: string, kind: AliasDefinition['kind']): boolean {
  return kind === 'otherName' && alias.includes(' ') && ` ${of} `.includes(` ${alias} `) && of !== alias;
}

/**
 * "The Saudi Arabian Oil Company, known as Saudi Aramco": a body's name of more than one word that the
 * lists know, given as another name, is the full name's (the two stayed two entities). A body by its
 * own name is that body wherever it is written; an acronym is not ("PRC" defined as a party keeps
 * its usual meaning), nor is a place ("a district known as Little Italy").
 */
function isKnownBodyGivenAsOtherName(alias: string, kind: AliasDefinition['kind'], known: MergeContext['known']): boolean {
  return kind === 'otherName' && alias.includes(' ') && known.get(alias)?.type === 'organization';
}

/**
 * "the Subway Bard", "the Little Tiger", "the Wall": another name made of dictionary words only, an
 * epithet. It names its bearer, but neither names the entity ("Little Tiger" said twice named
 * Arjun Venkatesh), nor types it ("The Little Tiger beat three grandmasters" made him a team), nor
 * lends its words to headlines ("Subway poet to publish first book" held him).
 */
function isEpithet(key: string): boolean {
  return key.split(' ').every((word) => isCommonWord(word));
}

/**
 * "frank delmonico", "arjun venkatesh", "reed callister": a given name (a word too, as "Reed" and
 * "Will" are, where it opens the bearer's name) or a word no dictionary holds first; not "dynamic equivalence".
 */
function opensWithName(key: string): boolean {
  const first = key.split(' ')[0]!;
  return isGivenName(first, true) || !isCommonWord(first);
}

/** Which names stand on their own mid-sentence: the evidence that a sentence-initial word is a name. */
function countMidSentenceUses(ctx: MergeContext): void {
  for (const { draft, count } of ctx.refs) {
    // "Prince Harry and Meghan visited Nigeria. Harry played volleyball": a title before the name opened
    // the sentence, not the name ("Harry" alone was dropped, a dictionary word only opening sentences).
    if (vouchesForNameMidSentence(draft, evidenceTotal(draft))) {
      ctx.midSentence.set(draft.key, (ctx.midSentence.get(draft.key) ?? 0) + count);
      if (evidenceTotal(draft) >= WEIGHT.contextNoun) ctx.vouched.add(draft.key);
    }
  }
}

const isFullName = (d: MentionForm) => d.shortFormKeys.length > 0;

/**
 * How often the corpus writes a sentence-initial form's words as a name mid-sentence: none for
 * dictionary words whose own file never does ("Games were postponed" where only another file has
 * "the Commonwealth Games … the Games"), as the capital of a sentence's first word says nothing.
 */
function midSentenceUses(ctx: MergeContext, d: MentionForm): number {
  return vouchedElsewhere(ctx, d) ? (ctx.midSentence.get(d.key) ?? 0) : 0;
}

/**
 * Whether what other files write may vouch for a form: not for dictionary words their own file
 * shows to be no name ("Smosh: The Movie" is no short form of another file's "Disney Channel
 * Original Movie"), unless a title ("the President"), a given name or a common surname ("Wade"),
 * or a word of a person's name in another file: those stand for someone named elsewhere.
 */
function vouchedElsewhere(ctx: MergeContext, d: MentionForm): boolean {
  return !d.unvouchedInFile || isTitleWord(d.key) || isGivenName(d.key, true) || isFrequentSurname(d.key) || isWordOfSomeonesName(ctx, d.key);
}

/**
 * A full name of the corpus closing with this word after a given name ("george bush" for "bush"),
 * or opening with it before a word no dictionary holds ("saris oberov" for "saris"): a person's.
 */
function isWordOfSomeonesName(ctx: MergeContext, key: string): boolean {
  for (const full of ctx.shortForms.get(looseToken(key))?.keys() ?? []) {
    const first = full.slice(0, full.indexOf(' '));
    const last = full.slice(full.lastIndexOf(' ') + 1);
    if (last === key && isGivenName(first, true)) return true;
    if (first === key && !isCommonWord(last) && !HEAD_WORDS.has(last)) return true;
  }
  return false;
}

/** "L. D.", "J. R.": initials with no name after them. */
const INITIALS_ONLY = /^\p{L}(?: \p{L})+$/u;

/** Names of two words or more are names, unless they are all common words with nothing else to say for them. */
function acceptFullNames(ctx: MergeContext): void {
  const { known, declaredByKey } = ctx;
  const evidenced = commonWordNamesWithEvidence(ctx.refs);
  for (const key of namesOfLinkedAcronyms(ctx.refs)) evidenced.add(key);
  const acceptFull = (d: MentionForm) =>
    // "The United States Geological Survey (USGS)": dictionary words, but the article gave them an acronym.
    // "The charity Freedom from Torture said … Freedom from Torture has treated": dictionary words
    // opening a sentence are the name the corpus writes mid-sentence with evidence (the second was dropped).
    declaredByKey.has(d.key) || ((!d.commonWordsOnly || evidenceTotal(d) >= 1 || known.has(d.key) || (d.initial && midSentenceUses(ctx, d) > 0) || ctx.definedNames.has(d.key) || isTitledSurnameOfItsPerson(d) || isOfficeOfItsHolder(d) || isOpeningOfItsName(d) || isNamedByPersonsShortForm(ctx, d) || evidenced.has(d.key) || isKnownBodysNamedThing(ctx, d)) && !INITIALS_ONLY.test(d.key));
  for (const ref of ctx.refs) if (isFullName(ref.draft) && !ctx.excluded.has(ref.draft.key) && acceptFull(ref.draft)) ctx.accepted.push(ref);
}

/**
 * "Capital One said it would move accounts … makes Capital One the largest issuer": dictionary words
 * that some mention in the corpus calls a name with evidence are that name wherever they stand
 * (the second, with nothing around it to say so, was dropped).
 */
function commonWordNamesWithEvidence(refs: readonly DraftRef[]): Set<string> {
  const keys = new Set<string>();
  // Not an office's words ("the Chief Justice"): those name someone only where their article says whom.
  for (const { draft } of refs) if (draft.commonWordsOnly && isFullName(draft) && evidenceTotal(draft) >= 1 && !isRoleOnlyForm(draft.key)) keys.add(draft.key);
  return keys;
}

/**
 * "Immigration and Customs Enforcement raided three farms … ICE officials said": dictionary words
 * across a connector whose initials an acronym of the article spells, and which it links to them,
 * are a body's name (it was dropped, and "ICE" stood alone). Not a term's words without a connector,
 * "Reactive Oxygen Species … ROS", nor an office's letters: "Managing Director/Chief Executive
 * Officer (MD/CEO)" names no body.
 */
function namesOfLinkedAcronyms(refs: readonly DraftRef[]): string[] {
  const keys: string[] = [];
  for (const { draft } of refs) if (draft.acronym && draft.key.length >= 3 && draft.link && CONNECTED_WORDS.test(draft.link) && !isRoleOnlyForm(draft.link)) keys.push(draft.link);
  return keys;
}

const CONNECTED_WORDS = / (?:and|of|for) /;

/**
 * "its Apple Music streaming service", "for Apple Music": dictionary words mid-sentence opened by a
 * company the lists know name that company's service or unit (only "Apple" was kept). Not where the
 * name opens its sentence, whose capitals say nothing.
 */
function isKnownBodysNamedThing(ctx: MergeContext, d: MentionForm): boolean {
  return !d.initial && d.key.indexOf(' ') === d.key.lastIndexOf(' ') && ctx.known.get(d.shortFormKeys[0]!)?.type === 'organization';
}

/**
 * "Tiger Woods, a five-time Masters champion, finished third. Woods said he was pleased": dictionary
 * words whose short form the article links to them, where that form has a person's verb or pronoun
 * and nothing else, are a person's name (only "Woods" was kept).
 */
function isNamedByPersonsShortForm(ctx: MergeContext, d: MentionForm): boolean {
  return (ctx.personLinkedNames ??= personLinkedNames(ctx.refs)).has(d.key);
}

function personLinkedNames(refs: readonly DraftRef[]): Set<string> {
  const names = new Set<string>();
  for (const { draft } of refs) {
    if (draft.link === null || draft.evidence[PERSON]! < WEIGHT.personVerb) continue;
    if (draft.evidence.every((w, i) => i === PERSON || w === 0)) names.add(draft.link);
  }
  return names;
}

/**
 * "Prime Minister Aroha Ngata sat down with us. … Prime Minister, where are the homes?": an office's
 * words, which the article linked to the person it last named with that title (roleMentions.ts),
 * are that person there (it was dropped as dictionary words opening a sentence).
 */
function isOfficeOfItsHolder(d: MentionForm): boolean {
  return d.link !== null && isRoleOnlyForm(d.key);
}

/** "Golden State led by 14" after the "Golden State Warriors": dictionary words the article linked to the longer name they open. */
function isOpeningOfItsName(d: MentionForm): boolean {
  return d.link !== null && d.link.startsWith(d.key + ' ');
}

/**
 * "Rabbi Jonathan Sacks spoke. Rabbi Sacks said so", "Pastor Rick Warren … Pastor Warren": a title and
 * a surname that is a dictionary word too, which the article linked to its person's full name.
 */
function isTitledSurnameOfItsPerson(d: MentionForm): boolean {
  if (d.link === null) return false;
  const space = d.key.indexOf(' ');
  return space > 0 && (CLERICAL_TITLES.has(d.key.slice(0, space)) || PEERAGE_TITLES.has(d.key.slice(0, space)));
}

/** Person-like full names indexed by their first and last words: where bare surnames can go. */
function indexShortForms(ctx: MergeContext): void {
  for (const { draft, count } of ctx.accepted) {
    if (ctx.known.has(draft.key) || closesWithHeadWord(draft.key)) continue;
    const full = draft.link ?? draft.key;
    const [firstWord, lastWord] = draft.shortFormKeys as [string, string];
    const standsFor = lastWordStandsFor(draft.key);
    // "Le Pen" alone, in an article that never says "Marine Le Pen", is hers as "Pen" would be.
    const particleSurname = standsFor ? particleSurnameOf(draft.key) : null;
    // "Burhan" alone is the "Abdel Fattah al-Burhan" of another article.
    const articleless = standsFor ? surnameWithoutArticle(lastWord) : null;
    const words = [...(firstWordStandsFor(draft.shortFormKeys, draft.key) && !namesADivision(draft.surface, lastWord) ? [firstWord] : []), ...(lastWordAloneStandsFor(draft.key) && !closesWithItsCity(draft) ? [lastWord] : []), ...(particleSurname ? [particleSurname] : []), ...(articleless ? [articleless] : [])];
    // "Brazil's Lula" in one article, "Luiz Inácio Lula da Silva" in another; "Sheinbaum" of "Claudia Sheinbaum Pardo".
    if (draft.link === null) words.push(...middleNamesStandingFor(draft));
    for (const k of new Set(words.map(looseToken))) {
      // "Parliament" in a story from Fiji is no short form of another article's "Parliament of
      // Vanuatu" (it joined it): every country has its chamber, and a chamber's word alone names the
      // one its own article does (linked there, in shortForms.ts), never another article's.
      if (LEGISLATIVE_CHAMBERS.has(k)) continue;
      const byFull = ctx.shortForms.get(k) ?? new Map<string, number>();
      byFull.set(full, (byFull.get(full) ?? 0) + count);
      ctx.shortForms.set(k, byFull);
    }
  }
}

/** One-word names: known, defined, linked, acronyms, short forms of full names, or used mid-sentence. */
function acceptSingleWords(ctx: MergeContext): void {
  for (const ref of ctx.refs) {
    const d = ref.draft;
    if (isFullName(d) || ctx.excluded.has(d.key)) continue;
    if (acceptSingle(ctx, d)) ctx.accepted.push(ref);
  }
}

/**
 * "Al Ahly won a record 12th title", "Van Gogh painted it": a particle and a word no dictionary
 * holds, opening a sentence, are a name whatever the particle's capital says ("Le Pen", whose "Pen"
 * is a word, still needs a use mid-sentence).
 */
function isParticleAndName(d: MentionForm): boolean {
  const words = d.surface.split(' ');
  const particle = words[0]!.toLowerCase();
  if (words.length !== 2 || (!NAME_PARTICLES.has(particle) && !MID_NAME_PARTICLES.has(particle))) return false;
  const name = words[1]!;
  return /^\p{Lu}\p{Ll}/u.test(name) && !isCommonWord(name.toLowerCase());
}

/** "Vinicius Jr was booked": a word no dictionary holds and a generation's suffix open a sentence as a person's name (it was dropped). */
function isWordAndGeneration(d: MentionForm): boolean {
  const space = d.key.indexOf(' ');
  if (space < 0 || !GENERATION_SUFFIXES.has(d.key.slice(space + 1))) return false;
  return !d.commonWordsOnly && !isCommonWord(d.key.slice(0, space));
}

/**
 * "Munich was quiet on Monday", "Barcelona beat Real Madrid": a city no dictionary holds opens a
 * sentence as a name, though the article names it nowhere else. Not one that is a person's name
 * too ("Austin said", "Lincoln spoke"): those still need a use mid-sentence.
 */
function isCityNoPersonName(d: MentionForm): boolean {
  return !d.commonWordsOnly && !d.key.includes(' ') && isCity(d.key) && !isGivenName(d.key, true);
}

const PLACE = ENTITY_TYPES.indexOf('place');
const ORGANIZATION = ENTITY_TYPES.indexOf('organization');
const OTHER = ENTITY_TYPES.indexOf('other');

/**
 * "Macron called for calm on Tuesday. … Macron said the government would not yield": a word no
 * dictionary holds, that only opens sentences, is a surname where its sentences make it a person's
 * (a person's verb once, or a speech verb and a second use). Only a word that says nothing by
 * itself (no role noun: "Respondents said") and is no plural ("Paramedics said"), unless the
 * surname list holds it.
 */
function isSurnameOpeningSentences(ctx: MergeContext, d: MentionForm): boolean {
  if (d.commonWordsOnly || !isOpeningNameShape(d)) return false;
  const uses = (ctx.surnameOpenings ??= surnameOpeningUses(ctx.refs)).get(d.key);
  return !!uses && (uses.person >= WEIGHT.personVerb || (uses.count >= 2 && uses.person > 0)) && uses.person > uses.other;
}

/**
 * A bare surname's shape, or a listed given name's that says only a person ("The Princess of Wales
 * visited … Catherine said she was proud": a given name alone that only opens sentences was dropped).
 */
function isOpeningNameShape(d: MentionForm): boolean {
  return isBareSurnameShape(d) || isLoneGivenNameShape(d);
}

function isLoneGivenNameShape(d: MentionForm): boolean {
  if (d.key.includes(' ') || d.nameEvidence[PERSON]! <= 0 || !/^\p{Lu}\p{Ll}+$/u.test(d.surface)) return false;
  return !d.nameEvidence.some((w, i) => i !== PERSON && w > 0) && isGivenName(d.key);
}

/**
 * One capitalised word that says nothing of its type by its own words but a listed surname's
 * ("Rain fell. Kowalczyk said he would resign": the census surname made it no bare surname, and it
 * was dropped, where an unlisted one was kept), and no plural unless a listed surname.
 */
function isBareSurnameShape(d: MentionForm): boolean {
  if (d.key.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(d.surface) || d.nameEvidence.some((w, i) => w > 0 && (i !== PERSON || w > WEIGHT.surname))) return false;
  return !d.key.endsWith('s') || isListedSurname(d.key);
}

/** Sentence-opening uses of such words by key: how many, and the person's and the other types' evidence summed. */
function surnameOpeningUses(refs: readonly DraftRef[]): Map<string, { count: number; person: number; other: number }> {
  const uses = new Map<string, { count: number; person: number; other: number }>();
  for (const { draft, count } of refs) {
    if (!draft.initial || draft.commonWordsOnly || !isOpeningNameShape(draft)) continue;
    let use = uses.get(draft.key);
    if (!use) uses.set(draft.key, (use = { count: 0, person: 0, other: 0 }));
    use.count += count;
    use.person += draft.evidence[PERSON]! * count;
    for (let i = 0; i < draft.evidence.length; i++) if (i !== PERSON) use.other += draft.evidence[i]! * count;
  }
  return uses;
}

function acceptSingle(ctx: MergeContext, d: MentionForm): boolean {
  if (ctx.terms.has(d.key) && !ctx.aliasKeys.has(d.key)) return false;
  // "line E", "Ph.D.": a letter alone is an initial or a label, not a name, whatever it links to.
  if (d.key.length === 1 && !ctx.declaredByKey.has(d.key)) return false;
  if (ctx.known.has(d.key) || ctx.aliasKeys.has(d.key) || d.link || ctx.declaredByKey.has(d.key)) return true;
  // "Palestinians fled south": a people the lists know needs no other use to open a sentence.
  if (namesAPeople(d.key)) return true;
  if (d.acronym) return !NON_NAME_ACRONYMS.has(d.key) && d.key.length >= 2;
  // "First, the court..." is no short form of "First Corinthians": a dictionary word opening a
  // sentence needs the corpus to use it alone mid-sentence, like any other.
  // "his theory of Frame semantics" is no short form of another file's "Frame Relay": dictionary words
  // need their own file to write a name of them.
  if (!d.modifier && !(d.initial && d.commonWordsOnly) && vouchedElsewhere(ctx, d) && ctx.shortForms.has(looseToken(d.key))) return true;
  // "Sochi, Russia — …": a town's region after it vouches for a word no dictionary holds at the start
  // too, and so does an appositive ("Eskom, the state power utility, …"), and a thing's noun after
  // it ("Brent crude rose 2%" found nothing).
  // "Sinner beat Zverev 6-3, 7-6": a side of a match with a set's score is a player's name, though a word.
  // "Sberbank said": a word whose own letters say a body ("-bank") needs no other use either; a
  // head word or a legal form alone ("Shipbuilding", "Co") is no name.
  const ownWordsBody = !d.commonWordsOnly && d.nameEvidence[ORGANIZATION]! >= WEIGHT.headWord && !HEAD_WORDS.has(d.key) && !LEGAL_SUFFIXES.has(d.key);
  // "Senate leaders met", "Parliament in Kyiv welcomed the vote": a chamber's word names it at a sentence's
  // start too (its key may hold the dateline's country, "japan senate": the surface is the word).
  if (d.initial) return midSentenceUses(ctx, d) > 0 || CHAMBERS_NAMED_AT_START.has(d.surface.toLowerCase()) || d.evidence[PERSON]! >= WEIGHT.matchSide || (!d.commonWordsOnly && Math.max(d.evidence[PLACE]!, d.evidence[ORGANIZATION]!, d.evidence[OTHER]!) >= WEIGHT.contextNoun) || ownWordsBody || isParticleAndName(d) || isCityNoPersonName(d) || isCapitalisedCompound(d) || isSurnameOpeningSentences(ctx, d) || isWordAndGeneration(d);
  if (d.commonWordsOnly) return evidenceTotal(d) >= WEIGHT.preposition || (vouchedElsewhere(ctx, d) && (ctx.vouched.has(d.key) || (ctx.midSentence.get(d.key) ?? 0) >= 2));
  return true;
}

/**
 * "Meteo-France issued a red alert", "Hewlett-Packard cut jobs": capitalised words joined by hyphens,
 * not all of them dictionary words, opening a sentence; the sentence's capital is only the first
 * word's, so the others' say a name (both were dropped).
 */
function isCapitalisedCompound(d: MentionForm): boolean {
  // "Pro-Russian", "Anti-Semitism", "Post-Brexit": a dictionary word or a prefix opening it is no name's.
  const opener = d.key.slice(0, d.key.indexOf(' '));
  return !d.commonWordsOnly && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(d.surface) && !isCommonWord(opener) && !HYPHEN_PREFIXES.has(opener);
}

/** Forms of one entity: gazetteer aliases, transliterations of the same full name, legal suffixes. */
function joinKnownForms(ctx: MergeContext): void {
  const rootOfEntry = new Map<GazetteerEntry, string>();
  const gazetteerRoot = (entry: GazetteerEntry) => {
    let root = rootOfEntry.get(entry);
    if (root === undefined) rootOfEntry.set(entry, (root = nameKey(entry.name)));
    return root;
  };
  joinListedAndLooseNames(ctx, gazetteerRoot);
  // "Vistula Dynamics SA" and "Vistula Dynamics", "Goldman Sachs Group Inc." and "Goldman Sachs" are one company.
  const keys = new Set(ctx.accepted.map((r) => r.draft.link ?? r.draft.key));
  joinCompanyForms(ctx, keys, gazetteerRoot);
  joinCircuitCourts(ctx, keys);
}

/** A name the lists know joins their entry; full names written alike but for spelling ("looseFullName") join each other. */
function joinListedAndLooseNames(ctx: MergeContext, gazetteerRoot: (entry: GazetteerEntry) => string): void {
  const { uf, known } = ctx;
  const byLooseName = new Map<string, string>();
  const byTransliteration = new Map<string, string>();
  for (const { draft } of ctx.accepted) {
    const key = draft.link ?? draft.key;
    const entry = known.get(key);
    if (entry) uf.union(gazetteerRoot(entry), key);
    else if ((isFullName(draft) || surnameWithoutArticle(draft.key) !== null) && !draft.link) {
      const loose = looseFullName(countryFirstKey(keyWithoutNickname(draft)));
      const first = byLooseName.get(loose);
      if (first === undefined) byLooseName.set(loose, key);
      else uf.union(first, key);
      if (isFullName(draft)) joinTransliteratedPerson(ctx, draft, byTransliteration);
    }
  }
  for (const key of ctx.aliasKeys) {
    const entry = known.get(key);
    if (entry) uf.union(gazetteerRoot(entry), key);
  }
}

/**
 * 'Ismael "El Mayo" Zambada' and 'Ismael "Mayo" Zambada': a nickname quoted inside a full name is
 * no part of what the spellings are compared by, so both forms are one person's (they were two).
 */
function keyWithoutNickname(draft: MentionForm): string {
  const plain = draft.surface.replace(QUOTED_NICKNAME, ' ');
  return plain === draft.surface ? draft.key : nameKey(plain);
}

/**
 * "Muammar Gaddafi … Moammar Gadhafi": a person's full name written in another transliteration, its
 * surname spelt otherwise (not only looser: "Gaddafi" and "Gadhafi") and its given names alike but
 * for their vowels, is the same person's. Two spellings of the surname show two transliterations;
 * one surname with two given names ("Mohamed Salah", "Mahmoud Salah") may be two persons.
 */
function joinTransliteratedPerson(ctx: MergeContext, draft: MentionForm, byTransliteration: Map<string, string>): void {
  const type = strongestType(draft.evidence)?.type ?? strongestType(draft.nameEvidence)?.type;
  const folded = type === 'person' ? transliteratedPersonKey(draft.key) : null;
  if (folded === null) return;
  const first = byTransliteration.get(folded);
  if (first === undefined) byTransliteration.set(folded, draft.key);
  else if (looseToken(lastWordOf(first)) !== looseToken(lastWordOf(draft.key))) ctx.uf.union(first, draft.key);
}

function lastWordOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** A company's name and its bare name, its group's, its legal form written short, its club words, the lists' company. */
function joinCompanyForms(ctx: MergeContext, keys: ReadonlySet<string>, gazetteerRoot: (entry: GazetteerEntry) => string): void {
  const { uf, known } = ctx;
  // "U.S. Steel" is the "United States Steel Corp." too: a bare name written with the country's short name.
  const byCountryFirstKey = new Map<string, string>();
  for (const key of keys) {
    const countryFirst = countryFirstKey(key);
    if (countryFirst !== key) byCountryFirstKey.set(countryFirst, key);
  }
  for (const key of keys) {
    const bare = firstDefined(companyNamesWithin(key), (name) => (keys.has(name) ? name : byCountryFirstKey.get(name)));
    if (bare) uf.union(key, bare);
    const named = groupNamedWithoutGroupWord(key, keys);
    if (named) uf.union(key, named);
    // "Microsoft Corp." is the gazetteer's Microsoft, whether or not the corpus also says "Microsoft".
    const company = knownCompanyBeforeSuffix(key, known) ?? knownCompanyWrittenShort(key, known) ?? knownClubBeforeClubWords(key, known);
    if (company) uf.union(gazetteerRoot(known.get(company)!), key);
  }
}

/**
 * "the 9th U.S. Circuit Court of Appeals … the 9th Circuit", "the U.S. Court of Appeals for the
 * Ninth Circuit … the Ninth Circuit": the names of one US court of appeals (its circuit, however
 * written) are one entity; "the 5th Circuit" was a body of its own beside its full name.
 */
function joinCircuitCourts(ctx: MergeContext, keys: ReadonlySet<string>): void {
  const byCircuit = new Map<string, string>();
  for (const key of keys) {
    const circuit = circuitCourtKey(key);
    if (!circuit) continue;
    const first = byCircuit.get(circuit);
    if (first === undefined) byCircuit.set(circuit, key);
    else ctx.uf.union(first, key);
  }
}

/** A US court of appeals' circuit, written one way ("ninth", "dc", "federal"), from its name's key; null for other names. */
function circuitCourtKey(key: string): string | null {
  if (!key.endsWith(' circuit') && !key.endsWith(' circuit court of appeals')) return null;
  const circuit = CIRCUIT_COURT.exec(key)?.slice(1).find((g) => g !== undefined);
  if (circuit === undefined) return null;
  const written = CIRCUIT_NUMERALS.get(circuit) ?? circuit;
  return CIRCUITS.has(written) ? written : null;
}

const CIRCUIT_COURT = /^(?:(?:us|united states) )?court of appeals for the (.+) circuit$|^(.+?) (?:us )?circuit court of appeals$|^(.+) circuit$/;
const CIRCUITS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'dc', 'federal']);
const CIRCUIT_NUMERALS = new Map<string, string>([
  ...['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th', '11th'].map((n, i) => [n, [...CIRCUITS][i]!] as const),
  ['district of columbia', 'dc'],
]);

/**
 * "Gonzalo Benitez" in one article, "Gonzalo Benítez Achá" in another: a given name and the first of
 * two surnames is the full name without its second surname (the one `middleNamesStandingFor`
 * lets stand alone), when exactly one full name of the corpus has it. "Mary Ann Smith" gives
 * none ("Ann" is a given name), and two "Gonzalo Benítez …" of other second surnames give none.
 */
function joinNamesWithoutSecondSurname(ctx: MergeContext): void {
  const byShorter = new Map<string, string | null>();
  for (const { draft } of ctx.accepted) {
    if (draft.link || draft.key.split(' ').length !== 3) continue;
    const [father] = middleNamesStandingFor(draft);
    if (!father) continue;
    const shorter = looseFullName(`${draft.key.slice(0, draft.key.indexOf(' '))} ${father}`);
    byShorter.set(shorter, byShorter.has(shorter) && byShorter.get(shorter) !== draft.key ? null : draft.key);
  }
  if (byShorter.size === 0) return;
  const fullOf = new Map<string, string>();
  for (const { draft } of ctx.accepted) {
    if (draft.link || draft.key.split(' ').length !== 2) continue;
    const full = byShorter.get(looseFullName(draft.key));
    if (full) fullOf.set(draft.key, full);
  }
  const keptApart = namedBesideFullerName(ctx, fullOf);
  for (const [key, full] of fullOf) if (!keptApart.has(key)) ctx.uf.union(full, key);
}

/**
 * The shorter names that some article gives beside their fuller one, unlinked: that article kept
 * them apart ("Carlos Alcaraz won … Alcaraz's father, Carlos Alcaraz González"), and so does the corpus.
 */
function namedBesideFullerName(ctx: MergeContext, fullOf: ReadonlyMap<string, string>): Set<string> {
  const fuller = new Set(fullOf.values());
  const apart = new Set<string>();
  for (const slot of ctx.slots) {
    const mentions = ctx.staged.columns(slot);
    const keysByArticle = new Map<number, Set<string>>();
    for (let row = 0; row < mentions.form.length; row++) {
      const key = ctx.forms[mentions.form[row]!]!.key;
      if (!fullOf.has(key) && !fuller.has(key)) continue;
      const article = mentions.article[row]!;
      let keys = keysByArticle.get(article);
      if (!keys) keysByArticle.set(article, (keys = new Set()));
      keys.add(key);
    }
    for (const keys of keysByArticle.values()) for (const key of keys) if (keys.has(fullOf.get(key) ?? '')) apart.add(key);
  }
  return apart;
}

/** The key "A/S" closes a name with: the Danish and Norwegian legal form (see isSlashedLegalFormEnd). */
const SLASHED_LEGAL_FORM_KEY = ' a / s';

/**
 * "Microsoft Corp.": one word and a legal suffix is the company the gazetteer knows by that word
 * ("Smith Ltd" is no person Smith); "Meta Platforms Inc." is the gazetteer's Meta, known as "Meta
 * Platforms" too: a longer name without its legal form, a name or an alias of a known company. A
 * known company and a group word is that company too: "Rio Tinto Group", "BMW Group".
 */
function knownCompanyBeforeSuffix(key: string, known: ReadonlyMap<string, GazetteerEntry>): string | null {
  const isKnownCompany = (name: string) => known.get(name)?.type === 'organization';
  // "Novo Nordisk A/S" is keyed with its slash.
  if (key.endsWith(SLASHED_LEGAL_FORM_KEY) && isKnownCompany(key.slice(0, -SLASHED_LEGAL_FORM_KEY.length))) return key.slice(0, -SLASHED_LEGAL_FORM_KEY.length);
  const space = key.indexOf(' ');
  if (space < 0) return null;
  const lastSpace = key.lastIndexOf(' ');
  // "The Boeing Company", "The Coca-Cola Company": a known company and its legal form written out.
  const lastWord = key.slice(lastSpace + 1);
  if ((COMPANY_GROUP_WORDS.has(lastWord) || lastWord === 'company') && isKnownCompany(key.slice(0, lastSpace))) return key.slice(0, lastSpace);
  if (key.indexOf(' ', space + 1) >= 0) return companyNamesWithin(key).find(isKnownCompany) ?? [key, ...companyNamesWithin(key)].map(withoutOperatingWord).find((name) => name !== null && isKnownCompany(name)) ?? null;
  const bare = key.slice(0, space);
  return (LEGAL_SUFFIXES.has(key.slice(space + 1)) || OPERATING_WORDS.has(key.slice(space + 1))) && isKnownCompany(bare) ? bare : null;
}

/**
 * "South Africa's Standard Bank Group … Standard Bank chief executive Sim Tshabalala": a group of
 * two words or more and "Group" or "Holdings" is the name without that word, where the corpus
 * writes it so. One word stays apart ("Adani Group" and a bare "Adani", the founder's surname).
 */
function groupNamedWithoutGroupWord(key: string, keys: ReadonlySet<string>): string | null {
  const lastSpace = key.lastIndexOf(' ');
  if (lastSpace < 0 || !COMPANY_GROUP_WORDS.has(key.slice(lastSpace + 1))) return null;
  const name = key.slice(0, lastSpace);
  return name.includes(' ') && keys.has(name) && !isKnownPlace(name) ? name : null;
}

/**
 * "Walt Disney Co." is the gazetteer's "Walt Disney Company": a known company's closing legal form
 * written short. Its name without the form is no known name ("Walt Disney"), so the suffix rule missed it.
 */
function knownCompanyWrittenShort(key: string, known: ReadonlyMap<string, GazetteerEntry>): string | null {
  const space = key.lastIndexOf(' ');
  const long = space > 0 ? LEGAL_FORMS_WRITTEN_SHORT.get(key.slice(space + 1)) : undefined;
  if (long === undefined) return null;
  const name = key.slice(0, space + 1) + long;
  // The lists' own name, not an alias: "Taiwan Semiconductor Manufacturing Co (TSMC)" keeps the
  // story's name, whose initials link it to the listed "TSMC" where the story writes them.
  const entry = known.get(name);
  return entry?.type === 'organization' && nameKey(entry.name) === name ? name : null;
}

/**
 * "Manchester City Football Club", "Arsenal FC", "Real Madrid CF": the lists' club ("Manchester City",
 * "Arsenal", "Real Madrid") and the words that say it is a football club; each was a body of its own.
 */
function knownClubBeforeClubWords(key: string, known: ReadonlyMap<string, GazetteerEntry>): string | null {
  // "Real Madrid CF", "Inter Miami CF": a Spanish or American club's "Club de Fútbol" or "Club de Futbol".
  const closing = key.endsWith(' fc') || key.endsWith(' cf') ? 3 : key.endsWith(' afc') ? 4 : key.endsWith(' football club') ? 14 : 0;
  if (closing === 0) return null;
  const club = key.slice(0, -closing);
  return known.get(club)?.type === 'organization' ? club : null;
}

const LEGAL_FORMS_WRITTEN_SHORT = new Map([
  ['co', 'company'],
  ['corp', 'corporation'],
  ['ltd', 'limited'],
]);

/**
 * "huawei" of "huawei technologies", "toyota" of "toyota motor", "nomura" of "nomura securities",
 * "barclays" of "barclays bank": a company's word and the word its operating company adds, which
 * news drops ("Huawei Technologies Co Ltd … Huawei said", "Analysts at Nomura Securities … Nomura's
 * chief strategist"). Not
 * "motors" or "industries", which name other firms of a group ("Mitsubishi Motors", "Toyota Industries").
 */
function withoutOperatingWord(key: string): string | null {
  const space = key.lastIndexOf(' ');
  return space > 0 && OPERATING_WORDS.has(key.slice(space + 1)) && key.indexOf(' ') === space ? key.slice(0, space) : null;
}

const OPERATING_WORDS = new Set(['technologies', 'technology', 'motor', 'securities', 'bank']);

/** Words names abbreviate or spell two ways: "St Jerome" and "Saint Jerome", "Mt Fuji" and "Mount Fuji" are one name. */
const ABBREVIATED_WORDS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
  ['ft', 'fort'],
  // "Abdel Fattah el-Sisi" and "Abdel Fattah al-Sisi", "El Ahly" and "Al Ahly": the Arabic article transliterated two ways.
  ['el', 'al'],
]);

/**
 * Words names abbreviate as one: "Liverpool Football Club" and "Liverpool FC" (or "Liverpool
 * F.C.") are one club. Only closing the name, where a club writes it; the city before it is not
 * joined ("Liverpool" stays the place).
 */
const ABBREVIATED_CLOSING_PHRASES: readonly [string, string][] = [
  [' association football club', ' afc'],
  [' football club', ' fc'],
];

/** A full name's key with its abbreviated words and closing phrases written short, each word folded as transliterations are. */
/** The first value of `map` over `items` that is defined. */
function firstDefined<T, U>(items: readonly T[], map: (item: T) => U | undefined): U | undefined {
  for (const item of items) {
    const value = map(item);
    if (value !== undefined) return value;
  }
  return undefined;
}

function looseFullName(key: string): string {
  const phrase = ABBREVIATED_CLOSING_PHRASES.find(([long]) => key.endsWith(long));
  const short = phrase ? key.slice(0, key.length - phrase[0].length) + phrase[1] : key;
  return short.split(' ').map((w) => looseToken(ABBREVIATED_WORDS.get(w) ?? w)).join(' ');
}

/**
 * A bare surname with no full name in its article goes to the fullest entity it may name. The
 * best full name per short form is the same for every mention of it: decided once per form.
 */
function shortFormTargets(ctx: MergeContext): (d: MentionForm) => string | null {
  const fullCount = new Map<string, number>();
  for (const { draft, count } of ctx.accepted) {
    const root = ctx.uf.find(draft.link ?? draft.key);
    fullCount.set(root, (fullCount.get(root) ?? 0) + count);
  }
  const bestFullName = new Map<string, string | null>();
  let crowned: Set<string> | null = null;
  const crownedNames = () => (crowned ??= crownedNameKeys(ctx));
  let companies: Set<string> | null = null;
  const companyNames = () => (companies ??= companyFullNameRoots(ctx));
  return (d) => {
    if (d.link || d.modifier || isFullName(d) || ctx.known.has(d.key) || ctx.aliasKeys.has(d.key) || ctx.declaredByKey.has(d.key)) return null;
    const form = shortFormReading(d);
    const decided = bestFullName.get(form.decidedAs);
    if (decided !== undefined) return decided;
    const best = fullestNameFor(ctx, d, form, fullCount, crownedNames, companyNames);
    bestFullName.set(form.decidedAs, best);
    return best;
  };
}

/** What a bare short form's sentence and title say it may stand for; `decidedAs` keys the forms read alike. */
interface ShortFormReading {
  unlikePerson: boolean;
  /**
   * Its sentences lean to a person and say nothing of a body: "Morgan said she would resign", or a
   * given name's "Morgan told reporters" (a body's short form is its sentence's company).
   */
  personBySentence: boolean;
  placeNotPerson: boolean;
  bodyNotPerson: boolean;
  surnameOnly: boolean;
  regnal: boolean;
  loose: string;
  decidedAs: string;
}

function shortFormReading(d: MentionForm): ShortFormReading {
  // "the Kepler spacecraft" is no spelling of "Elise Keppler"'s surname: where the short form's own
  // words say it is something other than a person, only a full name with that very word takes it.
  const unlikePerson = isUnlikePerson(d);
  // "a conference in Houston" is the city, not another article's Whitney Houston (but may be "UC
  // Berkeley"): its sentence, not only the gazetteer, says place. "Houston said … she" may still be hers.
  const placeNotPerson = unlikePerson && isKnownPlace(d.key) && strongestType(d.evidence)?.type === 'place';
  // "the construction company Odebrecht paid bribes … Marcelo Odebrecht, its former chief
  // executive": a word its sentence makes a body's is no given name and surname's short form.
  const bodyNotPerson = unlikePerson && !placeNotPerson && strongestType(d.evidence)?.type === 'organization';
  const surnameOnly = isTitledSurname(d);
  const regnal = !surnameOnly && hasRegnalTitle(d);
  const personBySentence = !unlikePerson && d.evidence[PERSON]! > 0 && d.evidence[ORGANIZATION] === 0 && (d.evidence[PERSON]! >= WEIGHT.pronounAfter || isGivenName(d.key));
  const loose = looseToken(d.key);
  const decidedAs = namesItsRegion(d) ? `${d.key}|region` : placeNotPerson ? `${d.key}|place` : bodyNotPerson ? `${d.key}|body` : unlikePerson ? `${d.key}|unlike` : surnameOnly ? `${loose}|surname` : regnal ? `${loose}|regnal` : personBySentence ? `${loose}|person` : loose;
  return { unlikePerson, personBySentence, placeNotPerson, bodyNotPerson, surnameOnly, regnal, loose, decidedAs };
}

/** Of the full names the short form may stand for, the one whose entity the corpus mentions most. */
function fullestNameFor(ctx: MergeContext, d: MentionForm, form: ShortFormReading, fullCount: ReadonlyMap<string, number>, crownedNames: () => Set<string>, companyNames: () => Set<string>): string | null {
  const { unlikePerson, personBySentence, placeNotPerson, bodyNotPerson, surnameOnly, regnal, loose } = form;
  let best: string | null = null;
  let bestCount = -1;
  for (const full of ctx.shortForms.get(loose)?.keys() ?? []) {
    if (namesThePlace(d.key, full) || (unlikePerson && !full.split(' ').includes(d.key))) continue;
    // "militarising the Baltic" is the sea, no short form of another article's "Baltic Air Policing";
    // "DAVIS, Calif. — Scientists at UC Davis": a dateline is the town filed from, not the campus.
    if ((namesItsRegion(d) || isDateline(d)) && !isPlaceByItsWords(full)) continue;
    if ((placeNotPerson || bodyNotPerson) && isGivenName(full.slice(0, full.indexOf(' ')))) continue;
    if (surnameOnly && looseToken(full.slice(full.lastIndexOf(' ') + 1)) !== loose) continue;
    if (regnal && !isCrownedName(full, crownedNames())) continue;
    const root = ctx.uf.find(full);
    // "Morgan said she would resign … Morgan told reporters" in one story is no short form of
    // another's company "Morgan Lister" ("Shares of Morgan Lister fell"): it was, and became a company.
    if (personBySentence && companyNames().has(root)) continue;
    const count = fullCount.get(root) ?? 0;
    if (count > bestCount) {
      best = root;
      bestCount = count;
    }
  }
  return best;
}

const PERSON = ENTITY_TYPES.indexOf('person');

/** A dateline's town ("DAVIS, Calif. —"): its place evidence is the dateline's. */
function isDateline(d: MentionForm): boolean {
  return d.evidence[PLACE]! >= WEIGHT.dateline;
}

/**
 * "Justice Thomas", "Mr. Roberts": a title or an honorific before one word makes it a surname,
 * which stands only for a full name ending with it, never for another article's "Thomas Kinkade".
 * A ruler's title goes before a given name: "King Charles" may be "Charles III".
 */
function isTitledSurname(d: MentionForm): boolean {
  return d.evidence[PERSON]! >= WEIGHT.title && !hasRegnalTitle(d);
}

/** "King Charles", "Emperor Norton": a ruler's title before the name. */
function hasRegnalTitle(d: MentionForm): boolean {
  return d.descriptions.some((title) => REGNAL_TITLES.has(title.slice(title.lastIndexOf(' ') + 1).toLowerCase()));
}

/**
 * "King Philippe" stands for a crowned name only: one with a regnal numeral ("Charles III") or
 * one its own article gives a ruler's title, never another article's "Philippe Claudel".
 */
function isCrownedName(full: string, crowned: ReadonlySet<string>): boolean {
  return REGNAL_NUMERALS.has(full.slice(full.lastIndexOf(' ') + 1)) || crowned.has(full);
}

/** The entities (union-find roots) of full names whose mentions' sentences, with their words, say a company above all. */
function companyFullNameRoots(ctx: MergeContext): Set<string> {
  const sums = new Map<string, Float64Array>();
  for (const { draft, count } of ctx.accepted) {
    if (!isFullName(draft)) continue;
    const root = ctx.uf.find(draft.link ?? draft.key);
    let sum = sums.get(root);
    if (!sum) sums.set(root, (sum = Float64Array.from(draft.nameEvidence)));
    for (let i = 0; i < sum.length; i++) sum[i]! += draft.evidence[i]! * count;
  }
  const roots = new Set<string>();
  for (const [root, sum] of sums) if (strongestType(sum)?.type === 'organization') roots.add(root);
  return roots;
}

/** The keys of full names written after a ruler's title somewhere in the corpus. */
function crownedNameKeys(ctx: MergeContext): Set<string> {
  const keys = new Set<string>();
  for (const { draft } of ctx.accepted) if (draft.key.includes(' ') && hasRegnalTitle(draft)) keys.add(draft.key);
  return keys;
}

/** A form whose own words and sentence say, above all, some kind other than a person. */
function isUnlikePerson(d: MentionForm): boolean {
  const strongest = strongestType(d.evidence, d.nameEvidence);
  return !!strongest && strongest.type !== 'person';
}

/** The accepted drafts grouped by the entity they name, each group with its gazetteer entry and declaration. */
function clusterMentions(ctx: MergeContext): Map<string, Cluster> {
  const { uf, known } = ctx;
  const shortFormTarget = shortFormTargets(ctx);
  const clusters = new Map<string, Cluster>();
  for (const ref of ctx.accepted) {
    const root = ctx.splitForms.has(ref.draft.surface)
      ? `split:${ref.draft.surface}`
      : isPlaceNotAcronym(ctx, ref.draft)
        ? `place:${ref.draft.key}`
        : (shortFormTarget(ref.draft) ?? uf.find(ref.draft.link ?? ref.draft.key));
    let cluster = clusters.get(root);
    if (!cluster) {
      cluster = { root, refs: [], mentions: 0, gazetteer: null, declared: null };
      clusters.set(root, cluster);
    }
    cluster.refs.push(ref);
    cluster.mentions += ref.count;
    // A linked form means what it links to: "PRC" defined as a party is not the gazetteer's China.
    cluster.gazetteer ??= known.get(ref.draft.link ?? ref.draft.key) ?? null;
    cluster.declared ??= ctx.declaredByKey.get(ref.draft.key) ?? null;
  }
  for (const cluster of clusters.values()) cluster.gazetteer ??= known.get(cluster.root) ?? null;
  return clusters;
}

/**
 * "The International Maritime Organization (IMO) … the governor of Imo said": keys fold case, so
 * the Nigerian state's "Imo" took the key the acronym was defined for. A form written as a word,
 * not in capitals, that the place lists know and its sentence makes a place, is that place.
 */
function isPlaceNotAcronym(ctx: MergeContext, d: MentionForm): boolean {
  if (d.link || d.acronym || !ctx.aliasKeys.has(d.key) || !/\p{Ll}/u.test(d.surface)) return false;
  return isKnownPlace(d.key) && strongestType(d.evidence)?.type === 'place';
}

/** The first name of an analyst's merge group names the merged entity, unless it was declared. */
function nameMergeGroups(ctx: MergeContext, clusters: Map<string, Cluster>): void {
  for (const [key, name] of ctx.mergedNames) {
    const cluster = clusters.get(ctx.uf.find(key));
    if (cluster && !cluster.declared) cluster.canonical = name;
  }
}

/**
 * An entity the analyst declared that the corpus never names (a person known from elsewhere, a
 * name the extractor missed) is still an entity: notes can name it, and its card says so.
 */
function addDeclaredWithoutMentions(clusters: Map<string, Cluster>, corrections: Corrections): void {
  const present = new Set<Corrections['entities'][number]>();
  for (const c of clusters.values()) if (c.declared) present.add(c.declared);
  for (const declared of corrections.entities) {
    const root = `declared:${nameKey(declared.name)}`;
    if (!present.has(declared) && !clusters.has(root)) clusters.set(root, { root, refs: [], mentions: 0, gazetteer: null, declared });
  }
}

/**
 * "Seoul and Pyongyang Resume Talks": a well-known name may appear in a headline only. Headlines are
 * matched against known names, so the gazetteer's names found there become entities too.
 */
function addHeadlineOnlyPlaces(files: StoredFiles, clusters: Map<string, Cluster>): void {
  const present = new Set<GazetteerEntry>();
  for (const c of clusters.values()) if (c.gazetteer) present.add(c.gazetteer);
  const matcher = gazetteerMatcher();
  const entries = gazetteer().entries;
  const { articles } = files.columns();
  for (let a = 0; a < files.articleCount; a++) {
    const title = articleText(articles, a, 'title');
    if (!title) continue;
    for (const match of matcher.matchAll(title)) {
      const entry = entries[match.targets[0]!.entity]!;
      if (present.has(entry)) continue;
      present.add(entry);
      const root = nameKey(entry.name);
      if (!clusters.has(root)) clusters.set(root, { root, refs: [], mentions: 0, gazetteer: entry, declared: null });
    }
  }
}

let gazetteerNames: NameMatcher | undefined;

function gazetteerMatcher(): NameMatcher {
  if (!gazetteerNames) {
    gazetteerNames = new NameMatcher();
    gazetteer().entries.forEach((entry, i) => {
      for (const form of [entry.name, ...entry.aliases]) {
        const acronym = /^[A-Z][A-Z.]*$/.test(form) && form.replace(/\./g, '').length <= 6;
        gazetteerNames!.add(form, { entity: i, kind: acronym ? AliasKind.Acronym : AliasKind.Name, weight: 1 });
      }
    });
    gazetteerNames.freeze();
  }
  return gazetteerNames;
}

/**
 * The index from the decided clusters. The forms (at 100k articles a third of a million objects
 * and their strings) are let go once the entities, their types and their aliases are made, before
 * the mention table is built from the staged columns, so that the two are never held at once.
 */
function assemble(ctx: MergeContext, clusters: Cluster[], afterRelease: () => void): CorpusIndex {
  const { files } = ctx;
  clusters.sort((a, b) => b.mentions - a.mentions || a.root.localeCompare(b.root));
  const clusterOfForm = new Int32Array(ctx.forms.length).fill(-1);
  clusters.forEach((c, i) => c.refs.forEach((r) => (clusterOfForm[r.form] = i)));
  const entities = entityRecords(ctx, clusters, clusterOfForm);
  const matcher = new NameMatcher();
  addAliasesToMatcher(matcher, entities, clusters, ctx);
  const surfaceOfForm = ctx.forms.map((form, i) => (clusterOfForm[i]! >= 0 ? form.surface : ''));
  releaseForms(ctx, clusters);
  afterRelease();
  const surfaces = new StringTable();
  const table = mentionRows(ctx, clusterOfForm, surfaceOfForm, surfaces);
  matchTitles(files, table, surfaces, matcher, entities);
  matcher.freeze();
  finishEntities(files, entities, table);
  const kept = dropEntitiesWithoutMentions(entities, table, matcher);
  return new CorpusIndex(files, kept.entities, table, surfaces, kept.matcher);
}

/** One record per cluster, in the clusters' order: its name, id, type and descriptions; mentions come later. */
function entityRecords(ctx: MergeContext, clusters: Cluster[], clusterOfForm: Int32Array): EntityRecord[] {
  const entities: EntityRecord[] = [];
  const usedIds = new Set<string>();
  const evidence = clusterEvidence(ctx, clusters, clusterOfForm);
  const clusterTypes = new Map<Cluster, EntityType>();
  clusters.forEach((c, i) => clusterTypes.set(c, clusterType(c, evidence[i]!)));
  propagateSiblingTypes(clusters, clusterTypes);
  for (const cluster of clusters) {
    const declared = cluster.declared;
    const type = declared?.type ?? clusterTypes.get(cluster)!;
    const name = declared?.name ?? cluster.canonical ?? cluster.gazetteer?.name ?? placeSpelling(canonicalName(cluster, ctx.epithets), type);
    entities.push({
      index: entities.length,
      id: uniqueId(slug(name), usedIds),
      name,
      type,
      aliases: [],
      // The analyst's description comes first; extraction's follow, most frequent first.
      descriptions: [
        ...(declared?.description ? [{ text: declared.description, count: 0 }] : []),
        ...descriptionsOf(cluster).filter((d) => d.text !== declared?.description),
      ],
      mentions: new Int32Array(0),
      mentionCount: 0,
      articles: new Int32Array(0),
      sources: [],
      firstSeen: null,
      lastSeen: null,
      declared: declared !== null,
    });
  }
  return entities;
}

/** Everything that held the forms, emptied: only the staged mentions and the files are needed from here. */
function releaseForms(ctx: MergeContext, clusters: Cluster[]): void {
  ctx.forms = [];
  ctx.refs = [];
  ctx.accepted = [];
  for (const cluster of clusters) cluster.refs = [];
  ctx.uf = new UnionFind();
  ctx.midSentence.clear();
  ctx.vouched.clear();
  ctx.shortForms.clear();
  ctx.surnameOpenings = undefined;
  ctx.personLinkedNames = undefined;
  totals = new WeakMap();
}

/**
 * Every accepted mention as a row of the table, in corpus order; a cluster's number is its
 * entity's. The files' columns are let go as they are copied.
 */
function mentionRows(ctx: MergeContext, clusterOfForm: Int32Array, surfaceOfForm: string[], surfaces: StringTable): MentionTable {
  const surfaceIds = new Int32Array(surfaceOfForm.length).fill(-1);
  // Room for the headline matches too, about one per article.
  const table = new MentionTable(ctx.staged.length + ctx.files.articleCount);
  ctx.slots.forEach((slot, fileIndex) => {
    const m = ctx.staged.columns(slot);
    const articleBase = ctx.files.firstArticleOf(fileIndex);
    let previous = -1;
    for (let row = 0; row < m.form.length; row++) {
      const form = m.form[row]!;
      const entity = clusterOfForm[form]!;
      if (entity < 0 || isNestedInSameEntity(m, clusterOfForm, previous, row)) continue;
      previous = row;
      let surface = surfaceIds[form]!;
      if (surface < 0) surface = surfaceIds[form] = surfaces.intern(surfaceOfForm[form]!);
      table.add(fileIndex, m.start[row]!, m.start[row]! + m.length[row]!, articleBase + m.article[row]!, m.sentence[row]!, m.region[row]!, entity, surface);
    }
    ctx.staged.release(slot);
  });
  // The last chunk stays until every file is released and no more can come: now.
  ctx.staged.releaseAll();
  ctx.staged = new StagedMentions();
  return table;
}

/**
 * "Goldman Sachs" inside "Goldman Sachs Group Inc.", once the merge made them one company: a name
 * nested in the mention before it, of the same entity, is that mention again, not another one.
 */
function isNestedInSameEntity(m: StagedColumns, clusterOfForm: Int32Array, previous: number, row: number): boolean {
  if (previous < 0 || clusterOfForm[m.form[previous]!] !== clusterOfForm[m.form[row]!]) return false;
  return m.start[previous]! <= m.start[row]! && m.start[row]! + m.length[row]! <= m.start[previous]! + m.length[previous]!;
}

/**
 * An entity the headlines were expected to name but did not (another entity took the match) has
 * no mention at all: it must not show as "0 mentions". Remove it and renumber the rest.
 */
function dropEntitiesWithoutMentions(entities: EntityRecord[], table: MentionTable, matcher: NameMatcher): { entities: EntityRecord[]; matcher: NameMatcher } {
  const keep = (e: EntityRecord) => e.mentionCount > 0 || e.declared;
  if (entities.every(keep)) return { entities, matcher };
  const newIndex = new Int32Array(entities.length).fill(-1);
  const kept = entities.filter(keep);
  kept.forEach((e, i) => {
    newIndex[e.index] = i;
    e.index = i;
  });
  for (let row = 0; row < table.length; row++) table.entity[row] = newIndex[table.entity[row]!]!;
  const rebuilt = new NameMatcher();
  for (const { keys, targets } of matcher.entries()) {
    for (const t of targets) if (newIndex[t.entity]! >= 0) rebuilt.addKeys(keys, { ...t, entity: newIndex[t.entity]! });
  }
  rebuilt.freeze();
  return { entities: kept, matcher: rebuilt };
}

/** ", Co.", " GmbH", " Ltd" closing a name: the suffixes of LEGAL_SUFFIXES, in any case. */
/** A legal form closing a name, with the partners' "and" or "&" before "Co." ("Eli Lilly and Co." gave an alias "Eli Lilly and"). */
const LEGAL_SUFFIX_AT_END = new RegExp(`[\\s,]+(?:(?:&|and)\\s+(?:co|company)|${[...LEGAL_SUFFIXES].join('|')})\\.?$`, 'i');

function addAliasesToMatcher(matcher: NameMatcher, entities: EntityRecord[], clusters: Cluster[], ctx: MergeContext): void {
  const { declaredByKey, excluded, epithets } = ctx;
  for (const [index, cluster] of clusters.entries()) {
    const entity = entities[index]!;
    const byText = formsOfCluster(cluster, entity.name);
    // Each form's key made once (nameKey): the filters below asked for it up to seven times a form.
    const keys = new Map([...byText.keys()].map((text) => [text, nameKey(text)]));
    // "Prime Minister" linked to its holder, "Subway Bard" given him as an epithet: no full name whose words name him in a headline.
    const fullForms = [...keys].filter(([, key]) => key.includes(' ') && !isRoleOnlyForm(key) && !epithets.has(key)).map(([text]) => text);
    addFormsToMatcher(matcher, index, entity, cluster, byText, keys, fullForms, excluded);
    if (entity.type === 'person') addGivenAndSurnamesToMatcher(matcher, index, cluster, fullForms, declaredByKey, excluded);
    entity.aliases = aliasesOf(cluster, byText, keys);
  }
}

/** The forms the cluster's mentions are written in, counted, in the order they were accepted; then the lists' and the analyst's aliases, the entity's name and the forms these imply, counted 0. */
function formsOfCluster(cluster: Cluster, name: string): Map<string, number> {
  const byText = new Map<string, number>();
  for (const { draft, count } of cluster.refs) byText.set(draft.surface, (byText.get(draft.surface) ?? 0) + count);
  for (const alias of cluster.gazetteer?.aliases ?? []) if (!byText.has(alias)) byText.set(alias, 0);
  for (const alias of cluster.declared?.aliases ?? []) if (!byText.has(alias)) byText.set(alias, 0);
  if (!byText.has(name)) byText.set(name, 0);
  for (const text of [...byText.keys()]) for (const implied of impliedForms(text)) if (!byText.has(implied)) byText.set(implied, 0);
  return byText;
}

/** Each form as the matcher's alias of entity `index`: an acronym, a person's short form or a name (`keys`: each form's nameKey). */
function addFormsToMatcher(matcher: NameMatcher, index: number, entity: EntityRecord, cluster: Cluster, byText: Map<string, number>, keys: ReadonlyMap<string, string>, fullForms: readonly string[], excluded: Set<string>): void {
  for (const [text, count] of byText) {
    const key = keys.get(text)!;
    // An excluded form names nothing, even when a gazetteer or a full name would give it.
    if (excluded.has(key)) continue;
    // "the Secretary" is Cardona only in the article that named him so: never in a note or a headline.
    if (isRoleOnlyForm(key)) continue;
    const shortOfFull = !key.includes(' ') && entity.type === 'person' && fullForms.length > 0;
    const acronym = /^[A-Z][A-Z.&]*[A-Z.]$/.test(text) && text.replace(/\./g, '').length <= 6;
    const kind = acronym ? AliasKind.Acronym : shortOfFull ? AliasKind.ShortForm : AliasKind.Name;
    // A form split off its entity names the new one when written exactly so.
    const caseRule = cluster.root === `split:${text}` ? { caseRule: CaseRule.Exact } : declaredCaseRule(cluster.declared, text);
    matcher.add(text, { entity: index, kind, weight: count + 1, ...caseRule });
  }
}

/**
 * People are also called by their first or last name alone, though the corpus may never do so. A
 * hyphened name is one word there: "Court backs Omo-Agege" over a body writing only "Ovie
 * Omo-Agege" (the headline gave "Agege"), "Jean-Pierre"; an Arabic article's surname goes without
 * it too ("Burhan" of "Abdel Fattah al-Burhan").
 */
function addGivenAndSurnamesToMatcher(matcher: NameMatcher, index: number, cluster: Cluster, fullForms: readonly string[], declaredByKey: Map<string, Corrections['entities'][number]>, excluded: Set<string>): void {
  for (const full of fullForms) {
    const words = full.split(/\s+/).filter(Boolean);
    const last = words[words.length - 1]!;
    if (closesWithOffice(last)) continue;
    const afterArticle = surnameWithoutArticle(nameKey(last));
    for (const w of new Set([words[0]!, last, ...(afterArticle ? [last.slice(last.length - afterArticle.length)] : [])])) {
      if (w.length <= 1) continue;
      const key = nameKey(w);
      if (!declaredByKey.has(key) && !excluded.has(key)) {
        matcher.add(w, { entity: index, kind: AliasKind.ShortForm, weight: 1, ...declaredCaseRule(cluster.declared, w) });
      }
    }
  }
}

/**
 * "Scott County Sheriff", a person in one story: a place and an office, no given name and surname.
 * Neither word names that officer in a headline ("Colbert County Sheriff's deputies arrest suspect"
 * gave a mention "Sheriff", "Deputies Assist Scott County" one "Scott", both of the Scott County Sheriff).
 */
function closesWithOffice(lastWord: string): boolean {
  return isTitleWord(nameKey(lastWord));
}

/** The aliases a card lists: forms the corpus wrote, or every form of a declared or listed entity; no role alone beside a name (`keys`: each form's nameKey). */
function aliasesOf(cluster: Cluster, byText: Map<string, number>, keys: ReadonlyMap<string, string>): EntityRecord['aliases'] {
  const named = [...keys.values()].some((key) => !isRoleOnlyForm(key));
  return [...byText.entries()]
    .filter(([text, count]) => (count > 0 || cluster.declared || cluster.gazetteer) && !(named && isRoleOnlyForm(keys.get(text)!)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([text, count]) => ({ text, count }));
}

/**
 * Headlines capitalise every word, so capitals say nothing there: their names are found by
 * matching the corpus's known names. A short form in a title means what it means in the article's body.
 */
function matchTitles(files: StoredFiles, table: MentionTable, surfaces: StringTable, matcher: NameMatcher, entities: readonly EntityRecord[]): void {
  matcher.freeze();
  const nameOf = (entity: number) => entities[entity]!.name;
  const body = bodyEntities(table, files.articleCount);
  const inBody = new ArticleEntities(entities.length);
  const { articles } = files.columns();
  for (let global = 0; global < files.articleCount; global++) {
    // A record made for the article alone, not kept (StoredFiles.articleRecord keeps those it makes).
    const article = decodeArticle(articles, global);
    const title = article.title;
    if (!title || !article.titleSpan) continue;
    const bodyRows = body.entities.subarray(body.offsets[global]!, body.offsets[global + 1]!);
    const fileIndex = files.fileOfArticle(global);
    for (const match of joinNameParts(title, titleMatches(title, bodyRows, inBody.of(bodyRows), matcher, nameOf))) {
      table.push({
        file: fileIndex,
        start: article.titleSpan.start + match.start,
        end: article.titleSpan.start + match.end,
        article: global,
        sentence: -1,
        region: RegionKind.Title,
        entity: match.entity,
        surface: surfaces.intern(title.slice(match.start, match.end)),
      });
    }
  }
}

/** The known names of a title, a short form read as the body's entity where the body names one (`inBody`: the entities of `bodyRows`). */
function titleMatches(title: string, bodyRows: Int32Array, inBody: ArticleEntities, matcher: NameMatcher, nameOf: (entity: number) => string): { start: number; end: number; entity: number }[] {
  const found: { start: number; end: number; entity: number }[] = [];
  const resultLine = RESULT_LINE_TITLE.test(title);
  for (const match of matcher.matchAll(title)) {
    const target = leadTargetInBody(match.targets, inBody, bodyRows) ?? match.targets[0]!;
    if (isDictionaryWordOfOtherArticles(title.slice(match.start, match.end), target.entity, inBody)) continue;
    const ambiguous = match.targets.length > 1 && !inBody.has(target.entity) && target.kind === AliasKind.ShortForm;
    if (ambiguous && match.targets[0]!.entity !== target.entity) continue;
    const end = resultLine ? endWithClubsCloser(title, match.end) : match.end;
    found.push({ start: startWithParticles(title, match.start, match.end, target.entity, matcher, nameOf), end, entity: target.entity });
  }
  return found;
}

/**
 * "The Use of Cognitive Digital Games in School" over a paper that names no games, beside another
 * article's "the Paralympic Games … the Games": a title capitalises every word, so one dictionary
 * word there is a name only where the article's body names its entity (it was that event).
 */
function isDictionaryWordOfOtherArticles(words: string, entity: number, inBody: ArticleEntities): boolean {
  if (inBody.has(entity) || /[\s.'’-]/.test(words) || !isCommonWord(words.toLowerCase())) return false;
  // An acronym is no dictionary word ("US Stocks Fall" is the country's, though "us" is a word), and
  // the lists' names keep what they name: "Turkey Hits Back" over a story that says "Ankara".
  const key = nameKey(words);
  return words !== words.toUpperCase() && !gazetteer().byKey.has(key) && !isKnownPlace(key);
}

/** "Bristol City 1 Norwich City 2", "Carlisle United 0 Exeter City 3": a title that is a result's line, each side's name before its goals. */
const RESULT_LINE_TITLE = /^\p{Lu}[\p{L}'.&-]*(?: \p{Lu}[\p{L}'.&-]*){0,3} \d{1,2} \p{Lu}[\p{L}'.&-]*(?: \p{Lu}[\p{L}'.&-]*){0,3} \d{1,2}$/u;

/**
 * "Bristol City 1 Norwich City 2" over a story that writes only "Norwich": in a result's line the
 * club's closer and the goals follow the side's short form, and the closer is part of its name
 * (the title gave "Norwich"). Returns the match's end, past the closer where one follows before the goals.
 */
function endWithClubsCloser(title: string, end: number): number {
  const closer = /^ (\p{L}+)(?= \d)/u.exec(title.slice(end));
  if (!closer) return end;
  const lower = closer[1]!.toLowerCase();
  return isClubCloser(lower) || TEAM_WORDS.has(lower) ? end + closer[0].length : end;
}

/**
 * "EU chief von der Leyen warns Beijing": the matcher skips words in lower case, so the title gave
 * "Leyen" alone. Name particles right before a match ("von der", "de la", "van") join it when,
 * written with a capital, they and the match are a known form of the same entity ("Von der Leyen",
 * which the body wrote opening a sentence or after "Ursula"). A headline's capitalised particles
 * join it when they and the match close the entity's name: "Barcelona hire Van Gaal as coach" over a
 * body that writes only "Louis van Gaal" (it gave "Gaal").
 */
function startWithParticles(title: string, start: number, end: number, entity: number, matcher: NameMatcher, nameOf: (entity: number) => string): number {
  let best = start;
  let at = start;
  for (let words = 0; words < 3; words++) {
    const word = /(?:^|\s)(\p{L}\p{Ll}*) $/u.exec(title.slice(Math.max(0, at - 12), at));
    if (!word || !NAME_PARTICLES.has(word[1]!.toLowerCase())) break;
    at -= word[1]!.length + 1;
    if (word[1] !== word[1]!.toLowerCase()) {
      if (` ${nameOf(entity).toLowerCase()}`.endsWith(` ${title.slice(at, end).toLowerCase()}`)) best = at;
      continue;
    }
    const written = title[at]!.toUpperCase() + title.slice(at + 1, end);
    const whole = matcher.matchAll(written)[0];
    if (whole && whole.start === 0 && whole.end === written.length && whole.targets.some((t) => t.entity === entity)) best = at;
  }
  return best;
}

/**
 * "Chiefs edge Bills as Mahomes rallies Kansas City" over a story naming Patrick Mahomes first and
 * Brittany Mahomes at its end: of the body's entities a title's short form may mean, the one the
 * body names first, the story's lead (it was the last named, by the matcher's order).
 */
function leadTargetInBody(targets: readonly AliasTarget[], inBody: ArticleEntities, bodyRows: Int32Array): AliasTarget | undefined {
  const candidates = targets.filter((t) => inBody.has(t.entity));
  if (candidates.length < 2) return candidates[0];
  const first = bodyRows.find((entity) => candidates.some((t) => t.entity === entity));
  return candidates.find((t) => t.entity === first);
}

/**
 * The entities of one article at a time, each marked with the article's turn: no set made per
 * article (a hundred thousand of them at 100k articles, one entry per body row).
 */
class ArticleEntities {
  private readonly marks: Int32Array;
  private turn = 0;

  constructor(entityCount: number) {
    this.marks = new Int32Array(entityCount);
  }

  /** Holds the entities of `rows` (one article's), and none of the article before. */
  of(rows: Int32Array): this {
    this.turn++;
    for (const entity of rows) this.marks[entity] = this.turn;
    return this;
  }

  has(entity: number): boolean {
    return this.marks[entity] === this.turn;
  }
}

/**
 * The entities of each article's body rows, as runs of one array (a counting sort by article): a
 * map of sets for this held a hundred thousand sets at 100k articles, about 50 MB. Each article's
 * dateline rows come after its other rows: a dateline says where the story was filed, not whom it
 * leads with ("LEEDS, England (Reuters) - Leeds beat Castlebury 2-0" under "Leeds see off
 * Castlebury": the headline's Leeds is the club, which the body names after the dateline's town).
 */
function bodyEntities(table: MentionTable, articles: number): { offsets: Int32Array; entities: Int32Array } {
  const offsets = new Int32Array(articles + 1);
  for (let row = 0; row < table.length; row++) offsets[table.article[row]! + 1]!++;
  for (let a = 0; a < articles; a++) offsets[a + 1]! += offsets[a]!;
  const next = offsets.slice(0, articles);
  const entities = new Int32Array(table.length);
  let datelineRows = 0;
  for (let row = 0; row < table.length; row++) {
    if (table.region[row] === RegionKind.Dateline) datelineRows++;
    else entities[next[table.article[row]!]!++] = table.entity[row]!;
  }
  if (datelineRows > 0) for (let row = 0; row < table.length; row++) if (table.region[row] === RegionKind.Dateline) entities[next[table.article[row]!]!++] = table.entity[row]!;
  return { offsets, entities };
}

/**
 * "Jared Padalecki" as a heading, where the corpus knows "Jared Tristan Padalecki": the matcher
 * finds "Jared" and "Padalecki", short forms of one person, next to each other. They are one
 * mention of that person, with the initials between them ("Eugene A. Nida").
 */
function joinNameParts(title: string, matches: { start: number; end: number; entity: number }[]): { start: number; end: number; entity: number }[] {
  const out: { start: number; end: number; entity: number }[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && last.entity === m.entity && INITIALS_BETWEEN.test(title.slice(last.end, m.start))) last.end = m.end;
    else out.push({ ...m });
  }
  return out;
}

/** Only spaces and initials ("A.", "J. R.") between two parts of one name. */
const INITIALS_BETWEEN = /^ (?:\p{Lu}\. )*$/u;

/** Mention lists, articles, sources, dates and co-mentions, from the finished table. */
function finishEntities(files: StoredFiles, entities: EntityRecord[], table: MentionTable): void {
  const { offsets, byEntity } = rowsByEntity(table, entities.length);
  const { articles: columns } = files.columns();
  const sources = internedTexts(columns, files.articleCount, 'source');
  const published = internedTexts(columns, files.articleCount, 'published');
  const packed = new PackedArrays();
  const distinct = new DistinctArticles();
  const sourceCounts = new Int32Array(sources.texts.length);
  for (const entity of entities) {
    const rows = byEntity.subarray(offsets[entity.index]!, offsets[entity.index + 1]!);
    // Rows were added in corpus order; only headline matches, added last, need sorting in.
    if (!isInCorpusOrder(table, rows)) rows.sort((x, y) => table.file[x]! - table.file[y]! || table.start[x]! - table.start[y]!);
    entity.mentions = rows;
    entity.mentionCount = rows.length;
    const articles = packed.pack(distinct.of(table, rows));
    entity.articles = articles;
    entity.sources = countedTexts(articles, sources, sourceCounts);
    const seen = firstAndLastText(articles, published);
    entity.firstSeen = seen.first;
    entity.lastSeen = seen.last;
  }
}

/** The rows of each entity as runs of one array: a counting sort by entity keeps each run in row order. */
function rowsByEntity(table: MentionTable, entityCount: number): { offsets: Int32Array; byEntity: Int32Array } {
  const offsets = new Int32Array(entityCount + 1);
  for (let row = 0; row < table.length; row++) offsets[table.entity[row]! + 1]!++;
  for (let e = 0; e < entityCount; e++) offsets[e + 1]! += offsets[e]!;
  const next = offsets.slice(0, entityCount);
  const byEntity = new Int32Array(table.length);
  for (let row = 0; row < table.length; row++) byEntity[next[table.entity[row]!]!++] = row;
  return { offsets, byEntity };
}

/**
 * How many of the articles have each header text (the empty and absent left out), most first:
 * counted by the texts' numbers, so that no text is looked up in a map per article (an agency is
 * the source of thousands). `counts` is all zeros, and left so.
 */
function countedTexts(articles: Int32Array, texts: { of: Int32Array; texts: (string | null)[] }, counts: Int32Array): Counted[] {
  const order: number[] = [];
  for (const a of articles) {
    const n = texts.of[a]!;
    if (!texts.texts[n]) continue;
    if (counts[n] === 0) order.push(n);
    counts[n]!++;
  }
  // In the order first met, as a map of the texts would hold them: tally's sort keeps it among equals.
  const tallied = new Map(order.map((n) => [texts.texts[n]!, counts[n]!]));
  for (const n of order) counts[n] = 0;
  return tally(tallied);
}

/** The least and the greatest header text of the articles (the empty and absent left out), as a sort of them all would put first and last. */
function firstAndLastText(articles: Int32Array, texts: { of: Int32Array; texts: (string | null)[] }): { first: string | null; last: string | null } {
  let first: string | null = null;
  let last: string | null = null;
  for (const a of articles) {
    const text = texts.texts[texts.of[a]!];
    if (!text) continue;
    if (first === null || text < first) first = text;
    if (last === null || text > last) last = text;
  }
  return { first, last };
}

/** One header text of every article, each distinct text decoded once: sources and dates repeat across thousands of articles. */
function internedTexts(articles: ArticleColumns, count: number, field: ArticleText): { of: Int32Array; texts: (string | null)[] } {
  const of = new Int32Array(count);
  const texts: (string | null)[] = [];
  const numbers = new Map<string | null, number>();
  for (let a = 0; a < count; a++) {
    const text = articleText(articles, a, field);
    let n = numbers.get(text);
    if (n === undefined) numbers.set(text, (n = texts.push(text) - 1));
    of[a] = n;
  }
  return { of, texts };
}

/** The distinct articles of an entity's rows, in one array reused from entity to entity (grown to the most rows): no list made per entity. */
class DistinctArticles {
  private scratch = new Int32Array(1024);

  /** The distinct articles of rows in corpus order, ascending: a view, valid until the next call. */
  of(table: MentionTable, rows: Int32Array): Int32Array {
    if (this.scratch.length < rows.length) this.scratch = new Int32Array(rows.length);
    const out = this.scratch;
    let n = 0;
    let sorted = true;
    for (const row of rows) {
      const a = table.article[row]!;
      if (n > 0 && a === out[n - 1]) continue;
      if (n > 0 && a < out[n - 1]!) sorted = false;
      out[n++] = a;
    }
    if (sorted) return out.subarray(0, n);
    out.subarray(0, n).sort();
    let kept = 0;
    for (let i = 0; i < n; i++) if (kept === 0 || out[i] !== out[kept - 1]) out[kept++] = out[i]!;
    return out.subarray(0, kept);
  }
}

/**
 * The type evidence of each cluster without a gazetteer entry: what its mentions' contexts give
 * (summed) and what its forms say themselves (once per form: "Sigrid Ellefsen" named forty times
 * is still one given name, against the forty contexts that call it a trawler). Sums of floats
 * depend on their order, so they are taken mention by mention in the order the cluster's forms
 * were accepted: full names in corpus order, then single words in corpus order.
 */
function clusterEvidence(ctx: MergeContext, clusters: Cluster[], clusterOfForm: Int32Array): (Float32Array | null)[] {
  const types = ENTITY_TYPES.length;
  const sums = clusters.map((c) => (c.gazetteer ? null : new Float32Array(types)));
  // What each form adds, in flat arrays: millions of mentions are walked.
  const formCount = ctx.forms.length;
  const full = new Uint8Array(formCount);
  for (let form = 0; form < formCount; form++) full[form] = isFullName(ctx.forms[form]!) ? 1 : 0;
  const context = contextEvidence(ctx, types);
  const keysTaken = new KeysTaken(clusters.length);
  const formSeen = new Uint8Array(formCount);
  const add = (form: number, cluster: number, evidence: Float32Array) => {
    for (let i = 0, at = context.of[form]! * types; i < types; i++, at++) evidence[i]! += context.vectors[at]!;
    if (formSeen[form]) return;
    formSeen[form] = 1;
    const draft = ctx.forms[form]!;
    // A short form's own words say nothing of the entity it stands for: "Boston" for "Boston Red Sox".
    if ((draft.link && draft.link !== draft.key) || !keysTaken.take(cluster, draft.key)) return;
    for (let i = 0; i < types; i++) evidence[i]! += draft.nameEvidence[i]!;
  };
  // The full names' rows are summed as they are read, the single words' kept (their forms) and
  // summed after: the staged mentions, spilled to disk in a large corpus, are read once, not twice.
  const singleWords = new FormList(singleWordRows(clusters));
  for (const slot of ctx.slots) {
    const forms = ctx.staged.columns(slot).form;
    for (let row = 0; row < forms.length; row++) {
      const form = forms[row]!;
      const cluster = clusterOfForm[form]!;
      if (cluster < 0 || !sums[cluster]) continue;
      if (full[form]) add(form, cluster, sums[cluster]!);
      else singleWords.push(form);
    }
  }
  for (let i = 0; i < singleWords.length; i++) {
    const form = singleWords.at(i);
    add(form, clusterOfForm[form]!, sums[clusterOfForm[form]!]!);
  }
  return sums;
}

/**
 * Each form's context evidence (none for an epithet's form) as the number of its vector among the
 * distinct ones, which the forms share (FormKeeper keeps each vector once): `vectors` holds vector
 * n at n × `types`, the first all zeros. The 32,692 forms of 10k articles have 42 vectors, and a
 * copy of every form's took 64 bytes a form.
 */
function contextEvidence(ctx: MergeContext, types: number): { of: Int32Array; vectors: Float64Array } {
  const numbers = new Map<readonly number[], number>();
  const distinct: (readonly number[])[] = [[]];
  const of = new Int32Array(ctx.forms.length);
  ctx.forms.forEach((draft, form) => {
    if (ctx.epithets.has(draft.key)) return;
    let n = numbers.get(draft.evidence);
    if (n === undefined) numbers.set(draft.evidence, (n = distinct.push(draft.evidence) - 1));
    of[form] = n;
  });
  const vectors = new Float64Array(distinct.length * types);
  distinct.forEach((vector, n) => vectors.set(vector, n * types));
  return { of, vectors };
}

/**
 * The keys each cluster's forms have given their own words' evidence (clusterEvidence), one form
 * per key: the first key of a cluster held alone, a set made only when a second comes (for 377 of
 * the 3,456 clusters of 10k articles). A set for every cluster, made at once, outlived the young
 * generation's collections.
 */
class KeysTaken {
  private readonly first: (string | undefined)[];
  private readonly more = new Map<number, Set<string>>();

  constructor(clusterCount: number) {
    this.first = new Array<string | undefined>(clusterCount).fill(undefined);
  }

  /** Takes `key` for the cluster; false when it was taken already. */
  take(cluster: number, key: string): boolean {
    const first = this.first[cluster];
    if (first === undefined) {
      this.first[cluster] = key;
      return true;
    }
    if (first === key) return false;
    let more = this.more.get(cluster);
    if (!more) this.more.set(cluster, (more = new Set()));
    if (more.has(key)) return false;
    more.add(key);
    return true;
  }
}

/** The mentions of single-word forms of the clusters without a gazetteer entry: how many rows clusterEvidence keeps for later. */
function singleWordRows(clusters: readonly Cluster[]): number {
  let rows = 0;
  for (const c of clusters) if (!c.gazetteer) for (const r of c.refs) if (!isFullName(r.draft)) rows += r.count;
  return rows;
}

/** Form numbers in the order pushed, in one array grown by doubling (from `expected`, which is room enough when right). */
class FormList {
  private forms: Int32Array;
  length = 0;

  constructor(expected: number) {
    this.forms = new Int32Array(Math.max(16, expected));
  }

  push(form: number): void {
    if (this.length === this.forms.length) {
      const grown = new Int32Array(this.forms.length * 2);
      grown.set(this.forms);
      this.forms = grown;
    }
    this.forms[this.length++] = form;
  }

  at(i: number): number {
    return this.forms[i]!;
  }
}

/** An entity's type: the heaviest of its evidence (see clusterEvidence), else what its forms look like. */
function clusterType(cluster: Cluster, evidence: Float32Array | null): EntityType {
  if (cluster.gazetteer || !evidence) return cluster.gazetteer?.type ?? 'other';
  const best = strongestType(evidence);
  if (best) return best.type;
  // An acronym nobody defined is most often an organisation ("KCNA", "NATO", "G20"); one with a
  // letter after a digit is a code ("H5N1", "5G").
  if (cluster.refs.every((r) => r.draft.acronym && !LETTER_AFTER_DIGIT.test(r.draft.surface))) return 'organization';
  if (cluster.refs.every((r) => isUnlistedPersonLikeName(r.draft))) return 'person';
  return 'other';
}

/**
 * Two to four capitalised words that no dictionary holds, with nothing else said of them, are
 * most often someone's name: "Eric Temple Bell", "Mario J. Lucero". One such word may be a place
 * or a brand as well ("Hodeidah", "Elsevier"): it needs evidence. Not after another language's
 * article ("La Libertad Avanza" is a party), nor opening or closing with a place's name that is
 * no person's ("California Zephyr", "Tehrik-e-Taliban Pakistan").
 */
function isUnlistedPersonLikeName(d: MentionForm): boolean {
  if (d.shortFormKeys.length === 0 || !PERSON_LIKE.test(d.surface)) return false;
  const words = d.key.split(' ');
  if (words.some(isCommonWord) || opensWithForeignArticle(words[0]!, words.length) || isPlaceNotPersonName(words[words.length - 1]!)) return false;
  // "the California Zephyr was late": a place the gazetteer knows, no given name, opens no person's name ("Georgia Hale" may).
  return !isPlaceNotPersonName(words[0]!);
}

const LETTER_AFTER_DIGIT = /\d\p{L}/u;

/** Capitalised words of letters (an inner hyphen or apostrophe allowed: "d'Alembert", "Bastien-Lepage"), one to four of them. */
const PERSON_LIKE = /^(?:\p{Ll}{1,3}[-'’ ])?\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)){0,3}$/u;

function isInCorpusOrder(table: MentionTable, rows: Int32Array): boolean {
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1]!;
    const b = rows[i]!;
    if (table.file[a]! > table.file[b]! || (table.file[a] === table.file[b] && table.start[a]! > table.start[b]!)) return false;
  }
  return true;
}

/** "Hong Tai 168" is a vessel because "Hong Tai 58" is: names that differ only in a number are of one kind. */
function propagateSiblingTypes(clusters: Cluster[], types: Map<Cluster, EntityType>): void {
  const stemType = new Map<string, EntityType>();
  const stemOf = (c: Cluster) => {
    const words = c.root.split(' ');
    return words.length >= 2 && /^\d+$/.test(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : null;
  };
  for (const c of clusters) {
    const stem = stemOf(c);
    if (stem && hasEvidence(c)) stemType.set(stem, types.get(c)!);
  }
  for (const c of clusters) {
    const stem = stemOf(c);
    if (stem && !hasEvidence(c) && stemType.has(stem)) types.set(c, stemType.get(stem)!);
  }
}

function hasEvidence(c: Cluster): boolean {
  return c.gazetteer !== null || c.refs.some((r) => evidenceTotal(r.draft) > 0);
}

/** Emptied with the forms (releaseForms): its table, grown to the forms' number, would stay (about 1 MB at 10k articles). */
let totals = new WeakMap<MentionForm, number>();

/** The sum of a draft's type evidence, computed once: the merge asks for it several times per draft. */
function evidenceTotal(d: MentionForm): number {
  let total = totals.get(d);
  if (total === undefined) {
    total = 0;
    for (const w of d.evidence) total += w;
    for (const w of d.nameEvidence) total += w;
    totals.set(d, total);
  }
  return total;
}

/**
 * The most complete form: most words, not an acronym or a translation; then the most used. A
 * fullest form said once that shares no word with the last word of a full name said more often is
 * another name, given in passing: "Saint Jerome" names him, not "Eusebius Sophronius Hieronymus",
 * his Latin name; but "Babatunde Adeyemi-Cole" still names Adeyemi-Cole, and "Joshua Abraham Norton" Norton.
 */
function canonicalName(cluster: Cluster, epithets: ReadonlySet<string>): string {
  const counts = new Map<string, number>();
  for (const { draft, count } of cluster.refs) counts.set(draft.surface, (counts.get(draft.surface) ?? 0) + count);
  // Each form's key made once: the score below asks for it five times, and once more for the first
  // word of every form against every other's (a cluster of 60 spellings made 3,600 keys for that).
  const keys = new Map([...counts.keys()].map((text) => [text, nameKey(text)]));
  // More words first; of as many, the given name over its hypocoristic ("Lawrence Lessig", not "Larry
  // Lessig"), then every word capitalised ("Mississippi River", not "Mississippi river").
  // Of as many words, a name before a titled one ("Federico Lombardi", not "Father Lombardi"), even one
  // opening with a hypocoristic ("Rick Warren", not "Pastor Warren").
  // A clipped given name is a hypocoristic too: "Vinícius Júnior", not "Vini Jr.".
  const firstWords = [...keys.values()].map(firstWordOfKey);
  const clipped = (key: string) => {
    const first = firstWordOfKey(key);
    return firstWords.some((word) => isClippingOf(first, word));
  };
  // An epithet ("Little Tiger") after any other name.
  const score = (text: string, key: string) => (epithets.has(key) ? 0 : 500) + formClass(text, key) * 1000 + wordsOfForm(text) * 8 + (opensWithTitle(key) ? 0 : 4) + (opensWithNickname(key) || clipped(key) ? 0 : 2) + (LOWER_CASE_WORD.test(text) ? 0 : 1);
  const scores = new Map([...keys].map(([text, key]) => [text, score(text, key)]));
  const ranked = [...counts.entries()].sort((a, b) => scores.get(b[0])! - scores.get(a[0])! || b[1] - a[1] || a[0].localeCompare(b[0]));
  const [fullest, said] = ranked[0]!;
  if (said > 1) return fullest;
  // A full name of the same class said more than once, that shares no last word with the fullest form said once.
  const fullestKey = keys.get(fullest)!;
  const fullestWords = new Set(fullestKey.split(' '));
  const fullestClass = formClass(fullest, fullestKey);
  // "Jenna Marbles" for "Jenna Nicole Mourey"; not "Norton I" for "Joshua Abraham Norton": a regnal numeral is no surname.
  // Nor "J-Lo" for "Jennifer Lopez": an initial hyphened to a word makes no full name, nor does a
  // particle hyphened to a surname ("al-Sharaa" for "Ahmed al-Sharaa", also known as "Abu Mohammed al-Golani").
  const repeated = ranked.find(([text, n]) => n > 1 && formClass(text, keys.get(text)!) === fullestClass && wordsOfForm(text) > 1 && text.includes(' ') && !fullestWords.has(surnameOf(keys.get(text)!)) && !epithets.has(keys.get(text)!));
  return repeated?.[0] ?? fullest;
}

/** Words of a form, hyphened ones apart ("Kim Jong-un": 3); an initial hyphened to a word is none ("J-Lo": 1, not as full as "Jennifer Lopez"). */
function wordsOfForm(text: string): number {
  return text.replace(INITIAL_BEFORE_HYPHEN, '').split(/[\s-]+/).length;
}

const INITIAL_BEFORE_HYPHEN = /(?<!\p{L})\p{Lu}-(?=\p{Lu})/gu;

/**
 * "ABIDJAN" for a place only a dateline names: its city's spelling in the city list ("Abidjan"), not
 * the capitals of the dateline. Not a body's acronym ("NICE" is no Nice). A place of two words or
 * more the list does not hold is written with a capital to each word ("CAPE CANAVERAL" is Cape
 * Canaveral), unless a word of it is as short as an acronym's or a particle ("PORT AU PRINCE").
 */
function placeSpelling(name: string, type: EntityType): string {
  if (type !== 'place' || /\p{Ll}/u.test(name)) return name;
  return citySpelling(nameKey(name)) ?? capitalisedWords(name) ?? name;
}

function capitalisedWords(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 2 || words.some((w) => !/^\p{Lu}{3,}$/u.test(w))) return null;
  return words.map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
}

/** A word in lower case after the first: "Mississippi river" ("de Gaulle" opens with one). */
const LOWER_CASE_WORD = /\s\p{Ll}/u;

/** The last word of a name's key, before a regnal numeral ("norton" of "norton i"). */
function surnameOf(key: string): string {
  const words = key.split(' ');
  const last = words.length > 1 && REGNAL_NUMERALS.has(words.at(-1)!) ? words.length - 2 : words.length - 1;
  return words[last]!;
}

/** "Lord Cameron", "Father Lombardi": a form opening with a title or a form of address (by its key, nameKey). */
function opensWithTitle(key: string): boolean {
  const space = key.indexOf(' ');
  return space > 0 && isTitleWord(key.slice(0, space));
}

/** The first word of a form's key: "vini" of "vini jr" ("Vini Jr."), "" of a one-word form. */
function firstWordOfKey(key: string): string {
  const space = key.indexOf(' ');
  return space > 0 ? key.slice(0, space) : '';
}

/** "Bill Clinton" (by its key, nameKey): a form opening with a hypocoristic. */
function opensWithNickname(key: string): boolean {
  return key.includes(' ') && NICKNAMES.has(key.slice(0, key.indexOf(' ')));
}

/**
 * What kind of form a card's name may be, best last: a name before an office alone ("Secretary",
 * said ten times of Miguel Cardona, is no name for him), Latin script before others, words
 * before an acronym.
 */
function formClass(text: string, key: string): number {
  const name = isRoleOnlyForm(key) ? 0 : 1;
  const latin = /\p{Script=Latin}/u.test(text) ? 1 : 0;
  const acronym = /^[\p{Lu}.]+$/u.test(text) ? 1 : 0;
  return name * 100 + latin * 10 + (1 - acronym);
}

/** What a cluster's mentions say it is ("North Korea's leader"), counted. */
function descriptionsOf(cluster: Cluster): Counted[] {
  const counts = new Map<string, number>();
  for (const { draft, count } of cluster.refs) for (const d of draft.descriptions) counts.set(d, (counts.get(d) ?? 0) + count);
  return tally(counts);
}

function tally(counts: Map<string, number>): Counted[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text, count]) => ({ text, count }));
}

/**
 * Forms a name implies though the corpus may never write them, so that a note may: the name
 * without its legal suffix ("Hanseong Electronics" of "Hanseong Electronics Co."), and without a
 * quoted nickname ("Jungwook Kim" of 'Jungwook "Wookie" Kim').
 */
function impliedForms(text: string): string[] {
  const implied: string[] = [];
  const bare = text.replace(LEGAL_SUFFIX_AT_END, '');
  if (bare !== text && bare.split(/\s+/).length >= 2) implied.push(bare);
  const plain = text.replace(QUOTED_NICKNAME, ' ');
  if (plain !== text) implied.push(plain);
  return implied;
}

/** A quoted word or two between a name's words: '"Wookie"' in 'Jungwook "Wookie" Kim'. */
const QUOTED_NICKNAME = /\s["“‘'][^"“”‘’'\s]+(?:\s[^"“”‘’'\s]+)?["”’']\s/u;

/**
 * The shorter names of a company within its full one, longest first: its legal form, "& Co." and
 * its group words cut off one by one ("goldman sachs group inc" → "goldman sachs group", "goldman
 * sachs"; "jpmorgan chase & co" → "jpmorgan chase"; "novo holdings a / s" → "novo holdings"). Two words at least stay: "Smith Ltd" is no
 * person Smith (see knownCompanyBeforeSuffix). Empty when the name ends in no such word.
 */
export function companyNamesWithin(key: string): string[] {
  const words = key.split(' ');
  const names: string[] = [];
  let end = words.length;
  // "novo holdings a / s" → "novo holdings": the Danish and Norwegian legal form is keyed with its slash.
  if (key.endsWith(SLASHED_LEGAL_FORM_KEY) && end >= 5) {
    end -= 3;
    names.push(words.slice(0, end).join(' '));
  }
  while (end >= 3 && isCompanyFormWord(words, end)) {
    end -= isPartnersForm(words, end) ? 2 : 1;
    if (end >= 2) names.push(words.slice(0, end).join(' '));
  }
  return names;
}

/** The word before `end` is a legal form ("inc", "& co") or a group word ("group", "holdings"), once a legal form closed the name. */
function isCompanyFormWord(words: readonly string[], end: number): boolean {
  const word = words[end - 1]!;
  return LEGAL_SUFFIXES.has(word) || isPartnersForm(words, end) || (end < words.length && COMPANY_GROUP_WORDS.has(word));
}

/** "& co", "and co", "and company" before `end`: the partners' form of "Eli Lilly and Co." and "Merck & Co.". */
function isPartnersForm(words: readonly string[], end: number): boolean {
  const joint = words[end - 2];
  const partners = words[end - 1];
  return (joint === '&' || joint === 'and') && (partners === 'co' || partners === 'company');
}

export function slug(name: string): string {
  const base = nameKey(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return base || 'entity';
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

