import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatOf } from '@dossier/corpus/query';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { NotesAccess } from '../notesAccess.js';
import { isInside, pathToUri } from './paths.js';

const SKIPPED = new Set(['node_modules', '.git', '.dossier', 'dist', 'out', '.turbo']);
const MAX_NOTES = 5000;
const MAX_NOTE_BYTES = 4 * 1024 * 1024;

/**
 * Notes are the Markdown files of the workspace outside the corpus: the open ones as the editor
 * has them, the others read from disk when a request needs them (references).
 */
export class WorkspaceNotes implements NotesAccess {
  constructor(
    private readonly folders: () => readonly string[],
    private readonly corpusRoots: () => readonly string[],
    private readonly openDocuments: () => readonly TextDocument[],
  ) {}

  async all(): Promise<TextDocument[]> {
    const open = this.openDocuments().filter((d) => d.languageId === 'markdown' || formatOf(d.uri) === 'markdown');
    const openUris = new Set(open.map((d) => d.uri));
    const notes = [...open];
    for (const path of await this.notePaths()) {
      const uri = pathToUri(path);
      if (openUris.has(uri)) continue;
      try {
        const text = await readFile(path, 'utf8');
        if (text.length <= MAX_NOTE_BYTES) notes.push(TextDocument.create(uri, 'markdown', 0, text));
      } catch {
        // Deleted since listed, or unreadable: it is simply not a note now.
      }
    }
    return notes;
  }

  private async notePaths(): Promise<string[]> {
    const roots = this.corpusRoots();
    const found: string[] = [];
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > 20 || found.length >= MAX_NOTES) return;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
        const path = join(dir, entry.name);
        if (roots.some((r) => isInside(r, path))) continue;
        if (entry.isDirectory()) await walk(path, depth + 1);
        else if (entry.isFile() && formatOf(entry.name) === 'markdown') found.push(path);
      }
    };
    for (const folder of this.folders()) await walk(folder, 0);
    return found;
  }
}
