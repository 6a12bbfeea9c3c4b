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
});
