import type { EntityType } from '../entities/types.js';
import type { FurnitureRuleSpec } from '../segment/rules.js';

/** An analyst's corrections to what extraction found (dossier.yaml); they win over extraction. */
export interface Corrections {
  /** Entities declared outright: their name, type, aliases in any script and description. */
  entities: { name: string; type?: EntityType; aliases: string[]; description?: string }[];
  /** Groups of names that are one entity: the first name of a group is the canonical one. */
  merge: string[][];
  /** Forms to take away from the entity extraction put them in, making each an entity of its own. */
  split: { from: string; forms: string[] }[];
  /** Names that are not entities at all (false positives). */
  exclude: string[];
  furniture: FurnitureRuleSpec[];
}

export function noCorrections(): Corrections {
  return { entities: [], merge: [], split: [], exclude: [], furniture: [] };
}
