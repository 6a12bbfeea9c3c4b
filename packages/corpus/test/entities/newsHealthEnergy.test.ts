import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Wire stories from the health, medicine, climate and energy beats, written for these tests
// (test/fixtures/news-health-energy): an outbreak update, a drug approval, a climate summit, an
// energy round-up and a heatwave, each indexed alone as a corpus of one article. Mentions are
// "text@line:character" (LSP positions).

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-health-energy', name);

describe('energy and heatwave copy: a minister\'s portfolio before the title', () => {
  it('"Saudi Energy Minister Prince Abdulaziz bin Salman": a royal style after the minister\'s title leaves the portfolio the title\'s (a body "Saudi Energy" was found)', () => {
    const index = indexStory('energy-pipeline.txt');
    expect(names(index).filter((name) => name.includes('Energy Minister') || name === 'Saudi Energy')).toEqual([]);
    expect(mentionsOf(index, 'Abdulaziz bin Salman')).toEqual(['Abdulaziz bin Salman@4:29']);
    expect(typeOf(index, 'Abdulaziz bin Salman')).toBe('person');
    expect(mentionsOf(index, 'Saudi Arabia')).toEqual(['Saudi@4:0']);
  });

  it('"Climate Crisis and Civil Protection Minister Giannis Kefalogiannis said": fields joined by "and" before "Minister" are the portfolio, whatever head words they hold (an event "Climate Crisis" was found)', () => {
    const index = indexStory('heatwave-wildfire.txt');
    expect(names(index).filter((name) => /Crisis|Protection/.test(name) && name !== 'EU Civil Protection Mechanism')).toEqual([]);
    expect(mentionsOf(index, 'Giannis Kefalogiannis')).toEqual(['Giannis Kefalogiannis@6:45']);
    expect(typeOf(index, 'Giannis Kefalogiannis')).toBe('person');
  });

  it('"Water and Sanitation Minister Senzo Mchunu", "Housing and Local Government Minister Nga Kor Ming": no body "Water" or "Housing and Local Government"; a council\'s secretary keeps the council, a US secretary his department', () => {
    const text = 'Cuts were announced, said Water and Sanitation Minister Senzo Mchunu. It closed, said Housing and Local Government Minister Nga Kor Ming.\n' +
      'The Peace and Security Council Secretary Ahmed Kamal spoke. He said Health and Human Services Secretary Robert F. Kennedy Jr. was wrong.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(names(index).sort()).toEqual(['Ahmed Kamal', 'Health and Human Services', 'Nga Kor Ming', 'Peace and Security Council', 'Robert F. Kennedy Jr.', 'Senzo Mchunu']);
    expect(mentionsOf(index, 'Senzo Mchunu')).toEqual(['Senzo Mchunu@0:56']);
    expect(mentionsOf(index, 'Nga Kor Ming')).toEqual(['Nga Kor Ming@0:124']);
    expect(typeOf(index, 'Peace and Security Council')).toBe('organization');
  });
});

describe('drug copy: what a maker sells', () => {
  it('"Kisunla will compete with Leqembi, sold by Japan\'s Eisai": a name before "sold by", "made by", "marketed by" is a product, though a rival\'s cue said a body (Leqembi was an organization); the maker stays a company', () => {
    const index = indexStory('drug-approval.txt');
    expect(mentionsOf(index, 'Leqembi')).toEqual(['Leqembi@8:26', 'Leqembi@14:118']);
    expect(typeOf(index, 'Leqembi')).toBe('product');
    expect(mentionsOf(index, 'Kisunla')).toEqual(['Kisunla@4:120', 'Kisunla@8:0']);
    expect(typeOf(index, 'Kisunla')).toBe('product');
    expect(typeOf(index, 'Eisai')).toBe('organization');
  });

  it('"Patients took Zolgensma, which is sold by Novartis": a product; "starring Tom Hanks, made by Spielberg" keeps a person', () => {
    const index = indexTexts({ 'a.txt': 'Patients took Zolgensma, which is sold by Novartis. The film starred Tom Hanks, made by Spielberg.\n' });
    expect(typeOf(index, 'Zolgensma')).toBe('product');
    expect(typeOf(index, 'Novartis')).toBe('organization');
    expect(typeOf(index, 'Tom Hanks')).toBe('person');
  });
});

