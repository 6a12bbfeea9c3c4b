import type { EntityCard, Mention, NoteName } from '@dossier/corpus';
import { escapeMarkdown, fileLink } from './escape.js';

export interface CardContext {
  /** The URI of a corpus file with the mention's position as a fragment ("…#L20,5"). */
  linkTo: (mention: Mention) => string | null;
  /** How an ambiguous name in the note was resolved, when it was. */
  name?: Pick<NoteName, 'text' | 'resolution' | 'candidates'>;
  /** How many other notes of the workspace name the entity. */
  otherNotes?: number;
}

const RESOLVED_BY: Record<string, string> = {
  note: 'an earlier mention in this note',
  section: 'another mention in this section',
  corpus: 'the corpus (the most mentioned)',
  here: 'this note (a dossier comment says what it means here)',
};

/** The hover card in Markdown. Every piece of article text goes through escapeMarkdown. */
export function renderCardMarkdown(card: EntityCard, context: CardContext): string {
  const parts: string[] = [];
  parts.push(`**${escapeMarkdown(card.name)}** · _${card.type}_`);
  if (card.descriptions.length) parts.push(`_${escapeMarkdown(card.descriptions.join('; '))}_`);

  const name = context.name;
  if (name && name.resolution !== 'unique' && name.candidates.length > 1) {
    const others = name.candidates.slice(1).map((c) => `${escapeMarkdown(c.name)} (${c.type})`).join(', ');
    parts.push(`"${escapeMarkdown(name.text)}" is ambiguous: resolved from ${RESOLVED_BY[name.resolution]}. Also: ${others}.`);
  }

  const facts: string[] = [];
  if (card.aliases.length) facts.push(`Also: ${card.aliases.slice(0, 8).map(escapeMarkdown).join(', ')}`);
  const sources = card.sources.length ? ` (${card.sources.slice(0, 4).map((s) => escapeMarkdown(s.text)).join(', ')})` : '';
  if (card.mentionCount === 0) facts.push('Declared in dossier.yaml; no article mentions it');
  else facts.push(`${plural(card.mentionCount, 'mention')} in ${plural(card.articleCount, 'article')}${sources}`);
  if (context.otherNotes) facts.push(`Also in ${context.otherNotes} of your notes`);
  if (card.firstSeen) {
    const last = card.lastSeen && card.lastSeen.slice(0, 10) !== card.firstSeen.slice(0, 10) ? ` · last seen ${card.lastSeen.slice(0, 10)}` : '';
    facts.push(`First seen ${card.firstSeen.slice(0, 10)}${last}`);
  }
  parts.push(facts.join('  \n'));

  for (const snippet of card.snippets) {
    let text = '';
    let at = 0;
    for (const h of snippet.highlights) {
      if (h.start < at) continue;
      text += escapeMarkdown(snippet.text.slice(at, h.start)) + '**' + escapeMarkdown(snippet.text.slice(h.start, h.end)) + '**';
      at = h.end;
    }
    text += escapeMarkdown(snippet.text.slice(at));
    const uri = context.linkTo(snippet.mention);
    const where = `${snippet.mention.file}:${snippet.mention.range.start.line + 1}`;
    const label = snippet.source ? `${snippet.source}, ${where}` : where;
    parts.push(`> ${text}\n>\n> — ${uri ? fileLink(label, uri) : escapeMarkdown(label)}`);
  }

  if (card.coMentions.length) {
    parts.push(`Mentioned with: ${card.coMentions.map((c) => `${escapeMarkdown(c.name)} (${c.count})`).join(', ')}`);
  }
  return parts.join('\n\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
