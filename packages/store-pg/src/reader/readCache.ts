import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * A reader's local copy of the shared index: the last snapshot fetched (the library's snapshot
 * bytes, whose meta holds the version and the content hash of each file), and the text of every
 * file it names, one folder per content hash holding the file under its own name (so that an
 * editor opening it shows "report.txt"). Writes go to a temporary name first: a reader killed
 * mid-write keeps its previous cache.
 */
export class ReadCache {
  constructor(readonly dir: string) {}

  async loadSnapshot(): Promise<Buffer | null> {
    return readFile(this.snapshotPath()).catch(() => null);
  }

  async saveSnapshot(snapshot: Buffer): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeAtomically(this.snapshotPath(), snapshot);
  }

  /**
   * Where the text of a file (display path) with this content hash is kept. Both come from the
   * database: a hash that is not one, or a name that is no file name, never becomes a path.
   */
  textPath(hash: string, displayPath: string): string {
    if (!/^[0-9a-f]{40}$/.test(hash)) throw new Error(`the shared index is damaged: "${hash.slice(0, 50)}" is not a content hash`);
    const name = basename(displayPath.replace(/\\/g, '/')).replace(/[\u0000-\u001f]/g, '_');
    return join(this.dir, 'texts', hash, name === '' || name === '.' || name === '..' ? 'article.txt' : name);
  }

  hasText(hash: string, displayPath: string): boolean {
    return existsSync(this.textPath(hash, displayPath));
  }

  async saveText(hash: string, displayPath: string, body: Buffer): Promise<void> {
    const path = this.textPath(hash, displayPath);
    await mkdir(join(path, '..'), { recursive: true });
    await writeAtomically(path, body);
  }

  /** Removes the texts of hashes no longer in the index. */
  async prune(keep: ReadonlySet<string>): Promise<void> {
    const entries = await readdir(join(this.dir, 'texts')).catch(() => [] as string[]);
    for (const hash of entries) if (!keep.has(hash)) await rm(join(this.dir, 'texts', hash), { recursive: true, force: true });
  }

  private snapshotPath(): string {
    return join(this.dir, 'snapshot.v8');
  }
}

async function writeAtomically(path: string, data: Buffer): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}
