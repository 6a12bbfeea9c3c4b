import type { ArticleRecord } from '../analysis/fileAnalysis.js';
import { RegionKind } from '../entities/articleMentions.js';
import type { EntityType } from '../entities/types.js';
import { LineIndex } from '../text/lineIndex.js';
import type { Range } from '../text/positions.js';
import { nameKey } from '../text/tokenize.js';
import { looseToken } from './looseKey.js';
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
}

export interface Counted {
  text: string;
  count: number;
}

export interface CoMention {
  entity: number;
  /** Articles that mention both. */
  count: number;
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
  articles: Int32Array;
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
  private readonly byId = new Map<string, EntityRecord>();
  readonly articles: ArticleRef[] = [];

  constructor(
    readonly files: IndexedFile[],
    readonly entities: EntityRecord[],
    readonly table: MentionTable,
    readonly surfaces: StringTable,
    readonly matcher: NameMatcher,
    readonly warnings: string[] = [],
  ) {
    for (const e of entities) this.byId.set(e.id, e);
    for (const file of files) {
      for (const record of file.articles) this.articles.push({ id: `${file.displayPath}#${record.ordinal}`, file, record });
    }
  }

  get mentionCount(): number {
    return this.table.length;
  }

  entity(id: string): EntityRecord | undefined {
    return this.byId.get(id);
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

  /**
   * The entities most often mentioned in the same articles, most shared articles first. Computed
   * for one entity when asked (a hover), not for all at build time, which would cost the square
   * of the entities per article over the whole corpus.
   */
  coMentionsOf(entity: EntityRecord, limit = 20): CoMention[] {
    const cached = this.coMentionCache.get(entity.index);
    if (cached) return cached.slice(0, limit);
    const { offsets, entities } = this.entitiesByArticle();
    const counts = new Map<number, number>();
    for (const article of entity.articles) {
      for (let i = offsets[article]!; i < offsets[article + 1]!; i++) {
        const other = entities[i]!;
        if (other !== entity.index) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...counts.entries()]
      .map(([e, count]) => ({ entity: e, count }))
      .sort((x, y) => y.count - x.count || this.entities[y.entity]!.mentions.length - this.entities[x.entity]!.mentions.length)
      .slice(0, 20);
    this.coMentionCache.set(entity.index, ranked);
    return ranked.slice(0, limit);
  }

  /** Each article's distinct entities, as compressed rows (offsets into one array). */
  private entitiesByArticle(): { offsets: Int32Array; entities: Int32Array } {
    if (this.articleEntities) return this.articleEntities;
    const perArticle: Set<number>[] = this.articles.map(() => new Set<number>());
    for (let row = 0; row < this.table.length; row++) perArticle[this.table.article[row]!]!.add(this.table.entity[row]!);
    const offsets = new Int32Array(perArticle.length + 1);
    perArticle.forEach((set, a) => (offsets[a + 1] = offsets[a]! + set.size));
    const entities = new Int32Array(offsets[perArticle.length]!);
    perArticle.forEach((set, a) => entities.set([...set], offsets[a]!));
    this.articleEntities = { offsets, entities };
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

  private variants: Map<string, { entity: EntityRecord; form: string; key: string; uses: number }> | null = null;

  /**
   * The corpus spelling of a name the corpus writes differently ("Zelensky" → "Zelenskyy"), or
   * null when the form is the corpus's own or unknown. Compares transliteration-folded keys.
   */
  spellingVariant(surface: string): { entity: EntityRecord; form: string } | null {
    if (!this.variants) {
      this.variants = new Map();
      for (const entity of this.entities) {
        for (const alias of entity.aliases) {
          if (alias.count === 0) continue;
          const forms = [alias.text, ...(entity.type === 'person' ? alias.text.split(/\s+/).filter((w) => w.length >= 5) : [])];
          for (const form of forms) {
            const key = nameKey(form);
            const loose = looseKey(key);
            const existing = this.variants.get(loose);
            if (!existing || existing.uses < alias.count) this.variants.set(loose, { entity, form, key, uses: alias.count });
          }
        }
      }
    }
    const key = nameKey(surface);
    const found = this.variants.get(looseKey(key));
    return found && found.key !== key ? { entity: found.entity, form: found.form } : null;
  }

  private forms: { key: string; form: string; entity: EntityRecord }[] | null = null;

  /**
   * Names and aliases starting with a prefix (folded as names are), most mentioned first. A sorted
   * array of every form is searched by bisection: completion stays fast on a large corpus.
   */
  formsStartingWith(prefix: string, limit = 50): { form: string; entity: EntityRecord }[] {
    const key = nameKey(prefix);
    if (!key) return [];
    if (!this.forms) {
      this.forms = [];
      for (const entity of this.entities) {
        const seen = new Set<string>();
        for (const form of [entity.name, ...entity.aliases.filter((a) => a.count > 0).map((a) => a.text)]) {
          if (seen.has(form)) continue;
          seen.add(form);
          this.forms.push({ key: nameKey(form), form, entity });
        }
      }
      this.forms.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    let low = 0;
    let high = this.forms.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.forms[mid]!.key < key) low = mid + 1;
      else high = mid;
    }
    const found: { form: string; entity: EntityRecord }[] = [];
    // Many forms may share a short prefix: rank a bounded number of them by use.
    for (let i = low; i < this.forms.length && found.length < limit * 20 && this.forms[i]!.key.startsWith(key); i++) found.push(this.forms[i]!);
    found.sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.form.localeCompare(b.form));
    return found.slice(0, limit);
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
    scored.sort((a, b) => a.rank - b.rank || b.e.mentions.length - a.e.mentions.length);
    return scored.slice(0, limit).map((s) => s.e);
  }

  mention(row: number): Mention {
    const t = this.table;
    const file = this.files[t.file[row]!]!;
    const sentence = t.sentence[row]!;
    const article = this.articles[t.article[row]!]!;
    return {
      entityId: this.entities[t.entity[row]!]!.id,
      path: file.path,
      file: file.displayPath,
      range: file.lines.rangeOf({ start: t.start[row]!, end: t.end[row]! }),
      text: this.surfaces.get(t.surface[row]!),
      articleId: article.id,
      sentenceRange:
        sentence >= 0
          ? file.lines.rangeOf({ start: file.sentences[sentence * 2]!, end: file.sentences[sentence * 2 + 1]! })
          : article.record.titleSpan
            ? file.lines.rangeOf(article.record.titleSpan)
            : null,
      region: REGION_NAMES[t.region[row]!]!,
    };
  }

  mentionsOf(entity: EntityRecord): Mention[] {
    return Array.from(entity.mentions, (row) => this.mention(row));
  }

  /** The mention that best introduces an entity: its fullest name, in a body, earliest in the corpus. */
  introducingMention(entity: EntityRecord): Mention | null {
    let best = -1;
    let bestScore = -Infinity;
    for (const row of entity.mentions) {
      const text = this.surfaces.get(this.table.surface[row]!);
      const region = this.table.region[row]!;
      const score = (text === entity.name ? 1000 : 0) + text.length * 10 + (region === RegionKind.Body ? 5 : 0) - row / 1e9;
      if (score > bestScore) {
        bestScore = score;
        best = row;
      }
    }
    return best < 0 ? null : this.mention(best);
  }

  articleOfRow(row: number): ArticleRef {
    return this.articles[this.table.article[row]!]!;
  }
}

function looseKey(key: string): string {
  return key.split(' ').map(looseToken).join(' ');
}

function firstNonSpace(s: string): number {
  return s.length - s.trimStart().length;
}

function lastNonSpace(s: string): number {
  return s.trimEnd().length;
}
