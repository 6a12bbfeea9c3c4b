import { describe, expect, it } from 'vitest';
import { parseDossierConfig } from '../../src/config/dossierConfig.js';
import { formatDossierYaml } from '../../src/store/dossierYaml.js';
import { correctionsFromJudgements, judgementsFromCorrections, withdrawalsOf, type NewJudgement } from '../../src/store/judgements.js';

const YAML = `entities:
  - name: Kim Jong Un
    type: person
    aliases: [Kim Jong-un, 김정은, { name: KJU, caseSensitive: true }]
    description: Supreme Leader of North Korea
  - name: NATO
    aliases: [{ name: Nato, caseSensitive: false }]
    caseSensitive: true
merge:
  - [Hong Tai 58, Hong Tai 168, Hong Tai 88]
split:
  - from: Kim Jong Un
    forms: [Kim Jong-un]
exclude:
  - Presidential
`;

describe('corrections as judgements', () => {
  const corrections = parseDossierConfig(YAML, 'dossier.yaml').corrections;

  it('are the same corrections once recorded and read back, case rules included', () => {
    const judgements = judgementsFromCorrections(corrections, 'alice');
    expect(judgements.map((j) => [j.question, j.verdict, j.name, j.other])).toEqual([
      ['entity', 'positive', 'Kim Jong Un', null],
      ['entity', 'positive', 'NATO', null],
      ['same', 'positive', 'Hong Tai 58', 'Hong Tai 168'],
      ['same', 'positive', 'Hong Tai 58', 'Hong Tai 88'],
      ['same', 'negative', 'Kim Jong Un', 'Kim Jong-un'],
      ['entity', 'negative', 'Presidential', null],
    ]);
    expect(correctionsFromJudgements(judgements)).toEqual({ ...corrections, furniture: [] });
  });

  it('export as a dossier.yaml that reads back to the same corrections', () => {
    const text = formatDossierYaml(corrections, ['exported for a test']);
    expect(text.startsWith('# exported for a test\n')).toBe(true);
    expect(parseDossierConfig(text, 'exported.yaml').corrections).toEqual(corrections);
  });

  it('the latest judgement on a question is in force; "unsure" withdraws; other questions stay', () => {
    const same = (verdict: NewJudgement['verdict'], author: string): NewJudgement => ({ question: 'same', name: 'Hong Tai 58', other: 'Hong Tai 168', verdict, details: null, author });
    // The same question asked with the names the other way round is the same question.
    const reversed: NewJudgement = { ...same('negative', 'carol'), name: 'Hong Tai 168', other: 'Hong Tai 58' };
    expect(correctionsFromJudgements([same('positive', 'alice'), reversed]).split).toEqual([{ from: 'Hong Tai 168', forms: ['Hong Tai 58'] }]);
    expect(correctionsFromJudgements([same('positive', 'alice'), same('unsure', 'bob')])).toMatchObject({ merge: [], split: [] });
    const recorded = judgementsFromCorrections(corrections, 'alice');
    const kept = recorded.filter((j) => j.name !== 'Presidential');
    expect(withdrawalsOf(recorded, kept, 'bob')).toEqual([{ question: 'entity', name: 'Presidential', other: null, verdict: 'unsure', details: null, author: 'bob' }]);
  });
});
