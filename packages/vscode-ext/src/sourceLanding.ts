// Lands on a name in an article the way "Open Source" does: the name
// selected and revealed in the middle of the editor, its long lines wrapped.
// VS Code's F12 and file links leave only the cursor at the start of the name
// (see landing.ts for the decisions, tested without VS Code).
import * as vscode from 'vscode';
import { hasLongLines, isCorpusPath, wrapIsOff } from './landing';
import { toVscodeRange, type DossierServer } from './server';

export interface LandingSettings {
  corpusPaths: readonly string[];
  wordWrap: boolean;
}

export class SourceLanding implements vscode.Disposable {
  /** Documents whose word wrap this extension turned on (once each, so the user's own toggle stays). */
  private readonly wrapped = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly server: DossierServer,
    private readonly settings: () => LandingSettings,
  ) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && void this.land(editor)),
      // A jump inside an open article (F12 again, a link) moves the cursor by a command, not by hand.
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.kind === vscode.TextEditorSelectionChangeKind.Command && e.textEditor === vscode.window.activeTextEditor) void this.land(e.textEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.wrapped.delete(document.uri.toString())),
    ];
  }

  private async land(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    if (document.uri.scheme !== 'file' || !this.isCorpusDocument(document)) return;
    await this.wrapLongLines(editor);
    if (!editor.selection.isEmpty) return;
    const position = editor.selection.active;
    const mention = await this.server.mentionAt({ uri: document.uri.toString(), position: { line: position.line, character: position.character } }).catch(() => null);
    // The user may have moved on while the server answered.
    if (!mention || vscode.window.activeTextEditor !== editor || !editor.selection.isEmpty || !editor.selection.active.isEqual(position)) return;
    const range = toVscodeRange(mention.range);
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }

  private isCorpusDocument(document: vscode.TextDocument): boolean {
    const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
    return isCorpusPath(document.uri.fsPath, folders, this.settings().corpusPaths);
  }

  private async wrapLongLines(editor: vscode.TextEditor): Promise<void> {
    const document = editor.document;
    const key = document.uri.toString();
    if (!this.settings().wordWrap || this.wrapped.has(key) || vscode.window.activeTextEditor !== editor) return;
    if (!wrapIsOff(vscode.workspace.getConfiguration('editor', document).get('wordWrap'))) return;
    const lengths = function* () {
      for (let line = 0; line < document.lineCount; line++) yield document.lineAt(line).text.length;
    };
    if (!hasLongLines(lengths())) return;
    this.wrapped.add(key);
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
