import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { discoverArticleFiles } from '@dossier/corpus';
import { loadGoldSet, type GoldSetName } from '../../packages/corpus/eval/goldSet.js';
import { dossierMentions } from '../../packages/corpus/eval/runDossier.js';
import { score } from '../../packages/corpus/eval/score.js';
import { compromiseMentions, compromiseThroughput } from './baseline.js';
import { ensureWorkspace } from './corpora.js';
import { measureLsp, type LspMeasures } from './lspLatency.js';
import { peakRss, type MemoryResult } from './memory.js';
import { singleThread, workerThreads, type Throughput } from './throughput.js';
import { measureTyping, type TypingMeasures } from './typing.js';

export interface BenchOptions {
  quick: boolean;
  log: (line: string) => void;
  /** Only the typing scenario (`npm run bench -- --typing`). */
  typingOnly?: boolean;
  /** Node flags for the server in the typing scenario (`--server-cpu-prof=<dir>` gives --cpu-prof). */
  serverNodeArgs?: string[];
  /**
   * The 1 MB note before the 100 KB one (`--typing-large-first`): the note typed into first also
   * pays for the server's first keystrokes (V8 compiling the edit path), so the 100 KB note's
   * figures and the 1 MB note's are not of the same server; this swaps which one pays.
   */
  largeNoteFirst?: boolean;
}

export interface SizeResult {
  articles: number;
  files: number;
  corpusBytes: number;
  singleThread: Throughput;
  mergeSeconds: number;
  workerThreads: Throughput & { workers: number };
  memory: MemoryResult & { rssToCorpus: number };
  cold: LspMeasures;
  warm: LspMeasures;
  typing: TypingMeasures[];
}

export interface QualityResult {
  set: GoldSetName;
  system: 'dossier' | 'compromise';
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  typeAccuracy: number;
  mergeF1: number | null;
  perType: { type: string; precision: number; recall: number; gold: number }[];
}

export interface BenchResults {
  date: string;
  machine: { cpus: string; cores: number; memoryGb: number; node: string; platform: string };
  quick: boolean;
  /** Load averages (1, 5, 15 minutes) when the run started and ended: the machine is shared. */
  load: { start: number[]; end: number[] };
  sizes: SizeResult[];
  compromise: { bytes: number; seconds: number; mbPerSecond: number };
  quality: QualityResult[];
  checks: { name: string; ok: boolean; detail: string }[];
}

/** Everything BENCHMARKS.md reports, measured in one run on this machine. */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log;
  const loadAtStart = loadavg();
  const sizes = options.quick ? [1_000] : [10_000, 100_000];
  const checks: BenchResults['checks'] = [];
  const check: Check = (name, ok, detail) => checks.push({ name, ok, detail });
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await measureSize(size, options, check));

  log('\n== compromise on the same text ==');
  const firstCorpus = join(ensureWorkspace(sizes[0]!).workspace, 'corpus');
  const compromise = compromiseThroughput(await discoverArticleFiles([firstCorpus]), options.quick ? 200_000 : 1_000_000);
  log(`compromise people()/places()/organizations(): ${compromise.mbPerSecond.toFixed(3)} MB/s on ${(compromise.bytes / 1e6).toFixed(2)} MB`);

  const quality = measureQuality(log, check);
  return {
    date: new Date().toISOString(),
    machine: machine(),
    quick: options.quick,
    load: { start: loadAtStart, end: loadavg() },
    sizes: results,
    compromise,
    quality,
    checks,
  };
}

type Check = (name: string, ok: boolean, detail: string) => void;

