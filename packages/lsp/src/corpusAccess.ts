import type { CardOptions, CorpusIndex } from '@dossier/corpus/query';
import type { CancellationToken } from 'vscode-languageserver';
import type { StatusParams } from './protocol.js';
import type { IndexPreview } from './workspace/previewIndex.js';
import type { DossierSettings } from './workspace/settings.js';

/** What the language features need from the corpus; the server and the tests each provide one. */
export interface CorpusAccess {
  /** The index now, or null while the first indexing runs. */
  current(): CorpusIndex | null;
  /** The index once it exists; null if the request is cancelled before. */
  ready(token?: CancellationToken): Promise<CorpusIndex | null>;
  /** How far the first indexing is while there is no index yet (null: an index exists, or none is being made). */
  indexing?(): Pick<StatusParams, 'done' | 'total' | 'phase'> | null;
  /** While the first indexing runs, the index of the files analysed so far once there is one (cards only, marked as a preview). */
  preview?(): IndexPreview | null;
  /** A corpus file's analysed text, for snippets and quotes. */
  textOf(path: string): string | null;
  /** textOf for a pass over the whole corpus (the quotation scans): what it reads is not kept; absent: textOf. */
  scanTextOf?(path: string): string | null;
  /** Characters of a corpus file's analysed text, read alone when the index can (see CardOptions.spanOf); absent: sliced from textOf. */
  spanOf?: CardOptions['spanOf'];
  /** File URIs may only point into the corpus and the workspace. */
  isLinkable(path: string): boolean;
  settings(): DossierSettings;
}

/** How a card reads its sentences: one sentence's bytes when the corpus can (spanOf), else the file's text. */
export function cardSources(corpus: CorpusAccess): Pick<CardOptions, 'textOf' | 'spanOf'> {
  const textOf = (path: string) => corpus.textOf(path);
  return corpus.spanOf ? { textOf, spanOf: corpus.spanOf } : { textOf };
}
