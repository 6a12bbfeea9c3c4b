import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-one-word-names), each indexed alone
// as a corpus of one article unless a test says otherwise, with invented people, companies and
// places: one-word names of speakers and of companies, a utility's name, clock times and lab methods.
// Mentions are "text@line:character" (LSP positions).

const FOLDER = 'news-one-word-names';
const indexStory = (name: string): CorpusIndex => indexFixtureStory(FOLDER, name);
const story = (name: string): string => readFileSync(new URL(`../fixtures/${FOLDER}/${name}`, import.meta.url), 'utf8');

describe("a utility's name", () => {
  it('"Tamsu Electric Power said …", "Oreda Electric Power and Nishiwa Electric Power", "Bramwell Electric said": companies (they were persons)', () => {
    const index = indexStory('utility-power.txt');
    expect(mentionsOf(index, 'Tamsu Electric Power')).toEqual(['Tamsu Electric Power@2:18']);
    expect(mentionsOf(index, 'Oreda Electric Power')).toEqual(['Oreda Electric Power@2:124']);
    expect(mentionsOf(index, 'Nishiwa Electric Power')).toEqual(['Nishiwa Electric Power@2:149']);
    expect(mentionsOf(index, 'Bramwell Electric')).toEqual(['Bramwell Electric@4:0']);
    for (const name of ['Tamsu Electric Power', 'Oreda Electric Power', 'Nishiwa Electric Power', 'Bramwell Electric']) expect(typeOf(index, name)).toBe('organization');
    expect(typeOf(index, 'Kirano')).toBe('place');
  });
});

describe('letters that name nothing', () => {
  it('"at 10:00a.m ET", "by 4 p.m ET", "at 2:00 PM ET": the zone after a clock time however written is no body', () => {
    const index = indexStory('clock-zones.txt');
    expect(entityNames(index)).not.toContain('ET');
    expect(mentionsOf(index, 'Federal Reserve')).toEqual(['Federal Reserve@2:112']);
  });

  it('"checked by PCR and ELISA … confirmed with RT-PCR": lab methods are no bodies, and "RT" is no broadcaster', () => {
    const index = indexStory('lab-methods.txt');
    expect(entityNames(index).sort()).toEqual(['Harwick University', 'London', 'Reuters']);
  });
});

describe('a one-word speaker opening a sentence', () => {
  it('"Tekeros told reporters", "Varanakis has also said", "Ghebrey on Friday said", "Mardle, speaking in Nairobi, said": persons named nowhere else (all were dropped); "Paramedics told reporters" and "Protesters have said" name no one', () => {
    const index = indexStory('speakers-open.txt');
    expect(mentionsOf(index, 'Tekeros')).toEqual(['Tekeros@4:0']);
    expect(mentionsOf(index, 'Varanakis')).toEqual(['Varanakis@6:0']);
    expect(mentionsOf(index, 'Ghebrey')).toEqual(['Ghebrey@6:56']);
    expect(mentionsOf(index, 'Mardle')).toEqual(['Mardle@8:0']);
    for (const name of ['Tekeros', 'Varanakis', 'Ghebrey', 'Mardle']) expect(typeOf(index, name)).toBe('person');
    expect(entityNames(index)).not.toContain('Paramedics');
    expect(entityNames(index)).not.toContain('Protesters');
  });
});

describe('what comes from a speaker', () => {
  it('"drew sharp criticism from Kavelan", "A letter from Ardelean": speakers (they were places); "Aid arrived from Tarvanek" stays a place', () => {
    const index = indexStory('criticism-from.txt');
    expect(mentionsOf(index, 'Kavelan')).toEqual(['Kavelan@2:119']);
    expect(typeOf(index, 'Kavelan')).toBe('person');
    expect(mentionsOf(index, 'Ardelean')).toEqual(['Ardelean@4:14']);
    expect(typeOf(index, 'Ardelean')).toBe('person');
    expect(mentionsOf(index, 'Tarvanek')).toEqual(['Tarvanek@4:92']);
    expect(typeOf(index, 'Tarvanek')).toBe('place');
  });
});

describe('a lone listed surname as a company', () => {
  it('"Hartmann said on Tuesday it earned $2 billion in the third quarter": a company (it was a person)', () => {
    const index = indexStory('lone-surname-earned.txt');
    expect(mentionsOf(index, 'Hartmann')).toEqual(['Hartmann@2:19']);
    expect(typeOf(index, 'Hartmann')).toBe('organization');
  });

  it('"Brandt said on Tuesday it would cut 800 jobs": a company (it was a person)', () => {
    const index = indexStory('lone-surname-jobs.txt');
    expect(mentionsOf(index, 'Brandt')).toEqual(['Brandt@2:22']);
    expect(typeOf(index, 'Brandt')).toBe('organization');
  });

  it('"Hartmann, the chief executive of Velmora Holdings, said … Hartmann said it would cut 1,200 jobs … Hartmann said it had earned $600 million in Asia": the chief who speaks of the company as "it" stays a person', () => {
    const index = indexStory('chief-quoted-twice.txt');
    expect(mentionsOf(index, 'Hartmann')).toEqual(['Hartmann@2:21', 'Hartmann@2:144', 'Hartmann@4:33', 'Hartmann@4:48']);
    expect(typeOf(index, 'Hartmann')).toBe('person');
    expect(typeOf(index, 'Velmora Holdings')).toBe('organization');
  });
});

describe("another story's company named like a person", () => {
  it('"Morgan said she would resign … Morgan told reporters" is no short form of another story\'s "Morgan Lister", a traded bank (it joined the bank, typed organization)', () => {
    const index = indexTexts({ 'company-lister.txt': story('company-lister.txt'), 'minister-morgan.txt': story('minister-morgan.txt') });
    expect(mentionsOf(index, 'Morgan Lister')).toEqual(['Morgan Lister@2:31', 'Morgan Lister@2:123']);
    expect(typeOf(index, 'Morgan Lister')).toBe('organization');
    expect(mentionsOf(index, 'Morgan')).toEqual(['Morgan@4:0', 'Morgan@4:48']);
    expect(typeOf(index, 'Morgan')).toBe('person');
  });
});
