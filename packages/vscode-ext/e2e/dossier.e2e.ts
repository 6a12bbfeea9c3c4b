// Dossier in a real VS Code (code-server + chromium, see README.md):
//   npm run test:e2e -w packages/vscode-ext      (packages the .vsix first)
// Opens notes/korea-russia-axis.md in a workspace holding the seed corpus,
// hovers "Kim Yo Jong", presses F12 on it and looks at the Entities view,
// saving hover.png, definition.png and entities-view.png in e2e-artifacts/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { NOTE, SOURCE_ARTICLE, ensureDossierVsix, writeDossierWorkspace } from './dossierFixtures.js';
import { RUNS_DIR, timestamp } from './paths.js';
import { applyFromLightbulb, clickWord, goToDefinition, hoverWord, openFile, readEditorState, runCommand, selectWord, type EditorState } from './workbench.js';
import { withCodeServer } from './withCodeServer.js';

const NAME = 'Kim Yo Jong';
/** The text editor of the active editor group (as in workbench.ts). */
const ACTIVE_EDITOR = '.editor-group-container.active .editor-container .monaco-editor';
let vsix: string;

beforeAll(async () => {
  vsix = await ensureDossierVsix((line) => process.stderr.write(`[dossier-e2e] ${line}\n`));
}, 240_000);

test('Dossier in real VS Code: hover card, go to the source article, Entities view', async () => {
  const runDir = path.join(RUNS_DIR, `${timestamp()}-dossier`);
  const workspaceDir = writeDossierWorkspace(path.join(runDir, 'workspace'));
  const articleLines = readFileSync(path.join(workspaceDir, SOURCE_ARTICLE), 'utf8').split(/\r?\n/);

  await withCodeServer(
    {
      workspaceDir,
      vsix,
      runDir,
      timeoutMs: 240_000,
      // Should the server ever return several definitions, jump to the first instead of peeking.
      settings: { 'editor.gotoLocation.multipleDefinitions': 'goto' },
    },
    async ({ page, mark, screenshot }) => {
      await openFile(page, NOTE);
      mark('open note');

      // The first hover waits for activation, the server's start and the indexing of the seeds.
      const hover = await hoverWord(page, NAME, { expectText: /senior official/, timeoutMs: 120_000 });
      expect(hover).toContain(NAME);
      expect(hover).toMatch(/\bperson\b/);
      expect(hover).toContain('senior official');
      mark('hover card');
      await screenshot('hover');

      const definition = await goToDefinition(page, NAME, { timeoutMs: 30_000 });
      expect(definition.peek).toBe(false);
      expect(definition.tabTitle).toBe(path.basename(SOURCE_ARTICLE));
      // F12 puts the cursor at the start of the mention (it does not select it):
      // the article text at the cursor must be the name, in the line that introduces her.
      const lineText = articleLines[definition.line - 1] ?? '';
      expect(lineText.slice(definition.column - 1, definition.column - 1 + NAME.length)).toBe(NAME);
      expect(definition.line).toBe(firstLineMentioning(articleLines, NAME));
      expect(definition.wordAtCursor).toBe('Kim');
      mark('go to definition');
      // The article's lines run to thousands of characters: wrap them so the
      // picture shows the mention in its sentence (after the checks above,
      // which read the unwrapped line).
      await runCommand(page, 'View: Toggle Word Wrap');
      await screenshot('definition');
      await runCommand(page, 'View: Toggle Word Wrap');

      // The status bar item reports the index and opens the Entities view.
      const statusItem = page.locator('.statusbar-item').filter({ hasText: /entities · \d+ articles?/ }).first();
      await statusItem.waitFor({ state: 'visible', timeout: 30_000 });
      const statusText = (await statusItem.innerText()).replace(/\s+/g, ' ').trim();
      // Two seed files hold several articles each (the corpus splits aggregator pages).
      expect(statusText).toMatch(/^\d[\d,]* entities · \d+ articles$/);
      await statusItem.click();

      const view = entitiesPane(page);
      await view.waitFor({ state: 'visible', timeout: 15_000 });
      // Room for the tree: back to the note, and fold the file tree away.
      await page.locator('.tab', { hasText: path.basename(NOTE) }).first().click();
      const filesHeader = page.locator('.pane-header[aria-label^="Explorer Section"]').first();
      if ((await filesHeader.getAttribute('aria-expanded')) === 'true') await filesHeader.click();

      await expandRow(view, 'People');
      for (const person of ['Vladimir Putin', 'Kim Jong Un', NAME]) {
        await treeRow(view, person).waitFor({ state: 'visible', timeout: 15_000 });
      }
      // Entity -> its articles -> its mentions; a mention opens the article with the name selected.
      await expandRow(view, NAME);
      const articleRow = view.locator(`.monaco-list-row[aria-level="3"]`).first();
      await articleRow.waitFor({ state: 'visible', timeout: 15_000 });
      await articleRow.click();
      const mentionRow = view.locator(`.monaco-list-row[aria-level="4"]`).first();
      await mentionRow.waitFor({ state: 'visible', timeout: 15_000 });
      mark('entities view');
      await screenshot('entities-view');

      await mentionRow.click();
      const opened = await waitForSelection(page, NAME.length, /\.txt$/);
      expect(opened.tabTitle).toMatch(/\.txt$/);
      expect(opened.selectedText).toBe(NAME);
      mark('open a mention from the view');

      // "Dossier: Show Entity…": a quick pick over the entities, then the card in the Markdown preview.
      await page.keyboard.press('F1');
      const quickInput = page.locator('.quick-input-widget .quick-input-box input');
      await quickInput.fill('>Dossier: Show Entity');
      await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: 'Show Entity' }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'mentions' }).first().waitFor({ timeout: 15_000 });
      await quickInput.fill(NAME);
      await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: NAME }).waitFor({ timeout: 10_000 });
      await screenshot('show-entity');
      await page.keyboard.press('Enter');
      // A locked preview is titled "[Preview] Kim Yo Jong.md".
      await page.locator('.tab', { hasText: `${NAME}.md` }).first().waitFor({ timeout: 15_000 });
      // The preview is a webview (outside the editor's DOM): an iframe in an iframe.
      const preview = page.frameLocator('iframe.webview.ready').first().frameLocator('iframe#active-frame');
      const articleLink = preview.locator('a', { hasText: 'N Korea says S Korea' }).first();
      await articleLink.waitFor({ timeout: 15_000 });
      mark('show entity card');
      await screenshot('entity-card');
      // Its article links open the article at the first mention.
      await articleLink.click();
      await page.locator('.editor-group-container.active .tab.active', { hasText: path.basename(SOURCE_ARTICLE) }).waitFor({ timeout: 15_000 });
      await expect.poll(async () => { const s = await readEditorState(page); return `${s.line}:${s.column}`; }, { timeout: 10_000 }).toBe('20:13');
      mark('follow a card link');

      // "Dossier: Copy Citation" on the name in the note, then "Insert into Note".
      await page.locator('.tab', { hasText: path.basename(NOTE) }).first().click();
      await selectWord(page, 'Yo'); // the only "Yo" of the note: in "Kim Yo Jong", line 14
      await runCommand(page, 'Dossier: Copy Citation');
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: `Copied the citation for ${NAME}` }).first();
      await toast.waitFor({ timeout: 15_000 });
      await toast.getByRole('button', { name: 'Insert into Note' }).click();
      const noteText = page.locator(`${ACTIVE_EDITOR} .view-lines`);
      await expect.poll(async () => (await noteText.innerText()).replace(/\u00a0/g, ' '), { timeout: 10_000 }).toMatch(/Kim Yo Jong\[\^[\w-]+\] is the regime's voice/);
      mark('copy citation');

      // A correction from the editor: a name the corpus never uses, made an alias through the
      // lightbulb. dossier.yaml is created, and the hover follows at once.
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Marshal Kim watched the launch.');
      await clickWord(page, 'Marshal');
      const applied = await applyFromLightbulb(page, /Add "Marshal Kim" as alias of Kim Jong Un/, 60_000, () => clickWord(page, 'Marshal'));
      expect(applied).toContain('Add "Marshal Kim" as alias of Kim Jong Un (person)');
      await screenshot('quick-fix');
      const corrected = await hoverWord(page, 'Marshal', { expectText: /Kim Jong Un/, timeoutMs: 30_000 });
      expect(corrected).toMatch(/Kim Jong Un\s*·\s*person/);
      await expect.poll(() => readFileSync(path.join(workspaceDir, 'dossier.yaml'), 'utf8'), { timeout: 15_000 }).toContain('aliases: [Marshal Kim]');
      mark('add as alias from the lightbulb');
    },
  );
});

