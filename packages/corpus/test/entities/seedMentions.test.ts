import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { buildCorpusIndex } from '../../src/corpusIndex/buildIndex.js';
import { SEED_000, SEED_003, seedFile, seedText, textAt } from '../helpers/corpusText.js';

describe('every mention of the seeds', () => {
  const index = buildCorpusIndex([SEED_000, SEED_003].map((path) => ({ analysis: analyzeFile(seedFile(path)), displayPath: path })));
  const texts = new Map([SEED_000, SEED_003].map((p) => [p, seedText(p)]));

  it('has a range whose text in the file is its surface form, inside a sentence range that contains it', () => {
    let checked = 0;
    for (const entity of index.entities) {
      for (const m of index.mentionsOf(entity)) {
        const text = texts.get(m.file)!;
        expect(textAt(text, m.range), `${entity.name} at ${m.file}:${m.range.start.line}`).toBe(m.text);
        expect(m.sentenceRange).not.toBeNull();
        const sentence = textAt(text, m.sentenceRange!);
        expect(sentence.includes(m.text), `${m.text} in its sentence`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(index.mentionCount);
    expect(checked).toBeGreaterThan(350);
  });

  it('finds the names an analyst expects, with their types', () => {
    const typeOf = (name: string) => index.entities.find((e) => e.name === name)?.type;
    expect(typeOf('Kim Yo Jong')).toBe('person');
    expect(typeOf('Kim Jong Un')).toBe('person');
    expect(typeOf('Taiwan Semiconductor Manufacturing Co')).toBe('organization');
    expect(typeOf('Hong Tai 58')).toBe('vessel');
    expect(typeOf('Kursk')).toBe('place');
    expect(typeOf('Make American Shipbuilding Great Again')).toBe('programme');
    expect(typeOf('F-35')).toBe('product');
    expect(typeOf('Cold War')).toBe('event');
  });
});
