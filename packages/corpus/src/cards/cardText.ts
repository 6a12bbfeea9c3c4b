import type { Position } from '../text/positions.js';
import { describeDateRange, displayDate } from './dates.js';
import type { EntityCard, Snippet } from './entityCard.js';

/**
 * The wording of a card, shared by every way of showing one: the CLI, a plain-text hover (Neovim)
 * and the Markdown hover, which escapes these same phrases. Plain strings: no markup, no escapes.
 */

/** "1 mention", "12 mentions". */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

/** Per article: "Japan Today (2), Taipei Times, 1 unknown"; "source unknown" when none is known. */
export function sourcesPhrase(card: Pick<EntityCard, 'sources' | 'unknownSources' | 'articleCount'>, shown = 3): string {
  if (card.sources.length === 0) return card.articleCount === 1 ? 'source unknown' : 'sources unknown';
  const parts = card.sources.slice(0, shown).map((s) => (s.count > 1 ? `${s.text} (${s.count})` : s.text));
  const others = card.sources.slice(shown).reduce((sum, s) => sum + s.count, 0);
  if (others) parts.push(`${others} more`);
  if (card.unknownSources) parts.push(`${card.unknownSources} unknown`);
  return parts.join(', ');
}

/** "17 mentions · 3 articles: Japan Today, Taipei Times, 1 unknown · published 2025-08-14". */
export function countsLine(card: EntityCard): string {
  if (card.mentionCount === 0) return 'Declared in dossier.yaml; no article mentions it';
  const dates = describeDateRange(card.dates);
  return `${plural(card.mentionCount, 'mention')} · ${plural(card.articleCount, 'article')}: ${sourcesPhrase(card)} · ${dates === 'undated' ? 'undated' : `published ${dates}`}`;
}

/** Where a quoted sentence is from, briefly: "Japan Today · c. 2025 · seeds/000_a964fcedf6c508e9.txt:20". */
export function attribution(snippet: Snippet, where = shortLocation(snippet.mention.file, snippet.mention.range.start)): string {
  // Written into one string, with no list of the parts made and filtered per sentence a card quotes.
  const date = displayDate(snippet.published);
  const dated = snippet.source ? `${snippet.source} · ${date}` : date;
  return where ? `${dated} · ${where}` : dated;
}

/** `path:line`, one-based, as editors and terminals show a place in a file. */
export function shortLocation(file: string, position: Position): string {
  return `${file}:${position.line + 1}`;
}

/** `path:line:column`, one-based, as terminals and editors link them. */
export function location(file: string, position: Position): string {
  return `${file}:${position.line + 1}:${position.character + 1}`;
}

/** A source for a reader: “Title”, Source, date or "undated", path:line. */
export function citeArticle(article: { title: string | null; source: string | null; published: string | null }, where: string): string {
  const title = article.title ? `“${article.title}”` : null;
  return [title, article.source, displayDate(article.published), where].filter((part): part is string => !!part).join(', ');
}

/** The sentence with the entity's names between two asterisks, as plain text shows emphasis. */
export function emphasised(snippet: Snippet, mark = '**'): string {
  let text = '';
  let at = 0;
  for (const h of snippet.highlights) {
    if (h.start < at) continue;
    text += snippet.text.slice(at, h.start) + mark + snippet.text.slice(h.start, h.end) + mark;
    at = h.end;
  }
  return text + snippet.text.slice(at);
}

export interface CardTextOptions {
  /** How a mention's place is written (default `path:line`). */
  where?: (snippet: Snippet) => string;
  /** Lines about the name as written in the note (a spelling, an ambiguity), shown first. */
  notes?: string[];
  /** How many other notes of the workspace name the entity (a hover in a note). */
  otherNotes?: number;
}

/**
 * A card as plain text: the first lines are what a glance needs (name and type, one description,
 * counts with sources and dates, the best sentence and where it is); the rest follows.
 */
export function renderCardText(card: EntityCard, options: CardTextOptions = {}): string {
  const where = options.where ?? ((s: Snippet) => shortLocation(s.mention.file, s.mention.range.start));
  const lines: string[] = [...(options.notes ?? [])];
  lines.push(`${card.name} · ${card.type}`);
  if (card.description) lines.push(card.description);
  lines.push(countsLine(card));
  if (card.best) lines.push(`> ${emphasised(card.best)}`, `  — ${attribution(card.best, where(card.best))}`);
  const more = moreLines(card, options.otherNotes);
  if (more.length || card.snippets.length) lines.push('', ...more);
  for (const s of card.snippets) lines.push(`> ${emphasised(s)}`, `  — ${attribution(s, where(s))}`);
  if (card.coMentions.length) lines.push(coMentionsLine(card));
  return lines.join('\n') + '\n';
}

/** Below the first screen: how many other notes name it, other written forms, other descriptions. */
export function moreLines(card: EntityCard, otherNotes = 0): string[] {
  const lines: string[] = [];
  if (otherNotes > 0) lines.push(`Also in ${otherNotes} of your notes`);
  if (card.aliases.length) lines.push(`Also written as: ${card.aliases.slice(0, 8).join(', ')}`);
  if (card.otherDescriptions.length) lines.push(`Also described as: ${card.otherDescriptions.slice(0, 3).join('; ')}`);
  return lines;
}

/** "Mentioned with (shared articles): Hong Min (1), …", strongest association first. */
export function coMentionsLine(card: EntityCard): string {
  return `Mentioned with (shared articles): ${card.coMentions.map((c) => `${c.name} (${c.count})`).join(', ')}`;
}
