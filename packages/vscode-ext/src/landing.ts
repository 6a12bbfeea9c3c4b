// Where Dossier lands in an article (F12, a card's link, a mention in the
// Entities view): VS Code puts only the cursor at the start of the name, at the
// top of the screen, and long scraped lines hide it at the right edge. The
// extension selects the name, centres it and wraps the article's long lines.
// This module holds the VS Code-free decisions; sourceLanding.ts does them.
import path from 'node:path';

/** `dossier.corpus.wordWrap`'s default: wrap corpus articles with long lines. */
export const WORD_WRAP_DEFAULT = true;

/** Lines longer than this are not read without wrapping (a scraped page is often one line per article). */
export const LONG_LINE = 300;

/**
 * Whether a file is in a corpus folder: `corpusPaths` (the dossier.corpus.paths
 * setting) relative to each workspace folder, or absolute.
 */
export function isCorpusPath(filePath: string, workspaceFolders: readonly string[], corpusPaths: readonly string[]): boolean {
  for (const folder of workspaceFolders) {
    for (const corpus of corpusPaths) {
      const root = path.resolve(folder, corpus);
      const relative = path.relative(root, filePath);
      if (relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)) return true;
    }
  }
  return false;
}

/** Whether a document needs wrapping to be read: one of its lines is long. */
export function hasLongLines(lineLengths: Iterable<number>, limit = LONG_LINE): boolean {
  for (const length of lineLengths) if (length > limit) return true;
  return false;
}

/** Whether word wrap is off for the document, so that turning it on helps (`editor.wordWrap`). */
export function wrapIsOff(setting: unknown): boolean {
  return setting === undefined || setting === 'off';
}
