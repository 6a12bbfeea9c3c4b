import { describe, expect, it } from 'vitest';
import { checkGoldSets } from '../../eval/checkGold.js';
import { parseGoldMarkup } from '../../eval/goldMarkup.js';
import { loadGoldSet, parseGold } from '../../eval/goldSet.js';

// The gold sets are what every quality figure is computed against: a slip in their markup (an
// unclosed item, a possessive inside a span, a key typed two ways) would move a figure silently.
describe('the hand-annotated gold sets', () => {
  const checks = checkGoldSets();

  it('all match their articles byte for byte, with valid markup and one type per key', () => {
    expect(checks.flatMap((c) => c.problems)).toEqual([]);
    expect(checks.map((c) => c.set)).toEqual(['dev', 'dev2', 'heldout']);
  });

  it('are read by the scorer into the same mentions the check counts', () => {
    for (const check of checks) {
      const loaded = loadGoldSet(check.set);
      expect(loaded.map((f) => f.name)).toEqual(check.files.map((f) => f.name));
      expect(loaded.map((f) => f.mentions.length)).toEqual(check.files.map((f) => f.mentions.length));
      expect(loaded.reduce((n, f) => n + f.mentions.length, 0)).toBeGreaterThan(250);
    }
  });
});

describe('gold markup', () => {
  it('gives each item its offsets in the text without markup, in UTF-16 code units', () => {
    const { plain, mentions, problems } = parseGoldMarkup('🇰🇷 [[Kim|person|Kim Yo Jong]] met 東京 [[Tokyo|place|Tokyo]] officials.\r\n');
    expect(problems).toEqual([]);
    expect(plain).toBe('🇰🇷 Kim met 東京 Tokyo officials.\r\n');
    expect(mentions.map((m) => [plain.slice(m.start, m.end), m.start, m.type, m.key])).toEqual([
      ['Kim', 5, 'person', 'Kim Yo Jong'],
      ['Tokyo', 16, 'place', 'Tokyo'],
    ]);
  });

  it('reports every slip with its line and column', () => {
    const { problems } = parseGoldMarkup('A ]] B\n[[Kim’s|person|Kim]] [[TSMC|company|TSMC]] [[Seoul|place]] [["Vega"|vessel| Vega]]\n[[Busan|place|Busan');
    expect(problems).toEqual([
      'stray "]]" at 1:3',
      'surface ending in an apostrophe or possessive "Kim’s" at 2:1',
      'unknown type "company" at 2:22',
      'markup at 2:44 has 2 field(s), expected 3: [[Seoul|place]]',
      'surface including its quotation marks ""Vega"" at 2:60',
      'key with outer whitespace " Vega" at 2:60',
      'unclosed "[[" at 3:1',
      // the unclosed item stays in the text, so its bars are outside markup too
      '"|" outside markup at 3:8 of the stripped text',
    ]);
  });

  it('stops the scorer on a slip, naming the file', () => {
    expect(() => parseGold('wire-story', 'Talks in [[Seoul|place]] ended.', '/tmp/wire-story.txt')).toThrow(/^wire-story\.gold\.txt: markup at 1:10 has 2 field/);
  });

  it('counts positions after a byte-order mark, as editors do', () => {
    const gold = parseGold('bom', '\uFEFF[[Lagos|place|Lagos]] rallied.', '/tmp/bom.txt');
    expect(gold.text).toBe('Lagos rallied.');
    expect(gold.mentions.map((m) => [m.start, m.end])).toEqual([[0, 5]]);
  });
});
