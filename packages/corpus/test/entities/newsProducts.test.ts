import { describe, expect, it } from 'vitest';
import { allSurfaces, entityNamed, indexTexts, mentionsAt } from '../helpers/indexTexts.js';

describe('news spans: a model\'s words and its variant after the number', () => {
  it('"Qualcomm\'s Snapdragon 8 Elite", "the Snapdragon 8 Gen 3", "a Boeing 737 Max 9" are products whole (they were "Snapdragon 8" and "Elite", "Snapdragon 8" and a vessel "Gen 3", "Boeing")', () => {
    const index = indexTexts({
      'a.txt':
        "The phone runs on Qualcomm's Snapdragon 8 Elite chip, which is faster than the Snapdragon 8 Gen 3 used last year. A door plug blew out of a Boeing 737 Max 9 in January.\n",
    });
    for (const model of ['Snapdragon 8 Elite', 'Snapdragon 8 Gen 3', 'Boeing 737 Max 9']) expect(entityNamed(index, model).type).toBe('product');
    const names = allSurfaces(index);
    for (const part of ['Elite', 'Gen 3', 'Snapdragon 8']) expect(names).not.toContain(part);
  });

  it('"and iPhone 16 Pro Max have" gives no person "Pro Max": a model\'s words after a number the name did not take name nothing', () => {
    const index = indexTexts({ 'a.txt': 'The iPhone 16 Pro and iPhone 16 Pro Max have lost ground to rivals in China, analysts said.\n' });
    expect(allSurfaces(index)).not.toContain('Pro Max');
  });

  it('"its HBM3E 12-high chips", "the Galaxy S24 5-year plan": a number hyphened to a word in lower case is no part of the name (they were "HBM3E 12" and "Galaxy S24 5")', () => {
    const index = indexTexts({ 'a.txt': 'Samsung has struggled to pass tests for its HBM3E 12-high chips. Buyers of the Galaxy S24 5-year plan pay less.\n' });
    const names = allSurfaces(index);
    expect(names).toContain('HBM3E');
    expect(names).toContain('Galaxy S24');
    expect(names.filter((n) => /\d$/.test(n) && (n.startsWith('HBM3E ') || n.startsWith('Galaxy S24 ')))).toEqual([]);
  });
});

describe('news spans: a dictionary word and its number after a maker\'s possessive', () => {
  it('"Nintendo\'s Switch 2", "Tesla\'s Model 3" are products (the first was lost, a dictionary word alone; the second too); "Florida\'s Chapter 91" and "Trump\'s April 2 tariffs" name no product', () => {
    const index = indexTexts({ 'a.txt': "Analysts said Nintendo's Switch 2 sold well in June. Buyers said Tesla's Model 3 was cheaper.\n" });
    expect(entityNamed(index, 'Switch 2').type).toBe('product');
    expect(entityNamed(index, 'Model 3').type).toBe('product');
    const near = allSurfaces(indexTexts({ 'a.txt': "Lawmakers said Florida's Chapter 91 rules were strict. Importers said President Trump's April 2 tariffs hurt.\n" }));
    expect(near).toContain('Florida');
    expect(near).toContain('Trump');
    expect(near.filter((n) => n.startsWith('Chapter') || n.startsWith('April'))).toEqual([]);
  });
});

