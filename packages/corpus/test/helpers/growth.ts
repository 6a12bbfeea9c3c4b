/**
 * How work grows with its input, measured without a time budget: the default suite runs on a
 * loaded two-core machine, where "under 2 s" fails for no reason. The work on `factor` times the
 * input is timed against the work on the input, in the same test: linear work takes about
 * `factor` times as long, quadratic work `factor`² (64 for 8). Time here is the process's
 * processor time, not the clock's, so other processes on the machine do not lengthen one run
 * more than the other (a long run is interrupted more often than a short one).
 *
 * Inputs are made before timing starts; after a warm-up each size is timed three times,
 * alternately, and the fastest kept; a run under 5 ms counts as 5 ms (noise). Tests assert the
 * ratio below LINEAR_BOUND, 4 × factor: linear work measured here stays under about 15 (the
 * garbage collector's share grows with the input), quadratic work is at twice the bound.
 * Sizes matter: both inputs should be past 400,000 characters, where V8 keeps strings out of its
 * young heap, or the larger run pays a cost per character that the smaller does not.
 */
export function growthRatio<T>(input: (scale: number) => T, work: (input: T) => unknown, factor = 8): number {
  const small = input(1);
  const large = input(factor);
  work(small); // warm-up: compiling, lazily built tables
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  // Interleaved, so that a burst of load elsewhere falls on both sizes rather than on one.
  for (let i = 0; i < RUNS; i++) {
    fastestSmall = Math.min(fastestSmall, timed(() => work(small)));
    fastestLarge = Math.min(fastestLarge, timed(() => work(large)));
  }
  return fastestLarge / Math.max(MIN_MS, fastestSmall);
}

/** The same for asynchronous work. */
export async function growthRatioAsync<T>(input: (scale: number) => T, work: (input: T) => Promise<unknown>, factor = 8): Promise<number> {
  const small = input(1);
  const large = input(factor);
  await work(small);
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  for (let i = 0; i < RUNS; i++) {
    fastestSmall = Math.min(fastestSmall, await timedAsync(() => work(small)));
    fastestLarge = Math.min(fastestLarge, await timedAsync(() => work(large)));
  }
  return fastestLarge / Math.max(MIN_MS, fastestSmall);
}

/** The bound tests put on growthRatio: linear work stays well under it, quadratic work is far over. */
export const LINEAR_BOUND = (factor = 8) => 4 * factor;

const RUNS = 3;
/** Shorter runs are mostly timer and scheduler noise; a quadratic regression makes even the small run far longer. */
const MIN_MS = 5;

/** Milliseconds of this process's processor time (user and system): what other processes do cannot lengthen it. */
function timed(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  return cpuMs(process.cpuUsage(started));
}

async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  const started = process.cpuUsage();
  await run();
  return cpuMs(process.cpuUsage(started));
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}
