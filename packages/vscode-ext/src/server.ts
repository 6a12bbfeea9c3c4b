// Typed access to Dossier's custom requests and notifications (protocol.ts)
// over the running LanguageClient. Everything in the extension talks to the
// server through this class, never through raw method names.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CitationRequest,
  EntitiesRequest,
  EntityAtRequest,
  EntityDetailsRequest,
  MentionAtRequest,
  ReindexRequest,
  StatusNotification,
  type Citation,
  type EntitiesParams,
  type EntityAt,
  type EntityAtParams,
  type EntityDetails,
  type EntitySummary,
  type MentionAt,
  type StatusParams,
} from './protocol';

export class DossierServer implements vscode.Disposable {
  private readonly statusEmitter = new vscode.EventEmitter<StatusParams>();
  /** Fires on every dossier/status notification (indexing progress, ready, ...). */
  readonly onDidChangeStatus = this.statusEmitter.event;
  private latestStatus: StatusParams | undefined;
  private readonly disposables: vscode.Disposable[] = [this.statusEmitter];

  constructor(private readonly client: LanguageClient) {
    // Registered before the client starts: the first notifications come
    // while the server indexes, right after `initialized`.
    this.disposables.push(
      client.onNotification(StatusNotification, (status: StatusParams) => {
        this.latestStatus = status;
        this.statusEmitter.fire(status);
      }),
    );
  }

  /** The last status the server sent, if any. */
  get status(): StatusParams | undefined {
    return this.latestStatus;
  }

  entities(params: EntitiesParams, token?: vscode.CancellationToken): Promise<EntitySummary[]> {
    return this.client.sendRequest<EntitySummary[] | null>(EntitiesRequest, params, token).then((list) => list ?? []);
  }

  entityDetails(id: string, token?: vscode.CancellationToken): Promise<EntityDetails | null> {
    return this.client.sendRequest<EntityDetails | null>(EntityDetailsRequest, { id }, token);
  }

  entityAt(params: EntityAtParams, token?: vscode.CancellationToken): Promise<EntityAt | null> {
    return this.client.sendRequest<EntityAt | null>(EntityAtRequest, params, token);
  }

  /** The corpus mention that starts at a position of an article, if any. */
  mentionAt(params: EntityAtParams, token?: vscode.CancellationToken): Promise<MentionAt | null> {
    return this.client.sendRequest<MentionAt | null>(MentionAtRequest, params, token);
  }

  /** The protocol gives dossier/citation the same parameters as dossier/entityAt: a note and a position. */
  citation(params: EntityAtParams, token?: vscode.CancellationToken): Promise<Citation | null> {
    return this.client.sendRequest<Citation | null>(CitationRequest, params, token);
  }

  reindex(): Promise<void> {
    return this.client.sendRequest<void>(ReindexRequest);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A protocol position/range as a VS Code one. */
export function toVscodeRange(range: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** Opens `uri` (a URI string from the server) with `range` selected and revealed in the middle. */
export async function showRange(uri: string, range: Parameters<typeof toVscodeRange>[0], preview = true): Promise<void> {
  const selection = toVscodeRange(range);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection, preview });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** A failed request as one readable line for a notification. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
