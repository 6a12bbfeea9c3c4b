// Issue 13: cards, sources and citations an analyst can trust at a glance (the language service in memory).
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createLanguageService } from '../../src/languageService.js';
import { documentsReportingEdits } from '../../src/workspace/documentEdits.js';
import { memoryCorrections, silentLog } from '../helpers/memoryCorrections.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT, memoryAccess, memoryCorpus, note, positionOf, serviceFor } from '../helpers/memoryCorpus.js';

const SHIPYARD = `Shipyard Visit
Kim Jong Un inspected the Nampo shipyard with Admiral Han Sung Chol on Tuesday. Han Sung Chol said the new destroyer would sail before the winter.
`;
const corpus = { 'summit.txt': ARTICLE_SUMMIT, 'kim.txt': ARTICLE_KIM, 'shipyard.txt': SHIPYARD };

function textAt(path: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, texts: Map<string, string>) {
  const lines = texts.get(path)!.split('\n');
  return lines[range.start.line]!.slice(range.start.character, range.end.character);
}

describe('one source for a name: F12, the card\'s first link, Open Source and the citation agree (defect 7)', () => {
  async function sources(noteText: string, needle: string) {
    const doc = note(noteText);
    const { service, texts } = serviceFor(corpus, [doc]);
    const at = positionOf(doc, needle, 1);
    const [definition] = (await service.definition.provideDefinition(doc, at))!;
    const hover = (await service.hover.provideHover(doc, at))!.contents as { value: string };
    const firstLink = /\]\((file:[^)]+)\)/.exec(hover.value)![1]!;
    const entityAt = (await service.entities.entityAt(doc, at))!;
    const citation = (await service.entities.citation(doc, at))!;
    return { definition: definition!, firstLink, entityAt, citation, texts };
  }

  it('takes the article the note\'s context points at (Nampo, Han Sung Chol), not the first in the corpus', async () => {
    const { definition, firstLink, entityAt, citation, texts } = await sources('## Shipyards\nKim Jong Un toured Nampo with Han Sung Chol.\n', 'Kim Jong Un');
    expect(definition.targetUri).toBe('file:///corpus/shipyard.txt');
    const { start } = definition.targetSelectionRange;
    expect(textAt('/corpus/shipyard.txt', definition.targetSelectionRange, texts)).toBe('Kim Jong Un');
    expect(firstLink).toBe(`file:///corpus/shipyard.txt#L${start.line + 1},${start.character + 1}`);
    expect(entityAt.source).toMatchObject({ uri: 'file:///corpus/shipyard.txt', range: definition.targetSelectionRange });
    expect(citation.text).toBe(`“Kim Jong Un inspected the Nampo shipyard with Admiral Han Sung Chol on Tuesday.” — “Shipyard Visit”, undated, corpus/shipyard.txt:${start.line + 1}`);
  });

  it('answers each note from its own context when one entity is hovered in notes of different contexts in turn', async () => {
    // contextArticle keeps its last answers per entity and nearest names: "Kim Jong Un" beside
    // Nampo and Han Sung Chol is the shipyard's; alone in another note, the summit's; then the first note's again.
    const beside = note('## Shipyards\nKim Jong Un toured Nampo with Han Sung Chol.\n', 'file:///notes/shipyards.md');
    const alone = note('Kim Jong Un.\n', 'file:///notes/alone.md');
    const { service } = serviceFor(corpus, [beside, alone]);
    const sourceOf = async (doc: TextDocument) => (await service.definition.provideDefinition(doc, positionOf(doc, 'Kim Jong Un', 1)))![0]!.targetUri;
    expect(await sourceOf(beside)).toBe('file:///corpus/shipyard.txt');
    expect(await sourceOf(alone)).toBe('file:///corpus/summit.txt');
    expect(await sourceOf(beside)).toBe('file:///corpus/shipyard.txt');
  });

  it('follows an edit that takes the context\'s names away and one that brings them back', async () => {
    // The same note and entity: what is kept for "Kim Jong Un" beside Han Sung Chol is not its answer once he is gone.
    const { service } = serviceFor(corpus, []);
    const sourceOf = async (doc: TextDocument) => (await service.definition.provideDefinition(doc, positionOf(doc, 'Kim Jong Un', 1)))![0]!.targetUri;
    const first = note('## Shipyards\nKim Jong Un toured Nampo with Han Sung Chol.\n');
    expect(await sourceOf(first)).toBe('file:///corpus/shipyard.txt');
    const cut = TextDocument.update(first, [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 45 } }, text: '.' }], 2);
    expect(cut.getText()).toBe('## Shipyards\nKim Jong Un.\n');
    expect(await sourceOf(cut)).toBe('file:///corpus/summit.txt');
    const back = TextDocument.update(cut, [{ range: { start: { line: 1, character: 11 }, end: { line: 1, character: 12 } }, text: ' toured Nampo with Han Sung Chol.' }], 3);
    expect(await sourceOf(back)).toBe('file:///corpus/shipyard.txt');
  });

  it('names the mention an editor lands on, so that the client can select it (dossier/mentionAt)', async () => {
    const { definition } = await sources('Kim Jong Un.\n', 'Kim Jong Un');
    const doc = note('x\n');
    const { service } = serviceFor(corpus, [doc]);
    const landed = await service.entities.mentionAt(definition.targetUri, definition.targetSelectionRange.start);
    expect(landed).toEqual({ range: definition.targetSelectionRange, text: 'Kim Jong Un', entityId: 'kim-jong-un' });
    expect(await service.entities.mentionAt(definition.targetUri, { line: 0, character: 1 })).toBeNull();
    expect(await service.entities.mentionAt('file:///elsewhere/x.txt', { line: 0, character: 0 })).toBeNull();
  });

  it('takes the entity\'s own best mention (full name, body, earliest) when the note says nothing more', async () => {
    const { definition, firstLink, entityAt } = await sources('Kim Jong Un.\n', 'Kim Jong Un');
    expect(definition.targetUri).toBe('file:///corpus/summit.txt');
    const { start } = definition.targetSelectionRange;
    expect(start).toEqual({ line: 0, character: ARTICLE_SUMMIT.indexOf('Kim Jong Un') });
    expect(firstLink).toBe(`file:///corpus/summit.txt#L1,${start.character + 1}`);
    expect(entityAt.source!.range).toEqual(definition.targetSelectionRange);
  });
});

