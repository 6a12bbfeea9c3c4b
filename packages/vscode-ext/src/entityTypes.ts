// How each kind of entity is named and drawn in the editor's UI. VS Code-free,
// so the tree and quick-pick formatting can be unit-tested without VS Code.
import type { EntityType } from '@dossier/corpus';

export interface EntityTypeInfo {
  /** Singular, for a single entity ("person"). */
  singular: string;
  /** Heading of the group in the Entities view ("People"). */
  plural: string;
  /** A codicon id (https://code.visualstudio.com/api/references/icons-in-labels). */
  icon: string;
  /**
   * Theme colour of the icon: the symbol colour of the standard semantic
   * token type this entity type extends in package.json (semanticTokenTypes),
   * so the tree and the highlighted names in notes agree.
   */
  color: string;
}

/**
 * A Record over EntityType, so that a new type in @dossier/corpus fails the
 * type check here until it has a label and an icon. The key order is the
 * display order in the Entities view.
 */
const ENTITY_TYPE_INFO: Readonly<Record<EntityType, EntityTypeInfo>> = {
  person: { singular: 'person', plural: 'People', icon: 'person', color: 'symbolIcon.variableForeground' },
  organization: { singular: 'organisation', plural: 'Organisations', icon: 'organization', color: 'symbolIcon.classForeground' },
  place: { singular: 'place', plural: 'Places', icon: 'location', color: 'symbolIcon.enumeratorMemberForeground' },
  vessel: { singular: 'vessel', plural: 'Vessels', icon: 'rocket', color: 'symbolIcon.structForeground' },
  product: { singular: 'product', plural: 'Products', icon: 'package', color: 'symbolIcon.interfaceForeground' },
  programme: { singular: 'programme', plural: 'Programmes', icon: 'project', color: 'symbolIcon.functionForeground' },
  event: { singular: 'event', plural: 'Events', icon: 'calendar', color: 'symbolIcon.eventForeground' },
  other: { singular: 'other', plural: 'Other', icon: 'symbol-misc', color: 'symbolIcon.propertyForeground' },
};

export const ENTITY_TYPE_ORDER = Object.keys(ENTITY_TYPE_INFO) as EntityType[];

/**
 * The display info of a type, tolerating a type this extension does not know
 * yet (a newer server): it is shown like "other" under its own name.
 */
export function entityTypeInfo(type: string): EntityTypeInfo {
  if (Object.hasOwn(ENTITY_TYPE_INFO, type)) return ENTITY_TYPE_INFO[type as EntityType];
  return { ...ENTITY_TYPE_INFO.other, singular: type, plural: type };
}

/** Position of a type in the display order; unknown types come last. */
export function entityTypeRank(type: string): number {
  const index = ENTITY_TYPE_ORDER.indexOf(type as EntityType);
  return index === -1 ? ENTITY_TYPE_ORDER.length : index;
}
