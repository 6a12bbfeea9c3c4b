/**
 * Resolves when a background scan may take its next slice. The default lets the event loop turn
 * once (pending requests first); a language server passes one that also waits for a lull between
 * requests (lsp session/requestLull.ts), so that a run of 500 hovers is not slowed by a corpus scan.
 */
export type WaitForTurn = () => Promise<void>;

export const nextTurn: WaitForTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
