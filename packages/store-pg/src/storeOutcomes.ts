import { serialize } from 'node:v8';
import type pg from 'pg';
import { LineIndex, type StoredOutcome } from '@dossier/corpus';

type Outcome<K extends StoredOutcome['kind']> = Extract<StoredOutcome, { kind: K }>;

/**
 * Stores what a claim's indexer found, in its transaction, a few statements per claim whatever
 * its size (arrays bound as parameters and unnested): analyses and texts are keyed by content
 * and stored once; file rows are replaced; each file's articles are replaced with their ranges.
 */
export async function storeOutcomes(client: pg.ClientBase, outcomes: readonly StoredOutcome[], variant: string, indexer: string): Promise<void> {
  const of = <K extends StoredOutcome['kind']>(kind: K) => outcomes.filter((o): o is Outcome<K> => o.kind === kind);
  const analysed = of('analysed');
  const skipped = of('skipped');
  const gone = of('gone');
  const unchanged = of('unchanged');
  if (gone.length) await client.query('DELETE FROM dossier.files WHERE path = ANY($1::text[])', [gone.map((o) => o.path)]);
  if (unchanged.length) {
    await client.query('UPDATE dossier.files f SET size = u.size, mtime_ms = u.mtime_ms FROM unnest($1::text[], $2::bigint[], $3::float8[]) AS u (path, size, mtime_ms) WHERE f.path = u.path', [
      unchanged.map((o) => o.stamp.path),
      unchanged.map((o) => o.stamp.size),
      unchanged.map((o) => o.stamp.mtimeMs),
    ]);
  }
  if (analysed.length) await storeContent(client, analysed, variant);
  if (analysed.length || skipped.length) {
    await upsertFiles(client, analysed, skipped, variant, indexer);
    await client.query('DELETE FROM dossier.articles WHERE path = ANY($1::text[])', [[...analysed, ...skipped].map((o) => o.stamp.path)]);
    await insertArticles(client, analysed);
  }
}

async function storeContent(client: pg.ClientBase, analysed: Outcome<'analysed'>[], variant: string): Promise<void> {
  await client.query('INSERT INTO dossier.analyses (hash, format, variant, analysis) SELECT h, f, $3, a FROM unnest($1::text[], $2::text[], $4::bytea[]) AS x (h, f, a) ON CONFLICT DO NOTHING', [
    analysed.map((o) => o.analysis.hash),
    analysed.map((o) => o.format),
    variant,
    analysed.map((o) => serialize(o.analysis)),
  ]);
  await client.query('INSERT INTO dossier.texts (hash, body) SELECT * FROM unnest($1::text[], $2::bytea[]) ON CONFLICT DO NOTHING', [
    analysed.map((o) => o.analysis.hash),
    analysed.map((o) => Buffer.from(o.text, 'utf8')),
  ]);
}

async function upsertFiles(client: pg.ClientBase, analysed: Outcome<'analysed'>[], skipped: Outcome<'skipped'>[], variant: string, indexer: string): Promise<void> {
  const rows = [
    ...analysed.map((o) => ({ stamp: o.stamp, status: 'indexed', hash: o.analysis.hash as string | null, format: o.format as string | null, reason: null as string | null })),
    ...skipped.map((o) => ({ stamp: o.stamp, status: 'skipped', hash: null, format: null, reason: o.reason })),
  ];
  await client.query(
    `INSERT INTO dossier.files (path, status, hash, format, variant, size, mtime_ms, reason, indexed_by, indexed_at)
     SELECT p, s, h, f, $8, sz, mt, r, $9, now() FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::float8[], $7::text[]) AS x (p, s, h, f, sz, mt, r)
     ON CONFLICT (path) DO UPDATE SET status = EXCLUDED.status, hash = EXCLUDED.hash, format = EXCLUDED.format, variant = EXCLUDED.variant,
       size = EXCLUDED.size, mtime_ms = EXCLUDED.mtime_ms, reason = EXCLUDED.reason, indexed_by = EXCLUDED.indexed_by, indexed_at = now()`,
    [
      rows.map((r) => r.stamp.path),
      rows.map((r) => r.status),
      rows.map((r) => r.hash),
      rows.map((r) => r.format),
      rows.map((r) => r.stamp.size),
      rows.map((r) => r.stamp.mtimeMs),
      rows.map((r) => r.reason),
      variant,
      indexer,
    ],
  );
}

/** Every article of the analysed files with its LSP range, for SQL users. */
async function insertArticles(client: pg.ClientBase, analysed: Outcome<'analysed'>[]): Promise<void> {
  const rows = analysed.flatMap(({ stamp, analysis }) => {
    const lines = new LineIndex(analysis.textLength, Uint32Array.from(analysis.lineStarts), Uint8Array.from(analysis.breakLengths));
    return analysis.articles.map((a) => ({ path: stamp.path, hash: analysis.hash, a, range: lines.rangeOf(a.span) }));
  });
  if (rows.length === 0) return;
  await client.query(
    `INSERT INTO dossier.articles (path, ordinal, id, start_offset, end_offset, start_line, start_character, end_line, end_character, title, source, published, byline, hash)
     SELECT p, o, p || '#' || o, s, e, sl, sc, el, ec, t, src, pub, b, h
     FROM unnest($1::text[], $2::int[], $3::int[], $4::int[], $5::int[], $6::int[], $7::int[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
       AS x (p, o, s, e, sl, sc, el, ec, t, src, pub, b, h)`,
    [
      rows.map((r) => r.path),
      rows.map((r) => r.a.ordinal),
      rows.map((r) => r.a.span.start),
      rows.map((r) => r.a.span.end),
      rows.map((r) => r.range.start.line),
      rows.map((r) => r.range.start.character),
      rows.map((r) => r.range.end.line),
      rows.map((r) => r.range.end.character),
      rows.map((r) => r.a.title),
      rows.map((r) => r.a.source),
      rows.map((r) => r.a.published),
      rows.map((r) => r.a.byline),
      rows.map((r) => r.hash),
    ],
  );
}
