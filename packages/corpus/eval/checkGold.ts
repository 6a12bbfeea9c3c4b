// Checks the hand-annotated gold sets (test/fixtures/{gold,dev2,heldout}; rules in
// test/fixtures/gold/GUIDELINES.md): every gold file's text without markup equals its article byte
// for byte (BOM and CRLF included), every markup item is valid, every article has a gold file, and a
// key has one type, within a set and across sets. test/entities/goldSets.test.ts runs the same check.
//
//   npx tsx eval/checkGold.ts [dev|dev2|heldout ...] [--list] [--unmarked]
//   --list      every entity key with its type, mention count and surfaces
//   --unmarked  an annotated surface found again in its file outside markup (a review aid: credits,
//               bylines and furniture are meant to stay unmarked)
// Exit code 1 on any problem.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENTITY_TYPES } from '../src/entities/types.js';
import { lineColumn, parseGoldMarkup, type MarkedMention } from './goldMarkup.js';
import { goldSetFiles, type GoldPair, type GoldSetName } from './goldSet.js';

export interface GoldFileSummary {
  name: string;
  article: string;
  bytes: number;
  lineEnds: 'LF' | 'CRLF';
  mentions: MarkedMention[];
  /** Annotated surfaces found again outside markup, "line:column" in the article. */
  unmarked: string[];
}

export interface GoldSetCheck {
  set: GoldSetName;
  files: GoldFileSummary[];
  /** "dev2/gold/x.gold.txt: stray \"]]\" at 4:17"; empty when the set is valid. */
  problems: string[];
}

export const GOLD_SETS: readonly GoldSetName[] = ['dev', 'dev2', 'heldout'];

/** Every gold set checked, with one key one type across all of them. */
export function checkGoldSets(sets: readonly GoldSetName[] = GOLD_SETS): GoldSetCheck[] {
  const checks = sets.map(checkGoldSet);
  const keyTypes = new Map<string, string>();
  for (const check of checks) {
    for (const file of check.files) {
      for (const m of file.mentions) {
        const first = keyTypes.get(m.key);
        if (first === undefined) keyTypes.set(m.key, `${m.type}@${check.set}/${file.name}:${m.where}`);
        else if (!first.startsWith(`${m.type}@`)) check.problems.push(`${check.set}/${file.name}: key "${m.key}" is ${m.type} at ${m.where} but ${first.replace('@', ' at ')}`);
      }
    }
  }
  return checks;
}

function checkGoldSet(set: GoldSetName): GoldSetCheck {
  const { pairs, unpaired } = goldSetFiles(set);
  const problems = unpaired.map((u) => `${set}: ${u}`);
  const files = pairs.map((pair) => checkGoldFile(pair, (problem) => problems.push(`${set}/${pair.name}: ${problem}`)));
  return { set, files, problems };
}

function checkGoldFile(pair: GoldPair, report: (problem: string) => void): GoldFileSummary {
  const goldBytes = readFileSync(pair.goldPath);
  const articleBytes = readFileSync(pair.articlePath);
  const article = articleBytes.toString('utf8');
  if (!Buffer.from(goldBytes.toString('utf8'), 'utf8').equals(goldBytes)) report('the gold file is not valid UTF-8');
  if (!Buffer.from(article, 'utf8').equals(articleBytes)) report('the article is not valid UTF-8');
  if (/\[\[|\]\]|\|/.test(article)) report('the article contains "[[", "]]" or "|", which the markup cannot tell apart');
  const { plain, mentions, problems } = parseGoldMarkup(goldBytes.toString('utf8'));
  problems.forEach(report);
  const mismatch = firstDifference(Buffer.from(plain, 'utf8'), articleBytes);
  if (mismatch !== null) report(`the text without markup differs from ${basename(pair.articlePath)}: ${mismatch}`);
  return { name: pair.name, article: basename(pair.articlePath), bytes: articleBytes.length, lineEnds: article.includes('\r\n') ? 'CRLF' : 'LF', mentions, unmarked: unmarkedRepeats(plain, mentions) };
}

