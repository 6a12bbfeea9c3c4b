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

/**
 * Validates and compiles rule specs; the message names the rule and what is wrong with it. Rules
 * from users (dossier.yaml, which may come with a cloned workspace) are also refused when their
 * pattern could take exponential time; only the built-in rules skip that check (`trusted`).
 */
export function compileRules(specs: readonly unknown[], options: { trusted?: boolean } = {}): FurnitureRule[] {
  return specs.map((spec, index) => compileRule(spec, index, options.trusted ?? false));
}

function compileRule(spec: unknown, index: number, trusted: boolean): FurnitureRule {
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
  const nested = trusted ? null : nestedRepetition(s.pattern as string);
  if (nested) {
    throw new RuleError(
      `${where}: pattern repeats a group that itself repeats ("${nested}"), which can take exponential time on a long line; ` +
        'rewrite it without the nested repetition (for example "(a+)+" as "a+")',
    );
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

const BUILTIN_RULE_SPECS: readonly FurnitureRuleSpec[] = builtin.rules as FurnitureRuleSpec[];

let builtinCompiled: FurnitureRule[] | undefined;

export function builtinRules(): FurnitureRule[] {
  builtinCompiled ??= compileRules(BUILTIN_RULE_SPECS, { trusted: true });
  return builtinCompiled;
}

/** The rule set in force: the built-in rules, then the user's (user rules with a built-in id replace it). */
export function withUserRules(userSpecs: readonly unknown[]): FurnitureRule[] {
  const user = compileRules(userSpecs);
  const replaced = new Set(user.map((r) => r.id));
  return [...builtinRules().filter((r) => !replaced.has(r.id)), ...user];
}

/**
 * The first group of a pattern that is repeated more than once while it holds a repetition without
 * a small bound ("(a+)+", "(\\w+\\s?)*", "(?:x*){2,}", "(.*a){8}"): the shape of almost every
 * catastrophic regular expression. A heuristic on the pattern's text, not a full parser: it reads
 * escapes, character classes and groups, which is all it needs. Null when no such group exists.
 */
export function nestedRepetition(pattern: string): string | null {
  const groups: { start: number; repeats: boolean }[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      // \p{…}, \P{…}, \u{…} and \k<…> are one atom; any other escape is two characters.
      const next = pattern[i + 1] ?? '';
      let end = i + 2;
      if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && pattern[i + 2] === (next === 'k' ? '<' : '{')) {
        const close = pattern.indexOf(next === 'k' ? '>' : '}', i + 2);
        end = close < 0 ? pattern.length : close + 1;
      }
      i = afterQuantifier(pattern, end, groups);
    } else if (ch === '[') {
      let j = i + 1;
      if (pattern[j] === '^') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
      i = afterQuantifier(pattern, j + 1, groups);
    } else if (ch === '(') {
      groups.push({ start: i, repeats: false });
      i++;
    } else if (ch === ')') {
      const group = groups.pop();
      const quantifier = quantifierAt(pattern, i + 1);
      if (group?.repeats && quantifier && quantifier.max > 1) return pattern.slice(group.start, i + 1 + quantifier.text.length);
      // A repetition inside a group is a repetition inside the enclosing group too.
      if (group?.repeats && groups.length) groups[groups.length - 1]!.repeats = true;
      i = afterQuantifier(pattern, i + 1, groups);
    } else i = afterQuantifier(pattern, i + 1, groups);
  }
  return null;
}

/** Past the quantifier at `i`, if any, noting one without a small bound in the innermost open group. */
function afterQuantifier(pattern: string, i: number, groups: { repeats: boolean }[]): number {
  const quantifier = quantifierAt(pattern, i);
  if (!quantifier) return i;
  if (quantifier.max > 10 && groups.length) groups[groups.length - 1]!.repeats = true;
  return i + quantifier.text.length;
}

/** "*", "+", "?", "{n}", "{n,}" or "{n,m}" (lazy or not) and the most repetitions it allows. */
function quantifierAt(pattern: string, i: number): { text: string; max: number } | null {
  const m = /^(?:([*+?])|\{(\d+)(,(\d*))?\})\??/.exec(pattern.slice(i, i + 24));
  if (!m) return null;
  if (m[1]) return { text: m[0], max: m[1] === '?' ? 1 : Infinity };
  const max = m[3] === undefined ? Number(m[2]) : m[4] === '' ? Infinity : Number(m[4]);
  return { text: m[0], max };
}
