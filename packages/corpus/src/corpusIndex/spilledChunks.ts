import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Where a chunk went in the file. */
export interface SpilledChunk {
  at: number;
  length: number;
}

/**
 * Full chunks of a merge's staging written to a file of their own until the merge reads them
 * back: at 100,000 articles the staged files' records (29 MB in 1 MB chunks) and mentions (48 MB)
 * are not read until the analysis of every file is done, and they were held in memory while the
 * analysis workers were alive, the indexing process's peak. The file goes when closed (at once where the system
 * lets an open file be removed).
 */
export class SpilledChunks {
  private fd: number | null;
  private readonly path: string;
  private removed = false;
  private end = 0;

  constructor(folder: string) {
    this.path = join(folder, `merge-staging.${process.pid}.${Date.now()}.tmp`);
    this.fd = openSync(this.path, 'w+');
    this.removed = tryUnlink(this.path);
  }

  /** Writes the chunk's bytes; where they went. Throws when they could not be (the caller keeps the chunk). */
  put(bytes: Uint8Array): SpilledChunk {
    return this.putAll([bytes]);
  }

  /** Writes the parts one after another as one chunk (a chunk's columns, never joined in memory first). */
  putAll(parts: readonly Uint8Array[]): SpilledChunk {
    const fd = this.open();
    const at = this.end;
    let length = 0;
    for (const bytes of parts) {
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done, at + length + done);
      length += bytes.length;
    }
    this.end += length;
    return { at, length };
  }

  /** A chunk's bytes, read back into a buffer of their own. */
  get(chunk: SpilledChunk): ArrayBuffer {
    const fd = this.open();
    const buffer = new ArrayBuffer(chunk.length);
    const bytes = new Uint8Array(buffer);
    for (let done = 0; done < chunk.length; ) {
      const read = readSync(fd, bytes, done, chunk.length - done, chunk.at + done);
      if (read === 0) throw new Error(`the merge's staging file ${this.path} ended early`);
      done += read;
    }
    return buffer;
  }

  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    if (!this.removed) this.removed = tryUnlink(this.path);
  }

  private open(): number {
    if (this.fd === null) throw new Error(`the merge's staging file ${this.path} was closed`);
    return this.fd;
  }
}

/** Removes a file; false when the system refused (Windows, while it is open). */
function tryUnlink(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}
