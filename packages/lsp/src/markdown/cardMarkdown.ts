import { attribution, coMentionsLine, countsLine, moreLines, type EntityCard, type Mention, type NoteName, type Snippet } from '@dossier/corpus/query';
import { escapeMarkdown, fileLink } from './escape.js';

export interface CardContext {
  /** The URI of a corpus file with the mention's position as a fragment ("…#L20,5"). */
  linkTo: (mention: Mention) => string | null;
  /** Lines about the name as the note writes it (a spelling, an ambiguity), shown first. Plain text. */
  notes?: string[];
  /** Leave out the name and type line (a card document that has the name as its title). */
  withoutTitle?: boolean;
  /** How many other notes of the workspace name the entity ("Also in 2 of your notes"). */
  otherNotes?: number;
}

/**
 * The hover card in Markdown. The first lines are what a glance needs and fit VS Code's hover box
 * (about 750×250 px) without scrolling: name and type, one description, the counts with sources
 * and dates, the best sentence and where it is. The rest comes after a rule. Every piece of
 * article text goes through escapeMarkdown.
 */
export function renderCardMarkdown(card: EntityCard, context: CardContext): string {
  const parts: string[] = [];
  if (context.notes?.length) parts.push(context.notes.map((n) => `_${escapeMarkdown(n)}_`).join('  \n'));
  const head: string[] = [];
  if (!context.withoutTitle) head.push(`**${escapeMarkdown(card.name)}** · _${card.type}_`);
  if (card.description) head.push(escapeMarkdown(card.description));
  head.push(escapeMarkdown(countsLine(card)));
  // Hard line breaks, not paragraphs: paragraph margins would cost the hover a line each.
  parts.push(head.join('  \n'));
  if (card.best) parts.push(quote(card.best, context));

  const more: string[] = [];
  const facts = moreLines(card, context.otherNotes).map(escapeMarkdown);
  if (facts.length) more.push(facts.join('  \n'));
  for (const snippet of card.snippets) more.push(quote(snippet, context));
  if (card.coMentions.length) more.push(escapeMarkdown(coMentionsLine(card)));
  if (more.length) parts.push('---', ...more);
  return parts.join('\n\n');
}

/** A sentence in a block quote, the entity's names in bold, then where it is, linked when it may be. */
function quote(snippet: Snippet, context: CardContext): string {
  let text = '';
  let at = 0;
  for (const h of snippet.highlights) {
    if (h.start < at) continue;
    text += escapeMarkdown(snippet.text.slice(at, h.start)) + '**' + escapeMarkdown(snippet.text.slice(h.start, h.end)) + '**';
    at = h.end;
  }
  text += escapeMarkdown(snippet.text.slice(at));
  const uri = context.linkTo(snippet.mention);
  const label = attribution(snippet);
  return `> ${text}  \n> — ${uri ? fileLink(label, uri) : escapeMarkdown(label)}`;
}

const RESOLVED_BY: Record<string, string> = {
  note: 'an earlier mention in this note',
  section: 'another mention in this section',
  corpus: 'the corpus (the most mentioned)',
  here: 'this note (a dossier comment says what it means here)',
};

/** "“Kim” is ambiguous: resolved from … May also mean: Kim Jong Un (person)." Plain text; null for a name with one meaning. */
export function ambiguityNote(name: Pick<NoteName, 'text' | 'resolution' | 'candidates'>): string | null {
  if (name.resolution === 'unique' || name.candidates.length < 2) return null;
  const others = name.candidates
    .slice(1)
    .map((c) => `${c.name} (${c.type})`)
    .join(', ');
  return `"${name.text}" is ambiguous: resolved from ${RESOLVED_BY[name.resolution]}. May also mean: ${others}.`;
}
