import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, mentionsByType, typeOf } from '../helpers/indexTexts.js';

// Short transport, campus, trade, climate, protest and politics stories written for these tests
// (test/fixtures/news-span-links), each indexed alone as a corpus of one article, with invented
// people beside the bodies, places and parties such copy names: names cut, dropped or linked to
// the wrong entity. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-span-links', name);

describe('span links: a long body name closed by "Branch"', () => {
  it('"Britain\'s Marine Accident Investigation Branch have sent teams": three words or more before "Branch" are a body (they were dropped)', () => {
    const index = indexStory('ferry-crash.txt');
    expect(mentionsOf(index, 'Marine Accident Investigation Branch')).toEqual(['Marine Accident Investigation Branch@2:59']);
    expect(typeOf(index, 'Marine Accident Investigation Branch')).toBe('organization');
    expect(mentionsOf(index, 'Rail Accident Investigation Branch')).toEqual(['Rail Accident Investigation Branch@3:73']);
    expect(typeOf(index, 'Rail Accident Investigation Branch')).toBe('organization');
    expect(mentionsOf(index, 'Kirkwall Public Library Branch')).toEqual(['Kirkwall Public Library Branch@5:4']);
    expect(typeOf(index, 'Kirkwall Public Library Branch')).toBe('organization');
    expect(mentionsOf(index, 'United Kingdom')).toEqual(['Britain@2:49', 'Britain@3:63']);
  });

  it('"The historian Taylor Branch": a given name before "Branch" keeps a person', () => {
    const index = indexStory('ferry-crash.txt');
    expect(mentionsOf(index, 'Taylor Branch')).toEqual(['Taylor Branch@6:14']);
    expect(typeOf(index, 'Taylor Branch')).toBe('person');
    expect(entityNames(index).filter((n) => n.endsWith('Branch'))).toHaveLength(4);
  });
});

describe('span links: a park or a street named in Portuguese, Spanish or Italian', () => {
  it('"from Parque Eduardo VII", "closed Rua de Cedofeita", "Paseo de Recoletos", "Viale Aventino": a park\'s or a street\'s word opening the name makes a place (other and persons before)', () => {
    const index = indexStory('pension-marches.txt');
    expect(mentionsOf(index, 'Parque Eduardo VII')).toEqual(['Parque Eduardo VII@2:33']);
    expect(mentionsOf(index, 'Rua de Cedofeita')).toEqual(['Rua de Cedofeita@3:24']);
    expect(mentionsOf(index, 'Paseo de Recoletos')).toEqual(['Paseo de Recoletos@5:39']);
    expect(mentionsOf(index, 'Viale Aventino')).toEqual(['Viale Aventino@4:58']);
    for (const name of ['Parque Eduardo VII', 'Rua de Cedofeita', 'Paseo de Recoletos', 'Viale Aventino', 'Parque del Oeste', 'Praça da Figueira']) {
      expect(typeOf(index, name)).toBe('place');
    }
    expect(typeOf(index, 'Inês Barreto')).toBe('person');
  });

  it('"near Via dei Fori Imperiali": "Via" before an Italian particle opens the street\'s name (it was cut to a person "dei Fori Imperiali"); "Via a statement" opens none', () => {
    const index = indexStory('pension-marches.txt');
    expect(mentionsOf(index, 'Via dei Fori Imperiali')).toEqual(['Via dei Fori Imperiali@4:30']);
    expect(typeOf(index, 'Via dei Fori Imperiali')).toBe('place');
    expect(entityNames(index).filter((n) => n.startsWith('dei ') || n.startsWith('Via a'))).toEqual([]);
  });
});

describe('span links: a climate conference by its number', () => {
  it('"COP30 President Marta Quintela", "The COP29 presidency": the numbered conference stays an event before its holder\'s title or "presidency" (a body and a person before), as "at COP28" is', () => {
    const index = indexStory('climate-talks.txt');
    expect(mentionsOf(index, 'COP30')).toEqual(['COP30@2:0']);
    expect(typeOf(index, 'COP30')).toBe('event');
    expect(mentionsOf(index, 'COP29')).toEqual(['COP29@3:4']);
    expect(typeOf(index, 'COP29')).toBe('event');
    expect(typeOf(index, 'COP28')).toBe('event');
    expect(mentionsOf(index, 'Marta Quintela')).toEqual(['Marta Quintela@2:16']);
    expect(typeOf(index, 'Marta Quintela')).toBe('person');
  });
});

