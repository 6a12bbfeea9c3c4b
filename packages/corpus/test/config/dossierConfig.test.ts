import { describe, expect, it } from 'vitest';
import { ConfigError, parseDossierConfig } from '../../src/config/dossierConfig.js';
import { entityNamed, indexTexts, surfaces } from '../helpers/indexTexts.js';

const ARTICLES = {
  'a.txt': 'Coast guards detained the freighter Hong Tai 58 on Tuesday; its crew said the ship was the Hong Tai 168 instead.\n',
  'b.txt': 'North Korean leader Kim Jong-un met officials in Pyongyang on Monday, state media said. Maintenance crews said MRO work continued.\n',
  'c.txt': 'Leader Kim Jong Un inspected a factory on Friday, KCNA said, and Kim praised the workers there.\n',
};

function problems(text: string): string[] {
  try {
    parseDossierConfig(text, 'dossier.yaml');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.line}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('dossier.yaml', () => {
  it('declares entities that win over extraction: name, type, aliases in any script, description', () => {
    const { corrections } = parseDossierConfig(
      `entities:\n  - name: Kim Jong Un\n    type: person\n    aliases: [김정은, 金正恩]\n    description: Supreme Leader of North Korea\n`,
      'dossier.yaml',
    );
    const index = indexTexts({ ...ARTICLES, 'd.txt': 'Analysts said 김정은 would attend, officials said on Monday in Seoul.\n' }, corrections);
    const kim = entityNamed(index, 'Kim Jong Un');
    expect(kim.declared).toBe(true);
    expect(kim.descriptions[0]!.text).toBe('Supreme Leader of North Korea');
    expect(index.lookup('金正恩').map((c) => c.entity.name)).toEqual(['Kim Jong Un']);
  });

  it('merges entities extraction kept apart', () => {
    const { corrections } = parseDossierConfig('merge:\n  - [Hong Tai 58, Hong Tai 168]\n', 'dossier.yaml');
    const index = indexTexts(ARTICLES, corrections);
    expect(surfaces(index, 'Hong Tai 58').sort()).toEqual(['Hong Tai 168', 'Hong Tai 58']);
  });

  it('splits a form off an entity', () => {
    const { corrections } = parseDossierConfig('split:\n  - from: Kim Jong Un\n    forms: [Kim Jong-un]\n', 'dossier.yaml');
    const index = indexTexts(ARTICLES, corrections);
    expect(surfaces(index, 'Kim Jong Un')).not.toContain('Kim Jong-un');
    expect(surfaces(index, 'Kim Jong-un')).toEqual(['Kim Jong-un']);
  });

  it('excludes false positives', () => {
    const before = indexTexts(ARTICLES);
    expect(before.entities.map((e) => e.name)).toContain('Pyongyang');
    const { corrections } = parseDossierConfig('exclude: [Pyongyang]\n', 'dossier.yaml');
    expect(indexTexts(ARTICLES, corrections).entities.map((e) => e.name)).not.toContain('Pyongyang');
  });

  it('reads corpus folders and furniture rules', () => {
    const config = parseDossierConfig(
      "corpus:\n  paths: [seeds, archive]\n  exclude: ['**/drafts/**']\nfurniture:\n  - id: footer\n    pattern: '^Powered by NewsBlender$'\n    reason: aggregator footer\n",
      'dossier.yaml',
    );
    expect(config.corpusPaths).toEqual(['seeds', 'archive']);
    expect(config.exclude).toEqual(['**/drafts/**']);
    expect(config.corrections.furniture.map((r) => r.id)).toEqual(['footer']);
  });

  it('reports every problem with its line', () => {
    expect(
      problems(
        [
          'entities:',
          '  - name: Kim Jong Un',
          '    type: persn',
          '  - type: place',
          '    colour: red',
          'merge:',
          '  - [Only One]',
          'furniture:',
          '  - id: broken',
          "    pattern: '('",
          '    reason: x',
          'extras: 1',
        ].join('\n'),
      ),
    ).toEqual([
      '3: entities[1].type: "persn" is not one of person, organization, place, vessel, product, programme, event, other',
      '5: entities[2].colour: unknown field (expected name, type, aliases, description, caseSensitive)',
      '4: entities[2]: "name" is required',
      '7: merge[1]: a merge needs two names or more',
      expect.stringMatching(/^9: furniture: rule "broken": invalid pattern/),
      '12: unknown section "extras" (expected corpus, entities, merge, split, exclude, furniture, capturedAt)',
    ]);
  });

  it('reports a section named like an object property ("toString") as unknown, not as a section', () => {
    expect(problems('toString: 1\nconstructor: []\n')).toEqual([
      '1: unknown section "toString" (expected corpus, entities, merge, split, exclude, furniture, capturedAt)',
      '2: unknown section "constructor" (expected corpus, entities, merge, split, exclude, furniture, capturedAt)',
    ]);
  });

  it('reports YAML syntax errors with their line, and reads an empty file as no corrections', () => {
    expect(problems('entities:\n  - name: [unclosed\n')[0]).toMatch(/^\d+: /);
    expect(parseDossierConfig('', 'dossier.yaml').corrections.entities).toEqual([]);
  });
});
