/**
 * Gives the memory of the buffers under these views back now, not at the heap's next full
 * collection: each is detached (every view of it reads as empty from here on) and its bytes go with
 * the next young collection, which comes within milliseconds on a thread that allocates. Only a
 * view that spans its whole buffer is freed (never a slice of Node's pool of small Buffers). An
 * ArrayBuffer that became garbage keeps its bytes until a full collection finds it, and a merge
 * allocates few objects while it fills its mention table: at 100,000 articles the 48 MB of staged
 * mentions it had consumed stayed beside the 84 MB table until the merge's end, the indexing
 * process's peak.
 */
export function freeBuffers(views: readonly ArrayBufferView[]): void {
  const buffers = new Set<ArrayBuffer>();
  for (const view of views) if (ownsItsBuffer(view)) buffers.add(view.buffer as ArrayBuffer);
  // Transferred into a clone of nothing: the clone's buffers are young garbage at once.
  if (buffers.size) structuredClone(undefined, { transfer: [...buffers] });
}

/** A view that spans its whole buffer, which is not shared: never a slice of Node's pool of small Buffers. */
function ownsItsBuffer(view: ArrayBufferView): boolean {
  return view.buffer instanceof ArrayBuffer && view.byteOffset === 0 && view.byteLength === view.buffer.byteLength && view.byteLength > 0;
}
