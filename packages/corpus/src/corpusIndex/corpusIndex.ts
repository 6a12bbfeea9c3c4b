import type { ArticleRecord } from '../analysis/fileAnalysis.js';
import type { ByteMarks } from '../files/byteMarks.js';
import { RegionKind } from '../entities/mentionDraft.js';
import type { EntityType } from '../entities/types.js';
import type { LineIndex } from '../text/lineIndex.js';
import type { Range } from '../text/positions.js';
import { nameKey } from '../text/tokenize.js';
import type { ArticleColumns, FileColumns } from './fileColumns.js';
import { looseKey } from './looseKey.js';
import { buildFormColumns, buildVariantColumns, formRowsStartingWith, VariantTable, type FormColumns, type VariantColumns } from './lookupTables.js';
import type { MentionTable, StringTable } from './mentionTable.js';
import { AliasKind, type NameMatcher } from './nameMatcher.js';

export interface IndexedFile {
  /** Absolute path on disk. */
  path: string;
  /** The path shown to users and used in article ids: relative to the corpus root. */
  displayPath: string;
  lines: LineIndex;
  /** Sentence spans as [start, end, ...]. */
  sentences: Int32Array;
  articles: ArticleRecord[];
  /** Global index of the file's first article. */
  articleBase: number;
  size: number;
  mtimeMs: number;
  warnings: string[];
  /** Where its text and bytes line up (files/byteMarks.ts), for reading one sentence; absent: the file is read whole. */
  byteMarks?: ByteMarks | null;
}

/**
 * The files and articles of an index, by number. Articles are numbered across the corpus, file
 * after file. The merge's and a snapshot's are columns (storedFiles.ts), each file and article
 * made when first asked for, so that neither a merge nor a warm start holds 36,000 files and
 * 100,000 articles as objects.
 */
export interface FileSet {
  readonly fileCount: number;
  readonly articleCount: number;
  file(i: number): IndexedFile;
  /** File i's path, without making the file. */
  filePath(i: number): string;
  /** File i's display path, without making the file. */
  displayPath(i: number): string;
  /** The number of file i's first article. */
  firstArticleOf(i: number): number;
  /** The number of the file that holds article `a`. */
  fileOfArticle(a: number): number;
  /** Article `a`'s record, without its file's lines and sentences made when they are not yet. */
  articleRecord(a: number): ArticleRecord;
  /** The sentences of all files. */
  sentenceTotal(): number;
  /** File i's `sentences[k]`, without making the file. */
  sentenceBound(i: number, k: number): number;
  /** Where characters start to end of file i's text are (LSP positions), without making the file. */
  rangeIn(i: number, start: number, end: number): Range;
  /** File i's sentence spans as [start, end, ...], without making the file. */
  sentencesOf(i: number): Int32Array;
  /** The number across the corpus of file i's first sentence (files' sentences are numbered file after file). */
  firstSentenceOf(i: number): number;
  /** The files and articles as a snapshot stores them. */
  columns(): { files: FileColumns; articles: ArticleColumns };
}

/** See CorpusIndex.derivedTables. */
export interface DerivedTables {
  articleEntities: { offsets: Int32Array; entities: Int32Array };
  forms: FormColumns;
  variants: VariantColumns;
}

export interface Counted {
  text: string;
  count: number;
}

export interface CoMention {
  entity: number;
  /** Articles that mention both. */
  count: number;
  /** Signed log-likelihood ratio of the two sharing articles: positive when more often than chance. */
  score: number;
}

/** The first co-mentions of each entity, ranked before they are asked for (a snapshot's, readyCoMentions.ts). */
export interface ReadyCoMentions {
  /** How many are kept per entity: a longer list is ranked when asked for. */
  readonly kept: number;
  of(entity: number): CoMention[];
}

