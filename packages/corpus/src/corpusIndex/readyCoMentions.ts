import type { CoMention, CorpusIndex, ReadyCoMentions } from './corpusIndex.js';
import { SharedSentences } from './sharedSentences.js';
import { SnapshotError } from './snapshotColumns.js';
import type { SnapshotSource } from './snapshotSource.js';

/**
 * How many co-mentions a snapshot keeps ready per entity: a card shows five (entityCard), and the
 * ranking's first five are the same whether 5 or 20 are ranked.
 */
export const READY_CO_MENTIONS = 5;

/** Per entity: READY_CO_MENTIONS (entity, count) pairs as Int32 (entity -1: no more), then as many scores as Float64. */
const PAIRS_BYTES = READY_CO_MENTIONS * 2 * 4;
const ENTITY_BYTES = PAIRS_BYTES + READY_CO_MENTIONS * 8;

/**
 * Every entity's first READY_CO_MENTIONS co-mentions, as a snapshot section: ranked at the merge,
 * so that a card reads 80 bytes instead of the mention rows of 40 candidates (34–41% of a first
 * card's time at 100k articles). The ranking is the index's own (CorpusIndex.rankCoMentions).
 */
export function readyCoMentionBytes(index: CorpusIndex): Buffer {
  const bytes = new ArrayBuffer(index.entities.length * ENTITY_BYTES);
  const sentences = new SharedSentences(index);
  for (const entity of index.entities) {
    const at = entity.index * ENTITY_BYTES;
    const pairs = new Int32Array(bytes, at, READY_CO_MENTIONS * 2).fill(-1);
    const scores = new Float64Array(bytes, at + PAIRS_BYTES, READY_CO_MENTIONS);
    index.rankCoMentions(entity, sentences.scorer(entity)).slice(0, READY_CO_MENTIONS).forEach((c, k) => {
      pairs[k * 2] = c.entity;
      pairs[k * 2 + 1] = c.count;
      scores[k] = c.score;
    });
  }
  return Buffer.from(bytes);
}

/** The ready co-mentions of a snapshot's section, one entity's 80 bytes read when its card asks. */
export class StoredCoMentions implements ReadyCoMentions {
  readonly kept = READY_CO_MENTIONS;

  constructor(
    private readonly source: SnapshotSource,
    private readonly section: { offset: number; length: number },
    private readonly entityCount: number,
  ) {
    if (section.length !== entityCount * ENTITY_BYTES) throw new SnapshotError(`snapshot's ready co-mentions hold ${section.length} bytes for ${entityCount} entities`);
  }

  of(entity: number): CoMention[] {
    // Aligned for the scores: a pooled Buffer's bytes may not start on 8.
    const bytes = new ArrayBuffer(ENTITY_BYTES);
    this.source.read(this.section.offset + entity * ENTITY_BYTES, ENTITY_BYTES, new Uint8Array(bytes));
    const pairs = new Int32Array(bytes, 0, READY_CO_MENTIONS * 2);
    const scores = new Float64Array(bytes, PAIRS_BYTES, READY_CO_MENTIONS);
    const out: CoMention[] = [];
    for (let k = 0; k < READY_CO_MENTIONS && pairs[k * 2]! >= 0; k++) {
      if (pairs[k * 2]! >= this.entityCount) throw new SnapshotError(`snapshot's ready co-mention of entity ${entity} points at unknown entity ${pairs[k * 2]}`);
      out.push({ entity: pairs[k * 2]!, count: pairs[k * 2 + 1]!, score: scores[k]! });
    }
    return out;
  }
}
