/**
 * How Dossier's processes are started: glibc malloc settings here, and the language server's V8
 * options (SERVER_NODE_ARGS) below.
 *
 * glibc malloc settings for Dossier's processes, given in the environment of each one started (they
 * are read when a process starts): the language server, started by the VS Code extension
 * (vscode-ext client.ts) and the bench, and its indexing process (processIndexer.ts). A setting
 * already in the environment wins.
 * - Two arenas: by default each thread that allocates (the main one, libuv's file system threads,
 *   V8's collector threads, one analysis worker per core) takes an arena of its own, up to eight per
 *   core, and what one thread freed cannot serve another's allocations: the process kept more
 *   native memory than it used. A warm server at 100,000 articles, after 500 hovers and the
 *   quotation scans of its notes: 85.7 → 72.3 MB of resident memory outside the V8 heap (BENCHMARKS.md).
 * - Blocks of 128 KB and more always mapped apart, so that each goes back to the system when freed:
 *   by default malloc raises that threshold to the size of the last large block freed (up to
 *   32 MB), and the indexing merge's chunks of staged mentions (21 MB) and the snapshot's sections
 *   were then carved out of the arena, whose freed pages stayed with the process (about 20 MB more
 *   at the indexing process's peak at 100,000 articles).
 */
export const MALLOC_SETTINGS: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: String(128 * 1024) };

/** An environment with MALLOC_SETTINGS, unless it says otherwise. */
export function withMallocSettings(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...MALLOC_SETTINGS, ...env };
}

/**
 * Node options for the language server's process, given where it is started with MALLOC_SETTINGS
 * (the extension's clientOptions.ts, the bench): V8 starts the old generation's limit at 128 MB.
 * Without it, V8 sets the limit from the small heap of a starting process (a few times what a
 * mark-compact left live), and a warm start at 100,000 articles, whose heap grows to 60–75 MB in
 * its first seconds (the snapshot read, the notes analysed), hit it twice: one mark-compact on
 * the first card (9 ms), one during the first 500 hovers, whose incremental marking cost 2–4 ms
 * of main-thread CPU on each of three or four hovers in a row. The limit only grows from there
 * (a settled server holds 100 MB live), and an idle server is still collected by V8's memory
 * reducer, so memory after the same work is the same.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--initial-old-space-size=128'];