/** The sentences each entity's card quotes, read before they are asked for (a snapshot's, cards/readySentences.ts). */
export interface ReadySentences {
  /** The entity's ready sentences by row (as `makeSnippet` quotes them, uncollapsed), or null for none. */
  of(entity: EntityRecord): Map<number, string> | null;
}

/** An entity as the index stores it; `mentions` are rows of the mention table, in corpus order. */
export interface EntityRecord {
  index: number;
  id: string;
  name: string;
  type: EntityType;
  aliases: Counted[];
  descriptions: Counted[];
  mentions: Int32Array;
  /**
   * `mentions` with only their file and sentence columns sure to be filled in the mention table:
   * all co-mentions read of the entities they rank (a snapshot reads 2 of its 7 columns from
   * disk for them). Absent: `mentions` are.
   */
  readonly sentenceMentions?: Int32Array;
  /** `mentions.length`, without reading the mentions (a snapshot reads them when first asked for). */
  mentionCount: number;
  articles: Int32Array;
  /**
   * `articles.length`, without making a view of the list (a snapshot's `articles` is a new view
   * each time it is read: a note's context read 40 of them per first card, to count). Absent:
   * `articles` is a list kept, read it.
   */
  readonly articleCount?: number;
  sources: Counted[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** Declared or corrected in dossier.yaml. */
  declared: boolean;
}

export type MentionRegion = 'title' | 'body' | 'caption' | 'dateline';

const REGION_NAMES: Record<number, MentionRegion> = {
  [RegionKind.Title]: 'title',
  [RegionKind.Body]: 'body',
  [RegionKind.Caption]: 'caption',
  [RegionKind.Dateline]: 'dateline',
};

/** How many articles mention an entity, with no view of them made when the record can tell (EntityRecord.articleCount). */
export function articleCountOf(entity: EntityRecord): number {
  return entity.articleCount ?? entity.articles.length;
}

/** A mention with LSP ranges, made on demand from its row. */
export interface Mention {
  entityId: string;
  /** Absolute path. */
  path: string;
  /** Path relative to the corpus root, as in article ids. */
  file: string;
  range: Range;
  text: string;
  articleId: string;
  sentenceRange: Range | null;
  region: MentionRegion;
}

export interface ArticleRef {
  id: string;
  file: IndexedFile;
  record: ArticleRecord;
}

export interface LookupCandidate {
  entity: EntityRecord;
  score: number;
  /** True when the form is a short name several entities may share ("Kim"). */
  shortForm: boolean;
}

/** The corpus as the language server and the CLI query it. Immutable once built. */
export class CorpusIndex {
  /** Made when an entity is first asked for by id: a snapshot's ids are decoded only then. */
  private byId: Map<string, EntityRecord> | null = null;
  private readonly fileSet: FileSet;
  /** Article references made so far, by article number (all of them once `articles` is read). */
  private readonly articleRefs: (ArticleRef | undefined)[];
  private allFiles: IndexedFile[] | null = null;
  private allArticles: ArticleRef[] | null = null;

  /** `files`: the merge's or a snapshot's, each made when first asked for (storedFiles.ts). */
  constructor(
    files: FileSet,
    readonly entities: EntityRecord[],
    readonly table: MentionTable,
    readonly surfaces: StringTable,
    readonly matcher: NameMatcher,
    readonly warnings: string[] = [],
  ) {
    this.fileSet = files;
    this.articleRefs = new Array<ArticleRef | undefined>(this.fileSet.articleCount);
  }

  /** All the files (a snapshot's are all made when this is first read: `file(i)` makes one). */
  get files(): IndexedFile[] {
    return (this.allFiles ??= Array.from({ length: this.fileSet.fileCount }, (_, i) => this.fileSet.file(i)));
  }

  /** All the articles, by number (a snapshot's are all made when this is first read: `article(a)` makes one). */
  get articles(): ArticleRef[] {
    return (this.allArticles ??= Array.from({ length: this.fileSet.articleCount }, (_, a) => this.article(a)));
  }

