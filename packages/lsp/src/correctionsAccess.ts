import type { CorrectionsFile } from './workspace/corpusWorkspace.js';

/** What the correction code actions need: the workspace's dossier.yaml and what the client can edit. */
export interface CorrectionsAccess {
  /** dossier.yaml as it is now (a correction applied but not yet saved included), or where a new one goes. */
  file(): Promise<CorrectionsFile>;
  /** Whether the client's workspace edits can create a file (documentChanges with the "create" operation). */
  canCreateFiles(): boolean;
  /**
   * Whether corrections are kept in dossier.yaml: not with a shared index, whose corrections are
   * judgements in its database; then no code action edits dossier.yaml.
   */
  editable(): boolean;
}
