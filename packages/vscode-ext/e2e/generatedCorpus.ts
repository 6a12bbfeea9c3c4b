// The 10k corpus of the real-editor indexing test: the bench's generated corpus (bench/src/corpora.ts,
// seed 42, 10,002 articles in 3,628 files, 17.6 MB), made once from the seeds into the git-ignored
// bench/.corpora/ws-10000 (about 2 s) and copied into each run's workspace with a short note.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './paths.js';

export const ARTICLES = 10_000;

/** The part of bench/src/corpora.ts used here (imported by path: the bench is not in this tsconfig). */
interface BenchCorpora {
  ensureWorkspace(articles: number): { files: number; articles: number; bytes: number; dir: string };
}

export interface GeneratedCorpus {
  /** The cached corpus folder (bench/.corpora/ws-10000/corpus). */
  dir: string;
  files: number;
  articles: number;
  bytes: number;
}

/** Generates the corpus unless the cache holds it (the generator's version is checked there). */
export async function ensureGeneratedCorpus(): Promise<GeneratedCorpus> {
  const corpora = (await import(pathToFileURL(path.join(REPO_ROOT, 'bench/src/corpora.ts')).href)) as BenchCorpora;
  const { dir, files, articles, bytes } = corpora.ensureWorkspace(ARTICLES);
  return { dir, files, articles, bytes };
}

/** The note the test opens: generated people of the corpus (seed 42) and a place. */
export const NOTE = 'notes/indexing.md';
export const PERSON = 'Judre Varov';
export const NOTE_TEXT = [
  '# Working notes',
  '',
  `${PERSON} met officials in Hong Kong; Varov told RIA Novosti that the talks would continue.`,
  '',
  'Cadre Oberov was seen in Moscow the same week.',
  '',
].join('\n');

/** A workspace folder with `corpus/` (a copy of the generated corpus) and `notes/`. */
export function writeGeneratedWorkspace(dir: string, corpus: GeneratedCorpus): string {
  mkdirSync(path.join(dir, 'notes'), { recursive: true });
  cpSync(corpus.dir, path.join(dir, 'corpus'), { recursive: true });
  writeFileSync(path.join(dir, NOTE), NOTE_TEXT);
  return dir;
}
