// The language server's pieces the benchmarks drive directly (from its build output).
export { WorkerAnalyzer } from '../../packages/lsp/dist/indexing/workerAnalyzer.js';
import { noCorrections } from '@dossier/corpus';
export const noCorrectionsForBench = noCorrections;
