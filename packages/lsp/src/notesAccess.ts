import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The workspace's notes: open ones as the editor has them, the others as saved on disk. */
export interface NotesAccess {
  all(): Promise<TextDocument[]>;
}
