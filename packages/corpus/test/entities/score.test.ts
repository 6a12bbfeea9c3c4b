import { describe, expect, it } from 'vitest';
import type { GoldFile } from '../../eval/goldSet.js';
import { score, type PredictedMention } from '../../eval/score.js';

describe('the gold sets\' scoring', () => {
  const text = 'The lead ship, JS Shiranagi (DDG-183), was launched in Nagasaki.';
  const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
  const gold: GoldFile[] = [
    {
      name: 'a',
      articlePath: 'a.txt',
      text,
      mentions: [
        { ...at('JS Shiranagi'), type: 'vessel', key: 'JS Shiranagi', surface: 'JS Shiranagi' },
        { ...at('DDG-183'), type: 'vessel', key: 'JS Shiranagi', surface: 'DDG-183' },
        { ...at('Nagasaki'), type: 'place', key: 'Nagasaki', surface: 'Nagasaki' },
      ],
    },
  ];
  const predicted = (name: string, entity: string): PredictedMention => ({ file: 'a', ...at(name), type: name === 'Nagasaki' ? 'place' : 'vessel', entity });

  it('a span predicted twice is one match and one spurious mention, never two matches', () => {
    const s = score(gold, [predicted('JS Shiranagi', 'ship'), predicted('DDG-183', 'ship'), predicted('DDG-183', 'ship'), predicted('Nagasaki', 'city')]);
    expect([s.predicted, s.matched]).toEqual([4, 3]);
    expect(s.recall).toBe(1);
    expect(s.precision).toBe(0.75);
    expect(s.errors.spurious).toHaveLength(1);
    expect(s.errors.spurious[0]).toContain('"DDG-183"');
  });
});
