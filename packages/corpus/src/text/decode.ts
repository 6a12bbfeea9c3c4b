/**
 * Turns a file's bytes into the text an editor shows, so that our positions agree with the editor's:
 * UTF-8 with or without BOM (the BOM is not part of the text), invalid sequences become U+FFFD
 * exactly as VS Code's and the WHATWG decoder do, and binary files are refused.
 */
export type DecodedFile =
  | { kind: 'text'; text: string; warnings: string[] }
  | { kind: 'binary'; reason: string };

const SNIFF_BYTES = 64 * 1024;
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

export function decodeFileBytes(bytes: Uint8Array): DecodedFile {
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
    const encoding = startsWith(bytes, UTF16LE_BOM) ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes);
    return { kind: 'text', text: stripNul(text).text, warnings: [`decoded as ${encoding.toUpperCase()} (byte-order mark)`] };
  }
  const binaryReason = sniffBinary(bytes);
  if (binaryReason) return { kind: 'binary', reason: binaryReason };

  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    let replaced = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    warnings.push(`invalid UTF-8: ${replaced} sequence(s) replaced with U+FFFD`);
  }
  const cleaned = stripNul(text);
  if (cleaned.count > 0) warnings.push(`${cleaned.count} NUL character(s) replaced with spaces`);
  return { kind: 'text', text: cleaned.text, warnings };
}

/** A few stray NULs are repaired; many control bytes in the first 64 KiB mean the file is not text. */
function sniffBinary(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  if (end === 0) return null;
  let control = 0;
  let nul = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (nul > 8 && nul / end > 0.01) return `binary content (${nul} NUL bytes in the first ${end} bytes)`;
  if (control / end > 0.1) return `binary content (${Math.round((100 * control) / end)}% control bytes)`;
  return null;
}

/** NUL keeps its one UTF-16 unit as a space, so positions after it do not move. */
function stripNul(text: string): { text: string; count: number } {
  if (text.indexOf('\u0000') === -1) return { text, count: 0 };
  let count = 0;
  const out = text.replace(/\u0000/g, () => {
    count++;
    return ' ';
  });
  return { text: out, count };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
