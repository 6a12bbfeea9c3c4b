// Checks that withCodeServer never hangs and never leaks processes when a test
// fails or hangs:  npx tsx packages/vscode-ext/e2e/smoke/run-teardown-check.ts
// (about 20 s; no extension needed).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pidsWithCommandLineContaining } from '../processes.js';
import { RUNS_DIR, timestamp } from '../paths.js';
import { withCodeServer } from '../withCodeServer.js';

const base = path.join(RUNS_DIR, `${timestamp()}-teardown`);
const workspaceDir = path.join(base, 'workspace');
mkdirSync(workspaceDir, { recursive: true });
writeFileSync(path.join(workspaceDir, 'note.md'), '# Note\n');

let passed = 0;
async function expectFailure(name: string, timeoutMs: number, test: () => Promise<void>, message: RegExp) {
  const runDir = path.join(base, name);
  const t0 = Date.now();
  const outcome = await withCodeServer({ workspaceDir, runDir, timeoutMs }, test).then(
    () => new Error('expected a failure'),
    (err: unknown) => err,
  );
  assert.ok(outcome instanceof Error);
  assert.match(outcome.message, message);
  assert.deepEqual(pidsWithCommandLineContaining(runDir), [], 'processes left behind');
  passed++;
  process.stderr.write(`[teardown-check] ok - ${name}: failed in ${((Date.now() - t0) / 1000).toFixed(1)} s with "${outcome.message.split('\n')[0]}", nothing left running\n`);
}

try {
  await expectFailure('throwing-test', 60_000, async () => {
    throw new Error('boom from the test');
  }, /boom from the test/);
  // A test that never finishes: the overall timeout must end it.
  await expectFailure('hanging-test', 15_000, () => new Promise<void>(() => undefined), /timed out after 15000 ms during "test"/);
  console.log(`teardown-check: ${passed} passed, 0 failed`);
} catch (err) {
  process.stderr.write(`[teardown-check] FAILED: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  console.log(`teardown-check: ${passed} passed, 1 failed`);
  process.exitCode = 1;
}
