import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-names-shapes), each indexed alone as
// a corpus of one article: venues, college fixtures, firms named like ranks or after their founders,
// villages rescuers reach, Malaysia's styles of honours, a Spanish watchdog's name, the word "Male",
// a one-word quoted title. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-names-shapes', name);

describe('news name shapes: venues', () => {
  it('"three nights at the Hollywood Bowl", "Playing at the Hollywood Bowl": the amphitheatre is a place (it was an event)', () => {
    const index = indexStory('venue-bowl.txt');
    expect(mentionsOf(index, 'Hollywood Bowl')).toEqual(['Hollywood Bowl@2:78', 'Hollywood Bowl@6:16']);
    expect(typeOf(index, 'Hollywood Bowl')).toBe('place');
    for (const venue of ['Royal Albert Hall', 'Madison Square Garden', 'Wembley Arena']) expect([venue, typeOf(index, venue)]).toEqual([venue, 'place']);
  });
});

describe('news name shapes: college fixtures', () => {
  it('"the Broncos host Boise State on Friday", "Cal Poly said", "for visiting Loyola Marymount": the sides are teams (all three were persons); "Fox host Sean Hannity said" stays a presenter', () => {
    const index = indexStory('college-fixture.txt');
    expect(mentionsOf(index, 'Boise State')).toEqual(['Boise State@2:130']);
    expect(typeOf(index, 'Boise State')).toBe('organization');
    expect(mentionsOf(index, 'Cal Poly')).toEqual(['Cal Poly@4:0']);
    expect(typeOf(index, 'Cal Poly')).toBe('organization');
    expect(mentionsOf(index, 'Loyola Marymount')).toEqual(['Loyola Marymount@6:100']);
    expect(typeOf(index, 'Loyola Marymount')).toBe('organization');
    expect(typeOf(index, 'UC Santa Barbara')).toBe('organization');
    expect(typeOf(index, 'Santa Clara')).not.toBe('person');
    expect(typeOf(index, 'Sean Hannity')).toBe('person');
    expect(typeOf(index, 'Darnell Ruthwick')).toBe('person');
  });
});

describe('news name shapes: British match reports', () => {
  it('"Man Utd beat Spurs 2-1", "Arsenal beat Wolves 3-0": a dictionary plural right after a match\'s verb, before a score, is a club (Spurs and Wolves were dropped as labels of a number); "Table 2-1" still labels', () => {
    const index = indexStory('derby-report.txt');
    expect(mentionsOf(index, 'Tottenham Hotspur')).toEqual(['Spurs@0:22', 'Spurs@2:45', 'Spurs@4:38']);
    expect(mentionsOf(index, 'Wolves')).toEqual(['Wolves@2:101']);
    expect(typeOf(index, 'Wolves')).toBe('organization');
    expect(names(index)).not.toContain('Table');
  });

  it('"Man Utd lost 2-1 to Spurs", "Dundee Utd went out": a club\'s clipped "Utd" closes a club\'s name (both were persons)', () => {
    const index = indexStory('cup-result.txt');
    expect(mentionsOf(index, 'Man Utd')).toEqual(['Man Utd@2:19']);
    expect(typeOf(index, 'Man Utd')).toBe('organization');
    expect(mentionsOf(index, 'Dundee Utd')).toEqual(['Dundee Utd@2:81']);
    expect(typeOf(index, 'Dundee Utd')).toBe('organization');
  });
});

