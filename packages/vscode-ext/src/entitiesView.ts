// The "Entities" view in the Explorer: type -> entity -> article -> mention.
// Entities come from dossier/entities (optionally filtered), an entity's
// articles and mentions from dossier/entityDetails when it is expanded.
// Clicking a mention opens the article with the mention selected.
import * as vscode from 'vscode';
import {
  articleNodes,
  entityNodes,
  mentionNodes,
  presentNode,
  rootNodes,
  type TreeNode,
} from './entityTree';
import { indexingProgress, type EntityDetails, type StatusParams } from './protocol';
import { describeError, type DossierServer } from './server';

const ENTITIES_VIEW_ID = 'dossier.entities';
/** Context key behind the "Clear Filter" button (package.json menus). */
const FILTERED_CONTEXT = 'dossier.entities.filtered';
/** The internal command a mention runs when clicked. */
export const OPEN_MENTION_COMMAND = 'dossier.entities.openMention';
/** How many entities the view asks for at most; filtering finds the rest. */
const ENTITY_LIMIT = 2000;

export class EntitiesView implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changeEmitter.event;
  private readonly view: vscode.TreeView<TreeNode>;
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private filterText: string | undefined;
  /** Entity details by id, for the current generation of the tree (cleared on refresh). */
  private details = new Map<string, Promise<EntityDetails | null>>();

  constructor(private readonly server: DossierServer) {
    this.view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      // A new index means new entities: reload when indexing ends.
      server.onDidChangeStatus((status) => this.onStatus(status)),
    );
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, false);
  }

  get filter(): string | undefined {
    return this.filterText;
  }

  refresh(): void {
    this.details = new Map();
    this.changeEmitter.fire(undefined);
  }

  /** Shows only entities whose name or aliases contain `text` (the server does the matching). */
  setFilter(text: string | undefined): void {
    const filter = text?.trim() || undefined;
    this.filterText = filter;
    this.view.description = filter ? `“${filter}”` : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, filter !== undefined);
    this.refresh();
  }

  private onStatus(status: StatusParams): void {
    if (status.state === 'indexing') {
      this.view.message = status.total > 0 ? `Indexing the corpus: ${indexingProgress(status).message}…` : 'Indexing the corpus…';
    } else {
      this.view.message = status.state === 'error' && status.message ? `Indexing failed: ${status.message}` : undefined;
      this.refresh();
    }
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const p = presentNode(node);
    const item = new vscode.TreeItem(
      p.label,
      p.collapsible === 'none'
        ? vscode.TreeItemCollapsibleState.None
        : p.collapsible === 'expanded'
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = p.id;
    if (p.description !== undefined) item.description = p.description;
    if (p.tooltip !== undefined) item.tooltip = p.tooltip;
    if (p.icon) item.iconPath = new vscode.ThemeIcon(p.icon, p.iconColor ? new vscode.ThemeColor(p.iconColor) : undefined);
    item.contextValue = p.contextValue;
    if (p.open) {
      item.command = { command: OPEN_MENTION_COMMAND, title: 'Open Mention', arguments: [p.open.uri, p.open.range] };
    }
    return item;
  }

  async getChildren(node?: TreeNode): Promise<TreeNode[]> {
    try {
      if (!node) {
        const filter = this.filterText;
        const entities = await this.server.entities(filter ? { filter, limit: ENTITY_LIMIT } : { limit: ENTITY_LIMIT });
        return rootNodes(entities, ENTITY_LIMIT, filter);
      }
      switch (node.kind) {
        case 'type':
          return entityNodes(node);
        case 'entity': {
          const details = await this.entityDetails(node.entity.id);
          return details ? articleNodes(details) : [{ kind: 'notice', message: 'This entity is no longer in the index: refresh the view.' }];
        }
        case 'article':
          return mentionNodes(node);
        default:
          return [];
      }
    } catch (error) {
      // An empty root would show the welcome text, which would be misleading: say what failed.
      return [{ kind: 'notice', message: `Could not ask the Dossier server: ${describeError(error)}` }];
    }
  }

  private entityDetails(id: string): Promise<EntityDetails | null> {
    let pending = this.details.get(id);
    if (!pending) {
      pending = this.server.entityDetails(id);
      // A failure must not be cached: the next expansion asks again.
      pending.catch(() => this.details.delete(id));
      this.details.set(id, pending);
    }
    return pending;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
