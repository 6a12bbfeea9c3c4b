// A film of what the workbench shows about Dossier's indexing, recorded in the page from its first
// frame: every change of the status bar items that speak of Dossier or indexing, of the visible
// notification toasts that do, and of the editor's hover. Polling from the test would miss the
// merge (a few seconds) between two looks; a MutationObserver in the page sees every change.
import type { Page } from 'playwright-core';

/** One thing on screen: a status bar item, a notification toast or the editor's hover. */
export interface ShownItem {
  where: 'status' | 'toast' | 'hover';
  /** The status bar entry's element id ("status.progress" is VS Code's window progress). */
  id: string;
  /** Its text, white space collapsed (codicons are not text: "$(sync~spin) Dossier" reads "Dossier"). */
  text: string;
  /** It has a spinning icon ("$(loading~spin)", "$(sync~spin)"). */
  spinning: boolean;
}

export interface Frame {
  /** Date.now() in the page (the same clock as the test's). */
  t: number;
  items: ShownItem[];
}

/** The page global the frames are kept in. */
const FRAMES = '__dossierIndexingFrames';

/**
 * Records from the next navigation on (call before the workbench loads). Browser-side code: no
 * named inner functions (see the __name note in browser.ts), plain DOM only.
 */
export async function recordIndexingFrames(page: Page): Promise<void> {
  await page.addInitScript((key: string) => {
    if (window.top !== window) return; // webviews and other frames
    const frames: { t: number; items: unknown[] }[] = [];
    (globalThis as Record<string, unknown>)[key] = frames;
    const about = /dossier|index|entities ·/i;
    let last = '';
    let scheduled = false;
    const look = () => {
      scheduled = false;
      const items: { where: string; id: string; text: string; spinning: boolean }[] = [];
      const shown = (el: Element) => (el as HTMLElement).offsetParent !== null;
      const textOf = (el: Element) => (el.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
      const spins = (el: Element) => el.querySelector('.codicon-modifier-spin, [class*="~spin"]') !== null;
      for (const el of Array.from(document.querySelectorAll('.part.statusbar .statusbar-item'))) {
        const text = textOf(el);
        if (shown(el) && (about.test(text) || /dossier|status\.progress/i.test(el.id))) items.push({ where: 'status', id: el.id, text, spinning: spins(el) });
      }
      for (const el of Array.from(document.querySelectorAll('.notifications-toasts .notification-list-item'))) {
        const text = textOf(el);
        if (shown(el) && about.test(text)) items.push({ where: 'toast', id: '', text, spinning: spins(el) });
      }
      for (const el of Array.from(document.querySelectorAll('.monaco-hover:not(.workbench-hover)'))) {
        const text = textOf(el);
        if (shown(el) && text !== '') items.push({ where: 'hover', id: '', text: text.slice(0, 300), spinning: false });
      }
      const json = JSON.stringify(items);
      if (json !== last) {
        last = json;
        frames.push({ t: Date.now(), items });
      }
    };
    const soon = () => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(look, 25);
    };
    new MutationObserver(soon).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class', 'style'] });
    setInterval(soon, 250);
  }, FRAMES);
}

/** The frames recorded so far. */
export async function readIndexingFrames(page: Page): Promise<Frame[]> {
  return page.evaluate((key) => ((globalThis as Record<string, unknown>)[key] ?? []) as Frame[], FRAMES);
}
