import { entityCard, type CorpusIndex, type EntityRecord } from '@dossier/corpus';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../corpusAccess.js';
import { renderCardMarkdown } from '../markdown/cardMarkdown.js';
import { escapeMarkdown } from '../markdown/escape.js';
import type { Citation, EntityAt, EntityDetails, EntitiesParams, EntitySummary } from '../protocol.js';
import { pathToUri } from '../workspace/paths.js';
import type { NoteAnalyses } from './noteAnalysis.js';

/** Dossier's own requests: the entity list and details for the extension's views and commands. */
export class EntitiesProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly notes: NoteAnalyses,
  ) {}

  async entities(params: EntitiesParams): Promise<EntitySummary[]> {
    const index = await this.corpus.ready();
    if (!index) return [];
    const limit = Math.max(1, Math.min(params.limit ?? 5000, 20000));
    const list = params.filter?.trim() ? index.search(params.filter, limit) : index.entities.slice(0, limit);
    return list.map(summary);
  }

  async details(id: string): Promise<EntityDetails | null> {
    const index = await this.corpus.ready();
    const entity = index?.entity(id);
    if (!index || !entity) return null;
    const card = entityCard(index, entity, { snippets: this.corpus.settings().hover.snippets, textOf: (p) => this.corpus.textOf(p) });
    const byArticle = new Map<string, EntityDetails['articles'][number]>();
    for (const mention of index.mentionsOf(entity)) {
      if (!this.corpus.isLinkable(mention.path)) continue;
      let article = byArticle.get(mention.articleId);
      if (!article) {
        const ref = index.articles.find((a) => a.id === mention.articleId);
        article = {
          id: mention.articleId,
          title: ref?.record.title ?? null,
          source: ref?.record.source ?? null,
          published: ref?.record.published ?? null,
          uri: pathToUri(mention.path),
          mentions: [],
        };
        byArticle.set(mention.articleId, article);
      }
      article.mentions.push({ range: mention.range, text: mention.text });
    }
    const intro = card.introduction;
    return {
      ...summary(entity),
      card: renderCardMarkdown(card, { linkTo: (m) => `${pathToUri(m.path)}#L${m.range.start.line + 1},${m.range.start.character + 1}` }),
      introduction: intro && this.corpus.isLinkable(intro.path) ? { uri: pathToUri(intro.path), range: intro.range } : null,
      articles: [...byArticle.values()],
    };
  }

  async entityAt(document: TextDocument, position: { line: number; character: number }): Promise<EntityAt | null> {
    const index = await this.corpus.ready();
    if (!index) return null;
    const name = this.notes.nameAt(document, index, document.offsetAt(position));
    if (!name) return null;
    return {
      id: name.entity.id,
      name: name.entity.name,
      type: name.entity.type,
      text: name.text,
      range: { start: document.positionAt(name.start), end: document.positionAt(name.end) },
      source: this.source(index, name.entity),
    };
  }

  async citation(document: TextDocument, position: { line: number; character: number }): Promise<Citation | null> {
    const at = await this.entityAt(document, position);
    const index = this.corpus.current();
    if (!at?.source || !index) return null;
    const mention = index.introducingMention(index.entity(at.id)!)!;
    // The footnote goes into the analyst's note: article text in it is escaped like in a hover.
    const where = `${escapeMarkdown(mention.file)}, line ${at.source.line}`;
    const title = at.source.articleTitle ? ` “${escapeMarkdown(at.source.articleTitle)}”,` : '';
    const source = at.source.articleSource ? ` ${escapeMarkdown(at.source.articleSource)},` : '';
    return { reference: `[^${at.id}]`, footnote: `[^${at.id}]: ${escapeMarkdown(at.name)}:${source}${title} ${where}.` };
  }

  private source(index: CorpusIndex, entity: EntityRecord): EntityAt['source'] {
    const mention = index.introducingMention(entity);
    if (!mention || !this.corpus.isLinkable(mention.path)) return null;
    const article = index.articles.find((a) => a.id === mention.articleId);
    return {
      uri: pathToUri(mention.path),
      range: mention.range,
      articleTitle: article?.record.title ?? null,
      articleSource: article?.record.source ?? null,
      line: mention.range.start.line + 1,
    };
  }
}

function summary(entity: EntityRecord): EntitySummary {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: entity.descriptions[0]?.text ?? null,
    aliases: entity.aliases.filter((a) => a.count > 0 && a.text !== entity.name).map((a) => a.text),
    mentionCount: entity.mentions.length,
    articleCount: entity.articles.length,
  };
}
