import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests only: the real-editor tests (e2e/*.e2e.ts) have their own config.
    include: ['test/**/*.test.ts'],
  },
});
