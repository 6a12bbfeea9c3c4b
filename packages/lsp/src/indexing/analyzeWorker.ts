// A worker thread that reads and analyses article files: indexing uses every core and never
// blocks the server's request loop.
import { parentPort } from 'node:worker_threads';
import { analyzeFile, readCorpusFile, withUserRules, type FileAnalysis, type FurnitureRuleSpec } from '@dossier/corpus';

export interface AnalyzeJob {
  id: number;
  paths: string[];
  maxFileBytes: number;
  furniture: FurnitureRuleSpec[];
}

export interface AnalyzeResult {
  id: number;
  results: { path: string; analysis: FileAnalysis | null; warnings: string[] }[];
}

parentPort?.on('message', async (job: AnalyzeJob) => {
  const rules = job.furniture.length ? withUserRules(job.furniture) : undefined;
  const results: AnalyzeResult['results'] = [];
  for (const path of job.paths) {
    const outcome = await readCorpusFile(path, { maxFileBytes: job.maxFileBytes });
    if (outcome.kind === 'skipped') {
      results.push({ path, analysis: null, warnings: [`skipped: ${outcome.reason}`] });
      continue;
    }
    try {
      results.push({ path, analysis: analyzeFile(outcome.file, rules ? { rules } : {}), warnings: outcome.file.warnings });
    } catch (error) {
      results.push({ path, analysis: null, warnings: [`skipped: analysis failed: ${(error as Error).stack ?? error}`] });
    }
  }
  parentPort!.postMessage({ id: job.id, results } satisfies AnalyzeResult);
});
