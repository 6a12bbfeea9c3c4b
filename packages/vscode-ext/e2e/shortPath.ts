// Unix socket paths are limited to 107 bytes. chromium creates
// $TMPDIR/org.chromium.Chromium.XXXXXX/SingletonSocket, code-server
// <user-data-dir>/code-server-ipc.sock and VS Code
// $XDG_RUNTIME_DIR (or $TMPDIR)/vscode-ipc-<uuid>.sock; deep in a run folder
// these overflow and chromium aborts ("Socket path too long"). So a long
// folder is reached through a short symlink in /tmp: the files still land in
// the run folder, only the link is outside it, and dispose() removes it.
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Longest folder path that leaves room for the socket names above ("tmp/vscode-ipc-<uuid>.sock" is the longest). */
const MAX_DIR_LENGTH = 48;

export interface ShortPath {
  /** `dir` itself if short enough, else a short symlink to it. */
  path: string;
  /** Removes the symlink (if one was made). Safe to call twice. */
  dispose(): void;
}

export function shortPathFor(dir: string): ShortPath {
  const resolved = path.resolve(dir);
  if (resolved.length <= MAX_DIR_LENGTH) return { path: resolved, dispose: () => undefined };
  const base = existsSync('/tmp') ? '/tmp' : path.parse(resolved).root;
  const link = path.join(base, `dossier-e2e-${randomBytes(4).toString('hex')}`);
  symlinkSync(resolved, link, 'dir');
  return { path: link, dispose: () => rmSync(link, { force: true }) };
}
