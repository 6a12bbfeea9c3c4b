import type { Diagnostic } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import type { ResolvedNames } from '@dossier/corpus';
import { NAMES_PER_TURN } from '@dossier/corpus/query';
import { encode, reencode, tokenEdits } from '../../src/features/tokenEncoding.js';
import { documentsReportingEdits } from '../../src/workspace/documentEdits.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT, note, serviceFor } from '../helpers/memoryCorpus.js';

const corpus = {
  'kim.txt': ARTICLE_KIM,
  'summit.txt': ARTICLE_SUMMIT,
  'ukraine.txt': "Ukrainian President Volodymyr Zelenskyy told the group that Putin 'is bluffing'. Zelenskyy said Putin is trying to apply pressure on all sectors of the Ukrainian front.\n",
};

function recordingLog() {
  const warnings: string[] = [];
  return { warnings, log: { info: () => undefined, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) } };
}

/** The service, and documents whose changes reach its analyses as they reach the server's. */
function typingSetup(text: string) {
  const { warnings, log } = recordingLog();
  const { index, service } = serviceFor(corpus, [], undefined, log);
  const documents = documentsReportingEdits((uri, version, edits) => service.analyses.edited(uri, version, edits));
  const doc = documents.create('file:///notes/n.md', 'markdown', 1, text);
  return { index, service, documents, doc, warnings };
}

/** Decodes LSP's relative token numbers into [line, character, length, modifier] per token. */
function decode(data: number[]): number[][] {
  const out: number[][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i]!;
    character = data[i] === 0 ? character + data[i + 1]! : data[i + 1]!;
    out.push([line, character, data[i + 2]!, data[i + 4]!]);
  }
  return out;
}

