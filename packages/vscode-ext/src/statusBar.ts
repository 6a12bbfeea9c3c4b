// The status bar item: indexing progress, then "$(book) N entities · M articles".
// A click reveals the Entities view. The wording lives in statusText.ts.
import * as vscode from 'vscode';
import type { StatusParams } from './protocol';
import { describeStatus, type ConnectionState } from './statusText';

/** VS Code registers "<view id>.focus" for every contributed view. */
const FOCUS_ENTITIES_VIEW = 'dossier.entities.focus';

export class DossierStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('dossier.status', vscode.StatusBarAlignment.Left, 10);
  private connection: ConnectionState = 'starting';
  private status: StatusParams | undefined;

  constructor() {
    this.item.name = 'Dossier';
    this.item.command = { command: FOCUS_ENTITIES_VIEW, title: 'Show the Entities view' };
    this.render();
    this.item.show();
  }

  setConnection(connection: ConnectionState): void {
    this.connection = connection;
    this.render();
  }

  setStatus(status: StatusParams): void {
    this.status = status;
    this.render();
  }

  private render(): void {
    const presentation = describeStatus(this.connection, this.status);
    this.item.text = presentation.text;
    this.item.tooltip = presentation.tooltip;
    this.item.backgroundColor =
      presentation.severity === 'error'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : presentation.severity === 'warning'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