describe('the compact card (defects 5 and 6)', () => {
  it('starts with the name and type, one description, counts with sources and dates, and the best sentence with its place', async () => {
    const doc = note('Kim Yo Jong spoke.\n');
    const { service } = serviceFor(corpus, [doc]);
    const value = ((await service.hover.provideHover(doc, positionOf(doc, 'Kim Yo Jong')))!.contents as { value: string }).value;
    const [firstScreen, rest] = value.split('\n\n---\n\n');
    const lines = firstScreen!.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([
      '**Kim Yo Jong** · _person_  ',
      'powerful sister of North Korean leader Kim Jong Un  ',
      '2 mentions · 1 article&#58; source unknown · undated',
      expect.stringMatching(/^> \*\*Kim Yo Jong\*\*, the powerful sister/) as string,
      '> — [undated · corpus/kim\\.txt&#58;2](file:///corpus/kim.txt#L2,1)',
    ]);
    expect(rest).toContain('Also written as&#58; Kim');
    expect(rest).toMatch(/Mentioned with \\\(shared articles\\\)/);
  });

  it('labels the two "also" lines apart: other forms of this entity, other entities a short name may be', async () => {
    const doc = note('Kim Yo Jong spoke. Then Kim left.\n');
    const { service } = serviceFor(corpus, [doc]);
    const value = ((await service.hover.provideHover(doc, positionOf(doc, 'Kim left')))!.contents as { value: string }).value;
    expect(value).toContain('Also written as&#58; Kim');
    expect(value).toContain('May also mean&#58; Kim Jong Un \\(person\\)');
    expect(value).not.toMatch(/(^|\n)_?Also&#58;/);
  });
});

describe('misspelled and variant names (defects 8 and 9)', () => {
  const ukraine = {
    'ukraine.txt': "Ukrainian President Volodymyr Zelenskyy told the group that Putin 'is bluffing'. Zelenskyy said Putin is trying to apply pressure.\n",
    ...corpus,
  };

  it('shows the card of the entity a misspelled name resolves to, with the spelling note on top', async () => {
    const doc = note('Zelensky says Putin bluffs.\n');
    const { service } = serviceFor(ukraine, [doc]);
    const hover = (await service.hover.provideHover(doc, positionOf(doc, 'Zelensky', 2)))!;
    const value = (hover.contents as { value: string }).value;
    expect(value.split('\n')[0]).toBe('_"Zelensky" is spelled "Zelenskyy" in the corpus \\(Volodymyr Zelenskyy, person\\)\\._');
    expect(value).toContain('**Volodymyr Zelenskyy** · _person_');
    expect(doc.getText(hover.range)).toBe('Zelensky');
    const [definition] = (await service.definition.provideDefinition(doc, positionOf(doc, 'Zelensky', 2)))!;
    expect(definition!.targetUri).toBe('file:///corpus/ukraine.txt');
  });

  it('flags a name the note writes otherwise than most of the corpus ("Kim Jong-un", "Kim Jong-Un"), and says so on its card', async () => {
    const variants = { ...corpus, 'spelling.txt': 'Kim Jong-un spoke in Pyongyang on Monday about the new destroyer and its crew.\n' };
    const doc = note('Kim Jong-un and Kim Jong-Un met. Kim Jong Un left.\n');
    const { service } = serviceFor(variants, [doc]);
    const diagnostics = await service.diagnostics.provideDiagnostics(doc);
    expect(diagnostics.map((d) => [doc.getText(d.range), d.message])).toEqual([
      ['Kim Jong-un', '"Kim Jong-un" is written "Kim Jong Un" in most of the corpus (3 of 4 mentions; Kim Jong Un, person)'],
      ['Kim Jong-Un', '"Kim Jong-Un" is written "Kim Jong Un" in most of the corpus (3 of 4 mentions; Kim Jong Un, person)'],
    ]);
    const value = ((await service.hover.provideHover(doc, positionOf(doc, 'Kim Jong-Un', 2)))!.contents as { value: string }).value;
    expect(value.split('\n')[0]).toMatch(/^_"Kim Jong\\-Un" is written "Kim Jong Un" in most of the corpus/);
  });
});

describe('citations and quotation tooltips in plain text (defect 10)', () => {
  const agency = {
    'agency.txt': `Japan Today\n33 minutes ago\n- Japan Today\nTalks Resume In Seoul\nKim Yo Jong said on Thursday that "the loudspeakers will stay silent while the talks in Seoul continue next week," officials said. © Thomson Reuters 2025.\n`,
  };

  it('cites the sentence, title, source, date and path:line, with no Markdown escapes in the text', async () => {
    const doc = note('Kim Yo Jong spoke.\n');
    const { index, texts } = memoryCorpus(agency, undefined, null);
    const service = createLanguageService(memoryAccess(index, texts), { all: async () => [doc] }, memoryCorrections(), silentLog);
    const citation = (await service.entities.citation(doc, positionOf(doc, 'Kim Yo Jong')))!;
    const cited = '“Kim Yo Jong said on Thursday that "the loudspeakers will stay silent while the talks in Seoul continue next week," officials said.” — “Talks Resume In Seoul”, Japan Today, c. 2025, corpus/agency.txt:5';
    expect(citation.text).toBe(cited);
    // The Insert citation quick fix writes this same footnote (features/citationEdit.ts).
    expect(citation.footnote).toBe(`[^kim-yo-jong]: ${cited}.`);
  });

  it('says where a found quotation is from: title, source, date, path:line', async () => {
    const doc = note('She said "the loudspeakers will stay silent while the talks in Seoul continue next week".\n');
    const { index, texts } = memoryCorpus(agency, undefined, null);
    const service = createLanguageService(memoryAccess(index, texts), { all: async () => [doc] }, memoryCorrections(), silentLog);
    const [link] = await service.documentLinks.provideDocumentLinks(doc);
    expect(link!.tooltip).toBe('Quoted from “Talks Resume In Seoul”, Japan Today, c. 2025, corpus/agency.txt:5');
  });

  it('gives a missing quotation the closest passage of the corpus, with its similarity, once it is found', async () => {
    const doc = note('He said "the loudspeakers will stay silent until the talks in Busan end next month".\n');
    const { index, texts } = memoryCorpus(agency, undefined, null);
    const service = createLanguageService(memoryAccess(index, texts), { all: async () => [doc] }, memoryCorrections(), silentLog);
    const found = new Promise<string>((resolve) => (service.diagnostics.onDidFindClosest = resolve));
    const [first] = await service.diagnostics.provideDiagnostics(doc);
    expect(first!.message).toBe('quote not found in the corpus');
    expect(await found).toBe(doc.uri);
    const [second] = await service.diagnostics.provideDiagnostics(doc);
    expect(second!.message).toMatch(
      /^quote not found in the corpus; closest passage \(\d\d% alike\): “Kim Yo Jong said on Thursday that "the loudspeakers will stay silent while the talks in Seoul continue next week," officials said\.” — “Talks Resume In Seoul”, Japan Today, c\. 2025, corpus\/agency\.txt:5$/,
    );
  });

  it('after an edit elsewhere, gives first the warning the last check made, with the closest passage found since', async () => {
    // The note is one of the documents that report their edits, as the server's are.
    const documents = documentsReportingEdits((uri, version, edits) => {
      service.analyses.edited(uri, version, edits);
      service.diagnostics.edited(uri, edits);
    });
    const doc = documents.create('file:///notes/note.md', 'markdown', 1, 'He said "the loudspeakers will stay silent until the talks in Busan end next month".\nNothing here.\n');
    const { index, texts } = memoryCorpus(agency, undefined, null);
    const service = createLanguageService(memoryAccess(index, texts), { all: async () => [doc] }, memoryCorrections(), silentLog);
    const found = new Promise<string>((resolve) => (service.diagnostics.onDidFindClosest = resolve));
    expect((await service.diagnostics.provideDiagnostics(doc)).map((d) => d.message)).toEqual(['quote not found in the corpus']);
    await found;
    documents.update(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }], 2);
    const early: Diagnostic[][] = [];
    await service.diagnostics.provideDiagnostics(doc, () => false, (d) => early.push(d));
    expect(early[0]!.map((d) => d.message)).toEqual([expect.stringMatching(/^quote not found in the corpus; closest passage \(\d\d% alike\): “Kim Yo Jong said/)]);
  });
});

