import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short news stories written for these tests (test/fixtures/news-lists-labels), each indexed alone as
// a corpus of one article, with invented people and bodies: the shapes of official lists, live blogs
// and Southern African copy. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-lists-labels', name);

describe('lists and labels: a person "of" a body\'s letters', () => {
  it('"met Mutasa of NEC", "Moyo of ZAP agreed": the person and the body are two names (they were one, "Mutasa of NEC" an organization), and the surname joins the full name', () => {
    const index = indexStory('commission-chair.txt');
    expect(mentionsOf(index, 'Tendai Mutasa')).toEqual(['Mutasa@2:23', 'Tendai Mutasa@3:8']);
    expect(mentionsOf(index, 'National Electoral Commission')).toEqual(['NEC@2:33', 'National Electoral Commission@3:38', 'NEC@3:69']);
    expect(mentionsOf(index, 'Moyo')).toEqual(['Moyo@4:66']);
    expect(typeOf(index, 'Moyo')).toBe('person');
    expect(mentionsOf(index, 'ZAP')).toEqual(['ZAP@4:74']);
    expect(typeOf(index, 'ZAP')).toBe('organization');
    expect(names(index).filter((n) => n.includes(' of '))).toEqual([]);
  });
});

describe('lists and labels: a roll\'s surname first', () => {
  it('"lists Gumede Themba Sipho (UDP)" then "Themba Gumede told reporters": the roll\'s order, surname first, and the story\'s are one person (they were two)', () => {
    const index = indexStory('nomination-roll.txt');
    expect(mentionsOf(index, 'Gumede Themba Sipho')).toEqual(['Gumede Themba Sipho@2:113', 'Themba Gumede@3:0']);
    expect(mentionsOf(index, 'Nyathi Rudo Chipo')).toEqual(['Nyathi Rudo Chipo@2:140', 'Rudo Nyathi@4:0']);
    expect(mentionsOf(index, 'Chirwa Tatenda Farai')).toEqual(['Chirwa Tatenda Farai@2:176', 'Tatenda Chirwa@4:56']);
    for (const person of ['Gumede Themba Sipho', 'Nyathi Rudo Chipo', 'Chirwa Tatenda Farai']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
    expect(names(index).filter((n) => n === 'Themba Gumede' || n === 'Rudo Nyathi' || n === 'Tatenda Chirwa')).toEqual([]);
  });
});

describe('lists and labels: a live blog\'s clock labels', () => {
  it('"FT: Northam City 2-1 …", "HT: …", "AET - …" opening a live blog\'s entries name nothing (they were the Financial Times, a person "HT" and a body "AET"); "the FT reported" stays the paper', () => {
    const index = indexStory('live-blog.txt');
    expect(mentionsOf(index, 'Financial Times')).toEqual(['FT@8:13']);
    expect(names(index).filter((n) => n === 'HT' || n === 'AET')).toEqual([]);
    expect(mentionsOf(index, 'Northam City')).toEqual(['Northam City@0:0', 'Northam City@2:4', 'Northam City@4:4']);
    expect(mentionsOf(index, 'Tomas Lindqvist')).toEqual(['Tomas Lindqvist@2:38']);
    expect(mentionsOf(index, 'Ravi Okonjo')).toEqual(['Ravi Okonjo@4:38']);
    expect(mentionsOf(index, 'Ellis Varga')).toEqual(['Ellis Varga@6:72']);
  });
});

describe('lists and labels: a link\'s label before another story\'s headline', () => {
  it('"Read more: Reserve Bank Of Malawi Warns Over Kwacha Slide", "Also read: Banda Says Inflation Will Ease By March": the headline after the label is read as one, its capitalised verbs and nouns no names (they made "Malawi Warns", "Kwacha Slide" and "Banda Says Inflation Will Ease")', () => {
    const index = indexStory('read-more.txt');
    expect(mentionsOf(index, 'Wilson Banda')).toEqual(['Wilson Banda@2:84', 'Banda@4:11', 'Banda@5:0']);
    expect(mentionsOf(index, 'Malawi')).toEqual(['Malawi@2:20', 'Malawi@3:27']);
    expect(names(index).filter((n) => /Warns|Slide|Says/.test(n))).toEqual([]);
    expect(typeOf(index, 'Monetary Policy Committee')).toBe('organization');
  });
});

describe('lists and labels: an office\'s holder whose name holds a word', () => {
  it('"Deputy Prime Minister Vo Duc Dam has urged", "Deputy Minister of Health Pham Quoc Long told": a head word or a dictionary word in a three-word name after an office is the person\'s (they were a place "Deputy Prime Minister Vo Duc Dam" and a person "Health Pham Quoc Long"), and "Dam said", "Long said" are short forms', () => {
    const index = indexStory('ministry-warning.txt');
    expect(mentionsOf(index, 'Vo Duc Dam')).toEqual(['Vo Duc Dam@2:22', 'Dam@5:0']);
    expect(typeOf(index, 'Vo Duc Dam')).toBe('person');
    expect(mentionsOf(index, 'Pham Quoc Long')).toEqual(['Pham Quoc Long@3:26', 'Long@4:0']);
    expect(typeOf(index, 'Pham Quoc Long')).toBe('person');
    expect(mentionsOf(index, 'Ministry of Health')).toEqual(['Ministry of Health@2:47']);
    expect(names(index).filter((n) => n.includes('Minister') || n.startsWith('Health'))).toEqual([]);
  });
});

describe('lists and labels: a particle opening a titled name', () => {
  it('"Judge Van Rooyen", "Councillor De Santis", "Trade Minister Le Thi Mai": a capitalised particle after a title opens the name (it was left out: "Rooyen", "Santis", "Thi Mai")', () => {
    const index = indexStory('particle-names.txt');
    expect(mentionsOf(index, 'Van Rooyen')).toEqual(['Van Rooyen@2:6', 'Van Rooyen@4:0']);
    expect(mentionsOf(index, 'De Santis')).toEqual(['De Santis@2:97', 'De Santis@4:53']);
    expect(mentionsOf(index, 'Le Thi Mai')).toEqual(['Le Thi Mai@3:15']);
    for (const person of ['Van Rooyen', 'De Santis', 'Le Thi Mai']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
    expect(names(index).filter((n) => n === 'Rooyen' || n === 'Santis' || n === 'Thi Mai')).toEqual([]);
  });
});

describe('lists and labels: an office, a style and a doctor\'s title', () => {
  it('"Health Minister Datuk Seri Dr Rahim Zulkarnain said": the style between the office and "Dr" names no one (it left a person "Seri")', () => {
    const index = indexStory('style-before-doctor.txt');
    expect(mentionsOf(index, 'Rahim Zulkarnain')).toEqual(['Rahim Zulkarnain@2:30', 'Rahim@3:0']);
    expect(typeOf(index, 'Rahim Zulkarnain')).toBe('person');
    expect(names(index)).toEqual(['Rahim Zulkarnain']);
  });
});

describe('lists and labels: a national body without "National"', () => {
  it('"The National Storm Prediction Center said … Storm Prediction Center Director Anna Lowry": the body\'s name without its opening "National" is the body (it was another); "the Security Council" the lists know stays apart from the "National Security Council"', () => {
    const index = indexStory('storm-centre.txt');
    expect(mentionsOf(index, 'National Storm Prediction Center')).toEqual(['National Storm Prediction Center@2:4', 'Storm Prediction Center@3:0']);
    expect(mentionsOf(index, 'Anna Lowry')).toEqual(['Anna Lowry@3:33']);
    expect(mentionsOf(index, 'National Security Council')).toEqual(['National Security Council@4:4']);
    expect(mentionsOf(index, 'Security Council')).toEqual(['Security Council@4:56']);
  });
});

describe('lists and labels: a company\'s legal form before its head\'s title', () => {
  it('"Coastal Bottling Works Corp. Chief Executive Dana Merrick", "Harbor Light Holdings Inc. President Owen Tate": the company closed by its legal form is a name of its own (it went into the title, and was lost)', () => {
    const index = indexStory('earnings-call.txt');
    expect(mentionsOf(index, 'Coastal Bottling Works Corp.')).toEqual(['Coastal Bottling Works Corp.@2:18']);
    expect(typeOf(index, 'Coastal Bottling Works Corp.')).toBe('organization');
    expect(mentionsOf(index, 'Harbor Light Holdings Inc.')).toEqual(['Harbor Light Holdings Inc.@3:0']);
    expect(typeOf(index, 'Harbor Light Holdings Inc.')).toBe('organization');
    expect(mentionsOf(index, 'Dana Merrick')).toEqual(['Dana Merrick@2:63', 'Merrick@4:0']);
    expect(mentionsOf(index, 'Owen Tate')).toEqual(['Owen Tate@3:37']);
  });
});

describe('lists and labels: an office "of" its field "of" its country', () => {
  it('"the Minister of Health of the Democratic Republic of the Congo": the country alone is named (it was a body "Health of the …" holding another country, "Republic of the Congo"); "President of the Tropical Medicine Society of Nigeria" keeps the body', () => {
    const index = indexStory('ebola-call.txt');
    expect(mentionsOf(index, 'DR Congo')).toEqual(['Democratic Republic of the Congo@2:85']);
    expect(typeOf(index, 'DR Congo')).toBe('place');
    expect(mentionsOf(index, 'Tropical Medicine Society of Nigeria')).toEqual(['Tropical Medicine Society of Nigeria@3:97']);
    expect(mentionsOf(index, 'Japan')).toEqual(['Japan@3:36']);
    expect(names(index).filter((n) => n.startsWith('Health') || n === 'Republic of the Congo')).toEqual([]);
  });
});

describe('lists and labels: a number word in capitals opening a sentence', () => {
  it('"SEVEN candidates have filed …", "TWO of them are women": a house style\'s capitals on a number word name nothing (they were organizations "SEVEN" and "TWO")', () => {
    const index = indexStory('shouted-opener.txt');
    expect(names(index).filter((n) => n === 'SEVEN' || n === 'TWO')).toEqual([]);
    expect(mentionsOf(index, 'Rudo Maposa')).toEqual(['Rudo Maposa@3:27']);
    expect(mentionsOf(index, 'Electoral Commission')).toEqual(['Electoral Commission@2:93']);
    expect(typeOf(index, 'Civic Alliance')).toBe('organization');
  });
});
