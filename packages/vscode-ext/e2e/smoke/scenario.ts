// The smoke scenario, shared by run-smoke.ts (plain script) and
// smoke.e2e.ts (vitest): generate and package a tiny Markdown hover/definition
// extension, run it in code-server + chromium, check hover (also on a word
// scrolled into view), go to definition (jump and peek), reading a selection
// and the command palette, take screenshots, and check that no process is
// left behind. Returns the phase timings.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pidsWithCommandLineContaining } from '../processes.js';
import { goToDefinition, hoverWord, openFile, readPeek, runCommand, selectWord } from '../workbench.js';
import { withCodeServer, type Timing } from '../withCodeServer.js';
import {
  FAR_LINE,
  FAR_WORD,
  NEAR_WORD,
  TARGET_FILE,
  packageExtension,
  writeSmokeExtension,
  writeSmokeWorkspace,
} from './fixtures.js';

export async function runSmokeScenario(runDir: string, check: (name: string) => void): Promise<Timing[]> {
  const t0 = Date.now();
  const extensionDir = path.join(runDir, 'smoke-extension');
  const workspaceDir = path.join(runDir, 'workspace');
  writeSmokeExtension(extensionDir);
  writeSmokeWorkspace(workspaceDir);
  const vsix = await packageExtension(extensionDir, path.join(runDir, 'dossier-e2e-smoke.vsix'));
  const packaging: Timing = { phase: 'write fixtures + vsce package', ms: Date.now() - t0 };

  let timings: readonly Timing[] = [];
  await withCodeServer(
    { workspaceDir, vsix, runDir, timeoutMs: 150_000, onTimings: (t) => (timings = t) },
    async ({ page, mark, screenshot }) => {
      await openFile(page, 'notes/analysis.md');
      mark('open file');

      // The first hover also waits for the extension host to activate the extension.
      const hover = await hoverWord(page, NEAR_WORD, { expectText: `SMOKE HOVER: ${NEAR_WORD}` });
      assert.match(hover, new RegExp(`SMOKE HOVER: ${NEAR_WORD}`));
      mark('first hover');
      await screenshot('smoke-hover');
      mark('screenshot');
      check('hover shows the provider text');

      // A word below the first screen: hoverWord scrolls to it (Find widget).
      const farHover = await hoverWord(page, FAR_WORD, { expectText: `SMOKE HOVER: ${FAR_WORD}`, timeoutMs: 10_000 });
      assert.match(farHover, new RegExp(`SMOKE HOVER: ${FAR_WORD}`));
      mark(`hover at line ${FAR_LINE}`);
      check('hover on a word that had to be scrolled into view');

      // Two definitions: VS Code opens a peek view instead of jumping.
      const peekResult = await goToDefinition(page, FAR_WORD);
      assert.equal(peekResult.peek, true);
      const peek = await readPeek(page);
      assert.equal(peek.rows.filter((row) => row.includes(FAR_WORD)).length, 2, JSON.stringify(peek));
      await screenshot('smoke-peek');
      await page.keyboard.press('Escape');
      await page.locator('.peekview-widget').first().waitFor({ state: 'hidden' });
      mark('peek (two definitions)');
      check(`F12 with two definitions opened a peek view: ${JSON.stringify(peek.rows)}`);

      // Back to line 3 (Ctrl+G) and F12.
      // VS Code puts the cursor at the start of the definition's range (it
      // does not select it): check the file, the position and the word there.
      const state = await goToDefinition(page, NEAR_WORD, { line: 3 });
      assert.equal(state.tabTitle, path.basename(TARGET_FILE));
      assert.equal(state.line, 4);
      assert.equal(state.column, 12);
      assert.equal(state.wordAtCursor, NEAR_WORD);
      mark('go to definition');
      await screenshot('smoke-definition');
      mark('screenshot');
      check(`F12 opened ${state.tabTitle} at Ln ${state.line}, Col ${state.column}, on "${state.wordAtCursor}"`);

      // Reading a real selection: double-click the word, as a person would.
      const selected = await selectWord(page, NEAR_WORD);
      assert.equal(selected.selectedChars, NEAR_WORD.length);
      assert.equal(selected.selectedText, NEAR_WORD);
      mark('select word');
      check(`selection read back as "${selected.selectedText}"`);

      await runCommand(page, 'View: Close All Editors');
      assert.equal(await page.locator('.editor-group-container .tab').count(), 0);
      mark('command palette');
      check('command palette ran "View: Close All Editors"');
    },
  );

  // Teardown must leave nothing running that belongs to this run.
  const leftovers = pidsWithCommandLineContaining(runDir);
  assert.deepEqual(leftovers, [], `processes left behind: ${leftovers.join(', ')}`);
  check('no code-server or chromium process left behind');
  return [packaging, ...timings];
}
