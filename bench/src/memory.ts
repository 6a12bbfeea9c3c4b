import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface MemoryResult {
  maxRssBytes: number;
  seconds: number;
  entities: number;
  mentions: number;
}

/** Peak RSS of a whole single-thread indexing (read, analyse, merge) in a fresh process. */
export function peakRss(dir: string): MemoryResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./rssChild.ts', import.meta.url)), dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`memory child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as MemoryResult;
}
