// Under another name: an ES bundle of the CLI declares `createRequire` in its banner (test/hostile/cli.test.ts).
import { createRequire as requireFrom } from 'node:module';
import type { decodeHTML as DecodeHtml } from 'entities';
import type { Parser as HtmlParser } from 'htmlparser2';

export type FileFormat = 'text' | 'markdown' | 'html';

/**
 * The article files, by extension (matched without regard to case): what discovery collects, what
 * the reader accepts, and what the language server asks an editor to watch all come from this
 * table. (The server's watch pattern once lacked .text and .xhtml, so edits to them went unseen.)
 */
const FORMAT_OF_EXTENSION: Readonly<Record<string, FileFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The article file extensions, lower case with the dot: ".txt", ".md", ".html"... */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_OF_EXTENSION);

export function formatOf(path: string): FileFormat | null {
  const lower = path.toLowerCase();
  const extension = ARTICLE_EXTENSIONS.find((e) => lower.endsWith(e));
  return extension ? FORMAT_OF_EXTENSION[extension]! : null;
}

/** The extensions as a sentence says them: ".txt, .text, .md, .markdown, .html, .htm and .xhtml". */
export function articleExtensionsText(): string {
  return `${ARTICLE_EXTENSIONS.slice(0, -1).join(', ')} and ${ARTICLE_EXTENSIONS.at(-1)}`;
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

const MD_HEADING = /^(#{1,6})(\s)/gm;
const MD_EMPHASIS = /(\*\*|__|\*|_|~~|`)(?=\S)([^*_~`\n]+?)(?<=\S)\1/g;
// Blanks, tabs and the marker only: `\s` here used to swallow line breaks ("para\n\n- item" lost its
// blank line, "-\nnext" merged two lines), which changed how the segmenter split paragraphs.
const MD_QUOTE_OR_LIST = /^([ \t]{0,3}(?:>|[-*+]|\d{1,3}[.)])[ \t])/gm;

function blankMarkdown(text: string): string {
  return blankLinks(text)
    .replace(MD_HEADING, (_m, hashes: string, space: string) => spaces(hashes.length) + space)
    .replace(MD_EMPHASIS, blankEmphasis)
    .replace(MD_QUOTE_OR_LIST, (m) => spaces(m.length));
}