describe('span links: a place\'s name that is a publication\'s or a bloc\'s', () => {
  it('"an editor at America magazine", "told Israel radio": a place\'s name alone before a publication\'s noun is the outlet, a body apart from the country (both were the country)', () => {
    const index = indexStory('opposition-alliance.txt');
    expect(mentionsOf(index, 'America')).toEqual(['America@3:84']);
    expect(typeOf(index, 'America')).toBe('organization');
    expect(mentionsOf(index, 'Israel')).toEqual(['Israel@4:13']);
    expect(typeOf(index, 'Israel')).toBe('organization');
    expect(mentionsOf(index, 'United States')).toEqual(['US@5:67']);
  });

  it('"a Pakistan newspaper", "Jamaica newspaper the Gleaner": a place qualified by an article, or before an outlet\'s own title, stays the place', () => {
    const index = indexStory('opposition-alliance.txt');
    expect(mentionsOf(index, 'Pakistan')).toEqual(['Pakistan@4:73']);
    expect(typeOf(index, 'Pakistan')).toBe('place');
    expect(mentionsOf(index, 'Jamaica')).toEqual(['Jamaica@5:12']);
    expect(typeOf(index, 'Jamaica')).toBe('place');
  });

  it('"The INDIA bloc won 41 seats": a country\'s name in capitals before "bloc" is the bloc, a body apart from India (it was merged into the country); "the US alliance with India" keeps the country', () => {
    const index = indexStory('opposition-alliance.txt');
    expect(mentionsOf(index, 'INDIA')).toEqual(['INDIA@2:4']);
    expect(typeOf(index, 'INDIA')).toBe('organization');
    expect(mentionsOf(index, 'India')).toEqual(['India@3:29', 'India@5:84']);
    expect(typeOf(index, 'India')).toBe('place');
    expect(typeOf(index, 'NDA')).toBe('organization');
  });
});

describe('span links: a body\'s head word before its people in the plural', () => {
  it('"Commission officials said" after "The European Commission proposed": the head word opening the sentence is that body (it was dropped)', () => {
    const index = indexStory('steel-duties.txt');
    expect(mentionsOf(index, 'European Commission')).toEqual(['European Commission@2:4', 'Commission@3:0']);
    expect(typeOf(index, 'European Commission')).toBe('organization');
  });

  it('"Commission staff declined" after three commissions: linked to none of them, and no body "Commission" of its own', () => {
    const index = indexStory('steel-duties.txt');
    expect(mentionsOf(index, 'Federal Energy Regulatory Commission')).toEqual(['Federal Energy Regulatory Commission@4:4']);
    expect(mentionsOf(index, 'International Trade Commission')).toEqual(['International Trade Commission@4:49']);
    expect(entityNames(index)).not.toContain('Commission');
    expect(typeOf(index, 'Henrike Salo')).toBe('person');
  });
});

describe('span links: a South Indian name\'s surname before its family name', () => {
  it('"Venkata Ramana Reddy Kothapalli … Reddy told reporters": the word before the family name of four words with no listed given name is that person (it was a person apart)', () => {
    const index = indexStory('airline-audit.txt');
    expect(mentionsOf(index, 'Venkata Ramana Reddy Kothapalli')).toEqual(['Venkata Ramana Reddy Kothapalli@2:24', 'Reddy@3:54']);
    expect(typeOf(index, 'Venkata Ramana Reddy Kothapalli')).toBe('person');
    expect(entityNames(index)).not.toContain('Reddy');
  });

  it('"Margaret Anne Collins Hartley … Collins, a pilot": a name opening with a listed given name gives no inner word alone', () => {
    const index = indexStory('airline-audit.txt');
    expect(mentionsOf(index, 'Margaret Anne Collins Hartley')).toEqual(['Margaret Anne Collins Hartley@4:31']);
    expect(mentionsOf(index, 'Collins')).toEqual(['Collins@5:0']);
    expect(typeOf(index, 'Collins')).toBe('person');
  });
});

describe('span links: universities named by one word in a list', () => {
  it('"Brown University agreed … Princeton and Cornell have also had grants paused", "Duke, Tufts and Emory said": each is a university (Princeton, Duke and Tufts were dropped, Emory a person, Cornell merged into the singer)', () => {
    const index = indexStory('campus-grants.txt');
    expect(mentionsByType(index, 'Princeton')).toEqual({ organization: ['Princeton@3:0'], place: ['Princeton@6:12'] });
    expect(mentionsOf(index, 'Cornell')).toEqual(['Cornell@3:14']);
    expect(mentionsOf(index, 'Duke')).toEqual(['Duke@4:0']);
    expect(mentionsOf(index, 'Tufts')).toEqual(['Tufts@4:6']);
    expect(mentionsOf(index, 'Emory')).toEqual(['Emory@4:16']);
    for (const name of ['Cornell', 'Duke', 'Tufts', 'Emory', 'Brown University']) expect(typeOf(index, name)).toBe('organization');
  });

  it('"Students in Princeton, New Jersey": beside a place the town stays the town, apart from the university', () => {
    const index = indexStory('campus-grants.txt');
    expect(mentionsOf(index, 'New Jersey')).toEqual(['New Jersey@6:23']);
    expect(index.entities.filter((e) => e.name === 'Princeton').map((e) => e.type).sort()).toEqual(['organization', 'place']);
  });

  it('"The singer Chris Cornell" keeps his person and takes no university\'s mention', () => {
    const index = indexStory('campus-grants.txt');
    expect(mentionsOf(index, 'Chris Cornell')).toEqual(['Chris Cornell@5:11']);
    expect(typeOf(index, 'Chris Cornell')).toBe('person');
  });

  it('"will play Princeton and Trenton", "Cornell and Vedder first toured": in a story that names no university the town and the singer stay', () => {
    const index = indexStory('band-tour.txt');
    expect(mentionsOf(index, 'Princeton')).toEqual(['Princeton@2:51']);
    expect(typeOf(index, 'Princeton')).toBe('place');
    expect(mentionsOf(index, 'Chris Cornell')).toEqual(['Chris Cornell@2:26', 'Cornell@3:0']);
    expect(typeOf(index, 'Chris Cornell')).toBe('person');
  });
});
