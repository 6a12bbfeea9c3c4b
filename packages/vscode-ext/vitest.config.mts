import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests only: the real-editor tests (e2e/*.e2e.ts) have their own config.
    include: ['test/**/*.test.ts'],
    // A hang guard, far above what a test takes on a loaded machine (vitest's default of 5 s is not).
    testTimeout: 180_000,
  },
});
