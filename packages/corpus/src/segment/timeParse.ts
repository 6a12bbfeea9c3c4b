/**
 * Publication times as pages show them: relative ("33 minutes ago", "an hour ago", "Yesterday"),
 * placed only against a known capture time, or absolute dates ("Aug 29, 2025", "2025-08-29").
 *
 * Placed times are ISO 8601 at the precision the page gives: "2025-08-29" for a date alone,
 * "2025-08-29T14:30" for a time without a zone (as written, never shifted by this machine's zone),
 * "2025-08-29T05:30:00.000Z" when the zone is known, "2025" for a year alone (a copyright line:
 * approximate).
 */
const UNIT_MS: Record<string, number> = {
  second: 1000,
  sec: 1000,
  minute: 60_000,
  min: 60_000,
  hour: 3_600_000,
  hr: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
  month: 30 * 86_400_000,
  year: 365 * 86_400_000,
};

const RELATIVE = /^(?:about |around )?(\d{1,4}|an?|one)\s+(second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$/i;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
/** Which lines are times at all: this decides segmentation, so it stays as it is. */
const ABSOLUTE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:(?:${MONTHS})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS})\\.? \\d{4})(?:,? \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?)?$` +
    `|^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$`,
  'i',
);

/** A written or ISO date anywhere in a text, with an optional time after it. Bounded repetitions only. */
const WRITTEN_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\\.?,? {1,2})?` +
    `(?:(?<m1>${MONTHS})\\.? {1,2}(?<d1>\\d{1,2})(?:st|nd|rd|th)?,? {1,2}(?<y1>\\d{4})|(?<d2>\\d{1,2})(?:st|nd|rd|th)? {1,2}(?<m2>${MONTHS})\\.?,? {1,2}(?<y2>\\d{4}))` +
    `(?:,? {1,2}(?:at {1,2})?(?<h>\\d{1,2})[:.](?<mi>\\d{2})(?::(?<s>\\d{2}))? ?(?<ap>[ap]\\.?m\\.?)?(?: (?<tz>[A-Z]{2,4}))?)?(?![\\p{L}\\p{N}])` +
    `|(?<![\\p{N}-])(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?:[T ](?<ih>\\d{2}):(?<imi>\\d{2})(?::(?<is>\\d{2})(?:\\.\\d{1,9})?)?(?<iz>Z|[+-]\\d{2}:?\\d{2})?)?(?![\\p{N}])`,
  'iu',
);

