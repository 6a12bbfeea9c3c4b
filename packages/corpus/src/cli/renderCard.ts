import { location, renderCardText } from '../cards/cardText.js';
import type { EntityCard } from '../cards/entityCard.js';
import { printable } from './io.js';

/** A card for a terminal: the plain-text card with file:line:column locations, two spaces in. */
export function renderCardForTerminal(card: EntityCard, notes: string[] = []): string {
  const text = renderCardText(card, { where: (s) => location(s.mention.file, s.mention.range.start), notes });
  // Every line holds article text: no control character of it reaches the terminal.
  return (
    text
      .trimEnd()
      .split('\n')
      .map((line, i) => (i === notes.length ? printable(line) : line ? `  ${printable(line)}` : ''))
      .join('\n') + '\n'
  );
}
