#!/usr/bin/env node
import { EXIT } from './io.js';
import { runCli } from './run.js';

// `dossier entities seeds | head`: the reader has gone, so what is left has nobody to read it.
// That ends the run quietly, as it ends `cat`; any other output error is a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  process.stderr.write(`dossier: cannot write the output: ${error.message}\n`);
  process.exit(EXIT.failure);
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