  get fileCount(): number {
    return this.fileSet.fileCount;
  }

  get articleCount(): number {
    return this.fileSet.articleCount;
  }

  file(i: number): IndexedFile {
    return this.fileSet.file(i);
  }

  /** File i's `sentences[k]` (sentence k/2's start, or its end for an odd k), without making a snapshot's file. */
  sentenceBound(i: number, k: number): number {
    return this.fileSet.sentenceBound(i, k);
  }

  /** File i's path, without making a snapshot's file. */
  filePath(i: number): string {
    return this.fileSet.filePath(i);
  }

  /** File i's sentence spans as [start, end, ...], without making its file. */
  sentencesOf(i: number): Int32Array {
    return this.fileSet.sentencesOf(i);
  }

  /** The number across the corpus of file i's first sentence: files' sentences are numbered file after file. */
  firstSentenceOf(i: number): number {
    return this.fileSet.firstSentenceOf(i);
  }

  /** The files and articles as a snapshot stores them (nothing is made or copied). */
  fileColumns(): { files: FileColumns; articles: ArticleColumns } {
    return this.fileSet.columns();
  }

  /** Article `a` (a number across the corpus) with its file. */
  article(a: number): ArticleRef {
    let ref = this.articleRefs[a];
    if (!ref) {
      if (!(a >= 0 && a < this.fileSet.articleCount)) throw new RangeError(`no article ${a} of ${this.fileSet.articleCount}`);
      this.articleRefs[a] = ref = new FileArticle(this.fileSet.file(this.fileSet.fileOfArticle(a)), this.fileSet.articleRecord(a));
    }
    return ref;
  }

  /** Article `a`'s record alone: a snapshot's file (its lines and sentences) is not made for it. */
  articleRecord(a: number): ArticleRecord {
    return this.fileSet.articleRecord(a);
  }

  get mentionCount(): number {
    return this.table.length;
  }

  entity(id: string): EntityRecord | undefined {
    return (this.byId ??= new Map(this.entities.map((e) => [e.id, e]))).get(id);
  }

  /**
   * Builds the lookup structures that are otherwise made on first use (co-mentions, completion,
   * spelling variants), so that the first hover after indexing is as fast as the others.
   */
  warmUp(): void {
    this.entitiesByArticle();
    this.formsStartingWith('a', 1);
    this.spellingVariant('a');
  }

  private articleEntities: { offsets: Int32Array; entities: Int32Array } | null = null;
  private readonly coMentionCache = new Map<number, CoMention[]>();
  private coMentionCounts: Int32Array | null = null;
  private coMentionTouched: Int32Array | null = null;

  /**
   * The entities mentioned with this one, most strongly associated first: by a signed
   * log-likelihood ratio (Dunning's G²) of sharing articles, against how often each is mentioned
   * anywhere. "United States", in nearly every article, shares many articles with everyone by
   * chance alone; a companion found mostly beside this entity ranks first though it shares fewer.
   * Then the strongest candidates are ranked again with the same ratio for sharing sentences, which
   * tells apart the entities of one long article: Hong Min's companions are those of his sentences,
   * not the whole story's, which every entity of the article shares alike. An index built in
   * memory ranks one entity when asked (a hover); a snapshot's ranks each entity's first five at
   * the merge and reads them (readyCoMentions.ts): a card no longer reads 40 candidates' mentions.
   */
  coMentionsOf(entity: EntityRecord, limit = 20): CoMention[] {
    const cached = this.coMentionCache.get(entity.index);
    if (cached) return cached.slice(0, limit);
    if (limit <= 0) return [];
    if (this.ready && limit <= this.ready.kept) return this.ready.of(entity.index).slice(0, limit);
    const ranked = this.rankCoMentions(entity);
    this.coMentionCache.set(entity.index, ranked);
    return ranked.slice(0, limit);
  }

  private ready: ReadyCoMentions | null = null;
  private sentences: ReadySentences | null = null;