describe('the Entities view\'s mentions (defect 11)', () => {
  it('come with a short excerpt and their whole sentence', async () => {
    const { service, index } = serviceFor(corpus);
    const details = (await service.entities.details(index.entities.find((e) => e.name === 'Kim Yo Jong')!.id))!;
    const [article] = details.articles;
    expect(article!.date).toBe('undated');
    expect(article!.mentions.map((m) => m.excerpt)).toEqual([
      'Kim Yo Jong, the powerful sister of North Korean leader Kim…',
      'Kim, who speaks for her brother, also criticised the…',
    ]);
    expect(article!.mentions[1]!.sentence).toBe('Kim, who speaks for her brother, also criticised the United States.');
    // The card document has the name as its title: the card itself does not repeat it.
    expect(details.card).not.toContain('**Kim Yo Jong** · _person_');
    expect(details.card.startsWith('powerful sister of North Korean leader Kim Jong Un')).toBe(true);
  });
});

describe('plain text for plain clients (defect 12)', () => {
  it('writes a plain card with no escapes, entity codes or file URIs, and short paths', async () => {
    const hostile = { ...corpus, 'odd.txt': 'Kim Yo Jong said [x](command:evil) and <b>bold</b> at 10:30 in Seoul_today, a\u001b[31m red day.\n' };
    const doc = note('Kim Yo Jong spoke.\n');
    const { index, texts } = memoryCorpus(hostile);
    const service = createLanguageService(memoryAccess(index, texts), { all: async () => [doc] }, memoryCorrections(), silentLog, { hoverFormat: () => 'plaintext' });
    const hover = (await service.hover.provideHover(doc, positionOf(doc, 'Kim Yo Jong')))!;
    const { kind, value } = hover.contents as { kind: string; value: string };
    expect(kind).toBe('plaintext');
    expect(value.split('\n').slice(0, 3)).toEqual(['Kim Yo Jong · person', 'powerful sister of North Korean leader Kim Jong Un', expect.stringMatching(/^3 mentions · 2 articles: sources unknown · undated$/) as string]);
    expect(value).not.toMatch(/\\[_.\-:()[\]]|&#\d+;|&lt;|file:\/\//);
    expect(value).toContain('— undated · corpus/kim.txt:2');
    expect(value).not.toContain('\u001b');
  });
});
