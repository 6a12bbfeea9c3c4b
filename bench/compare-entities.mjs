#!/usr/bin/env node
// Does a change alter what extraction finds? Runs `dossier entities --json` of two builds on the
// same corpora (the seeds, the three gold sets, and the real annotated set) and prints every
// difference, including entities split or joined under the same names. A speed or structure
// commit must print "no difference".
//
//   node bench/compare-entities.mjs                 # the working tree's build against HEAD
//   node bench/compare-entities.mjs --base <ref>    # ... against another commit
//   node bench/compare-entities.mjs --base <ref> --head <ref>
//   node bench/compare-entities.mjs --base <ref> --corpus bench/.corpora/ws-10000/corpus   # and another folder
//
// A commit other than the working tree is checked out into a temporary worktree that borrows this
// checkout's node_modules, and only the corpus package is compiled there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};

const CORPORA = [
  ['seeds', path.join(root, 'seeds')],
  ['gold', path.join(root, 'packages/corpus/test/fixtures/articles')],
  ['dev2', path.join(root, 'packages/corpus/test/fixtures/dev2/articles')],
  ['heldout', path.join(root, 'packages/corpus/test/fixtures/heldout/articles')],
  ['gum-dev', path.join(root, '../shared/realtext/gum-dev/texts')],
  ['gum-dev (fixture)', path.join(root, 'packages/corpus/test/fixtures/gum-dev/texts')],
  // More folders to compare on (--corpus <dir>, repeatable): a generated corpus checks what the
  // small sets cannot, such as the order in which a large merge meets its forms.
  ...argv.flatMap((arg, i) => (arg === '--corpus' && argv[i + 1] ? [[argv[i + 1], path.resolve(argv[i + 1])]] : [])),
].filter(([, dir]) => fs.existsSync(dir));

/** A build of the corpus package: the working tree's, or a commit's in a temporary worktree. */
function buildAt(ref) {
  if (ref === 'worktree') {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: path.join(root, 'packages/corpus'), stdio: 'inherit' });
    return { cli: path.join(root, 'packages/corpus/dist/cli/main.js'), dispose: () => {} };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-compare-'));
  execFileSync('git', ['worktree', 'add', '--detach', '--quiet', dir, ref], { cwd: root, stdio: 'inherit' });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const own = path.join(root, 'packages/corpus/node_modules');
  if (fs.existsSync(own)) fs.symlinkSync(own, path.join(dir, 'packages/corpus/node_modules'));
  execFileSync(path.join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: path.join(dir, 'packages/corpus'), stdio: 'inherit' });
  return {
    cli: path.join(dir, 'packages/corpus/dist/cli/main.js'),
    dispose: () => execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root }),
  };
}

/** Every mention as one line (entity name and type, file, range, surface; sorted, so order does not matter) and the entity it is in. */
function mentionLines(cli, dir) {
  const out = execFileSync(process.execPath, [cli, 'entities', dir, '--json'], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const lines = [];
  const entityOf = new Map(); // "file:range" → the entity's label and index, to see splits and joins that keep the names
  JSON.parse(out).forEach((e, index) => {
    for (const m of e.mentions ?? []) {
      const r = m.range;
      const at = `${path.basename(String(m.file))}:${r.start.line + 1}:${r.start.character}-${r.end.line + 1}:${r.end.character}`;
      lines.push(`${at} ${JSON.stringify(m.text ?? '')} → ${e.name} [${e.type}]`);
      entityOf.set(at, { index, label: `${e.name} [${e.type}]` });
    }
  });
  return { lines: lines.sort(), entityOf };
}

/**
 * Mentions found by both builds that one build keeps in one entity and the other in several: "Boston
 * [place]" split into two entities of the same name changes no mention line, only the grouping.
 */
function regroupings(from, to) {
  const groups = new Map(); // entity of `from` → entities of `to` its mentions went to, with counts
  for (const [at, e] of from) {
    const other = to.get(at);
    if (!other) continue;
    const into = groups.get(e.index) ?? groups.set(e.index, { label: e.label, into: new Map() }).get(e.index);
    const seen = into.into.get(other.index) ?? { label: other.label, count: 0 };
    seen.count++;
    into.into.set(other.index, seen);
  }
  return [...groups.values()].filter((g) => g.into.size > 1).map((g) => `${g.label} → ${[...g.into.values()].map((t) => `${t.label} ×${t.count}`).join(' + ')}`);
}

const base = buildAt(option('base', 'HEAD'));
const head = buildAt(option('head', 'worktree'));
let differences = 0;
try {
  for (const [name, dir] of CORPORA) {
    const { lines: before, entityOf: entityBefore } = mentionLines(base.cli, dir);
    const { lines: after, entityOf: entityAfter } = mentionLines(head.cli, dir);
    const b = new Set(before);
    const a = new Set(after);
    const gone = before.filter((l) => !a.has(l));
    const added = after.filter((l) => !b.has(l));
    const splits = regroupings(entityBefore, entityAfter);
    const joins = regroupings(entityAfter, entityBefore);
    differences += gone.length + added.length + splits.length + joins.length;
    console.log(`${name}: ${before.length} → ${after.length} mentions, ${gone.length} gone, ${added.length} new, ${splits.length} entities split, ${joins.length} joined`);
    const show = +(process.env.SHOW ?? 20);
    for (const l of gone.slice(0, show)) console.log(`  - ${l}`);
    for (const l of added.slice(0, show)) console.log(`  + ${l}`);
    for (const l of splits.slice(0, show)) console.log(`  split: ${l}`);
    for (const l of joins.slice(0, show)) console.log(`  joined: ${l.replace(' → ', ' ← ')}`);
  }
} finally {
  base.dispose();
  head.dispose();
}
console.log(differences === 0 ? 'no difference' : `${differences} differences`);
process.exitCode = differences === 0 ? 0 : 1;
