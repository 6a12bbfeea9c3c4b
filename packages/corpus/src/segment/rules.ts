import builtin from './furniture-rules.json' with { type: 'json' };

export type RuleScope = 'line' | 'leading' | 'trailing';
export type RuleAction =
  | 'drop'
  | 'end-article'
  | 'credit'
  | 'caption'
  | 'byline'
  | 'dateline'
  | 'kicker'
  | 'deck'
  | 'source';

/** A furniture rule as written in data (the built-in JSON file or a user's dossier.yaml). */
export interface FurnitureRuleSpec {
  id: string;
  scope: RuleScope;
  action: RuleAction;
  pattern: string;
  flags?: string;
  reason: string;
  /** Only tried right after a rule with this action matched the same paragraph. */
  after?: RuleAction;
  /** Text the match always contains: where it is absent the pattern is not run at all (speed). */
  hint?: string;
}

export interface FurnitureRule extends FurnitureRuleSpec {
  regex: RegExp;
}

const SCOPES: readonly RuleScope[] = ['line', 'leading', 'trailing'];
const ACTIONS: readonly RuleAction[] = ['drop', 'end-article', 'credit', 'caption', 'byline', 'dateline', 'kicker', 'deck', 'source'];

export class RuleError extends Error {}

/** Validates and compiles rule specs; the message names the rule and what is wrong with it. */
export function compileRules(specs: readonly unknown[]): FurnitureRule[] {
  return specs.map((spec, index) => compileRule(spec, index));
}

function compileRule(spec: unknown, index: number): FurnitureRule {
  if (typeof spec !== 'object' || spec === null) throw new RuleError(`rule ${index + 1}: expected a mapping`);
  const s = spec as Record<string, unknown>;
  const where = `rule ${typeof s.id === 'string' ? `"${s.id}"` : index + 1}`;
  for (const field of ['id', 'pattern', 'reason'] as const) {
    if (typeof s[field] !== 'string' || (s[field] as string).length === 0) {
      throw new RuleError(`${where}: "${field}" must be a non-empty string`);
    }
  }
  const scope = s.scope ?? 'line';
  if (!SCOPES.includes(scope as RuleScope)) throw new RuleError(`${where}: "scope" must be one of ${SCOPES.join(', ')}`);
  const action = s.action ?? 'drop';
  if (!ACTIONS.includes(action as RuleAction)) throw new RuleError(`${where}: "action" must be one of ${ACTIONS.join(', ')}`);
  if (s.after !== undefined && !ACTIONS.includes(s.after as RuleAction)) {
    throw new RuleError(`${where}: "after" must be one of ${ACTIONS.join(', ')}`);
  }
  const flags = typeof s.flags === 'string' ? s.flags : '';
  if (!/^[imsu]*$/.test(flags)) throw new RuleError(`${where}: "flags" may only hold i, m, s and u`);
  let regex: RegExp;
  try {
    regex = new RegExp(s.pattern as string, flags.includes('u') ? flags : flags + 'u');
  } catch (error) {
    throw new RuleError(`${where}: invalid pattern: ${(error as Error).message}`);
  }
  return {
    id: s.id as string,
    scope: scope as RuleScope,
    action: action as RuleAction,
    pattern: s.pattern as string,
    flags,
    reason: s.reason as string,
    ...(s.after !== undefined ? { after: s.after as RuleAction } : {}),
    ...(typeof s.hint === 'string' && s.hint ? { hint: s.hint } : {}),
    regex,
  };
}

export const BUILTIN_RULE_SPECS: readonly FurnitureRuleSpec[] = builtin.rules as FurnitureRuleSpec[];

let builtinCompiled: FurnitureRule[] | undefined;

export function builtinRules(): FurnitureRule[] {
  builtinCompiled ??= compileRules(BUILTIN_RULE_SPECS);
  return builtinCompiled;
}

/** The rule set in force: the built-in rules, then the user's (user rules with a built-in id replace it). */
export function withUserRules(userSpecs: readonly unknown[]): FurnitureRule[] {
  const user = compileRules(userSpecs);
  const replaced = new Set(user.map((r) => r.id));
  return [...builtinRules().filter((r) => !replaced.has(r.id)), ...user];
}
