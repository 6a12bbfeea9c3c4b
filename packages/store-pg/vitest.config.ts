import { defineConfig } from 'vitest/config';

// One throwaway PostgreSQL server per test run (test/support/globalSetup.ts); each test takes a
// database of its own. The timeouts are guards against a hang, not speed checks: they are wide,
// because the suite runs on loaded two-core machines.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 240_000,
    hookTimeout: 600_000,
  },
});
