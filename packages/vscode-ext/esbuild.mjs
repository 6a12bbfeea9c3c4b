// Bundles the extension and its language server into dist/, so that the .vsix
// carries two self-contained scripts and no node_modules:
//   src/extension.ts          -> dist/extension.js   (runs in VS Code's extension host)
//   ../lsp/src/server.ts      -> dist/server.js      (the language server, forked over IPC)
//   ../lsp/src/**/*Worker.ts  -> dist/*Worker.js     (the server's worker threads, if any)
//   ../lsp/src/**/*Process.ts -> dist/*Process.js    (the server's child processes: coldIndexProcess)
// Usage: node esbuild.mjs [--watch] [--minify]
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const lspSrc = path.resolve(here, '../lsp/src');
const corpusSrc = path.resolve(here, '../corpus/src/index.ts');
const corpusQuerySrc = path.resolve(here, '../corpus/src/query.ts');
const corpusPhrasesSrc = path.resolve(here, '../corpus/src/phrases.ts');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  // Paths in the source maps relative to dist/, without embedding the sources (smaller .vsix).
  sourcesContent: false,
  minify,
  // Stack traces in the Dossier output channel should keep function names.
  keepNames: true,
  logLevel: 'info',
  // Licences are collected per package into dist/THIRD-PARTY-NOTICES.txt instead (see below).
  legalComments: 'none',
};

/**
 * The bundles are CommonJS, where `import.meta.url` does not exist. The
 * server's ES-module sources may use it (e.g. `new URL('./indexWorker.js',
 * import.meta.url)`), so it is replaced by the URL of the bundle file itself:
 * dist/server.js and dist/indexWorker.js sit side by side, as they do in lsp's dist/.
 */
const importMetaUrlShim = {
  define: { 'import.meta.url': '__dossierImportMetaUrl' },
  banner: { js: "const __dossierImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/** @type {esbuild.BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { extension: path.join(here, 'src/extension.ts') },
    outdir: path.join(here, 'dist'),
    // Provided by VS Code at run time; never bundled.
    external: ['vscode'],
  },
];

/**
 * Worker-thread and child-process scripts of the server (e.g. indexing/analyzeWorker.ts,
 * indexing/coldIndexProcess.ts): each `*Worker.ts` or `*Process.ts` under ../lsp/src becomes dist/<name>.js, beside dist/server.js,
 * which is where the server looks for them.
 */
function workerEntryPoints() {
  const entries = {};
  for (const file of readdirSync(lspSrc, { recursive: true })) {
    const name = path.basename(String(file), '.ts');
    if (/(Worker|Process)$/.test(name) && String(file).endsWith('.ts') && !String(file).endsWith('.d.ts')) {
      if (entries[name]) throw new Error(`two worker scripts named ${name}.ts in ../lsp/src`);
      entries[name] = path.join(lspSrc, String(file));
    }
  }
  return entries;
}

const serverEntry = path.join(lspSrc, 'server.ts');
if (existsSync(serverEntry)) {
  const entryPoints = { server: serverEntry, ...workerEntryPoints() };
  builds.push({
    ...common,
    ...importMetaUrlShim,
    entryPoints,
    outdir: path.join(here, 'dist'),
    // Everything is bundled, including the corpus library's JSON data
    // (imported `with { type: 'json' }`). The corpus is taken from its
    // sources, so the bundle never depends on a stale packages/corpus/dist. The server's
    // thread imports @dossier/corpus/query and the rest with import() when it first analyses:
    // esbuild keeps that rest's modules (and their data) uninitialised until then.
    alias: { '@dossier/corpus': corpusSrc, '@dossier/corpus/query': corpusQuerySrc, '@dossier/corpus/phrases': corpusPhrasesSrc },
    // Some dependencies only ship ES modules with a "module" field.
    mainFields: ['module', 'main'],
  });
} else {
  console.warn(`esbuild: ${path.relative(here, serverEntry)} does not exist yet; building the extension only.`);
}

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('esbuild: watching for changes (Ctrl+C to stop)');
} else {
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  const inputs = new Set();
  for (const result of results) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (file.endsWith('.map')) continue;
      for (const input of Object.keys(output.inputs)) inputs.add(path.resolve(input));
      const size = statSync(path.resolve(file)).size;
      console.log(`  ${path.relative(here, path.resolve(file))}: ${(size / 1024).toFixed(0)} KiB (${Object.keys(output.inputs).length} inputs)`);
    }
  }
  writeThirdPartyNotices([...inputs]);
}

/**
 * The bundles contain code and data of npm packages (MIT, ISC, ODbL data of
 * world-countries, the SCOWL word lists...). Their licences require the
 * notices to travel with the copies, so the licence file of every bundled
 * package is gathered into dist/THIRD-PARTY-NOTICES.txt, which the .vsix ships.
 */
function writeThirdPartyNotices(inputFiles) {
  const roots = new Map();
  for (const file of inputFiles) {
    const match = /^(.*[\\/]node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file);
    if (match) roots.set(match[1], true);
  }
  const sections = [];
  for (const root of [...roots.keys()].sort()) {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(root).find((f) => /^(licen[cs]e|copying|copyright|notice)(\.|$)/i.test(f));
    const text = licenceFile ? readFileSync(path.join(root, licenceFile), 'utf8').trim() : `License: ${pkg.license ?? 'see package'}`;
    sections.push(`${pkg.name} ${pkg.version} (${pkg.license ?? 'unknown licence'})\n${pkg.homepage ?? ''}\n\n${text}`);
  }
  const header = 'Dossier for VS Code bundles the following third-party software and data.\n';
  const out = path.join(here, 'dist/THIRD-PARTY-NOTICES.txt');
  writeFileSync(out, `${header}\n${sections.join(`\n\n${'-'.repeat(78)}\n\n`)}\n`);
  console.log(`  dist/THIRD-PARTY-NOTICES.txt: ${sections.length} packages`);
}