/** Words an italic title may hold: "The Loneliness of Sonia and Sunny", "Electric Dreams: Art and Technology Before the Internet". */
const MAX_TITLE_WORDS = 12;
const OPENS_WITH_CAPITAL = /^[\p{Lu}\p{N}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * An emphasis's markers become spaces, except an italic title's: a single "*" or "_" around a few
 * words opening with a capital, inside a line that has words of its own ("*Seven Nights* opens on
 * Friday", "Desai's _The Inheritance of Loss_ won"), becomes quotation marks, “ and ”, as long as
 * the markers were. The title is then read as the quoted title it is (cut at its dictionary words,
 * "Sonia" of "The Loneliness of Sonia and Sunny" was a person); bold, a word in lower case and a
 * whole italic line (a wire's "*Reporting by …*" footer, an editor's note) stay blanked.
 */
function blankEmphasis(match: string, marker: string, inner: string, at: number, text: string): string {
  const blank = spaces(marker.length);
  const title = marker.length === 1 && readsAsItalicTitle(text, inner, at, at + match.length);
  return title ? `\u201c${inner}\u201d` : blank + inner + blank;
}

/** `inner`, set in italics in `text` from `start` to `end` (markers included), is a work's title: see `blankEmphasis`. */
function readsAsItalicTitle(text: string, inner: string, start: number, end: number): boolean {
  if (!OPENS_WITH_CAPITAL.test(inner) || inner.trim().split(/\s+/).length > MAX_TITLE_WORDS) return false;
  return wordOnLine(text, start - 1, -1) || wordOnLine(text, end, 1);
}

/** A letter or digit from `from` on, in `step`'s direction, before the line ends (the nearest one stops the scan, so a line of many emphases is read once). */
function wordOnLine(text: string, from: number, step: 1 | -1): boolean {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return false;
    if (LETTER_OR_DIGIT.test(c)) return true;
  }
  return false;
}

const enum Code {
  LineFeed = 10,
  CarriageReturn = 13,
  Bang = 33,
  OpenParen = 40,
  CloseParen = 41,
  OpenBracket = 91,
  CloseBracket = 93,
}

/**
 * Blanks Markdown images ("![alt](src)": all of it) and links ("[label](target)": all but the label)
 * in one left-to-right pass, keeping the text's length so that offsets into it are offsets into the
 * file. A label ends at "]" and may not hold "[" or a line break; a target ends at ")" and may not
 * hold a line break (\r included: a lone CR is a line break too).
 *
 * This replaces two regular expressions that were wrong and slow: the link's replacement was one
 * character shorter than the link, so every position after a link in a .md file was off by one; and
 * each "[" rescanned the rest of its line, which is quadratic (hours on a scraped 2 MB line of
 * brackets). Here every character is looked at a bounded number of times.
 */
function blankLinks(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  // The first ")" or line break at or after the last position asked for; scans never repeat.
  let targetStop = -1;
  for (let open = text.indexOf('['); open !== -1; open = text.indexOf('[', open + 1)) {
    let close = open + 1;
    while (close < text.length && !isLabelStop(text.charCodeAt(close))) close++;
    if (text.charCodeAt(close) !== Code.CloseBracket || text.charCodeAt(close + 1) !== Code.OpenParen) continue;
    const image = open > copied && text.charCodeAt(open - 1) === Code.Bang;
    if (!image && close === open + 1) continue; // "[](…)": a link needs a label
    if (targetStop < close + 2) {
      targetStop = close + 2;
      while (targetStop < text.length && !isTargetStop(text.charCodeAt(targetStop))) targetStop++;
    }
    if (text.charCodeAt(targetStop) !== Code.CloseParen) continue;
    const start = image ? open - 1 : open;
    const end = targetStop + 1;
    parts.push(text.slice(copied, start));
    // "[label](target)" becomes " label " and spaces: exactly as long as it was.
    parts.push(image ? spaces(end - start) : ' ' + text.slice(open + 1, close) + spaces(end - close));
    copied = end;
    open = targetStop;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function isLabelStop(code: number): boolean {
  return code === Code.CloseBracket || code === Code.OpenBracket || code === Code.LineFeed || code === Code.CarriageReturn;
}

function isTargetStop(code: number): boolean {
  return code === Code.CloseParen || code === Code.LineFeed || code === Code.CarriageReturn;
}

const BLOCK_TAGS = new Set(
  'p div br li ul ol h1 h2 h3 h4 h5 h6 title article section header footer aside nav blockquote figure figcaption tr table td th dd dt pre hr main'.split(' '),
);
// Scripts, styles and the <head> (its <title> usually repeats the headline with the site's name) are not article text.
const HIDDEN_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

interface HtmlLibraries {
  Parser: typeof HtmlParser;
  decodeHTML: typeof DecodeHtml;
}

let htmlLibraries: HtmlLibraries | undefined;

/**
 * htmlparser2 and entities, loaded when the first HTML file is blanked: with their dependencies
 * they are 43 modules, which a language server opening its index does not need (its files' texts
 * are read only for a card's sentences). Loaded with `require`, synchronously as blanking is
 * (`createRequire` in the package build; in a bundle, where `require` is a function, esbuild
 * bundles the calls).
 */
function html(): HtmlLibraries {
  if (!htmlLibraries) {
    const fromRequire = (load: NodeJS.Require): HtmlLibraries => ({ Parser: load('htmlparser2').Parser, decodeHTML: load('entities').decodeHTML });
    /* eslint-disable @typescript-eslint/no-require-imports -- a bundle's require, see above */
    htmlLibraries =
      typeof require === 'function' ? { Parser: require('htmlparser2').Parser, decodeHTML: require('entities').decodeHTML } : fromRequire(requireFrom(import.meta.url));
    /* eslint-enable @typescript-eslint/no-require-imports */
  }
  return htmlLibraries;
}

/** Characters start..end (inclusive) become spaces, line breaks kept; a block's tag opens a line where it stood. */
function blankCharacters(out: string[], start: number, end: number, breakLine: boolean): void {
  for (let i = start; i <= end && i < out.length; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  if (breakLine && start < out.length && out[start] !== '\r') out[start] = '\n';
}

/** Entities of a text node at `start` become their character followed by spaces, keeping the length. */
function decodeEntitiesInPlace(out: string[], data: string, start: number, decodeHTML: (entity: string) => string): void {
  for (const m of data.matchAll(/&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi)) {
    const decoded = decodeHTML(m[0]);
    if (decoded.length === 0 || decoded.length > m[0].length) continue;
    const at = start + m.index;
    for (let k = 0; k < m[0].length; k++) out[at + k] = k < decoded.length ? decoded[k]! : ' ';
  }
}

/** Tags that set a work's title in italics: "<i>Seven Nights</i>", "<cite>Nature</cite>". */
const ITALIC_TAGS = new Set(['i', 'em', 'cite']);

/** The last character of an italic tag's opening and the first of its closing, kept until the page is blanked. */
interface ItalicSpan {
  openEnd: number;
  closeStart: number;
}

/** An italic title's tags end and begin with quotation marks, as a Markdown one's markers become (`blankEmphasis`). */
function quoteItalicTitles(out: string[], spans: readonly ItalicSpan[]): void {
  if (spans.length === 0) return;
  const blanked = out.join('');
  for (const { openEnd, closeStart } of spans) {
    const inner = blanked.slice(openEnd + 1, closeStart);
    if (inner.includes('\n') || !readsAsItalicTitle(blanked, inner.trim(), openEnd, closeStart + 1)) continue;
    out[openEnd] = '\u201c';
    out[closeStart] = '\u201d';
  }
}

/**
 * What the HTML parser's events do to the text's characters: tags, comments and processing
 * instructions blanked (a block tag's as a line break), hidden elements (script, style) blanked
 * whole, entities decoded in place, and the spans of italic titles kept for `quoteItalicTitles`.
 */
class HtmlBlanker {
  readonly italicSpans: ItalicSpan[] = [];
  private hiddenDepth = 0;
  private hiddenStart = -1;
  private readonly italicOpenings: number[] = [];

  constructor(
    readonly out: string[],
    private readonly decodeHTML: (entity: string) => string,
  ) {}

  openTag(name: string, start: number, end: number): void {
    if (HIDDEN_TAGS.has(name) && this.hiddenDepth++ === 0) this.hiddenStart = start;
    if (ITALIC_TAGS.has(name)) this.italicOpenings.push(end);
    blankCharacters(this.out, start, end, BLOCK_TAGS.has(name));
  }

  closeTag(name: string, implied: boolean, start: number, end: number): void {
    if (!implied) blankCharacters(this.out, start, end, BLOCK_TAGS.has(name));
    const openEnd = ITALIC_TAGS.has(name) ? this.italicOpenings.pop() : undefined;
    if (openEnd !== undefined && !implied && this.hiddenDepth === 0) this.italicSpans.push({ openEnd, closeStart: start });
    if (HIDDEN_TAGS.has(name) && this.hiddenDepth > 0 && --this.hiddenDepth === 0) {
      blankCharacters(this.out, this.hiddenStart, end, false);
    }
  }

  blank(start: number, end: number): void {
    blankCharacters(this.out, start, end, false);
  }

  text(data: string, start: number): void {
    decodeEntitiesInPlace(this.out, data, start, this.decodeHTML);
  }
}

function blankHtml(text: string): string {
  const { Parser, decodeHTML } = html();
  const blanker = new HtmlBlanker(text.split(''), decodeHTML);
  const parser = new Parser(
    {
      onopentag: (name) => blanker.openTag(name, parser.startIndex, parser.endIndex),
      onclosetag: (name, implied) => blanker.closeTag(name, implied, parser.startIndex, parser.endIndex),
      oncomment: () => blanker.blank(parser.startIndex, parser.endIndex),
      onprocessinginstruction: () => blanker.blank(parser.startIndex, parser.endIndex),
      ontext: (data) => blanker.text(data, parser.startIndex),
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(text);
  quoteItalicTitles(blanker.out, blanker.italicSpans);
  return blanker.out.join('');
}
