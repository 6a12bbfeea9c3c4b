import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short reports in a volunteer news wiki's style, written for these tests (test/fixtures/news-wiki-reports):
// a dateline sentence, attributions ("told the BBC", "according to the Associated Press"), officials
// named in full then by surname, bodies then by their letters, and a closing list of sources. Each is
// indexed alone as a corpus of one article; people are invented. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-wiki-reports', name);

/** An index of one short story: a title line, a blank line, then `body` on line 2. */
const indexBody = (body: string): CorpusIndex => indexTexts({ 'story.txt': `Title\n\n${body}\n` });

describe('wiki reports: an Indonesian ship by its prefix', () => {
  it('"The ferry, the KM Sinar Bahari, was carrying": "KM" (Kapal Motor) opens the ship\'s name (it was cut off as kilometres, and the ship left a person)', () => {
    const index = indexStory('ferry.txt');
    expect(mentionsOf(index, 'KM Sinar Bahari')).toEqual(['KM Sinar Bahari@2:209']);
    expect(typeOf(index, 'KM Sinar Bahari')).toBe('vessel');
    expect(names(index).filter((n) => n.includes('Sinar') && n !== 'KM Sinar Bahari')).toEqual([]);
  });

  it('"Justice KM Joseph" keeps a judge\'s initials, and "35 KM" names nothing', () => {
    const index = indexBody('Justice KM Joseph ruled on Monday. The road is 35 KM long.');
    expect(mentionsOf(index, 'KM Joseph')).toEqual(['KM Joseph@2:8']);
    expect(typeOf(index, 'KM Joseph')).toBe('person');
    expect(names(index)).toEqual(['KM Joseph']);
  });
});

describe('wiki reports: an office, then a place the lists know by one word, then its holder', () => {
  it('"Governor of Southeast Sulawesi Ali Mazi visited survivors": the province is still named (it was dropped as the office\'s portfolio)', () => {
    const index = indexStory('ferry.txt');
    expect(mentionsOf(index, 'Southeast Sulawesi')).toEqual(['Southeast Sulawesi@10:12']);
    expect(typeOf(index, 'Southeast Sulawesi')).toBe('place');
    expect(mentionsOf(index, 'Ali Mazi')).toEqual(['Ali Mazi@10:31']);
    expect(typeOf(index, 'Ali Mazi')).toBe('person');
  });

  it('"Then Governor of Lagos State Babajide Sanwo-Olu said": a state too; "Minister of Foreign Affairs Ama Owusu" names a portfolio, no place', () => {
    const index = indexBody('Then Governor of Lagos State Babajide Sanwo-Olu said no. Minister of Foreign Affairs Ama Owusu agreed.');
    expect(mentionsOf(index, 'Lagos State')).toEqual(['Lagos State@2:17']);
    expect(typeOf(index, 'Lagos State')).toBe('place');
    expect(mentionsOf(index, 'Babajide Sanwo-Olu')).toEqual(['Babajide Sanwo-Olu@2:29']);
    expect(mentionsOf(index, 'Ama Owusu')).toEqual(['Ama Owusu@2:85']);
    expect(names(index).filter((n) => /Foreign|Affairs/.test(n))).toEqual([]);
  });
});

describe('wiki reports: a tectonic plate', () => {
  it('"where the Nazca Plate slides beneath the South American Plate": both plates are places (the first was a person, the second other)', () => {
    const index = indexStory('quake.txt');
    expect(mentionsOf(index, 'Nazca Plate')).toEqual(['Nazca Plate@12:49']);
    expect(mentionsOf(index, 'South American Plate')).toEqual(['South American Plate@12:80']);
    for (const plate of ['Nazca Plate', 'South American Plate']) expect([plate, typeOf(index, plate)]).toEqual([plate, 'place']);
  });
});

describe('wiki reports: a novel\'s title with its own "The" after the noun', () => {
  it('"his first novel, The Harmattan Years, published in 1966": the title is a work, as "His play The Drums of Udi" is (it was an organization by its "The")', () => {
    const index = indexStory('obituary.txt');
    expect(mentionsOf(index, 'Harmattan Years')).toEqual(['Harmattan Years@4:235']);
    expect(typeOf(index, 'Harmattan Years')).toBe('other');
    expect(typeOf(index, 'Drums of Udi')).toBe('other');
  });

  it('"Her novel The Harmattan Days was praised": a person no more; "the song The Tempest", of dictionary words, is left as it was', () => {
    const index = indexBody('Her novel The Harmattan Days was praised. The band played the song The Tempest.');
    expect(mentionsOf(index, 'Harmattan Days')).toEqual(['Harmattan Days@2:14']);
    expect(typeOf(index, 'Harmattan Days')).toBe('other');
  });
});

