// Loaded into the language server by the scale bench (`node --expose-gc --require <this file>`): on
// SIGUSR2 the server collects its whole heap twice, so that the bench reads its resident memory
// without the garbage whose amount depends on when V8 last collected (scale.ts, settledMemory),
// then writes its heap's figures on stderr in one line the bench looks for (COLLECTED_MARK).
// The server passes its node options on to its indexing process (coldIndexProcess.js) and worker
// threads (no script in their argv): there it does nothing.
if (typeof globalThis.gc === 'function' && process.argv[1]?.endsWith('server.js')) {
  process.on('SIGUSR2', () => {
    globalThis.gc();
    globalThis.gc();
    process.stderr.write(`dossier-bench-collected ${JSON.stringify(process.memoryUsage())}\n`);
  });
}