/** "Aug 14" or "14 August" without a year, as datelines write them ("SEOUL, Aug 14 (Reuters)"). */
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?<m1>${MONTHS})\\.? {1,2}(?<d1>\\d{1,2})|(?<d2>\\d{1,2}) {1,2}(?<m2>${MONTHS})\\.?)(?![\\p{L}\\p{N}])`, 'iu');

/** Zones news pages write after a time; ambiguous ones (CST, IST) are left unplaced. */
const ZONE_HOURS: Record<string, number> = { UTC: 0, GMT: 0, Z: 0, KST: 9, JST: 9, EST: -5, EDT: -4, PST: -8, PDT: -7, CET: 1, CEST: 2, BST: 1, MSK: 3, HKT: 8, SGT: 8 };

export interface ParsedTime {
  raw: string;
  /** ISO 8601 (see above), or null when the text is a time but cannot be placed (relative with no capture time). */
  iso: string | null;
}

/** When a page was saved, and how precisely that is known: a file name gives a day, a clock a time. */
export interface CaptureTime {
  at: Date;
  precision: 'time' | 'day';
  /** Where it comes from, for messages: "--captured-at", "dossier.yaml", "file name", "HTML". */
  source: string;
}

export function asCaptureTime(value: Date | CaptureTime | null | undefined): CaptureTime | null {
  if (!value) return null;
  return value instanceof Date ? { at: value, precision: 'time', source: 'given' } : value;
}

/** Returns null when the line is not a time at all. */
export function parseTimeLine(line: string, capturedAt: Date | CaptureTime | null): ParsedTime | null {
  const raw = line.trim();
  if (raw.length === 0 || raw.length > 60) return null;
  const capture = asCaptureTime(capturedAt);
  const lower = raw.toLowerCase();
  if (lower === 'just now' || lower === 'today' || lower === 'yesterday') {
    return { raw, iso: capture ? before(capture, lower === 'yesterday' ? UNIT_MS.day! : 0) : null };
  }
  const relative = RELATIVE.exec(raw);
  if (relative) {
    const amount = /^\d/.test(relative[1]!) ? Number(relative[1]) : 1;
    const unit = UNIT_MS[relative[2]!.toLowerCase()]!;
    return { raw, iso: capture ? before(capture, amount * unit) : null };
  }
  if (ABSOLUTE.test(raw)) return { raw, iso: findDate(raw)?.iso ?? null };
  return null;
}

/** The capture time moved back; a capture known to the day gives a day ("5 hours ago" on 14 Aug is 14 Aug). */
function before(capture: CaptureTime, ms: number): string {
  if (capture.precision === 'time') return new Date(capture.at.getTime() - ms).toISOString();
  const days = Math.floor(ms / UNIT_MS.day!);
  return isoDay(new Date(capture.at.getTime() - days * UNIT_MS.day!));
}

export interface FoundDate {
  iso: string;
  /** Where the date is in the text searched, and its length. */
  index: number;
  length: number;
}

/** The first written or ISO date in a text ("Published: August 14, 2025 10:32 a.m. EDT"), placed. */
export function findDate(text: string): FoundDate | null {
  const m = WRITTEN_DATE.exec(text);
  if (!m?.groups) return null;
  const g = m.groups;
  const iso = g.iy
    ? placeDate(Number(g.iy), Number(g.im), Number(g.id), g.ih, g.imi, g.is, undefined, g.iz)
    : placeDate(Number(g.y1 ?? g.y2), monthNumber(g.m1 ?? g.m2!), Number(g.d1 ?? g.d2), g.h, g.mi, g.s, g.ap, g.tz);
  return iso ? { iso, index: m.index, length: m[0].length } : null;
}

/** "Aug 14" in a text: month and day without a year (a dateline's), or null. */
export function findMonthDay(text: string): { month: number; day: number } | null {
  const g = MONTH_DAY.exec(text)?.groups;
  if (!g) return null;
  const month = monthNumber(g.m1 ?? g.m2!);
  const day = Number(g.d1 ?? g.d2);
  return validDay(2000, month, day) ? { month, day } : null;
}

/** A month and day placed in the year before a reference day ("Aug 14" read on 2025-09-01 is 2025-08-14). */
export function monthDayBefore(monthDay: { month: number; day: number }, reference: Date): string {
  let year = reference.getUTCFullYear();
  const candidate = Date.UTC(year, monthDay.month - 1, monthDay.day);
  if (candidate > reference.getTime() + UNIT_MS.day!) year--;
  return `${year}-${pad(monthDay.month)}-${pad(monthDay.day)}`;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function placeDate(year: number, month: number, day: number, hour?: string, minute?: string, second?: string, ampm?: string, zone?: string): string | null {
  if (!validDay(year, month, day)) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (hour === undefined || minute === undefined) return date;
  let h = Number(hour);
  if (ampm) h = (h % 12) + (/^p/i.test(ampm) ? 12 : 0);
  const m = Number(minute);
  const s = Number(second ?? 0);
  if (h > 23 || m > 59 || s > 59) return date;
  const offsetMinutes = zoneOffsetMinutes(zone);
  if (offsetMinutes === null) return `${date}T${pad(h)}:${pad(m)}${second === undefined ? '' : `:${pad(s)}`}`;
  return new Date(Date.UTC(year, month - 1, day, h, m, s) - offsetMinutes * 60_000).toISOString();
}

function zoneOffsetMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  const named = ZONE_HOURS[zone.toUpperCase()];
  if (named !== undefined) return named * 60;
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : null;
}

function monthNumber(name: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
