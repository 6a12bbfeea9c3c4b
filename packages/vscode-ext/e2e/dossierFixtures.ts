// What the Dossier real-editor test and `npm run demo:vscode` share: the
// extension package (built with `npm run package`) and a workspace holding the
// seed corpus and the example notes, as a user would lay them out.
import { runCollecting } from './processes.js';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './paths.js';

export const EXTENSION_DIR = path.join(REPO_ROOT, 'packages/vscode-ext');
export const VSIX_PATH = path.join(EXTENSION_DIR, 'dossier-0.1.0.vsix');

/** `npm run package` in packages/vscode-ext: bundles (minified) and writes the .vsix. */
export async function packageDossier(timeoutMs = 180_000): Promise<string> {
  const { code, output } = await runCollecting('npm', ['run', 'package'], EXTENSION_DIR, timeoutMs);
  if (code === 0 && existsSync(VSIX_PATH)) return VSIX_PATH;
  throw new Error(`npm run package failed (exit ${code}):\n${output.slice(-4000)}`);
}

/** Newest modification time of the files below `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * The .vsix, packaged again when it is missing or older than the extension's
 * or the server's sources (`npm run test:e2e` always packages first anyway).
 */
export async function ensureDossierVsix(log: (line: string) => void = () => undefined): Promise<string> {
  const sources = Math.max(
    newestMtime(path.join(EXTENSION_DIR, 'src')),
    newestMtime(path.join(REPO_ROOT, 'packages/lsp/src')),
    newestMtime(path.join(REPO_ROOT, 'packages/corpus/src')),
    statSync(path.join(EXTENSION_DIR, 'package.json')).mtimeMs,
  );
  if (existsSync(VSIX_PATH) && statSync(VSIX_PATH).mtimeMs >= sources) return VSIX_PATH;
  log(`packaging ${path.relative(REPO_ROOT, VSIX_PATH)} (npm run package)...`);
  return packageDossier();
}

/** The note the test opens and the article its "Kim Yo Jong" comes from. */
export const NOTE = 'notes/korea-russia-axis.md';
export const SOURCE_ARTICLE = 'seeds/000_a964fcedf6c508e9.txt';

/**
 * A workspace folder with `seeds/` (the corpus, from /work/main/seeds) and
 * `notes/` (from examples/notes). Copies, so the test may change them.
 */
export function writeDossierWorkspace(dir: string): string {
  mkdirSync(dir, { recursive: true });
  cpSync(path.join(REPO_ROOT, 'seeds'), path.join(dir, 'seeds'), { recursive: true });
  cpSync(path.join(REPO_ROOT, 'examples/notes'), path.join(dir, 'notes'), { recursive: true });
  return dir;
}
