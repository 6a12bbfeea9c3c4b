/**
 * Dossier's requests and notifications beyond standard LSP, shared with the VS Code extension.
 * Plain method names, types and the wording of indexing progress only: the extension imports
 * this file without the server.
 */
import type { EntityType, Position, Range } from '@dossier/corpus/query';

/** LSP positions and ranges, as the corpus library defines them (zero-based lines, UTF-16 characters). */
export type { Position, Range };

/** Server → client: indexing progress and corpus size, for a status bar. */
export const StatusNotification = 'dossier/status';
export interface StatusParams {
  state: 'indexing' | 'ready' | 'error' | 'empty';
  /** While indexing: reading and analysing the files, then merging them into entities, then saving the index. */
  phase?: IndexingPhase;
  /** Files analysed so far and in all, while indexing. */
  done: number;
  total: number;
  entities: number;
  articles: number;
  files: number;
  message?: string;
  /** Something the analyst should know although the index answers (the shared index is unreachable and a copy is served). */
  warning?: string;
}

export type IndexingPhase = 'analysing' | 'merging' | 'saving';

/**
 * What indexing progress says, the same in the server's work-done progress, the hover asked during
 * indexing and the extension: analysing counts up to 90% ("3,232/10,000 files"), the merge
 * ("merging 10,000 files into entities") and the snapshot's write ("saving the index") take the rest.
 */
export function indexingProgress(status: Pick<StatusParams, 'phase' | 'done' | 'total'>): { percentage: number; message: string } {
  const total = withThousands(status.total);
  if (status.phase === 'merging') return { percentage: 90, message: `merging ${total} files into entities` };
  if (status.phase === 'saving') return { percentage: 97, message: 'saving the index' };
  if (status.total === 0) return { percentage: 0, message: 'looking for article files' };
  const percentage = status.total ? Math.floor((90 * status.done) / status.total) : 0;
  return { percentage, message: `${withThousands(status.done)}/${total} files` };
}

/** The first line of a card from a cold index's preview: "Preview from 3,412 of 36,035 files: indexing continues." */
export function previewNote(preview: { done: number; total: number }): string {
  return `Preview from ${withThousands(preview.done)} of ${withThousands(preview.total)} files: indexing continues.`;
}

/**
 * A count with commas between its thousands ("36,035"), as toLocaleString('en-US') writes it but
 * without ICU: the server formats indexing progress only during a cold index, and the first
 * toLocaleString mapped 5.5 MB of the node binary's ICU data and code into it (a bare node
 * process: 34.7 → 40.2 MB of RSS mapped from files), which a warm start never reads: the cold
 * server's RSS mapped from files was 51 MB against the warm one's 46 in three scale-bench pairs.
 */
export function withThousands(count: number): string {
  return String(Math.trunc(count)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Client → server: the entity list for an Entities view or a quick pick. */
export const EntitiesRequest = 'dossier/entities';
export interface EntitiesParams {
  /** Keep entities whose name or aliases contain these words. */
  filter?: string;
  limit?: number;
}
export interface EntitySummary {
  id: string;
  name: string;
  type: EntityType;
  description: string | null;
  aliases: string[];
  mentionCount: number;
  articleCount: number;
}

/** Client → server: one entity's card and where the corpus mentions it, article by article. */
export const EntityDetailsRequest = 'dossier/entityDetails';
export interface EntityDetailsParams {
  id: string;
}
export interface EntityDetails extends EntitySummary {
  /** The hover card without its name line (the card document has the name as its title), as untrusted Markdown. */
  card: string;
  /** The entity's source: the mention go to definition lands on when nothing in a note points elsewhere. */
  introduction: { uri: string; range: Range } | null;
  articles: {
    id: string;
    title: string | null;
    source: string | null;
    /** ISO 8601 at the precision the article gives ("2025" for a year alone), or null. */
    published: string | null;
    /** The date for a reader: "2025-08-14", "c. 2025" (a copyright year) or "undated". */
    date: string;
    uri: string;
    /** The article's best mention of the entity: where its link goes. */
    best: Range;
    mentions: {
      range: Range;
      text: string;
      /** A few words around the mention, on one line ("…said on Thursday that Kim, who…"). */
      excerpt: string;
      /** The mention's whole sentence (white space collapsed), or "" for a headline's. */
      sentence: string;
    }[];
  }[];
}

/** Client → server: the entity named at a position of a note, if any. */
export const EntityAtRequest = 'dossier/entityAt';
export interface EntityAtParams {
  uri: string;
  position: Position;
}
export interface EntityAt {
  id: string;
  name: string;
  type: EntityType;
  /** The name as written in the note, and where. */
  text: string;
  range: Range;
  /** Where "open source" goes: the same mention as go to definition and the hover card's first link. */
  source: { uri: string; range: Range; articleTitle: string | null; articleSource: string | null; line: number } | null;
}

/**
 * Client → server: the corpus mention that starts at a position of an article, if any: the client
 * selects it when it lands there (F12, a card's link), since editors put only the cursor there.
 */
export const MentionAtRequest = 'dossier/mentionAt';
export interface MentionAt {
  range: Range;
  text: string;
  entityId: string;
}

/** Client → server: a citation of the source of the name at a position, as text and as a Markdown footnote. */
export const CitationRequest = 'dossier/citation';
export interface Citation {
  /** "[^kim-yo-jong]" to put after the name. */
  reference: string;
  /** The footnote for the note: "[^kim-yo-jong]: “Kim Yo Jong said…” — “N Korea says…”, Japan Today, c. 2025, seeds/000_….txt:20." (Markdown, escaped only where needed). */
  footnote: string;
  /** The same citation for a reader, as plain text (clipboard, messages): no Markdown escapes. */
  text: string;
}

/** Client → server: index the corpus again from scratch (the cache is ignored). */
export const ReindexRequest = 'dossier/reindex';

/**
 * Server command, run by the client right after a correction's edit of dossier.yaml: the new text
 * of the file, so that the index follows at once, before (or without) the file being saved.
 */
export const ApplyCorrectionsCommand = 'dossier.server.applyCorrections';
export interface ApplyCorrectionsArgs {
  /** Absolute path of dossier.yaml. */
  file: string;
  text: string;
  /** The client could not create the file through the edit: the server writes it. */
  write?: boolean;
}

/**
 * Client command of the code lenses: show the references of the name at a position of a note
 * (the VS Code extension runs the references request and shows them in a peek).
 */
export const ShowReferencesCommand = 'dossier.showReferences';
