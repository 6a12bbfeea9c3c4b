import { analyzeFile, readCorpusFile, withUserRules, type FileAnalysis } from '@dossier/corpus';
import type { AnalyzeOptions, FileAnalyzer } from './fileAnalyzer.js';

/** Reads and analyses files one after another on the calling thread. */
export class InlineAnalyzer implements FileAnalyzer {
  async analyze(paths: readonly string[], options: AnalyzeOptions): Promise<Map<string, FileAnalysis | null>> {
    const rules = options.corrections.furniture.length ? withUserRules(options.corrections.furniture) : undefined;
    const out = new Map<string, FileAnalysis | null>();
    let done = 0;
    for (const path of paths) {
      if (options.isCancelled()) break;
      const outcome = await readCorpusFile(path, { maxFileBytes: options.maxFileBytes });
      if (outcome.kind === 'skipped') {
        options.onWarning(path, `skipped: ${outcome.reason}`);
        out.set(path, null);
      } else {
        for (const w of outcome.file.warnings) options.onWarning(path, w);
        try {
          out.set(path, analyzeFile(outcome.file, rules ? { rules } : {}));
        } catch (error) {
          // A bug in analysis must cost one file, not the index.
          options.onWarning(path, `skipped: analysis failed: ${(error as Error).stack ?? error}`);
          out.set(path, null);
        }
      }
      options.onProgress(++done);
      // Let requests and cancellations in between files.
      if (done % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }
}
