import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short news stories written for these tests (test/fixtures/news-politics-business), each indexed alone
// as a corpus of one article, with invented people and firms beside a few real names: shapes of
// politics and business copy that typed or cut a name wrongly. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-politics-business', name);

describe('politics and business: a firm\'s compound head word', () => {
  it('"Sun Microsystems\'s planned buy", "Lee Biotechnologies", "Park Telecommunications": a head word closing with a firm\'s head ("-systems", "-technologies") names a firm (all three were persons: the first words are listed surnames)', () => {
    const index = indexStory('tech-buyouts.txt');
    expect(mentionsOf(index, 'Sun Microsystems')).toEqual(['Sun Microsystems@2:50']);
    for (const firm of ['Sun Microsystems', 'Lee Biotechnologies', 'Park Telecommunications', 'Harwell Partners']) expect([firm, typeOf(index, firm)]).toEqual([firm, 'organization']);
    expect(typeOf(index, 'Mara Quill')).toBe('person');
  });
});

describe('politics and business: plural titles written short', () => {
  it('"Reps. Ann Kilby, Tom Baird and Rosa Venn argued", "Sens. Mark Dunne and Lisa Orr agreed": the short plural title ends no sentence and is no name (it was "Reps", an event, and "Sens", a person); after "the" it is a team\'s ("lost 3-2 to the Sens. Toronto coach")', () => {
    const index = indexStory('plural-titles.txt');
    expect(mentionsOf(index, 'Ann Kilby')).toEqual(['Ann Kilby@2:29']);
    expect(mentionsOf(index, 'Mark Dunne')).toEqual(['Mark Dunne@2:103']);
    expect(names(index).filter((n) => n === 'Reps' || n.startsWith('Reps') || n.startsWith('Sens '))).toEqual([]);
    expect(mentionsOf(index, 'Sens').map((m) => m.split('@')[1]!.split(':')[0])).toEqual(['3']);
    for (const person of ['Tom Baird', 'Rosa Venn', 'Lisa Orr', 'Dave Ellery']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
  });
});

describe('politics and business: a body of two places', () => {
  it('"The High Court of Punjab and Haryana granted bail", "the Bar Council of Maharashtra and Goa": a body\'s head, "of" and two places joined by "and" are one body (it was "High Court of Punjab" and a body "Haryana"); not before a possessive or a further name ("the Bank of Japan and China\'s central bank", "the University of Oxford and Harvard University")', () => {
    const index = indexStory('bar-council.txt');
    expect(mentionsOf(index, 'High Court of Punjab and Haryana')).toEqual(['High Court of Punjab and Haryana@2:4']);
    expect(mentionsOf(index, 'Bar Council of Maharashtra and Goa')).toEqual(['Bar Council of Maharashtra and Goa@2:129']);
    expect(typeOf(index, 'High Court of Punjab and Haryana')).toBe('organization');
    expect(typeOf(index, 'Goa')).toBe('place');
    expect(typeOf(index, 'Haryana')).toBe('place');
    expect(mentionsOf(index, 'Bank of Japan')).toEqual(['Bank of Japan@3:4']);
    expect(typeOf(index, 'China')).toBe('place');
    expect(mentionsOf(index, 'University of Oxford')).toEqual(['University of Oxford@3:65']);
    expect(typeOf(index, 'Harvard University')).toBe('organization');
  });
});

describe('politics and business: a party named by a common noun and its cause', () => {
  it('"the Umbrella for Democratic Change won 15 seats", "the Rally for Culture and Democracy": a party\'s word that is no head ("Umbrella", "Platform", "Rally"), "for" and its cause are one party (they named nothing); "held a Rally for Peace" is no party', () => {
    const index = indexStory('party-for.txt');
    expect(mentionsOf(index, 'Umbrella for Democratic Change')).toEqual(['Umbrella for Democratic Change@2:31']);
    expect(mentionsOf(index, 'Platform for Democratic Change')).toEqual(['Platform for Democratic Change@2:97']);
    expect(mentionsOf(index, 'Rally for Culture and Democracy')).toEqual(['Rally for Culture and Democracy@2:146']);
    for (const party of ['Umbrella for Democratic Change', 'Platform for Democratic Change', 'Rally for Culture and Democracy']) expect([party, typeOf(index, party)]).toEqual([party, 'organization']);
    expect(names(index).filter((n) => n.includes('Peace'))).toEqual([]);
    expect(typeOf(index, 'Lesego Moremi')).toBe('person');
  });
});

describe('politics and business: a surname-first name after an office of state', () => {
  it('"Prime Minister Nguyen Tan Dung met several world leaders", "Mr. Dung said": a surname no dictionary holds opening the name after the office makes its holder, though the last word ("Dung") is a word too (the title stayed in the name)', () => {
    const index = indexStory('summit-sidelines.txt');
    expect(mentionsOf(index, 'Nguyen Tan Dung')).toEqual(['Nguyen Tan Dung@2:15', 'Dung@3:4']);
    expect(typeOf(index, 'Nguyen Tan Dung')).toBe('person');
    expect(mentionsOf(index, 'Le Van Long')).toEqual(['Le Van Long@2:114']);
    expect(names(index).filter((n) => n.startsWith('Prime Minister') || n.startsWith('President'))).toEqual([]);
  });
});

describe('politics and business: India\'s "Union" before a government\'s noun', () => {
  it('"Union minister Ravi Desai said", "the Union government", "the Union budget": "Union" alone before a lower-case office or budget is an adjective and names no body (it was a body "Union" of three mentions); "the European Union … the Union had sent observers" keeps its short form', () => {
    const index = indexStory('union-minister.txt');
    expect(mentionsOf(index, 'European Union')).toEqual(['European Union@3:4', 'Union@3:59']);
    expect(mentionsOf(index, 'Ravi Desai')).toEqual(['Ravi Desai@2:15']);
    expect(names(index)).not.toContain('Union');
  });
});

describe('politics and business: a leader before "-led"', () => {
  it('"the Kavitha Ramesh Rao-led People\'s Welfare Front", "the Mahinda Perera-led alliance": the article is the noun\'s after the hyphened participle, so the leader stays a person (both were bodies by "the")', () => {
    const index = indexStory('led-alliances.txt');
    expect(mentionsOf(index, 'Kavitha Ramesh Rao')).toEqual(['Kavitha Ramesh Rao@2:45', 'Rao@3:0']);
    expect(typeOf(index, 'Kavitha Ramesh Rao')).toBe('person');
    expect(mentionsOf(index, 'Mahinda Perera')).toEqual(['Mahinda Perera@2:110']);
    expect(typeOf(index, 'Mahinda Perera')).toBe('person');
    expect(typeOf(index, "People's Welfare Front")).toBe('organization');
  });
});

describe('politics and business: a town "at" a place "in" its country', () => {
  it('"difficulties at Corby in the UK and strikes", "near Blyth in England": one word after "at" or "near" and before "in" a listed country is a place (Corby was a person: a listed surname)', () => {
    const index = indexStory('plant-troubles.txt');
    expect(mentionsOf(index, 'Corby')).toEqual(['Corby@2:68']);
    expect(typeOf(index, 'Corby')).toBe('place');
    expect(mentionsOf(index, 'Blyth')).toEqual(['Blyth@2:137']);
    expect(typeOf(index, 'Blyth')).toBe('place');
    expect(typeOf(index, 'Pierre Lavoie')).toBe('person');
  });
});

describe('politics and business: a lede\'s first words in capitals', () => {
  it('"IN advanced democracies, the loser concedes", "A CONTROVERSIAL plan to sell the port": a preposition or a dictionary word in capitals opening a paragraph before a lower-case word is no name (both were bodies); "WHO officials", "US troops" stay names', () => {
    const index = indexStory('drop-cap-lede.txt');
    expect(names(index).filter((n) => n === 'IN' || n === 'CONTROVERSIAL')).toEqual([]);
    expect(mentionsOf(index, 'Lazarus Chakwera')).toEqual(['Lazarus Chakwera@2:99']);
    expect(mentionsOf(index, 'Kenya Ports Authority')).toEqual(['Kenya Ports Authority@4:57']);
    expect(typeOf(index, 'World Health Organization')).toBe('organization');
    expect(typeOf(index, 'United States')).toBe('place');
  });
});

describe('politics and business: elected to an office', () => {
  it('"Lourenço is re-elected president of the republic", "Okonjwe was sworn in as governor": a copula, a participle of taking office and the office say a person (the first was dropped, the second other)', () => {
    const index = indexStory('reelected.txt');
    expect(mentionsOf(index, 'Lourenço')).toEqual(['Lourenço@2:87']);
    expect(typeOf(index, 'Lourenço')).toBe('person');
    expect(mentionsOf(index, 'Okonjwe')).toEqual(['Okonjwe@3:14']);
    expect(typeOf(index, 'Okonjwe')).toBe('person');
  });
});

describe('politics and business: a hyphened name\'s hyphened initials', () => {
  it('"Harrow-Pemberton Co. made a takeover offer … accept H-P\'s offer": capitals joined by a hyphen are the initials of the story\'s hyphened name (they were a name of their own, typed other)', () => {
    const index = indexStory('takeover-offer.txt');
    expect(mentionsOf(index, 'Harrow-Pemberton Co.')).toEqual(['Harrow-Pemberton Co.@2:77', 'H-P@3:65', 'H-P@3:153']);
    expect(typeOf(index, 'Harrow-Pemberton Co.')).toBe('organization');
    expect(mentionsOf(index, 'Quillon Corp.')).toEqual(['Quillon Corp.@2:36', 'Quillon@3:0']);
  });
});
