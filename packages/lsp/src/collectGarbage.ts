/**
 * A full collection of this process's heap, when V8's `gc` is exposed (`--expose-gc`: the indexing
 * process's flags, processIndexer.ts indexingHeapFlags, and the server's, mallocEnv.ts
 * SERVER_NODE_ARGS); nothing otherwise. For the few places where much was just let go of and the
 * process's memory is about to count: V8 would collect later, once more was made beside the garbage.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
