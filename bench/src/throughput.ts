import { availableParallelism } from 'node:os';
import { analyzeCorpusFiles, buildCorpusIndex, discoverArticleFiles, type FileAnalysis } from '@dossier/corpus';
import { WorkerAnalyzer, noCorrectionsForBench } from './lspInternals.js';

export interface Throughput {
  files: number;
  articles: number;
  bytes: number;
  seconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
}

function rate(files: number, articles: number, bytes: number, ms: number): Throughput {
  const seconds = ms / 1000;
  return { files, articles, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds, articlesPerSecond: articles / seconds };
}

/** Read and analyse every file on this thread (no merge; files read as indexCorpus reads them): the per-core indexing rate. */
export async function singleThread(dir: string): Promise<{ rate: Throughput; analyses: FileAnalysis[]; mergeSeconds: number }> {
  const files = await discoverArticleFiles([dir]);
  const started = performance.now();
  const analyses: FileAnalysis[] = [];
  let bytes = 0;
  for await (const { result: analysis } of analyzeCorpusFiles(files)) {
    if (!analysis) continue;
    bytes += analysis.size;
    analyses.push(analysis);
  }
  const ms = performance.now() - started;
  const mergeStarted = performance.now();
  buildCorpusIndex(analyses.map((analysis) => ({ analysis, displayPath: analysis.path })));
  const mergeSeconds = (performance.now() - mergeStarted) / 1000;
  const articles = analyses.reduce((n, a) => n + a.articles.length, 0);
  return { rate: rate(files.length, articles, bytes, ms), analyses, mergeSeconds };
}

/** The same with the language server's worker pool (one worker per core). */
export async function workerThreads(dir: string): Promise<Throughput & { workers: number }> {
  const files = await discoverArticleFiles([dir]);
  const pool = new WorkerAnalyzer();
  const started = performance.now();
  const results = await pool.analyze(files, {
    corrections: noCorrectionsForBench(),
    maxFileBytes: 64 * 1024 * 1024,
    onProgress: () => undefined,
    onWarning: () => undefined,
    isCancelled: () => false,
  });
  const ms = performance.now() - started;
  pool.dispose();
  let bytes = 0;
  let articles = 0;
  for (const a of results.values()) {
    if (!a) continue;
    bytes += a.size;
    articles += a.articles.length;
  }
  return { ...rate(files.length, articles, bytes, ms), workers: availableParallelism() };
}
