import { existsSync, watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Watches a folder and every folder under it, with one plain (non-recursive) watch per folder,
 * for a server whose client does not watch files. Node's `fs.watch(root, { recursive: true })` on
 * Linux walks the whole tree synchronously, stats every file and adds a watch per file: about a
 * second for 36,000 files on this thread, during which no request is answered (it held back the
 * first card of a warm start, BENCHMARKS.md), and more watches than Linux allows at 360,000 files.
 * Here the folders are listed one at a time, asynchronously, and files get no watch of their own:
 * a folder's watch reports its files' changes by name. Between two folders the walk waits for
 * `pause` (the server's lull in requests): started after a warm start, it walked the 193 folders
 * of the 100k corpus in the middle of the bench's 500 first cards.
 */
export class FolderTreeWatcher {
  private readonly watchers = new Map<string, FSWatcher>();
  private closed = false;

  constructor(
    private readonly root: string,
    /** A path that changed: created, edited, renamed or deleted (the root itself when it is gone). */
    private readonly onChange: (path: string) => void,
    private readonly onError: (folder: string, error: Error) => void,
    /** Resolves when the next folder may be listed (RequestLull.turn in the server). */
    private readonly pause: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** Resolves once every folder present is watched; changes are reported from the first one on. */
  async start(): Promise<void> {
    await this.watchTree(this.root);
  }

  /** How many folders are watched (for tests). */
  get folderCount(): number {
    return this.watchers.size;
  }

  close(): void {
    this.closed = true;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }

  /**
   * Watches a folder and the folders under it. `appeared`: the folder came after the start (made,
   * or moved in with its files), so the files found in it are reported too.
   */
  private async watchTree(folder: string, appeared = false): Promise<void> {
    await this.pause();
    if (this.closed || this.watchers.has(folder) || !this.watchFolder(folder)) return;
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return; // gone meanwhile: its parent's watch reports it
    }
    // A path is made only for a folder or a file reported: joined for each of the 36,000 files at
    // the start, the paths were 46 MB of garbage (path.join normalizes), three young collections.
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.isSymbolicLink()) await this.watchTree(join(folder, entry.name), appeared);
      else if (appeared && !this.closed) this.onChange(join(folder, entry.name));
    }
  }

  /** False when the folder cannot be watched (gone, or no watches left), which is reported. */
  private watchFolder(folder: string): boolean {
    try {
      const watcher = watch(folder, (_event, name) => this.changed(folder, name));
      watcher.on('error', (error) => this.forget(folder, error));
      this.watchers.set(folder, watcher);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.onError(folder, error as Error);
      return false;
    }
  }

  private changed(folder: string, name: string | Buffer | null): void {
    if (this.closed) return;
    // A folder that is gone reports itself ("rename"): what was under it is deleted.
    const path = name && existsSync(folder) ? join(folder, name.toString()) : folder;
    if (path === folder) this.unwatchUnder(folder);
    else if (!this.watchers.has(path)) void this.watchIfFolder(path);
    this.onChange(path);
  }

  /** A path that appeared may be a new folder: it is watched, and the files already in it are reported. */
  private async watchIfFolder(path: string): Promise<void> {
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (isFolder) await this.watchTree(path, true);
  }

  private forget(folder: string, error: Error): void {
    this.watchers.get(folder)?.close();
    this.watchers.delete(folder);
    if (existsSync(folder)) this.onError(folder, error);
  }

  private unwatchUnder(folder: string): void {
    for (const [path, watcher] of this.watchers) {
      if (path === folder || path.startsWith(folder + '/') || path.startsWith(folder + '\\')) {
        watcher.close();
        this.watchers.delete(path);
      }
    }
  }
}
