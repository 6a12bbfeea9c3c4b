import { describe, expect, it } from 'vitest';
import { allSurfaces, entityNamed, indexTexts, mentionsAt } from '../helpers/indexTexts.js';

describe('news spans: two firms joined by "and"', () => {
  it('"backed by ARCH Venture Partners and Population Health Investment Co." names two firms (they were one); "HSBC Holdings and Lloyds Banking Group Plc" stays two and "the U.S. Securities and Exchange Commission" one', () => {
    const text = 'Metsera, backed by ARCH Venture Partners and Population Health Investment Co., is developing drugs. The U.S. Securities and Exchange Commission approved it.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'ARCH Venture Partners')).toEqual([`ARCH Venture Partners@${text.indexOf('ARCH')}`]);
    expect(mentionsAt(index, 'Population Health Investment Co.')).toEqual([`Population Health Investment Co.@${text.indexOf('Population')}`]);
    expect(entityNamed(index, 'ARCH Venture Partners').type).toBe('organization');
    expect(entityNamed(index, 'Population Health Investment Co.').type).toBe('organization');
    expect(mentionsAt(index, 'U.S. Securities and Exchange Commission')).toEqual([`U.S. Securities and Exchange Commission@${text.indexOf('U.S.')}`]);
  });
});

describe('news spans: ferry companies and numbered flights', () => {
  it('"Irish Ferries", "Brittany Ferries" are companies whole (they were "Ferries", linked to another company, and a place "Brittany")', () => {
    const index = indexTexts({ 'a.txt': 'Irish Ferries said its ship would return to the route. Brittany Ferries said a new ship would join the fleet, and Condor Ferries said it would keep sailing.\n' });
    expect(entityNamed(index, 'Irish Ferries').type).toBe('organization');
    expect(entityNamed(index, 'Brittany Ferries').type).toBe('organization');
    expect(allSurfaces(index)).not.toContain('Ferries');
  });

  it('"American Eagle Flight 5342" keeps its airline\'s nationality word (it was "Eagle Flight 5342")', () => {
    const index = indexTexts({ 'a.txt': 'American Eagle Flight 5342, a regional jet operated by PSA Airlines, was approaching the airport.\n' });
    expect(allSurfaces(index)).toContain('American Eagle Flight 5342');
    expect(allSurfaces(index)).not.toContain('Eagle Flight 5342');
  });
});

describe('news spans: a company named with a possessive before its legal form', () => {
  it('"Kohl\'s Corp.", "Macy\'s Inc." are companies whole (they were a person "Kohl" or "Macy" and a body "Corp." or "Inc."); "Nvidia\'s shares" still ends before the possessive', () => {
    const index = indexTexts({ 'a.txt': "Kohl's Corp. slumped 24% after the chain cut its forecast. Macy's Inc. was flat, and Nvidia's shares rose.\n" });
    expect(entityNamed(index, "Kohl's Corp.").type).toBe('organization');
    expect(entityNamed(index, "Macy's Inc.").type).toBe('organization');
    const names = allSurfaces(index);
    for (const part of ['Kohl', 'Corp.', 'Macy', 'Inc.']) expect(names).not.toContain(part);
    expect(names).toContain('Nvidia');
  });
});

describe('news types: a body that said when, then what it would do', () => {
  it('"Eurostar said on Wednesday it would buy trains" is a company (it was a person by "said"); "Smith said on Monday it would be hard" stays a person', () => {
    const index = indexTexts({ 'a.txt': 'Eurostar said on Wednesday it would buy up to 50 trains from a French maker. John Smith said on Monday it would be hard to agree.\n' });
    expect(entityNamed(index, 'Eurostar').type).toBe('organization');
    expect(entityNamed(index, 'John Smith').type).toBe('person');
  });
});

describe('news types: firms named after a noun of their trade', () => {
  it('"housebuilders Persimmon and Barratt Redrow", "drugmaker AstraZeneca" are companies (the housebuilders were persons)', () => {
    const index = indexTexts({ 'a.txt': 'The index fell, with housebuilders Persimmon and Barratt Redrow among the biggest fallers, while drugmaker AstraZeneca rose.\n' });
    for (const firm of ['Persimmon', 'Barratt Redrow', 'AstraZeneca']) expect(entityNamed(index, firm).type).toBe('organization');
  });
});

describe('news types: an airline\'s flight by its code', () => {
  it('"booked on British Airways Flight BA12 were told", "Qantas Flight QF1" are no persons (the first was one, by the verb after it), and are typed as a numbered flight is', () => {
    const index = indexTexts({
      'a.txt': 'Travellers booked on British Airways Flight BA12 were told to go home. Qantas Flight QF1 landed in Paris. Delta Flight 1213 was evacuated.\n',
    });
    const numbered = entityNamed(index, 'Delta Flight 1213').type;
    expect(entityNamed(index, 'British Airways Flight BA12').type).toBe(numbered);
    expect(entityNamed(index, 'Qantas Flight QF1').type).toBe(numbered);
    expect(numbered).not.toBe('person');
  });
});

describe('news types: a town qualified by a compass word and its city', () => {
  it('"a substation in Hayes, west London" is a place (it was a person, a surname); "went to Hayes, west of the river" names no place', () => {
    const index = indexTexts({ 'a.txt': 'The fire broke out at a substation in Hayes, west London, late on Thursday.\n' });
    expect(entityNamed(index, 'Hayes').type).toBe('place');
    expect(entityNamed(indexTexts({ 'a.txt': 'The award went to Hayes, west of the river.\n' }), 'Hayes').type).not.toBe('place');
  });
});

describe('news types: a firm after an executive\'s "of"', () => {
  it('"chief executive of Stena Line" is a body (it was a place, by "Line"); "chief executive of Lagos" keeps the city', () => {
    const index = indexTexts({ 'a.txt': 'Hauliers want choice, said Niclas Martensson, chief executive of Stena Line. He was once chief executive of Lagos.\n' });
    expect(entityNamed(index, 'Stena Line').type).toBe('organization');
    expect(entityNamed(index, 'Lagos').type).toBe('place');
  });
});

describe('news types: a role after a copula', () => {
  it('"Robert Finnegan is chief executive of Three UK" is a person (he was a body, as "the Hamas chief" makes one); "The Hamas chief said" keeps the body', () => {
    const index = indexTexts({ 'a.txt': 'Robert Finnegan is chief executive of Three UK. The Hamas chief said talks failed.\n' });
    expect(entityNamed(index, 'Robert Finnegan').type).toBe('person');
    expect(entityNamed(index, 'Hamas').type).toBe('organization');
  });
});
