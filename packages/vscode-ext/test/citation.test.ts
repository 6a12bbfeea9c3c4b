import { describe, expect, it } from 'vitest';
import { applyInsertions, citationCopiedMessage, footnoteLabel, hasFootnoteDefinition, planCitationInsertions } from '../src/citation';
import type { Citation } from '../src/protocol';

const SENTENCE = '“Kim Yo Jong, who is a senior official in the North\'s ruling Workers\' Party, also said …”';
const SOURCE = "“N Korea says S Korea's peace overtures a 'pipe dream'”, Japan Today, c. 2025, seeds/000_a964fcedf6c508e9.txt:20";
const CITATION: Citation = {
  reference: '[^kim-yo-jong]',
  footnote: `[^kim-yo-jong]: ${SENTENCE} — ${SOURCE}.`,
  text: `${SENTENCE} — ${SOURCE}`,
};
const NOTE = '# The sister\n\nKim Yo Jong is the regime\'s voice on the South.\n';
const NAME_END = NOTE.indexOf('Kim Yo Jong') + 'Kim Yo Jong'.length;

describe('footnoteLabel', () => {
  it('reads the label of a footnote definition', () => {
    expect(footnoteLabel(CITATION.footnote)).toBe('[^kim-yo-jong]');
    expect(footnoteLabel('no footnote')).toBeNull();
  });
});

describe('planCitationInsertions', () => {
  it('puts the reference after the name and the footnote at the end, after a blank line', () => {
    const result = applyInsertions(NOTE, planCitationInsertions(NOTE, NAME_END, CITATION));
    expect(result).toBe(`# The sister\n\nKim Yo Jong[^kim-yo-jong] is the regime's voice on the South.\n\n${CITATION.footnote}\n`);
  });

  it('joins an existing block of footnotes', () => {
    const note = `${NOTE}\n[^other]: Somewhere else.\n`;
    const result = applyInsertions(note, planCitationInsertions(note, NAME_END, CITATION));
    expect(result.endsWith(`[^other]: Somewhere else.\n${CITATION.footnote}\n`)).toBe(true);
  });

  it('keeps a note without a final newline without one', () => {
    const note = 'Kim Yo Jong spoke.';
    expect(applyInsertions(note, planCitationInsertions(note, 11, CITATION))).toBe(`Kim Yo Jong[^kim-yo-jong] spoke.\n\n${CITATION.footnote}`);
  });

  it('keeps CRLF line ends', () => {
    const note = 'Kim Yo Jong spoke.\r\n';
    expect(applyInsertions(note, planCitationInsertions(note, 11, CITATION))).toBe(`Kim Yo Jong[^kim-yo-jong] spoke.\r\n\r\n${CITATION.footnote}\r\n`);
  });

  it('adds nothing twice', () => {
    const once = applyInsertions(NOTE, planCitationInsertions(NOTE, NAME_END, CITATION));
    expect(planCitationInsertions(once, NAME_END, CITATION)).toEqual([]);
    expect(hasFootnoteDefinition(once, '[^kim-yo-jong]')).toBe(true);
  });
});

describe('citationCopiedMessage', () => {
  it('names the entity and shows the plain citation, as copied: no Markdown escapes (issue 13, defect 10)', () => {
    expect(citationCopiedMessage('Kim Yo Jong', CITATION)).toBe(
      "Copied the citation for Kim Yo Jong: “Kim Yo Jong, who is a senior official in the North's ruling Workers' Party, also said …” — “N Korea says S Korea's peace overtures a 'pipe dream'”, Japan Today, c. 2025, seeds/000_a964fcedf6c508e9.txt:20",
    );
  });
});
