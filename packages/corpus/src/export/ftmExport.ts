import { createHash } from 'node:crypto';
import type { CorpusIndex, EntityRecord, Mention } from '../corpusIndex/corpusIndex.js';
import type { EntityType } from '../entities/types.js';

/** A FollowTheMoney entity as JSON: what `ftm` tools and `alephclient write-entities` read, one per line. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/**
 * Dossier's types as FtM schemata. FtM has no schema for products, programmes or events that is a
 * party to anything; they become LegalEntity, the most general named party, with their Dossier
 * type in `summary`.
 */
export const FTM_SCHEMA: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Address',
  vessel: 'Vessel',
  product: 'LegalEntity',
  programme: 'LegalEntity',
  event: 'LegalEntity',
  other: 'LegalEntity',
};

/** FtM's Mention.resolved points at a LegalEntity: vessels and places can only be linked by Documentation. */
const RESOLVABLE = new Set(['Person', 'Organization', 'LegalEntity']);

/** The Analyzable property of an article that lists the names of one type, as Aleph's facets show them. */
const MENTIONED_PROPERTY: Record<string, string> = {
  Person: 'peopleMentioned',
  Organization: 'companiesMentioned',
  Address: 'locationMentioned',
};

/** FtM's text type holds at most this many characters. */
const MAX_TEXT = 65000;

export interface FtmExportOptions {
  /** The analysed text of a corpus file, for the articles' bodyText; null leaves it out. */
  textOf?: (path: string) => string | null;
}

/**
 * The index as FtM entities: an Article per article, an entity per entity, and per entity and
 * article a Mention (for the schemata FtM lets a Mention resolve to) and a Documentation edge whose
 * `summary` holds Dossier's exact ranges ("seeds/a.txt:20:5-20:16"), which Aleph's own mentions
 * lack. Ids are hashes of Dossier's article and entity ids: the same corpus gives the same ids.
 */
export function* ftmEntities(index: CorpusIndex, options: FtmExportOptions = {}): Generator<FtmEntity> {
  const articleIds = index.articles.map((a) => ftmId('article', a.id));
  const mentioned = index.articles.map(() => new Map<string, Set<string>>());
  for (const entity of index.entities) {
    const property = MENTIONED_PROPERTY[FTM_SCHEMA[entity.type]] ?? 'namesMentioned';
    for (const a of entity.articles) addTo(mentioned[a]!, property, entity.name);
  }
  for (let i = 0; i < index.articles.length; i++) yield articleEntity(index, i, articleIds[i]!, mentioned[i]!, options);
  for (const entity of index.entities) yield namedEntity(entity);
  for (const entity of index.entities) yield* links(index, entity, articleIds);
}

export function ftmId(...parts: string[]): string {
  return createHash('sha1').update(['dossier', ...parts].join('\u0000')).digest('hex');
}

function articleEntity(index: CorpusIndex, i: number, id: string, mentioned: Map<string, Set<string>>, options: FtmExportOptions): FtmEntity {
  const { file, record, id: articleId } = index.articles[i]!;
  const properties: Record<string, string[]> = {
    name: [record.title ?? articleId],
    fileName: [file.displayPath],
  };
  put(properties, 'title', record.title);
  put(properties, 'publisher', record.source);
  put(properties, 'author', record.byline);
  put(properties, 'publishedAt', ftmDate(record.published));
  const text = options.textOf?.(file.path);
  if (text) put(properties, 'bodyText', text.slice(record.span.start, record.span.end).replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT));
  for (const [property, names] of mentioned) properties[property] = [...names].sort();
  return { id, schema: 'Article', properties };
}

function namedEntity(entity: EntityRecord): FtmEntity {
  const schema = FTM_SCHEMA[entity.type];
  const properties: Record<string, string[]> = { name: [entity.name] };
  const aliases = entity.aliases.filter((a) => (a.count > 0 || entity.declared) && a.text !== entity.name).map((a) => a.text);
  if (aliases.length) properties.alias = aliases;
  put(properties, 'description', entity.descriptions[0]?.text);
  if (schema === 'Address') properties.full = [entity.name];
  if (schema === 'LegalEntity' && entity.type !== 'other') properties.summary = [`Dossier type: ${entity.type}`];
  return { id: ftmId('entity', entity.id), schema, properties };
}

/** Per article that names the entity: a Documentation edge with the ranges, and a Mention where FtM allows one. */
function* links(index: CorpusIndex, entity: EntityRecord, articleIds: string[]): Generator<FtmEntity> {
  const schema = FTM_SCHEMA[entity.type];
  const entityId = ftmId('entity', entity.id);
  const byArticle = new Map<number, Mention[]>();
  for (const row of entity.mentions) {
    const article = index.table.article[row]!;
    const list = byArticle.get(article) ?? [];
    list.push(index.mention(row));
    byArticle.set(article, list);
  }
  for (const [article, mentions] of byArticle) {
    const ref = index.articles[article]!;
    const forms = [...new Set(mentions.map((m) => m.text))];
    const documentation: FtmEntity = {
      id: ftmId('documentation', ref.id, entity.id),
      schema: 'Documentation',
      properties: { document: [articleIds[article]!], entity: [entityId], role: ['mentioned'], summary: [rangeSummary(mentions)] },
    };
    put(documentation.properties, 'date', ftmDate(ref.record.published));
    yield documentation;
    if (!RESOLVABLE.has(schema)) continue;
    yield {
      id: ftmId('mention', ref.id, entity.id),
      schema: 'Mention',
      properties: { document: [articleIds[article]!], resolved: [entityId], name: forms, detectedSchema: [schema] },
    };
  }
}

/** "3 mentions: seeds/a.txt:20:5-20:16 “Kim Yo Jong”; …", lines and columns from 1 as editors print them. */
export function rangeSummary(mentions: readonly Mention[]): string {
  const ranges = mentions.map((m) => `${m.file}:${m.range.start.line + 1}:${m.range.start.character + 1}-${m.range.end.line + 1}:${m.range.end.character + 1} “${m.text}”`);
  const text = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}: ${ranges.join('; ')}`;
  return text.length <= MAX_TEXT ? text : text.slice(0, MAX_TEXT - 1) + '…';
}

/**
 * An ISO time as FtM writes dates: UTC, no zone suffix, no fraction ("2025-08-14T11:27:00"). A
 * date known only to the day, or only to the year (a copyright line's "2025"), keeps that
 * precision, as FtM's date prefixes allow: "2025" must not become 1 January.
 */
export function ftmDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  if (/^\d{4}(?:-\d{2}){0,2}$/.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 19);
}

function put(properties: Record<string, string[]>, key: string, value: string | null | undefined): void {
  if (value && value.trim()) properties[key] = [value.trim()];
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key) ?? new Set<string>();
  set.add(value);
  map.set(key, set);
}
