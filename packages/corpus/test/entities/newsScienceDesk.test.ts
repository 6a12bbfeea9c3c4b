import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Wikinews-style stories from the science, health, environment, crime, transport and local desks,
// written for these tests (test/fixtures/news-science-desk): a headline, a date line, the body and a
// "Sources" list, each indexed alone as a corpus of one article. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-science-desk', name);

describe('science desk: landforms named by their last word', () => {
  it('"an expedition to the Muller Range", "the Hindenburg Ridge": a range or a ridge closing a name is a place (both were persons by the surnames before them)', () => {
    const index = indexStory('png-frogs.txt');
    expect(mentionsOf(index, 'Muller Range')).toEqual(['Muller Range@4:222']);
    expect(typeOf(index, 'Muller Range')).toBe('place');
    expect(mentionsOf(index, 'Hindenburg Ridge')).toEqual(['Hindenburg Ridge@6:224']);
    expect(typeOf(index, 'Hindenburg Ridge')).toBe('place');
    expect(typeOf(index, 'Star Mountains')).toBe('place');
    expect(typeOf(index, 'Stephen Richards')).toBe('person');
  });
});

describe('science desk: an island named after a known place', () => {
  it('"the highlands of New Guinea" in a story about "Papua New Guinea": "New" before a known place names a place, and the country\'s tail is not the country (New Guinea was dropped as two dictionary words, then joined to the country)', () => {
    const index = indexStory('png-frogs.txt');
    expect(mentionsOf(index, 'New Guinea')).toEqual(['New Guinea@4:90']);
    expect(typeOf(index, 'New Guinea')).toBe('place');
    expect(mentionsOf(index, 'Papua New Guinea')).toEqual(['Papua New Guinea@0:29', 'Papua New Guinea@4:265', 'PNG@12:36']);
  });
});

describe('crime desk: a police or a legislative rank before a name', () => {
  it('"said Delegate Fábio Barucke", a Brazilian police chief\'s rank: the title is no part of the name (the three words were one name, typed other)', () => {
    const index = indexStory('brazil-car-theft.txt');
    expect(mentionsOf(index, 'Fábio Barucke')).toEqual(['Fábio Barucke@6:60', 'Barucke@6:212']);
    expect(typeOf(index, 'Fábio Barucke')).toBe('person');
    expect(names(index).some((name) => name.startsWith('Delegate'))).toBe(false);
  });
});

describe('crime desk: a car maker and its model', () => {
  it('"a stolen Volkswagen Gol", "a Fiat Uno", "a Renault Sandero", "a Toyota Hilux pickup": a car maker before one word is its model, a product (organisations, "Fiat Uno" a person); "Toyota Motor" stays the maker', () => {
    const index = indexStory('brazil-car-theft.txt');
    expect(mentionsOf(index, 'Volkswagen Gol')).toEqual(['Volkswagen Gol@4:245']);
    for (const model of ['Volkswagen Gol', 'Fiat Uno', 'Renault Sandero', 'Toyota Hilux']) expect(typeOf(index, model), model).toBe('product');
    expect(mentionsOf(index, 'Toyota Hilux')).toEqual(['Toyota Hilux@6:296', 'Hilux@8:248']);
    expect(mentionsOf(index, 'Toyota')).toEqual(['Toyota@6:296', 'Toyota Motor@8:217']);
    expect(typeOf(index, 'Toyota')).toBe('organization');
  });
});

describe('Wikinews source lines: the outlet after a quoted headline', () => {
  it('\'"Presos suspeitos …" — Zero Hora, April 8, 2015\', \'"Ferry aground in Hordaland" — The Local Norway, January 17, 2015\': the name after the headline\'s dash, before the date, is an outlet (a person and other)', () => {
    const brazil = indexStory('brazil-car-theft.txt');
    expect(mentionsOf(brazil, 'Zero Hora')).toEqual(['Zero Hora@12:66']);
    expect(typeOf(brazil, 'Zero Hora')).toBe('organization');
    expect(typeOf(brazil, 'Agência Brasil')).toBe('organization');
    const norway = indexStory('norway-ferry.txt');
    expect(mentionsOf(norway, 'Local Norway')).toEqual(['Local Norway@15:39']);
    expect(typeOf(norway, 'Local Norway')).toBe('organization');
    expect(typeOf(norway, 'NRK')).toBe('organization');
  });

  it('\'"We waited four hours for a bus …" — Kari Nordmann, 34, a nurse\': a quoted person and her age, no date, are no source line', () => {
    const norway = indexStory('norway-ferry.txt');
    expect(mentionsOf(norway, 'Kari Nordmann')).toEqual(['Kari Nordmann@10:64']);
    expect(typeOf(norway, 'Kari Nordmann')).toBe('person');
  });
});

describe('health desk: a regional or a special office after a body', () => {
  it('"Dr Matshidiso Moeti, WHO Regional Director for Africa": the office names no one, only its body (it was a name "WHO Regional Director", other)', () => {
    const index = indexStory('ebola-health.txt');
    expect(mentionsOf(index, 'World Health Organization')).toEqual(['WHO@0:0', 'World Health Organization@4:4', 'WHO@4:31', 'WHO@6:21']);
    expect(names(index).filter((name) => name.includes('Director'))).toEqual([]);
    expect(typeOf(index, 'Matshidiso Moeti')).toBe('person');
  });
});