  /** Installs sentences read before (a snapshot's): a card quotes them instead of reading its articles' files. */
  restoreReadySentences(sentences: ReadySentences): void {
    this.sentences = sentences;
  }

  /** The ready sentences of an entity's card, by row; null when none are (an index built in memory). */
  readySentencesOf(entity: EntityRecord): Map<number, string> | null {
    return this.sentences?.of(entity) ?? null;
  }

  /** Installs co-mentions ranked before (a snapshot's): `coMentionsOf` reads them for a short enough list. */
  restoreReadyCoMentions(ready: ReadyCoMentions): void {
    this.ready = ready;
  }

  /**
   * The first CO_MENTIONS_KEPT of `coMentionsOf`, ranked now and not kept. A snapshot ranks every
   * entity's, with the sentences shared counted for all at once (`bySentence`, SharedSentences).
   */
  rankCoMentions(entity: EntityRecord, bySentence?: (other: EntityRecord) => number): CoMention[] {
    const { offsets, entities } = this.entitiesByArticle();
    // Counts in a typed array and a running top 20: "United States" shares articles with nearly
    // every entity of a large corpus, and its first hover must not sort them all. The arrays are
    // kept between calls (counts zeroed): 33,000 entities at 100k articles, 130 KB a hover otherwise.
    const counts = (this.coMentionCounts ??= new Int32Array(this.entities.length));
    const touched = (this.coMentionTouched ??= new Int32Array(this.entities.length));
    let touchedCount = 0;
    for (const article of entity.articles) {
      for (let i = offsets[article]!; i < offsets[article + 1]!; i++) {
        const other = entities[i]!;
        if (other === entity.index) continue;
        if (counts[other] === 0) touched[touchedCount++] = other;
        counts[other]!++;
      }
    }
    const total = this.articleCount;
    const articleCounts = this.articleCounts();
    const own = entity.articles.length;
    // Scored as they are offered, an object made only for those that enter the top: one for each
    // of tens of thousands of candidates, all held until ranked, outlived the young generation's
    // collections, and ranking every entity for a snapshot left about 58 MB of them in the old
    // generation at 100k articles, at the cold index's peak.
    const candidates = new RunningTop(CO_MENTION_CANDIDATES, articleCounts);
    for (let k = 0; k < touchedCount; k++) {
      const other = touched[k]!;
      candidates.offer(other, counts[other]!, association(counts[other]!, own, articleCounts[other]!, total));
      counts[other] = 0;
    }
    const sentenceScore = bySentence ?? this.sentenceSharing(entity);
    const ranked = new RunningTop(CO_MENTIONS_KEPT, articleCounts);
    for (const c of candidates.ranked) ranked.offer(c.entity, c.count, c.score + sentenceScore(this.entities[c.entity]!));
    return ranked.ranked;
  }

  private entityArticleCounts: Int32Array | null = null;

  /** Each entity's number of articles, without a view of its article list per entity asked (a snapshot's lists are views made when read). */
  private articleCounts(): Int32Array {
    return (this.entityArticleCounts ??= Int32Array.from(this.entities, articleCountOf));
  }

