// The harness smoke test under vitest (same scenario as run-smoke.ts):
//   npx vitest run --config packages/vscode-ext/e2e/vitest.config.mts
import path from 'node:path';
import { expect, test } from 'vitest';
import { RUNS_DIR, timestamp } from '../paths.js';
import { runSmokeScenario } from './scenario.js';

test('real VS Code: hover, go to definition, command palette with a throwaway extension', async () => {
  const checks: string[] = [];
  await runSmokeScenario(path.join(RUNS_DIR, `${timestamp()}-smoke-vitest`), (name) => checks.push(name));
  expect(checks).toHaveLength(7);
});