/** Waits until the active editor has a selection of `length` characters (the status bar follows it). */
/**
 * Waits for an editor of `tab` (a file name pattern) with a selection of `length` characters. The
 * tab matters: the note may already have a selection of the same length, and the article opens a
 * moment after the click.
 */
async function waitForSelection(page: Page, length: number, tab: RegExp, timeoutMs = 15_000): Promise<EditorState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await readEditorState(page).catch(() => undefined);
    if (state && state.selectedChars === length && tab.test(state.tabTitle)) return state;
    if (Date.now() > deadline) throw new Error(`no selection of ${length} characters; editor: ${JSON.stringify(state)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One-based number of the first line of `lines` containing `text`. */
function firstLineMentioning(lines: readonly string[], text: string): number {
  return lines.findIndex((line) => line.includes(text)) + 1;
}

/** The Explorer's "Entities" pane (its header title is shown upper-case by CSS). */
function entitiesPane(page: Page): Locator {
  return page
    .locator('.pane')
    .filter({ has: page.locator('.pane-header h3.title', { hasText: /^entities$/i }) })
    .first();
}

/** A row of the pane's tree whose label is exactly `label`. */
function treeRow(pane: Locator, label: string): Locator {
  return pane
    .locator('.monaco-list-row')
    // `has` is matched inside each row, so it starts from the page, not from the pane.
    .filter({ has: pane.page().locator('.label-name', { hasText: new RegExp(`^${label}$`) }) })
    .first();
}

async function expandRow(pane: Locator, label: string): Promise<void> {
  const row = treeRow(pane, label);
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await pane.locator('.monaco-list-row[aria-expanded="true"]').filter({ hasText: label }).first().waitFor({ timeout: 10_000 });
}
