import { displayDate, entityCard, foldDescriptions, type CorpusIndex, type EntityRecord, type Mention } from '@dossier/corpus/query';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { cardSources, type CorpusAccess } from '../corpusAccess.js';
import { renderCardMarkdown } from '../markdown/cardMarkdown.js';
import type { Citation, EntityAt, EntityDetails, EntitiesParams, EntitySummary, MentionAt } from '../protocol.js';
import { pathToUri, uriToPath } from '../workspace/paths.js';
import { citationOf } from './citationEdit.js';
import type { NoteTargets } from './noteTargets.js';

type ArticleDetails = EntityDetails['articles'][number];

/** Dossier's own requests: the entity list and details for the extension's views and commands. */
export class EntitiesProvider {
  constructor(
    private readonly corpus: CorpusAccess,
    private readonly targets: NoteTargets,
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
    const card = entityCard(index, entity, { snippets: this.corpus.settings().hover.snippets, ...cardSources(this.corpus) });
    const intro = card.bestMention;
    return {
      ...summary(entity),
      card: renderCardMarkdown(card, { withoutTitle: true, linkTo: (m) => `${pathToUri(m.path)}#L${m.range.start.line + 1},${m.range.start.character + 1}` }),
      introduction: intro && this.corpus.isLinkable(intro.path) ? { uri: pathToUri(intro.path), range: intro.range } : null,
      articles: this.articlesOf(index, entity),
    };
  }

  /** The entity's articles, each with its best mention and every mention's sentence. */
  private articlesOf(index: CorpusIndex, entity: EntityRecord): ArticleDetails[] {
    const t = index.table;
    const byArticle = new Map<number, ArticleDetails>();
    for (const row of entity.mentions) {
      const file = index.file(t.file[row]!);
      if (!this.corpus.isLinkable(file.path)) continue;
      const articleIndex = t.article[row]!;
      let article = byArticle.get(articleIndex);
      if (!article) {
        const ref = index.article(articleIndex);
        article = {
          id: ref.id,
          title: ref.record.title,
          source: ref.record.source,
          published: ref.record.published,
          date: displayDate(ref.record.published),
          uri: pathToUri(file.path),
          best: index.introducingMention(entity, articleIndex)!.range,
          mentions: [],
        };
        byArticle.set(articleIndex, article);
      }
      const mention = index.mention(row);
      article.mentions.push({ range: mention.range, text: mention.text, ...this.context(index, row) });
    }
    return [...byArticle.values()];
  }

  /** The sentence of a mention's row, and a short excerpt around the mention cut at words, on one line each. */
  private context(index: CorpusIndex, row: number): { excerpt: string; sentence: string } {
    const t = index.table;
    const file = index.file(t.file[row]!);
    const text = this.corpus.textOf(file.path);
    const s = t.sentence[row]!;
    if (text === null) return { excerpt: '', sentence: '' };
    const [start, end] = s >= 0 ? [file.sentences[s * 2]!, file.sentences[s * 2 + 1]!] : [t.start[row]!, t.endOf(row)];
    const oneLine = (from: number, to: number) => text.slice(from, to).replace(/\s+/g, ' ');
    let from = Math.max(start, t.start[row]! - EXCERPT_BEFORE);
    let to = Math.min(end, t.endOf(row) + EXCERPT_AFTER);
    // Whole words only: back to the space after a cut word, and before one.
    if (from > start) from = Math.min(t.start[row]!, text.indexOf(' ', from) + 1 || from);
    if (to < end) to = Math.max(t.endOf(row), text.lastIndexOf(' ', to));
    const excerpt = `${from > start ? '…' : ''}${oneLine(from, to).trim()}${to < end ? '…' : ''}`;
    return { excerpt, sentence: s >= 0 ? oneLine(start, Math.min(end, start + MAX_SENTENCE)).trim() : '' };
  }

  async entityAt(document: TextDocument, position: { line: number; character: number }): Promise<EntityAt | null> {
    const index = await this.corpus.ready();
    if (!index) return null;
    const target = this.targets.at(document, index, document.offsetAt(position));
    if (!target) return null;
    const range = { start: document.positionAt(target.start), end: document.positionAt(target.end) };
    return {
      id: target.entity.id,
      name: target.entity.name,
      type: target.entity.type,
      text: document.getText(range),
      range,
      source: this.source(index, index.introducingMention(target.entity, target.article)),
    };
  }

  /** The mention that starts at a position of a corpus file (a place F12 or a card's link lands on), or null. */
  async mentionAt(uri: string, position: { line: number; character: number }): Promise<MentionAt | null> {
    const index = await this.corpus.ready();
    const path = uriToPath(uri);
    const fileIndex = index && path ? index.fileNumberOf(path) : -1;
    if (!index || fileIndex < 0) return null;
    const offset = index.file(fileIndex).lines.offsetAt(position);
    const t = index.table;
    for (let row = 0; row < t.length; row++) {
      if (t.file[row] !== fileIndex || t.start[row] !== offset) continue;
      const mention = index.mention(row);
      return { range: mention.range, text: mention.text, entityId: mention.entityId };
    }
    return null;
  }

  /** The citation of the name at a position (citationOf): as text for a reader, and as a footnote for the note. */
  async citation(document: TextDocument, position: { line: number; character: number }): Promise<Citation | null> {
    const index = await this.corpus.ready();
    const target = index ? this.targets.at(document, index, document.offsetAt(position)) : null;
    const mention = target ? index!.introducingMention(target.entity, target.article) : null;
    if (!index || !target || !mention || !this.corpus.isLinkable(mention.path)) return null;
    return citationOf(index, target, cardSources(this.corpus));
  }

  private source(index: CorpusIndex, mention: Mention | null): EntityAt['source'] {
    if (!mention || !this.corpus.isLinkable(mention.path)) return null;
    const article = index.articleById(mention.articleId);
    return {
      uri: pathToUri(mention.path),
      range: mention.range,
      articleTitle: article?.record.title ?? null,
      articleSource: article?.record.source ?? null,
      line: mention.range.start.line + 1,
    };
  }
}

const EXCERPT_BEFORE = 40;
const EXCERPT_AFTER = 50;
const MAX_SENTENCE = 600;

function summary(entity: EntityRecord): EntitySummary {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    description: foldDescriptions(entity.descriptions)[0]?.text ?? null,
    aliases: entity.aliases.filter((a) => a.count > 0 && a.text !== entity.name).map((a) => a.text),
    mentionCount: entity.mentionCount,
    articleCount: entity.articles.length,
  };
}
