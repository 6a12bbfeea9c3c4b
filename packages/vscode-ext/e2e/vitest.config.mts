// Runs real-VS-Code tests (files named *.e2e.ts) with vitest:
//   npx vitest run --config packages/vscode-ext/e2e/vitest.config.mts
// The *.e2e.ts name keeps them out of the package's ordinary `vitest run`
// (whose default pattern is *.test.ts / *.spec.ts): they take ~20 s each.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)), // packages/vscode-ext
    include: ['e2e/**/*.e2e.ts', 'test/**/*.e2e.ts'],
    exclude: ['**/node_modules/**'],
    // One VS Code at a time: 2 cores, and each run starts code-server + chromium.
    fileParallelism: false,
    // withCodeServer has its own overall timeout (180 s by default) and always
    // tears down; vitest's limit is only a backstop above it.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