describe('news name shapes: firms', () => {
  it('"General Atomics won a contract": "General" before a field\'s "-ics" plural opens the firm (it was a person "Atomics"); "Gen. Marcus Oyelaran … General Oyelaran" stays the general', () => {
    const index = indexStory('general-atomics.txt');
    expect(mentionsOf(index, 'General Atomics')).toEqual(['General Atomics@2:22', 'General Atomics@4:0']);
    expect(typeOf(index, 'General Atomics')).toBe('organization');
    expect(names(index)).not.toContain('Atomics');
    expect(mentionsOf(index, 'Marcus Oyelaran')).toEqual(['Marcus Oyelaran@6:5', 'Oyelaran@6:75']);
    expect(typeOf(index, 'Marcus Oyelaran')).toBe('person');
  });

  it('"Dr. Reddy\'s Laboratories said" is one firm, honorific and all (it was "Reddy" and a stray "Laboratories"); "Dr. Anjali Mehrotra" and "Dr. Mehrotra\'s patients" stay a person', () => {
    const index = indexStory('reddys-labs.txt');
    expect(mentionsOf(index, "Dr. Reddy's Laboratories")).toEqual(["Dr. Reddy's Laboratories@2:22", "Dr. Reddy's Laboratories@4:10"]);
    expect(typeOf(index, "Dr. Reddy's Laboratories")).toBe('organization');
    expect(names(index)).not.toContain('Laboratories');
    expect(names(index)).not.toContain('Reddy');
    expect(mentionsOf(index, 'Anjali Mehrotra')).toEqual(['Anjali Mehrotra@4:68', 'Mehrotra@6:4']);
    expect(typeOf(index, 'Anjali Mehrotra')).toBe('person');
  });

  it('"the Comisión Nacional de los Mercados y la Competencia (CNMC)" is one body, with its acronym, and so is the name written again without it (it was cut into three)', () => {
    const index = indexStory('cnmc.txt');
    const body = 'Comisión Nacional de los Mercados y la Competencia';
    expect(mentionsOf(index, body)).toEqual([`${body}@2:53`, 'CNMC@2:105', 'CNMC@4:4', `${body}@4:63`]);
    expect(typeOf(index, body)).toBe('organization');
    for (const piece of ['Comisión Nacional', 'Mercados', 'la Competencia']) expect(names(index)).not.toContain(piece);
  });
});

describe('news name shapes: places', () => {
  it('"Rescuers reached Kwabondo, Muhoroni-Ndege and Tiriki", "Soldiers evacuated Sorbeti, Lankumo and Hadaweni": villages (they were other); "Reporters reached Joseph Kiprotich" stays a person', () => {
    const index = indexStory('rescue-villages.txt');
    for (const village of ['Kwabondo', 'Muhoroni-Ndege', 'Tiriki', 'Sorbeti', 'Lankumo', 'Hadaweni']) expect([village, typeOf(index, village)]).toEqual([village, 'place']);
    expect(mentionsOf(index, 'Kwabondo')).toEqual(['Kwabondo@2:37', 'Kwabondo@6:83']);
    expect(typeOf(index, 'Joseph Kiprotich')).toBe('person');
  });

  it('"MALE (Reuters)" is the Maldives\' capital; "Male students outnumber female students" names no place (it was Malé)', () => {
    const index = indexStory('maldives-male.txt');
    expect(mentionsOf(index, 'Male')).toEqual(['MALE@2:0']);
    expect(typeOf(index, 'Male')).toBe('place');
  });
});

describe('news name shapes: styles of honours', () => {
  it('"Prime Minister Datuk Seri Anwar Ibrahim", "Tan Sri Mahiaddin Yassin", "Pehin Sri Abdul Halim Zulkarnain", "Dato\' Sri Tajuddin Rahmanu": the name without its style, a person ("Pehin Sri …" was other); "the Tun Razak Exchange" keeps its word', () => {
    const index = indexStory('malaysia-styles.txt');
    expect(mentionsOf(index, 'Anwar Ibrahim')).toEqual(['Anwar Ibrahim@2:51', 'Anwar@4:75']);
    expect(mentionsOf(index, 'Mahiaddin Yassin')).toEqual(['Mahiaddin Yassin@4:8']);
    expect(mentionsOf(index, 'Abdul Halim Zulkarnain')).toEqual(['Abdul Halim Zulkarnain@6:34']);
    for (const person of ['Anwar Ibrahim', 'Mahiaddin Yassin', 'Abdul Halim Zulkarnain']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
    // "Dato' Sri Tajuddin Rahmanu": the apostrophe ends one run, and "Sri" after it is still the style's (it was "Sri Tajuddin Rahmanu").
    expect(mentionsOf(index, 'Tajuddin Rahmanu')).toEqual(['Tajuddin Rahmanu@8:10']);
    expect(mentionsOf(index, 'Tun Razak Exchange')).toEqual(['Tun Razak Exchange@6:92']);
    expect(typeOf(index, 'Tun Razak Exchange')).toBe('organization');
  });
});

describe('news name shapes: quoted titles', () => {
  it('\'The series "Startup" returns\', \'the podcast "Startup"\': one quoted word after a work\'s noun is a title (it was a person, "Startup" a listed surname)', () => {
    const index = indexStory('quoted-series.txt');
    expect(mentionsOf(index, 'Startup')).toEqual(['Startup@2:36', 'Startup@2:130']);
    expect(typeOf(index, 'Startup')).toBe('other');
    expect(typeOf(index, 'Downside')).toBe('other');
  });
});
