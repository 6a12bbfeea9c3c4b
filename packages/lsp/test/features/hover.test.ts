import { describe, expect, it } from 'vitest';
import { ARTICLE_KIM, ARTICLE_SUMMIT, note, positionOf, serviceFor } from '../helpers/memoryCorpus.js';

const corpus = { 'kim.txt': ARTICLE_KIM, 'summit.txt': ARTICLE_SUMMIT };

async function hoverText(noteText: string, needle: string, into = 1, occurrence = 0) {
  const doc = note(noteText);
  const { service } = serviceFor(corpus, [doc]);
  const hover = await service.hover.provideHover(doc, positionOf(doc, needle, into, occurrence));
  return { doc, hover, value: hover ? (hover.contents as { value: string }).value : null };
}

describe('hover', () => {
  it('shows the card: name, type, description, counts, a sentence with the name in bold and a link to its line', async () => {
    const { doc, hover, value } = await hoverText('# Notes\nKim Yo Jong called it a pipe dream.\n', 'Kim Yo Jong', 4);
    expect(hover!.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 11 } });
    expect(doc.getText(hover!.range)).toBe('Kim Yo Jong');
    expect(value).toContain('**Kim Yo Jong** · _person_  \npowerful sister of North Korean leader Kim Jong Un  \n');
    // "Kim, who speaks for her brother" is her too: the subject of the sentence before.
    expect(value).toContain('2 mentions · 1 article&#58; source unknown · undated');
    expect(value).toContain("> **Kim**, who speaks for her brother");
    expect(value).toContain('> **Kim Yo Jong**, the powerful sister of North Korean leader Kim Jong Un, said on Thursday');
    expect(value).toContain('(file:///corpus/kim.txt#L2,1)');
    expect(value).toMatch(/Mentioned with \\\(shared articles\\\): .*Kim Jong Un \\\(1\\\)/);
  });

  it('gives plain words no hover at all', async () => {
    for (const word of ['pipe dream', 'ceasefire', 'Thursday', 'The']) {
      const { hover } = await hoverText('The ceasefire was a pipe dream on Thursday.\n', word);
      expect(hover, word).toBeNull();
    }
  });

  it('resolves an ambiguous "Kim" from an earlier unambiguous mention in the note, and says so', async () => {
    const { value } = await hoverText('Kim Yo Jong spoke first.\n\nThen Kim repeated the threat.\n', 'Kim repeated', 1);
    expect(value).toContain('**Kim Yo Jong** · _person_');
    expect(value).toContain('"Kim" is ambiguous&#58; resolved from an earlier mention in this note\\. May also mean&#58; Kim Jong Un \\(person\\)\\.');
  });

  it('resolves "Kim" from the same section when the full name comes after it', async () => {
    const { value } = await hoverText('# Summit\nKim toured the site, then Kim Jong Un left.\n', 'Kim toured', 1);
    expect(value).toContain('**Kim Jong Un** · _person_');
    expect(value).toContain('resolved from another mention in this section');
  });

  it('falls back to the entity the corpus mentions most, and lists the alternatives', async () => {
    const { value } = await hoverText('Kim met nobody.\n', 'Kim', 1);
    expect(value).toContain('**Kim Jong Un** · _person_');
    expect(value).toContain('resolved from the corpus \\(the most mentioned\\)\\. May also mean&#58; Kim Yo Jong \\(person\\)\\.');
  });
});

describe('the language service', () => {
  it('lets go of the note analyses it keeps when disposed, and analyses a note afresh afterwards', async () => {
    const doc = note('Kim Yo Jong met Vladimir Putin.\n');
    const { service, index } = serviceFor(corpus, [doc]);
    const first = service.analyses.get(doc, index);
    expect(service.analyses.get(doc, index)).toBe(first);
    service.dispose();
    const again = service.analyses.get(doc, index);
    expect(again).not.toBe(first);
    expect(again.names.map((n) => doc.getText().slice(n.start, n.end))).toEqual(first.names.map((n) => doc.getText().slice(n.start, n.end)));
  });
});
