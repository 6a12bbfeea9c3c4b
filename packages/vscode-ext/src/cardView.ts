// Shows an entity's card in VS Code's Markdown preview. The card is written
// to a file in the extension's storage folder (the preview needs a real file
// to follow links to the articles, see cardDocument.ts) and previewed
// "locked", so it does not follow the active editor. No webview of our own;
// the server's Markdown is UNTRUSTED and its command links are defused.
import * as vscode from 'vscode';
import { cardDocumentMarkdown, cardFileName } from './cardDocument';
import type { EntityDetails } from './protocol';

export class CardView {
  /** `<storage>/cards`: the language client does not send these files to the server. */
  constructor(private readonly cardsFolder: vscode.Uri) {}

  /** True for a card file, which is no note of the user's (see clientOptions.ts). */
  isCard(uri: string): boolean {
    return uri.startsWith(`${this.cardsFolder.toString()}/`);
  }

  async show(details: EntityDetails): Promise<void> {
    // One folder per entity id: two entities may share a name.
    const folder = vscode.Uri.joinPath(this.cardsFolder, details.id.replace(/[^\w.-]+/g, '_'));
    const file = vscode.Uri.joinPath(folder, cardFileName(details.name));
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(cardDocumentMarkdown(details, folder.toString())));
    try {
      // Locked: a dynamic preview would follow the active editor and replace the card.
      await vscode.commands.executeCommand('markdown.showPreview', file, undefined, { locked: true });
    } catch {
      // The built-in Markdown extension is disabled: show the text.
      await vscode.window.showTextDocument(file, { preview: true });
    }
  }
}
