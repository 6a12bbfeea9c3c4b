import type { FileAnalysis } from '../analysis/fileAnalysis.js';
import { RegionKind, type MentionDraft } from '../entities/articleMentions.js';
import { strongestType, WEIGHT } from '../entities/evidence.js';
import { gazetteer, namesThePlace, type GazetteerEntry } from '../entities/gazetteer.js';
import { HEAD_WORDS, isCommonWord, LEGAL_SUFFIXES, NON_NAME_ACRONYMS } from '../entities/lexicon.js';
import { ENTITY_TYPES, type EntityType } from '../entities/types.js';
import { LineIndex } from '../text/lineIndex.js';
import { nameKey } from '../text/tokenize.js';
import { CorpusIndex, type Counted, type EntityRecord, type IndexedFile } from './corpusIndex.js';
import { MentionTable, StringTable } from './mentionTable.js';
import { AliasKind, CaseRule, NameMatcher } from './nameMatcher.js';
import { declaredCaseRule, noCorrections, type Corrections } from './corrections.js';
import { looseToken } from './looseKey.js';
import { UnionFind } from './unionFind.js';

export interface IndexInput {
  analysis: FileAnalysis;
  /** Path shown to users and used in article ids. */
  displayPath: string;
}

interface DraftRef {
  draft: MentionDraft;
  file: number;
  /** Global article index. */
  article: number;
}

interface Cluster {
  root: string;
  refs: DraftRef[];
  gazetteer: GazetteerEntry | null;
  declared: Corrections['entities'][number] | null;
  /** A name the analyst gave (the first of a merge group). */
  canonical?: string;
}

/** What the merge's phases share: the files, every draft, and the decisions taken so far. */
interface MergeContext {
  files: IndexedFile[];
  refs: DraftRef[];
  corrections: Corrections;
  /** The forms' disjoint sets: joined forms are one entity. */
  uf: UnionFind;
  /** Keys an article defined as another name of a name (acronyms, translations). */
  aliasKeys: Set<string>;
  /** Acronyms defined as common terms ("MRO"). */
  terms: Set<string>;
  aliasDefinitions: { alias: string; of: string }[];
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
}

/**
 * Merges the names found in every file into entities: one entity per real-world thing, with all
 * the forms the corpus uses for it. The merge is corpus-wide because evidence is: a word that
 * opens a sentence is a name if the corpus also uses it mid-sentence, and a bare "Kim" in an article
 * that never gives a full name is the Kim the corpus mentions most.
 */
export function buildCorpusIndex(inputs: readonly IndexInput[], corrections: Corrections = noCorrections()): CorpusIndex {
  const ctx = collectDrafts(inputs, corrections);
  joinDefinitionsAndCorrections(ctx);
  countMidSentenceUses(ctx);
  acceptFullNames(ctx);
  indexShortForms(ctx);
  acceptSingleWords(ctx);
  joinKnownForms(ctx);
  const clusters = clusterMentions(ctx);
  addHeadlineOnlyPlaces(ctx.files, clusters);
  addDeclaredWithoutMentions(clusters, ctx.corrections);
  nameMergeGroups(ctx, clusters);
  return assemble(ctx.files, [...clusters.values()], ctx.declaredByKey, ctx.excluded);
}

