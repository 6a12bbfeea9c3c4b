/** The longest a note's diagnostics wait after a keystroke for the typing to settle. */
export const SETTLE_MS = 150;
/** The shortest. */
export const MIN_SETTLE_MS = 90;
/** A pause this many times the longest of the typist's recent gaps between keystrokes ends a burst. */
const PAUSE_TO_GAP = 3;
/** The recent gaps: the last this many keystrokes of a note. */
const GAPS_KEPT = 8;

/**
 * How long a note's diagnostics wait after a keystroke: three times the longest gap between its
 * last eight keystrokes, between 90 and 150 ms. A gap longer than 150 ms is a pause, not the rhythm,
 * and is not counted.
 *
 * Why not 150 ms always: the wait is half of the 1 MB note's 300 ms budget from the last
 * keystroke to fresh diagnostics. The publication that follows carries the whole note's 7,100
 * warnings (2.6 MB of JSON, written and read again by the client), which takes 150 ms at idle
 * (typing bench, 12-05: 301–308 ms in all). A typist at 30 ms a key (the bench's) who stops
 * for 90 ms has stopped; one at 50 ms a key or slower waits the 150 ms as before. While a burst
 * goes on at its own pace no gap reaches three times its longest, so no check starts between
 * keystrokes that did not start before (no more CPU per keystroke while typing). Only a stall
 * of 90–150 ms in a fast burst now starts a check that the next keystroke makes stale; for the
 * 1 MB note that check's first publication (the 2.6 MB) is written all the same.
 */
export class TypingRhythm {
  private readonly notes = new Map<string, { last: number; gaps: number[] }>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A keystroke in the note: how long its diagnostics should wait for the next one. */
  keystroke(uri: string): number {
    const now = this.now();
    const note = this.notes.get(uri);
    if (!note) {
      this.notes.set(uri, { last: now, gaps: [] });
      return SETTLE_MS;
    }
    const gap = now - note.last;
    note.last = now;
    if (gap <= SETTLE_MS) {
      note.gaps.push(gap);
      if (note.gaps.length > GAPS_KEPT) note.gaps.shift();
    }
    return settleAfter(note.gaps);
  }

  forget(uri: string): void {
    this.notes.delete(uri);
  }
}

/** The wait after gaps between keystrokes: 150 ms until the typist's rhythm is known. */
function settleAfter(gaps: readonly number[]): number {
  if (gaps.length < GAPS_KEPT) return SETTLE_MS;
  // Rounded up to 5 ms, so that a steady rhythm keeps one timer (refreshed, not replaced).
  const wait = Math.ceil((PAUSE_TO_GAP * Math.max(...gaps)) / 5) * 5;
  return Math.min(SETTLE_MS, Math.max(MIN_SETTLE_MS, wait));
}
