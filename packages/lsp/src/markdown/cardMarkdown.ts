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
  // Written piece by piece into one string: arrays of the parts, each joined and joined again
  // with the others, copied a card's text two or three times over.
  let out = context.notes?.length ? context.notes.map((n) => `_${escapeMarkdown(n)}_`).join('  \n') + PARAGRAPH : '';
  // Hard line breaks, not paragraphs: paragraph margins would cost the hover a line each.
  if (!context.withoutTitle) out += `**${escapeMarkdown(card.name)}** · _${card.type}_` + LINE_BREAK;
  if (card.description) out += escapeMarkdown(card.description) + LINE_BREAK;
  out += escapeMarkdown(countsLine(card));
  if (card.best) out += PARAGRAPH + quote(card.best, context);
  const facts = moreLines(card, context.otherNotes);
  if (facts.length === 0 && card.snippets.length === 0 && card.coMentions.length === 0) return out;
  out += PARAGRAPH + '---';
  for (let k = 0; k < facts.length; k++) out += (k === 0 ? PARAGRAPH : LINE_BREAK) + escapeMarkdown(facts[k]!);
  for (const snippet of card.snippets) out += PARAGRAPH + quote(snippet, context);
  if (card.coMentions.length) out += PARAGRAPH + escapeMarkdown(coMentionsLine(card));
  return out;
}

const LINE_BREAK = '  \n';
const PARAGRAPH = '\n\n';

/** A sentence in a block quote, the entity's names in bold, then where it is, linked when it may be. */
function quote(snippet: Snippet, context: CardContext): string {
  let text = '> ';
  let at = 0;
  for (const h of snippet.highlights) {
    if (h.start < at) continue;
    text += escapeMarkdown(snippet.text.slice(at, h.start)) + '**' + escapeMarkdown(snippet.text.slice(h.start, h.end)) + '**';
    at = h.end;
  }
  text += escapeMarkdown(snippet.text.slice(at));
  const uri = context.linkTo(snippet.mention);
  const label = attribution(snippet);
  return text + LINE_BREAK + '> — ' + (uri ? fileLink(label, uri) : escapeMarkdown(label));
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
