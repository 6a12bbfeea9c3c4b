import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/entities/gazetteer.js';
import { stateAbbreviations, statePostalCodes } from '../../src/entities/stateAbbreviations.js';
import { nameKey } from '../../src/text/tokenize.js';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

const at = (index: ReturnType<typeof indexTexts>, name: string) =>
  index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}-${m.range.end.character}`);

describe("a state's abbreviation where a state stands is that state", () => {
  it('after a town and its comma: a dateline, prose, an abbreviated town', () => {
    const text =
      'SPRINGFIELD, Ill. (AP) — The governor of Illinois spoke.\n' +
      'He moved to Oakland, Calif. in 1990, then to Portland, Ore., where he met a man from S. F., Cal., and lived in Reno, Nev.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(at(index, 'Illinois')).toEqual(['Ill.@0:13-17', `Illinois@0:${text.indexOf('Illinois')}-${text.indexOf('Illinois') + 8}`]);
    const line = text.split('\n')[1]!;
    expect(at(index, 'California')).toEqual([`Calif.@1:${line.indexOf('Calif.')}-${line.indexOf('Calif.') + 6}`, `Cal.@1:${line.indexOf('Cal.,')}-${line.indexOf('Cal.,') + 4}`]);
    expect(at(index, 'Oregon')).toEqual([`Ore.@1:${line.indexOf('Ore.')}-${line.indexOf('Ore.') + 4}`]);
    expect(at(index, 'Nevada')).toEqual([`Nev.@1:${line.indexOf('Nev.')}-${line.indexOf('Nev.') + 4}`]);
    for (const state of ['Illinois', 'California', 'Oregon', 'Nevada']) expect(entityNamed(index, state).type).toBe('place');
    // What the run finder made of them before: a person "Nev", a thing "Calif".
    expect(index.entities.map((e) => e.name)).not.toContain('Nev');
  });

  it("in a legislator's party tag, and nowhere else", () => {
    const text = 'Sen. Dianne Feinstein, D-Calif., said the bill passed. Rep. Jerrold Nadler (D-N.Y.) agreed. He was ill. Mo. Farah ran.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(at(index, 'California')).toEqual([`Calif.@0:${text.indexOf('Calif.')}-${text.indexOf('Calif.') + 6}`]);
    expect(at(index, 'New York')).toEqual([`N.Y.@0:${text.indexOf('N.Y.')}-${text.indexOf('N.Y.') + 4}`]);
    const names = index.entities.map((e) => e.name);
    expect(names).not.toContain('D-Calif');
    expect(names).not.toContain('Missouri');
    expect(names).not.toContain('Illinois');
    expect(entityNamed(index, 'Dianne Feinstein').type).toBe('person');
  });

  it('"Augusta, Ga." and "R-Ga." name the US state Georgia, not the gazetteer\'s country, which "Georgia … Tbilisi" still names', () => {
    const text = 'AUGUSTA, Ga. (AP) — Scottie Scheffler won in Augusta, Ga., on Sunday. Rep. Marjorie Taylor Greene, R-Ga., watched. Georgia beat Russia in Tbilisi.\n';
    const index = indexTexts({ 'a.txt': text });
    const georgias = index.entities.filter((e) => e.name === 'Ga.' || e.name === 'Georgia');
    expect(georgias.map((e) => [e.type, index.mentionsOf(e).map((m) => `${m.text}@${m.range.start.character}`)])).toEqual([
      ['place', ['Ga.@9', 'Ga.@54', 'Ga.@101']],
      ['place', ['Georgia@115']],
    ]);
    // What the run finder made of it before: a thing "Ga", twice.
    expect(index.entities.map((e) => e.name)).not.toContain('Ga');
  });

  it('every abbreviation names a state the gazetteer holds under that name', () => {
    const list = stateAbbreviations();
    expect(list.length).toBeGreaterThanOrEqual(45);
    for (const [abbreviation, state] of list) {
      expect(abbreviation.endsWith('.'), abbreviation).toBe(true);
      expect(gazetteer().byKey.get(nameKey(state))?.name, abbreviation).toBe(state);
    }
  });

  it('every postal code is two capitals naming a state the gazetteer holds under that name', () => {
    const list = statePostalCodes();
    expect(list.length).toBe(50);
    for (const [code, state] of list) {
      expect(code, code).toMatch(/^[A-Z]{2}$/);
      expect(gazetteer().byKey.get(nameKey(state))?.name, code).toBe(state);
    }
  });
});
