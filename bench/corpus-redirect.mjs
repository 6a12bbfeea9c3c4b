// A preload (node --import) for the typing probe's server: @dossier/corpus is resolved to the
// package folder in DOSSIER_CORPUS_PACKAGE (its dist) instead of the one node_modules links to.
// In a git worktree whose node_modules are links into the main checkout, the server built in the
// worktree otherwise imports the main checkout's corpus build, and a before/after pair of probe
// runs measures the same corpus code twice (typing-probe.mts --corpus=<package folder>).
import { existsSync, realpathSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folder node_modules/@dossier/corpus really is, looked for upwards from `from` as Node does. */
function linkedCorpus(from) {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', '@dossier', 'corpus');
    if (existsSync(candidate)) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new Error(`corpus-redirect: no node_modules/@dossier/corpus above ${from}`);
  }
}

const wanted = process.env.DOSSIER_CORPUS_PACKAGE;
if (wanted) {
  const from = `${pathToFileURL(linkedCorpus(dirname(resolve(process.argv[1] ?? '.')))).href}/`;
  const to = `${pathToFileURL(realpathSync(resolve(wanted))).href}/`;
  const hook = `export async function resolve(specifier, context, next) {
    const found = await next(specifier, context);
    return found.url.startsWith(${JSON.stringify(from)}) ? { ...found, url: ${JSON.stringify(to)} + found.url.slice(${JSON.stringify(from.length)}) } : found;
  }`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}
