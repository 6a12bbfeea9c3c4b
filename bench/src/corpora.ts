import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus, generateNote, type GeneratedCorpus } from './generate.js';

export const CORPORA = fileURLToPath(new URL('../.corpora/', import.meta.url));
/** Bumped when the generator changes, so that cached corpora are made again. */
const GENERATOR_VERSION = 2;

/** A generated workspace (corpus/ and notes/) of about `articles` articles, made once and reused. */
export function ensureWorkspace(
  articles: number,
  onProgress?: (files: number, articles: number) => void,
): GeneratedCorpus & { workspace: string; notes: { small: string; medium: string; large: string } } {
  const workspace = join(CORPORA, `ws-${articles}`);
  const marker = join(workspace, 'generated.json');
  const notes = { small: join(workspace, 'notes/small.md'), medium: join(workspace, 'notes/medium.md'), large: join(workspace, 'notes/large.md') };
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as GeneratedCorpus & { version: number };
    if (saved.version === GENERATOR_VERSION) return { ...saved, ...atRealPath(workspace) };
  }
  rmSync(workspace, { recursive: true, force: true });
  const corpus = generateCorpus(join(workspace, 'corpus'), articles, 42, onProgress);
  const pool = Math.max(200, Math.floor(articles / 3));
  writeNote(notes.small, generateNote(5_000, 1, pool));
  writeNote(notes.medium, generateNote(100_000, 2, pool));
  writeNote(notes.large, generateNote(1_000_000, 3, pool));
  writeFileSync(marker, JSON.stringify({ ...corpus, version: GENERATOR_VERSION }));
  return { ...corpus, workspace, notes };
}

/**
 * A linked corpus (a worktree's bench/.corpora/ws-100000 → the main checkout's) is named by its real
 * path, as the server names the folders it finds: its missing folders (seeds, articles) would
 * otherwise keep the link's path and name another cache than the one indexed from the real path.
 */
function atRealPath(workspace: string): { workspace: string; notes: { small: string; medium: string; large: string } } {
  const real = realpathSync(workspace);
  return { workspace: real, notes: { small: join(real, 'notes/small.md'), medium: join(real, 'notes/medium.md'), large: join(real, 'notes/large.md') } };
}

function writeNote(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
