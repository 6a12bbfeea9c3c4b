import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType } from '../src/entities/types.js';
import { parseGoldMarkup } from './goldMarkup.js';

/** One hand-annotated mention: offsets into the article file's text (UTF-16). */
export interface GoldMention {
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  key: string;
}

export interface GoldFile {
  name: string;
  /** Path of the article file the annotation describes. */
  articlePath: string;
  text: string;
  mentions: GoldMention[];
}

const CORPUS_ROOT = fileURLToPath(new URL('../', import.meta.url));
const FIXTURES = join(CORPUS_ROOT, 'test/fixtures');
const REPO_ROOT = join(CORPUS_ROOT, '../..');
const SEEDS: Record<string, string> = {
  'seed-000': join(REPO_ROOT, 'seeds/000_a964fcedf6c508e9.txt'),
  'seed-003': join(REPO_ROOT, 'seeds/003_5b77008bbbd4f7c5.txt'),
};

/**
 * An annotated file read into the article's text and its mentions. Markup slips throw, naming the
 * file and each slip: a score computed over misread markup would be silently wrong.
 */
export function parseGold(name: string, annotated: string, articlePath: string): GoldFile {
  const { plain, mentions, problems } = parseGoldMarkup(annotated);
  if (problems.length > 0) throw new Error(`${name}.gold.txt: ${problems.join('; ')} (npx tsx eval/checkGold.ts)`);
  // Editors do not count a byte-order mark: positions start after it, and so do ours.
  const shift = plain.startsWith('\uFEFF') ? 1 : 0;
  return {
    name,
    articlePath,
    text: plain.slice(shift),
    mentions: mentions.map(({ start, end, surface, type, key }) => ({ start: start - shift, end: end - shift, surface, type, key })),
  };
}

export type GoldSetName = 'dev' | 'dev2' | 'heldout';

/**
 * A gold set. "dev": the two seeds and the invented articles that extraction was developed on.
 * "dev2": a second development set, written later, with other topics and traps.
 * "heldout": articles written after extraction was tuned, by someone who never saw the extractor;
 * it measures how well the rules generalise and must never be used to tune them.
 */
export function loadGoldSet(set: GoldSetName = 'dev'): GoldFile[] {
  const { pairs, unpaired } = goldSetFiles(set);
  if (unpaired.length > 0) throw new Error(`gold set ${set}: ${unpaired.join('; ')} (npx tsx eval/checkGold.ts)`);
  return pairs.map(({ name, goldPath, articlePath }) => parseGold(name, readFileSync(goldPath, 'utf8'), articlePath));
}

/** A gold file and the article it annotates (the seeds for seed-000 and seed-003 of "dev"). */
export interface GoldPair {
  name: string;
  goldPath: string;
  articlePath: string;
}

/**
 * The files of a gold set: each gold file with its article (one article per gold file, any
 * extension), and what does not pair up ("no article articles/x.<ext>", "articles/y.txt has no
 * gold file"); the set check reports the latter as errors.
 */
export function goldSetFiles(set: GoldSetName): { pairs: GoldPair[]; unpaired: string[] } {
  const goldDir = set === 'dev' ? join(FIXTURES, 'gold') : join(FIXTURES, `${set}/gold`);
  const articlesDir = set === 'dev' ? join(FIXTURES, 'articles') : join(FIXTURES, `${set}/articles`);
  const articles = readdirSync(articlesDir).filter((f) => !f.startsWith('.')).sort();
  const names = readdirSync(goldDir).filter((f) => f.endsWith(GOLD_SUFFIX)).sort().map((f) => basename(f, GOLD_SUFFIX));
  const pairs: GoldPair[] = [];
  const unpaired: string[] = [];
  for (const name of names) {
    const candidates = articles.filter((a) => withoutExtension(a) === name);
    if (SEEDS[name]) pairs.push({ name, goldPath: join(goldDir, name + GOLD_SUFFIX), articlePath: SEEDS[name] });
    else if (candidates.length === 1) pairs.push({ name, goldPath: join(goldDir, name + GOLD_SUFFIX), articlePath: join(articlesDir, candidates[0]!) });
    else unpaired.push(`${name}${GOLD_SUFFIX}: expected one article ${name}.<ext>, found ${candidates.length}`);
  }
  for (const article of articles) if (!names.includes(withoutExtension(article))) unpaired.push(`articles/${article} has no gold file`);
  return { pairs, unpaired };
}

const GOLD_SUFFIX = '.gold.txt';

function withoutExtension(file: string): string {
  return file.replace(/\.[^.]+$/, '');
}