/** Every file's lines, sentences and articles, and every draft with its file and article. */
function collectDrafts(inputs: readonly IndexInput[], corrections: Corrections): MergeContext {
  const ctx: MergeContext = {
    files: [],
    refs: [],
    corrections,
    uf: new UnionFind(),
    aliasKeys: new Set(),
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
  let articleBase = 0;
  for (const [fileIndex, { analysis, displayPath }] of inputs.entries()) {
    ctx.files.push({
      path: analysis.path,
      displayPath,
      lines: new LineIndex(analysis.textLength, Uint32Array.from(analysis.lineStarts), Uint8Array.from(analysis.breakLengths)),
      sentences: Int32Array.from(analysis.sentences),
      articles: analysis.articles,
      articleBase,
      size: analysis.size,
      mtimeMs: analysis.mtimeMs,
      warnings: analysis.warnings,
    });
    analysis.entities.forEach((article, ordinal) => {
      for (const draft of article.mentions) ctx.refs.push({ draft, file: fileIndex, article: articleBase + ordinal });
      for (const alias of article.aliases) ctx.aliasDefinitions.push(alias);
      for (const term of article.terms) ctx.terms.add(term);
    });
    articleBase += analysis.articles.length;
  }
  for (const d of corrections.entities) for (const form of [d.name, ...d.aliases]) ctx.declaredByKey.set(nameKey(form), d);
  return ctx;
}

/** Acronyms and translations an article defines, the analyst's declared aliases and merge groups. */
function joinDefinitionsAndCorrections(ctx: MergeContext): void {
  const { uf, known, corrections } = ctx;
  for (const { alias, of } of ctx.aliasDefinitions) {
    // A well-known acronym ("PRC") defined for something else in one article keeps its usual
    // meaning elsewhere: that article's own mentions are linked to its definition already.
    if (!known.has(alias)) uf.union(of, alias);
    ctx.aliasKeys.add(alias);
  }
  for (const d of corrections.entities) for (const alias of d.aliases) uf.union(nameKey(d.name), nameKey(alias));
  for (const group of corrections.merge) for (const name of group.slice(1)) uf.union(nameKey(group[0]!), nameKey(name));
}

/** Which names stand on their own mid-sentence: the evidence that a sentence-initial word is a name. */
function countMidSentenceUses(ctx: MergeContext): void {
  for (const { draft } of ctx.refs) {
    if (!draft.initial && (!draft.commonWordsOnly || evidenceTotal(draft) >= WEIGHT.preposition)) {
      ctx.midSentence.set(draft.key, (ctx.midSentence.get(draft.key) ?? 0) + 1);
      if (evidenceTotal(draft) >= WEIGHT.contextNoun) ctx.vouched.add(draft.key);
    }
  }
}

const isFullName = (d: MentionDraft) => d.shortFormKeys.length > 0;

/** "L. D.", "J. R.": initials with no name after them. */
const INITIALS_ONLY = /^\p{L}(?: \p{L})+$/u;

/** Names of two words or more are names, unless they are all common words with nothing else to say for them. */
function acceptFullNames(ctx: MergeContext): void {
  const { known, declaredByKey } = ctx;
  const acceptFull = (d: MentionDraft) =>
    declaredByKey.has(d.key) || ((!d.commonWordsOnly || evidenceTotal(d) >= 1 || known.has(d.key)) && !INITIALS_ONLY.test(d.key));
  for (const ref of ctx.refs) if (isFullName(ref.draft) && !ctx.excluded.has(ref.draft.key) && acceptFull(ref.draft)) ctx.accepted.push(ref);
}

/** Person-like full names indexed by their first and last words: where bare surnames can go. */
function indexShortForms(ctx: MergeContext): void {
  for (const { draft } of ctx.accepted) {
    if (ctx.known.has(draft.key) || HEAD_WORDS.has(draft.key.split(' ').at(-1)!)) continue;
    const full = draft.link ?? draft.key;
    for (const k of new Set(draft.shortFormKeys.map(looseToken))) {
      const byFull = ctx.shortForms.get(k) ?? new Map<string, number>();
      byFull.set(full, (byFull.get(full) ?? 0) + 1);
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

function acceptSingle(ctx: MergeContext, d: MentionDraft): boolean {
  if (ctx.terms.has(d.key) && !ctx.aliasKeys.has(d.key)) return false;
  // "line E", "Ph.D.": a letter alone is an initial or a label, not a name, whatever it links to.
  if (d.key.length === 1 && !ctx.declaredByKey.has(d.key)) return false;
  if (ctx.known.has(d.key) || ctx.aliasKeys.has(d.key) || d.link || ctx.declaredByKey.has(d.key)) return true;
  if (d.acronym) return !NON_NAME_ACRONYMS.has(d.key) && d.key.length >= 2;
  // "First, the court..." is no short form of "First Corinthians": a dictionary word opening a
  // sentence needs the corpus to use it alone mid-sentence, like any other.
  if (!d.modifier && !(d.initial && d.commonWordsOnly) && ctx.shortForms.has(looseToken(d.key))) return true;
  if (d.initial) return (ctx.midSentence.get(d.key) ?? 0) > 0;
  if (d.commonWordsOnly) return evidenceTotal(d) >= WEIGHT.preposition || ctx.vouched.has(d.key) || (ctx.midSentence.get(d.key) ?? 0) >= 2;
  return true;
}

/** Forms of one entity: gazetteer aliases, transliterations of the same full name, legal suffixes. */
function joinKnownForms(ctx: MergeContext): void {
  const { uf, known } = ctx;
  const rootOfEntry = new Map<GazetteerEntry, string>();
  const gazetteerRoot = (entry: GazetteerEntry) => {
    let root = rootOfEntry.get(entry);
    if (root === undefined) rootOfEntry.set(entry, (root = nameKey(entry.name)));
    return root;
  };
  const byLooseName = new Map<string, string>();
  for (const { draft } of ctx.accepted) {
    const key = draft.link ?? draft.key;
    const entry = known.get(key);
    if (entry) uf.union(gazetteerRoot(entry), key);
    else if (isFullName(draft) && !draft.link) {
      const loose = draft.key.split(' ').map((w) => looseToken(ABBREVIATED_WORDS.get(w) ?? w)).join(' ');
      const first = byLooseName.get(loose);
      if (first === undefined) byLooseName.set(loose, key);
      else uf.union(first, key);
    }
  }
  for (const key of ctx.aliasKeys) {
    const entry = known.get(key);
    if (entry) uf.union(gazetteerRoot(entry), key);
  }
  // "Vistula Dynamics SA" and "Vistula Dynamics" are one company.
  const keys = new Set(ctx.accepted.map((r) => r.draft.link ?? r.draft.key));
  for (const key of keys) {
    const bare = withoutLegalSuffix(key);
    if (bare && keys.has(bare)) uf.union(key, bare);
  }
}

/** Words names abbreviate: "St Jerome" and "Saint Jerome", "Mt Fuji" and "Mount Fuji" are one name. */
const ABBREVIATED_WORDS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['mt', 'mount'],
  ['ft', 'fort'],
]);

/**
 * A bare surname with no full name in its article goes to the fullest entity it may name. The
 * best full name per short form is the same for every mention of it: decided once per form.
 */
function shortFormTargets(ctx: MergeContext): (d: MentionDraft) => string | null {
  const { uf, known } = ctx;
  const fullCount = new Map<string, number>();
  for (const { draft } of ctx.accepted) {
    const root = uf.find(draft.link ?? draft.key);
    fullCount.set(root, (fullCount.get(root) ?? 0) + 1);
  }
  const bestFullName = new Map<string, string | null>();
  return (d) => {
    if (d.link || d.modifier || isFullName(d) || known.has(d.key) || ctx.aliasKeys.has(d.key) || ctx.declaredByKey.has(d.key)) return null;
    const loose = looseToken(d.key);
    const decided = bestFullName.get(loose);
    if (decided !== undefined) return decided;
    let best: string | null = null;
    let bestCount = -1;
    for (const full of ctx.shortForms.get(loose)?.keys() ?? []) {
      if (namesThePlace(d.key, full)) continue;
      const root = uf.find(full);
      const count = fullCount.get(root) ?? 0;
      if (count > bestCount) {
        best = root;
        bestCount = count;
      }
    }
    bestFullName.set(loose, best);
    return best;
  };
}

/** The accepted drafts grouped by the entity they name, each group with its gazetteer entry and declaration. */
function clusterMentions(ctx: MergeContext): Map<string, Cluster> {
  const { uf, known } = ctx;
  const shortFormTarget = shortFormTargets(ctx);
  const clusters = new Map<string, Cluster>();
  for (const ref of ctx.accepted) {
    const root = ctx.splitForms.has(ref.draft.surface)
      ? `split:${ref.draft.surface}`
      : (shortFormTarget(ref.draft) ?? uf.find(ref.draft.link ?? ref.draft.key));
    let cluster = clusters.get(root);
    if (!cluster) {
      cluster = { root, refs: [], gazetteer: null, declared: null };
      clusters.set(root, cluster);
    }
    cluster.refs.push(ref);
    // A linked form means what it links to: "PRC" defined as a party is not the gazetteer's China.
    cluster.gazetteer ??= known.get(ref.draft.link ?? ref.draft.key) ?? null;
    cluster.declared ??= ctx.declaredByKey.get(ref.draft.key) ?? null;
  }
  for (const cluster of clusters.values()) cluster.gazetteer ??= known.get(cluster.root) ?? null;
  return clusters;
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
    if (!present.has(declared) && !clusters.has(root)) clusters.set(root, { root, refs: [], gazetteer: null, declared });
  }
}

/**
 * "Seoul and Pyongyang Resume Talks": a well-known name may appear in a headline only. Headlines are
 * matched against known names, so the gazetteer's names found there become entities too.
 */
function addHeadlineOnlyPlaces(files: IndexedFile[], clusters: Map<string, Cluster>): void {
  const present = new Set<GazetteerEntry>();
  for (const c of clusters.values()) if (c.gazetteer) present.add(c.gazetteer);
  const matcher = gazetteerMatcher();
  const entries = gazetteer().entries;
  for (const file of files) {
    for (const article of file.articles) {
      if (!article.title) continue;
      for (const match of matcher.matchAll(article.title)) {
        const entry = entries[match.targets[0]!.entity]!;
        if (present.has(entry)) continue;
        present.add(entry);
        const root = nameKey(entry.name);
        if (!clusters.has(root)) clusters.set(root, { root, refs: [], gazetteer: entry, declared: null });
      }
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

function assemble(
  files: IndexedFile[],
  clusters: Cluster[],
  declaredByKey: Map<string, Corrections['entities'][number]>,
  excluded: Set<string>,
): CorpusIndex {
  const surfaces = new StringTable();
  const table = new MentionTable();
  const entities: EntityRecord[] = [];
  const usedIds = new Set<string>();

  clusters.sort((a, b) => b.refs.length - a.refs.length || a.root.localeCompare(b.root));
  const clusterTypes = new Map<Cluster, EntityType>();
  for (const c of clusters) clusterTypes.set(c, clusterType(c));
  propagateSiblingTypes(clusters, clusterTypes);

  for (const cluster of clusters) {
    const declared = cluster.declared;
    const name = declared?.name ?? cluster.canonical ?? cluster.gazetteer?.name ?? canonicalName(cluster);
    const id = uniqueId(slug(name), usedIds);
    const entity: EntityRecord = {
      index: entities.length,
      id,
      name,
      type: declared?.type ?? clusterTypes.get(cluster)!,
      aliases: [],
      // The analyst's description comes first; extraction's follow, most frequent first.
      descriptions: [
        ...(declared?.description ? [{ text: declared.description, count: 0 }] : []),
        ...counted(cluster.refs.flatMap((r) => r.draft.descriptions)).filter((d) => d.text !== declared?.description),
      ],
      mentions: new Int32Array(0),
      articles: new Int32Array(0),
      sources: [],
      firstSeen: null,
      lastSeen: null,
      declared: declared !== null,
    };
    entities.push(entity);
    for (const ref of cluster.refs) {
      table.push({
        file: ref.file,
        start: ref.draft.start,
        end: ref.draft.end,
        article: ref.article,
        sentence: ref.draft.sentence,
        region: ref.draft.region,
        entity: entity.index,
        surface: surfaces.intern(ref.draft.surface),
      });
    }
  }

  const matcher = new NameMatcher();
  addAliasesToMatcher(matcher, entities, table, surfaces, clusters, declaredByKey, excluded);
  matchTitles(files, table, surfaces, matcher);
  matcher.freeze();
  finishEntities(files, entities, table);
  const kept = dropEntitiesWithoutMentions(entities, table, matcher);
  return new CorpusIndex(files, kept.entities, table, surfaces, kept.matcher);
}

/**
 * An entity the headlines were expected to name but did not (another entity took the match) has
 * no mention at all: it must not show as "0 mentions". Remove it and renumber the rest.
 */
function dropEntitiesWithoutMentions(entities: EntityRecord[], table: MentionTable, matcher: NameMatcher): { entities: EntityRecord[]; matcher: NameMatcher } {
  const keep = (e: EntityRecord) => e.mentions.length > 0 || e.declared;
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
const LEGAL_SUFFIX_AT_END = new RegExp(`[\\s,]+(?:${[...LEGAL_SUFFIXES].join('|')})\\.?$`, 'i');

function addAliasesToMatcher(
  matcher: NameMatcher,
  entities: EntityRecord[],
  table: MentionTable,
  surfaces: StringTable,
  clusters: Cluster[],
  declaredByKey: Map<string, Corrections['entities'][number]>,
  excluded: Set<string>,
): void {
  const forms = new Map<number, Map<string, number>>();
  for (let row = 0; row < table.length; row++) {
    const entity = table.entity[row]!;
    const text = surfaces.get(table.surface[row]!);
    const byText = forms.get(entity) ?? new Map<string, number>();
    byText.set(text, (byText.get(text) ?? 0) + 1);
    forms.set(entity, byText);
  }
  for (const [index, cluster] of clusters.entries()) {
    const entity = entities[index]!;
    const byText = forms.get(index) ?? new Map<string, number>();
    for (const alias of cluster.gazetteer?.aliases ?? []) if (!byText.has(alias)) byText.set(alias, 0);
    for (const alias of cluster.declared?.aliases ?? []) if (!byText.has(alias)) byText.set(alias, 0);
    if (!byText.has(entity.name)) byText.set(entity.name, 0);
    for (const text of [...byText.keys()]) {
      const bare = text.replace(LEGAL_SUFFIX_AT_END, '');
      if (bare !== text && bare.split(/\s+/).length >= 2 && !byText.has(bare)) byText.set(bare, 0);
    }
    const fullForms = [...byText.keys()].filter((t) => nameKey(t).includes(' '));
    for (const [text, count] of byText) {
      // An excluded form names nothing, even when a gazetteer or a full name would give it.
      if (excluded.has(nameKey(text))) continue;
      const shortOfFull = !nameKey(text).includes(' ') && entity.type === 'person' && fullForms.length > 0;
      const acronym = /^[A-Z][A-Z.&]*[A-Z.]$/.test(text) && text.replace(/\./g, '').length <= 6;
      const kind = acronym ? AliasKind.Acronym : shortOfFull ? AliasKind.ShortForm : AliasKind.Name;
      // A form split off its entity names the new one when written exactly so.
      const caseRule = cluster.root === `split:${text}` ? { caseRule: CaseRule.Exact } : declaredCaseRule(cluster.declared, text);
      matcher.add(text, { entity: index, kind, weight: count + 1, ...caseRule });
    }
    // People are also called by their first or last name alone, though the corpus may never do so.
    if (entity.type === 'person') {
      for (const full of fullForms) {
        const words = full.split(/[\s-]+/).filter(Boolean);
        for (const w of new Set([words[0]!, words[words.length - 1]!])) {
          if (w.length > 1 && !declaredByKey.has(nameKey(w)) && !excluded.has(nameKey(w))) {
            matcher.add(w, { entity: index, kind: AliasKind.ShortForm, weight: 1, ...declaredCaseRule(cluster.declared, w) });
          }
        }
      }
    }
    entity.aliases = [...byText.entries()]
      .filter(([, count]) => count > 0 || cluster.declared || cluster.gazetteer)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([text, count]) => ({ text, count }));
  }
}

/**
 * Headlines capitalise every word, so capitals say nothing there: their names are found by
 * matching the corpus's known names. A short form in a title means what it means in the article's body.
 */
function matchTitles(files: IndexedFile[], table: MentionTable, surfaces: StringTable, matcher: NameMatcher): void {
  matcher.freeze();
  const bodyRows = table.length;
  const entitiesByArticle = new Map<number, Set<number>>();
  for (let row = 0; row < bodyRows; row++) {
    const a = table.article[row]!;
    const set = entitiesByArticle.get(a) ?? new Set<number>();
    set.add(table.entity[row]!);
    entitiesByArticle.set(a, set);
  }
  files.forEach((file, fileIndex) => {
    file.articles.forEach((article, ordinal) => {
      if (!article.title || !article.titleSpan) return;
      const global = file.articleBase + ordinal;
      const inBody = entitiesByArticle.get(global) ?? new Set<number>();
      const title = article.title;
      const found: { start: number; end: number; entity: number }[] = [];
      for (const match of matcher.matchAll(title)) {
        const target = match.targets.find((t) => inBody.has(t.entity)) ?? match.targets[0]!;
        const ambiguous = match.targets.length > 1 && !inBody.has(target.entity) && target.kind === AliasKind.ShortForm;
        if (ambiguous && match.targets[0]!.entity !== target.entity) continue;
        found.push({ start: match.start, end: match.end, entity: target.entity });
      }
      for (const match of joinNameParts(title, found)) {
        table.push({
          file: fileIndex,
          start: article.titleSpan!.start + match.start,
          end: article.titleSpan!.start + match.end,
          article: global,
          sentence: -1,
          region: RegionKind.Title,
          entity: match.entity,
          surface: surfaces.intern(title.slice(match.start, match.end)),
        });
      }
    });
  });
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
function finishEntities(files: IndexedFile[], entities: EntityRecord[], table: MentionTable): void {
  const rowsByEntity: number[][] = entities.map(() => []);
  for (let row = 0; row < table.length; row++) rowsByEntity[table.entity[row]!]!.push(row);
  const articleInfo: { source: string | null; published: string | null }[] = [];
  for (const file of files) for (const a of file.articles) articleInfo.push({ source: a.source, published: a.published });

  for (const entity of entities) {
    const rows = rowsByEntity[entity.index]!;
    // Rows were added in corpus order; only headline matches, added last, need sorting in.
    if (!isInCorpusOrder(table, rows)) rows.sort((x, y) => table.file[x]! - table.file[y]! || table.start[x]! - table.start[y]!);
    entity.mentions = Int32Array.from(rows);
    const articles = [...new Set(rows.map((r) => table.article[r]!))].sort((a, b) => a - b);
    entity.articles = Int32Array.from(articles);
    entity.sources = counted(articles.map((a) => articleInfo[a]!.source).filter((s): s is string => !!s));
    const dates = articles.map((a) => articleInfo[a]!.published).filter((d): d is string => !!d).sort();
    entity.firstSeen = dates[0] ?? null;
    entity.lastSeen = dates[dates.length - 1] ?? null;
  }
}

const scratchEvidence = new Float32Array(ENTITY_TYPES.length);

/**
 * An entity's type: the heaviest of the evidence its mentions' contexts give (summed) and of what
 * its forms say themselves (once per form: "Sigrid Ellefsen" named forty times is still one
 * given name, against the forty contexts that call it a trawler).
 */
function clusterType(cluster: Cluster): EntityType {
  if (cluster.gazetteer) return cluster.gazetteer.type;
  const evidence = scratchEvidence.fill(0);
  const formsSeen = new Set<string>();
  for (const { draft } of cluster.refs) {
    for (let i = 0; i < evidence.length; i++) evidence[i]! += draft.evidence[i]!;
    // A short form's own words say nothing of the entity it stands for: "Boston" for "Boston Red Sox".
    if (formsSeen.has(draft.key) || (draft.link && draft.link !== draft.key)) continue;
    formsSeen.add(draft.key);
    for (let i = 0; i < evidence.length; i++) evidence[i]! += draft.nameEvidence[i]!;
  }
  const best = strongestType(evidence);
  if (best) return best.type;
  // An acronym nobody defined is most often an organisation ("KCNA", "NATO").
  if (cluster.refs.every((r) => r.draft.acronym)) return 'organization';
  // Two to four capitalised words that no dictionary holds, with nothing else said of them, are
  // most often someone's name: "Eric Temple Bell", "Mario J. Lucero". One such word may be a
  // place or a brand as well ("Hodeidah", "Elsevier"): it needs evidence.
  if (cluster.refs.every((r) => r.draft.shortFormKeys.length > 0 && PERSON_LIKE.test(r.draft.surface) && !r.draft.key.split(' ').some(isCommonWord))) return 'person';
  return 'other';
}

/** Capitalised words of letters (an inner hyphen or apostrophe allowed: "d'Alembert", "Bastien-Lepage"), one to four of them. */
const PERSON_LIKE = /^(?:\p{Ll}{1,3}[-'’ ])?\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*)){0,3}$/u;

function isInCorpusOrder(table: MentionTable, rows: number[]): boolean {
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

const totals = new WeakMap<MentionDraft, number>();

/** The sum of a draft's type evidence, computed once: the merge asks for it several times per draft. */
function evidenceTotal(d: MentionDraft): number {
  let total = totals.get(d);
  if (total === undefined) {
    total = 0;
    for (const w of d.evidence) total += w;
    for (const w of d.nameEvidence) total += w;
    totals.set(d, total);
  }
  return total;
}

/** The most complete form: most words, not an acronym or a translation; then the most used. */
function canonicalName(cluster: Cluster): string {
  const counts = new Map<string, number>();
  for (const { draft } of cluster.refs) counts.set(draft.surface, (counts.get(draft.surface) ?? 0) + 1);
  const score = (text: string) => {
    const latin = /\p{Script=Latin}/u.test(text) ? 1 : 0;
    const words = text.split(/[\s-]+/).length;
    const acronym = /^[\p{Lu}.]+$/u.test(text) ? 1 : 0;
    return latin * 1000 + (1 - acronym) * 100 + words;
  };
  return [...counts.entries()].sort((a, b) => score(b[0]) - score(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function counted(values: string[]): Counted[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([text, count]) => ({ text, count }));
}

export function withoutLegalSuffix(key: string): string | null {
  const words = key.split(' ');
  return words.length >= 3 && LEGAL_SUFFIXES.has(words[words.length - 1]!) ? words.slice(0, -1).join(' ') : null;
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

