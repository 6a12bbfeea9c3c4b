import { readdir, readFile, stat } from 'node:fs/promises';
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
  /** Notes read from disk, kept while their size and modification time stay the same: the notes' graph asks for all of them every few seconds. */
  private readonly read = new Map<string, { size: number; mtimeMs: number; document: TextDocument | null }>();

  constructor(
    private readonly folders: () => readonly string[],
    private readonly corpusRoots: () => readonly string[],
    private readonly openDocuments: () => readonly TextDocument[],
  ) {}

  async all(): Promise<TextDocument[]> {
    const open = this.openDocuments().filter((d) => d.languageId === 'markdown' || formatOf(d.uri) === 'markdown');
    const openUris = new Set(open.map((d) => d.uri));
    const notes = [...open];
    const listed = new Set<string>();
    for (const path of await this.notePaths()) {
      const uri = pathToUri(path);
      if (openUris.has(uri)) continue;
      listed.add(path);
      const document = await this.fromDisk(path, uri);
      if (document) notes.push(document);
    }
    for (const path of this.read.keys()) if (!listed.has(path)) this.read.delete(path);
    return notes;
  }

  /** A note on disk as a document (version 0), read again only when its size or modification time changed; null if it cannot be read or is too large. */
  private async fromDisk(path: string, uri: string): Promise<TextDocument | null> {
    try {
      const { size, mtimeMs } = await stat(path);
      const kept = this.read.get(path);
      if (kept && kept.size === size && kept.mtimeMs === mtimeMs) return kept.document;
      const text = await readFile(path, 'utf8');
      const document = text.length <= MAX_NOTE_BYTES ? TextDocument.create(uri, 'markdown', 0, text) : null;
      this.read.set(path, { size, mtimeMs, document });
      return document;
    } catch {
      // Deleted since listed, or unreadable: it is simply not a note now.
      this.read.delete(path);
      return null;
    }
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
