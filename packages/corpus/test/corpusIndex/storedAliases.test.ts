import { describe, expect, it, vi } from 'vitest';
import { AliasKind, CaseRule, NameMatcher } from '../../src/corpusIndex/nameMatcher.js';
import { encodeAliases, StoredAliases, type AliasColumns } from '../../src/corpusIndex/storedAliases.js';
import { SnapshotError } from '../../src/corpusIndex/snapshotColumns.js';

/** A matcher as the merge builds one: names, short forms shared by several people, an acronym, a case rule, other scripts. */
function builtMatcher(): NameMatcher {
  const matcher = new NameMatcher();
  const add = (alias: string, entity: number, kind = AliasKind.Name, weight = 1, caseRule?: CaseRule) => matcher.add(alias, { entity, kind, weight, ...(caseRule ? { caseRule } : {}) });
  add('Kim Jong Un', 0, AliasKind.Name, 9);
  add('Kim Yo Jong', 1, AliasKind.Name, 4);
  add('Kim', 0, AliasKind.ShortForm, 5);
  add('Kim', 1, AliasKind.ShortForm, 3);
  add('Kim Jong', 0, AliasKind.Name, 1);
  add('Yoon Suk Yeol', 2, AliasKind.Name, 6);
  add('Yoon', 2, AliasKind.ShortForm, 2);
  add('Taiwan Semiconductor Manufacturing Co', 3, AliasKind.Name, 3);
  add('TSMC', 3, AliasKind.Acronym, 7);
  add('台積電', 3, AliasKind.Name, 1);
  add('Zelenskyy', 4, AliasKind.Name, 8);
  add('Zelensky', 4, AliasKind.Name, 2);
  add('Žilina', 5, AliasKind.Name, 1);
  add('NATO', 6, AliasKind.Acronym, 5, CaseRule.Any);
  add('São Paulo', 7, AliasKind.Name, 2);
  matcher.freeze();
  return matcher;
}

const TEXTS = [
  'Kim Jong Un met Kim Yo Jong, then Kim alone. Yoon Suk Yeol and Yoon; kim and KIM.',
  'TSMC (台積電) said Taiwan Semiconductor Manufacturing Co would invest; tsmc did not.',
  'Zelenskyy, or Zelensky, flew from Žilina to São Paulo; nato and NATO met. Kim Jong',
];

const found = (matcher: NameMatcher, text: string) => matcher.matchAll(text).map((m) => [text.slice(m.start, m.end), m.targets.map((t) => [t.entity, t.kind, t.weight])]);

