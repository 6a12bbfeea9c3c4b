import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { NoteAnalyses } from '../../src/features/noteAnalysis.js';
import { NoteGraph, TYPING_PAUSE_MS } from '../../src/features/noteGraph.js';
import { ShowReferencesCommand } from '../../src/protocol.js';
import { DEFAULT_SETTINGS } from '../../src/workspace/settings.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT, note, serviceFor } from '../helpers/memoryCorpus.js';

const corpus = { 'kim.txt': ARTICLE_KIM, 'summit.txt': ARTICLE_SUMMIT };

describe('notes as part of the graph', () => {
  it('the card says in how many other notes the entity is named', async () => {
    const doc = note('Putin met Kim Jong Un.\n', 'file:///notes/a.md');
    const other = note('Vladimir Putin again.\n', 'file:///notes/b.md');
    const third = note('Putin, thrice.\n', 'file:///notes/c.md');
    const { service, index } = serviceFor(corpus, [doc, other, third]);
    // A hover never waits for the notes: the server reads them once the index is ready.
    const before = (await service.hover.provideHover(doc, { line: 0, character: 1 }))!;
    expect((before.contents as { value: string }).value).not.toContain('of your notes');
    await service.graph.refresh(index);
    const putin = (await service.hover.provideHover(doc, { line: 0, character: 1 }))!;
    expect((putin.contents as { value: string }).value).toContain('Also in 2 of your notes');
    const kim = (await service.hover.provideHover(doc, { line: 0, character: 12 }))!;
    expect((kim.contents as { value: string }).value).not.toContain('of your notes');
  });

  it('keeps its counts right while a note is typed into: keystrokes that name no other entity, one that drops a name, one that brings it back', async () => {
    const doc = note('Putin met Kim Jong Un.\n', 'file:///notes/a.md');
    const other = note('Vladimir Putin again.\n', 'file:///notes/b.md');
    const { service, index } = serviceFor(corpus, [doc, other]);
    const putinCard = async () => {
      await service.graph.refresh(index);
      return ((await service.hover.provideHover(other, { line: 0, character: 10 }))!.contents as { value: string }).value;
    };
    const type = (text: string) => TextDocument.update(doc, [{ text }], doc.version + 1);
    expect(await putinCard()).toContain('Also in 1 of your notes');
    type('Putin met Kim Jong Un. Then\n');
    expect(await putinCard()).toContain('Also in 1 of your notes');
    type('He met Kim Jong Un. Then\n');
    expect(await putinCard()).not.toContain('of your notes');
    type('Putin met Kim Jong Un. Then\n');
    expect(await putinCard()).toContain('Also in 1 of your notes');
  });

  it('while a note is typed into, a read of the graph waits its turn for that note alone, and still counts every note', async () => {
    const doc = note('Putin met Kim Jong Un.\n', 'file:///notes/a.md');
    const onDisk = [note('Vladimir Putin again.\n', 'file:///notes/b.md', 0), note('Kim Jong Un and Putin.\n', 'file:///notes/c.md', 0)];
    const { index } = serviceFor(corpus, [doc, ...onDisk]);
    let turns = 0;
    const graph = new NoteGraph({ all: async () => [doc, ...onDisk] }, new NoteAnalyses(), async () => void turns++);
    const putin = index.entities.find((e) => e.name === 'Vladimir Putin')!;
    const kim = index.entities.find((e) => e.name === 'Kim Jong Un')!;
    await graph.refresh(index);
    expect([turns, graph.otherNotesNaming(index, putin, doc.uri), graph.otherNotesNaming(index, kim, doc.uri)]).toEqual([3, 2, 1]);
    // A keystroke in the open note: the notes on disk are as they were read, and take no turn.
    TextDocument.update(doc, [{ text: 'Putin met Kim Jong Un. Then\n' }], doc.version + 1);
    turns = 0;
    await graph.refresh(index);
    expect([turns, graph.otherNotesNaming(index, putin, onDisk[0]!.uri), graph.otherNotesNaming(index, kim, onDisk[1]!.uri)]).toEqual([1, 2, 1]);
    // A keystroke that drops Kim from the open note: counted at once.
    TextDocument.update(doc, [{ text: 'Putin met him. Then\n' }], doc.version + 1);
    turns = 0;
    await graph.refresh(index);
    expect([turns, graph.otherNotesNaming(index, kim, onDisk[1]!.uri)]).toEqual([1, 0]);
  });

  it("keeps a note's entities from before while it is typed into, and reads it again once the typing pauses", async () => {
    // "Putin met Kim Jong Un." becomes "Putin met him.": the note on disk still counts the open
    // note for Kim until the typist pauses, then no longer.
    const doc = note('Putin met Kim Jong Un.\n', 'file:///notes/a.md');
    const onDisk = note('Kim Jong Un and Putin.\n', 'file:///notes/c.md', 0);
    const { index } = serviceFor(corpus, [doc, onDisk]);
    let clock = 1000;
    let turns = 0;
    const graph = new NoteGraph({ all: async () => [doc, onDisk] }, new NoteAnalyses(), async () => void turns++, () => clock);
    const kim = index.entities.find((e) => e.name === 'Kim Jong Un')!;
    await graph.refresh(index);
    TextDocument.update(doc, [{ text: 'Putin met him.\n' }], doc.version + 1);
    graph.edited(doc.uri);
    clock += TYPING_PAUSE_MS - 1;
    turns = 0;
    await graph.refresh(index);
    expect([turns, graph.otherNotesNaming(index, kim, onDisk.uri)]).toEqual([0, 1]);
    clock += 1;
    await graph.refresh(index);
    expect([turns, graph.otherNotesNaming(index, kim, onDisk.uri)]).toEqual([1, 0]);
  });

  it('counts a note read from disk by the entities its names resolve to, short forms too', async () => {
    const doc = note('Kim Yo Jong spoke.\n', 'file:///notes/a.md');
    // Version 0: a note on disk, not open. Its "Kim" is Kim Jong Un by the full name before it.
    const onDisk = note('Kim Jong Un arrived. Later, Kim left.\n', 'file:///notes/disk.md', 0);
    const aliasOnly = note('<!-- dossier: Kim = Kim Yo Jong -->\nKim said so.\n', 'file:///notes/alias.md', 0);
    const { service, index } = serviceFor(corpus, [doc, onDisk, aliasOnly]);
    await service.graph.refresh(index);
    const card = async (text: string) => {
      const probe = note(`${text}\n`, `file:///notes/${text.replaceAll(' ', '-')}.md`);
      return ((await service.hover.provideHover(probe, { line: 0, character: 1 }))!.contents as { value: string }).value;
    };
    expect(await card('Kim Jong Un')).toContain('Also in 1 of your notes');
    expect(await card('Kim Yo Jong')).toContain('Also in 2 of your notes');
  });

  it('counts a long note read from disk as a whole, though it is read a piece at a time (its "Kim" resolved by a name 11 KB before)', async () => {
    const doc = note('Kim Yo Jong spoke.\n', 'file:///notes/a.md');
    const long = `Kim Jong Un arrived.\n${'The talks went on for hours.\n'.repeat(400)}Later, Kim left with Vladimir Putin.\n`;
    expect(long.length).toBeGreaterThan(11_000);
    const onDisk = note(long, 'file:///notes/long.md', 0);
    const { service, index } = serviceFor(corpus, [doc, onDisk]);
    await service.graph.refresh(index);
    const card = async (text: string) => {
      const probe = note(`${text}\n`, `file:///notes/${text.replaceAll(' ', '-')}.md`);
      return ((await service.hover.provideHover(probe, { line: 0, character: 1 }))!.contents as { value: string }).value;
    };
    expect(await card('Kim Jong Un')).toContain('Also in 1 of your notes');
    expect(await card('Vladimir Putin')).toContain('Also in 1 of your notes');
    expect(await card('Kim Yo Jong')).toContain('Also in 1 of your notes');
  });

  it('puts the entities of each section over its heading, with article counts, and opens their references', async () => {
    const doc = note('# Summit\n\nKim Jong Un met Vladimir Putin. Putin again.\n\n## Sister\n\nKim Yo Jong spoke.\n', 'file:///notes/a.md');
    const other = note('Putin elsewhere.\n', 'file:///notes/b.md');
    const { service } = serviceFor(corpus, [doc, other]);
    const lenses = await service.codeLens.provideCodeLenses(doc);
    const onLine = (line: number) => lenses.filter((l) => l.range.start.line === line).map((l) => l.command!.title);
    expect(onLine(0)).toEqual(['Kim Jong Un · 2 articles', 'Vladimir Putin · 1 article']);
    expect(onLine(4)).toEqual(['Kim Yo Jong · 1 article']);
    // First mentions: "N articles · M notes".
    expect(onLine(2)).toEqual(['Kim Jong Un: 2 articles · 1 note', 'Vladimir Putin: 1 article · 2 notes']);
    expect(onLine(6)).toEqual(['1 article · 1 note']);
    const putin = lenses.find((l) => l.command!.title === 'Vladimir Putin · 1 article')!;
    expect(putin.command).toEqual({ title: 'Vladimir Putin · 1 article', command: ShowReferencesCommand, arguments: ['file:///notes/a.md', { line: 2, character: 16 }] });
  });

  it('names at most four entities over a heading, then how many more', async () => {
    const doc = note('# All\n\nKim Jong Un, Vladimir Putin, Kim Yo Jong, Seoul, Vladivostok and the United States.\n');
    const { service } = serviceFor(corpus, [doc]);
    const titles = (await service.codeLens.provideCodeLenses(doc)).filter((l) => l.range.start.line === 0).map((l) => l.command!.title);
    expect(titles).toHaveLength(5);
    expect(titles[4]).toBe('+2 more');
  });

  it('is off when the setting says so, and in notes longer than the set size', async () => {
    const short = note('# A\n\nPutin.\n');
    const off = serviceFor(corpus, [short], { ...DEFAULT_SETTINGS, codeLens: { enabled: false, maxNoteLines: 1000 } });
    expect(await off.service.codeLens.provideCodeLenses(short)).toEqual([]);
    const long = note('# A\n\nPutin.\n' + 'More words.\n'.repeat(30));
    const small = serviceFor(corpus, [long], { ...DEFAULT_SETTINGS, codeLens: { enabled: true, maxNoteLines: 20 } });
    expect(await small.service.codeLens.provideCodeLenses(long)).toEqual([]);
    expect((await small.service.codeLens.provideCodeLenses(short)).length).toBeGreaterThan(0);
  });
});
