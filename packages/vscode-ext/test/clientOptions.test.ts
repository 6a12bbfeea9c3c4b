import type { LogOutputChannel, TextDocument } from 'vscode';
import { describe, expect, it } from 'vitest';
import { buildClientOptions, DOCUMENT_SELECTOR, serverProcessOptions } from '../src/clientOptions';
import { DEFAULT_SETTINGS } from '../src/settings';

const output = { name: 'Dossier' } as LogOutputChannel;
const CARDS = 'file:///storage/cards/';
const options = buildClientOptions({ settings: DEFAULT_SETTINGS, storagePath: '/tmp/dossier-storage', cacheDir: '/tmp/dossier-global/index' }, output, (uri) => uri.startsWith(CARDS));

/** A stand-in for vscode.TextDocument: the middleware only reads its URI. */
const documentAt = (uri: string) => ({ uri: { toString: () => uri } }) as unknown as TextDocument;

describe('buildClientOptions', () => {
  // Hover cards are built from article text written by anyone: they must stay untrusted.
  it('has no middleware that could touch server Markdown (hover, completion, ...): only the didOpen filter', () => {
    expect(Object.keys(options.middleware ?? {})).toEqual(['didOpen']);
  });

  it('keeps the extension\'s own card files from the server, and passes notes on', async () => {
    const sent: string[] = [];
    const next = async (document: TextDocument) => void sent.push(document.uri.toString());
    await options.middleware!.didOpen!(documentAt(`${CARDS}kim-yo-jong/Kim Yo Jong.md`), next);
    await options.middleware!.didOpen!(documentAt('file:///work/notes/korea.md'), next);
    expect(sent).toEqual(['file:///work/notes/korea.md']);
  });

  it('renders server Markdown untrusted and without HTML', () => {
    expect(options.markdown).toEqual({ isTrusted: false, supportHtml: false });
  });

  it('serves Markdown notes on disk and unsaved ones', () => {
    expect(options.documentSelector).toEqual([
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ]);
    expect(DOCUMENT_SELECTOR).toBe(options.documentSelector);
  });

  it('sends the settings and the cache folder at start-up and syncs the dossier section', () => {
    expect(options.initializationOptions).toEqual({ settings: DEFAULT_SETTINGS, storagePath: '/tmp/dossier-storage', cacheDir: '/tmp/dossier-global/index' });
    expect(options.synchronize).toEqual({ configurationSection: 'dossier' });
    expect(options.outputChannel).toBe(output);
  });
});

describe('serverProcessOptions', () => {
  it("starts the server with malloc held to two arenas and large blocks mapped apart, the editor's environment otherwise", () => {
    const { env, execArgv } = serverProcessOptions(false);
    expect({ arenas: env.MALLOC_ARENA_MAX, mmap: env.MALLOC_MMAP_THRESHOLD_, path: env.PATH }).toEqual({ arenas: process.env.MALLOC_ARENA_MAX ?? '2', mmap: process.env.MALLOC_MMAP_THRESHOLD_ ?? '131072', path: process.env.PATH });
    // The old generation's first limit at 128 MB: no mark-compact on a warm start's first cards.
    expect(execArgv).toEqual(['--initial-old-space-size=128']);
  });

  it("keeps a malloc setting the editor's environment has", () => {
    const own = process.env.MALLOC_ARENA_MAX;
    process.env.MALLOC_ARENA_MAX = '8';
    try {
      expect(serverProcessOptions(false).env.MALLOC_ARENA_MAX).toBe('8');
    } finally {
      if (own === undefined) delete process.env.MALLOC_ARENA_MAX;
      else process.env.MALLOC_ARENA_MAX = own;
    }
  });

  it('attaches a debugger on port 6011 when debugging, with the same environment', () => {
    const debug = serverProcessOptions(true);
    expect(debug.execArgv).toEqual(['--initial-old-space-size=128', '--nolazy', '--inspect=6011']);
    expect(debug.env.MALLOC_MMAP_THRESHOLD_).toBe(serverProcessOptions(false).env.MALLOC_MMAP_THRESHOLD_);
  });
});