/** One corpus size: indexing on one thread and on workers, peak memory, then the server cold and warm (and typing, at 10k). */
async function measureSize(size: number, options: BenchOptions, check: Check): Promise<SizeResult> {
  const log = options.log;
  const requests = options.quick ? 60 : 500;
  log(`\n== ${size} articles ==`);
  const ws = ensureWorkspace(size);
  const corpusDir = join(ws.workspace, 'corpus');
  log(`corpus: ${ws.articles} articles in ${ws.files} files, ${(ws.bytes / 1e6).toFixed(1)} MB`);

  const single = await singleThread(corpusDir);
  log(`single thread: ${single.rate.mbPerSecond.toFixed(2)} MB/s, ${single.rate.articlesPerSecond.toFixed(0)} articles/s; merge ${single.mergeSeconds.toFixed(1)} s`);
  const workers = await workerThreads(corpusDir);
  log(`${workers.workers} worker threads: ${workers.mbPerSecond.toFixed(2)} MB/s, ${workers.articlesPerSecond.toFixed(0)} articles/s`);
  const memory = peakRss(corpusDir);
  const rssToCorpus = memory.maxRssBytes / ws.bytes;
  log(`peak RSS (single-thread indexing): ${(memory.maxRssBytes / 1e6).toFixed(0)} MB = ${rssToCorpus.toFixed(1)}x the corpus`);

  const storage = mkdtempSync(join(tmpdir(), 'dossier-bench-cache-'));
  try {
    const cold = await measureLsp(ws.workspace, ws.notes, storage, requests);
    log(`cold start to first hover: ${(cold.startToFirstHoverMs / 1000).toFixed(2)} s`);
    const warm = await measureLsp(ws.workspace, ws.notes, storage, requests);
    log(`warm start to first hover: ${(warm.startToFirstHoverMs / 1000).toFixed(2)} s`);
    log(`hover p50 ${warm.hover.p50.toFixed(2)} ms p99 ${warm.hover.p99.toFixed(2)} ms; definition p99 ${warm.definition.p99.toFixed(2)} ms; completion p99 ${warm.completion.p99.toFixed(2)} ms; 1 MB note edit p50 ${warm.noteEditMs.p50.toFixed(0)} ms`);
    // The typing scenario runs in full runs (10k corpus) and with --typing; the quick mode CI runs stays as it was.
    const typing = size === TYPING_SIZE && !options.quick ? await typingScenario(ws, storage, options) : [];
    for (const t of typing) checkTyping(check, `${size}: typing into ${t.note.split('/').pop()}`, t);
    check(`${size}: the first hover is a card`, /^\*\*.+\*\* · _\w+_/.test(cold.firstHover), cold.firstHover);
    check(`${size}: a warm start gives the same first hover`, warm.firstHover === cold.firstHover, warm.firstHover);
    check(`${size}: definition points into the corpus`, !!cold.definitionTarget?.startsWith('file://') && cold.definitionTarget.includes('/corpus/'), String(cold.definitionTarget));
    return { articles: ws.articles, files: ws.files, corpusBytes: ws.bytes, singleThread: single.rate, mergeSeconds: single.mergeSeconds, workerThreads: workers, memory: { ...memory, rssToCorpus }, cold, warm, typing };
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

/** Dossier and compromise on the hand-annotated gold sets. */
function measureQuality(log: (line: string) => void, check: Check): QualityResult[] {
  log('\n== quality on the hand-annotated gold sets ==');
  const quality: QualityResult[] = [];
  for (const set of ['dev', 'dev2', 'heldout'] as const) {
    const gold = loadGoldSet(set);
    for (const system of ['dossier', 'compromise'] as const) {
      const s = score(gold, system === 'dossier' ? dossierMentions(gold) : compromiseMentions(gold));
      quality.push({
        set,
        system,
        gold: s.gold,
        precision: s.precision,
        recall: s.recall,
        f1: s.f1,
        typeAccuracy: s.typeAccuracy,
        mergeF1: system === 'dossier' ? s.mergeF1 : null,
        perType: s.perType.map((t) => ({ type: t.type, precision: t.precision, recall: t.recall, gold: t.gold })),
      });
      log(`${set.padEnd(8)} ${system.padEnd(11)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} type ${pct(s.typeAccuracy)}${system === 'dossier' ? ` merge ${pct(s.mergeF1)}` : ''}`);
    }
  }
  const dev = quality.find((q) => q.set === 'dev' && q.system === 'dossier')!;
  check('dev gold set: precision and recall >= 0.95', dev.precision >= 0.95 && dev.recall >= 0.95, `P ${pct(dev.precision)} R ${pct(dev.recall)}`);
  return quality;
}

/** The corpus size the typing scenario runs on in a full run (the issue's "10k corpus"). */
const TYPING_SIZE = 10_000;

function machine(): BenchResults['machine'] {
  return { cpus: cpus()[0]?.model ?? 'unknown CPU', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
}

/** The notes typed into, in turn: the medium one alone with --quick, else the medium and the large one (the large first with --typing-large-first). */
export function typingNotes(notes: { medium: string; large: string }, options: Pick<BenchOptions, 'quick' | 'largeNoteFirst'>): string[] {
  if (options.quick) return [notes.medium];
  return options.largeNoteFirst ? [notes.large, notes.medium] : [notes.medium, notes.large];
}

/** 500 keystrokes (40 with --typing --quick, on the 1k corpus) into the medium and the large note, one every 30 ms. */
function typingScenario(ws: ReturnType<typeof ensureWorkspace>, storage: string, options: BenchOptions): Promise<TypingMeasures[]> {
  return measureTyping(ws.workspace, typingNotes(ws.notes, options), storage, { keystrokes: options.quick ? 40 : 500, intervalMs: 30, log: options.log, nodeArgs: options.serverNodeArgs ?? [] });
}

function checkTyping(check: Check, what: string, t: TypingMeasures): void {
  check(`${what}: every hover while typing is a card`, t.hoverCards === t.keystrokes, `${t.hoverCards} of ${t.keystrokes}`);
  check(`${what}: every first hover of a name is a card`, t.firstHovers.keystrokes > 0 && t.firstHovers.cards === t.firstHovers.keystrokes, `${t.firstHovers.cards} of ${t.firstHovers.keystrokes}`);
  check(`${what}: semantic tokens kept from deltas equal a full request`, t.tokensAgree, `${t.tokenCount} tokens, ${t.tokensMethod}`);
}

export interface TypingResults {
  date: string;
  machine: BenchResults['machine'];
  load: BenchResults['load'];
  articles: number;
  typing: TypingMeasures[];
  checks: BenchResults['checks'];
}

/** `npm run bench -- --typing`: the typing scenario alone, on the 10k corpus (indexed first, cold). */
export async function runTypingBench(options: BenchOptions): Promise<TypingResults> {
  const loadAtStart = loadavg();
  const ws = ensureWorkspace(options.quick ? 1_000 : TYPING_SIZE);
  options.log(`corpus: ${ws.articles} articles in ${ws.files} files, ${(ws.bytes / 1e6).toFixed(1)} MB; load ${loadAtStart.map((l) => l.toFixed(2)).join(' ')}`);
  const storage = mkdtempSync(join(tmpdir(), 'dossier-bench-cache-'));
  try {
    const typing = await typingScenario(ws, storage, options);
    const checks: BenchResults['checks'] = [];
    const check = (name: string, ok: boolean, detail: string) => checks.push({ name, ok, detail });
    for (const t of typing) checkTyping(check, `typing into ${t.note.split('/').pop()}`, t);
    return { date: new Date().toISOString(), machine: machine(), load: { start: loadAtStart, end: loadavg() }, articles: ws.articles, typing, checks };
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

export function pct(x: number): string {
  return (100 * x).toFixed(1);
}
