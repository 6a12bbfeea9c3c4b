import type { Shard } from './corpusStore.js';

/**
 * Which shard of `count` a file belongs to: FNV-1a of its display path, so that every indexer (and
 * every store) puts a file in the same shard whatever machine it runs on.
 */
export function shardOf(path: string, count: number): number {
  return pathHash(path) % count;
}

/** FNV-1a (32 bits) of a path's UTF-16 code units: what shards are cut from. */
export function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** "K/N" as given on the command line (1 ≤ K ≤ N), or null when it is not one. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return null;
  const k = Number(match[1]);
  const n = Number(match[2]);
  return n >= 1 && n <= 1024 && k >= 1 && k <= n ? { index: k - 1, count: n } : null;
}
