import { association, type CorpusIndex, type EntityRecord } from './corpusIndex.js';

/**
 * How many sentences each entity shares with every other, for ranking every entity's co-mentions
 * at once (a snapshot's ready co-mentions): the corpus's sentences with the distinct entities of
 * each, and each entity's distinct sentences, as compressed rows. An entity's sentences shared
 * with all others then cost the entities of its own sentences (two or three a sentence), where
 * CorpusIndex.sentenceSharing searches each candidate's mentions (25 s for the 33,000 entities of
 * 100k articles, against the merge's 20).
 */
export class SharedSentences {
  private readonly entityStarts: Int32Array;
  private readonly entitySentences: Int32Array;
  private readonly sentenceStarts: Int32Array;
  private readonly sentenceEntities: Int32Array;
  private readonly shared: Int32Array;
  private touched: number[] = [];

  constructor(private readonly index: CorpusIndex) {
    const { starts, sentences } = distinctSentencesOfEntities(index);
    this.entityStarts = starts;
    this.entitySentences = sentences;
    const bySentence = entitiesOfSentences(starts, sentences, index.sentenceTotal());
    this.sentenceStarts = bySentence.starts;
    this.sentenceEntities = bySentence.entities;
    this.shared = new Int32Array(index.entities.length);
  }

  /**
   * The signed G² of sharing sentences with `entity`, for another entity: the same number as
   * CorpusIndex.sentenceSharing gives (shared sentences against the entity's distinct sentences,
   * the other's mention count and the corpus's sentences). Valid until the next call.
   */
  scorer(entity: EntityRecord): (other: EntityRecord) => number {
    for (const e of this.touched) this.shared[e] = 0;
    this.touched = [];
    const from = this.entityStarts[entity.index]!;
    const to = this.entityStarts[entity.index + 1]!;
    for (let k = from; k < to; k++) {
      const sentence = this.entitySentences[k]!;
      for (let i = this.sentenceStarts[sentence]!; i < this.sentenceStarts[sentence + 1]!; i++) {
        const other = this.sentenceEntities[i]!;
        if (other === entity.index) continue;
        if (this.shared[other] === 0) this.touched.push(other);
        this.shared[other]!++;
      }
    }
    const own = to - from;
    const total = this.index.sentenceTotal();
    return (other) => {
      const shared = this.shared[other.index]!;
      return association(shared, own, Math.max(other.mentionCount, shared), total);
    };
  }
}

/** Each entity's distinct sentences (titles left out), numbered across the corpus: file after file. */
function distinctSentencesOfEntities(index: CorpusIndex): { starts: Int32Array; sentences: Int32Array } {
  const { file, sentence } = index.table;
  const firstOfFile = Int32Array.from({ length: index.fileCount }, (_, i) => index.firstSentenceOf(i));
  const starts = new Int32Array(index.entities.length + 1);
  const sentences = new Int32Array(index.mentionCount);
  let out = 0;
  for (const entity of index.entities) {
    let last = -1;
    // Rows are in corpus order: one sentence's rows are consecutive.
    for (const row of entity.mentions) {
      if (sentence[row]! < 0) continue;
      const id = firstOfFile[file[row]!]! + sentence[row]!;
      if (id !== last) sentences[out++] = last = id;
    }
    starts[entity.index + 1] = out;
  }
  // A view, not a copy: the unused rows are a tenth of the mentions at most, a copy the whole again (11 MB at 100k articles).
  return { starts, sentences: sentences.subarray(0, out) };
}

/**
 * The distinct entities of each sentence, from each entity's distinct sentences (a counting sort).
 * Each sentence's start serves as its cursor while the entities are placed, then the starts are
 * shifted back: no second array of the corpus's sentences (12 MB at 100k articles, at the cold
 * index's peak).
 */
function entitiesOfSentences(entityStarts: Int32Array, entitySentences: Int32Array, sentenceCount: number): { starts: Int32Array; entities: Int32Array } {
  const starts = new Int32Array(sentenceCount + 1);
  for (const s of entitySentences) starts[s + 1]!++;
  for (let s = 0; s < sentenceCount; s++) starts[s + 1]! += starts[s]!;
  const entities = new Int32Array(entitySentences.length);
  for (let e = 0; e + 1 < entityStarts.length; e++) {
    for (let k = entityStarts[e]!; k < entityStarts[e + 1]!; k++) entities[starts[entitySentences[k]!]!++] = e;
  }
  // Each start is now its sentence's end, the next one's start.
  starts.copyWithin(1, 0, sentenceCount);
  starts[0] = 0;
  return { starts, entities };
}
