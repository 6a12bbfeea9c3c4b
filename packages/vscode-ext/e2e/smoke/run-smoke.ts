// Smoke test of the real-VS-Code harness with a throwaway extension:
//   npx tsx packages/vscode-ext/e2e/smoke/run-smoke.ts      (from the repo root)
// See scenario.ts for what it checks. Prints the phase timings and ends with
// "smoke: N passed, N failed"; exit code 1 on failure.
import path from 'node:path';
import { RUNS_DIR, timestamp } from '../paths.js';
import { runSmokeScenario } from './scenario.js';

const started = Date.now();
const runDir = path.join(RUNS_DIR, `${timestamp()}-smoke`);
const passed: string[] = [];
const check = (name: string) => {
  passed.push(name);
  process.stderr.write(`[smoke] ok - ${name}\n`);
};

runSmokeScenario(runDir, check).then(
  (timings) => {
    const rows = [...timings, { phase: 'total', ms: Date.now() - started }];
    process.stderr.write(`\n[smoke] timings:\n${rows.map((t) => `  ${t.phase.padEnd(32)} ${(t.ms / 1000).toFixed(1)} s`).join('\n')}\n`);
    process.stderr.write(`[smoke] run folder: ${runDir}\n`);
    console.log(`smoke: ${passed.length} passed, 0 failed`);
  },
  (err: unknown) => {
    process.stderr.write(`[smoke] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.stderr.write(`[smoke] run folder: ${runDir}\n`);
    console.log(`smoke: ${passed.length} passed, 1 failed`);
    process.exitCode = 1;
  },
);
