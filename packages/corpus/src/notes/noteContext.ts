import type { CorpusIndex, EntityRecord } from '../corpusIndex/corpusIndex.js';
import { sectionOf, sectionStarts, type NoteName } from './noteNames.js';

/**
 * Which of an entity's articles a note is most likely drawing on at a name: the one that mentions
 * most of the other entities the note names around it (its section, else the whole note), each
 * weighted by how rare it is in the corpus (inverse document frequency), so that sharing
 * "Hong Min" says more than sharing "United States". Returns a global article index, or -1 when
 * nothing in the note points at one article (then the entity's own best mention is the source).
 */
export function contextArticle(index: CorpusIndex, entity: EntityRecord, names: readonly NoteName[], noteText: string, offset: number): number {
  if (entity.articles.length < 2) return -1;
  const weights = contextWeights(index, entity, names, noteText, offset);
  if (weights.size === 0) return -1;
  const candidates = new Set(entity.articles);
  const scores = new Map<number, number>();
  for (const [other, weight] of weights) {
    for (const article of other.articles) {
      if (candidates.has(article)) scores.set(article, (scores.get(article) ?? 0) + weight);
    }
  }
  let best = -1;
  let bestScore = 0;
  // Ties go to the article of the entity's own best mention, then to the earliest.
  const introducingRow = index.introducingRowOf(entity);
  const introducedArticle = introducingRow >= 0 ? index.table.article[introducingRow]! : -1;
  for (const [article, score] of scores) {
    const better = score > bestScore + 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && (article === introducedArticle || (best !== introducedArticle && article < best)));
    if (better) {
      best = article;
      bestScore = score;
    }
  }
  return best;
}

/** The other entities named near the offset, with their weights; entities in every article weigh nothing. */
function contextWeights(index: CorpusIndex, entity: EntityRecord, names: readonly NoteName[], noteText: string, offset: number): Map<EntityRecord, number> {
  const starts = sectionStarts(noteText);
  const section = sectionOf(starts, offset);
  const others = (inSection: boolean) => names.filter((n) => n.entity !== entity && (!inSection || sectionOf(starts, n.start) === section));
  const near = others(true);
  const chosen = near.length ? near : others(false);
  const total = index.articles.length;
  const weights = new Map<EntityRecord, number>();
  for (const { entity: other } of chosen) {
    const weight = Math.log(total / Math.max(1, other.articles.length));
    if (weight > 0) weights.set(other, weight);
  }
  return weights;
}
