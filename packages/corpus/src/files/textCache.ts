import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { IndexedFile } from '../corpusIndex/corpusIndex.js';
import { decodeFileBytes } from '../text/decode.js';
import { analysisText, formatOf } from '../text/markup.js';
import { DEFAULT_MAX_FILE_BYTES, utf8Boundary } from './readCorpusFile.js';
import type { Span } from '../text/positions.js';
import { changedSinceIndexed, diskBytes, readSpan, type FileBytes, type SpanText } from './spanReader.js';

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
    private readonly bytes: FileBytes = diskBytes,
  ) {}

  /** Why the last `span` gave null (for a log or a test), or null. */
  lastSpanMiss: string | null = null;

  /**
   * Characters `span` of a file's analysed text, `sentence` the whole sentence it is in: sliced
   * from the text when this cache holds it, else read alone through the file's byte marks (a card
   * of an entity in a 50 MB export reads its sentences, not the export), else from the whole text.
   * Null when the file cannot be read or changed since it was indexed (`lastSpanMiss` says which):
   * its size and modification time are checked before it is read.
   */
  span(file: IndexedFile, span: Span, sentence: Span): string | null {
    if (!this.texts.has(file.path)) {
      const read = this.readUncached(file, span, sentence);
      if (read !== null) return this.answer(read);
    }
    const text = this.get(file.path);
    if (text === null) return this.answer({ reason: 'the file cannot be read' });
    return this.answer(span.end > text.length ? { reason: 'the file changed since it was indexed' } : { text: text.slice(span.start, span.end) });
  }

  /** A span read alone through the file's byte marks, a reason when the file changed, or null: the whole text is read. */
  private readUncached(file: IndexedFile, span: Span, sentence: Span): SpanText | null {
    if (file.byteMarks) return readSpan(this.bytes, file, file.byteMarks, span, sentence);
    const changed = changedSinceIndexed(this.bytes, file);
    return changed === null ? null : { reason: changed };
  }

  private answer(read: SpanText): string | null {
    this.lastSpanMiss = 'text' in read ? null : read.reason;
    return 'text' in read ? read.text : null;
  }

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

  /**
   * A file's text for a pass over the whole corpus (the quotation scans of a note): the cached text
   * when there is one, else read and not kept. Kept, every text of a 100,000-file scan went through
   * this cache: it evicted the files the cards had just read, filled the cache to its limit with
   * texts nobody would show, and made old-generation garbage of the rest. A warm server at 100,000
   * articles, idle after 500 hovers and its notes' two scans: 166 MB of live heap and 405-657 MB of
   * RSS; with the scans' texts not kept, 100 MB and 266-288 MB (BENCHMARKS.md, 2026-12-06).
   */
  peek(path: string): string | null {
    return this.texts.get(path) ?? readAnalysisText(path, this.maxFileBytes());
  }

  /** Forgets every text (a new index: any file may have changed since the texts were read). */
  clear(): void {
    this.texts.clear();
    this.size = 0;
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
  return readAnalysisFile(path, maxFileBytes)?.text ?? null;
}

/** A file's analysed text and the bytes it was decoded from (a snapshot writer's: see snapshotParts). */
export interface AnalysedFile {
  text: string;
  bytes: Uint8Array;
}

/** readAnalysisText with the bytes read. */
export function readAnalysisFile(path: string, maxFileBytes: number): AnalysedFile | null {
  try {
    const bytes = readCapped(path, maxFileBytes);
    const decoded = decodeFileBytes(bytes);
    if (decoded.kind !== 'text') return null;
    // Markup blanked, as when the file was indexed, so that snippets never show tags.
    return { text: analysisText(decoded.text, formatOf(path) ?? 'text'), bytes };
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
