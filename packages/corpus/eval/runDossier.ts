import { analyzeFile } from '../src/analysis/fileAnalysis.js';
import { fromBytes } from '../src/files/readCorpusFile.js';
import { buildCorpusIndex } from '../src/corpusIndex/buildIndex.js';
import { formatOf } from '../src/text/markup.js';
import type { GoldFile } from './goldSet.js';
import type { PredictedMention } from './score.js';

/** Dossier's mentions on the gold set, indexed as one corpus (merging needs the whole corpus). */
export function dossierMentions(gold: GoldFile[]): PredictedMention[] {
  const inputs = gold.map((g) => {
    const outcome = fromBytes(g.name, formatOf(g.articlePath) ?? 'text', new TextEncoder().encode(g.text));
    if (outcome.kind !== 'read') throw new Error(`${g.name}: ${outcome.reason}`);
    // A fixed capture time: relative dates must not depend on when the test runs.
    return { analysis: analyzeFile(outcome.file, { capturedAt: new Date('2025-08-14T12:00:00Z') }), displayPath: g.name };
  });
  const index = buildCorpusIndex(inputs);
  const out: PredictedMention[] = [];
  const t = index.table;
  for (let row = 0; row < t.length; row++) {
    const entity = index.entities[t.entity[row]!]!;
    out.push({ file: index.files[t.file[row]!]!.displayPath, start: t.start[row]!, end: t.endOf(row), type: entity.type, entity: entity.id });
  }
  return out;
}
