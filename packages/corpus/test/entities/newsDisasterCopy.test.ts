import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short earthquake, wildfire and hurricane stories written for these tests
// (test/fixtures/news-disaster-copy), each indexed alone as a corpus of one article. Mentions are
// "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-disaster-copy', name);

describe('places named before their noun, or as its examples', () => {
  it('"struck Minxian and Zhangxian counties": both are places (the first was other, the second dropped as an "-ian" adjective)', () => {
    const index = indexStory('quake-counties.txt');
    expect(mentionsOf(index, 'Minxian')).toEqual(['Minxian@2:67']);
    expect(typeOf(index, 'Minxian')).toBe('place');
    expect(mentionsOf(index, 'Zhangxian')).toEqual(['Zhangxian@2:79']);
    expect(typeOf(index, 'Zhangxian')).toBe('place');
  });

  it('"the Majiagou and Dahe villages", "a farmer in Majiagou Village": villages are places (they were persons and other)', () => {
    const index = indexStory('quake-counties.txt');
    expect(typeOf(index, 'Majiagou Village')).toBe('place');
    expect(mentionsOf(index, 'Majiagou Village')).toEqual(['Majiagou Village@4:12']);
    expect(mentionsOf(index, 'Dahe')).toEqual(['Dahe@3:102']);
    expect(typeOf(index, 'Dahe')).toBe('place');
    expect(typeOf(index, 'Chang Zhengguo')).toBe('person');
  });

  it('"the community of Brooks", "the communities of Capay and Guinda": settlements (Brooks was not found, the others were other)', () => {
    const index = indexStory('wildfire-orders.txt');
    expect(mentionsOf(index, 'Brooks')).toEqual(['Brooks@2:67']);
    for (const name of ['Brooks', 'Capay', 'Guinda']) expect(typeOf(index, name)).toBe('place');
    expect(mentionsOf(index, 'Guinda')).toEqual(['Guinda@2:107']);
    expect(typeOf(index, 'Berryessa Highlands')).toBe('place');
  });

  it('"inland counties, including Baker, Bradford, Clay and Putnam": every example of the counties is a place (Putnam was a person)', () => {
    const index = indexStory('storm-declarations.txt');
    expect(['Baker', 'Bradford', 'Clay', 'Putnam'].map((name) => `${mentionsOf(index, name).join()} ${typeOf(index, name)}`)).toEqual([
      'Baker@5:56 place',
      'Bradford@5:63 place',
      'Clay@5:73 place',
      'Putnam@5:82 place',
    ]);
  });

  it('"the Florida Panhandle" is a region, though "Florida" is a given name too (it was a person)', () => {
    const index = indexStory('storm-declarations.txt');
    expect(mentionsOf(index, 'Florida Panhandle')).toEqual(['Florida Panhandle@3:26']);
    expect(typeOf(index, 'Florida Panhandle')).toBe('place');
  });
});

describe('people in emergency copy', () => {
  it('"according to Trump\'s order": the possessor is no source, and is the president named later (Trump was a body of its own)', () => {
    const index = indexStory('storm-declarations.txt');
    expect(mentionsOf(index, 'Donald Trump')).toEqual(['Trump@2:123', 'Donald Trump@4:25']);
    expect(typeOf(index, 'Donald Trump')).toBe('person');
    expect(entityNames(index)).not.toContain('Trump');
  });

  it('"Adj. Gen. James Eifert": the adjutant\'s rank written short is no name of its own (it was other, "Adj")', () => {
    const index = indexStory('storm-declarations.txt');
    expect(mentionsOf(index, 'James Eifert')).toEqual(['James Eifert@6:26']);
    expect(entityNames(index)).not.toContain('Adj');
    expect(typeOf(index, 'Florida National Guard')).toBe('organization');
  });
});

describe('operators and regions in accident and harvest copy', () => {
  it('"operated by Aeropro", "chartered by Vitol": an operator of an aircraft or a ship is a firm (both were other); "operated by Tom Hardy" stays a person', () => {
    const index = indexStory('crash-and-harvest.txt');
    expect(mentionsOf(index, 'Aeropro')).toEqual(['Aeropro@2:26']);
    expect(typeOf(index, 'Aeropro')).toBe('organization');
    expect(mentionsOf(index, 'Vitol')).toEqual(['Vitol@3:33']);
    expect(typeOf(index, 'Vitol')).toBe('organization');
    expect(typeOf(index, 'Tom Hardy')).toBe('person');
  });

  it('"In the Northern Plains" is a region (it was a body)', () => {
    const index = indexStory('crash-and-harvest.txt');
    expect(mentionsOf(index, 'Northern Plains')).toEqual(['Northern Plains@4:7']);
    expect(typeOf(index, 'Northern Plains')).toBe('place');
  });
});
