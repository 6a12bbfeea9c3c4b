/**
 * Publication dates as readers see them. An article's `published` is ISO 8601 at the precision its
 * text gives, a year alone when only a copyright line dates it (approximate), or null (undated);
 * nothing here ever falls back to a file's modification time.
 */
export interface DateRange {
  /** Earliest and latest publication dates of the dated articles (ISO, as stored). */
  first: string | null;
  last: string | null;
  dated: number;
  undated: number;
}

/** The dates of some articles: the range of the dated ones, and how many are not dated. */
export function dateRange(published: Iterable<string | null>): DateRange {
  let first: string | null = null;
  let last: string | null = null;
  let dated = 0;
  let undated = 0;
  for (const date of published) {
    if (!date) {
      undated++;
      continue;
    }
    dated++;
    if (first === null || dayOf(date) < dayOf(first)) first = date;
    if (last === null || dayOf(date) > dayOf(last)) last = date;
  }
  return { first, last, dated, undated };
}

/** "2025-08-14"; "c. 2025" for a year alone; "undated". */
export function displayDate(published: string | null): string {
  if (!published) return 'undated';
  return isApproximate(published) ? `c. ${published}` : published.slice(0, 10);
}

/** "2025-08-14 11:27" (UTC when the page gave a zone), "2025-08-14", "c. 2025", "undated". */
export function displayDateTime(published: string | null): string {
  if (!published || published.length <= 10) return displayDate(published);
  return published.endsWith('Z') ? `${published.slice(0, 16).replace('T', ' ')} UTC` : published.slice(0, 16).replace('T', ' ');
}

/** A year alone: dated by a copyright line only. */
export function isApproximate(published: string): boolean {
  return /^\d{4}$/.test(published);
}

/** "2023-09-14 to 2025-08-14", "c. 2025", "undated"; with "(2 of 3 articles dated)" when some are not. */
export function describeDateRange(range: DateRange): string {
  if (range.dated === 0) return 'undated';
  const first = displayDate(range.first);
  const last = displayDate(range.last);
  const span = first === last ? first : `${first} to ${last}`;
  return range.undated ? `${span} (${range.dated} of ${range.dated + range.undated} articles dated)` : span;
}

/** Years sort before the days of the same year in a range; "2025" counts as the first of its days. */
function dayOf(date: string): string {
  return date.slice(0, 10);
}
