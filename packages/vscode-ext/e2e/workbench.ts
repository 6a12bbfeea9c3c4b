// Page helpers that drive the VS Code workbench (as served by code-server) the
// way a person would: Explorer clicks, mouse hovers, F12, the command palette.
// Selectors are for VS Code 1.100 (code-server 4.100.3).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS_DIR } from './paths.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The text editor of the active editor group (not a hover's or a peek view's). */
const ACTIVE_EDITOR = '.editor-group-container.active .editor-container .monaco-editor';
const EXPLORER_ROW = '.explorer-folders-view .monaco-list-row';
/** The editor's hover: `.workbench-hover` is the workbench's tooltip, not a language hover. */
const VISIBLE_HOVER = '.monaco-hover:not(.workbench-hover):visible';

/** Loads the workbench for `folder` and waits until the Explorer lists it. */
export async function openWorkbench(page: Page, url: string, folder: string, timeoutMs = 60_000): Promise<void> {
  const target = new URL(url);
  target.searchParams.set('folder', path.resolve(folder));
  await page.goto(target.toString(), { timeout: timeoutMs });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator(EXPLORER_ROW).first().waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Matches exactly `text` (Playwright's plain-string hasText is a substring match). */
const exactly = (text: string) => new RegExp(`^${escapeRegExp(text)}$`);

/** The Explorer row of `name` at tree depth `level` (1 = top-level entries). */
function explorerRow(page: Page, name: string, level: number, extra = ''): Locator {
  return page
    .locator(`${EXPLORER_ROW}[aria-level="${level}"]${extra}`)
    .filter({ has: page.locator('.label-name', { hasText: exactly(name) }) })
    .first();
}

/**
 * Opens `relativePath` (relative to the workspace folder, `/`-separated) by
 * expanding its folders in the Explorer and double-clicking its row (Quick
 * Open was unreliable while a walkthrough had focus). Resolves once its tab
 * is active and its text is rendered.
 */
export async function openFile(page: Page, relativePath: string, timeoutMs = 30_000): Promise<void> {
  const parts = relativePath.split('/').filter((p) => p !== '' && p !== '.');
  const fileName = parts.at(-1);
  if (fileName === undefined) throw new Error(`openFile: empty path "${relativePath}"`);
  for (const [i, folder] of parts.slice(0, -1).entries()) {
    const row = explorerRow(page, folder, i + 1);
    await row.waitFor({ state: 'visible', timeout: timeoutMs });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    await explorerRow(page, folder, i + 1, '[aria-expanded="true"]').waitFor({ timeout: timeoutMs });
  }
  const row = explorerRow(page, fileName, parts.length);
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  await row.dblclick();
  await page
    .locator('.editor-group-container.active .tab.active .label-name', { hasText: exactly(fileName) })
    .first()
    .waitFor({ timeout: timeoutMs });
  await page.locator(`${ACTIVE_EDITOR} .view-lines .view-line`).first().waitFor({ timeout: timeoutMs });
}

interface WordBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LocateOptions {
  /** 1-based line to reveal (Ctrl+G) when the word is not on screen; otherwise the Find widget is used. */
  line?: number;
  /** Which on-screen occurrence to use (0 = first, top to bottom). */
  occurrence?: number;
}

/**
 * The on-screen rectangle of `word` in the active editor, found with a DOM
 * Range over the rendered text nodes. Monaco renders spaces as U+00A0, and
 * its line elements are absolutely positioned (not in document order), so
 * lines are sorted by their position. Returns undefined when not visible.
 */
async function findWordOnScreen(page: Page, word: string, occurrence: number): Promise<WordBox | undefined> {
  const found = await page.evaluate(
    ({ editorSelector, pattern, occurrence }) => {
      const editor = document.querySelector(editorSelector);
      const viewLines = editor?.querySelector('.view-lines');
      const viewport = editor?.querySelector('.monaco-scrollable-element')?.getBoundingClientRect();
      if (!viewLines || !viewport) return null;
      const lines = Array.from(viewLines.querySelectorAll<HTMLElement>('.view-line'))
        .map((el) => ({ el, top: el.getBoundingClientRect().top }))
        .sort((a, b) => a.top - b.top);
      const re = new RegExp(pattern, 'gu');
      let seen = 0;
      for (const { el } of lines) {
        // Concatenate the line's text nodes: a word may span several token spans.
        const nodes: { node: Text; start: number }[] = [];
        let text = '';
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, start: text.length });
          text += (n as Text).data;
        }
        for (const match of text.replace(/\u00a0/g, ' ').matchAll(re)) {
          // Map the match's offsets back to (text node, offset) pairs. No named
          // helper function here: see the __name note in browser.ts.
          const ends = [match.index, match.index + match[0].length].map((offset) => {
            let hit = nodes[0]!;
            for (const entry of nodes) if (entry.start <= offset) hit = entry;
            return { node: hit.node, offset: offset - hit.start };
          });
          const range = document.createRange();
          range.setStart(ends[0]!.node, ends[0]!.offset);
          range.setEnd(ends[1]!.node, ends[1]!.offset);
          const r = range.getBoundingClientRect();
          const x = r.left + r.width / 2;
          const y = r.top + r.height / 2;
          const visible =
            r.width > 0 && x > viewport.left && x < viewport.right && y > viewport.top && y < viewport.bottom;
          if (!visible) continue;
          if (seen++ < occurrence) continue;
          return { x, y, width: r.width, height: r.height };
        }
      }
      return null;
    },
    { editorSelector: ACTIVE_EDITOR, pattern: wholeWordPattern(word), occurrence },
  );
  return found ?? undefined;
}

