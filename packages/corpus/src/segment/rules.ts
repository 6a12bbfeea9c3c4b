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
  /**
   * The code points a match must begin with, read from the pattern (see firstCodePoints); absent
   * when the pattern does not say. A line that begins with none of them is not tried.
   */
  firstCodePoints?: ReadonlySet<number>;
  /** The code point a trailing rule's match must end with, read from the pattern (see lastCodePoint); absent when it does not say. */
  lastCodePoint?: number;
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
  const regex = compilePattern(s.pattern as string, flags, where, trusted);
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
    ...withFirstCodePoints(s.pattern as string, flags),
    ...withLastCodePoint(s.pattern as string, scope as RuleScope),
  };
}

/** A rule's pattern as a regular expression (always with "u"); one that could backtrack exponentially is refused unless trusted. */
function compilePattern(pattern: string, flags: string, where: string, trusted: boolean): RegExp {
  if (!/^[imsu]*$/.test(flags)) throw new RuleError(`${where}: "flags" may only hold i, m, s and u`);
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags.includes('u') ? flags : flags + 'u');
  } catch (error) {
    throw new RuleError(`${where}: invalid pattern: ${(error as Error).message}`);
  }
  const nested = trusted ? null : nestedRepetition(pattern);
  if (nested) {
    throw new RuleError(
      `${where}: pattern repeats a group that itself repeats ("${nested}"), which can take exponential time on a long line; ` +
        'rewrite it without the nested repetition (for example "(a+)+" as "a+")',
    );
  }
  return regex;
}

function withFirstCodePoints(pattern: string, flags: string): { firstCodePoints?: ReadonlySet<number> } {
  const first = firstCodePoints(pattern, flags);
  return first ? { firstCodePoints: first } : {};
}

function withLastCodePoint(pattern: string, scope: RuleScope): { lastCodePoint?: number } {
  const last = scope === 'trailing' ? lastCodePoint(pattern) : null;
  return last === null ? {} : { lastCodePoint: last };
}

/**
 * The code point a match of a pattern anchored at the end must end with, when its text says so
 * plainly: "…\)$" ends with ")" ("(Reporting by X; Editing by Y)", "(Yonhap)"). Null when it does
 * not (a class, a quantified last atom, a letter, a branch the anchor is not on). The pattern is
 * tried from each character of a paragraph's last 400 characters; most paragraphs end otherwise.
 */
export function lastCodePoint(pattern: string): number | null {
  const end = /(\\+)([^A-Za-z0-9\\])\$$/.exec(pattern);
  // An odd run of backslashes escapes the character: "\\)$" closes a group after a backslash.
  if (!end || end[1]!.length % 2 === 0) return null;
  if (groupBranches(`(?:${pattern})`, 0)?.branches.length !== 1) return null;
  return end[2]!.codePointAt(0)!;
}

/**
 * The code points a match of a pattern anchored at the start must begin with, when its text says
 * so plainly: "^(?:Hashtags|Tags|Topics)$" begins with H or T, "^(?:©|Copyright\b|\(c\) )" with ©,
 * C or "(". Null when it does not (a class, a quantified first atom, a case-insensitive or
 * multi-line pattern, a lookaround): such a pattern is always tried. Most lines a line rule sees
 * are paragraphs of prose, and a dozen regular-expression calls on each cost more than a look at
 * its first character.
 */
export function firstCodePoints(pattern: string, flags: string): ReadonlySet<number> | null {
  if (flags.includes('i') || flags.includes('m') || !pattern.startsWith('^')) return null;
  // "^A|B": the anchor holds for the first branch only.
  if (groupBranches(`(?:${pattern})`, 0)?.branches.length !== 1) return null;
  const found = new Set<number>();
  return addFirstCodePoints(pattern, 1, found) ? found : null;
}

/** Adds the code points the sequence at `at` must begin with; false when the pattern does not say. */
function addFirstCodePoints(pattern: string, at: number, found: Set<number>): boolean {
  const ch = pattern[at];
  if (ch === undefined || '|)$.[^*+?{}'.includes(ch)) return false;
  if (ch === '(') {
    if (pattern[at + 1] === '?' && !pattern.startsWith('?:', at + 1) && !/^\?<[A-Za-z]/.test(pattern.slice(at + 1, at + 4))) return false;
    const group = groupBranches(pattern, at);
    if (!group || mayBeAbsent(pattern[group.close + 1])) return false;
    return group.branches.every((branch) => addFirstCodePoints(pattern, branch, found));
  }
  if (ch === '\\') {
    const escaped = pattern[at + 1];
    if (escaped === undefined || mayBeAbsent(pattern[at + 2])) return false;
    if (escaped === 'd') {
      for (let digit = 0x30; digit <= 0x39; digit++) found.add(digit);
      return true;
    }
    // Only an escaped punctuation character stands for itself ("\(", "\."); \b, \p{…}, \s do not.
    if (/[A-Za-z0-9]/.test(escaped)) return false;
    found.add(escaped.codePointAt(0)!);
    return true;
  }
  const point = pattern.codePointAt(at)!;
  if (mayBeAbsent(pattern[at + (point > 0xffff ? 2 : 1)])) return false;
  found.add(point);
  return true;
}

/** A quantifier that lets the atom before it match nothing ("?", "*", "{0,3}"; "+" does not). */
function mayBeAbsent(quantifier: string | undefined): boolean {
  return quantifier === '?' || quantifier === '*' || quantifier === '{';
}

/** Where each branch of the group opening at `open` starts, past its "(?:" or "(?<name>", and where the group closes. */
function groupBranches(pattern: string, open: number): { branches: number[]; close: number } | null {
  let start = open + 1;
  if (pattern[start] === '?') start = pattern[start + 1] === ':' ? start + 2 : pattern.indexOf('>', start) + 1;
  const branches = [start];
  let depth = 0;
  for (let i = start; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')' && depth-- === 0) return { branches, close: i };
    else if (ch === '|' && depth === 0) branches.push(i + 1);
  }
  return null;
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
