import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Statehouse, courts, policy and technology stories written for these tests (test/fixtures/news-policy-desk),
// each indexed alone as a corpus of one article, with invented people: shapes of local and policy
// news that cut a name or gave it the wrong type. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-policy-desk', name);

describe('policy desk: a bill named by its letters and number', () => {
  it('"signed SB 53", "took up AB 1018 and SB 7", "passed HB 1481", "advanced LB 504", "H.R. 1": the letters and the number are one law each (they were organizations "SB", "AB", "HB", "LB", SB 53 and SB 7 one entity, and "H.R." other)', () => {
    const index = indexStory('bill-numbers.txt');
    expect(mentionsOf(index, 'SB 53')).toEqual(['SB 53@1:38']);
    expect(mentionsOf(index, 'SB 7')).toEqual(['SB 7@1:181']);
    expect(mentionsOf(index, 'AB 1018')).toEqual(['AB 1018@1:169']);
    expect(mentionsOf(index, 'HB 1481')).toEqual(['HB 1481@2:34', 'HB 1481@3:111']);
    expect(mentionsOf(index, 'LB 504')).toEqual(['LB 504@2:128']);
    expect(mentionsOf(index, 'H.R. 1')).toEqual(['H.R. 1@3:41']);
    for (const bill of ['SB 53', 'SB 7', 'AB 1018', 'HB 1481', 'LB 504', 'H.R. 1']) expect([bill, typeOf(index, bill)]).toEqual([bill, 'programme']);
    expect(names(index).filter((n) => /^(?:SB|AB|HB|LB|H\.R\.)$/.test(n))).toEqual([]);
    // The chambers that pass them stay bodies, and the sponsor a person.
    expect(typeOf(index, 'Senate')).toBe('organization');
    expect(typeOf(index, 'Texas House')).toBe('organization');
    expect(typeOf(index, 'Carla Jimenez')).toBe('person');
  });
});

describe('policy desk: a law\'s title with "and" and words no dictionary holds', () => {
  it('"the Health Care Cybersecurity and Resiliency Act", "the Kids Online Safety and Privacy Act", "the Dodd-Frank Wall Street Reform and Consumer Protection Act": one law each (each was cut at "and" into two laws, "Resiliency Act", "Privacy Act")', () => {
    const index = indexStory('law-titles.txt');
    expect(mentionsOf(index, 'Health Care Cybersecurity and Resiliency Act')).toEqual(['Health Care Cybersecurity and Resiliency Act@1:96']);
    expect(mentionsOf(index, 'Kids Online Safety and Privacy Act')).toEqual(['Kids Online Safety and Privacy Act@2:111']);
    expect(mentionsOf(index, 'Dodd-Frank Wall Street Reform and Consumer Protection Act')).toEqual(['Dodd-Frank Wall Street Reform and Consumer Protection Act@3:31']);
    for (const law of ['Health Care Cybersecurity and Resiliency Act', 'Kids Online Safety and Privacy Act', 'Dodd-Frank Wall Street Reform and Consumer Protection Act']) expect([law, typeOf(index, law)]).toEqual([law, 'programme']);
    expect(names(index).filter((n) => /^(?:Resiliency Act|Privacy Act|Consumer Protection Act|Health Care Cybersecurity|Kids Online Safety|Dodd-Frank Wall Street Reform)$/.test(n))).toEqual([]);
    // A chamber before "and" is no word of a law's title: "The Senate and House Bill 2290" are a body and a bill.
    expect(mentionsOf(index, 'Senate')).toEqual(['Senate@2:155', 'Senate@4:73']);
    expect(mentionsOf(index, 'House Bill 2290')).toEqual(['House Bill 2290@4:84']);
    expect(typeOf(index, 'Darren Pruitt')).toBe('person');
  });
});

