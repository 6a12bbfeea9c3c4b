// The commands of the Command Palette, the editor context menu and the
// Entities view. Each one is a small function over DossierServer.
import * as vscode from 'vscode';
import type { CardView } from './cardView';
import { citationCopiedMessage, planCitationInsertions } from './citation';
import { entityPickItems, type EntityPickItem } from './entityPicks';
import type { TreeNode } from './entityTree';
import { OPEN_MENTION_COMMAND, type EntitiesView } from './entitiesView';
import { ShowReferencesCommand, type EntityAtParams, type EntitySummary, type Position, type Range } from './protocol';
import { describeError, showRange, toVscodeRange, type DossierServer } from './server';
import { reindexDoneMessage } from './statusText';

/** How many entities the quick pick loads at first; typing asks the server for more. */
const PICK_LIMIT = 500;

interface CommandContext {
  server: DossierServer;
  entitiesView: EntitiesView;
  cards: CardView;
}

export function registerCommands({ server, entitiesView, cards }: CommandContext): vscode.Disposable[] {
  const showEntity = async (id: string) => {
    const details = await server.entityDetails(id);
    if (!details) {
      void vscode.window.showWarningMessage('Dossier: this entity is no longer in the index.');
      return;
    }
    await cards.show(details);
  };

  return [
    command('dossier.reindex', () => reindex(server)),

    // From the palette: pick an entity. From the view: the entity's node.
    command('dossier.showEntity', async (target?: string | TreeNode) => {
      const id = typeof target === 'string' ? target : target?.kind === 'entity' ? target.entity.id : await pickEntity(server);
      if (id) await showEntity(id);
    }),
    command('dossier.entities.showCard', async (node?: TreeNode) => {
      if (node?.kind === 'entity') await showEntity(node.entity.id);
    }),

    command('dossier.openSource', () => openSource(server)),
    command('dossier.copyCitation', () => copyCitation(server)),

    command('dossier.entities.refresh', () => entitiesView.refresh()),
    command('dossier.entities.filter', () => filterEntities(entitiesView)),
    command('dossier.entities.clearFilter', () => entitiesView.setFilter(undefined)),
    command(OPEN_MENTION_COMMAND, (uri: string, range: Range) => showRange(uri, range)),
    // The code lenses over a note's headings and first mentions: the references of that name.
    command(ShowReferencesCommand, (uri: string, position: Position) => showReferencesAt(uri, position)),
  ];
}

/** The source article of the name under the cursor, at the exact words. */
async function openSource(server: DossierServer): Promise<void> {
  const at = await entityAtCursor(server);
  if (!at) return;
  if (!at.entity.source) {
    void vscode.window.showInformationMessage(`Dossier: no source article is known for ${at.entity.name}.`);
    return;
  }
  await showRange(at.entity.source.uri, at.entity.source.range, false);
}

/** Copies the citation of the name under the cursor; on request, inserts it into the note if the note has not changed meanwhile. */
async function copyCitation(server: DossierServer): Promise<void> {
  const editor = markdownEditor();
  if (!editor) return;
  const params = paramsAt(editor);
  const [citation, entity] = await Promise.all([server.citation(params), server.entityAt(params)]);
  if (!citation) {
    void vscode.window.showInformationMessage('Dossier: put the cursor on a name from the corpus to cite its source.');
    return;
  }
  await vscode.env.clipboard.writeText(citation.text);
  const version = editor.document.version;
  const choice = await vscode.window.showInformationMessage(
    citationCopiedMessage(entity?.name ?? citation.reference, citation),
    'Insert into Note',
  );
  if (choice !== 'Insert into Note') return;
  if (editor.document.isClosed || editor.document.version !== version) {
    void vscode.window.showWarningMessage('Dossier: the note changed meanwhile; run "Copy Citation" again to insert it.');
    return;
  }
  const document = editor.document;
  const nameEnd = entity ? toVscodeRange(entity.range).end : (document.getWordRangeAtPosition(editor.selection.active)?.end ?? editor.selection.active);
  const insertions = planCitationInsertions(document.getText(), document.offsetAt(nameEnd), citation);
  if (insertions.length === 0) return;
  const edit = new vscode.WorkspaceEdit();
  for (const insertion of insertions) edit.insert(document.uri, document.positionAt(insertion.offset), insertion.text);
  await vscode.workspace.applyEdit(edit);
}