/** Finds `word` on screen, scrolling it into view first if needed. */
async function locateWord(page: Page, word: string, options: LocateOptions): Promise<WordBox> {
  const occurrence = options.occurrence ?? 0;
  const onScreen = await findWordOnScreen(page, word, occurrence);
  if (onScreen) return onScreen;

  // Not rendered: reveal it through the editor, as a person would.
  // Focus the editor with a click on its visible text area (the .view-lines
  // element itself spans the whole scrolled document, mostly off screen).
  const area = await page.locator(`${ACTIVE_EDITOR} .monaco-scrollable-element`).first().boundingBox();
  if (!area) throw new Error('no active text editor');
  await page.mouse.click(area.x + 20, area.y + 8);
  if (options.line !== undefined) {
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(options.line));
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Control+F');
    const findInput = page.locator(`.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input`).first();
    await findInput.waitFor({ state: 'visible', timeout: 5000 });
    await findInput.fill(word);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
  }
  await sleep(300); // let Monaco render the revealed lines
  const revealed = await findWordOnScreen(page, word, occurrence);
  if (!revealed) throw new Error(`"${word}" is not in the active editor (or could not be scrolled into view)`);
  return revealed;
}

export interface HoverOptions extends LocateOptions {
  /** Text (substring) or pattern the hover must contain; default: any hover. */
  expectText?: string | RegExp;
  /** Total time to keep retrying, e.g. while a language server indexes. Default 30 s. */
  timeoutMs?: number;
}

/**
 * How long reading an element that was just seen may wait. Playwright's innerText waits for its
 * element up to the default timeout, 30 s: a "Loading..." hover that vanished between isVisible and
 * innerText (the server answered nothing) froze hoverWord for 30 s with the mouse still, and the
 * real-editor 10k test once saw no hover at all while the server indexed (the index was ready
 * within those 30 s; the film showed the same 31 s gap after the first hover in two runs).
 */
const READ_SHOWN_MS = 500;

/**
 * Hovers `word` with the mouse and returns the hover's innerText once a
 * visible editor hover contains `expectText`. Retries (mouse away and back)
 * until the timeout, because the first hovers may come before the language
 * server is ready ("Loading...", "No hover", or nothing at all).
 */
