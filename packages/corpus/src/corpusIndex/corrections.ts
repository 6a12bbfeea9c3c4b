import type { EntityType } from '../entities/types.js';
import type { CaptureRule } from '../segment/captureTime.js';
import type { FurnitureRuleSpec } from '../segment/rules.js';
import { CaseRule, tokenForms, type AliasTarget } from './nameMatcher.js';

/** An entity declared in dossier.yaml. */
export interface DeclaredEntity {
  name: string;
  type?: EntityType;
  aliases: string[];
  description?: string;
  /** `caseSensitive` of the entity: the rule of all its forms unless an alias sets its own. */
  caseSensitive?: boolean;
  /** `caseSensitive` of single aliases (`- { name: Nato, caseSensitive: false }`), by alias. */
  aliasCase?: Record<string, boolean>;
}

/** An analyst's corrections to what extraction found (dossier.yaml); they win over extraction. */
export interface Corrections {
  /** Entities declared outright: their name, type, aliases in any script and description. */
  entities: DeclaredEntity[];
  /** Groups of names that are one entity: the first name of a group is the canonical one. */
  merge: string[][];
  /** Forms to take away from the entity extraction put them in, making each an entity of its own. */
  split: { from: string; forms: string[] }[];
  /** Names that are not entities at all (false positives). */
  exclude: string[];
  furniture: FurnitureRuleSpec[];
  /** When pages were captured (`capturedAt`), per folder or file pattern: what relative dates count from. */
  capture: CaptureRule[];
}

export function noCorrections(): Corrections {
  return { entities: [], merge: [], split: [], exclude: [], furniture: [], capture: [] };
}

/**
 * The part of the corrections that changes each file's analysis, not only the merge (furniture
 * rules, capture times), as a key: when it changes, files are analysed again and cached analyses
 * made under other rules do not count.
 */
export function analysisRulesKey(corrections: Pick<Corrections, 'furniture' | 'capture'>): string {
  return JSON.stringify({ furniture: corrections.furniture, capture: corrections.capture });
}

/**
 * The case rule the analyst set for one form of a declared entity, as matcher target fields: an
 * alias's own `caseSensitive` wins over its entity's; none leaves the default rule (capitals).
 */
export function declaredCaseRule(declared: DeclaredEntity | null, form: string): Pick<AliasTarget, 'caseRule' | 'caseForm'> {
  const sensitive = declared ? (declared.aliasCase?.[form] ?? declared.caseSensitive) : undefined;
  if (sensitive === true) return { caseRule: CaseRule.Exact, caseForm: tokenForms(form) };
  if (sensitive === false) return { caseRule: CaseRule.Any };
  return {};
}
