/**
 * Article text is untrusted: it may hold "[x](command:…)", "<img onerror=…>" or "<script>". Every
 * Markdown and HTML character is escaped, and URI schemes are broken ("command&#58;"), so nothing
 * from an article can become a link, an image, HTML or formatting in a hover.
 */
export function escapeMarkdown(text: string): string {
  // One pass for the characters, then the schemes in what it made: the same text as escaping
  // each kind in turn (six passes made six copies of every sentence a card quotes), and none at
  // all for text with nothing to escape (most names, sources and dates).
  if (!ESCAPED.test(text)) return text;
  const escaped = text.replace(ESCAPED_EACH, escapeOne);
  return escaped.includes(':') ? escaped.replace(/([a-z][a-z0-9+.-]*):/gi, '$1&#58;') : escaped;
}

/** What escapeMarkdown changes: HTML's and Markdown's characters, a colon, line breaks. */
const ESCAPED = /[&<>\\`*_{}[\]()#+\-.!|~:\r\n]/;
const ESCAPED_EACH = /[&<>\\`*_{}[\]()#+\-.!|~]|\r\n?|\n/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r\n': ' ', '\r': ' ', '\n': ' ' };
/** Each Markdown character with its backslash, made once (a function called per match makes no string then). */
const BACKSLASHED: Readonly<Record<string, string>> = Object.fromEntries([...'\\`*_{}[]()#+-.!|~'].map((c) => [c, `\\${c}`]));

function escapeOne(match: string): string {
  return ENTITIES[match] ?? BACKSLASHED[match]!;
}

/** A link whose target the server made itself (a file: URI into the corpus); its text is escaped. */
export function fileLink(text: string, uri: string): string {
  if (!uri.startsWith('file:')) throw new Error(`refusing to link to a non-file URI: ${uri}`);
  // Parentheses, angle brackets and white space would end the link target early or open another
  // (encodeURIComponent leaves parentheses alone, so they are written out).
  const target = uri.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(text)}](${target})`;
}

/**
 * Article text written into the analyst's note (a citation footnote): only what could make a
 * link, an image, HTML or emphasis is escaped ("[", "<", "*", "`", "|", "~", an entity code, an "_"
 * at a word's edge), so that it stays readable as plain text: "000_a964fcedf6c508e9.txt" and
 * "N Korea's" read as written, unlike escapeMarkdown's "000\_a964fcedf6c508e9\.txt", while a scraped
 * "[x](command:…)" or "<img …>" stays text. White space, line breaks included, becomes one space.
 */
export function escapeNoteText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_');
}

/** Plain text for a client that shows text as it is: no control characters (a scraped page may hold terminal escapes). */
export function plainText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}
