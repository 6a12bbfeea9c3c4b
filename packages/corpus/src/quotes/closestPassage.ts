import type { CorpusIndex } from '../corpusIndex/corpusIndex.js';
import type { Range } from '../text/positions.js';
import { foldKey, tokenize, TokenKind } from '../text/tokenize.js';
import { nextTurn, type WaitForTurn } from './nextTurn.js';

/** The corpus sentence most like a quotation the corpus does not contain. */
export interface ClosestPassage {
  path: string;
  file: string;
  /** The sentence's range in its file. */
  range: Range;
  /** The sentence, white space collapsed, cut to about 240 characters. */
  text: string;
  articleId: string | null;
  /**
   * How alike the two are, 0 to 1: the Dice coefficient of their sets of content words
   * (2 × shared / (quotation's + sentence's)), so a long sentence that happens to hold many of the
   * words does not beat a short one that says the same thing.
   */
  similarity: number;
}

/** Words that say nothing of what a sentence is about; shorter words are left out as well. */
const STOPWORDS = new Set(
  'the and for that with from this will have has had was were are been not but its his her their they them than then there these those which who whom what when where while would could should about after before into over under also just only very more most such some any all each other said says say'.split(' '),
);

const MAX_TEXT = 240;
/** Work at most this long at a time, then leave the thread alone this long. */
const SLICE_MS = 4;
const PAUSE_MS = 12;

/** The content words of a text, folded as quotations are compared (case, diacritics, curly quotes). */
export function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => w.length >= 3 && !STOPWORDS.has(w)));
}

/**
 * For each quotation (its folded words, see wordKeys), the corpus sentence with the highest
 * similarity, or null when no sentence shares a content word with it. One pass over each file's
 * words, in time slices with pauses between (a quarter of the thread at most); stops when
 * cancelled. Meant for the few quotations found missing, once each, not for every keystroke.
 */
export async function findClosestPassages(
  index: CorpusIndex,
  quotes: readonly string[][],
  textOf: (path: string) => string | null,
  isCancelled: () => boolean = () => false,
  waitForTurn: WaitForTurn = nextTurn,
): Promise<(ClosestPassage | null)[]> {
  const sets = quotes.map(contentWords);
  const quotesOf = new Map<string, number[]>();
  sets.forEach((set, q) => {
    for (const word of set) quotesOf.set(word, [...(quotesOf.get(word) ?? []), q]);
  });
  const best: { score: number; file: number; sentence: number }[] = quotes.map(() => ({ score: 0, file: -1, sentence: -1 }));
  let sliceStart = performance.now();
  // File by file, in slices (a snapshot's files are made when first asked for).
  for (let fileIndex = 0; fileIndex < index.fileCount; fileIndex++) {
    if (isCancelled()) break;
    const file = index.file(fileIndex);
    const text = textOf(file.path);
    if (text === null) continue;
    scoreFile(text, file.sentences, sets, quotesOf, (q, sentence, score) => {
      if (score > best[q]!.score) best[q] = { score, file: fileIndex, sentence };
    });
    // A nicety, not an answer anyone waits for: it works in short slices with pauses between, so
    // that hovers and other requests on the same thread hardly notice it.
    if (performance.now() - sliceStart >= SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      await waitForTurn();
      sliceStart = performance.now();
    }
  }
  if (isCancelled()) return quotes.map(() => null);
  return best.map((b) => (b.file < 0 ? null : passage(index, b.file, b.sentence, b.score, textOf)));
}

/** Scores every sentence of a file against every quotation sharing a word with it: one tokenization of the file. */
function scoreFile(
  text: string,
  sentences: Int32Array,
  sets: readonly Set<string>[],
  quotesOf: Map<string, number[]>,
  report: (quote: number, sentence: number, score: number) => void,
): void {
  const tokens = tokenize(text);
  const count = sentences.length / 2;
  let s = 0;
  let words = new Set<string>();
  let shared = new Map<number, number>();
  const flush = () => {
    for (const [q, n] of shared) report(q, s, (2 * n) / (sets[q]!.size + words.size));
    words = new Set();
    shared = new Map();
  };
  for (let i = 0; i < tokens.count && s < count; i++) {
    const at = tokens.starts[i]!;
    while (s < count && at >= sentences[s * 2 + 1]!) {
      flush();
      s++;
    }
    if (s >= count || at < sentences[s * 2]!) continue;
    const kind = tokens.kind(i);
    if (kind !== TokenKind.Word && kind !== TokenKind.Number && kind !== TokenKind.Initialism && kind !== TokenKind.Cjk) continue;
    const key = foldKey(text, at, tokens.ends[i]!);
    if (key.length < 3 || STOPWORDS.has(key) || words.has(key)) continue;
    words.add(key);
    for (const q of quotesOf.get(key) ?? []) shared.set(q, (shared.get(q) ?? 0) + 1);
  }
  if (s < count) flush();
}

function passage(index: CorpusIndex, fileIndex: number, sentence: number, similarity: number, textOf: (path: string) => string | null): ClosestPassage | null {
  const file = index.file(fileIndex);
  const text = textOf(file.path);
  if (text === null) return null;
  const start = file.sentences[sentence * 2]!;
  const end = file.sentences[sentence * 2 + 1]!;
  const collapsed = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const ordinal = file.articles.findIndex((a) => a.span.start <= start && start < a.span.end);
  const article = ordinal < 0 ? undefined : index.article(file.articleBase + ordinal);
  return {
    path: file.path,
    file: file.displayPath,
    range: file.lines.rangeOf({ start, end }),
    text: collapsed.length > MAX_TEXT ? `${collapsed.slice(0, MAX_TEXT - 1).trimEnd()}…` : collapsed,
    articleId: article?.id ?? null,
    similarity,
  };
}