export async function hoverWord(page: Page, word: string, options: HoverOptions = {}): Promise<string> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  let lastSeen = '(no hover appeared)';
  for (let attempt = 1; ; attempt++) {
    const box = await locateWord(page, word, options);
    // Leave first, until the last hover is gone: moving onto the word from elsewhere is what
    // triggers a new hover, but back within VS Code's hiding delay the old hover stays up and no
    // new one is asked for (an "indexing" hover then stayed for two minutes after the index).
    await page.mouse.move(box.x, Math.max(1, box.y - 400));
    await page.locator(VISIBLE_HOVER).first().waitFor({ state: 'hidden', timeout: 3000 }).catch(() => undefined);
    await sleep(150);
    await page.mouse.move(box.x, box.y, { steps: 4 });

    let hover = page.locator(VISIBLE_HOVER);
    if (options.expectText !== undefined) hover = hover.filter({ hasText: options.expectText });
    // A hover that is not there after ~2 s will not come for this mouse
    // move (e.g. asked before the extension activated): hover again. But a
    // hover still "Loading..." is a request in flight: give it longer.
    const attemptEnd = Math.min(deadline, Date.now() + 2000);
    const loadingEnd = Math.min(deadline, Date.now() + 15_000);
    for (;;) {
      if (await hover.first().isVisible()) {
        const text = await hover.first().innerText({ timeout: READ_SHOWN_MS }).catch(() => undefined);
        // The hover holds every provider's part: one still "Loading..." beside the expected text is
        // another provider's request in flight ("Dossier is indexing …\n\nLoading..."), so wait for it.
        if (text !== undefined && (!/Loading\.\.\./.test(text) || Date.now() >= loadingEnd)) return text.trim();
      }
      const any = page.locator(VISIBLE_HOVER).first();
      const anyText = (await any.isVisible()) ? await any.innerText({ timeout: READ_SHOWN_MS }).catch(() => '') : '';
      // Which attempt saw it: an early "indexing" hover is not what the last attempts saw.
      if (anyText) lastSeen = `(attempt ${attempt}) ${anyText.trim()}`;
      const loading = /Loading/i.test(anyText);
      if (Date.now() >= (loading ? loadingEnd : attemptEnd)) break;
      await sleep(100);
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `hoverWord("${word}"): no hover containing ${String(options.expectText)} after ${attempt} attempts in ${timeoutMs} ms; last hover: ${lastSeen}`,
      );
    }
  }
}

export interface EditorState {
  /** Title of the active editor tab, e.g. "target.md". */
  tabTitle: string;
  /** Cursor line and column (1-based) from the status bar. */
  line: number;
  column: number;
  /** Number of selected characters (0 when nothing is selected). */
  selectedChars: number;
  /** The selected text (single-line selections; "" when nothing is selected). */
  selectedText: string;
  /** The word the cursor is in or touches ("" if none). */
  wordAtCursor: string;
}

/** Reads the active tab title, the status bar's "Ln x, Col y (n selected)" and the selected text. */
export async function readEditorState(page: Page): Promise<EditorState> {
  const tabTitle = (
    await page.locator('.editor-group-container.active .tab.active .label-name').first().innerText()
  ).trim();
  const status = await page.locator('[id="status.editor.selection"]').first().innerText();
  const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(status);
  if (!m) throw new Error(`unexpected status bar selection text: "${status}"`);
  const line = Number(m[1]);
  const column = Number(m[2]);
  const selectedChars = Number(m[3] ?? 0);
  // Columns are counted in characters of the rendered line: exact unless the
  // line holds tabs (the status bar counts a tab as one column).
  const lineText = (await renderedLineText(page, line)) ?? '';
  let selectedText = '';
  if (selectedChars > 0) {
    // The status bar shows the selection's active end. A selection made left
    // to right (double-click, Shift+Right) ends there; a right-to-left one
    // starts there, so try both and keep the one that fits in the line.
    const before = lineText.slice(Math.max(0, column - 1 - selectedChars), column - 1);
    selectedText = before.length === selectedChars ? before : lineText.slice(column - 1, column - 1 + selectedChars);
  }
  const index = column - 1;
  const left = /[\p{L}\p{N}_]*$/u.exec(lineText.slice(0, index))?.[0] ?? '';
  const right = /^[\p{L}\p{N}_]*/u.exec(lineText.slice(index))?.[0] ?? '';
  return { tabTitle, line, column, selectedChars, selectedText, wordAtCursor: left + right };
}

/**
 * The rendered text of 1-based `line` in the active editor (matched to its line number in the
 * gutter). A wrapped line is drawn as several rows, from its number down to the next number.
 */
