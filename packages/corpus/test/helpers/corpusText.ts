import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromBytes, type CorpusFileText } from '../../src/files/readCorpusFile.js';
import type { FileFormat } from '../../src/text/markup.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const SEED_000 = 'seeds/000_a964fcedf6c508e9.txt';
export const SEED_003 = 'seeds/003_5b77008bbbd4f7c5.txt';

/** A corpus file made from a string, as if read from disk. */
export function corpusText(text: string, path = 'test.txt', format: FileFormat = 'text'): CorpusFileText {
  const outcome = fromBytes(path, format, new TextEncoder().encode(text));
  if (outcome.kind !== 'read') throw new Error(`unexpected skip: ${outcome.reason}`);
  return outcome.file;
}

export function seedText(path: string): string {
  return readFileSync(REPO_ROOT + path, 'utf8');
}

export function seedFile(path: string): CorpusFileText {
  return corpusText(seedText(path), path);
}

/** The text of a range in a text (LSP positions). */
export function textAt(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  // Written independently of LineIndex so that tests check it rather than reuse it.
  const starts: number[] = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return text.slice(starts[range.start.line]! + range.start.character, starts[range.end.line]! + range.end.character);
}