  /**
   * The signed G² of sharing sentences with `entity`, for another entity: read from the two
   * entities' own mentions (a snapshot reads only theirs), against all the corpus's sentences.
   * Mentions outside sentences (titles) are left out. A hover pays for it, so the other entity's
   * rows (in corpus order, so file after file) are searched only in this entity's files, and its
   * sentence count is its mention count (a name is rarely twice in one sentence).
   */
  private sentenceSharing(entity: EntityRecord): (other: EntityRecord) => number {
    const { file, sentence } = this.table;
    const own = new Map<number, Set<number>>();
    for (const row of entity.mentions) {
      if (sentence[row]! < 0) continue;
      let sentences = own.get(file[row]!);
      if (!sentences) own.set(file[row]!, (sentences = new Set()));
      sentences.add(sentence[row]!);
    }
    let ownCount = 0;
    for (const sentences of own.values()) ownCount += sentences.size;
    const total = this.sentenceTotal();
    // Rows are in corpus order (file, then offset), so one sentence's rows are consecutive: a
    // shared sentence is counted when the (file, sentence) of a matching row changes.
    const sharedIn = (rows: ArrayLike<number>, from: number, to: number, onlyFile: number) => {
      let shared = 0;
      let lastFile = -1;
      let lastSentence = -1;
      for (let i = from; i < to; i++) {
        const f = file[rows[i]!]!;
        if (onlyFile >= 0 && f !== onlyFile) break;
        const s = sentence[rows[i]!]!;
        if ((f === lastFile && s === lastSentence) || !own.get(f)?.has(s)) continue;
        shared++;
        lastFile = f;
        lastSentence = s;
      }
      return shared;
    };
    return (other) => {
      const rows = other.sentenceMentions ?? other.mentions;
      let shared = 0;
      // Whichever is fewer: the other's rows read once, or a search in them per file of this entity.
      if (rows.length <= own.size * 8) shared = sharedIn(rows, 0, rows.length, -1);
      else for (const f of own.keys()) shared += sharedIn(rows, firstRowInFile(rows, file, f), rows.length, f);
      return association(shared, ownCount, Math.max(other.mentionCount, shared), total);
    };
  }

  private sentenceCount = -1;

  /** The sentences of the corpus. */
  sentenceTotal(): number {
    if (this.sentenceCount < 0) this.sentenceCount = this.fileSet.sentenceTotal();
    return this.sentenceCount;
  }


  /** The distinct entities an article mentions (global article index), as entity indexes. */
  entitiesOfArticle(article: number): Int32Array {
    const { offsets, entities } = this.entitiesByArticle();
    return entities.subarray(offsets[article]!, offsets[article + 1]!);
  }

  /**
   * Each article's distinct entities, as compressed rows (offsets into one array). A counting sort
   * of the mention rows by article, then one stamp per entity to drop repeats: linear in the
   * mentions and free of per-article sets, because it runs on every (warm) start. Read in place
   * where many articles are walked (a note's context article): `entitiesOfArticle` makes a view.
   */
  entitiesByArticle(): { offsets: Int32Array; entities: Int32Array } {
    if (this.articleEntities) return this.articleEntities;
    const { article, entity, length } = this.table;
    const articleCount = this.articleCount;
    const start = new Int32Array(articleCount + 1);
    for (let row = 0; row < length; row++) start[article[row]! + 1]!++;
    for (let a = 0; a < articleCount; a++) start[a + 1]! += start[a]!;
    const next = start.slice(0, articleCount);
    const sorted = new Int32Array(length);
    for (let row = 0; row < length; row++) sorted[next[article[row]!]!++] = entity[row]!;
    const lastArticle = new Int32Array(this.entities.length).fill(-1);
    const offsets = new Int32Array(articleCount + 1);
    let out = 0;
    for (let a = 0; a < articleCount; a++) {
      for (let i = start[a]!; i < start[a + 1]!; i++) {
        const e = sorted[i]!;
        if (lastArticle[e] === a) continue;
        lastArticle[e] = a;
        sorted[out++] = e;
      }
      offsets[a + 1] = out;
    }
    this.articleEntities = { offsets, entities: sorted.slice(0, out) };
    return this.articleEntities;
  }

  /** Entities a written form may name, best first: exact names before short forms, then by use. */
  lookup(surface: string): LookupCandidate[] {
    const found = this.matcher.matchAll(surface);
    const whole = found.find((m) => m.start === firstNonSpace(surface) && m.end === lastNonSpace(surface));
    if (!whole) return [];
    const total = whole.targets.reduce((s, t) => s + t.weight, 0) || 1;
    return whole.targets.map((t) => ({
      entity: this.entities[t.entity]!,
      score: t.weight / total,
      shortForm: t.kind === AliasKind.ShortForm,
    }));
  }

