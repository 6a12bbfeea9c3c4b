import { withUserRules, type FileAnalysis } from '@dossier/corpus/query';
import { corpusLibrary } from '../corpusLibrary.js';
import { deliver, type AnalyzeOptions, type FileAnalyzer } from './fileAnalyzer.js';

/** Reads and analyses files one after another on the calling thread (few files: no worker is worth starting). */
export class InlineAnalyzer implements FileAnalyzer {
  async analyze(paths: readonly string[], options: AnalyzeOptions): Promise<Map<string, FileAnalysis | null>> {
    const rules = options.corrections.furniture.length ? withUserRules(options.corrections.furniture) : undefined;
    const out = new Map<string, FileAnalysis | null>();
    let done = 0;
    if (options.isCancelled()) return out;
    const { analyzeCorpusFiles } = await corpusLibrary();
    if (options.isCancelled()) return out;
    const outcomes = analyzeCorpusFiles(paths, { maxFileBytes: options.maxFileBytes, captureRules: options.corrections.capture, ...(rules ? { rules } : {}) });
    for await (const { path, result, warnings } of outcomes) {
      for (const w of warnings) options.onWarning(path, w);
      deliver(out, options, path, result);
      options.onProgress(++done);
      // Let requests and cancellations in between files.
      if (done % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (options.isCancelled()) break;
    }
    return out;
  }
}
