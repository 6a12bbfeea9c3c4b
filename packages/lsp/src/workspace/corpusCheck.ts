import { statSync } from 'node:fs';
import { nextTurn, type WaitForTurn } from '@dossier/corpus/query';
import { stampPaths, type StampColumns } from '../indexing/indexCache.js';

/** Files stat'ed between two turns at most... */
const STATS_PER_TURN = 64;
/** ...and for how long (ms): a cold or remote disk answers a stat slowly, and a request waits behind the slice. */
const SLICE_MS = 1;

/**
 * Whether the files found now differ from the stamps a snapshot was made from: a file added,
 * removed, or of another size or modification time (stamps whose paths do not add up count as a
 * change). The files are stat'ed on this thread in slices between turns (`waitForTurn`, the
 * server's lull in requests): at 36,035 files a promise per stat cost 0.8–0.9 s of CPU, these
 * slices 0.17 s, and a request that comes waits for one slice at most.
 */
export async function changedSinceStamps(files: readonly string[], columns: StampColumns, waitForTurn: WaitForTurn = nextTurn): Promise<boolean> {
  const { sizes, mtimes } = columns;
  const paths = stampPaths(columns);
  if (!paths || files.length !== paths.length) return true;
  const stampOf = new Map(paths.map((path, i) => [path, i]));
  for (let next = 0; next < files.length; ) {
    await waitForTurn();
    const sliceEnds = Math.min(files.length, next + STATS_PER_TURN);
    const started = performance.now();
    for (; next < sliceEnds && performance.now() - started < SLICE_MS; next++) {
      const at = stampOf.get(files[next]!);
      if (at === undefined) return true;
      const current = statSync(files[next]!, { throwIfNoEntry: false });
      if (!current || current.size !== sizes[at] || current.mtimeMs !== mtimes[at]) return true;
    }
  }
  return false;
}