  private variants: VariantTable | null = null;

  /**
   * The corpus spelling of a name the corpus writes differently ("Zelensky" → "Zelenskyy"), or
   * null when the form is the corpus's own or unknown. Compares transliteration-folded keys.
   */
  spellingVariant(surface: string): { entity: EntityRecord; form: string } | null {
    const key = nameKey(surface);
    const table = this.variantTable();
    const row = table.find(looseKey(key));
    if (row < 0 || table.columns.keys.at(row) === key) return null;
    return { entity: this.entities[table.columns.entities[row]!]!, form: table.columns.forms.at(row)! };
  }

  private forms: FormColumns | null = null;

  /**
   * Names and aliases starting with a prefix (folded as names are), most mentioned first. The
   * forms sorted by key are searched by bisection: completion stays fast on a large corpus.
   */
  formsStartingWith(prefix: string, limit = 50): { form: string; entity: EntityRecord }[] {
    const key = nameKey(prefix);
    if (!key) return [];
    const forms = this.formList();
    // Many forms may share a short prefix: rank a bounded number of them by use.
    const found = formRowsStartingWith(forms, key, limit * 20).map((row) => ({ form: forms.forms.at(row)!, entity: this.entities[forms.entities[row]!]! }));
    found.sort((a, b) => b.entity.mentionCount - a.entity.mentionCount || a.form.localeCompare(b.form));
    return found.slice(0, limit);
  }

  /**
   * The lookup structures derived from the entities, as columns: a snapshot stores them, because
   * rebuilding them (a name key per form, a sort) is most of a warm start on a large corpus.
   */
  derivedTables(): DerivedTables {
    return { articleEntities: this.entitiesByArticle(), forms: this.formList(), variants: this.variantTable().columns };
  }

  /**
   * Installs tables from `derivedTables()` of the same index; throws when they do not fit it. The
   * completion and spelling tables are used as the columns they are: no object per form.
   */
  restoreDerivedTables(tables: DerivedTables): void {
    const { offsets, entities } = tables.articleEntities;
    if (offsets.length !== this.articleCount + 1 || offsets[this.articleCount] !== entities.length) throw new Error('derived article table does not fit the articles');
    const count = this.entities.length;
    for (const column of [entities, tables.forms.entities, tables.variants.entities]) {
      const e = outOfRange(column, count);
      if (e !== null) throw new Error(`derived table points at unknown entity ${e}`);
    }
    this.articleEntities = { offsets, entities };
    this.forms = tables.forms;
    this.variants = new VariantTable(tables.variants);
  }

  private formList(): FormColumns {
    return (this.forms ??= buildFormColumns(this.entities));
  }

  private variantTable(): VariantTable {
    return (this.variants ??= new VariantTable(buildVariantColumns(this.entities)));
  }

  /** Entities whose name or alias contains the query's words, for search boxes and symbol search. */
  search(query: string, limit = 100): EntityRecord[] {
    const q = nameKey(query);
    if (!q) return this.entities.slice(0, limit);
    const scored: { e: EntityRecord; rank: number }[] = [];
    for (const e of this.entities) {
      let rank = Infinity;
      for (const form of [e.name, ...e.aliases.map((a) => a.text)]) {
        const key = nameKey(form);
        const at = key.indexOf(q);
        if (at === 0) rank = Math.min(rank, 0);
        else if (at > 0 && key[at - 1] === ' ') rank = Math.min(rank, 1);
        else if (at > 0) rank = Math.min(rank, 2);
      }
      if (rank < Infinity) scored.push({ e, rank });
    }
    scored.sort((a, b) => a.rank - b.rank || b.e.mentionCount - a.e.mentionCount);
    return scored.slice(0, limit).map((s) => s.e);
  }