describe('wiki reports: an appeal court by its numbered region', () => {
  it('"the Regional Federal Court of the 1st Region (TRF-1)": one court, with its letters (it was cut at "of", and "1st Region" and "TRF-1" were a place)', () => {
    const index = indexStory('trial.txt');
    const court = 'Regional Federal Court of the 1st Region';
    expect(mentionsOf(index, court)).toEqual([`${court}@6:255`, 'TRF-1@6:297']);
    expect(typeOf(index, court)).toBe('organization');
    expect(names(index).filter((n) => n === 'Regional Federal Court' || n === 'TRF-1')).toEqual([]);
  });
});

describe('wiki reports: a region after people and "in", before their verb', () => {
  it('"voters in the Ashanti Region of Ghana elected opposition candidate …": the region is a place (it was a body by the voters\' verb and object)', () => {
    const index = indexStory('election.txt');
    expect(mentionsOf(index, 'Ashanti Region of Ghana')).toEqual(['Ashanti Region of Ghana@2:27']);
    expect(typeOf(index, 'Ashanti Region of Ghana')).toBe('place');
  });

  it('"Residents in the Volta Region said", "Farmers in the Kagera Region reported losses": places; "Analysts at Harlan Pike said shares fell" keeps a firm', () => {
    const index = indexBody('Residents in the Volta Region said the water was gone. Farmers in the Kagera Region reported losses. Analysts at Harlan Pike said shares fell.');
    expect(mentionsOf(index, 'Volta Region')).toEqual(['Volta Region@2:17']);
    expect(typeOf(index, 'Volta Region')).toBe('place');
    expect(mentionsOf(index, 'Kagera Region')).toEqual(['Kagera Region@2:70']);
    expect(typeOf(index, 'Kagera Region')).toBe('place');
    expect(typeOf(index, 'Harlan Pike')).toBe('organization');
  });
});

describe('wiki reports: a light aircraft by its maker and number', () => {
  it('"The Cessna 208 Caravan, operated by …": a maker no list of bodies holds, before its model\'s number, names a product (it was a vessel by its number)', () => {
    const index = indexStory('plane-crash.txt');
    expect(mentionsOf(index, 'Cessna 208')).toEqual(['Cessna 208@2:192']);
    expect(typeOf(index, 'Cessna 208')).toBe('product');
  });
});

describe('wiki reports: a channel whose name is a dictionary word', () => {
  it('"Chirchir told Citizen TV that flights …": the channel is a body (it was dropped); "State TV showed" at a sentence\'s opening names nothing', () => {
    const index = indexStory('plane-crash.txt');
    expect(mentionsOf(index, 'Citizen TV')).toEqual(['Citizen TV@8:164']);
    expect(typeOf(index, 'Citizen TV')).toBe('organization');
    expect(names(indexBody('State TV showed the scene. The report was aired on state TV.'))).toEqual([]);
  });
});

describe('wiki reports: a journal named by a dictionary word', () => {
  it('"published in the journal Nature", "in the journal Neurology": the journal is a body (each was dropped); "She kept a journal." names nothing', () => {
    const index = indexBody('The findings were published in the journal Nature on Wednesday. A second study appeared in the journal Neurology. She kept a journal.');
    expect(mentionsOf(index, 'Nature')).toEqual(['Nature@2:43']);
    expect(mentionsOf(index, 'Neurology')).toEqual(['Neurology@2:103']);
    for (const journal of ['Nature', 'Neurology']) expect([journal, typeOf(index, journal)]).toEqual([journal, 'organization']);
    expect(names(index)).toHaveLength(2);
  });
});

describe('wiki reports: an electoral bloc', () => {
  it('"The pro-Russian Patriotic Electoral Bloc received 24 percent", "the Yulia Tymoshenko Bloc": a bloc is a body (the first was dropped as dictionary words, the second a person)', () => {
    const index = indexBody('The pro-Russian Patriotic Electoral Bloc received 24 percent. The Yulia Tymoshenko Bloc won 30 seats.');
    expect(mentionsOf(index, 'Patriotic Electoral Bloc')).toEqual(['Patriotic Electoral Bloc@2:16']);
    expect(mentionsOf(index, 'Yulia Tymoshenko Bloc')).toEqual(['Yulia Tymoshenko Bloc@2:66']);
    for (const bloc of ['Patriotic Electoral Bloc', 'Yulia Tymoshenko Bloc']) expect([bloc, typeOf(index, bloc)]).toEqual([bloc, 'organization']);
  });
});