describe('a snapshot\'s aliases, sorted by their keys', () => {
  it('match every text as the matcher they were stored from, with its size, depth and case rules', () => {
    const built = builtMatcher();
    const stored = NameMatcher.of(new StoredAliases(encodeAliases(built), 8));
    for (const text of TEXTS) expect(found(stored, text), text).toEqual(found(built, text));
    expect([stored.size, stored.depth]).toEqual([built.size, built.depth]);
    // Walked whole, the trie has every alias and target of the matcher stored.
    const sortedEntries = (m: NameMatcher) => m.entries().sort((a, b) => (a.keys.join(' ') < b.keys.join(' ') ? -1 : 1));
    expect(sortedEntries(stored)).toEqual(sortedEntries(built));
  });

  it('make only the targets of the names a text walks to', () => {
    const store = new StoredAliases(encodeAliases(builtMatcher()), 8);
    const made = vi.spyOn(store, 'targetsOf');
    const matcher = NameMatcher.of(store);
    expect(found(matcher, 'Yoon said so.')).toEqual([['Yoon', [[2, AliasKind.ShortForm, 2]]]]);
    expect(made).toHaveBeenCalledTimes(1);
  });

  it('make no targets of a name a walk passes on its way to a longer one', () => {
    const store = new StoredAliases(encodeAliases(builtMatcher()), 8);
    const made = vi.spyOn(store, 'targetsOf');
    // "Kim" and "Kim Jong" are names on the way to "Kim Jong Un": only the longest one's targets are made.
    expect(found(NameMatcher.of(store), 'Kim Jong Un spoke.')).toEqual([['Kim Jong Un', [[0, AliasKind.Name, 9]]]]);
    expect(made).toHaveBeenCalledTimes(1);
    // An acronym's targets follow their own case rule: they are made to be checked ("tsmc" is not TSMC).
    made.mockClear();
    expect(found(NameMatcher.of(store), 'tsmc and TSMC.')).toEqual([['TSMC', [[3, AliasKind.Acronym, 7]]]]);
    expect(made).toHaveBeenCalledTimes(1);
  });

  it('make a node\'s children one at a time as walks reach them, and all of them once it was looked in more often than it has entries', () => {
    const store = new StoredAliases(encodeAliases(builtMatcher()), 8);
    const [eachChild, childRun] = [vi.spyOn(store, 'eachChild'), vi.spyOn(store, 'childRun')];
    const matcher = NameMatcher.of(store);
    expect(found(matcher, 'Kim Yo Jong spoke.')).toEqual([['Kim Yo Jong', [[1, AliasKind.Name, 4]]]]);
    // The first level is made whole from its stored runs; "Yo" under "Kim" and "Jong" under "Kim Yo" are each found alone.
    expect(eachChild.mock.calls.map((call) => call[2])).toEqual([0]);
    expect(childRun.mock.calls.map((call) => call[3])).toEqual(['yo', 'jong']);
    // "Kim" has three entries under it (Kim Jong, Kim Jong Un, Kim Yo Jong): the fourth look makes its children.
    expect(found(matcher, 'Kim said. Kim said.')).toEqual(found(builtMatcher(), 'Kim said. Kim said.'));
    expect(eachChild).toHaveBeenCalledTimes(1);
    expect(found(matcher, 'Kim said.')).toEqual([['Kim', [[0, AliasKind.ShortForm, 5], [1, AliasKind.ShortForm, 3]]]]);
    expect(eachChild.mock.calls.map((call) => call[2])).toEqual([0, 1]);
    // The child made alone before is kept among them: the matcher still finds what it was stored from.
    for (const text of TEXTS) expect(found(matcher, text), text).toEqual(found(builtMatcher(), text));
  });

  it('refuse the entries under a node out of order when it is first looked in', () => {
    const columns = encodeAliases(builtMatcher());
    const second = (entry: string) => columns.keyStarts[entryNumber(columns, entry)]! + 1;
    // The second keys of "Kim Jong" and "Kim Yo Jong" swapped: under "Kim", "yo" then comes before "jong".
    const swapped: AliasColumns = { ...columns, keys: swappedKeys(columns, second('kim jong'), second('kim yo jong')) };
    expect(() => NameMatcher.of(new StoredAliases(swapped, 8)).matchAll('Kim Yo Jong spoke.')).toThrow(SnapshotError);
    expect(() => NameMatcher.of(new StoredAliases(swapped, 8)).matchAll('Kim said.')).toThrow(SnapshotError);
    // Only a walk that looks under "Kim" reads those entries.
    expect(NameMatcher.of(new StoredAliases(swapped, 8)).matchAll('Yoon said.').length).toBe(1);
  });

  it('refuse entries out of order or a target of an unknown entity when they are walked to', () => {
    const columns = encodeAliases(builtMatcher());
    const swapped: AliasColumns = { ...columns, keys: swappedKeys(columns, columns.keyStarts[0]!, columns.keyStarts[columns.keyStarts.length - 2]!) };
    expect(() => NameMatcher.of(new StoredAliases(swapped, 8)).matchAll('Kim met Yoon.')).toThrow(SnapshotError);
    expect(() => NameMatcher.of(new StoredAliases(columns, 3)).matchAll('Zelenskyy spoke.')).toThrow(/unknown entity 4/);
    expect(() => new StoredAliases({ ...columns, entity: columns.entity.subarray(1) }, 8)).toThrow(SnapshotError);
  });
});

/** The stored keys as strings. */
function keyStrings(columns: AliasColumns): string[] {
  const decoder = new TextDecoder();
  const { bytes, offsets } = columns.keys;
  return Array.from({ length: offsets.length - 1 }, (_, k) => decoder.decode(bytes.subarray(offsets[k], offsets[k + 1])));
}

/** The number of the entry whose keys, joined by spaces, are `keys`. */
function entryNumber(columns: AliasColumns, keys: string): number {
  const strings = keyStrings(columns);
  const entry = Array.from({ length: columns.keyStarts.length - 1 }, (_, e) => strings.slice(columns.keyStarts[e], columns.keyStarts[e + 1]).join(' ')).indexOf(keys);
  if (entry < 0) throw new Error(`no entry ${keys}`);
  return entry;
}

/** The keys with keys number ka and kb swapped (the first keys of the first and the last entry: they are then out of order). */
function swappedKeys(columns: AliasColumns, ka: number, kb: number): AliasColumns['keys'] {
  const strings = keyStrings(columns);
  [strings[ka], strings[kb]] = [strings[kb]!, strings[ka]!];
  const encoded = strings.map((s) => Buffer.from(s));
  const out = new Int32Array(encoded.length + 1);
  encoded.forEach((s, i) => (out[i + 1] = out[i]! + s.length));
  return { bytes: new Uint8Array(Buffer.concat(encoded)), offsets: out };
}
