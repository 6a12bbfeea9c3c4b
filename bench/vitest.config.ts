import { defineConfig } from 'vitest/config';

// The quick benchmark takes about 35 s of processor time; the timeouts are hang guards only, far
// above that, so that a machine loaded by other work (npm test runs every package at once) cannot fail it.
export default defineConfig({ test: { include: ['test/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 } });
