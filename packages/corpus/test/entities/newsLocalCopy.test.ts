import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short local news stories written for these tests (test/fixtures/news-local-copy), each indexed
// alone as a corpus of one article, with invented people: shapes of real police and courts copy.
// Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-local-copy', name);

describe('local copy: a body, a rank and a name', () => {
  it('"Harlan County Sheriff\'s Office Deputy Ned Marsh", "Ohio State Highway Patrol Trooper Amy Kessler": the body, then the rank and its holder (each was one name of all three)', () => {
    const index = indexStory('deputy-crash.txt');
    expect(mentionsOf(index, 'Ned Marsh')).toEqual(['Ned Marsh@2:38', 'Marsh@4:7']);
    expect(typeOf(index, 'Ned Marsh')).toBe('person');
    expect(mentionsOf(index, "Harlan County Sheriff's Office")).toEqual(["Harlan County Sheriff's Office@2:0"]);
    expect(typeOf(index, "Harlan County Sheriff's Office")).toBe('organization');
    expect(mentionsOf(index, 'Amy Kessler')).toEqual(['Amy Kessler@2:138']);
    expect(typeOf(index, 'Ohio State Highway Patrol')).toBe('organization');
    expect(names(index).filter((n) => n.includes('Deputy') || n.includes('Trooper'))).toEqual([]);
  });

  it('"Deputy Governor Rita Vell": a deputy before another title still qualifies it', () => {
    const index = indexStory('deputy-crash.txt');
    expect(mentionsOf(index, 'Rita Vell')).toEqual(['Rita Vell@4:64']);
    expect(typeOf(index, 'Rita Vell')).toBe('person');
  });
});

describe('local copy: a story\'s first word in capitals', () => {
  it('"PARENTS have welcomed plans", "A MAN who drove", "FIREFIGHTERS were called", "A WOMAN has also been charged": a dictionary word set in capitals to open a paragraph or a sentence is no name (each was a body, "MAN" the Isle of Man)', () => {
    const index = indexStory('school-plans.txt');
    expect(names(index).filter((n) => /^(?:parents|man|firefighters|woman)$/i.test(n))).toEqual([]);
    expect(names(index).sort()).toEqual(['Barnsley', 'ICE', 'Leeds', 'Mark Chaplain', 'Ruth Baker', 'Texas']);
  });

  it('"ICE agents detained two men": a body\'s acronym of three letters that is a word too still opens a sentence as a name', () => {
    const index = indexStory('school-plans.txt');
    expect(mentionsOf(index, 'ICE')).toEqual(['ICE@4:137']);
    expect(typeOf(index, 'ICE')).toBe('organization');
  });
});

describe('local copy: a councillor by title and surname', () => {
  it('"Cllr Mark Chaplain … Cllr Chaplain voted": the title and a surname that is a dictionary word are the councillor named in full ("Cllr Chaplain" was an entity of its own)', () => {
    const index = indexStory('school-plans.txt');
    expect(mentionsOf(index, 'Mark Chaplain')).toEqual(['Mark Chaplain@6:5', 'Cllr Chaplain@6:49']);
    expect(mentionsOf(index, 'Ruth Baker')).toEqual(['Ruth Baker@2:97', 'Baker@2:149']);
  });
});

describe('local copy: a firm\'s letters joined by an ampersand', () => {
  it('"worked 20 years at AT&T", "works at M&S in Leeds": capitals each side of an unspaced "&" are a firm (both were places by "at")', () => {
    const index = indexStory('retail-jobs.txt');
    expect(mentionsOf(index, 'AT&T')).toEqual(['AT&T@2:31']);
    expect(typeOf(index, 'AT&T')).toBe('organization');
    expect(mentionsOf(index, 'M&S')).toEqual(['M&S@2:99']);
    expect(typeOf(index, 'M&S')).toBe('organization');
    expect(typeOf(index, 'Leeds')).toBe('place');
  });
});

describe('local copy: a portfolio that a party is named by', () => {
  it('"Secretary of Labor Dana Whitcombe", "The Labor Department", "the Secretary of Labor", "Minister of Labour …": the portfolio is no party (each was the Australian Labor Party); "Labor leader Tom Hollis" keeps it', () => {
    const index = indexStory('jobs-report.txt');
    expect(mentionsOf(index, 'Australian Labor Party')).toEqual(['Labor@4:13']);
    expect(mentionsOf(index, 'Dana Whitcombe')).toEqual(['Dana Whitcombe@2:19']);
    expect(mentionsOf(index, 'Labor Department')).toEqual(['Labor Department@2:73']);
    expect(mentionsOf(index, 'Ministry of Labour')).toEqual(['Ministry of Labour@2:187']);
    expect(mentionsOf(index, 'Ada Kiprono')).toEqual(['Ada Kiprono@2:258']);
  });
});

describe('local copy: a fiscal year\'s letters', () => {
  it('"from the FY \'03 Budget and the FY \'04 Budget": "FY" is a fiscal year, no body', () => {
    const index = indexStory('grant-release.txt');
    expect(names(index).sort()).toEqual(['Office for Emergency Readiness', 'Rhea Talbot']);
    expect(mentionsOf(index, 'Rhea Talbot')).toEqual(['Rhea Talbot@2:33']);
  });
});