async function renderedLineText(page: Page, line: number): Promise<string | undefined> {
  const text = await page.evaluate(
    ({ editorSelector, line }) => {
      const editor = document.querySelector(editorSelector);
      if (!editor) return null;
      const numbers = Array.from(editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers'));
      const number = numbers.find((el) => el.textContent?.trim() === String(line));
      if (!number) return null;
      const top = number.getBoundingClientRect().top;
      const below = numbers.map((el) => el.getBoundingClientRect().top).filter((t) => t > top + 2);
      const next = below.length ? Math.min(...below) : Infinity;
      const rows = Array.from(editor.querySelectorAll<HTMLElement>('.view-lines .view-line'))
        .map((el) => ({ el, top: el.getBoundingClientRect().top }))
        .filter((r) => r.top > top - 2 && r.top < next - 2)
        .sort((a, b) => a.top - b.top);
      return rows.length ? rows.map((r) => (r.el.textContent ?? '').replace(/\u00a0/g, ' ')).join('') : null;
    },
    { editorSelector: ACTIVE_EDITOR, line },
  );
  return text ?? undefined;
}

/** Puts the cursor into `word` with a single click (no selection). */
export async function clickWord(page: Page, word: string, options: LocateOptions = {}): Promise<void> {
  const box = await locateWord(page, word, options);
  await page.mouse.click(box.x - box.width / 4, box.y);
}

/**
 * Applies a code action the way a person does: waits for the lightbulb of the cursor's line,
 * clicks it, and clicks the action whose title matches in the menu that opens.
 */
export async function applyFromLightbulb(page: Page, title: RegExp, timeoutMs = 60_000, reposition?: () => Promise<void>): Promise<string> {
  const item = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
  await openLightbulbMenuWith(page, item, timeoutMs, reposition);
  const label = (await item.innerText()).replace(/\u00a0/g, ' ').trim();
  // The menu lies under VS Code's pointer block for a while: choose with the keyboard, as the
  // menu itself suggests ("Enter to Apply").
  const focused = page.locator('.action-widget .monaco-list-row.focused').first();
  for (let i = 0; i < 20; i++) {
    const text = await focused.innerText({ timeout: READ_SHOWN_MS }).catch(() => '');
    if (title.test(text.replace(/\u00a0/g, ' '))) {
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: 10_000 });
      return label;
    }
    await page.keyboard.press('ArrowDown');
    await sleep(100);
  }
  throw new Error(`applyFromLightbulb: no menu entry ${String(title)} could be focused`);
}

/**
 * Clicks the lightbulb and waits for its menu to hold `item`. On a loaded machine the bulb may
 * still be the one of an earlier cursor position, whose menu lacks the entry: then close the
 * menu, move the cursor away and back (`reposition`) so that the editor asks the server again,
 * and open the menu with Ctrl+. (the keyboard's way to the same menu) until `timeoutMs`.
 */
