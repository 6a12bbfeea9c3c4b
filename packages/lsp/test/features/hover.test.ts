import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '@dossier/corpus';
import type { CancellationToken, Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../../src/corpusAccess.js';
import { createLanguageService } from '../../src/languageService.js';
import { DEFAULT_SETTINGS } from '../../src/workspace/settings.js';
import { ServedIndex, type WaitCancellation } from '../../src/workspace/servedIndex.js';
import type { StatusParams } from '../../src/protocol.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT, memoryAccess, memoryCorpus, note, positionOf, serviceFor } from '../helpers/memoryCorpus.js';
import { memoryCorrections, silentLog } from '../helpers/memoryCorrections.js';
import { countedToken } from '../helpers/countedToken.js';

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

  it('answers from the index at once: the card itself, not a promise of it (a keystroke\'s hover)', () => {
    const doc = note('Then Kim Yo Jong spoke.\n');
    const { service } = serviceFor(corpus, [doc]);
    const hover = service.hover.provideHover(doc, positionOf(doc, 'Yo'));
    expect(hover).not.toBeInstanceOf(Promise);
    expect(doc.getText((hover as Hover).range)).toBe('Kim Yo Jong');
    expect(((hover as Hover).contents as { value: string }).value).toContain('**Kim Yo Jong** · _person_');
    expect(service.hover.provideHover(doc, positionOf(doc, 'spoke'))).toBeNull();
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

describe('hover cards kept between hovers', () => {
  /** A service whose index, settings and article texts a test can change, counting the article reads. */
  function changingService() {
    const first = memoryCorpus(corpus);
    const state = { index: first.index, texts: first.texts, settings: DEFAULT_SETTINGS, reads: 0 };
    const access: CorpusAccess = {
      current: () => state.index,
      ready: async () => state.index,
      textOf: (path) => (state.reads++, state.texts.get(path) ?? null),
      isLinkable: () => true,
      settings: () => state.settings,
    };
    const doc = note('# Notes\nKim Yo Jong called it a pipe dream. Putin listened.\n');
    /** The workspace's other notes (none until a test adds one). */
    const other: TextDocument[] = [];
    const service = createLanguageService(access, { all: async () => [doc, ...other] }, memoryCorrections(), silentLog);
    const hover = async (needle: string) => {
      const answer = await service.hover.provideHover(doc, positionOf(doc, needle, 2));
      return (answer!.contents as { value: string }).value;
    };
    return { state, hover, service, doc, other };
  }

  it('answers a card asked for again without reading the articles again, and the same card', async () => {
    const { state, hover } = changingService();
    const card = await hover('Kim Yo Jong');
    const reads = state.reads;
    expect(reads).toBeGreaterThan(0);
    expect(await hover('Kim Yo Jong')).toBe(card);
    expect(state.reads).toBe(reads);
    // Another name's card is its own.
    expect(await hover('Putin')).toContain('**Vladimir Putin**');
    expect(await hover('Kim Yo Jong')).toBe(card);
  });

  it('when only the count of other notes changed, renders the card again without reading the articles again', async () => {
    // Typing into a note, its cards were made before the notes graph was first read (no "Also in"),
    // then each was made again, articles read and all, once the graph counted a second note
    // (0.7-13 ms each in the typing probe, among its slowest hovers).
    const { state, service, doc, other } = changingService();
    const putin = async () => ((await service.hover.provideHover(doc, positionOf(doc, 'Putin', 2)))!.contents as { value: string }).value;
    const before = await putin();
    expect(before).not.toContain('of your notes');
    const reads = state.reads;
    // The read the first hover started, then one that finds a second note naming Putin.
    await service.graph.refresh(state.index);
    other.push(note('Vladimir Putin again.\n', 'file:///notes/other.md'));
    await service.graph.refresh(state.index);
    const after = await putin();
    expect(after).toContain('Also in 1 of your notes');
    // The same card, with the count added.
    expect(after).toBe(before.replace('---\n\n', '---\n\nAlso in 1 of your notes  \n'));
    expect(state.reads).toBe(reads);
  });

  it('makes the card again for a new index or new settings', async () => {
    const { state, hover } = changingService();
    expect(await hover('Kim Yo Jong')).toContain('powerful sister');
    // The article changed and was indexed again: the new index's card, from the new text.
    const changed = memoryCorpus({ ...corpus, 'kim.txt': ARTICLE_KIM.replace('the powerful sister', 'the influential sister') });
    Object.assign(state, { index: changed.index, texts: changed.texts });
    const card = await hover('Kim Yo Jong');
    expect(card).toContain('influential sister');
    expect(card).not.toContain('powerful sister');
    // Fewer snippets: a new settings object, a card made again.
    state.settings = { ...DEFAULT_SETTINGS, hover: { ...DEFAULT_SETTINGS.hover, snippets: 1 } };
    const reads = state.reads;
    await hover('Kim Yo Jong');
    expect(state.reads).toBeGreaterThan(reads);
  });
});

describe('hover while the first index is made', () => {
  /** A corpus still indexing: no index yet, progress as the workspace reports it; `ready` resolves when `finish` is called. */
  function indexingService(progress: Pick<StatusParams, 'done' | 'total' | 'phase'>) {
    const { index, texts } = memoryCorpus(corpus);
    let current: CorpusIndex | null = null;
    let finish!: () => void;
    const ready = new Promise<CorpusIndex>((resolve) => (finish = () => resolve((current = index))));
    const access = { ...memoryAccess(index, texts), current: () => current, ready: () => ready, indexing: () => (current ? null : progress) };
    return { service: createLanguageService(access, { all: async () => [] }, memoryCorrections(), silentLog), finish };
  }

  it('answers a name at once with how far indexing is, over the whole name, after CJK and emoji and with CRLF', async () => {
    const doc = note('# 北朝鮮 😀 notes\r\n😀 会談: Kim Yo Jong called it a pipe dream.\r\n');
    const { service, finish } = indexingService({ done: 3_232, total: 10_000, phase: 'analysing' });
    const hover = await service.hover.provideHover(doc, positionOf(doc, 'Yo Jong', 1));
    expect((hover!.contents as { value: string }).value).toBe('Dossier is indexing the corpus: 3,232/10,000 files (29%). Cards appear when it is done.');
    // "😀 会談: " is 7 UTF-16 code units: the name starts at character 7 of line 1.
    expect(hover!.range).toEqual({ start: { line: 1, character: 7 }, end: { line: 1, character: 18 } });
    finish();
    const card = await service.hover.provideHover(doc, positionOf(doc, 'Yo Jong', 1));
    expect((card!.contents as { value: string }).value).toContain('**Kim Yo Jong** · _person_');
  });

  it('says the files are being found before they are counted (a hover then waited for the whole index)', async () => {
    const doc = note('Vladimir Putin spoke.\n');
    const { service } = indexingService({ done: 0, total: 0, phase: 'analysing' });
    const hover = await service.hover.provideHover(doc, positionOf(doc, 'Putin'));
    expect((hover!.contents as { value: string }).value).toBe('Dossier is indexing the corpus: looking for article files (0%). Cards appear when it is done.');
  });

  it('answers a hover asked before indexing began as soon as it begins, not when the index is ready', async () => {
    const doc = note('Vladimir Putin spoke.\n');
    const { index, texts } = memoryCorpus(corpus);
    let progress: Pick<StatusParams, 'done' | 'total' | 'phase'> | null = null; // the server has just started
    const access = { ...memoryAccess(index, texts), current: () => null, ready: () => new Promise<CorpusIndex>(() => undefined), indexing: () => progress };
    const service = createLanguageService(access, { all: async () => [] }, memoryCorrections(), silentLog);
    const asked = service.hover.provideHover(doc, positionOf(doc, 'Putin'));
    setTimeout(() => (progress = { done: 0, total: 0, phase: 'analysing' }), 150);
    const hover = await asked;
    expect((hover!.contents as { value: string }).value).toBe('Dossier is indexing the corpus: looking for article files (0%). Cards appear when it is done.');
  });

  it('answers hover after hover while indexing (an editor asking on every move) without leaving a wait behind, then the card', async () => {
    const doc = note('Kim Yo Jong called it a pipe dream.\n');
    const { index, texts } = memoryCorpus(corpus);
    const served = new ServedIndex();
    const access = { ...memoryAccess(index, texts), current: () => served.current, ready: (token?: WaitCancellation) => (token ? served.readyUnless(token) : served.ready()), indexing: () => (served.current ? null : { done: 17, total: 36 }) };
    const service = createLanguageService(access, { all: async () => [] }, memoryCorrections(), silentLog);
    const tokens = Array.from({ length: 200 }, () => countedToken());
    for (const token of tokens) {
      const hover = await service.hover.provideHover(doc, positionOf(doc, 'Yo Jong'), token as CancellationToken);
      expect((hover!.contents as { value: string }).value).toBe('Dossier is indexing the corpus: 17/36 files (42%). Cards appear when it is done.');
    }
    // A waiting request listens to its token until the index comes; an answered one had no reason to.
    expect(tokens.filter((token) => token.listeners > 0)).toHaveLength(0);
    served.serve(index);
    const card = await service.hover.provideHover(doc, positionOf(doc, 'Yo Jong'), countedToken() as CancellationToken);
    expect((card!.contents as { value: string }).value).toContain('**Kim Yo Jong** · _person_');
  });

  it('says the merge is running once every file is analysed, and gives plain words nothing', async () => {
    const doc = note('The ceasefire held on Thursday, said Vladimir Putin.\n');
    const { service } = indexingService({ done: 10_000, total: 10_000, phase: 'merging' });
    const hover = await service.hover.provideHover(doc, positionOf(doc, 'Putin'));
    expect((hover!.contents as { value: string }).value).toBe('Dossier is indexing the corpus: merging 10,000 files into entities (90%). Cards appear when it is done.');
    expect(doc.getText(hover!.range)).toBe('Vladimir Putin');
    for (const word of ['The', 'ceasefire', 'Thursday']) expect(await service.hover.provideHover(doc, positionOf(doc, word)), word).toBeNull();
  });
});

describe('hover while a preview of the first files answers', () => {
  const first = {
    'kim.txt': ARTICLE_KIM,
    'ukraine.txt': "Ukrainian President Volodymyr Zelenskyy told the group that Putin 'is bluffing'. Zelenskyy said Putin is trying to apply pressure.\n",
  };
  /** Indexing 3,412 of 36,035 files, the preview made of the first two; the full index not there yet. */
  function previewService(plain = false) {
    const preview = memoryCorpus(first);
    const access: CorpusAccess = {
      ...memoryAccess(preview.index, preview.texts),
      current: () => null,
      ready: () => new Promise<CorpusIndex>(() => undefined),
      indexing: () => ({ done: 3_412, total: 36_035, phase: 'analysing' }),
      preview: () => ({ index: preview.index, done: 3_412, total: 36_035 }),
    };
    return createLanguageService(access, { all: async () => [] }, memoryCorrections(), silentLog, plain ? { hoverFormat: () => 'plaintext' } : undefined);
  }

  it('gives a name of the preview its card, the preview said first with its counts, in Markdown and plain text', async () => {
    const doc = note('Kim Yo Jong met Moon Jae-in.\n');
    const markdown = await previewService().hover.provideHover(doc, positionOf(doc, 'Yo'));
    const value = (markdown!.contents as { value: string }).value;
    expect(value.split('\n')[0]).toBe('_Preview from 3,412 of 36,035 files&#58; indexing continues\\._');
    expect(value).toContain('**Kim Yo Jong** · _person_');
    expect(doc.getText(markdown!.range)).toBe('Kim Yo Jong');
    const plain = await previewService(true).hover.provideHover(doc, positionOf(doc, 'Yo'));
    const lines = (plain!.contents as { value: string }).value.split('\n');
    expect(lines[0]).toBe('Preview from 3,412 of 36,035 files: indexing continues.');
    expect(lines[1]).toMatch(/^Kim Yo Jong · person/);
  });

  it('answers a name the preview does not hold, a spelling near one of its names or a part of a longer name with how far indexing is', async () => {
    const doc = note('Moon Jae-in met Zelensky and Kim Hyon Su.\n');
    const service = previewService();
    // From a full index of the same files, the misspelling has the card of the name it is near,
    // and "Kim" of a longer name the card of the Kim the corpus knows.
    const full = serviceFor(first, [doc]).service;
    const fullCard = async (name: string) => ((await full.hover.provideHover(doc, positionOf(doc, name, 1)))!.contents as { value: string }).value;
    expect(await fullCard('Zelensky')).toContain('**Volodymyr Zelenskyy** · _person_');
    expect(await fullCard('Kim')).toContain('**Kim Yo Jong** · _person_');
    const progress = 'Dossier is indexing the corpus: 3,412/36,035 files (8%). Cards appear when it is done.';
    for (const name of ['Moon', 'Zelensky', 'Kim']) {
      const hover = await service.hover.provideHover(doc, positionOf(doc, name));
      expect((hover!.contents as { value: string }).value, name).toBe(progress);
    }
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

describe('a card\'s sentences read through the corpus\'s spanOf (issue 15: a first card reads what it quotes)', () => {
  it('asks for each quoted sentence alone, never a whole file, and shows the same hover and citation', async () => {
    const doc = note('# Notes\nKim Yo Jong called it a pipe dream.\n');
    const { index, texts } = memoryCorpus(corpus);
    const wholeFiles: string[] = [];
    const spans: string[] = [];
    const access: CorpusAccess = {
      ...memoryAccess(index, texts),
      textOf: (path) => (wholeFiles.push(path), texts.get(path) ?? null),
      spanOf: (file, span) => (spans.push(`${file.path}:${span.start}`), texts.get(file.path)!.slice(span.start, span.end)),
    };
    const service = createLanguageService(access, { all: async () => [doc] }, memoryCorrections(), silentLog);
    const at = positionOf(doc, 'Kim Yo Jong', 4);
    const value = ((await service.hover.provideHover(doc, at))!.contents as { value: string }).value;
    const citation = await service.entities.citation(doc, at);
    expect(spans.length).toBeGreaterThan(1);
    expect(wholeFiles).toEqual([]);
    const whole = serviceFor(corpus, [doc]).service;
    expect(value).toBe(((await whole.hover.provideHover(doc, at))!.contents as { value: string }).value);
    expect(citation).toEqual(await whole.entities.citation(doc, at));
  });
});
