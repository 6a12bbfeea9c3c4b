export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export class UsageError extends Error {}

/** The exit statuses the usage text promises (run.ts). */
export const EXIT = { ok: 0, notFound: 1, usage: 2, failure: 3, store: 4 } as const;

/**
 * One line of text that came from outside (a file name, an article title): control characters are
 * shown as escapes, so that they can neither start a new line of output nor drive the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A warning about a file, on stderr, on one line whatever the file is called. */
export function warn(io: CliIo, path: string, message: string): void {
  io.stderr(`dossier: ${printable(path)}: ${printable(message)}\n`);
}

/** Columns padded to their widest cell; the last column is cut to keep lines readable. */
export function table(rows: string[][], maxLast = 90): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (c === r.length - 1 ? 0 : printable(r[c] ?? '').length))));
  return (
    rows
      .map((r) =>
        r
          .map((cell, c) => (c === r.length - 1 ? cut(printable(cell), maxLast) : printable(cell).padEnd(widths[c]!)))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

export function cut(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + '…';
}