async function filterEntities(entitiesView: EntitiesView): Promise<void> {
  const filter = await vscode.window.showInputBox({
    title: 'Filter Entities',
    prompt: 'Show entities whose name or aliases contain these words. Leave empty to show all.',
    placeHolder: 'e.g. Kim',
    value: entitiesView.filter ?? '',
  });
  if (filter !== undefined) entitiesView.setFilter(filter);
}

async function showReferencesAt(uri: string, position: Position): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const at = new vscode.Position(position.line, position.character);
  const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, at);
  await vscode.commands.executeCommand('editor.action.showReferences', target, at, locations ?? []);
}

/**
 * Re-indexes, then says what the index holds. The files done, the merge and the save are shown by
 * the server's own progress item, as for the first index: a notification of ours beside it made two
 * items counting the same run ("Dossier: re-indexing the corpus" and "Dossier: indexing corpus").
 */
async function reindex(server: DossierServer): Promise<void> {
  const started = Date.now();
  await server.reindex();
  const message = reindexDoneMessage(server.status, Date.now() - started);
  if (server.status?.state === 'error') void vscode.window.showErrorMessage(message);
  else void vscode.window.showInformationMessage(message);
}

/** Registers `id`, reporting failures (the server stopped, a request failed) as an error message. */
function command(id: string, run: (...args: never[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: never[]) => {
    try {
      return await run(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(`Dossier: ${describeError(error)}`);
      return undefined;
    }
  });
}

function markdownEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Dossier: open a Markdown note and put the cursor on a name.');
    return undefined;
  }
  return editor;
}

function paramsAt(editor: vscode.TextEditor): EntityAtParams {
  const { line, character } = editor.selection.active;
  return { uri: editor.document.uri.toString(), position: { line, character } };
}

async function entityAtCursor(server: DossierServer) {
  const editor = markdownEditor();
  if (!editor) return undefined;
  const entity = await server.entityAt(paramsAt(editor));
  if (!entity) {
    void vscode.window.showInformationMessage('Dossier: no name from the corpus at the cursor.');
    return undefined;
  }
  return { editor, entity };
}

type PickItem = EntityPickItem & vscode.QuickPickItem;

/** Fills the quick pick from the server; a newer query supersedes an older one still running. */
class EntityPickLoader {
  private generation = 0;
  /** The server had more entities than it sent, so typing must ask it again. */
  truncated = false;

  constructor(
    private readonly pick: vscode.QuickPick<PickItem>,
    private readonly server: DossierServer,
  ) {}

  async load(filter: string): Promise<void> {
    const mine = ++this.generation;
    this.pick.busy = true;
    try {
      const entities: EntitySummary[] = await this.server.entities(filter ? { filter, limit: PICK_LIMIT } : { limit: PICK_LIMIT });
      if (mine !== this.generation) return; // a newer query superseded this one
      if (!filter) this.truncated = entities.length >= PICK_LIMIT;
      this.pick.items = entityPickItems(entities);
    } catch (error) {
      this.pick.placeholder = `Could not list entities: ${describeError(error)}`;
    } finally {
      if (mine === this.generation) this.pick.busy = false;
    }
  }
}

function newEntityPick(): vscode.QuickPick<PickItem> {
  const pick = vscode.window.createQuickPick<PickItem>();
  pick.title = 'Dossier: Show Entity';
  pick.placeholder = 'Type a name or an alias';
  pick.matchOnDescription = true;
  pick.busy = true;
  return pick;
}

/**
 * A quick pick over the entities. It starts with the most-mentioned ones; when
 * the server had more than it sent, typing asks it again with the text as a
 * filter, so rare names are found too.
 */
function pickEntity(server: DossierServer): Promise<string | undefined> {
  const pick = newEntityPick();
  const loader = new EntityPickLoader(pick, server);
  let timer: NodeJS.Timeout | undefined;
  return new Promise<string | undefined>((resolve) => {
    pick.onDidChangeValue((value) => {
      if (!loader.truncated) return; // everything is loaded: VS Code filters locally
      clearTimeout(timer);
      timer = setTimeout(() => void loader.load(value.trim()), 150);
    });
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.entityId);
      pick.hide();
    });
    pick.onDidHide(() => {
      clearTimeout(timer);
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
    void loader.load('');
  });
}
