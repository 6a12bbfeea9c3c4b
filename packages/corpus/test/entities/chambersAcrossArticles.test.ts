import { describe, expect, it } from 'vitest';
import { entityNamed, indexTexts, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Two stories from two countries, each with its own chamber: a chamber's word alone names the one its
// own article names, never another article's. Mentions are "text@line:character", and the file is
// the story's: fiji.txt's lines are not vanuatu.txt's.

const VANUATU = 'Vanuatu votes on new prime minister\n\nThe Parliament of Vanuatu elected a new prime minister on Tuesday. Parliament will sit again next week.\n';
const FIJI = "Fiji budget passes\n\nFiji's finance minister said Parliament had passed the budget on Friday. The opposition walked out of Parliament.\n";

describe('a chamber named by its word alone, across articles', () => {
  it('"Parliament" in a story from Fiji is not the "Parliament of Vanuatu" of another story (it joined it)', () => {
    const index = indexTexts({ 'vanuatu.txt': VANUATU, 'fiji.txt': FIJI });
    const vanuatu = index.mentionsOf(entityNamed(index, 'Parliament of Vanuatu'));
    expect(vanuatu.map((m) => `${m.file}:${m.text}@${m.range.start.line}:${m.range.start.character}`)).toEqual([
      'vanuatu.txt:Parliament of Vanuatu@2:4',
      'vanuatu.txt:Parliament@2:67',
    ]);
    expect(mentionsOf(index, 'Parliament')).toEqual(['Parliament@2:29', 'Parliament@2:102']);
    expect(typeOf(index, 'Parliament')).toBe('organization');
  });

  it('within its own story the word alone still is that chamber', () => {
    const index = indexTexts({ 'vanuatu.txt': VANUATU });
    expect(mentionsOf(index, 'Parliament of Vanuatu')).toEqual(['Parliament of Vanuatu@2:4', 'Parliament@2:67']);
  });
});
