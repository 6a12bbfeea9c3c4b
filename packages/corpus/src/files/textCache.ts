import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { decodeFileBytes } from '../text/decode.js';
import { analysisText, formatOf } from '../text/markup.js';
import { DEFAULT_MAX_FILE_BYTES, utf8Boundary } from './readCorpusFile.js';

/**
 * Decoded texts of recently used corpus files, for snippets and quotes: the index keeps offsets,
 * not text, so a hover reads the few sentences it shows. Bounded by total characters, least
 * recently used first out.
 */
export class FileTextCache {
  private readonly texts = new Map<string, string>();
  private size = 0;

  /**
   * @param maxFileBytes read no more of a file than indexing did (the maxFileBytes setting, as a
   *   function when it may change): offsets into the text stay the indexed ones, and a 100 MB file
   *   is never loaded whole for a hover.
   */
  constructor(
    private readonly maxChars = 32 * 1024 * 1024,
    private readonly maxFileBytes: () => number = () => DEFAULT_MAX_FILE_BYTES,
  ) {}

  get(path: string): string | null {
    const cached = this.texts.get(path);
    if (cached !== undefined) {
      this.texts.delete(path);
      this.texts.set(path, cached);
      return cached;
    }
    const text = readAnalysisText(path, this.maxFileBytes());
    if (text === null) return null;
    this.texts.set(path, text);
    this.size += text.length;
    for (const [oldPath, old] of this.texts) {
      if (this.size <= this.maxChars || oldPath === path) break;
      this.texts.delete(oldPath);
      this.size -= old.length;
    }
    return text;
  }

  /** Forgets a file that changed on disk. */
  invalidate(path: string): void {
    const old = this.texts.get(path);
    if (old !== undefined) {
      this.size -= old.length;
      this.texts.delete(path);
    }
  }
}

/**
 * A corpus file's text as indexing analysed it (its first `maxFileBytes`, markup blanked), or null
 * when it is not text or cannot be read: the text snippets quote.
 */
export function readAnalysisText(path: string, maxFileBytes: number): string | null {
  try {
    const decoded = decodeFileBytes(readCapped(path, maxFileBytes));
    if (decoded.kind !== 'text') return null;
    // Markup blanked, as when the file was indexed, so that snippets never show tags.
    return analysisText(decoded.text, formatOf(path) ?? 'text');
  } catch {
    return null; // deleted or unreadable since indexing: no snippet rather than an error
  }
}

/** The first `max` bytes of a file (cut before an incomplete UTF-8 sequence when the file is longer), as readCorpusFile reads them. */
function readCapped(path: string, max: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.allocUnsafe(Math.min(size, max));
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    const bytes = buffer.subarray(0, filled);
    return size > max ? bytes.subarray(0, utf8Boundary(bytes)) : bytes;
  } finally {
    closeSync(fd);
  }
}
