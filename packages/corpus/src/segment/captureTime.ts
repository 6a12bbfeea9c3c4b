import { basename, isAbsolute, relative, sep } from 'node:path';
import { excluder } from '../files/discover.js';
import { htmlPublishedTime } from './publicationDate.js';
import type { SegmentOptions } from './segmenter.js';
import { asCaptureTime, findDate, type CaptureTime } from './timeParse.js';

/**
 * When a page was saved: what "33 minutes ago" on it counts back from. Only a time someone or
 * something recorded counts; a file's modification time does not, since a copy or a checkout
 * resets it. In order:
 * 1. the time given for the whole run (the CLI's `--captured-at`);
 * 2. `capturedAt` in dossier.yaml, for the file's folder or a pattern matching it;
 * 3. the time a page saver wrote into an HTML page (SingleFile's "saved date:", `savepage-date`);
 * 4. a date in the file's name ("2025-08-14_japantoday.txt", "japantoday-20250814.html").
 */
export interface CaptureRule {
  /** A folder or a glob, relative to `base` ("seeds", "seeds/000_*.txt", "**\/*.html"). */
  pattern: string;
  /** ISO 8601: a date ("2025-08-14", known to the day) or a date and time. */
  at: string;
  /** The folder the pattern is relative to: where dossier.yaml is. */
  base: string;
}

export interface CaptureSources {
  /** The time given for every file; `undefined` means none was given. */
  capturedAt?: Date | CaptureTime | null;
  captureRules?: readonly CaptureRule[];
}

/** How to segment a file: furniture rules, and what says when it was captured (never its modification time). */
export interface FileSegmentOptions extends SegmentOptions {
  /** dossier.yaml's `capturedAt` per folder or file pattern; `capturedAt`, when given, wins over them. */
  captureRules?: readonly CaptureRule[];
}

/** What segmenting a file needs to know of it besides its text: its capture time and the page's own date. */
export function fileSegmentOptions(file: { path: string; text: string; format: string }, options: FileSegmentOptions): SegmentOptions {
  const { captureRules: _rules, ...segment } = options;
  return {
    ...segment,
    capturedAt: captureTimeOf(file, options),
    pagePublished: file.format === 'html' ? htmlPublishedTime(file.text) : null,
    markedText: file.format === 'markdown' ? file.text : undefined,
  };
}

/** The capture time of one file, or null when nothing records it. */
export function captureTimeOf(file: { path: string; text: string; format: string }, sources: CaptureSources): CaptureTime | null {
  if (sources.capturedAt !== undefined) return asCaptureTime(sources.capturedAt);
  return fromRules(file.path, sources.captureRules ?? []) ?? (file.format === 'html' ? fromHtml(file.text) : null) ?? fromFileName(file.path);
}

/** A `capturedAt` value of dossier.yaml: a date, or a date and time (with a zone, or taken as UTC). */
export function parseCaptureValue(value: string, source: string): CaptureTime | null {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const at = new Date(`${trimmed}T00:00:00Z`);
    return Number.isNaN(at.getTime()) ? null : { at, precision: 'day', source };
  }
  const found = findDate(trimmed);
  if (!found || found.index !== 0 || found.length !== trimmed.length) return null;
  // A time written without a zone is taken as UTC: the machine's own zone must not change results.
  const at = new Date(/T\d{2}:\d{2}(?::\d{2})?$/.test(found.iso) ? `${found.iso}Z` : found.iso);
  return Number.isNaN(at.getTime()) ? null : { at, precision: found.iso.length > 10 ? 'time' : 'day', source };
}

/** The first rule that names the file's folder or matches it; globs are compiled once per rule list. */
function fromRules(path: string, rules: readonly CaptureRule[]): CaptureTime | null {
  for (const { rule, glob } of compiled(rules)) {
    const rel = relative(rule.base, path).split(sep).join('/');
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    const folder = rule.pattern.replace(/\/+$/, '');
    if (rel === folder || rel.startsWith(`${folder}/`) || glob(rel)) return parseCaptureValue(rule.at, 'dossier.yaml');
  }
  return null;
}

const compiledRules = new WeakMap<readonly CaptureRule[], { rule: CaptureRule; glob: (rel: string) => boolean }[]>();

function compiled(rules: readonly CaptureRule[]): { rule: CaptureRule; glob: (rel: string) => boolean }[] {
  let list = compiledRules.get(rules);
  if (!list) compiledRules.set(rules, (list = rules.map((rule) => ({ rule, glob: excluder([rule.pattern], () => undefined) }))));
  return list;
}

const SINGLE_FILE = /<!--[^>]{0,2000}?saved date:\s*([^\n>]{8,80}?)\s*(?:\n|-->)/i;
const SAVE_PAGE_META = /<meta\s+name=["']savepage-date["']\s+content=["']([^"'<>]{8,80})["']/i;

/** What a page saver wrote: SingleFile's comment ("saved date: Thu Aug 14 2025 12:03:04 GMT+0900"), Save Page WE's meta. */
function fromHtml(text: string): CaptureTime | null {
  const head = text.slice(0, 20_000);
  const written = SINGLE_FILE.exec(head)?.[1] ?? SAVE_PAGE_META.exec(head)?.[1];
  if (!written) return null;
  // Date.toString()'s format, with its own offset: Date.parse reads it the same in every zone.
  const ms = Date.parse(written.replace(/\s*\([^)]*\)\s*$/, ''));
  return Number.isNaN(ms) ? null : { at: new Date(ms), precision: 'time', source: 'HTML' };
}

const NAME_DATE = /(?<![\p{L}\p{N}])(20\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[T_-]?([01]\d|2[0-3])[-:h]?([0-5]\d))?(?![\p{L}\p{N}])/u;

/** "2025-08-14_japantoday.txt", "japantoday-20250814.html", "2025-08-14T0930-page.html". */
function fromFileName(path: string): CaptureTime | null {
  const m = NAME_DATE.exec(basename(path));
  if (!m) return null;
  const [, year, month, day, hour, minute] = m;
  const at = new Date(`${year}-${month}-${day}T${hour ?? '00'}:${minute ?? '00'}:00Z`);
  if (Number.isNaN(at.getTime()) || at.getUTCDate() !== Number(day)) return null;
  return { at, precision: hour ? 'time' : 'day', source: 'file name' };
}
