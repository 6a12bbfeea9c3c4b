import type { CorpusIndex, IndexedFile, Span } from '@dossier/corpus/query';
import type { StatusParams } from '../protocol.js';
import type { IndexPreview } from './previewIndex.js';
import type { WaitCancellation } from './servedIndex.js';
import type { DossierSettings } from './settings.js';

export type FileChange = { path: string; kind: 'created' | 'changed' | 'deleted' };

/**
 * Where the server's index comes from: the corpus folders indexed on this machine
 * (CorpusWorkspace), or the team's shared index in PostgreSQL (TeamWorkspace), chosen by the
 * setting dossier.index.database. The server and the features see only this.
 */
export interface CorpusSource {
  /** The index now, or null before the first one. */
  readonly index: CorpusIndex | null;
  /** Resolves with the first index, or at once when one exists. */
  ready(): Promise<CorpusIndex>;
  /** ready() for a request: null once it is cancelled, and nothing of its wait kept (ServedIndex). */
  readyUnless(cancellation: WaitCancellation): Promise<CorpusIndex | null>;
  /** How far a first indexing on this machine is, for a hover asked before the index exists; null otherwise. */
  indexingProgress(): Pick<StatusParams, 'done' | 'total' | 'phase'> | null;
  /** While a first cold index runs, the index of the files analysed so far once there is one, for hovers; null otherwise. */
  indexPreview(): IndexPreview | null;
  /** The analysed text of a file of the index, for snippets and quotes; null when unreadable. */
  textOf(path: string): string | null;
  /** textOf for a pass over the whole corpus: the text read is not kept (FileTextCache.peek). */
  scanTextOf(path: string): string | null;
  /** Characters of a file of the index, `sentence` the sentence they are in (see CardOptions.spanOf); null when unreadable or changed. */
  spanOf(file: IndexedFile, span: Span, sentence: Span): string | null;
  /** File URIs may only point into the corpus, the workspace, or the copies of a shared index. */
  isLinkable(path: string): boolean;
  /** Whether a changed file on disk is part of the corpus this source indexes. */
  isCorpusFile(path: string): boolean;
  /** Folders to watch for changes (none for a shared index: the indexers watch the corpus). */
  corpusRoots(): string[];
  workspaceFolders(): readonly string[];
  /** The settings in force. */
  currentSettings(): DossierSettings;
  updateSettings(settings: DossierSettings): void;
  updateFolders(folders: readonly string[]): void;
  /** Index again (local) or fetch the latest index now (shared). */
  reindexAll(): Promise<void>;
  /**
   * A request or background work found a part of the served index that is read when first needed broken (a
   * SnapshotError: a saved index's mention rows, ready sentences or name trie, whose checks run as
   * they are read): a local index is made again without its snapshot, a shared one is reported.
   */
  indexFoundBroken(error: Error): void;
  applyChanges(changes: readonly FileChange[]): Promise<void>;
  /** dossier.yaml changed. */
  configChanged(): Promise<void>;
  dispose(): void;
}
