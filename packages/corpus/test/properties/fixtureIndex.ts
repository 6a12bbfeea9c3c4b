import { readdirSync, readFileSync } from 'node:fs';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { buildCorpusIndex } from '../../src/corpusIndex/buildIndex.js';
import { fromBytes } from '../../src/files/readCorpusFile.js';

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);
const CAPTURED = new Date('2025-08-14T12:00:00Z');

/** The fixture articles plus one with emoji and names in several scripts. */
export function fixtureIndex() {
  const texts: [string, string][] = readdirSync(FIXTURES).map((name) => [name, readFileSync(new URL(name, FIXTURES), 'utf8')]);
  texts.push([
    'scripts.txt',
    '🚢 Kim Jong Un met Vladimir Putin. Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) said Volodymyr Zelenskyy would visit İstanbul and Łódź with Đorđe Đoković.\n',
  ]);
  const inputs = texts.map(([name, text]) => {
    const outcome = fromBytes(`/c/${name}`, name.endsWith('.md') ? 'markdown' : 'text', new TextEncoder().encode(text));
    if (outcome.kind !== 'read') throw new Error(outcome.reason);
    return { analysis: analyzeFile(outcome.file, { capturedAt: CAPTURED }), displayPath: name };
  });
  return buildCorpusIndex(inputs);
}