describe('climate summit copy: blocs and funds', () => {
  it('"The Group of 77 and China, which negotiates for …": "the Group of" and a count name a bloc, and China stays a place (a body "Group" was found)', () => {
    const index = indexStory('climate-summit.txt');
    expect(mentionsOf(index, 'Group of 77')).toEqual(['Group of 77@4:4']);
    expect(typeOf(index, 'Group of 77')).toBe('organization');
    expect(names(index)).not.toContain('Group');
    expect(mentionsOf(index, 'China')).toEqual(['China@4:20']);
  });

  it('"Talks by the Group of 24 on debt stalled": another bloc so counted', () => {
    const index = indexTexts({ 'a.txt': 'Talks by the Group of 24 on debt stalled.\n' });
    expect(mentionsOf(index, 'Group of 24')).toEqual(['Group of 24@0:13']);
    expect(typeOf(index, 'Group of 24')).toBe('organization');
  });
});

describe('climate summit copy: a Portuguese "do" after a title', () => {
  it('"COP30 President André Corrêa do Lago told delegates": the surnames\' "do" joins them though a title opens the run (it gave "André Corrêa" and a person "Lago")', () => {
    const index = indexStory('climate-summit.txt');
    expect(mentionsOf(index, 'André Corrêa do Lago')).toEqual(['André Corrêa do Lago@6:16']);
    expect(typeOf(index, 'André Corrêa do Lago')).toBe('person');
    expect(names(index).filter((name) => name === 'Lago' || name === 'André Corrêa')).toEqual([]);
  });

  it('"Later André Corrêa do Lago told delegates", "Economist Manuel Pinto do Carmo said": a sentence\'s first word or a role before the given name; "Why would President Joe Biden do Iowa again?" stays two names', () => {
    const index = indexTexts({ 'a.txt': 'Later André Corrêa do Lago told delegates. Economist Manuel Pinto do Carmo said it. Why would President Joe Biden do Iowa again?\n' });
    expect(mentionsOf(index, 'André Corrêa do Lago')).toEqual(['André Corrêa do Lago@0:6']);
    expect(mentionsOf(index, 'Manuel Pinto do Carmo')).toEqual(['Manuel Pinto do Carmo@0:53']);
    expect(typeOf(index, 'Joe Biden')).toBe('person');
    expect(typeOf(index, 'Iowa')).toBe('place');
  });
});

describe('heatwave copy: a utility named by what it supplies', () => {
  it('"Pacific Gas and Electric said it might cut power": two of a utility\'s supplies joined by "and" close one company (it gave "Pacific Gas" and a body "Electric")', () => {
    const index = indexStory('heatwave-wildfire.txt');
    expect(mentionsOf(index, 'Pacific Gas and Electric')).toEqual(['Pacific Gas and Electric@10:230']);
    expect(typeOf(index, 'Pacific Gas and Electric')).toBe('organization');
    expect(names(index).filter((name) => name === 'Electric' || name === 'Pacific Gas')).toEqual([]);
  });

  it('"Customers of Florida Power and Light complained": a company, no person (by the surname "Light"); "He compared British Gas and Scottish Power" joins no two companies', () => {
    const index = indexTexts({ 'a.txt': 'Customers of Florida Power and Light complained. He compared British Gas and Scottish Power.\n' });
    expect(mentionsOf(index, 'Florida Power and Light')).toEqual(['Florida Power and Light@0:13']);
    expect(typeOf(index, 'Florida Power and Light')).toBe('organization');
    expect(mentionsOf(index, 'British Gas')).toEqual(['British Gas@0:61']);
    expect(names(index).some((name) => name.includes('Gas and'))).toBe(false);
  });
});

