import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a worker script is: beside this file, in the package build and in the extension's bundle alike. */
export function workerScript(name: string): string {
  // The extension bundles the server as CommonJS, where __dirname exists and import.meta does not.
  if (typeof __dirname !== 'undefined') return join(__dirname, name);
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}