describe('policy desk: a party to a case whose surname is a city\'s name too', () => {
  it('"Rivera v. Chatterly Inc.", "Hernandez v. Mesa": a one-word party that the census lists as a surname and only the list of cities holds is a person (Rivera and Mesa were places); "Kennedy v. Louisiana" keeps its state', () => {
    const index = indexStory('case-captions.txt');
    expect(mentionsOf(index, 'Rivera')).toEqual(['Rivera@2:15']);
    expect(mentionsOf(index, 'Mesa')).toEqual(['Mesa@3:44']);
    for (const party of ['Rivera', 'Mesa', 'Hernandez', 'Kennedy']) expect([party, typeOf(index, party)]).toEqual([party, 'person']);
    expect(typeOf(index, 'Louisiana')).toBe('place');
    expect(typeOf(index, 'San Francisco')).toBe('place');
    expect(mentionsOf(index, 'Chatterly Inc.')).toEqual(['Chatterly@1:103', 'Chatterly Inc.@2:25']);
    expect(typeOf(index, 'Chatterly Inc.')).toBe('organization');
  });
});

describe('policy desk: a law named by its letters and its head word', () => {
  it('"the Digital Personal Data Protection Act … The DPDP Act", "the Right to Information Act … The RTI Act": the letters and "Act" are the story\'s law whose words give them (each was a law of its own)', () => {
    const index = indexStory('law-letters.txt');
    expect(mentionsOf(index, 'Digital Personal Data Protection Act')).toEqual(['Digital Personal Data Protection Act@1:105', 'DPDP Act@2:4', 'DPDP Act@4:79']);
    expect(mentionsOf(index, 'Right to Information Act')).toEqual(['Right to Information Act@3:93', 'RTI Act@3:143']);
    expect(names(index).filter((n) => n === 'DPDP Act' || n === 'RTI Act')).toEqual([]);
    expect(typeOf(index, 'Right to Information Act')).toBe('programme');
    expect(typeOf(index, 'Meera Iyer')).toBe('person');
  });
});

describe('policy desk: a participle\'s clause after a law\'s name', () => {
  it('"under the Online Safety Act, giving platforms three months", "the Data Use and Access Act, allowing companies to share": the clause says what the sentence did, no description of the law (both were organizations, by "platforms" and "companies")', () => {
    const index = indexStory('participle-clauses.txt');
    expect(mentionsOf(index, 'Online Safety Act')).toEqual(['Online Safety Act@1:70']);
    expect(mentionsOf(index, 'Data Use and Access Act')).toEqual(['Data Use and Access Act@2:35']);
    for (const law of ['Online Safety Act', 'Data Use and Access Act', 'Digital Personal Data Protection Act']) {
      const story = law.startsWith('Digital') ? indexStory('law-letters.txt') : index;
      expect([law, typeOf(story, law)]).toEqual([law, 'programme']);
    }
    // A participle before a role opens an appositive still: "managing director of the campaign group Safe Screens".
    expect(typeOf(index, 'Tomasz Wrobel')).toBe('person');
    expect(typeOf(index, 'Safe Screens')).toBe('organization');
  });
});

describe('policy desk: a law\'s word that qualifies the noun after it', () => {
  it('"a Tacoma law firm", "a Seattle law firm", "a Gonzaga law professor": the name is where the firm is or whose the teacher is, no law (all three were programmes)', () => {
    const index = indexStory('law-compounds.txt');
    expect(mentionsOf(index, 'Tacoma')).toEqual(['Tacoma@1:59']);
    expect(mentionsOf(index, 'Seattle')).toEqual(['Seattle@2:97']);
    for (const town of ['Tacoma', 'Seattle']) expect([town, typeOf(index, town)]).toEqual([town, 'place']);
    expect(typeOf(index, 'Gonzaga')).toBe('organization');
    expect(typeOf(index, 'Pinecrest School Board')).toBe('organization');
    expect(typeOf(index, 'Nadia Osei')).toBe('person');
  });
});

describe('local desk: an aquifer', () => {
  it('"the Millbrook Aquifer": an aquifer is a place, as a creek or a reservoir is (it was an organization)', () => {
    const index = indexStory('aquifer.txt');
    expect(mentionsOf(index, 'Millbrook Aquifer')).toEqual(['Millbrook Aquifer@2:127', 'Millbrook Aquifer@3:5']);
    expect(typeOf(index, 'Millbrook Aquifer')).toBe('place');
    expect(typeOf(index, 'Tanner Creek')).toBe('place');
    expect(typeOf(index, 'Harlow County Board of Supervisors')).toBe('organization');
    expect(mentionsOf(index, 'Dana Whitcomb')).toEqual(['Dana Whitcomb@2:11', 'Whitcomb@3:71']);
  });
});

