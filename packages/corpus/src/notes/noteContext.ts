import { articleCountOf, type CorpusIndex, type EntityRecord } from '../corpusIndex/corpusIndex.js';
import type { NoteAnalysis } from './noteAnalysis.js';

/**
 * Which of an entity's articles a note is most likely drawing on at a name: the one that mentions
 * most of the other entities the note names around it (its section, else the whole note), each
 * weighted by how rare it is in the corpus (inverse document frequency), so that sharing
 * "Hong Min" says more than sharing "United States". Returns a global article index, or -1 when
 * nothing in the note points at one article (then the entity's own best mention is the source).
 */
export function contextArticle(index: CorpusIndex, entity: EntityRecord, note: NoteAnalysis, offset: number): number {
  const articles = entity.articles; // a getter that makes a view each time it is read: read once
  if (articles.length < 2) return -1;
  const nearest = nearestContext(entity, note, offset);
  return ContextMemo.of(index).article(entity.index, nearest, () => articleOf(index, entity, articles, nearest));
}

/**
 * The article the nearest names point at: what `contextArticle` answers, worked out from those
 * names alone (no note is read here), so that the answer for one entity and one list of names can
 * be kept.
 */
function articleOf(index: CorpusIndex, entity: EntityRecord, articles: Int32Array, nearest: readonly number[]): number {
  const context = contextWeights(index, nearest);
  if (context.weights.length === 0) return -1;
  // Ties go to the article of the entity's own best mention, then to the earliest.
  const introducingRow = index.introducingRowOf(entity);
  const choice = new BestArticle(introducingRow >= 0 ? index.table.article[introducingRow]! : -1);
  scoreArticles(index, articles, context, choice);
  return choice.best;
}

/** The highest-scoring article seen, ties as `articleOf` says; offered one by one, no list of scores is made. */
class BestArticle {
  best = -1;
  private bestScore = 0;

  constructor(private readonly introduced: number) {}

  offer(article: number, score: number): void {
    const tied = Math.abs(score - this.bestScore) <= 1e-9;
    if (score > this.bestScore + 1e-9 || (tied && (article === this.introduced || (this.best !== this.introduced && article < this.best)))) {
      this.best = article;
      this.bestScore = score;
    }
  }
}

/**
 * The context entities around a name: each one's number, its number of articles and its weight,
 * in parallel arrays. Their article lists are read only by the walk that needs them
 * (scoreViaContext): a snapshot's `articles` is a new view each time it is read, and a view per
 * context entity was the largest part of what choosing a first card's article allocated (1.9 of
 * 6.5 KB per card, bench/card-costs.mjs --alloc at 100k), though most cards walk the articles' side.
 */
interface ContextEntities {
  entities: number[];
  articleCounts: number[];
  weights: number[];
}

/**
 * Offers each of the entity's articles that mentions a context entity to `choice`, with the summed
 * weights of the context entities it mentions. Walked from whichever side is shorter: the context
 * entities' article lists, or the entity's articles with the entities each mentions (a name in
 * thousands of articles beside a rare one, or the reverse).
 */
function scoreArticles(index: CorpusIndex, articles: Int32Array, context: ContextEntities, choice: BestArticle): void {
  let viaContext = 0;
  for (let k = 0; k < context.articleCounts.length; k++) viaContext += context.articleCounts[k]!;
  const viaArticles = articles.length * (index.mentionCount / Math.max(1, index.articleCount));
  if (viaContext <= viaArticles) scoreViaContext(index, articles, context, choice);
  else scoreViaArticles(index, articles, context, choice);
}

// The two walks loop over indices: a for-of over a typed array made an iterator per list, and a
// first card walks one per context entity or per article.

function scoreViaContext(index: CorpusIndex, articles: Int32Array, context: ContextEntities, choice: BestArticle): void {
  const tally = ArticleTally.of(index, articles);
  for (let k = 0; k < context.entities.length; k++) {
    const other = index.entities[context.entities[k]!]!.articles;
    const weight = context.weights[k]!;
    for (let i = 0; i < other.length; i++) tally.add(other[i]!, weight);
  }
  for (let i = 0; i < articles.length; i++) {
    const score = tally.score(articles[i]!);
    if (score > 0) choice.offer(articles[i]!, score);
  }
}

function scoreViaArticles(index: CorpusIndex, articles: Int32Array, context: ContextEntities, choice: BestArticle): void {
  const weightOf = EntityWeights.of(index, context);
  // The article's entities read in the index's table: a view of them per article was made before.
  const { offsets, entities } = index.entitiesByArticle();
  try {
    for (let i = 0; i < articles.length; i++) {
      const article = articles[i]!;
      let score = 0;
      for (let k = offsets[article]!; k < offsets[article + 1]!; k++) score += weightOf[entities[k]!]!;
      if (score > 0) choice.offer(article, score);
    }
  } finally {
    EntityWeights.clear(weightOf, context);
  }
}

/**
 * The context entities' weights in a table of the index's entities that every hover reuses (0 for
 * the others), set for one scoring and cleared after it: a `Map` of them was made per first card.
 */
class EntityWeights {
  private static readonly tables = new WeakMap<CorpusIndex, Float64Array>();