describe('heatwave copy: where a town lies', () => {
  it('"recorded 46C in El Granado, near Huelva": a town placed by "near" and a known place after its comma is a place (it was a body)', () => {
    const index = indexStory('heatwave-wildfire.txt');
    expect(mentionsOf(index, 'El Granado')).toEqual(['El Granado@8:156']);
    expect(typeOf(index, 'El Granado')).toBe('place');
    expect(typeOf(index, 'Huelva')).toBe('place');
  });

  it('"On the island of Evia, the civil protection ministry ordered": the opening phrase\'s name is followed by the sentence\'s clause, no appositive (the island was a body)', () => {
    const index = indexStory('heatwave-wildfire.txt');
    expect(mentionsOf(index, 'Evia')).toEqual(['Evia@4:17']);
    expect(typeOf(index, 'Evia')).toBe('place');
  });

  it('"Fires burned in Kinneta, outside Athens", "In the town of Paradise, the utility cut power": places', () => {
    const index = indexTexts({ 'a.txt': 'Fires burned in Kinneta, outside Athens. In the town of Paradise, the utility cut power.\n' });
    expect(typeOf(index, 'Kinneta')).toBe('place');
    expect(typeOf(index, 'Paradise')).toBe('place');
  });
});

describe('climate summit copy: a think tank', () => {
  it('"director of the Nairobi-based think tank Power Shift Africa": "think tank" before a name says a body (it was other), and the continent inside stays a place', () => {
    const index = indexStory('climate-summit.txt');
    expect(mentionsOf(index, 'Power Shift Africa')).toEqual(['Power Shift Africa@12:176']);
    expect(typeOf(index, 'Power Shift Africa')).toBe('organization');
    expect(typeOf(index, 'Mohamed Adow')).toBe('person');
  });

  it('"the think-tank Bruegel", hyphened: a body too', () => {
    const index = indexTexts({ 'a.txt': 'Analysts at the think-tank Bruegel said so.\n' });
    expect(mentionsOf(index, 'Bruegel')).toEqual(['Bruegel@0:27']);
    expect(typeOf(index, 'Bruegel')).toBe('organization');
  });
});

describe('health and energy copy: long forms and their letters are one entity', () => {
  it('"the World Health Organization (WHO)" then "the WHO", "Africa Centres for Disease Control and Prevention (Africa CDC)", "Médecins Sans Frontières (MSF)"', () => {
    const index = indexStory('outbreak-update.txt');
    expect(mentionsOf(index, 'World Health Organization')).toEqual(['WHO@0:0', 'World Health Organization@2:32', 'WHO@2:59', 'WHO@4:123', 'WHO@10:23', 'WHO@10:309', 'WHO@12:216']);
    expect(mentionsOf(index, 'Africa CDC')).toEqual(['Africa Centres for Disease Control and Prevention@10:132', 'Africa CDC@10:183', 'Africa CDC@10:290']);
    expect(mentionsOf(index, 'Doctors Without Borders')).toEqual(['Médecins Sans Frontières@8:186', 'MSF@8:212']);
    expect(mentionsOf(index, 'Institut National de Recherche Biomédicale')).toEqual(['Institut National de Recherche Biomédicale@12:18', 'INRB@12:62']);
  });

  it('"The European Medicines Agency (EMA)", "the Federal Energy Regulatory Commission (FERC)", "the Alliance of Small Island States (AOSIS)", "the California Department of Forestry and Fire Protection (Cal Fire)"', () => {
    expect(mentionsOf(indexStory('drug-approval.txt'), 'European Medicines Agency')).toEqual(['European Medicines Agency@8:138', 'EMA@8:165']);
    expect(mentionsOf(indexStory('energy-pipeline.txt'), 'Federal Energy Regulatory Commission')).toEqual(['Federal Energy Regulatory Commission@12:25', 'FERC@12:63']);
    expect(mentionsOf(indexStory('climate-summit.txt'), 'Alliance of Small Island States')).toEqual(['Alliance of Small Island States@8:4', 'AOSIS@8:37']);
    expect(mentionsOf(indexStory('heatwave-wildfire.txt'), 'Cal Fire')).toEqual(['California Department of Forestry and Fire Protection@10:74', 'Cal Fire@10:129']);
  });
});