describe('technology desk: a model released under a word and a number', () => {
  it('"unveiled Atlas 3, the latest version of its model", "released Sparrow 2 in March": a dictionary word and its number after a release verb are one product (both were dropped, the number cut off a word the dictionary holds)', () => {
    const index = indexStory('release-numbers.txt');
    expect(mentionsOf(index, 'Atlas 3')).toEqual(['Atlas 3@1:51']);
    expect(mentionsOf(index, 'Sparrow 2')).toEqual(['Sparrow 2@2:81']);
    for (const model of ['Atlas 3', 'Sparrow 2']) expect([model, typeOf(index, model)]).toEqual([model, 'product']);
    // "said 4 million developers": a number after a name and no release verb stays apart.
    expect(mentionsOf(index, 'Hannah Lindqvist')).toEqual(['Hannah Lindqvist@3:16']);
    expect(typeOf(index, 'Nimbus Labs')).toBe('organization');
  });
});

describe('policy desk: a chamber\'s committee of several fields', () => {
  it('"the House Energy and Commerce Committee", "the Senate Commerce, Science and Transportation Committee": one committee each (they were cut into "House Energy" and "Commerce Committee", and "Science and Transportation Committee" without its chamber); "Duke Energy and Southern Company" stay two firms', () => {
    const index = indexStory('committees.txt');
    expect(mentionsOf(index, 'House Energy and Commerce Committee')).toEqual(['House Energy and Commerce Committee@1:141']);
    expect(mentionsOf(index, 'Senate Commerce, Science and Transportation Committee')).toEqual(['Senate Commerce, Science and Transportation Committee@2:35']);
    for (const body of ['House Energy and Commerce Committee', 'Senate Commerce, Science and Transportation Committee', 'Duke Energy', 'Southern Company']) expect([body, typeOf(index, body)]).toEqual([body, 'organization']);
    expect(names(index).filter((n) => /^(?:House Energy|Commerce Committee|Science and Transportation Committee)$/.test(n))).toEqual([]);
    expect(typeOf(index, 'Dana Kessler')).toBe('person');
  });
});

describe('courts desk: where a lawyer works', () => {
  it('"a partner at Vantara Legal", "an associate at Kelkar", "an attorney at Brightline in Pune": the firm a partner, an associate or an attorney works at is a body (they were other and places); "in Pune" stays a place', () => {
    const index = indexStory('firm-partners.txt');
    expect(mentionsOf(index, 'Kelkar')).toEqual(['Kelkar@2:28']);
    expect(mentionsOf(index, 'Brightline')).toEqual(['Brightline@2:146']);
    for (const firm of ['Vantara Legal', 'Kelkar', 'Brightline']) expect([firm, typeOf(index, firm)]).toEqual([firm, 'organization']);
    expect(typeOf(index, 'Pune')).toBe('place');
    for (const person of ['Rahul Mehra', 'Priya Nair', 'Dev Anand']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
  });
});

describe('policy desk: a law\'s letters described as a law', () => {
  it('"under the GDPR, the European Union\'s data protection law,", "under HIPAA, the federal health privacy law,": an appositive whose noun is a law\'s makes the letters a law (both were organizations); "Cravath, the law firm," stays a body and "a law professor" a person', () => {
    const index = indexStory('privacy-laws.txt');
    expect(mentionsOf(index, 'GDPR')).toEqual(['GDPR@2:122', 'GDPR@4:88']);
    expect(typeOf(index, 'GDPR')).toBe('programme');
    expect(mentionsOf(index, 'HIPAA')).toEqual(['HIPAA@3:62']);
    expect(typeOf(index, 'HIPAA')).toBe('programme');
    expect(typeOf(index, 'Cravath')).toBe('organization');
    expect(mentionsOf(index, 'Maeve Dunleavy')).toEqual(['Maeve Dunleavy@3:121', 'Dunleavy@4:0']);
    expect(typeOf(index, 'Maeve Dunleavy')).toBe('person');
  });
});
