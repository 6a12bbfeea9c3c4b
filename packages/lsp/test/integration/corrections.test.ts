import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument, type TextEdit } from 'vscode-languageserver-textdocument';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { LspClient, SERVER } from './lspClient.js';

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

interface Position {
  line: number;
  character: number;
}
interface CodeAction {
  title: string;
  edit?: { changes?: Record<string, TextEdit[]>; documentChanges?: ({ kind: 'create'; uri: string } | { textDocument: { uri: string }; edits: TextEdit[] })[] };
  command?: { command: string; arguments?: unknown[] };
}

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A workspace with a copy of the seeds, a note, and maybe a dossier.yaml. */
function workspace(note: string, config?: string): { dir: string; notePath: string; configPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-corrections-'));
  temps.push(dir);
  cpSync(join(REPO, 'seeds'), join(dir, 'seeds'), { recursive: true });
  const notePath = join(dir, 'note.md');
  writeFileSync(notePath, note);
  const configPath = join(dir, 'dossier.yaml');
  if (config !== undefined) writeFileSync(configPath, config);
  return { dir, notePath, configPath };
}

/**
 * A client that applies code actions as an editor does: the workspace edit (creating files, editing
 * files on disk, or the open note, which it then sends as a change), then the action's command.
 */
class Editor {
  readonly client = LspClient.start(['--stdio']);
  private note!: TextDocument;
  private statusCount = 0;

  constructor(private readonly ws: { dir: string; notePath: string }) {}

  async open(): Promise<void> {
    await this.client.initialize(this.ws.dir, { cache: false }, {
      workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } },
    });
    this.note = TextDocument.create(pathToFileURL(this.ws.notePath).href, 'markdown', 1, readFileSync(this.ws.notePath, 'utf8'));
    await this.client.open(this.note.uri, this.note.getText());
    await this.client.waitForStatus('ready', 60_000);
  }

  get text(): string {
    return this.note.getText();
  }

  at(needle: string, into = 1): Position {
    const at = this.text.indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" is not in the note`);
    return this.note.positionAt(at + into);
  }

  async actions(needle: string, into = 1): Promise<CodeAction[]> {
    const position = this.at(needle, into);
    return this.client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: this.note.uri },
      range: { start: position, end: position },
      context: { diagnostics: [] },
    });
  }

  async hover(needle: string, into = 1): Promise<string | null> {
    const hover = await this.client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: this.note.uri }, position: this.at(needle, into) });
    return hover?.contents.value ?? null;
  }

  /** Applies the action whose title starts with `title`, then waits for the index to follow. */
  async apply(needle: string, title: string): Promise<CodeAction> {
    const actions = await this.actions(needle);
    const action = actions.find((a) => a.title.startsWith(title));
    if (!action) throw new Error(`no action "${title}" at "${needle}"; have: ${actions.map((a) => a.title).join(' | ')}`);
    for (const change of action.edit?.documentChanges ?? []) {
      if ('kind' in change) writeFileSync(fileURLToPath(change.uri), '', { flag: 'wx' });
      else await this.edit(change.textDocument.uri, change.edits);
    }
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) await this.edit(uri, edits);
    if (action.command) {
      const before = this.readyCount();
      await this.client.request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments });
      await this.client.waitFor('the index after the correction', () => this.readyCount() > before, 60_000);
    }
    return action;
  }

  private readyCount(): number {
    return this.client.notifications.filter((n) => n.method === 'dossier/status' && (n.params as { state: string }).state === 'ready').length;
  }

  private async edit(uri: string, edits: TextEdit[]): Promise<void> {
    if (uri === this.note.uri) {
      this.note = TextDocument.create(uri, 'markdown', this.note.version + 1, TextDocument.applyEdits(this.note, edits));
      await this.client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: this.note.version },
        contentChanges: [{ text: this.note.getText() }],
      });
      return;
    }
    // dossier.yaml is not open: the editor edits it and (VS Code's default) saves it.
    const path = fileURLToPath(uri);
    const before = TextDocument.create(uri, 'yaml', 0, readFileSync(path, 'utf8'));
    writeFileSync(path, TextDocument.applyEdits(before, edits));
  }
}

let editor: Editor | null = null;
afterEach(async () => {
  if (editor) expect(await editor.client.stop()).toBe(0);
  editor = null;
});