  static of(index: CorpusIndex, context: ContextEntities): Float64Array {
    let table = EntityWeights.tables.get(index);
    if (!table || table.length < index.entities.length) {
      table = new Float64Array(index.entities.length);
      EntityWeights.tables.set(index, table);
    }
    for (let k = 0; k < context.entities.length; k++) table[context.entities[k]!] = context.weights[k]!;
    return table;
  }

  static clear(table: Float64Array, context: ContextEntities): void {
    for (let k = 0; k < context.entities.length; k++) table[context.entities[k]!] = 0;
  }
}

/**
 * Scores of one entity's articles, kept in tables of the index's articles that every hover reuses
 * (a `Set` of the articles was made per keystroke, then a `Map` of their scores: an entity in 500
 * articles, 500 entries of a first card's garbage). A score counts only if its article was marked
 * for the latest entity (its stamp): marking costs the entity's articles, not the index's.
 */
class ArticleTally {
  private static readonly tables = new WeakMap<CorpusIndex, ArticleTally>();
  private stamp = 0;

  private constructor(
    private readonly stamps: Uint32Array,
    private readonly scores: Float64Array,
  ) {}

  /** The table of this index with these articles marked at score 0 (and no other): valid until the next call for the index. */
  static of(index: CorpusIndex, articles: Int32Array): ArticleTally {
    let table = ArticleTally.tables.get(index);
    if (!table || table.stamps.length < index.articleCount) {
      table = new ArticleTally(new Uint32Array(index.articleCount), new Float64Array(index.articleCount));
      ArticleTally.tables.set(index, table);
    }
    if (++table.stamp === 0xffffffff) {
      table.stamps.fill(0);
      table.stamp = 1;
    }
    for (let i = 0; i < articles.length; i++) {
      table.stamps[articles[i]!] = table.stamp;
      table.scores[articles[i]!] = 0;
    }
    return table;
  }

  /** Adds to a marked article's score; an article not marked is none of the entity's, left alone. */
  add(article: number, weight: number): void {
    if (this.stamps[article] === this.stamp) this.scores[article]! += weight;
  }

  score(article: number): number {
    return this.stamps[article] === this.stamp ? this.scores[article]! : 0;
  }
}

/** How far around a name the note's other names count, in characters (about a long paragraph each way), and how many at most. */
const CONTEXT_CHARS = 1500;
const CONTEXT_NAMES = 40;

/**
 * The entities of the other names near the offset (in its section, within CONTEXT_CHARS, the
 * nearest CONTEXT_NAMES), nearest first. Bounded, so that a hover on a 100 KB note costs what it
 * does on a short one.
 */
function nearestContext(entity: EntityRecord, note: NoteAnalysis, offset: number): number[] {
  const section = note.sectionAround(offset);
  // Only the names in this window are resolved (one by one, unless the whole note already is): a
  // hover while typing into a 1 MB note does not resolve the note.
  return note.nearestEntities(offset, Math.max(section.start, offset - CONTEXT_CHARS), Math.min(section.end, offset + CONTEXT_CHARS), CONTEXT_NAMES, entity.index);
}

/** The context entities among the nearest, with their weights; entities in every article weigh nothing. */
function contextWeights(index: CorpusIndex, chosen: readonly number[]): ContextEntities {
  const total = index.articleCount;
  // In a large corpus, a name in more than a fifth of the articles says little of which one is
  // meant, and walking its articles would cost a hover more than the rest together.
  const common = total >= 50 ? total / 5 : total;
  const context: ContextEntities = { entities: [], articleCounts: [], weights: [] };
  for (let k = 0; k < chosen.length; k++) {
    const number = chosen[k]!;
    // Named twice: counted once. (One left out before is left out again: no set of those is kept.)
    if (context.entities.includes(number)) continue;
    const articles = articleCountOf(index.entities[number]!);
    if (articles >= common) continue;
    const weight = Math.log(total / Math.max(1, articles));
    if (weight <= 0) continue;
    context.entities.push(number);
    context.articleCounts.push(articles);
    context.weights.push(weight);
  }
  return context;
}

/** How many answers of `contextArticle` are kept per index: hovers on a few names in turn while typing. */
const MEMO_SIZE = 16;

/**
 * The articles `contextArticle` chose last, per index, each for an entity and the list of its
 * nearest names' entities, which decide it. A keystroke elsewhere in the note leaves a hovered
 * name's nearest names as they were, and its article was worked out again for each keystroke
 * (its context's article lists walked, a view made per entity): about a fifth of Dossier's own
 * work per keystroke in a profile of bench/keystroke-work.mjs at the bench's pace, for the same answer.
 */
class ContextMemo {
  private static readonly memos = new WeakMap<CorpusIndex, ContextMemo>();
  private readonly entries: { entity: number; nearest: readonly number[]; article: number }[] = [];
  private next = 0;

  static of(index: CorpusIndex): ContextMemo {
    let memo = ContextMemo.memos.get(index);
    if (!memo) {
      memo = new ContextMemo();
      ContextMemo.memos.set(index, memo);
    }
    return memo;
  }

  article(entity: number, nearest: readonly number[], choose: () => number): number {
    const kept = this.entries.find((e) => e.entity === entity && sameNumbers(e.nearest, nearest));
    if (kept) return kept.article;
    const entry = { entity, nearest, article: choose() };
    this.entries[this.next] = entry;
    this.next = (this.next + 1) % MEMO_SIZE;
    return entry.article;
  }
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