function firstDifference(plain: Buffer, article: Buffer): string | null {
  if (plain.equals(article)) return null;
  let i = 0;
  while (i < plain.length && i < article.length && plain[i] === article[i]) i++;
  const show = (bytes: Buffer) => JSON.stringify(bytes.subarray(Math.max(0, i - 30), i + 30).toString('utf8'));
  return `first differing byte ${i} (gold ${plain.length} bytes, article ${article.length}): gold ${show(plain)}, article ${show(article)}`;
}

function unmarkedRepeats(plain: string, mentions: readonly MarkedMention[]): string[] {
  const covered = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  const found: string[] = [];
  for (const surface of new Set(mentions.map((m) => m.surface))) {
    if ([...surface].length < 2) continue;
    const word = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    for (const hit of plain.matchAll(word)) if (!covered(hit.index, hit.index + surface.length)) found.push(`"${surface}" at ${lineColumn(plain, hit.index)}`);
  }
  return found;
}

function printSet(check: GoldSetCheck, options: { list: boolean; unmarked: boolean }): void {
  console.log(`\n${check.set}: ${check.files.length} files`);
  for (const f of check.files) {
    console.log(`  ${f.article.padEnd(44)} ${String(f.bytes).padStart(6)} bytes  ${f.lineEnds.padEnd(4)} ${String(f.mentions.length).padStart(4)} mentions ${String(new Set(f.mentions.map((m) => m.key)).size).padStart(4)} keys`);
    if (options.unmarked) for (const u of f.unmarked) console.log(`    unmarked: ${u}`);
  }
  const all = check.files.flatMap((f) => f.mentions);
  for (const type of ENTITY_TYPES) {
    const ofType = all.filter((m) => m.type === type);
    console.log(`  ${type.padEnd(12)} ${String(ofType.length).padStart(5)} mentions ${String(new Set(ofType.map((m) => m.key)).size).padStart(4)} entities`);
  }
  console.log(`  ${'total'.padEnd(12)} ${String(all.length).padStart(5)} mentions ${String(new Set(all.map((m) => m.key)).size).padStart(4)} entities`);
  if (options.list) printKeys(all);
}

function printKeys(mentions: readonly MarkedMention[]): void {
  const byKey = new Map<string, { type: string; count: number; surfaces: Set<string> }>();
  for (const m of mentions) {
    const entry = byKey.get(m.key) ?? { type: m.type, count: 0, surfaces: new Set<string>() };
    entry.count++;
    entry.surfaces.add(m.surface);
    byKey.set(m.key, entry);
  }
  const rows = [...byKey].sort(([a, x], [b, y]) => x.type.localeCompare(y.type) || a.localeCompare(b));
  for (const [key, e] of rows) console.log(`    ${e.type.padEnd(12)} ${String(e.count).padStart(3)}  ${key}  <- ${[...e.surfaces].join(' / ')}`);
}

function main(args: readonly string[]): void {
  const named = args.filter((a): a is GoldSetName => (GOLD_SETS as readonly string[]).includes(a));
  const unknown = args.filter((a) => !a.startsWith('--') && !named.includes(a as GoldSetName));
  if (unknown.length > 0) {
    console.error(`unknown gold set ${unknown.join(', ')}; the sets are ${GOLD_SETS.join(', ')}`);
    process.exit(2);
  }
  const checks = checkGoldSets(named.length > 0 ? named : GOLD_SETS);
  for (const check of checks) printSet(check, { list: args.includes('--list'), unmarked: args.includes('--unmarked') });
  const problems = checks.flatMap((c) => c.problems);
  if (problems.length > 0) {
    console.error(`\n${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nOK: every gold file matches its article byte for byte, all markup is valid, and each key has one type.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
