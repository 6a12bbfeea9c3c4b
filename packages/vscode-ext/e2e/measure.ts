// Measurements of what a person sees in the workbench: where a hover's lines
// fall in its box (the first screen, before any scrolling), and where the
// editor's selection is on screen. Used by the Dossier real-editor test.
import type { Page } from 'playwright-core';

/** The editor's hover: `.workbench-hover` is the workbench's tooltip, not a language hover. */
const VISIBLE_HOVER = '.monaco-hover:not(.workbench-hover)';
const ACTIVE_EDITOR = '.editor-group-container.active .editor-container .monaco-editor';

export interface HoverLayout {
  /** The hover box on screen, px. */
  box: { width: number; height: number };
  /** The height of the whole card, px (more than the box when it scrolls). */
  contentHeight: number;
  /** Where the card's rule (the end of its first screen) is, px from the top of the box; -1 without one. */
  firstScreenEnd: number;
  /** Each text asked for: whether all of it is inside the box, and where its bottom is (px from the top). */
  items: { text: string; visible: boolean; bottom: number }[];
}

/**
 * Where texts of the visible hover are, before any scrolling. Each text must be
 * within one text node (white space compared loosely: Monaco writes U+00A0).
 */
export async function hoverLayout(page: Page, texts: readonly string[]): Promise<HoverLayout> {
  return page.evaluate(
    ({ selector, texts }) => {
      const hovers = Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((h) => h.offsetParent !== null);
      const hover = hovers[0];
      if (!hover) throw new Error('no visible hover');
      const box = hover.getBoundingClientRect();
      const content = hover.querySelector<HTMLElement>('.monaco-hover-content') ?? hover;
      const rule = hover.querySelector('hr');
      const items = texts.map((text) => {
        const walker = document.createTreeWalker(hover, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const data = (node as Text).data.replace(/\u00a0/g, ' ');
          const at = data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const r = range.getBoundingClientRect();
          return { text, visible: r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.height > 0, bottom: Math.round(r.bottom - box.top) };
        }
        return { text, visible: false, bottom: -1 };
      });
      return {
        box: { width: Math.round(box.width), height: Math.round(box.height) },
        contentHeight: Math.round(content.scrollHeight),
        firstScreenEnd: rule ? Math.round(rule.getBoundingClientRect().top - box.top) : -1,
        items,
      };
    },
    { selector: VISIBLE_HOVER, texts },
  );
}

export interface SelectionOnScreen {
  /** The whole selection is inside the editor's visible area. */
  inView: boolean;
  /** How far down the editor the selection's middle is, 0 (top) to 1 (bottom). */
  centreShare: number;
  /** The selection's rectangles (one per wrapped line), px. */
  rects: { left: number; top: number; width: number; height: number }[];
}

/** Where the active editor's selection is drawn (Monaco's `.selected-text` overlays). */
export async function selectionOnScreen(page: Page): Promise<SelectionOnScreen> {
  return page.evaluate(
    ({ selector }) => {
      const editor = document.querySelector(selector);
      const viewport = editor?.querySelector('.monaco-scrollable-element')?.getBoundingClientRect();
      if (!editor || !viewport) throw new Error('no active editor');
      const rects = Array.from(editor.querySelectorAll<HTMLElement>('.view-overlays .selected-text'))
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0);
      if (rects.length === 0) return { inView: false, centreShare: -1, rects: [] };
      const top = Math.min(...rects.map((r) => r.top));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      const inView = rects.every((r) => r.left >= viewport.left && r.right <= viewport.right && r.top >= viewport.top && r.bottom <= viewport.bottom);
      return {
        inView,
        centreShare: ((top + bottom) / 2 - viewport.top) / viewport.height,
        rects: rects.map((r) => ({ left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height) })),
      };
    },
    { selector: ACTIVE_EDITOR },
  );
}
