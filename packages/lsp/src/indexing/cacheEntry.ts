// What one file's entry in the index cache holds, and its bytes: made by the cache (indexCache.ts)
// or, on a cold index, by the worker that analysed the file (analyzeWorker.ts), which hands over
// the bytes instead of the analysis.
import { deserialize, serialize } from 'node:v8';
import { ANALYSIS_VERSION, type FileAnalysis } from '@dossier/corpus/query';

/** Raised when FileAnalysis changes shape; it carries ANALYSIS_VERSION for changes of meaning. Older entries are ignored and rewritten. */
export const ENTRY_SCHEMA = `dossier-file-8.${ANALYSIS_VERSION}`;

export interface CacheEntry {
  schema: string;
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  /** Everything that changes an analysis besides the file: the furniture rules and capture times in force. */
  rules: string;
  analysis: FileAnalysis;
}

/** An analysis's entry as the cache writes it, under `rules` (analysisRulesKey). */
export function entryBytes(analysis: FileAnalysis, rules: string): Buffer {
  const entry: CacheEntry = { schema: ENTRY_SCHEMA, path: analysis.path, size: analysis.size, mtimeMs: analysis.mtimeMs, hash: analysis.hash, rules, analysis };
  return serialize(entry);
}

/** The entry of a cache file's bytes; what is not an entry of this schema comes back too, for the caller to check. */
export function entryOf(bytes: Uint8Array): CacheEntry {
  return deserialize(bytes) as CacheEntry;
}
