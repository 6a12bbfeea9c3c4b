// Well-known locations of the e2e harness, derived from this file's own place
// so that tests work from any current directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The monorepo root (/work/main on the project machines). */
export const REPO_ROOT = path.resolve(here, '../../..');

/** Installs chromium, code-server and playwright-core; prints the code-server path last. */
export const SETUP_SCRIPT = path.join(REPO_ROOT, 'scripts/e2e/setup.sh');

/** Parent of the per-run folders (profiles, logs); ignored by git (`.e2e/`). */
export const RUNS_DIR = path.join(REPO_ROOT, '.e2e/runs');

/** Screenshots land here; ignored by git. */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'packages/vscode-ext/e2e-artifacts');

/** A sortable, filesystem-safe timestamp such as 2026-11-25T11-52-40-170Z. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
