export interface Latency {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/** Percentiles of round trips: p99 of 500 samples is the 496th smallest. */
export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}