describe('typing: the analysis follows the edits', () => {
  it('matches only what changed, and a name typed letter by letter is found once finished', () => {
    const { index, service, documents, doc, warnings } = typingSetup('# Notes\n\nPutin met officials.\n');
    expect(service.analyses.get(doc, index).names.map((n) => n.text)).toEqual(['Putin']);
    let version = 1;
    for (const ch of 'Kim Jong Un') {
      const end = doc.positionAt(doc.getText().length - 1);
      documents.update(doc, [{ range: { start: end, end }, text: ch }], ++version);
      service.analyses.get(doc, index); // a hover after each keystroke
    }
    expect(doc.getText()).toBe('# Notes\n\nPutin met officials.Kim Jong Un\n');
    expect(service.analyses.get(doc, index).names.map((n) => [n.text, n.entity.name])).toEqual([
      ['Putin', 'Vladimir Putin'],
      ['Kim Jong Un', 'Kim Jong Un'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('analyses the note again when a change replaced the whole text, or when versions skip a change it never saw', () => {
    const { index, service, documents, doc, warnings } = typingSetup('Putin.\n');
    service.analyses.get(doc, index);
    documents.update(doc, [{ text: 'Kim Jong Un and Putin.\n' }], 2);
    expect(service.analyses.get(doc, index).names.map((n) => n.text)).toEqual(['Kim Jong Un', 'Putin']);
    // A document changed behind the analyses' back (no edit reported): its version tells.
    const other = note('Kim Yo Jong.\n', 'file:///notes/other.md', 1);
    service.analyses.get(other, index);
    const changed = note('Seoul and Kim Yo Jong.\n', 'file:///notes/other.md', 2);
    expect(service.analyses.get(changed, index).names.map((n) => n.text)).toEqual(['Seoul', 'Kim Yo Jong']);
    expect(warnings).toEqual([]);
  });

  it('says so in the log, and analyses from scratch, when the edits reported do not lead to the text', () => {
    const { index, service, doc, warnings } = typingSetup('Putin.\n');
    service.analyses.get(doc, index);
    // Edits reported and text in step: followed without a warning.
    service.analyses.edited(doc.uri, 2, [{ start: 0, end: 0, length: 2 }]);
    const moved = note('X Putin.\n', doc.uri, 2);
    expect(service.analyses.get(moved, index).names.map((n) => [n.start, n.text])).toEqual([[2, 'Putin']]);
    // An edit that claims to insert five characters, for a text that kept its length.
    const wrong = note('Putin!!!\n', doc.uri, 3);
    service.analyses.edited(doc.uri, 3, [{ start: 0, end: 0, length: 5 }]);
    expect(service.analyses.get(wrong, index).names.map((n) => [n.start, n.text])).toEqual([[0, 'Putin']]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^file:\/\/\/notes\/n\.md: edit .* does not turn a text of 9 characters into one of 9; analysing the note again$/);
  });
});

describe('semantic tokens: deltas and ranges', () => {
  it('answers a delta with the few numbers a keystroke changed, and the whole result for an unknown previous result', async () => {
    const { service, documents, doc } = typingSetup('Kim Jong Un met Putin.\nSeoul.\nPutin again.\n');
    const first = await service.semanticTokens.provideSemanticTokens(doc);
    expect(decode(first.data).map(([line, character, length]) => [line, character, length])).toEqual([
      [0, 0, 11],
      [0, 16, 5],
      [1, 0, 5],
      [2, 0, 5],
    ]);
    // "Seoul" becomes "Seoul," and a new line with a name goes in before it.
    documents.update(doc, [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 5 } }, text: ',' }, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Kim.\n' }], 2);
    const delta = await service.semanticTokens.provideSemanticTokensDelta(doc, first.resultId!);
    expect('edits' in delta).toBe(true);
    const [edit, ...more] = (delta as { edits: { start: number; deleteCount: number; data?: number[] }[] }).edits;
    // One token more ("Kim" on the new line): five numbers go in, none go out.
    expect(more).toEqual([]);
    expect([edit!.deleteCount, edit!.data!.length]).toEqual([0, 5]);
    const patched = [...first.data.slice(0, edit!.start), ...edit!.data!, ...first.data.slice(edit!.start)];
    expect(decode(patched).map(([line, character, length]) => [line, character, length])).toEqual([
      [0, 0, 11],
      [0, 16, 5],
      [1, 0, 3],
      [2, 0, 5],
      [3, 0, 5],
    ]);
    expect(delta.resultId).not.toBe(first.resultId);
    const stale = await service.semanticTokens.provideSemanticTokensDelta(doc, first.resultId!);
    expect('data' in stale && decode(stale.data).length).toBe(5);
  });

  it('colours only the names in a range, relative to the document start, a name across a CRLF on its first line', async () => {
    const { service, doc } = typingSetup('Putin.\r\n🚢 Kim Jong\r\nUn and Seoul.\r\nPutin.\r\n');
    const all = decode((await service.semanticTokens.provideSemanticTokens(doc)).data);
    // "Kim Jong\r\nUn" is one name; its token ends where its first line's text ends.
    expect(all.map(([line, character, length]) => [line, character, length])).toEqual([
      [0, 0, 5],
      [1, 3, 8],
      [2, 7, 5],
      [3, 0, 5],
    ]);
    const range = decode((await service.semanticTokens.provideSemanticTokensRange(doc, { start: { line: 1, character: 9 }, end: { line: 2, character: 8 } })).data);
    expect(range).toEqual([all[1], all[2]]);
  });
});

describe('token numbers from the previous ones', () => {
  /** Names at fixed offsets with an entity number each (its token type is the number itself). */
  function resolvedNames(starts: number[], entities: number[]): ResolvedNames {
    const names = {
      count: starts.length,
      start: (i: number) => starts[i]!,
      end: (i: number) => starts[i]! + 3,
      entityIndex: (i: number) => entities[i]!,
      resolution: (i: number) => (entities[i] === 0 ? 'unique' : 'note'),
    };
    return names as unknown as ResolvedNames;
  }
  const types = Uint8Array.from([0, 1, 2, 3, 4]);

  it('re-encodes the replaced stretch and the names resolved again elsewhere, and equals a whole encoding', () => {
    const before = note('Aaa Bbb\nCcc Ddd\nEee\n');
    const oldNames = resolvedNames([0, 4, 8, 12, 16], [0, 0, 0, 0, 1]);
    const old = Int32Array.from(encode(before, oldNames, types, 0, Infinity));
    // "Bbb" becomes "Bbbbb Xxx" (one name more), and "Eee", three names on, is now resolved to entity 3.
    const after = note('Aaa Bbbbb Xxx\nCcc Ddd\nEee\n');
    const newNames = resolvedNames([0, 4, 10, 14, 18, 22], [0, 0, 2, 0, 0, 3]);
    const made = reencode(after, newNames, types, old, { splice: { start: 1, end: 2, length: 2 }, again: [5] });
    const { data } = made;
    expect(Array.from(data)).toEqual(encode(after, newNames, types, 0, Infinity));
    expect(Array.from(data.slice(25))).toEqual([1, 0, 3, 3, 1]);
    // What it says is unchanged is: the first name's numbers; nothing at the end (the last name was resolved again).
    expect([made.head, made.tail]).toEqual([5, 0]);
    expect(tokenEdits(old, data, made)).toEqual(tokenEdits(old, data));
  });

  it('compares only what it did not copy, with the same edits as a whole comparison', () => {
    const before = note('Aaa Bbb\nCcc Ddd\nEee Fff\n');
    const oldNames = resolvedNames([0, 4, 8, 12, 16, 20], [0, 0, 0, 0, 0, 0]);
    const old = Int32Array.from(encode(before, oldNames, types, 0, Infinity));
    // "Ccc" becomes "Cccc", in a buffer the caller hands out.
    const after = note('Aaa Bbb\nCccc Ddd\nEee Fff\n');
    const newNames = resolvedNames([0, 4, 8, 13, 17, 21], [0, 0, 0, 0, 0, 0]);
    const buffer = new ArrayBuffer(4 * 64);
    const made = reencode(after, newNames, types, old, { splice: { start: 2, end: 3, length: 1 }, again: [] }, (length) => new Int32Array(buffer, 0, length));
    expect(made.data.buffer).toBe(buffer);
    expect(Array.from(made.data)).toEqual(encode(after, newNames, types, 0, Infinity));
    expect([made.head, made.tail]).toEqual([10, 10]);
    expect(tokenEdits(old, made.data, made)).toEqual(tokenEdits(old, made.data));
    // The names are three characters long here: only "Ddd" moved along its line.
    expect(tokenEdits(old, made.data, made)).toEqual([{ start: 16, deleteCount: 1, data: [5] }]);
  });
});

describe('diagnostics in the background', () => {
  it('gives everything but the quotations not looked up yet first, then the whole result', async () => {
    const { service, doc } = typingSetup('Zelensky said "the Kremlin will withdraw from every region before winter".\n');
    const early: Diagnostic[][] = [];
    const all = await service.diagnostics.provideDiagnostics(doc, () => false, (d) => early.push(d));
    expect(early.map((d) => d.map((x) => x.code))).toEqual([['spelling-variant']]);
    expect(all.map((d) => d.code)).toEqual(['spelling-variant', 'quote-not-found']);
    // Looked up once: the next run has nothing to wait for.
    const again: Diagnostic[][] = [];
    expect((await service.diagnostics.provideDiagnostics(doc, () => false, (d) => again.push(d))).map((d) => d.code)).toEqual(['spelling-variant', 'quote-not-found']);
    expect(again).toEqual([]);
  });

  it('after edits, gives the edited lines first, checked again, with the last whole check for the rest of the note, moved', async () => {
    const { service, doc } = typingSetup('Zelensky was here.\n'.repeat(5_000));
    const documents = documentsReportingEdits((uri, version, edits) => {
      service.analyses.edited(uri, version, edits);
      service.diagnostics.edited(uri, edits);
    });
    // Never checked whole: nothing to give first.
    const first: Diagnostic[][] = [];
    expect(await service.diagnostics.provideDiagnostics(doc, () => false, (d) => first.push(d))).toHaveLength(5_000);
    expect(first).toEqual([]);
    // Two lines typed in the middle (line breaks: every diagnostic after them moves down), then a line's name removed further up.
    documents.update(doc, [{ range: { start: { line: 2_500, character: 0 }, end: { line: 2_500, character: 0 } }, text: 'Zelensky said.\nAnd Zelensky.\n' }], 2);
    documents.update(doc, [{ range: { start: { line: 100, character: 0 }, end: { line: 100, character: 8 } }, text: 'Nobody' }], 3);
    // A check cancelled before its end is not one to start from: the edits since the last whole check still count.
    await service.diagnostics.provideDiagnostics(doc, () => true);
    const early: Diagnostic[][] = [];
    const all = await service.diagnostics.provideDiagnostics(doc, () => false, (d) => early.push(d));
    expect(all).toHaveLength(5_001);
    expect(all.find((d) => d.range.start.line === 2_501)?.message).toBe(all.find((d) => d.range.start.line === 2_500)?.message);
    // Nothing but the edits changed, so what is given first is the whole result.
    expect(early).toEqual([all]);
  });

  it('gives first the missing quotations of the last check too, moved, and those of the edited lines it knows without a search', async () => {
    const quoted = 'Zelensky said "the Kremlin will withdraw from every region before winter" today.\n';
    const { service, doc } = typingSetup(`${quoted}Nothing here.\n`.repeat(50));
    const documents = documentsReportingEdits((uri, version, edits) => {
      service.analyses.edited(uri, version, edits);
      service.diagnostics.edited(uri, edits);
    });
    expect((await service.diagnostics.provideDiagnostics(doc)).map((d) => d.code)).toEqual([...Array(50).fill('spelling-variant'), ...Array(50).fill('quote-not-found')]);
    // A line with a quotation looked up before, and one with a quotation never looked up.
    documents.update(doc, [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: quoted }], 2);
    documents.update(doc, [{ range: { start: { line: 60, character: 0 }, end: { line: 60, character: 0 } }, text: 'Putin said "nobody in this room has ever heard of such a plan before".\n' }], 3);
    const early: Diagnostic[][] = [];
    const all = await service.diagnostics.provideDiagnostics(doc, () => false, (d) => early.push(d));
    expect(all.filter((d) => d.code === 'quote-not-found')).toHaveLength(52);
    // First: everything but the new quotation's warning (it takes a search); then all but that again, as before; then all.
    expect(early[0]).toEqual(all.filter((d) => d.range.start.line !== 60));
    expect(early).toHaveLength(2);
  });

  it('stops when cancelled, between two slices of a long note', async () => {
    const { index, service, doc } = typingSetup('Zelensky was here. '.repeat(10_000));
    // Cancelled at the look after the first slice of names. Before that slice: the check's first
    // look, then the note's resolution (NAMES_PER_TURN names a turn: a look after each wait, one at its end).
    const resolutionLooks = Math.max(0, Math.ceil(service.analyses.get(doc, index).nameCount / NAMES_PER_TURN) - 1) + 1;
    let checks = 0;
    const partial = await service.diagnostics.provideDiagnostics(doc, () => ++checks > 1 + resolutionLooks + 1);
    const whole = await service.diagnostics.provideDiagnostics(doc);
    expect(whole).toHaveLength(10_000);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(whole.length);
  });
});
