export const ENTITY_TYPES = ['person', 'organization', 'place', 'vessel', 'product', 'programme', 'event', 'other'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && (ENTITY_TYPES as readonly string[]).includes(value);
}
