type PackedArray = Int32Array | Uint32Array | Uint8Array;

/** Bytes per chunk: a chunk holds the arrays of tens of files. */
const CHUNK_BYTES = 1 << 18;

/**
 * Small typed arrays copied side by side into shared buffers: each file's line starts, line
 * breaks and sentences, each entity's articles. An array with a buffer of its own costs about 250
 * bytes besides its numbers (the ArrayBuffer object, V8's record of its memory, malloc's): three
 * per file and one per entity, about 35 MB at 100k articles (36,035 files, 33,555 entities). An
 * array larger than a quarter of a chunk keeps a buffer of its own.
 */
export class PackedArrays {
  private chunk = new ArrayBuffer(0);
  private used = 0;

  /** A copy of `array`, a view into a shared buffer. */
  pack<T extends PackedArray>(array: T): T {
    const bytes = array.byteLength;
    if (bytes > CHUNK_BYTES / 4) return array.slice() as T;
    // Each array starts at a multiple of 4 bytes, as a view of 32-bit numbers must.
    let at = (this.used + 3) & ~3;
    if (at + bytes > this.chunk.byteLength) {
      this.chunk = new ArrayBuffer(CHUNK_BYTES);
      at = 0;
    }
    const copy = new (array.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => T)(this.chunk, at, array.length);
    copy.set(array);
    this.used = at + bytes;
    return copy;
  }
}
