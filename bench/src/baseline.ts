import nlp from 'compromise';
import { readFileSync } from 'node:fs';
import type { GoldFile } from '../../packages/corpus/eval/goldSet.js';
import type { PredictedMention } from '../../packages/corpus/eval/score.js';

/** compromise's people, places and organisations as predicted mentions (its offsets are string indices). */
export function compromiseMentions(gold: GoldFile[]): PredictedMention[] {
  const out: PredictedMention[] = [];
  for (const g of gold) {
    const doc = nlp(g.text);
    const add = (list: { offset: { start: number; length: number } }[], type: 'person' | 'place' | 'organization') => {
      for (const m of list) out.push({ file: g.name, start: m.offset.start, end: m.offset.start + m.offset.length, type, entity: null });
    };
    add(doc.people().json({ offset: true }), 'person');
    add(doc.places().json({ offset: true }), 'place');
    add(doc.organizations().json({ offset: true }), 'organization');
  }
  return out;
}

/** compromise's throughput on the same files: the JS NLP library most users would reach for. */
export function compromiseThroughput(paths: string[], maxBytes: number): { bytes: number; seconds: number; mbPerSecond: number } {
  let bytes = 0;
  const texts: string[] = [];
  for (const path of paths) {
    if (bytes >= maxBytes) break;
    const text = readFileSync(path, 'utf8');
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
  const started = performance.now();
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const seconds = (performance.now() - started) / 1000;
  return { bytes, seconds, mbPerSecond: bytes / 1e6 / seconds };
}
