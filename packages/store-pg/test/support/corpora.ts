import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../../../bench/src/generate.js';

export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
/** The built CLI, run as a user runs it. */
export const CLI = join(REPO, 'packages/corpus/dist/cli/main.js');

/**
 * The GUM development texts (real English prose of many genres), when this machine has them:
 * DOSSIER_GUM_DEV, else ../shared/realtext/gum-dev beside the checkout. Only this set is read.
 */
export function gumDev(): string | null {
  const candidates = [process.env.DOSSIER_GUM_DEV, join(REPO, '../shared/realtext/gum-dev'), '/work/shared/realtext/gum-dev'];
  for (const c of candidates) if (c && existsSync(join(c, 'texts'))) return c;
  return null;
}

/** A workspace with a generated corpus/ of about `articles` articles (the benchmark's generator). */
export function generatedWorkspace(articles: number, seed = 7): { dir: string; files: number; articles: number } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pg-corpus-'));
  const corpus = generateCorpus(join(dir, 'corpus'), articles, seed);
  return { dir, files: corpus.files, articles: corpus.articles };
}
