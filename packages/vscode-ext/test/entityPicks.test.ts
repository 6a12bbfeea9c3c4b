import { describe, expect, it } from 'vitest';
import { entityPickItem, entityPickItems } from '../src/entityPicks';
import { KCNA, KIM_YO_JONG, KURSK, PUTIN } from './fixtures';

describe('entityPickItem', () => {
  it('puts the type icon before the name, type and aliases in the description, counts in the detail', () => {
    expect(entityPickItem(KIM_YO_JONG)).toEqual({
      label: '$(person) Kim Yo Jong',
      description: 'person · Kim Yo-jong',
      detail: "6 mentions · 2 articles — a senior official in the North's ruling Workers' Party",
      entityId: 'kim-yo-jong',
    });
  });

  it('uses each type its own codicon', () => {
    expect(entityPickItem(KCNA).label).toBe('$(organization) KCNA');
    expect(entityPickItem(KURSK).label).toBe('$(location) Kursk');
    expect(entityPickItem({ ...KCNA, type: 'vessel' }).label).toBe('$(rocket) KCNA');
  });

  it('writes singular counts and leaves out a missing description', () => {
    expect(entityPickItem(KCNA)).toMatchObject({ description: 'organisation', detail: '1 mention · 1 article' });
  });

  it('shortens long descriptions and alias lists', () => {
    const item = entityPickItem({ ...KCNA, description: 'word '.repeat(40), aliases: Array.from({ length: 30 }, (_, i) => `Alias ${i}`) });
    expect(item.detail.length).toBeLessThan(110);
    expect(item.detail.endsWith('…')).toBe(true);
    expect(item.description.length).toBeLessThan(80);
  });
});

describe('entityPickItems', () => {
  it('orders by mentions, most first', () => {
    expect(entityPickItems([KCNA, KIM_YO_JONG, PUTIN, KURSK]).map((i) => i.entityId)).toEqual(['vladimir-putin', 'kim-yo-jong', 'kursk', 'kcna']);
  });
});