  /**
   * A row as a mention. A snapshot's file is not made for it (its columns are read): a first card
   * made the files of its three sentences, each with its articles' records, views of its columns
   * and its paths, kept for good, about a fifth of what the card allocated at 100k articles.
   */
  mention(row: number): Mention {
    const t = this.table;
    const files = this.fileSet;
    const f = t.file[row]!;
    const sentence = t.sentence[row]!;
    const record = files.articleRecord(t.article[row]!);
    const displayPath = files.displayPath(f);
    return {
      entityId: this.entities[t.entity[row]!]!.id,
      path: files.filePath(f),
      file: displayPath,
      range: files.rangeIn(f, t.start[row]!, t.endOf(row)),
      text: this.surfaces.get(t.surface[row]!),
      articleId: articleId(displayPath, record),
      sentenceRange:
        sentence >= 0
          ? files.rangeIn(f, files.sentenceBound(f, sentence * 2), files.sentenceBound(f, sentence * 2 + 1))
          : record.titleSpan
            ? files.rangeIn(f, record.titleSpan.start, record.titleSpan.end)
            : null,
      region: REGION_NAMES[t.region[row]!]!,
    };
  }

  mentionsOf(entity: EntityRecord): Mention[] {
    return Array.from(entity.mentions, (row) => this.mention(row));
  }

  /**
   * The mention that best introduces an entity: its fullest name, in a body, earliest in the corpus.
   * With an article (a global article index), the best one in that article, if it has any.
   */
  introducingMention(entity: EntityRecord, article = -1): Mention | null {
    const row = this.introducingRowOf(entity, article);
    return row < 0 ? null : this.mention(row);
  }

  /** The row of `introducingMention` (-1 when none). */
  introducingRowOf(entity: EntityRecord, article = -1): number {
    if (article >= 0) {
      const row = this.introducingRow(entity, article);
      if (row >= 0) return row;
    }
    let best = this.introductions.get(entity.index);
    if (best === undefined) this.introductions.set(entity.index, (best = this.introducingRow(entity, -1)));
    return best;
  }

  private readonly introductions = new Map<number, number>();

  private introducingRow(entity: EntityRecord, article: number): number {
    let best = -1;
    let bestScore = -Infinity;
    // The score but for its tie-break depends on the form and region only: computed once per pair.
    const byForm = new Map<number, number>();
    for (const row of entity.mentions) {
      if (article >= 0 && this.table.article[row] !== article) continue;
      const key = this.table.surface[row]! * 8 + this.table.region[row]!;
      let base = byForm.get(key);
      if (base === undefined) {
        const text = this.surfaces.get(this.table.surface[row]!);
        byForm.set(key, (base = (text === entity.name ? 1000 : 0) + text.length * 10 + (this.table.region[row] === RegionKind.Body ? 5 : 0)));
      }
      const score = base - row / 1e9;
      if (score > bestScore) {
        bestScore = score;
        best = row;
      }
    }
    return best;
  }

  private filesByDisplayPath: Map<string, number> | null = null;

  /** An article by its id ("seeds/000_….txt#1"): its file's display path and its ordinal there. */
  articleById(id: string): ArticleRef | undefined {
    const hash = id.lastIndexOf('#');
    if (hash < 0) return undefined;
    if (!this.filesByDisplayPath) {
      this.filesByDisplayPath = new Map();
      for (let i = 0; i < this.fileCount; i++) this.filesByDisplayPath.set(this.fileSet.displayPath(i), i);
    }
    const f = this.filesByDisplayPath.get(id.slice(0, hash));
    if (f === undefined) return undefined;
    const file = this.file(f);
    const k = file.articles.findLastIndex((a) => String(a.ordinal) === id.slice(hash + 1));
    return k < 0 ? undefined : this.article(this.fileSet.firstArticleOf(f) + k);
  }

  /** The first article of file `f` that holds an offset of its text. */
  articleAt(f: number, offset: number): ArticleRef | undefined {
    const k = this.file(f).articles.findIndex((a) => a.span.start <= offset && offset < a.span.end);
    return k < 0 ? undefined : this.article(this.fileSet.firstArticleOf(f) + k);
  }

