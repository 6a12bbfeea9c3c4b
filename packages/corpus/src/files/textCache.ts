import { readFileSync } from 'node:fs';
import { decodeFileBytes } from '../text/decode.js';
import { analysisText, formatOf } from '../text/markup.js';

/**
 * Decoded texts of recently used corpus files, for snippets and quotes: the index keeps offsets,
 * not text, so a hover reads the few sentences it shows. Bounded by total characters, least
 * recently used first out.
 */
export class FileTextCache {
  private readonly texts = new Map<string, string>();
  private size = 0;

  constructor(private readonly maxChars = 32 * 1024 * 1024) {}

  get(path: string): string | null {
    const cached = this.texts.get(path);
    if (cached !== undefined) {
      this.texts.delete(path);
      this.texts.set(path, cached);
      return cached;
    }
    let text: string;
    try {
      const decoded = decodeFileBytes(readFileSync(path));
      if (decoded.kind !== 'text') return null;
      // Markup blanked, as when the file was indexed, so that snippets never show tags.
      text = analysisText(decoded.text, formatOf(path) ?? 'text');
    } catch {
      return null; // deleted or unreadable since indexing: no snippet rather than an error
    }
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
