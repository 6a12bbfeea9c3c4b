import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const GENERATOR = fileURLToPath(new URL('../../scripts/generate-namesakes.mjs', import.meta.url));

describe('src/entities/data/place-namesakes.json', () => {
  it('is exactly what scripts/generate-namesakes.mjs makes from the city, region and country packages', () => {
    const result = spawnSync(process.execPath, [GENERATOR, '--check'], { encoding: 'utf8' });
    expect(result.stdout.trim(), result.stderr).toBe('place-namesakes.json is what the generator makes');
    expect(result.status).toBe(0);
  });
});
