// Issue 13's figures, before and after, in-process on a generated corpus: hover and go-to-definition
// on the distinct names of the medium note (100 KB), and what a missing quotation costs the note it
// is in (the check that runs as one types, then the closest passage if the build looks for one).
// Times are wall clock and this process's CPU time: on a shared machine the CPU time moves less.
//   npm run bench:cards -w @dossier/bench [-- articles]     (default 10000)
// It runs on any build of the packages: it measures a build's own features only when it has them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileTextCache, indexCorpus } from '@dossier/corpus';
import { createLanguageService, DEFAULT_SETTINGS, type CorpusAccess } from '@dossier/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ensureWorkspace } from './corpora.js';

const articles = Number(process.argv[2] ?? 10_000);
const ws = ensureWorkspace(articles);
const index = await indexCorpus([join(ws.workspace, 'corpus')], { baseDir: ws.workspace });
const texts = new FileTextCache();
const access: CorpusAccess = { current: () => index, ready: async () => index, textOf: (p) => texts.get(p), isLinkable: () => true, settings: () => DEFAULT_SETTINGS };
// No dossier.yaml and a silent log: the correction actions are not measured here.
const corrections = { file: async () => ({ file: join(ws.workspace, 'dossier.yaml'), text: '', exists: false }), canCreateFiles: () => false, editable: () => true };
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
console.log(`${articles} articles (${index.entities.length} entities), in-process:`);
await requests();
await quotations();

interface Sample {
  wall: number;
  cpu: number;
}

async function measure(run: () => unknown): Promise<Sample> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

function summary(samples: Sample[]): string {
  const at = (values: number[], q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!.toFixed(2);
  const wall = samples.map((s) => s.wall).sort((a, b) => a - b);
  const cpu = samples.map((s) => s.cpu).sort((a, b) => a - b);
  return `wall p50 ${at(wall, 0.5)} ms, p99 ${at(wall, 0.99)} ms; cpu p50 ${at(cpu, 0.5)} ms, p99 ${at(cpu, 0.99)} ms (${samples.length})`;
}

/** Hover and definition on the first 300 names of the medium note ("- First Last met …" lines), each once. */
async function requests(): Promise<void> {
  const text = readFileSync(ws.notes.medium, 'utf8');
  const note = TextDocument.create(pathToFileURL(ws.notes.medium).href, 'markdown', 1, text);
  const service = createLanguageService(access, { all: async () => [note] }, corrections, silent);
  const positions = text
    .split('\n')
    .flatMap((line, i) => (line.startsWith('- ') ? [{ line: i, character: 4 }] : []))
    .slice(0, 300);
  for (const position of positions.slice(0, 5)) await service.hover.provideHover(note, position);
  const hovers: Sample[] = [];
  const definitions: Sample[] = [];
  for (const position of positions) {
    hovers.push(await measure(() => service.hover.provideHover(note, position)));
    definitions.push(await measure(() => service.definition.provideDefinition(note, position)));
  }
  console.log(`  hover       ${summary(hovers)}`);
  console.log(`  definition  ${summary(definitions)}`);
}

/** A note with one quotation the corpus lacks, three times over, with a new service each time (nothing cached). */
async function quotations(): Promise<void> {
  const note = TextDocument.create(pathToFileURL(join(ws.workspace, 'notes/q.md')).href, 'markdown', 1, 'He said "the harbour cranes will all be moved to the northern quay before the winter storms".\n');
  for (let run = 0; run < 3; run++) {
    const service = createLanguageService(access, { all: async () => [note] }, corrections, silent);
    const diagnostics = service.diagnostics as { onDidFindClosest?: ((uri: string) => void) | null; provideDiagnostics: typeof service.diagnostics.provideDiagnostics };
    const looksForClosest = 'onDidFindClosest' in diagnostics;
    const closest = looksForClosest ? new Promise<void>((resolve) => (diagnostics.onDidFindClosest = () => resolve())) : Promise.resolve();
    const check = await measure(() => diagnostics.provideDiagnostics(note));
    const search = await measure(() => closest);
    const message = String((await diagnostics.provideDiagnostics(note)).find((d) => d.code === 'quote-not-found')?.message ?? '');
    console.log(
      `  missing quotation, run ${run + 1}: "not found" after ${check.wall.toFixed(0)} ms (cpu ${check.cpu.toFixed(0)} ms)` +
        (looksForClosest ? `; closest passage ${search.wall.toFixed(0)} ms later (cpu ${search.cpu.toFixed(0)} ms): ${message.slice(29, 110)}…` : '; this build looks for no closest passage'),
    );
  }
}
