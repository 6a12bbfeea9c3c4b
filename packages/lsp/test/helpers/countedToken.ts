import type { WaitCancellation } from '../../src/workspace/servedIndex.js';

/** A request's token that counts who listens to it (vscode-jsonrpc's does not say), cancelled by `cancel`. */
export interface CountedToken extends WaitCancellation {
  cancel(): void;
  readonly listeners: number;
}

export function countedToken(): CountedToken {
  const listeners = new Set<(e: unknown) => unknown>();
  let cancelled = false;
  return {
    get isCancellationRequested() {
      return cancelled;
    },
    onCancellationRequested(listener: (e: unknown) => unknown) {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
    cancel() {
      cancelled = true;
      for (const listener of [...listeners]) listener(undefined);
    },
    get listeners() {
      return listeners.size;
    },
  };
}
