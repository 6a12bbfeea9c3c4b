import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEntityType, type EntityType } from '../src/entities/types.js';

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

const MARKUP = /\[\[([^|\]]+)\|([^|\]]+)\|([^|\]]+)\]\]/g;

/** Reads `[[surface|type|key]]` markup; the text without markup is the article file's text. */
export function parseGold(name: string, annotated: string, articlePath: string): GoldFile {
  const mentions: GoldMention[] = [];
  let text = '';
  let last = 0;
  for (const m of annotated.matchAll(MARKUP)) {
    text += annotated.slice(last, m.index);
    const [, surface, type, key] = m;
    if (!isEntityType(type)) throw new Error(`${name}: unknown type "${type}" for "${surface}"`);
    mentions.push({ start: text.length, end: text.length + surface!.length, surface: surface!, type, key: key! });
    text += surface;
    last = m.index + m[0].length;
  }
  text += annotated.slice(last);
  // Editors do not count a byte-order mark: positions start after it, and so do ours.
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    for (const m of mentions) {
      m.start--;
      m.end--;
    }
  }
  return { name, articlePath, text, mentions };
}

export type GoldSetName = 'dev' | 'dev2' | 'heldout';

/**
 * A gold set. "dev": the two seeds and the invented articles that extraction was developed on.
 * "dev2": a second development set, written later, with other topics and traps.
 * "heldout": articles written after extraction was tuned, by someone who never saw the extractor;
 * it measures how well the rules generalise and must never be used to tune them.
 */
export function loadGoldSet(set: GoldSetName = 'dev'): GoldFile[] {
  const GOLD_DIR = set === 'dev' ? join(FIXTURES, 'gold') : join(FIXTURES, `${set}/gold`);
  const ARTICLES_DIR = set === 'dev' ? join(FIXTURES, 'articles') : join(FIXTURES, `${set}/articles`);
  const articles = readdirSync(ARTICLES_DIR);
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.gold.txt'))
    .sort()
    .map((f) => {
      const name = basename(f, '.gold.txt');
      const articleFile = SEEDS[name] ?? join(ARTICLES_DIR, articles.find((a) => a.replace(/\.[^.]+$/, '') === name) ?? `${name}.txt`);
      return parseGold(name, readFileSync(join(GOLD_DIR, f), 'utf8'), articleFile);
    });
}
