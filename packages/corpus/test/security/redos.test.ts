import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { ConfigError, parseDossierConfig } from '../../src/config/dossierConfig.js';
import { discoverArticleFiles } from '../../src/files/discover.js';
import { fromBytes } from '../../src/files/readCorpusFile.js';
import { buildCorpusIndex } from '../../src/corpusIndex/buildIndex.js';
import { noCorrections, type Corrections } from '../../src/corpusIndex/corrections.js';
import { findNoteNames } from '../../src/notes/noteAnalysis.js';
import { compileRules, nestedRepetition, RuleError, withUserRules } from '../../src/segment/rules.js';
import { segmentText } from '../../src/segment/segmenter.js';
import { growthRatio, growthRatioAsync, LINEAR_BOUND } from '../helpers/growth.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const EVIL_NAMES = ['(a+)+$', '[[[', '(.*)*', '((((((((((', '\\1\\2', '$&$`', '^$.*+?|{}', '(?<x>a)\\k<x>', 'a'.repeat(40) + '!'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('review: no regular expression is built from corpus or note text', () => {
  const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));

  it('builds RegExp objects only from constants, and from furniture rules (checked for nested repetition)', () => {
    const allowed: Record<string, string> = {
      'segment/timeParse.ts': 'built from the constant MONTHS',
      'corpusIndex/buildIndex.ts': 'built from the constant LEGAL_SUFFIXES',
      'notes/notePhrases.ts': 'built from the constant NAME_CONNECTORS (plain lower-case words)',
      'segment/rules.ts': 'furniture rules are patterns by design; user rules pass nestedRepetition first',
    };
    const found = files.flatMap((f) => [...f.text.matchAll(/\bRegExp\s*\(/g)].map((m) => `${f.path}:${f.text.slice(0, m.index).split('\n').length}`));
    expect(found.filter((where) => !allowed[where.split(':')[0]!])).toEqual([]);
  });

  it('passes only regular-expression literals or constants to match, matchAll and search (a string would be compiled)', () => {
    const offenders: string[] = [];
    for (const f of files) {
      for (const m of f.text.matchAll(/([\w.?\]]+)\.(match|matchAll|search)\(\s*([^,)\s]*)/g)) {
        const [, receiver, , arg] = m as unknown as [string, string, string, string];
        if (/(^|\.)(matcher|index|this)$/.test(receiver)) continue; // our own NameMatcher and CorpusIndex methods
        if (arg.startsWith('/')) continue;
        if (new RegExp(`const ${arg} = (/|new RegExp\\()`).test(f.text)) continue;
        offenders.push(`${f.path}:${f.text.slice(0, m.index).split('\n').length}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('never evaluates or runs anything', () => {
    const offenders = files.filter((f) => /\beval\s*\(|new Function\s*\(|child_process|\bexecSync\b|\bspawn\s*\(|node:vm/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});

describe('names full of regular-expression syntax', () => {
  it('are indexed and matched in notes as plain text, in time linear in the text, even against the inputs that make such patterns explode', () => {
    const corrections: Corrections = {
      ...noCorrections(),
      entities: EVIL_NAMES.map((name, i) => ({ name: `${name} ${i}`, aliases: [name, `${name}${name}`], description: name })),
      merge: [['(a+)+$', '[[['], ['(.*)*', '$&$`']],
      exclude: ['((((((((((', '^$.*+?|{}'],
    };
    // Runs of 5,000 "a", 3,000 "(" and "[" in the article and 20,000 in the note, then eight times as many.
    const texts = (scale: number) => {
      const run = (n: number) => n * scale;
      const article =
        `Regex Names\nOfficials said ${EVIL_NAMES.join(' met ')} in Gdansk. ` +
        `${'a'.repeat(run(5000))}! The (a+)+$ group and Kim Jong Un met. ${'('.repeat(run(3000))} [[[ ${'['.repeat(run(3000))}\n`;
      const note = `# (a+)+$\n${EVIL_NAMES.join(' and ')} ${'a'.repeat(run(20_000))}! [[[ Kim Jong Un ${'('.repeat(run(20_000))}\n`;
      return { article: new TextEncoder().encode(article), note };
    };
    const ratio = growthRatio(texts, ({ article, note }) => {
      const outcome = fromBytes('/c/evil.txt', 'text', article);
      if (outcome.kind !== 'read') throw new Error(outcome.reason);
      const index = buildCorpusIndex([{ analysis: analyzeFile(outcome.file, { capturedAt: null }), displayPath: 'evil.txt' }], corrections);
      expect(findNoteNames(index, note).filter((n) => n.text === 'Kim Jong Un').length).toBeGreaterThan(0);
      for (const name of EVIL_NAMES) {
        index.lookup(name);
        index.search(name);
        index.spellingVariant(name);
      }
    });
    expect(ratio).toBeLessThan(LINEAR_BOUND());
  });

  it('are safe in exclude globs (picomatch compiles globs to regular expressions)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-globs-'));
    // File names of 25 and 200 "a" (folders of 8 and 60): exponential backtracking would not end on
    // the long ones; linear matching takes about as long on both.
    const corpusOf = (scale: number) => join(dir, `scale-${scale}`);
    const longName = (scale: number) => `${'a'.repeat(Math.round((60 * scale) / 8))}/${'a'.repeat(25 * scale)}.txt`;
    try {
      for (const scale of [1, 8]) {
        mkdirSync(join(corpusOf(scale), longName(scale), '..'), { recursive: true });
        writeFileSync(join(corpusOf(scale), longName(scale)), 'Kim Jong Un.');
        writeFileSync(join(corpusOf(scale), 'draft-1.txt'), 'Kim Jong Un.');
      }
      const exclude = ['(a+)+$', '(a*)*b', '[[[', '**/*(a|a)*b', '**/+(a|aa)+(b)', '((((**', '*a*a*a*a*a*a*a*a*b', '{1..99999}', 'draft-*.txt'];
      let warnings: string[] = [];
      let found: string[] = [];
      const discover = async (scale: number) => {
        warnings = [];
        found = await discoverArticleFiles([corpusOf(scale)], { exclude, onWarning: (path, message) => warnings.push(`${path}: ${message}`) });
        found = found.map((p) => p.slice(corpusOf(scale).length + 1));
      };
      expect(await growthRatioAsync((scale) => scale, discover)).toBeLessThan(LINEAR_BOUND());
      // The ordinary glob still excludes; the many-star one is refused with a warning, once.
      await discover(8);
      expect(found).toEqual([longName(8)]);
      expect(warnings).toEqual(['*a*a*a*a*a*a*a*a*b: exclude pattern ignored: more than 3 "*" in one path segment can make matching take exponential time']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('user furniture rules', () => {
  it('refuse patterns with nested repetition, naming the rule and the group', () => {
    for (const pattern of ['^(a+)+$', '(\\w+\\s?)*$', '^(?:x*){2,}', '(.*a){8}', '((ab)*c)+']) {
      expect(() => compileRules([{ id: 'slow', pattern, reason: 'r' }]), pattern).toThrow(RuleError);
      expect(() => withUserRules([{ id: 'slow', pattern, reason: 'r' }]), pattern).toThrow(/rule "slow": pattern repeats a group that itself repeats/);
    }
    expect(nestedRepetition('^(a+)+$')).toBe('(a+)+');
  });

  it('accept ordinary patterns (and ids and reasons full of regex syntax, which are never compiled)', () => {
    for (const pattern of ['^Powered by NewsBlender$', '^(?:Sponsored by .{1,60})$', '^\\p{Lu}+:$', '^(?:Share|Print)(?: this)?$', '[(a+)+]', '\\(a+\\)+']) {
      expect(() => compileRules([{ id: '(a+)+$', pattern, reason: '[[[ (.*)*' }]), pattern).not.toThrow();
    }
  });

  it('are reported in dossier.yaml with their line, not run', () => {
    const yaml = 'furniture:\n  - id: ok\n    pattern: "^Werbung$"\n    reason: ads\n  - id: slow\n    pattern: "^(a+)+$"\n    reason: catastrophic\n';
    expect(() => parseDossierConfig(yaml, 'dossier.yaml')).toThrow(ConfigError);
    try {
      parseDossierConfig(yaml, 'dossier.yaml');
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([{ file: 'dossier.yaml', line: 5, message: expect.stringMatching(/rule 2 .*|rule "slow": pattern repeats a group that itself repeats/) }]);
    }
  });

  it('never see a scraped 2 MB line: a slow but accepted line rule only ever reads short texts', () => {
    // ^.*a.*a.*a.*b$ has no nested group, but backtracks polynomially on a long line of "a": what
    // keeps it fast is that rules never see more than a bounded window of a line. Counted, not timed.
    const rules = withUserRules([{ id: 'poly', pattern: '^.*a.*a.*a.*b$', reason: 'slow on long lines' }]);
    const poly = rules.find((r) => r.id === 'poly')!;
    const seen = new ReadingRegExp(poly.regex);
    poly.regex = seen;
    const text = `Title\n${'a'.repeat(2_000_000)}\nKim Jong Un met officials.\n`;
    expect(segmentText(text, { rules, capturedAt: null }).articles.length).toBeGreaterThan(0);
    expect(seen.reads).toBeGreaterThan(0);
    expect(seen.longest).toBeLessThanOrEqual(2_000);
  });
});

/**
 * A regular expression that counts what it is run on (test() calls exec()). It does not run on
 * texts over 10,000 characters, where this test's pattern would hang: the assertion on `longest`
 * then fails at once.
 */
class ReadingRegExp extends RegExp {
  reads = 0;
  longest = 0;

  override exec(text: string): RegExpExecArray | null {
    this.reads++;
    this.longest = Math.max(this.longest, text.length);
    return text.length > 10_000 ? null : super.exec(text);
  }
}
