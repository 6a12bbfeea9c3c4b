// `npm start`: the main job on the sample corpus, for a fresh machine with no editor.
// It prints, for every name in the example notes, the card a hover would show in the editor.
// (npm start has already built every package through turbo.)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const notes = readdirSync(`${root}examples/notes`)
  .filter((f) => f.endsWith('.md'))
  .map((f) => `examples/notes/${f}`);
const cli = 'packages/corpus/dist/cli/main.js';

console.log('Dossier: the hover cards of the example notes, from the sample corpus in seeds/.\n');
const run = spawnSync(process.execPath, [cli, 'cards', '--corpus', 'seeds', ...notes], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`
Next:
  npm test                                   all tests
  node ${cli} entities seeds                 every entity of the sample corpus
  node ${cli} show "Kim Yo Jong" seeds       one card
  npm run demo:vscode                        the extension in a real VS Code (code-server) on http://127.0.0.1:8080
`);
