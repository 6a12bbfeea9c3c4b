// The Entities view's model: type -> entity -> article -> mention. VS Code-free:
// nodes are built from the server's EntitySummary/EntityDetails and described
// by `presentNode`, which entitiesView.ts turns into vscode.TreeItems.
import type { EntityDetails, EntitySummary, Range } from './protocol';
import { entityTypeInfo, entityTypeRank } from './entityTypes';
import { fileNameOf, mentionCounts, plural, truncate } from './text';

export type ArticleEntry = EntityDetails['articles'][number];
export type MentionEntry = ArticleEntry['mentions'][number];

export interface TypeNode {
  kind: 'type';
  type: string;
  entities: EntitySummary[];
}
export interface EntityNode {
  kind: 'entity';
  entity: EntitySummary;
}
export interface ArticleNode {
  kind: 'article';
  entityId: string;
  article: ArticleEntry;
}
export interface MentionNode {
  kind: 'mention';
  entityId: string;
  articleUri: string;
  mention: MentionEntry;
}
/** A line of information, e.g. "showing the first 2,000 entities". */
export interface NoticeNode {
  kind: 'notice';
  message: string;
}
export type TreeNode = TypeNode | EntityNode | ArticleNode | MentionNode | NoticeNode;

/** Most-mentioned first, then by name, so the important names are on top. */
function byProminence(a: EntitySummary, b: EntitySummary): number {
  return b.mentionCount - a.mentionCount || b.articleCount - a.articleCount || a.name.localeCompare(b.name);
}

/** Groups the entity list by type, in the fixed type order; empty types are left out. */
export function groupByType(entities: readonly EntitySummary[]): TypeNode[] {
  const groups = new Map<string, EntitySummary[]>();
  for (const entity of entities) {
    const list = groups.get(entity.type) ?? [];
    list.push(entity);
    groups.set(entity.type, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => entityTypeRank(a) - entityTypeRank(b) || a.localeCompare(b))
    .map(([type, list]) => ({ kind: 'type', type, entities: list.sort(byProminence) }));
}

/** The root of the view: type groups, plus a notice when the server's list was cut at `limit`. */
export function rootNodes(entities: readonly EntitySummary[], limit: number, filter: string | undefined): TreeNode[] {
  const nodes: TreeNode[] = groupByType(entities);
  if (entities.length >= limit) {
    nodes.push({ kind: 'notice', message: `Showing the first ${plural(limit, 'entity', 'entities')}: filter the view to find others.` });
  }
  if (filter && entities.length === 0) nodes.push({ kind: 'notice', message: `No entity matches "${filter}".` });
  return nodes;
}

export function entityNodes(group: TypeNode): EntityNode[] {
  return group.entities.map((entity) => ({ kind: 'entity', entity }));
}

/** Articles of an entity, the ones that mention it most first, then the newest. */
export function articleNodes(details: EntityDetails): ArticleNode[] {
  return [...details.articles]
    .sort((a, b) => b.mentions.length - a.mentions.length || (b.published ?? '').localeCompare(a.published ?? ''))
    .map((article) => ({ kind: 'article', entityId: details.id, article }));
}

/** Mentions in document order. */
export function mentionNodes(node: ArticleNode): MentionNode[] {
  return [...node.article.mentions]
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    .map((mention) => ({ kind: 'mention', entityId: node.entityId, articleUri: node.article.uri, mention }));
}

export interface NodePresentation {
  label: string;
  description?: string;
  tooltip?: string;
  /** Codicon id. */
  icon?: string;
  /** Theme colour id of the icon. */
  iconColor?: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
  /** For `when` clauses in package.json menus (viewItem == ...). */
  contextValue: string;
  /** Stable across refreshes, so VS Code keeps expanded nodes expanded. */
  id: string;
  /** What a click opens: a file with a range to select. */
  open?: { uri: string; range: Range };
}

/** "Ln 20, Col 13", one-based as the editor's status bar shows it. */
export function positionLabel(range: Range): string {
  return `Ln ${range.start.line + 1}, Col ${range.start.character + 1}`;
}

export function presentNode(node: TreeNode): NodePresentation {
  switch (node.kind) {
    case 'type':
      return presentTypeNode(node);
    case 'entity':
      return presentEntityNode(node);
    case 'article':
      return presentArticleNode(node);
    case 'mention':
      return presentMentionNode(node);
    case 'notice':
      return { id: `notice:${node.message}`, label: node.message, icon: 'info', collapsible: 'none', contextValue: 'dossier.notice' };
  }
}

function presentTypeNode(node: Extract<TreeNode, { kind: 'type' }>): NodePresentation {
  const info = entityTypeInfo(node.type);
  return {
    id: `type:${node.type}`,
    label: info.plural,
    description: String(node.entities.length),
    tooltip: `${plural(node.entities.length, info.singular, info.plural.toLowerCase())} in the corpus`,
    icon: info.icon,
    iconColor: info.color,
    collapsible: 'collapsed',
    contextValue: 'dossier.type',
  };
}

function presentEntityNode(node: Extract<TreeNode, { kind: 'entity' }>): NodePresentation {
  const { entity } = node;
  const info = entityTypeInfo(entity.type);
  const lines = [`${entity.name} (${info.singular})`];
  if (entity.description) lines.push(entity.description);
  if (entity.aliases.length) lines.push(`Also written as: ${entity.aliases.join(', ')}`);
  lines.push(mentionCounts(entity.mentionCount, entity.articleCount));
  return {
    id: `entity:${entity.id}`,
    label: entity.name,
    description: mentionCounts(entity.mentionCount, entity.articleCount),
    tooltip: lines.join('\n'),
    icon: info.icon,
    iconColor: info.color,
    collapsible: 'collapsed',
    contextValue: 'dossier.entity',
  };
}

function presentArticleNode(node: Extract<TreeNode, { kind: 'article' }>): NodePresentation {
  const { article } = node;
  const file = fileNameOf(article.uri);
  const details = [article.source, article.date, plural(article.mentions.length, 'mention')];
  return {
    id: `article:${node.entityId}:${article.id}`,
    label: article.title ? truncate(article.title, 80) : file,
    description: details.filter((d): d is string => !!d).join(' · '),
    tooltip: [article.title, article.source ?? 'source unknown', article.date, file].filter((d): d is string => !!d).join('\n'),
    icon: 'file-text',
    collapsible: 'collapsed',
    contextValue: 'dossier.article',
  };
}

function presentMentionNode(node: Extract<TreeNode, { kind: 'mention' }>): NodePresentation {
  const { mention } = node;
  const where = `${fileNameOf(node.articleUri)}, ${positionLabel(mention.range)}`;
  return {
    id: `mention:${node.entityId}:${node.articleUri}:${mention.range.start.line}:${mention.range.start.character}`,
    // "…said on Thursday that Kim, who speaks for…": the words around it, not the name again.
    label: mention.excerpt || mention.text,
    description: positionLabel(mention.range),
    tooltip: mention.sentence ? `${mention.sentence}\n\n${where}` : `"${mention.text}" in ${where}`,
    icon: 'quote',
    collapsible: 'none',
    contextValue: 'dossier.mention',
    open: { uri: node.articleUri, range: mention.range },
  };
}
