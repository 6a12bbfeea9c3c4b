import { defineConfig } from 'vitest/config';

// `npm run fuzz` runs vitest in mode "fuzz": property tests run many more cases with a fresh seed
// (FUZZ_RUNS and FUZZ_SEED override both) and may take as long as they need.
export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts'],
    ...(mode === 'fuzz' ? { env: { DOSSIER_FUZZ: '1' }, testTimeout: 3_600_000, hookTimeout: 3_600_000 } : {}),
  },
}));
