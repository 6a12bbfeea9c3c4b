import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsByType } from '../helpers/indexTexts.js';

// Short sports, city, business and politics stories written for these tests
// (test/fixtures/news-clubs-firms), each indexed alone as a corpus of one article, with invented
// people beside real clubs, firms and bodies. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-clubs-firms', name);

describe('clubs named after a town or a person, in a story of sport', () => {
  it('"Chelsea, meanwhile, completed the signing of … winger", "Chelsea lost to Bournemouth": Chelsea is the club (it was dropped, or the person of another story)', () => {
    const index = indexStory('transfer-roundup.txt');
    expect(mentionsByType(index, 'Chelsea')).toEqual({ organization: ['Chelsea@4:0', 'Chelsea@6:44'] });
  });

  it('"Everton have agreed a fee with Rennes", "Fulham drew with Brentford": the town\'s and the surname\'s clubs are bodies', () => {
    const index = indexStory('transfer-roundup.txt');
    expect(mentionsByType(index, 'Everton')).toEqual({ organization: ['Everton@0:0', 'Everton@2:0'] });
    expect(mentionsByType(index, 'Rennes')).toEqual({ organization: ['Rennes@0:20', 'Rennes@2:31'] });
    expect(mentionsByType(index, 'Fulham')).toEqual({ organization: ['Fulham@6:0'] });
    expect(mentionsByType(index, 'Brentford')).toEqual({ organization: ['Brentford@6:17'] });
  });

  it('"Barcelona coach Hansi Flick": the city\'s club is FC Barcelona, the lists\' club with "Barça" (it was the city)', () => {
    const index = indexStory('transfer-roundup.txt');
    expect(mentionsByType(index, 'FC Barcelona')).toEqual({ organization: ['Barcelona@8:0'] });
    expect(mentionsByType(index, 'Barcelona')).toEqual({});
  });

  it('"Supporters later gathered in Liverpool": a place\'s preposition keeps the city in a story of sport', () => {
    const index = indexStory('transfer-roundup.txt');
    expect(mentionsByType(index, 'Liverpool')).toEqual({ place: ['Liverpool@10:29'] });
  });

  it('a story of rents and tourist taxes keeps the city of Barcelona and the florist Chelsea: no club', () => {
    const index = indexStory('city-life.txt');
    expect(mentionsByType(index, 'Barcelona')).toEqual({ place: ['Barcelona@0:26', 'Barcelona@4:3', 'Barcelona@4:72'] });
    expect(mentionsByType(index, 'FC Barcelona')).toEqual({});
    expect(mentionsByType(index, 'Chelsea')).toEqual({});
    expect(mentionsByType(index, 'Chelsea Whitford').person).toContain('Chelsea@2:51');
    expect(index.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Marlow & Finch']);
  });
});

describe('grounds named in French or Spanish', () => {
  it('"crowd trouble at the Parc des Princes": a park\'s head in another language opens a place, as "Stade" and "Estadio" do (it was a body by its "des")', () => {
    const index = indexStory('grounds.txt');
    expect(mentionsByType(index, 'Parc des Princes')).toEqual({ place: ['Parc des Princes@2:85'] });
    expect(mentionsByType(index, 'Stade Pierre-Mauroy')).toEqual({ place: ['Stade Pierre-Mauroy@4:47'] });
    expect(mentionsByType(index, 'Estadio de la Cerámica')).toEqual({ place: ['Estadio de la Cerámica@4:106'] });
    expect(mentionsByType(index, 'Parque del Retiro')).toEqual({ place: ['Parque del Retiro@6:51'] });
    expect(mentionsByType(index, 'Paris Saint-Germain')).toEqual({ organization: ['Paris Saint-Germain@2:11'] });
  });
});

describe('firms named by a research house\'s or a computer maker\'s word', () => {
  it('"Kestrel Micro Computer, which builds storage servers", "Corvane Research disclosed a short position": "Computer" and "Research" close a firm\'s name (both were other)', () => {
    const index = indexStory('short-seller.txt');
    expect(mentionsByType(index, 'Kestrel Micro Computer')).toEqual({ organization: ['Kestrel Micro Computer@2:28'] });
    expect(mentionsByType(index, 'Corvane Research')).toEqual({ organization: ['Corvane Research@4:0'] });
    expect(mentionsByType(index, 'Halvorsen Partners')).toEqual({ organization: ['Halvorsen Partners@4:114'] });
    expect(mentionsByType(index, 'Mira Castellanos')).toEqual({ person: ['Mira Castellanos@6:0', 'Castellanos@8:0'] });
  });

  it('"taught Operations Research": "Research" after dictionary words only is a field, no firm', () => {
    const index = indexStory('short-seller.txt');
    expect(mentionsByType(index, 'Operations Research')).toEqual({});
  });
});

describe('pollsters named before their poll', () => {
  it('"in a Hanbit Korea poll", "A Realmeter survey": a name between an indefinite article and a poll\'s noun is the pollster\'s firm (a person by its shape, and other)', () => {
    const index = indexStory('seoul-polls.txt');
    expect(mentionsByType(index, 'Hanbit Korea')).toEqual({ organization: ['Hanbit Korea@2:88'] });
    expect(mentionsByType(index, 'Realmeter')).toEqual({ organization: ['Realmeter@4:2'] });
    expect(mentionsByType(index, 'Han Ji-soo')).toEqual({ person: ['Han Ji-soo@4:91'] });
  });
});
