import { isUtf8 } from 'node:buffer';

/**
 * Where a file's decoded text and its bytes line up, so that a card can read the bytes of one
 * sentence instead of the whole file: pairs [unit, byte, unit, byte, ...], unit an offset into the
 * decoded text (UTF-16 code units, as every offset of the index) and byte where that character
 * starts in the file. A pair at the text's start (after a BOM), one about every MARK_SPACING
 * units (at a character's start, never inside a surrogate pair), and one at the end of what
 * indexing read.
 */
export type ByteMarks = Uint32Array;

/** Units between marks: a read of one sentence reads at most about 3 × this many bytes more than it needs. */
export const MARK_SPACING = 4096;

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The marks of a file's bytes as indexing read them (cut at maxFileBytes), or null when the
 * bytes are not valid UTF-8 (UTF-16, or invalid sequences replaced while decoding): such a file
 * is read whole.
 */
export function byteMarksOf(bytes: Uint8Array): ByteMarks | null {
  if (!isUtf8(bytes)) return null;
  const marks: number[] = [];
  let at = UTF8_BOM.every((b, i) => bytes[i] === b) ? UTF8_BOM.length : 0;
  let unit = 0;
  let next = 0;
  for (; at < bytes.length; at++) {
    const b = bytes[at]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: no character starts here
    if (unit >= next) {
      marks.push(unit, at);
      next = unit + MARK_SPACING;
    }
    unit += b >= 0xf0 ? 2 : 1; // four bytes are a surrogate pair in UTF-16
  }
  marks.push(unit, bytes.length);
  return Uint32Array.from(marks);
}