// Each test starts a server, indexes the seeds and applies several corrections: on a loaded 2-core
// machine that takes far longer than vitest's default 5 s (a guard against hangs, not a budget).
describe('corrections from the editor, over stdio with the built server', { timeout: 120_000 }, () => {
  it('"Add as alias of …" creates dossier.yaml when missing, and the hover follows at once', async () => {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build the package first`);
    const ws = workspace('# Korea\n\nMarshal Kim inspected the launch site with Kim Jong Un.\n');
    editor = new Editor(ws);
    await editor.open();
    expect(await editor.hover('Marshal')).toBeNull();
    const offered = (await editor.actions('Marshal')).map((a) => a.title);
    // The closest entities by name and context (up to three; only two share anything with it here),
    // the one the note names first.
    expect(offered.filter((t) => t.startsWith('Add '))).toEqual(['Add "Marshal Kim" as alias of Kim Jong Un (person)', 'Add "Marshal Kim" as alias of Kim Yo Jong (person)']);
    expect(offered).toContain('Declare "Marshal Kim" as new organisation');
    await editor.apply('Marshal', 'Add "Marshal Kim" as alias of Kim Jong Un');
    expect(readFileSync(join(ws.dir, 'dossier.yaml'), 'utf8')).toBe('entities:\n  - name: Kim Jong Un\n    aliases: [Marshal Kim]\n');
    const card = await editor.hover('Marshal');
    expect(card).toContain('**Kim Jong Un** · _person_');
    expect(card).toContain('Marshal Kim');
  });

  it('applies every other correction, keeping the comments of dossier.yaml, and the hovers change', async () => {
    const config = '# Corrections for the Korea desk (kept by hand)\nexclude:\n  - Presidential   # a cut-off teaser word\n';
    const note = [
      '# Korea',
      '',
      'Kim Yo Jong spoke first. Kim called it a pipe dream.',
      'Kim Jong-un and Angara rockets; Choe Son Hui flew in.',
      '',
    ].join('\n');
    const ws = workspace(note, config);
    editor = new Editor(ws);
    await editor.open();
    const yaml = () => readFileSync(ws.configPath, 'utf8');

    // Declare as new person: a name the corpus never gives becomes an entity of its own.
    expect(await editor.hover('Choe Son Hui')).toBeNull();
    await editor.apply('Choe Son Hui', 'Declare "Choe Son Hui" as new person');
    expect(yaml()).toBe(config + 'entities:\n  - name: Choe Son Hui\n    type: person\n');
    expect(await editor.hover('Choe Son Hui')).toContain('**Choe Son Hui** · _person_');

    // Not an entity: the name has no card any more.
    expect(await editor.hover('Angara')).toContain('**Angara**');
    await editor.apply('Angara', 'Not an entity: exclude "Angara"');
    expect(yaml()).toContain('# Corrections for the Korea desk (kept by hand)\nexclude:\n  - Presidential   # a cut-off teaser word\n  - Angara\n');
    expect(await editor.hover('Angara')).toBeNull();

    // Split a form merged into the wrong entity: it becomes an entity of its own.
    expect(await editor.hover('Kim Jong-un')).toContain('**Kim Jong Un**');
    await editor.apply('Kim Jong-un', 'Split "Kim Jong-un" from Kim Jong Un');
    expect(yaml()).toContain('split:\n  - from: Kim Jong Un\n    forms: [Kim Jong-un]\n');
    expect(yaml()).toContain('  - Presidential   # a cut-off teaser word\n');
    expect(await editor.hover('Kim Jong-un')).toContain('**Kim Jong\\-un** · _person_');

    // What "Kim" means in this note: the earlier Kim Yo Jong decided; the analyst says otherwise.
    expect(await editor.hover('Kim called')).toContain('**Kim Yo Jong**');
    const here = (await editor.actions('Kim called')).map((a) => a.title).filter((t) => t.startsWith('Here'));
    // (The split-off "Kim Jong-un" is a person too, so "Kim" may name it as well.)
    expect(here).toEqual(['Here "Kim" means Kim Yo Jong (person)', 'Here "Kim" means Kim Jong Un (person)', 'Here "Kim" means Kim Jong-un (person)']);
    await editor.apply('Kim called', 'Here "Kim" means Kim Jong Un');
    expect(editor.text.startsWith('<!-- dossier: Kim = Kim Jong Un -->\n# Korea\n')).toBe(true);
    const card = await editor.hover('Kim called');
    expect(card).toContain('**Kim Jong Un**');
    expect(card).toContain('resolved from this note');
    const [definition] = await editor.client.request<{ targetUri: string }[]>('textDocument/definition', { textDocument: { uri: pathToFileURL(ws.notePath).href }, position: editor.at('Kim called') });
    expect(definition!.targetUri).toContain('/seeds/');
    const refs = await editor.client.request<{ uri: string; range: { start: Position } }[]>('textDocument/references', {
      textDocument: { uri: pathToFileURL(ws.notePath).href },
      position: editor.at('Kim Yo Jong'),
      context: { includeDeclaration: true },
    });
    // Kim Yo Jong's references in the note are her full name only now (the comment is line 0).
    expect(refs.filter((r) => r.uri.endsWith('note.md')).map((r) => [r.range.start.line, r.range.start.character])).toEqual([[3, 0]]);

    // Insert citation: a footnote reference after the name, the footnote at the end of the note.
    await editor.apply('Kim Yo Jong', 'Insert citation for Kim Yo Jong');
    expect(editor.text).toContain('Kim Yo Jong[^kim-yo-jong] spoke first.');
    // The same citation as Copy Citation's: the sentence, then title, source, date ("c. 2025": from the
    // article's copyright line; the seeds say no more) and path:line, escaped only where Markdown needs it.
    expect(editor.text).toMatch(/\n\n\[\^kim-yo-jong\]: “Kim Yo Jong[^”]*” — “N Korea says S Korea's peace overtures a 'pipe dream'”, Japan Today, c\. 2025, seeds\/000_a964fcedf6c508e9\.txt:\d+\.\n$/);
    expect(await editor.hover('Kim Yo Jong')).toContain('**Kim Yo Jong**');
  });
});
