import type { EntityCard } from '../cards/entityCard.js';
import { printable } from './io.js';

/** A card as plain text for a terminal: what a hover shows, with file:line:column locations. */
export function renderCardText(card: EntityCard): string {
  const lines: string[] = [];
  lines.push(`${card.name}  [${card.type}]`);
  if (card.descriptions.length) lines.push(`  ${card.descriptions.join('; ')}`);
  if (card.aliases.length) lines.push(`  also: ${card.aliases.join(', ')}`);
  const sources = card.sources.length ? ` (${card.sources.map((s) => s.text).join(', ')})` : '';
  lines.push(`  ${card.mentionCount} mention${card.mentionCount === 1 ? '' : 's'} in ${card.articleCount} article${card.articleCount === 1 ? '' : 's'}${sources}`);
  if (card.firstSeen) lines.push(`  seen ${card.firstSeen.slice(0, 10)}${card.lastSeen && card.lastSeen !== card.firstSeen ? ` to ${card.lastSeen.slice(0, 10)}` : ''}`);
  for (const s of card.snippets) {
    let text = '';
    let at = 0;
    for (const h of s.highlights) {
      text += s.text.slice(at, h.start) + '**' + s.text.slice(h.start, h.end) + '**';
      at = h.end;
    }
    text += s.text.slice(at);
    lines.push(`  > ${text}`);
    lines.push(`    ${location(s.mention.file, s.mention.range.start)}${s.source ? `  (${s.source})` : ''}`);
  }
  if (card.coMentions.length) lines.push(`  mentioned with: ${card.coMentions.map((c) => `${c.name} (${c.count})`).join(', ')}`);
  if (card.introduction) lines.push(`  source: ${location(card.introduction.file, card.introduction.range.start)}`);
  // Every line holds article text: no control character of it reaches the terminal.
  return lines.map(printable).join('\n') + '\n';
}

/** file:line:column, one-based, as terminals and editors link them. */
export function location(file: string, position: { line: number; character: number }): string {
  return `${file}:${position.line + 1}:${position.character + 1}`;
}
