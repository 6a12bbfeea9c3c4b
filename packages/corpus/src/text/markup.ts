import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';

export type FileFormat = 'text' | 'markdown' | 'html';

export function formatOf(path: string): FileFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.txt') || lower.endsWith('.text')) return 'text';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.html') || lower.endsWith('.htm') || lower.endsWith('.xhtml')) return 'html';
  return null;
}

/**
 * The text the segmenter reads. Markup is blanked, never removed: the result has exactly the
 * length of the file's text, so every offset found in it is an offset into the file the editor opens.
 */
export function analysisText(text: string, format: FileFormat): string {
  switch (format) {
    case 'text':
      return text;
    case 'markdown':
      return blankMarkdown(text);
    case 'html':
      return blankHtml(text);
  }
}

function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

/** Keeps line breaks inside a blanked region so that lines do not merge. */
function blank(source: string): string {
  return source.replace(/[^\r\n]/g, ' ');
}

const MD_IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const MD_LINK = /\[([^\]\n]+)\]\(([^)\n]*)\)/g;
const MD_HEADING = /^(#{1,6})(\s)/gm;
const MD_EMPHASIS = /(\*\*|__|\*|_|~~|`)(?=\S)([^*_~`\n]+?)(?<=\S)\1/g;
const MD_QUOTE_OR_LIST = /^(\s{0,3}(?:>|[-*+]|\d{1,3}[.)])\s)/gm;

function blankMarkdown(text: string): string {
  return text
    .replace(MD_IMAGE, (m) => spaces(m.length))
    .replace(MD_LINK, (_m, label: string, url: string) => ` ${label} ${spaces(url.length + 1)}`)
    .replace(MD_HEADING, (_m, hashes: string, space: string) => spaces(hashes.length) + space)
    .replace(MD_EMPHASIS, (_m, marker: string, inner: string) => spaces(marker.length) + inner + spaces(marker.length))
    .replace(MD_QUOTE_OR_LIST, (m) => spaces(m.length));
}

const BLOCK_TAGS = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 title article section header footer aside nav blockquote figure figcaption tr table td th dd dt pre hr main'.split(' '),
);
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

function blankHtml(text: string): string {
  const out = text.split('');
  const blankRange = (start: number, end: number, breakLine: boolean) => {
    for (let i = start; i <= end && i < out.length; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
    if (breakLine && start < out.length && out[start] !== '\r') out[start] = '\n';
  };
  let hiddenDepth = 0;
  let hiddenStart = -1;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN_TAGS.has(name)) {
          if (hiddenDepth++ === 0) hiddenStart = parser.startIndex;
        }
        blankRange(parser.startIndex, parser.endIndex, BLOCK_TAGS.has(name));
      },
      onclosetag(name, implied) {
        if (!implied) blankRange(parser.startIndex, parser.endIndex, BLOCK_TAGS.has(name));
        if (HIDDEN_TAGS.has(name) && hiddenDepth > 0 && --hiddenDepth === 0) {
          blankRange(hiddenStart, parser.endIndex, false);
        }
      },
      oncomment() {
        blankRange(parser.startIndex, parser.endIndex, false);
      },
      onprocessinginstruction() {
        blankRange(parser.startIndex, parser.endIndex, false);
      },
      ontext(data) {
        // Entities become their character followed by spaces, keeping the length.
        const start = parser.startIndex;
        for (const m of data.matchAll(/&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi)) {
          const decoded = decodeHTML(m[0]);
          if (decoded.length === 0 || decoded.length > m[0].length) continue;
          const at = start + m.index;
          for (let k = 0; k < m[0].length; k++) out[at + k] = k < decoded.length ? decoded[k]! : ' ';
        }
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(text);
  return out.join('');
}