describe('news spans: an aircraft\'s model by its maker and number, or by its number alone', () => {
  it('"210 Boeing 737 MAX jets", "A Southwest Boeing 737-800" are products whole (they were "Boeing" and "Southwest Boeing", a place); "Boeing 2024 results" names no model', () => {
    const index = indexTexts({
      'a.txt': 'Ryanair expects 210 Boeing 737 MAX jets this year. A Southwest Boeing 737-800 was damaged at Love Field. Analysts said Boeing 2024 results were poor.\n',
    });
    for (const model of ['Boeing 737 MAX', 'Boeing 737-800']) expect(entityNamed(index, model).type).toBe('product');
    const names = allSurfaces(index);
    expect(names).not.toContain('Southwest Boeing');
    expect(names.filter((n) => n.includes('2024'))).toEqual([]);
  });

  it('"lifted a cap on 737 MAX production", "the 737 Max 9" are products whole (only "MAX" was found, and dropped); "sold 2025 Pro units" and "Some 500 Pro members" name nothing', () => {
    const index = indexTexts({ 'a.txt': 'The FAA lifted a cap on 737 MAX production in October. The 737 Max 9 returned to service. The shop sold 2025 Pro units. Some 500 Pro members joined.\n' });
    expect(entityNamed(index, '737 Max 9').type).toBe('product');
    const names = allSurfaces(index);
    expect(names).toContain('737 MAX');
    expect(names).not.toContain('MAX');
    expect(names.filter((n) => n.includes('Pro'))).toEqual([]);
  });
});

describe('news types: a consumer\'s or a chipmaker\'s product noun after a name', () => {
  it('"the Stanley Quencher tumbler", "its Rubin architecture" are products (both were persons, by a given name and by nothing)', () => {
    const index = indexTexts({
      'a.txt': 'Recent recalls include the Stanley Quencher tumbler, after the lid came loose. Nvidia also said that its Rubin architecture remained on schedule.\n',
    });
    expect(entityNamed(index, 'Stanley Quencher').type).toBe('product');
    expect(entityNamed(index, 'Rubin').type).toBe('product');
  });
});

describe('news spans: a model\'s word after the number, whatever stands before the name', () => {
  it('"introduced the Pixel 10 Pro and Pixel 10 Pro XL" names two products whole (the second was "Pixel" and "Pro XL", a body)', () => {
    const index = indexTexts({ 'a.txt': 'Google on Wednesday introduced the Pixel 10 Pro and Pixel 10 Pro XL, its most expensive phones.\n' });
    expect(entityNamed(index, 'Pixel 10 Pro XL').type).toBe('product');
    const names = allSurfaces(index);
    expect(names).toContain('Pixel 10 Pro');
    expect(names).not.toContain('Pixel');
    expect(names).not.toContain('Pro XL');
  });
});

describe('news spans: a product line\'s acronym and its model\'s number', () => {
  it('"the GeForce RTX 5090 and RTX 5060 graphics cards" names "RTX 5060" whole (it was "RTX", a body); "NATO 2030 plans" and "paid NATO 300 million euros" keep NATO alone', () => {
    const index = indexTexts({ 'a.txt': 'Gaming revenue was helped by the GeForce RTX 5090 and RTX 5060 graphics cards. NATO 2030 plans were set. Germany paid NATO 300 million euros.\n' });
    expect(entityNamed(index, 'RTX 5060').type).toBe('product');
    const names = allSurfaces(index);
    expect(names).not.toContain('RTX');
    expect(names.filter((n) => n.startsWith('NATO'))).toEqual(['NATO', 'NATO']);
  });
});

describe('news spans: a product line\'s word inside its model\'s name', () => {
  it('"the Pixel 10 Pro" after "last year\'s Pixel 9 Pro" and "Pixel phones" holds no mention "Pixel" (it was nested as the line, once the line went to the other model)', () => {
    const index = indexTexts({
      'a.txt': "Prices start at $999 for the Pixel 10 Pro, unchanged from last year's Pixel 9 Pro. Pixel phones sold well. Reviewers called the Pixel 10 Pro the best phone Google has made. Regulators grounded the Boeing 737 MAX.\n",
    });
    expect(mentionsAt(index, 'Pixel 10 Pro').every((m) => m.startsWith('Pixel 10 Pro@'))).toBe(true);
    const names = allSurfaces(index);
    expect(names.filter((n) => n === 'Pixel').length).toBe(1);
    expect(names).toContain('Boeing');
  });
});