async function openLightbulbMenuWith(page: Page, item: Locator, timeoutMs: number, reposition?: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const bulb = page.locator(`.editor-group-container.active .lightBulbWidget`).first();
  await bulb.waitFor({ state: 'visible', timeout: timeoutMs });
  await bulb.click();
  for (let attempt = 1; ; attempt++) {
    const shown = await item.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
    if (shown) return;
    if (Date.now() > deadline) throw new Error(`applyFromLightbulb: the code action menu never held the entry (${attempt} attempts)`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await reposition?.();
    await sleep(500);
    await page.keyboard.press('Control+Period');
  }
}

/** Selects `word` by double-clicking it and returns the editor state (selectedText === word). */
export async function selectWord(page: Page, word: string, options: LocateOptions = {}): Promise<EditorState> {
  const box = await locateWord(page, word, options);
  await page.mouse.dblclick(box.x, box.y);
  const deadline = Date.now() + 5000;
  for (;;) {
    await sleep(100); // the status bar follows the selection asynchronously
    const state = await readEditorState(page);
    if (state.selectedChars > 0 || Date.now() > deadline) return state;
  }
}

export interface DefinitionOptions extends LocateOptions {
  /** Total time to keep retrying F12 while nothing happens. Default 30 s. */
  timeoutMs?: number;
}

export interface DefinitionResult extends EditorState {
  /**
   * True when F12 opened a peek view instead of jumping: VS Code does that
   * when there are several definitions (setting
   * editor.gotoLocation.multipleDefinitions, default "peek"). The other
   * fields then describe the unchanged editor; see readPeek().
   */
  peek: boolean;
}

const VISIBLE_PEEK = '.peekview-widget:visible';

export interface PeekContents {
  /** The peek view's title, e.g. "target.md" (the file of the selected result). */
  title: string;
  /** The result rows: file names and the preview text of each reference. */
  rows: string[];
}

/** Reads the visible peek view (after goToDefinition returned peek: true). */
export async function readPeek(page: Page): Promise<PeekContents> {
  const peek = page.locator(VISIBLE_PEEK).first();
  await peek.waitFor({ timeout: 5000 });
  // The result tree fills in after the view opens.
  await peek.locator('.ref-tree .monaco-list-row').first().waitFor({ timeout: 5000 });
  const title = (await peek.locator('.peekview-title').first().innerText()).replace(/\s+/g, ' ').trim();
  const rows = (await peek.locator('.ref-tree .monaco-list-row').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  return { title, rows };
}

/**
 * Clicks into `word`, presses F12 (Go to Definition) and returns the editor
 * state once the cursor has moved or the tab has changed. Retries F12 while
 * nothing happens (the language server may still be starting).
 *
 * Note: VS Code does not leave the definition's range selected. It puts the
 * cursor at the START of the range and flashes a highlight, so assert on
 * tabTitle, line, column and wordAtCursor (selectedText is usually "").
 */
export async function goToDefinition(page: Page, word: string, options: DefinitionOptions = {}): Promise<DefinitionResult> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  const box = await locateWord(page, word, options);
  await page.mouse.click(box.x, box.y);
  // Move off the word: a hover left open would cover the result in screenshots.
  await page.mouse.move(box.x, Math.max(1, box.y - 400));
  await sleep(100); // the status bar follows the click asynchronously
  const before = await readEditorState(page);
  const moved = (s: EditorState) =>
    s.tabTitle !== before.tabTitle || s.line !== before.line || s.selectedChars !== before.selectedChars;

  while (Date.now() < deadline) {
    await page.keyboard.press('F12');
    const pressDeadline = Math.min(deadline, Date.now() + 4000);
    while (Date.now() < pressDeadline) {
      await sleep(200);
      if (await page.locator(VISIBLE_PEEK).first().isVisible()) {
        return { ...(await readEditorState(page)), peek: true };
      }
      const now = await readEditorState(page).catch(() => undefined);
      if (now && moved(now)) {
        await sleep(300); // let the reveal animation and status bar settle
        return { ...(await readEditorState(page)), peek: false };
      }
    }
    // Nothing happened: dismiss a possible "No definition found" message and retry.
    await page.keyboard.press('Escape');
    await page.mouse.click(box.x, box.y);
  }
  throw new Error(`goToDefinition("${word}"): the editor did not move within ${timeoutMs} ms (still at ${JSON.stringify(before)})`);
}

/**
 * Runs a command palette command by its exact title (e.g. "View: Close All
 * Editors"): F1, type, wait for that exact entry to be the selected one, Enter.
 */
export async function runCommand(page: Page, title: string, timeoutMs = 15_000): Promise<void> {
  await page.keyboard.press('F1');
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(`>${title}`);
  const focusedLabel = widget.locator('.monaco-list-row.focused .label-name').first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const label = (await focusedLabel.textContent({ timeout: 1000 }).catch(() => null))?.replace(/\u00a0/g, ' ').trim();
    if (label === title) break;
    if (Date.now() > deadline) throw new Error(`runCommand: "${title}" not found in the command palette (selected: "${label ?? ''}")`);
    await sleep(100);
  }
  await page.keyboard.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/**
 * Saves a PNG of the page as `<dir>/<name>.png` and returns its path. Waits
 * 500 ms first, or a hover is caught halfway through its fade-in.
 */
export async function screenshot(page: Page, name: string, dir = ARTIFACTS_DIR): Promise<string> {
  await sleep(500);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `word` not preceded or followed by a letter, digit or underscore; any space matches a space. */
function wholeWordPattern(word: string): string {
  const body = escapeRegExp(word).replace(/\s+/g, ' ');
  return `(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`;
}
