// Run folders under <repo>/.e2e/runs (about 8 MB each: profiles and logs).
// Old ones are pruned so repeated runs do not fill the disk.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { RUNS_DIR } from './paths.js';

/**
 * Deletes all but the `keep` most recent run folders in RUNS_DIR. Only
 * direct children of RUNS_DIR are touched; folders given elsewhere are the
 * caller's business.
 */
export function pruneOldRuns(keep: number): void {
  let entries: { dir: string; mtime: number }[];
  try {
    entries = readdirSync(RUNS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => {
        const dir = path.join(RUNS_DIR, e.name);
        return { dir, mtime: statSync(dir).mtimeMs };
      });
  } catch {
    return; // no runs yet
  }
  entries.sort((a, b) => b.mtime - a.mtime);
  for (const { dir } of entries.slice(keep)) rmSync(dir, { recursive: true, force: true });
}
