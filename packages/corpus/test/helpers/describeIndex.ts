import type { ArticleRecord } from '../../src/analysis/fileAnalysis.js';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityCard } from '../../src/cards/entityCard.js';

/** An article record as plain data (a snapshot's records decode their paragraphs on demand). */
function plainArticle(a: ArticleRecord) {
  return {
    ordinal: a.ordinal,
    span: a.span,
    title: a.title,
    titleSpan: a.titleSpan,
    source: a.source,
    published: a.published,
    publishedRaw: a.publishedRaw,
    byline: a.byline,
    dateline: a.dateline,
    kicker: a.kicker,
    truncated: a.truncated,
    paragraphs: a.paragraphs,
  } satisfies Record<keyof ArticleRecord, unknown>;
}

/**
 * Everything a user can see of an index, as plain data, for comparing two indexes: files and
 * articles, and per entity its name, type, aliases, descriptions, sources, dates and every
 * mention (file, LSP range, text, article, region, sentence), plus the cards of the most
 * mentioned entities as a hover would show them. Files are named by display path: the same
 * corpus indexed on two machines describes alike.
 */
export function describeIndex(index: CorpusIndex, textOf: (path: string) => string | null = () => null) {
  return {
    files: index.files.map((f) => ({ path: f.displayPath, size: f.size, textLength: f.lines.length, warnings: f.warnings, articles: f.articles.map(plainArticle) })),
    entities: index.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      declared: e.declared,
      aliases: e.aliases,
      descriptions: e.descriptions,
      sources: e.sources,
      firstSeen: e.firstSeen,
      lastSeen: e.lastSeen,
      articles: Array.from(e.articles),
      mentions: index.mentionsOf(e).map((m) => [m.file, m.range, m.text, m.articleId, m.region, m.sentenceRange]),
    })),
    // A mention's absolute path depends on the machine (its display path, kept, does not).
    cards: index.entities.slice(0, 25).map((e) => JSON.parse(JSON.stringify(entityCard(index, e, { textOf }), (key, value) => (key === 'path' ? undefined : value)))),
  };
}
