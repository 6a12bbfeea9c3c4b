import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../../../bench/src/generate.js';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
/** The built CLI, run as a user runs it. */
export const CLI = join(REPO, 'packages/corpus/dist/cli/main.js');

/** The GUM development texts (66 documents of real English prose in many genres), kept as test data. */
export const GUM_DEV = join(REPO, 'packages/corpus/test/fixtures/gum-dev');

/** A workspace with a generated corpus/ of about `articles` articles (the benchmark's generator). */
export function generatedWorkspace(articles: number, seed = 7): { dir: string; files: number; articles: number } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-corpus-'));
  const corpus = generateCorpus(join(dir, 'corpus'), articles, seed);
  return { dir, files: corpus.files, articles: corpus.articles };
}
