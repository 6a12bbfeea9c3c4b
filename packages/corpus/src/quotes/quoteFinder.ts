import type { CorpusIndex } from '../corpusIndex/corpusIndex.js';
import type { Range } from '../text/positions.js';
import { foldKey, tokenize, TokenKind } from '../text/tokenize.js';
import { regexSpans } from '../notes/lineSpans.js';
import type { NoteText } from '../notes/noteText.js';
import type { Span } from '../notes/spanList.js';
import { nextTurn, type WaitForTurn } from './nextTurn.js';

/** A quotation written in a note: "…" or “…”, long enough to be checked. */
export interface NoteQuote {
  /** The quotation marks included. */
  start: number;
  end: number;
  /** The words inside. */
  text: string;
  words: string[];
}

export interface QuoteSource {
  path: string;
  file: string;
  range: Range;
  articleId: string | null;
}

export const MIN_QUOTE_WORDS = 8;


/** Quotations of eight words or more in a note. */
export function findNoteQuotes(text: string, minWords = MIN_QUOTE_WORDS): NoteQuote[] {
  return quoteSpans(text, 0, text.length, minWords).map((s) => ({ start: s.start, end: s.end, ...s.item }));
}

/** What a quotation says, wherever it is. */
export type QuoteWords = Pick<NoteQuote, 'text' | 'words'>;

/** The quotations that start in text[from, to), a run of whole lines (a quotation never crosses a line feed). */
export function quoteSpans(text: NoteText, from: number, to: number, minWords = MIN_QUOTE_WORDS): Span<QuoteWords>[] {
  return regexSpans(/"([^"\n]{8,2000})"|“([^”\n]{8,2000})”/g, text, from, to, (m) => {
    const inner = m[1] ?? m[2]!;
    const words = wordKeys(inner);
    return words.length >= minWords ? { text: inner, words } : null;
  });
}

/** Words folded for comparison: case, diacritics, curly quotes and punctuation do not matter. */
export function wordKeys(text: string): string[] {
  const tokens = tokenize(text);
  const keys: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind(i);
    if (kind === TokenKind.Word || kind === TokenKind.Number || kind === TokenKind.Initialism || kind === TokenKind.Cjk) {
      keys.push(foldKey(text, tokens.starts[i]!, tokens.ends[i]!));
    } else if (kind === TokenKind.Possessive) keys.push('s');
  }
  return keys;
}

interface QuoteNode {
  next: Map<string, QuoteNode>;
  quotes: number[];
}

/** The quotations' words as a trie: each path from the root spells a quotation, which its last node holds. */
function quoteTrie(quotes: readonly string[][]): QuoteNode {
  const root: QuoteNode = { next: new Map(), quotes: [] };
  quotes.forEach((words, q) => {
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), quotes: [] };
        node.next.set(w, child);
      }
      node = child;
    }
    node.quotes.push(q);
  });
  return root;
}

/** A text's words and numbers as folded keys ("'s" as "s"), with where each stands. */
function quotableWords(text: string): { keys: string[]; starts: number[]; ends: number[] } {
  const tokens = tokenize(text);
  const words = { keys: [] as string[], starts: [] as number[], ends: [] as number[] };
  for (let i = 0; i < tokens.count; i++) {
    const kind = tokens.kind(i);
    if (kind === TokenKind.Word || kind === TokenKind.Number || kind === TokenKind.Initialism || kind === TokenKind.Cjk) {
      words.keys.push(foldKey(text, tokens.starts[i]!, tokens.ends[i]!));
    } else if (kind === TokenKind.Possessive) words.keys.push('s');
    else continue;
    words.starts.push(tokens.starts[i]!);
    words.ends.push(tokens.ends[i]!);
  }
  return words;
}

/** Where a quotation was found: its file, its range, and the article that holds its start. */
function quoteSource(index: CorpusIndex, fileNumber: number, start: number, end: number): QuoteSource {
  const file = index.file(fileNumber);
  const article = index.articleAt(fileNumber, start);
  return { path: file.path, file: file.displayPath, range: file.lines.rangeOf({ start, end }), articleId: article?.id ?? null };
}

/**
 * Looks for quotations in the corpus text, all at once: one pass over each file's words, walking a
 * trie of the quotations' words. Waits for its turn between files (`waitForTurn`) so that a
 * language server keeps answering, and stops when cancelled.
 */
export async function findQuoteSources(
  index: CorpusIndex,
  quotes: readonly string[][],
  textOf: (path: string) => string | null,
  isCancelled: () => boolean = () => false,
  waitForTurn: WaitForTurn = nextTurn,
): Promise<(QuoteSource | null)[]> {
  const results: (QuoteSource | null)[] = quotes.map(() => null);
  const root = quoteTrie(quotes);
  let remaining = quotes.length;
  // File by file, each made between turns (a snapshot's files are made when first asked for).
  for (let f = 0; f < index.fileCount; f++) {
    await waitForTurn();
    if (remaining === 0 || isCancelled()) break;
    const text = textOf(index.filePath(f));
    if (text === null) continue;
    const words = quotableWords(text);
    for (let i = 0; i < words.keys.length && remaining > 0; i++) {
      let node: QuoteNode | undefined = root;
      for (let j = i; j < words.keys.length && node; j++) {
        node = node.next.get(words.keys[j]!);
        if (!node) break;
        for (const q of node.quotes) {
          if (results[q]) continue;
          results[q] = quoteSource(index, f, words.starts[i]!, words.ends[j]!);
          remaining--;
        }
      }
    }
  }
  return results;
}
