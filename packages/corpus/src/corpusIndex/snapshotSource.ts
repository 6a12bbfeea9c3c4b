import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Where a snapshot's bytes are: a file read piece by piece (a warm start reads the sections it needs
 * and an entity's mentions when a card asks for them), or a buffer already in memory.
 */
export interface SnapshotSource {
  readonly size: number;
  /** `length` bytes at `offset`, into `target` (a typed array's bytes) or a new buffer. */
  read(offset: number, length: number, target?: Uint8Array): Uint8Array;
}

export class BufferSource implements SnapshotSource {
  constructor(private readonly buffer: Uint8Array) {}

  get size(): number {
    return this.buffer.length;
  }

  read(offset: number, length: number, target?: Uint8Array): Uint8Array {
    const bytes = this.buffer.subarray(offset, offset + length);
    if (!target) return bytes;
    target.set(bytes);
    return target;
  }
}

/**
 * A snapshot file, kept open for as long as its index lives: a snapshot written over it later (by
 * a rename) is another file, so the open one never changes under the index that reads it. The
 * descriptor is closed when the index is collected.
 */
export class FileSource implements SnapshotSource {
  readonly size: number;
  private readonly fd: number;

  constructor(path: string) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
    fileSources.register(this, this.fd);
  }

  read(offset: number, length: number, target?: Uint8Array): Uint8Array {
    const into = target ?? Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, into, done, length - done, offset + done);
      if (n === 0) throw new Error(`snapshot ends at ${offset + done}, ${length - done} bytes short`);
      done += n;
    }
    return into;
  }
}

const fileSources = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});
