import type { CorrectionsFile } from './workspace/corpusWorkspace.js';

/** What the correction code actions need: the workspace's dossier.yaml and what the client can edit. */
export interface CorrectionsAccess {
  /** dossier.yaml as it is now (a correction applied but not yet saved included), or where a new one goes. */
  file(): Promise<CorrectionsFile>;
  /** Whether the client's workspace edits can create a file (documentChanges with the "create" operation). */
  canCreateFiles(): boolean;
}
