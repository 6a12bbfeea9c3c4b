/**
 * Publication times as pages show them: relative ("33 minutes ago", "an hour ago", "Yesterday")
 * resolved against the time the page was captured, or absolute dates.
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
const ABSOLUTE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,? )?(?:(?:${MONTHS})\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS})\\.? \\d{4})(?:,? \\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{2,4})?)?$` +
    `|^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$`,
  'i',
);

export interface ParsedTime {
  raw: string;
  /** ISO 8601, or null when the text is a time but cannot be placed (relative with no capture time). */
  iso: string | null;
}

/** Returns null when the line is not a time at all. */
export function parseTimeLine(line: string, capturedAt: Date | null): ParsedTime | null {
  const raw = line.trim();
  if (raw.length === 0 || raw.length > 60) return null;
  const lower = raw.toLowerCase();
  if (lower === 'just now' || lower === 'today' || lower === 'yesterday') {
    const back = lower === 'yesterday' ? UNIT_MS.day! : 0;
    return { raw, iso: capturedAt ? new Date(capturedAt.getTime() - back).toISOString() : null };
  }
  const relative = RELATIVE.exec(raw);
  if (relative) {
    const amount = /^\d/.test(relative[1]!) ? Number(relative[1]) : 1;
    const unit = UNIT_MS[relative[2]!.toLowerCase()]!;
    return { raw, iso: capturedAt ? new Date(capturedAt.getTime() - amount * unit).toISOString() : null };
  }
  if (ABSOLUTE.test(raw)) {
    const ms = Date.parse(raw.replace(/\b([ap])\.m\.?/i, '$1m'));
    return { raw, iso: Number.isNaN(ms) ? null : new Date(ms).toISOString() };
  }
  return null;
}
