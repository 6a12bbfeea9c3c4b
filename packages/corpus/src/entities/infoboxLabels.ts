/**
 * The labels of a profile's fact box (an infobox copied with the article: "Born 4 March 1961",
 * "Occupation Journalist, broadcaster", "Spouse(s) Tunde Bakare"). A label opening a line of such a
 * box only labels the value after it: it is no word of a name ("Education Oxford University",
 * "Nationality Kenyan" were names), and the value's first word is capitalised as a field's first.
 */
const INFOBOX_LABELS: ReadonlySet<string> = new Set([
  'born', 'died', 'resting place', 'occupation', 'occupations', 'profession', 'nationality', 'citizenship', 'education',
  'alma mater', 'spouse', 'spouses', 'partner', 'partners', 'children', 'parents', 'parent', 'relatives', 'awards',
  'honours', 'honors', 'genre', 'genres', 'instrument', 'instruments', 'label', 'labels', 'years active', 'website',
  'religion', 'residence', 'height', 'weight', 'sport', 'event', 'events', 'team', 'position', 'coach', 'coached by',
  'branch', 'service', 'rank', 'unit', 'commands', 'battles', 'allegiance', 'known for', 'notable work', 'notable works',
  'predecessor', 'successor', 'preceded by', 'succeeded by', 'political party', 'party', 'constituency', 'employer',
  'home town', 'hometown', 'origin', 'associated acts', 'members', 'founded', 'founder', 'founders', 'headquarters',
  'industry', 'products', 'key people', 'owner', 'subsidiaries', 'fields', 'field', 'institutions', 'doctoral advisor',
  'influences', 'influenced', 'pen name', 'personal details', 'personal information', 'full name', 'signature',
]);

/** The longest line read as a fact box's: a label and its value, not a paragraph. */
const MAX_LABEL_LINE = 160;

/** The label opening the line that starts at `lineStart` ("spouse(s)" is read "spouses"), or null. */
function labelOfLine(text: string, lineStart: number): string | null {
  const line = /^[ \t]*(\p{Lu}\p{Ll}+)(?:\(s\))?(?: (\p{Ll}+)(?:\(s\))?)?/u.exec(text.slice(lineStart, lineStart + 40));
  if (!line) return null;
  const first = line[1]!.toLowerCase();
  const two = line[2] ? `${first} ${line[2]}` : null;
  if (two && INFOBOX_LABELS.has(two)) return two;
  return INFOBOX_LABELS.has(first) || INFOBOX_LABELS.has(`${first}s`) ? first : null;
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndAt(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** The start of the nearest line before (or after) the line at `lineStart` that holds some text, or -1. */
function neighbouringLine(text: string, lineStart: number, step: -1 | 1): number {
  let start = lineStart;
  for (let tries = 0; tries < 3; tries++) {
    start = step < 0 ? (start === 0 ? -1 : lineStartAt(text, start - 1)) : lineEndAt(text, start) + 1;
    if (start < 0 || start > text.length) return -1;
    if (text.slice(start, lineEndAt(text, start)).trim() !== '') return start;
  }
  return -1;
}

/**
 * The label the word at `offset` opens, where it opens a line of a fact box: a short line opened by
 * a label, near another such line ("Born 4 March 1961" above "Occupation Journalist,
 * broadcaster"). One line alone is prose ("Team Sky won the stage"). Else null.
 */
export function opensInfoboxLabel(text: string, offset: number): string | null {
  const lineStart = lineStartAt(text, offset);
  if (text.slice(lineStart, offset).trim() !== '' || lineEndAt(text, offset) - lineStart > MAX_LABEL_LINE) return null;
  const label = labelOfLine(text, lineStart);
  if (!label) return null;
  return labelLineNear(text, lineStart, -1) || labelLineNear(text, lineStart, 1) ? label : null;
}

/** One of the two lines with text before (or after) the line at `lineStart` is a fact box's: a value may take two lines ("Died November 28, 2025" above "Boston, Massachusetts"). */
function labelLineNear(text: string, lineStart: number, step: -1 | 1): boolean {
  let start = lineStart;
  for (let n = 0; n < 2; n++) {
    start = neighbouringLine(text, start, step);
    if (start < 0) return false;
    if (lineEndAt(text, start) - start <= MAX_LABEL_LINE && labelOfLine(text, start) !== null) return true;
  }
  return false;
}