  private filesByPath: Map<string, number> | null = null;

  /** The number of the file at an absolute path, or -1. */
  fileNumberOf(path: string): number {
    if (!this.filesByPath) {
      this.filesByPath = new Map();
      for (let i = 0; i < this.fileCount; i++) if (!this.filesByPath.has(this.filePath(i))) this.filesByPath.set(this.filePath(i), i);
    }
    return this.filesByPath.get(path) ?? -1;
  }

  articleOfRow(row: number): ArticleRef {
    return this.article(this.table.article[row]!);
  }
}

/** The first of `rows` (ascending by file) in file `f`, or where it would be. */
function firstRowInFile(rows: ArrayLike<number>, file: Int32Array, f: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (file[rows[mid]!]! < f) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The best `keep` co-mentions offered: by score, then by articles shared, then the rarer entity
 * first (the earlier offered among equals). A running top, no full sort; an object is made only for
 * an entity that goes in.
 */
class RunningTop {
  readonly ranked: CoMention[] = [];

  constructor(
    private readonly keep: number,
    private readonly articleCounts: Int32Array,
  ) {}

  offer(entity: number, count: number, score: number): void {
    const ranked = this.ranked;
    const full = ranked.length === this.keep;
    if (full && !this.before(entity, count, score, ranked[this.keep - 1]!)) return;
    // In at the end (over the last when full), then moved up past those it goes before.
    let at = full ? this.keep - 1 : ranked.length;
    for (; at > 0 && this.before(entity, count, score, ranked[at - 1]!); at--) ranked[at] = ranked[at - 1]!;
    ranked[at] = { entity, count, score };
  }

  private before(entity: number, count: number, score: number, other: CoMention): boolean {
    if (score !== other.score) return score > other.score;
    if (count !== other.count) return count > other.count;
    return this.articleCounts[entity]! < this.articleCounts[other.entity]!;
  }
}

const CO_MENTIONS_KEPT = 20;
/** Candidates ranked again by the sentences they share: the best by articles shared, so that a hover reads few entities' mentions. */
const CO_MENTION_CANDIDATES = 40;

/**
 * Dunning's log-likelihood ratio G² for a 2×2 table of articles: `both` mention A and B, A is in
 * `a` articles, B in `b`, of `total`. Signed: negative when they share fewer articles than chance
 * would give them.
 */
export function association(both: number, a: number, b: number, total: number): number {
  const cells = [both, a - both, b - both, total - a - b + both];
  const rows = [a, total - a];
  const cols = [b, total - b];
  let g2 = 0;
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      const k = cells[i * 2 + j]!;
      if (k > 0) g2 += k * Math.log((k * total) / (rows[i]! * cols[j]!));
    }
  }
  return (both * total >= a * b ? 1 : -1) * 2 * g2;
}

/** An article of a file; its id ("seeds/000_….txt#1") is made when asked for, not for every article at load. */
class FileArticle implements ArticleRef {
  constructor(
    readonly file: IndexedFile,
    readonly record: ArticleRecord,
  ) {}

  get id(): string {
    return articleId(this.file.displayPath, this.record);
  }
}

/** An article's id: its file's display path and its ordinal in the file ("seeds/a.txt#0"). */
function articleId(displayPath: string, record: ArticleRecord): string {
  return `${displayPath}#${record.ordinal}`;
}

/** The first value of a column outside [0, count), or null. */
function outOfRange(column: Int32Array, count: number): number | null {
  for (let i = 0; i < column.length; i++) {
    const e = column[i]!;
    if (e < 0 || e >= count) return e;
  }
  return null;
}

function firstNonSpace(s: string): number {
  return s.length - s.trimStart().length;
}

function lastNonSpace(s: string): number {
  return s.trimEnd().length;
}
