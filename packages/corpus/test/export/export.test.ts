import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { csvTables, toCsv } from '../../src/export/csvExport.js';
import { ftmEntities, ftmDate, type FtmEntity } from '../../src/export/ftmExport.js';
import { ftmProblems } from '../helpers/ftmValidate.js';
import { indexTexts } from '../helpers/indexTexts.js';

const SEEDS = fileURLToPath(new URL('../../../../seeds', import.meta.url));

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function exportSeeds(): Promise<FtmEntity[]> {
  const { code, stdout } = await cli(['export', '--format', 'ftm', '--captured-at', '2025-08-14T12:00:00Z', SEEDS]);
  expect(code).toBe(0);
  return stdout.trim().split('\n').map((line) => JSON.parse(line) as FtmEntity);
}

// Each test indexes the seeds (twice for the ids): a hang guard for a loaded machine, not a budget.
describe('export --format ftm', { timeout: 60_000 }, () => {
  it('writes FtM entities that the FollowTheMoney schema model accepts, every one of them', async () => {
    const entities = await exportSeeds();
    expect(ftmProblems(entities)).toEqual([]);
    const counts = new Map<string, number>();
    for (const e of entities) counts.set(e.schema, (counts.get(e.schema) ?? 0) + 1);
    expect(counts.get('Article')).toBe(9);
    for (const schema of ['Person', 'Organization', 'Address', 'Vessel', 'Mention', 'Documentation']) expect(counts.get(schema)).toBeGreaterThan(0);
  });

  it('the validator catches what Aleph would refuse', () => {
    const bad: FtmEntity[] = [
      { id: 'a', schema: 'Article', properties: { title: ['x'] } },
      { id: 'p', schema: 'Person', properties: { name: ['X'], colour: ['red'] } },
      { id: 'm', schema: 'Mention', properties: { document: ['a'], name: ['X'], resolved: ['v'] } },
      { id: 'v', schema: 'Vessel', properties: { name: ['V'], buildDate: ['last year'] } },
      { id: 't', schema: 'Thing', properties: { name: ['T'] } },
    ];
    expect(ftmProblems(bad)).toEqual([
      'Article a: required property fileName missing',
      'Article a: required property name missing',
      'Person p: Property does not exist: colour',
      'Mention m.resolved: Vessel is not a LegalEntity',
      'Vessel v.buildDate: "last year" is not an FtM date',
      'Thing t: schema is abstract',
    ]);
  });

  it('links every Mention and Documentation to an exported document and entity, one per entity and article', async () => {
    const entities = await exportSeeds();
    const byId = new Map(entities.map((e) => [e.id, e]));
    const mentions = entities.filter((e) => e.schema === 'Mention');
    const docs = entities.filter((e) => e.schema === 'Documentation');
    for (const m of mentions) {
      expect(byId.get(m.properties.document![0]!)!.schema).toBe('Article');
      expect(['Person', 'Organization', 'LegalEntity']).toContain(byId.get(m.properties.resolved![0]!)!.schema);
    }
    const pairs = docs.map((d) => `${d.properties.document![0]}>${d.properties.entity![0]}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const d of docs) expect(byId.get(d.properties.entity![0]!)).toBeDefined();
    // The pairs are exactly (entity, article) of the index.
    const kim = entities.find((e) => e.schema === 'Person' && e.properties.name![0] === 'Kim Yo Jong')!;
    const kimDocs = docs.filter((d) => d.properties.entity![0] === kim.id);
    expect(kimDocs).toHaveLength(1);
    expect(mentions.filter((m) => m.properties.resolved![0] === kim.id)).toHaveLength(1);
    // The exact ranges travel in summary, as editors print them (line:column from 1).
    const summary = kimDocs[0]!.properties.summary![0]!;
    expect(summary).toMatch(/^5 mentions: .*seeds\/000_a964fcedf6c508e9\.txt:\d+:\d+-\d+:\d+ “Kim Yo Jong”/);
    const [, line, column] = /000_a964fcedf6c508e9\.txt:(\d+):(\d+)-/.exec(summary)!;
    const fileLines = readFileSync(join(SEEDS, '000_a964fcedf6c508e9.txt'), 'utf8').split('\n');
    expect(fileLines[Number(line) - 1]!.slice(Number(column) - 1)).toMatch(/^Kim Yo Jong/);
  });

  it('gives the same ids on every run', async () => {
    const first = (await exportSeeds()).map((e) => e.id);
    const second = (await exportSeeds()).map((e) => e.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('describes an article with its title, publisher, author and date', async () => {
    const article = (await exportSeeds()).find((e) => e.schema === 'Article' && e.properties.author)!;
    expect(article.properties).toMatchObject({ publisher: ['Japan Today'], author: ['Jack Kim'], title: ["N Korea says S Korea's peace overtures a 'pipe dream'"] });
    expect(article.properties.publishedAt![0]).toMatch(/^2025-08-14T11:\d\d:00$/);
    expect(article.properties.peopleMentioned).toContain('Kim Yo Jong');
  });

  it('writes dates as FtM does', () => {
    expect(ftmDate('2025-08-14T11:27:00.000Z')).toBe('2025-08-14T11:27:00');
    expect(ftmDate('not a date')).toBeNull();
    // Dates known to the day or, from a copyright line, to the year only keep their precision.
    expect(ftmDate('2025-08-14')).toBe('2025-08-14');
    expect(ftmDate('2025')).toBe('2025');
  });

  it('exports declared entities and a corpus with CJK names as valid entities too', () => {
    const index = indexTexts({ 'a.txt': 'The freighter Hong Tai 58 (宏泰58號) was detained by the Coast Guard Administration in Taiwan on Tuesday.\n' });
    expect(ftmProblems([...ftmEntities(index)])).toEqual([]);
  });
});

describe('export --format csv', { timeout: 60_000 }, () => {
  it('writes entities, aliases and mentions files that a CSV parser reads back', async () => {
    const out = mkdtempSync(join(tmpdir(), 'dossier-csv-'));
    const { code } = await cli(['export', '--format', 'csv', '--out', out, '--captured-at', '2025-08-14T12:00:00Z', SEEDS]);
    expect(code).toBe(0);
    const read = (name: string) => parse(readFileSync(join(out, name), 'utf8'), { columns: true }) as Record<string, string>[];
    const entities = read('entities.csv');
    const kim = entities.find((e) => e.name === 'Kim Yo Jong')!;
    expect(kim).toMatchObject({ type: 'person', ftm_schema: 'Person', mentions: '5', articles: '1' });
    const mentions = read('mentions.csv').filter((m) => m.entity_id === kim.id);
    expect(mentions).toHaveLength(5);
    const lines = readFileSync(join(SEEDS, mentions[0]!.file!.replace(/^.*seeds\//, '')), 'utf8').split('\n');
    const m = mentions[0]!;
    expect(lines[Number(m.line) - 1]!.slice(Number(m.column) - 1, Number(m.end_column) - 1)).toBe(m.text);
    expect(read('aliases.csv').some((a) => a.entity_id === entities.find((e) => e.name === 'Kim Jong Un')!.id)).toBe(true);
  });

  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    const csv = toCsv([['a', 'b'], ['say "hi", then\nleave', '=HYPERLINK("x")']]);
    expect(parse(csv)).toEqual([['a', 'b'], ['say "hi", then\nleave', `'=HYPERLINK("x")`]]);
  });

  it('needs --out and a format', async () => {
    expect((await cli(['export', '--format', 'csv', SEEDS])).code).toBe(2);
    expect((await cli(['export', SEEDS])).stderr).toContain('export needs --format ftm or csv');
  });

  it('has one row per entity', () => {
    const index = indexTexts({ 'a.txt': 'Kim Yo Jong spoke in Pyongyang on Thursday, officials said.\n' });
    expect(csvTables(index)['entities.csv']).toHaveLength(index.entities.length + 1);
  });
});
