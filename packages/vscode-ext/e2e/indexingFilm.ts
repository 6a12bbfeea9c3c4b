// Reads the frames of progressRecorder.ts as a person watching the workbench would: which Dossier
// progress items were on screen, what they said (files counted, the merge, the save), and when the
// index was ready. Pure functions: the real-editor test asserts on what they return.
import type { Frame, ShownItem } from './progressRecorder.js';

/** "1,204/3,628 files" in the progress item, the hover or the status bar tooltip. */
const FILES_COUNTED = /([\d,]+)\/([\d,]+) files/;
/** The status bar item once the index is ready: "3,502 entities · 9,919 articles". */
const READY = /^[\d,]+ entities · [\d,]+ articles?$/;
/** The same, for a Playwright locator (which matches it inside the item's whole text). */
export const READY_TEXT = /[\d,]+ entities · [\d,]+ articles?/;

export type Stage = 'files' | 'merge' | 'save';

export interface ProgressView {
  t: number;
  /** The Dossier progress items on screen (not the hover). */
  items: ShownItem[];
  /** What the first of them says. */
  stage: Stage | null;
  /** Files counted so far, from "N/M files". */
  done: number | null;
  total: number | null;
}

export interface IndexingFilm {
  /** Every frame from the first progress item to the first ready frame (excluded). */
  views: ProgressView[];
  firstProgress: number | null;
  /** The first frame counting every file (N = M), and the first of the merge and of the save. */
  filesDone: number | null;
  mergeShown: number | null;
  saveShown: number | null;
  ready: number | null;
  readyText: string | null;
  /** Distinct "N/M files" counts shown, in order. */
  counts: number[];
}

/** A Dossier progress item: speaks of indexing, or spins beside Dossier's name. */
export function isProgressItem(item: ShownItem): boolean {
  if (item.where === 'hover') return false;
  return /indexing|merging|saving the index/i.test(item.text) || (item.spinning && /dossier/i.test(`${item.id} ${item.text}`));
}

export function stageOf(text: string): Stage | null {
  if (/merging [\d,]+ files into entities/.test(text)) return 'merge';
  if (/saving the index/.test(text)) return 'save';
  return FILES_COUNTED.test(text) ? 'files' : null;
}

const number = (digits: string) => Number(digits.replace(/,/g, ''));

export function readFilm(frames: readonly Frame[]): IndexingFilm {
  const views: ProgressView[] = [];
  let ready: Frame | undefined;
  for (const frame of frames) {
    const readyItem = frame.items.find((i) => i.where === 'status' && READY.test(i.text));
    if (readyItem && views.length > 0) {
      ready = frame;
      break;
    }
    const items = frame.items.filter(isProgressItem);
    if (views.length === 0 && !items.some((i) => /indexing/i.test(i.text))) continue;
    const text = items.map((i) => i.text).join(' | ');
    const counted = FILES_COUNTED.exec(text);
    views.push({ t: frame.t, items, stage: stageOf(text), done: counted ? number(counted[1]!) : null, total: counted ? number(counted[2]!) : null });
  }
  const first = (test: (v: ProgressView) => boolean) => views.find(test)?.t ?? null;
  const counts: number[] = [];
  for (const view of views) if (view.done !== null && counts.at(-1) !== view.done) counts.push(view.done);
  return {
    views,
    firstProgress: views[0]?.t ?? null,
    filesDone: first((v) => v.done !== null && v.done === v.total),
    mergeShown: first((v) => v.stage === 'merge'),
    saveShown: first((v) => v.stage === 'save'),
    ready: ready?.t ?? null,
    readyText: ready?.items.find((i) => READY.test(i.text))?.text ?? null,
    counts,
  };
}

/** The hovers seen in the frames: each text, when it showed and for how long (ms). */
export function hoversSeen(frames: readonly Frame[]): { t: number; ms: number; text: string }[] {
  const seen: { t: number; ms: number; text: string }[] = [];
  let showing: { t: number; ms: number; text: string } | undefined;
  for (const frame of frames) {
    const text = frame.items.find((i) => i.where === 'hover')?.text;
    if (showing && showing.text !== text) {
      showing.ms = frame.t - showing.t;
      showing = undefined;
    }
    if (text !== undefined && !showing) seen.push((showing = { t: frame.t, ms: 0, text }));
  }
  return seen;
}
