import { describe, expect, it } from 'vitest';
import known from '../../src/entities/data/known-entities.json' with { type: 'json' };
import { nameKey } from '../../src/text/tokenize.js';

describe('the known-entities list', () => {
  it('gives each name or alias, by its key, to one entry only (a second "Pakistan Tehreek-e-Insaf" entry was listed; the gazetteer keeps the first of two, so a second silently does nothing)', () => {
    const owners = new Map<string, number>();
    const shared: string[] = [];
    known.entities.forEach((entry, index) => {
      for (const form of new Set([entry.name, ...entry.aliases].map(nameKey))) {
        const owner = owners.get(form);
        if (owner !== undefined && owner !== index) shared.push(`${form}: ${known.entities[owner]!.name} / ${entry.name}`);
        else owners.set(form, index);
      }
    });
    expect(owners.size).toBeGreaterThan(1000);
    expect(shared).toEqual([]);
  });
});
