import { defineConfig } from 'vitest/config';

// `npm run fuzz` runs vitest in mode "fuzz": property tests run many more cases with a fresh seed
// (FUZZ_RUNS and FUZZ_SEED override both) and may take as long as they need.
// Otherwise the timeouts are hang guards, far above what a test takes on a loaded two-core machine
// (vitest's default of 5 s is not): no test measures speed, `npm run bench` does.
export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    ...(mode === 'fuzz' ? { env: { DOSSIER_FUZZ: '1' }, testTimeout: 3_600_000, hookTimeout: 3_600_000 } : {}),
  },
}));
