import { describe, expect, it } from 'vitest';
import { AliasKind, CaseRule, NameMatcher } from '../../src/corpusIndex/nameMatcher.js';

function found(matcher: NameMatcher, text: string) {
  return matcher.matchAll(text).map((m) => [text.slice(m.start, m.end), m.targets.map((t) => t.entity)]);
}

describe('name matcher: which targets a match names', () => {
  it('names each entity once, best first, and only when the name is written with a capital', () => {
    const matcher = new NameMatcher();
    matcher.add('Kim', { entity: 0, kind: AliasKind.ShortForm, weight: 3 });
    matcher.add('Kim', { entity: 1, kind: AliasKind.ShortForm, weight: 5 });
    matcher.freeze();
    expect(found(matcher, 'Kim met kim and KIM.')).toEqual([
      ['Kim', [1, 0]],
      ['KIM', [1, 0]],
    ]);
  });

  it('names only the entity whose exact spelling it is, when it is written so', () => {
    const matcher = new NameMatcher();
    matcher.add('Kim', { entity: 0, kind: AliasKind.ShortForm, weight: 3 });
    matcher.add('Kim', { entity: 1, kind: AliasKind.ShortForm, weight: 5 });
    matcher.add('Kim', { entity: 1, kind: AliasKind.ShortForm, weight: 1, caseRule: CaseRule.Exact });
    matcher.freeze();
    expect(found(matcher, 'Kim met KIM.')).toEqual([
      ['Kim', [1]],
      ['KIM', [1, 0]],
    ]);
  });

  it('sees a target added after it has matched (a case rule of its own included)', () => {
    const matcher = new NameMatcher();
    matcher.add('Kim', { entity: 0, kind: AliasKind.ShortForm, weight: 3 });
    matcher.add('Kim', { entity: 1, kind: AliasKind.ShortForm, weight: 5 });
    matcher.freeze();
    expect(found(matcher, 'Kim met kim.')).toEqual([['Kim', [1, 0]]]);
    matcher.add('kim', { entity: 2, kind: AliasKind.Name, weight: 1, caseRule: CaseRule.Any });
    matcher.freeze();
    expect(found(matcher, 'Kim met kim.')).toEqual([
      ['Kim', [2, 1, 0]],
      ['kim', [2]],
    ]);
  });

  it('names the same entities at every match of a form with case rules, and sees a target added since, without changing what it named before', () => {
    const matcher = new NameMatcher();
    matcher.add('Kim', { entity: 0, kind: AliasKind.ShortForm, weight: 3 });
    matcher.add('Kim', { entity: 1, kind: AliasKind.ShortForm, weight: 5, caseRule: CaseRule.Any });
    matcher.freeze();
    const before = matcher.matchAll('Kim met Kim, and kim.');
    expect(before.map((m) => m.targets.map((t) => t.entity))).toEqual([[1, 0], [1, 0], [1]]);
    matcher.addKeys(['kim'], { entity: 2, kind: AliasKind.ShortForm, weight: 9, caseRule: CaseRule.Any });
    expect(found(matcher, 'Kim met kim.')).toEqual([
      ['Kim', [1, 0, 2]],
      ['kim', [1, 2]],
    ]);
    expect(before.map((m) => m.targets.map((t) => t.entity))).toEqual([[1, 0], [1, 0], [1]]);
  });
});
