import { describe, expect, it } from 'vitest';
import { allSurfaces, entityNamed, indexTexts, mentionsAt, surfaces } from '../helpers/indexTexts.js';

describe('news aliases: two spellings of one entity merged, two entities kept apart', () => {
  it('a word its sentence typed as a thing of its own, apart from the longer name it opens, is that thing when named alone again: "the Europa Clipper … Europa, an icy moon of Jupiter, … fly past Europa" (the later Europa went to the probe); "Lewis Hamilton … in Hamilton, a city … Hamilton said" stays the driver', () => {
    const text = 'NASA launched the Europa Clipper on Monday. Europa, an icy moon of Jupiter, may hide an ocean. The probe will fly past Europa 49 times.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Europa')).toEqual([`Europa@${text.indexOf('Europa,')}`, `Europa@${text.indexOf('Europa 49')}`]);
    expect(entityNamed(index, 'Europa').type).toBe('place');
    expect(mentionsAt(index, 'Europa Clipper')).toEqual([`Europa Clipper@${text.indexOf('Europa Clipper')}`]);
    const f1 = 'Lewis Hamilton won the race. Fans in Hamilton, a city in Ontario, cheered. Hamilton said he was delighted.';
    expect(mentionsAt(indexTexts({ 'a.txt': f1 + '\n' }), 'Lewis Hamilton')).toEqual(['Lewis Hamilton@0', `Hamilton@${f1.lastIndexOf('Hamilton')}`]);
  });

  it('a word and a body\'s head word after a known place stand for the body by the word alone: "The U.S. Treasury Department\'s Office of Foreign Assets Control … the Treasury accused", "the U.S. Commerce Department … Commerce said" (each was apart from its department); "Treasury yields rose" in another story is not the department', () => {
    const text = "The U.S. Treasury Department's Office of Foreign Assets Control designated 14 vessels. The Treasury accused the network of laundering billions. The U.S. Commerce Department added firms to its list. Commerce said the rules apply at once.";
    const index = indexTexts({ 'a.txt': text + '\n', 'b.txt': 'Bond markets: Treasury yields rose on Friday.\n' });
    expect(mentionsAt(index, 'U.S. Treasury Department')).toEqual([`U.S. Treasury Department@${text.indexOf('U.S. Treasury')}`, `Treasury@${text.indexOf('Treasury accused')}`]);
    expect(mentionsAt(index, 'U.S. Commerce Department')).toEqual([`U.S. Commerce Department@${text.indexOf('U.S. Commerce')}`, `Commerce@${text.indexOf('Commerce said')}`]);
  });

  it('an initialism whose period ended its sentence is no part of the surname after it: "according to the U.N. Dagalo denied it" and "a lot to L.A. Bronny James watched" are the United Nations, Los Angeles and a person each; "U.S. Bancorp" and "by J.R.R. Tolkien" stay whole', () => {
    const text =
      'The RSF is led by Mohamed Hamdan Dagalo. The war has killed 13,000 people, according to the U.N. Dagalo denied it. LeBron James scored 40 in Los Angeles. Ham said the win meant a lot to L.A. Bronny James watched from the stands.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Mohamed Hamdan Dagalo')).toEqual([`Mohamed Hamdan Dagalo@${text.indexOf('Mohamed')}`, `Dagalo@${text.indexOf('Dagalo denied')}`]);
    expect(surfaces(index, 'United Nations')).toEqual(['U.N.']);
    expect(surfaces(index, 'Bronny James')).toEqual(['Bronny James']);
    expect(entityNamed(index, 'Bronny James').type).toBe('person');
    expect(surfaces(index, 'Los Angeles')).toEqual(['Los Angeles', 'L.A.']);
    const near = indexTexts({
      'a.txt': 'Richard Davis runs a bank. Shares of U.S. Bancorp rose. Christopher Tolkien edited the books in Los Angeles. They were written by J.R.R. Tolkien in Oxford.\n',
    });
    expect(surfaces(near, 'U.S. Bancorp')).toEqual(['U.S. Bancorp']);
    expect(surfaces(near, 'J.R.R. Tolkien')).toEqual(['J.R.R. Tolkien']);
  });
});

describe('news aliases: relatives', () => {
  it('a relative named by the two last words of a longer name named before is another person: "Mahamat Idriss Déby … his father, Idriss Déby, was killed" keeps the father apart, while "Mahamat Déby" is the son; without the kinship noun "Idriss Déby said" is the son', () => {
    const text = "Chad's president, Mahamat Idriss Déby, said his country could not cope. Mahamat Déby took power after his father, Idriss Déby, was killed in 2021.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Mahamat Idriss Déby')).toEqual(['Mahamat Idriss Déby', 'Mahamat Déby']);
    expect(surfaces(index, 'Idriss Déby')).toEqual(['Idriss Déby']);
    expect(entityNamed(index, 'Idriss Déby').type).toBe('person');
    const near = indexTexts({ 'a.txt': "Chad's president, Mahamat Idriss Déby, said his country could not cope. Idriss Déby said the camps were full.\n" });
    expect(surfaces(near, 'Mahamat Idriss Déby')).toEqual(['Mahamat Idriss Déby', 'Idriss Déby']);
  });
});

describe('news aliases: a pronoun after a surname that a relative shares', () => {
  it('an interview\'s speaker label is the speaker, whatever pronoun follows it: "Lindqvist: He is a marine biologist" after "Her father, Erik Lindqvist" is the glaciologist answering (it went to her father)', () => {
    const text = 'Anna Lindqvist is a glaciologist. Her father, Erik Lindqvist, worked in the mine.\nQ: Your brother Magnus is also a scientist.\nLindqvist: He is a marine biologist. He studies cod.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Anna Lindqvist')).toEqual(['Anna Lindqvist', 'Lindqvist']);
    expect(surfaces(index, 'Erik Lindqvist')).toEqual(['Erik Lindqvist']);
  });

  it('"His daughter, Keiko Fujimori, … Fujimori leads the polls, and she will face a runoff" is the daughter (the surname went to her father, the relative set aside); "Fujimori said he had been treated unfairly" stays the father', () => {
    const text = 'Former President Alberto Fujimori died in 2024. His daughter, Keiko Fujimori, is running for president. Fujimori leads the polls, and she will face a runoff.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Keiko Fujimori')).toEqual(['Keiko Fujimori', 'Fujimori']);
    expect(surfaces(index, 'Alberto Fujimori')).toEqual(['Alberto Fujimori']);
    const near = indexTexts({ 'a.txt': 'Former President Alberto Fujimori was jailed in 2009. His daughter, Keiko Fujimori, visited him. Fujimori said he had been treated unfairly.\n' });
    expect(surfaces(near, 'Alberto Fujimori')).toEqual(['Alberto Fujimori', 'Fujimori']);
    expect(surfaces(near, 'Keiko Fujimori')).toEqual(['Keiko Fujimori']);
  });
});

describe('news aliases: bodies of one country', () => {
  it('"Congress" after another country\'s possessive is that country\'s parliament in the story: "Mexico\'s Congress approved the reform … Congress had listened" and "Peru\'s Congress" are not the lists\' U.S. Congress of a story from Washington; "America\'s Congress" is', () => {
    const index = indexTexts({
      'a.txt': "Mexico's Congress approved a judicial overhaul on Monday. President Claudia Sheinbaum said Congress had listened to voters.\n",
      'b.txt': 'Lawmakers met in Washington on Tuesday. Congress passed the budget.\n',
      'c.txt': "Peru's Congress removed the president on Friday.\n",
      'd.txt': "Lawmakers cheered in Washington. America's Congress met again on Friday.\n",
    });
    const congresses = index.entities.filter((e) => e.name === 'Congress');
    const files = congresses.map((e) => [...new Set(index.mentionsOf(e).map((m) => m.file))].sort().join(' ')).sort();
    expect(files).toEqual(['a.txt', 'b.txt d.txt', 'c.txt']);
  });
});

describe('news aliases: initials', () => {
  it('dotted initials that name no place before a word no dictionary holds are a name\'s own initials, no body inside it: "A.P. Moller-Maersk said" holds no Associated Press, while "Shares of U.S. Bancorp rose" still holds the United States', () => {
    const index = indexTexts({ 'a.txt': 'COPENHAGEN (AP) — A.P. Moller-Maersk said it would divert ships. Shares of U.S. Bancorp rose.\n' });
    expect(surfaces(index, 'Associated Press')).toEqual(['AP']);
    expect(surfaces(index, 'A.P. Moller-Maersk')).toEqual(['A.P. Moller-Maersk']);
    expect(surfaces(index, 'United States')).toEqual(['U.S.']);
  });
});

describe('news aliases: an acronym a name spells', () => {
  it('an acronym that one of the story\'s names spells is that name, not a longer name it opens ("the University of New Mexico … the UNM College of Nursing … UNM said" went to the college); an acronym no name spells still opens one ("RIA Novosti … RIA said")', () => {
    const text = 'Scientists at the University of New Mexico found plastics. A professor at the UNM College of Nursing led the team. UNM said the study was sound.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    // The college's own "UNM" is the university's too, as "California" in "University of California" is the state's.
    expect(mentionsAt(index, 'University of New Mexico')).toEqual([
      `University of New Mexico@${text.indexOf('University of New Mexico')}`,
      `UNM@${text.indexOf('UNM College')}`,
      `UNM@${text.indexOf('UNM said')}`,
    ]);
    expect(surfaces(index, 'UNM College of Nursing')).toEqual(['UNM College of Nursing']);
    const agency = indexTexts({ 'a.txt': 'RIA Novosti reported the strike. RIA said later that two died.\n' });
    expect(surfaces(agency, 'RIA Novosti')).toEqual(['RIA Novosti', 'RIA']);
  });
});

describe('news aliases: opening words and the capitals of the rest', () => {
  it('a name of a fuller name\'s opening words and the capitals of its other words is that name: "the Africa Centres for Disease Control and Prevention … director-general of Africa CDC" is one body (they were two, "CDC" dropped); "Africa CDC" beside two names giving those letters after "Africa" stays apart', () => {
    const text = 'The Africa Centres for Disease Control and Prevention said cases rose. Jean Kaseya, director-general of Africa CDC, spoke in Addis Ababa.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Africa Centres for Disease Control and Prevention')).toEqual(['Africa Centres for Disease Control and Prevention', 'Africa CDC']);
    const two = indexTexts({ 'a.txt': 'The Africa Centres for Disease Control said cases rose. The Africa Council for Development Cooperation disagreed. Africa CDC spoke later.\n' });
    expect(surfaces(two, 'Africa CDC')).toEqual(['Africa CDC']);
  });
});

describe('news aliases: an honorific before a known word', () => {
  it('a word the lists know as something else is, after an honorific, the surname of the story\'s person named so, though the lists know no given name of theirs: "Nahid Islam, now a minister … Mr. Islam, 26," is the minister (it was the religion, typed other); "Islam" with no honorific stays the religion', () => {
    const text = 'One of them, Nahid Islam, now a minister in the interim cabinet, said the parties had learned nothing. Mr. Islam, 26, studied sociology. Islam is the main religion.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Nahid Islam')).toEqual([`Nahid Islam@${text.indexOf('Nahid')}`, `Islam@${text.indexOf('Islam, 26')}`]);
    expect(entityNamed(index, 'Nahid Islam').type).toBe('person');
    expect(surfaces(index, 'Islam')).toEqual(['Islam']);
  });
});

describe('news aliases: a surname two people share, described before the second is named', () => {
  it('a surname whose appositive holds a title word is not the person the story names later with that title: "Its leader, Han Dong-hoon, … Han, a former justice minister, … Prime Minister Han Duck-soo" puts "Han" with Han Dong-hoon (it went to Han Duck-soo, named twice)', () => {
    const text = 'Its leader, Han Dong-hoon, called the declaration wrong. Han, a former justice minister, was once his protege. Prime Minister Han Duck-soo would lead the country. Han Duck-soo, 75, has served five presidents.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Han Dong-hoon')).toEqual([`Han Dong-hoon@${text.indexOf('Han Dong')}`, `Han@${text.indexOf('Han, a')}`]);
    expect(surfaces(index, 'Han Duck-soo')).toEqual(['Han Duck-soo', 'Han Duck-soo']);
  });
});

describe('news aliases: a Spanish married name', () => {
  it('a woman\'s Spanish married name ("Estela Barnes de Carlotto") stands for her by its last word, though a relative without the particle is named later ("Carlotto spent 36 years searching" went to her grandson); "Charles de Gaulle" is still no "Gaulle"', () => {
    const text = 'Estela Barnes de Carlotto, who led the group, has died. Carlotto spent 36 years searching. In 2014, tests confirmed that Ignacio Montoya Carlotto was her grandson.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Estela Barnes de Carlotto')).toEqual(['Estela Barnes de Carlotto@0', `Carlotto@${text.indexOf('Carlotto spent')}`]);
    expect(surfaces(index, 'Ignacio Montoya Carlotto')).toEqual(['Ignacio Montoya Carlotto']);
    const french = indexTexts({ 'a.txt': 'Charles de Gaulle led France. Later Anne Gaulle spoke, and Gaulle agreed.\n' });
    expect(surfaces(french, 'Charles de Gaulle')).toEqual(['Charles de Gaulle']);
  });
});

describe('news aliases: nationalities', () => {
  it('a nationality the country lists spell otherwise is no short form of a party it opens: "the choice of the Maldivian people" is not the Maldivian Democratic Party, whose name keeps its adjective; "the Nepali Congress" stays whole', () => {
    const text = 'The Maldivian Democratic Party (MDP) won 12 seats. China respected "the choice of the Maldivian people." The Nepali Congress won 88 seats.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Maldivian Democratic Party')).toEqual(['Maldivian Democratic Party', 'MDP']);
    expect(index.entities.map((e) => e.name).sort()).toEqual(['China', 'Maldivian Democratic Party', 'Nepali Congress']);
  });
});

describe('news aliases: works named after people', () => {
  it('a name quoted whole after a possessive is a work, no short form of the person it is named after: \'Christopher Nolan\'s "Oppenheimer" won seven Oscars\' is not J. Robert Oppenheimer, whose surname alone later is his', () => {
    const text = 'Christopher Nolan\'s "Oppenheimer" won seven Oscars. Cillian Murphy won for playing J. Robert Oppenheimer, the physicist. Oppenheimer led the Manhattan Project.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'J. Robert Oppenheimer')).toEqual([`J. Robert Oppenheimer@${text.indexOf('J. Robert')}`, `Oppenheimer@${text.lastIndexOf('Oppenheimer')}`]);
    expect(entityNamed(index, 'J. Robert Oppenheimer').type).toBe('person');
    const film = index.entities.find((e) => e.name === 'Oppenheimer');
    expect(film && index.mentionsOf(film).map((m) => m.text)).toEqual(['Oppenheimer']);
    expect(film?.type).toBe('other');
  });
});

describe('news aliases: bodies named without their place', () => {
  it('a body named without the "of" and known place that close its full name is the story\'s one body so named: "The Election Commission of India announced the dates. The Election Commission said" and "the Supreme Court of Pakistan … The Supreme Court" are one body each; beside two central banks "The Central Bank" is neither\'s', () => {
    const index = indexTexts({
      'a.txt': 'The Election Commission of India announced the dates. The Election Commission said voting would begin in April.\n',
      'b.txt': 'The Supreme Court of Pakistan ruled on Monday. The Supreme Court said the vote was illegal.\n',
      'c.txt': 'The Central Bank of Nigeria raised rates. The Central Bank of Kenya held. The Central Bank said inflation was high.\n',
    });
    expect(surfaces(index, 'Election Commission of India')).toEqual(['Election Commission of India', 'Election Commission']);
    expect(surfaces(index, 'Supreme Court of Pakistan')).toEqual(['Supreme Court of Pakistan', 'Supreme Court']);
    expect(surfaces(index, 'Central Bank of Nigeria')).toEqual(['Central Bank of Nigeria']);
    expect(surfaces(index, 'Central Bank')).toEqual(['Central Bank']);
  });
});

describe('news aliases: a country\'s possessive before a listed body', () => {
  it('a body\'s name after a country\'s possessive is the listed body named with that country first: "China\'s National Space Administration did not comment. The CNSA plans" is one agency; "China\'s Foreign Ministry" is no listed name and stays China\'s own', () => {
    const index = indexTexts({
      'a.txt': "China's National Space Administration did not comment. The CNSA plans to launch Chang'e-6 next year. China's Foreign Ministry said so.\n",
    });
    expect(surfaces(index, 'China National Space Administration')).toEqual(['National Space Administration', 'CNSA']);
    expect(surfaces(index, 'Foreign Ministry')).toEqual(['Foreign Ministry']);
  });
});

describe('news aliases: a city and its team', () => {
  it('a known city before its civic office is the city, no club named after it: "The Denver Nuggets lost … Denver Mayor Mike Johnston attended. Denver police arrested two fans" keeps both in the city, while "Denver coach Michael Malone" is the club\'s', () => {
    const text = 'The Denver Nuggets lost 110-98 on Friday. Denver Mayor Mike Johnston attended. Denver police arrested two fans. Denver coach Michael Malone said so.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Denver')).toEqual([`Denver@${text.indexOf('Denver Mayor')}`, `Denver@${text.indexOf('Denver police')}`]);
    expect(entityNamed(index, 'Denver').type).toBe('place');
    expect(mentionsAt(index, 'Denver Nuggets')).toEqual([`Denver Nuggets@${text.indexOf('Denver Nuggets')}`, `Denver@${text.indexOf('Denver coach')}`]);
  });
});

describe('news aliases: a city that is a given name too', () => {
  it('a city whose name is a given name is still no short form of a club or a body named after it ("Flooding in Valencia kills dozens" and a source titled "Inundaciones en Valencia" went to Valencia CF, named once in the story); "Valencia coach Carlos Corberán" is the club\'s, and "Florence Pugh … Florence said" hers', () => {
    const text = 'Flooding in Valencia kills dozens\n\nFloods in the region of Valencia killed 95 people. Valencia CF postponed its match.\n\nSources\n"Inundaciones en Valencia" — El País, October 30, 2024\n';
    const index = indexTexts({ 'a.txt': text });
    // Characters within their lines: the headline's, the story's, the source's title.
    expect(mentionsAt(index, 'Valencia')).toEqual(['Valencia@12', `Valencia@${'Floods in the region of '.length}`, `Valencia@${'"Inundaciones en '.length}`]);
    expect(entityNamed(index, 'Valencia').type).toBe('place');
    const sport = 'Valencia CF beat Sevilla 2-1. Valencia coach Carlos Corberán praised his players. Florence Pugh said Florence was home.';
    const club = indexTexts({ 'a.txt': sport + '\n' });
    expect(mentionsAt(club, 'Valencia CF')).toEqual(['Valencia CF@0', `Valencia@${sport.indexOf('Valencia coach')}`]);
    expect(surfaces(club, 'Florence Pugh')).toEqual(['Florence Pugh', 'Florence']);
  });
});

describe('news aliases: a part of a town named by compass points', () => {
  it('a town is no short form of its part named by a compass point ("OAKLAND, Calif. — … families in East Oakland" put the dateline in East Oakland); "East Timor … Timor-Leste" is still one country', () => {
    const text = 'OAKLAND, Calif. — The board voted to close three schools. Parents in East Oakland protested, and Oakland officials said the plan would go ahead.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'East Oakland')).toEqual(['East Oakland']);
    expect(surfaces(index, 'Oakland')).toEqual(['OAKLAND', 'Oakland']);
    expect(entityNamed(index, 'Oakland').type).toBe('place');
    const country = indexTexts({ 'a.txt': 'East Timor voted on Monday, and Timor-Leste officials said so.\n' });
    expect(surfaces(country, 'Timor-Leste')).toEqual(['East Timor', 'Timor-Leste']);
  });
});

describe('news aliases: a dateline is the town filed from', () => {
  it('a dateline\'s town the lists do not know is no short form of a body named with it ("DAVIS, Calif. — Scientists at UC Davis" made the dateline the campus, and the campus a place)', () => {
    const text = 'DAVIS, Calif. — Scientists at UC Davis have found a gene that helps wheat survive drought.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'UC Davis')).toEqual(['UC Davis']);
    expect(entityNamed(index, 'UC Davis').type).toBe('organization');
    expect(entityNamed(index, 'DAVIS').type).toBe('place');
  });
});

describe('news aliases: a team named by its players', () => {
  it('a team named by a place and its players in the plural, a head word too, is named by the plural alone ("The Kansas City Chiefs won … Chiefs coach Andy Reid" made a team "Chiefs" of its own); "the Joint Chiefs of Staff" keeps its name', () => {
    const text = 'The Kansas City Chiefs won 30-24. Chiefs coach Andy Reid praised the defence. The Joint Chiefs of Staff met.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Kansas City Chiefs')).toEqual([`Kansas City Chiefs@${text.indexOf('Kansas City Chiefs')}`, `Chiefs@${text.indexOf('Chiefs coach')}`]);
    expect(surfaces(index, 'Joint Chiefs of Staff')).toEqual(['Joint Chiefs of Staff']);
  });
});

describe('news aliases: a town named "… City"', () => {
  it('"the City" before what no club has is the story\'s town named "… City": "Kansas City voters approved the stadium tax. The City manager said" is Kansas City; after Manchester City it is the club, and "Bankers in the City" stays the district', () => {
    const text = 'Kansas City voters approved the stadium tax. The City manager said the budget was balanced.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Kansas City')).toEqual(['Kansas City@0', `City@${text.indexOf('City manager')}`]);
    const club = indexTexts({ 'a.txt': 'Manchester City drew 1-1 with Arsenal. The City manager Pep Guardiola said it was fair. Bankers in the City said the pound fell.\n' });
    expect(surfaces(club, 'Manchester City')).toEqual(['Manchester City', 'City']);
    expect(surfaces(club, 'City')).toEqual(['City']);
  });
});

describe('news aliases: a body\'s name in its own language', () => {
  it('a body\'s name in another language in parentheses after its English name is the same body: "the Foundation for Migrant Art (Stichting Migrantenkunst)", "the Federation of German Industries (Bundesverband der Deutschen Industrie)"; "(Lower Saxony)" and a person in parentheses are not', () => {
    const index = indexTexts({
      'a.txt': 'She co-founded the Foundation for Migrant Art (Stichting Migrantenkunst), which organized exhibitions. She joined the Federation of German Industries (Bundesverband der Deutschen Industrie), which lobbied.\n',
      'b.txt': 'The firm hired Acme Holdings (Maria Gonzalez) to advise. The Lower Saxony State Office (Lower Saxony) said so.\n',
    });
    expect(surfaces(index, 'Foundation for Migrant Art')).toEqual(['Foundation for Migrant Art', 'Stichting Migrantenkunst']);
    expect(entityNamed(index, 'Foundation for Migrant Art').type).toBe('organization');
    expect(index.entities.find((e) => index.mentionsOf(e).some((m) => m.text === 'Federation of German Industries'))?.type).toBe('organization');
    expect(index.entities.filter((e) => index.mentionsOf(e).some((m) => m.text === 'Bundesverband der Deutschen Industrie' || m.text === 'Federation of German Industries'))).toHaveLength(1);
    expect(surfaces(index, 'Maria Gonzalez')).toEqual(['Maria Gonzalez']);
    expect(surfaces(index, 'Lower Saxony State Office')).toEqual(['Lower Saxony State Office']);
    expect(entityNamed(index, 'Lower Saxony').type).toBe('place');
  });
});

describe('news aliases: bodies the lists know by their letters', () => {
  it('the lists know the refugee agency\'s office and two unions by their full names: "The Office of the United Nations High Commissioner for Refugees (UNHCR) said", "The United Steelworkers union opposed the deal. The USW said", "The United Auto Workers opposed … The UAW said" are one body each; "Filippo Grandi, the U.N. High Commissioner for Refugees," names the agency no mention', () => {
    const index = indexTexts({
      'a.txt': 'The Office of the United Nations High Commissioner for Refugees (UNHCR) said rations would be cut. Filippo Grandi, the U.N. High Commissioner for Refugees, visited Chad. UNHCR staff left.\n',
      'b.txt': 'The United Steelworkers union opposed the deal. The USW said it would sue. The United Auto Workers opposed the deal on Monday. The UAW said so.\n',
    });
    expect(surfaces(index, 'UNHCR')).toEqual(['Office of the United Nations High Commissioner for Refugees', 'UNHCR', 'UNHCR']);
    expect(surfaces(index, 'United Steelworkers')).toEqual(['United Steelworkers', 'USW']);
    expect(surfaces(index, 'United Auto Workers')).toEqual(['United Auto Workers', 'UAW']);
  });
});

describe('news aliases: bodies of a dateline\'s country', () => {
  it('a state\'s body named by dictionary words in a story from abroad is the dateline\'s country\'s: "TOKYO (AP) — The Foreign Ministry summoned" and "MEXICO CITY (AP) — … The Foreign Ministry said" are two ministries, "LIMA, Peru — … appeal to the Supreme Court" is not the court of "WASHINGTON (AP) — The Supreme Court ruled", which stays one with a story without a dateline', () => {
    const index = indexTexts({
      'a.txt': 'Protest\n\nTuesday, March 4, 2025\n\nTOKYO (AP) — The Foreign Ministry summoned the Chinese ambassador on Tuesday.\n',
      'b.txt': 'Reform\n\nTuesday, March 4, 2025\n\nMEXICO CITY (AP) — Lawmakers approved the reform. The Foreign Ministry said ambassadors would be briefed.\n',
      'c.txt': 'Appeal\n\nTuesday, March 4, 2025\n\nLIMA, Peru — Ollanta Humala will appeal to the Supreme Court, his lawyer said.\n',
      'd.txt': 'Ruling\n\nTuesday, March 4, 2025\n\nWASHINGTON (AP) — The Supreme Court ruled on Tuesday.\n',
      'e.txt': 'Ruling\n\nTuesday, March 4, 2025\n\nThe Supreme Court ruled again on Wednesday.\n',
    });
    const filesOf = (name: string) => index.entities.filter((e) => e.name === name).map((e) => [...new Set(index.mentionsOf(e).map((m) => m.file))].sort().join(' ')).sort();
    expect(filesOf('Foreign Ministry')).toEqual(['a.txt', 'b.txt']);
    expect(filesOf('Supreme Court')).toEqual(['c.txt', 'd.txt e.txt']);
  });
});

describe('news aliases: an acronym of a body keyed by its dateline\'s country', () => {
  it('"ACCRA — … the opposition National Democratic Congress (NDC) … The NDC won" is one party (the acronym stayed linked to the key the party had before the dateline keyed it to Ghana, an entity of its own); a story without a dateline merges the same way', () => {
    const text = 'Vote\n\nMonday, December 9, 2024\n\nACCRA — The vote returned the National Democratic Congress (NDC) to power. The NDC won 183 seats.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(surfaces(index, 'National Democratic Congress')).toEqual(['National Democratic Congress', 'NDC', 'NDC']);
    expect(index.entities.map((e) => e.name)).not.toContain('NDC');
    const plain = indexTexts({ 'a.txt': 'The vote returned the National Democratic Congress (NDC) to power. The NDC won.\n' });
    expect(surfaces(plain, 'National Democratic Congress')).toEqual(['National Democratic Congress', 'NDC', 'NDC']);
  });
});

describe('news aliases: a state body in a photo\'s caption and the story from abroad', () => {
  it('"FILE PHOTO: … a hearing at the National Assembly in Seoul … SEOUL, Aug 21 (Reuters) - … which the National Assembly passed" is one parliament (the caption\'s was keyed apart from the body\'s)', () => {
    const text =
      'South Korea seizes tanker\nFILE PHOTO: Defense Minister Cho Han-seok attends a hearing at the National Assembly in Seoul, June 3, 2025. REUTERS/Kang Dae-hyun/File Photo SEOUL, Aug 21 (Reuters) - South Korea seized a tanker on Thursday.\n' +
      'It is the first seizure under the law, which the National Assembly passed in April.\n';
    const index = indexTexts({ 'a.txt': text });
    const assemblies = index.entities.filter((e) => e.name === 'National Assembly');
    expect(assemblies.map((e) => index.mentionsOf(e).length)).toEqual([2]);
  });
});

describe('news aliases: shipping groups', () => {
  it('the lists know the container lines news names daily: "A.P. Moller-Maersk said … Maersk chief executive Vincent Clerc … Shares in Maersk rose" is one company, and "Hapag-Lloyd, the German carrier," and "CMA CGM" are companies; a ship named after the line is the ship', () => {
    const text = 'A.P. Moller-Maersk said it would divert ships after the Maersk Hangzhou was struck. Maersk chief executive Vincent Clerc said so. Hapag-Lloyd, the German carrier, agreed. Shares in Maersk rose, while CMA CGM said it would assess each voyage.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'A.P. Moller-Maersk')).toEqual(['A.P. Moller-Maersk', 'Maersk', 'Maersk', 'Maersk']);
    for (const name of ['A.P. Moller-Maersk', 'Hapag-Lloyd', 'CMA CGM']) expect(entityNamed(index, name).type, name).toBe('organization');
    expect(surfaces(index, 'Maersk Hangzhou')).toEqual(['Maersk Hangzhou']);
  });
});

describe('news aliases: code names', () => {
  it('an operation\'s code name holds no newspaper or place: "Operation Prosperity Guardian had grown" is no mention of The Guardian, which "The Guardian reported it" still is', () => {
    const text = 'The Pentagon said Operation Prosperity Guardian had grown to 20 countries. The Guardian reported it.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Guardian')).toEqual([`Guardian@${text.lastIndexOf('Guardian')}`]);
    expect(entityNamed(index, 'Operation Prosperity Guardian').type).toBe('event');
  });
});

describe('news aliases: an office in capitals before a surname', () => {
  it('"AG", "CM", "DA" and "Cllr" are titles before a name: "Attorney General Pam Bondi … AG Bondi said" and "Chief Minister Yogi Adityanath … CM Adityanath visited" are one person each (the runs were names of their own with the title in them); "Siemens AG said" keeps its company', () => {
    const text = 'Attorney General Pam Bondi spoke on Monday. AG Bondi said the case was closed. Chief Minister Yogi Adityanath ordered an inquiry. CM Adityanath visited the injured. DA Alvin Bragg and Cllr Jane Smith agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Pam Bondi')).toEqual(['Pam Bondi', 'Bondi']);
    expect(surfaces(index, 'Yogi Adityanath')).toEqual(['Yogi Adityanath', 'Adityanath']);
    for (const name of ['Pam Bondi', 'Yogi Adityanath', 'Alvin Bragg', 'Jane Smith']) expect(entityNamed(index, name).type, name).toBe('person');
    const near = indexTexts({ 'a.txt': 'Siemens AG said profits rose. Volkswagen AG shares fell.\n' });
    expect(surfaces(near, 'Siemens')).toEqual(['Siemens AG']);
  });
});

describe('news aliases: a British police rank in capitals', () => {
  it('"PC", "DC", "DCI" and "PCSO" before a name are a constable\'s or a detective\'s rank: "PC Daniel Hughes … PC Hughes" is one person named "Daniel Hughes" (the rank stayed in the name, typed other); "a PC", "DC United" and "Washington DC" keep their own names', () => {
    const text = 'PC Daniel Hughes, 34, was charged. DCI Kate Fleming and PCSO Ann Lee led the inquiry. PC Hughes denies it. DC United won in Washington DC.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Daniel Hughes')).toEqual(['Daniel Hughes', 'Hughes']);
    expect(mentionsAt(index, 'Daniel Hughes')).toEqual([`Daniel Hughes@${text.indexOf('Daniel')}`, `Hughes@${text.lastIndexOf('Hughes')}`]);
    for (const name of ['Daniel Hughes', 'Kate Fleming', 'Ann Lee']) expect(entityNamed(index, name).type, name).toBe('person');
    expect(entityNamed(index, 'DC United').type).toBe('organization');
  });
});

describe('news aliases: a seat and its holder after a title\'s "for"', () => {
  it('"Labour MP for Battersea Marsha de Cordova" and "the MP for Islington North Jeremy Corbyn" are the seat and the person apart (they were one person "Battersea Marsha de Cordova" and other "North Jeremy Corbyn"), so "de Cordova said" and "Corbyn" join them', () => {
    const text = 'Labour MP for Battersea Marsha de Cordova said no. The MP for Islington North Jeremy Corbyn voted. Corbyn said it was wrong.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Marsha de Cordova')).toEqual([`Marsha de Cordova@${text.indexOf('Marsha')}`]);
    expect(mentionsAt(index, 'Jeremy Corbyn')).toEqual([`Jeremy Corbyn@${text.indexOf('Jeremy')}`, `Corbyn@${text.lastIndexOf('Corbyn')}`]);
    for (const name of ['Marsha de Cordova', 'Jeremy Corbyn']) expect(entityNamed(index, name).type, name).toBe('person');
    expect(allSurfaces(index)).toContain('Battersea');
  });
});

describe('news aliases: a league and its division', () => {
  it('a compass point closing a name names a division: "clinched the NFC West title and the top seed in the NFC" are two entities (the conference went into its division); a person\'s given name still stands for its person ("Kanye West … Kanye")', () => {
    const text = 'The Seattle Seahawks clinched the NFC West title and the top seed in the NFC. The Buffalo Bills won the AFC East.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'NFC West')).toEqual(['NFC West']);
    // The conference is named inside its division's name too.
    expect(mentionsAt(index, 'NFC')).toEqual([`NFC@${text.indexOf('NFC West')}`, `NFC@${text.lastIndexOf('NFC')}`]);
    const near = indexTexts({ 'a.txt': 'Rapper Kanye West performed in Paris on Friday. The crowd cheered when Kanye walked on stage.\n' });
    expect(surfaces(near, 'Kanye West')).toEqual(['Kanye West', 'Kanye']);
  });
});

describe('news aliases: football clubs by their nicknames', () => {
  it('the lists know the nicknames sports pages give the big clubs: "Real Madrid beat Sevilla … Mbappé scored for Los Blancos" is one club (the nickname was an entity of type other), as are "the Rossoneri" (AC Milan), "the Bianconeri" (Juventus) and "the Gunners" (Arsenal); the lower-case word stays none ("the gunners fired")', () => {
    const text = 'Real Madrid beat Sevilla 2-1 on Sunday. Kylian Mbappé scored for Los Blancos before the break. In Turin, the Bianconeri lost to the Rossoneri. Arsenal won 2-0, and the Gunners are top.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Real Madrid')).toEqual(['Real Madrid', 'Los Blancos']);
    expect(surfaces(index, 'Arsenal')).toEqual(['Arsenal', 'Gunners']);
    expect(surfaces(index, 'AC Milan')).toEqual(['Rossoneri']);
    expect(surfaces(index, 'Juventus')).toEqual(['Bianconeri']);
    const near = indexTexts({ 'a.txt': 'Artillery units shelled the town at dawn. The gunners fired for an hour, the army said.\n' });
    expect(near.entities.map((e) => e.name)).not.toContain('Arsenal');
  });
});

describe('news aliases: Atlético Madrid by its nicknames', () => {
  it('"Atlético Madrid lost … Atleti manager Diego Simeone complained" made "Atleti" a club of its own; it and "the Colchoneros" are Atlético\'s, while "Real Madrid" stays another club and Simeone a person', () => {
    const text = 'Real Madrid beat Atlético Madrid 2-1 on Wednesday. Atleti manager Diego Simeone complained about the referee. The Colchoneros play again on Sunday.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Atlético Madrid')).toEqual([`Atlético Madrid@${text.indexOf('Atlético')}`, `Atleti@${text.indexOf('Atleti ')}`, `Colchoneros@${text.indexOf('Colchoneros')}`]);
    expect(surfaces(index, 'Real Madrid')).toEqual(['Real Madrid']);
    expect(entityNamed(index, 'Diego Simeone').type).toBe('person');
  });
});

describe('news aliases: a place\'s capitals opening a body\'s name', () => {
  it('capitals without periods stand for a place the lists know when the rest is the same: "The Uttar Pradesh Police said … UP Police director general Prashant Kumar said" is one force (two organisations); capitals of words that name no place link nothing ("Acme Brands Group … AB Group")', () => {
    const text = 'The Uttar Pradesh Police said 30 people died. UP Police director general Prashant Kumar said barricades broke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Uttar Pradesh Police')).toEqual(['Uttar Pradesh Police', 'UP Police']);
    const near = indexTexts({ 'a.txt': 'The Halvorsen Brands Group said sales fell. HB Group shares dropped on Monday.\n' });
    expect(surfaces(near, 'Halvorsen Brands Group')).toEqual(['Halvorsen Brands Group']);
  });
});

describe('news aliases: London\'s police force', () => {
  it('the lists know the Metropolitan Police by its short name: "The Metropolitan Police arrested a man … The Met Police later released him" is one force (two organisations); "Scotland Yard said" stays its own name', () => {
    const text = 'The Metropolitan Police arrested a man on Friday. The Met Police later released him. Scotland Yard said inquiries continue.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Metropolitan Police')).toEqual(['Metropolitan Police', 'Met Police']);
    expect(surfaces(index, 'Scotland Yard')).toEqual(['Scotland Yard']);
  });
});

describe('news aliases: a country\'s other name opening a company\'s', () => {
  it('"Nippon Steel Corp. said … The deal gives Nippon the third-largest capacity" is the steelmaker (the word went to Japan, whose other name it is); "Japan Airlines Co. said … Japan welcomed it" keeps the country', () => {
    const text = 'Nippon Steel Corp. said it had completed the deal. The deal gives Nippon the third-largest capacity in the world, and Japan welcomed it.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Nippon Steel Corp.')).toEqual(['Nippon Steel Corp.', 'Nippon']);
    expect(surfaces(index, 'Japan')).toEqual(['Japan']);
    const nearText = 'Japan Airlines Co. said profits rose. Japan welcomed the news.';
    const near = indexTexts({ 'a.txt': nearText + '\n' });
    expect(mentionsAt(near, 'Japan')).toContain(`Japan@${nearText.lastIndexOf('Japan')}`);
    expect(surfaces(near, 'Japan Airlines Co.')).toEqual(['Japan Airlines Co.']);
  });
});

describe('a compass word as the surname of a name whose given name no list holds', () => {
  it('"the rapper Kanye West … said West had sampled a song" lost the lone "West" ("Kanye" is in no list of given names, and a role says a person\'s); "in the West" stays no mention of him', () => {
    const text = 'A judge dismissed a lawsuit against the rapper Kanye West. The suit said West had sampled a song. Sales in the West fell. West\'s lawyer agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Kanye West')).toEqual([`Kanye West@${text.indexOf('Kanye')}`, `West@${text.indexOf('West had')}`, `West@${text.indexOf("West's")}`]);
    expect(entityNamed(index, 'Kanye West').type).toBe('person');
  });
});

describe('two Spanish surnames joined by "y"', () => {
  it('"José Ortega y Gasset … Ortega y Gasset was a liberal" gave two people, "Santiago Ramón y Cajal … Ramón y Cajal" a city and a person; a name with "y" between two people stays two ("Simon y Garfunkel" is no surname of "Paul Simon")', () => {
    const text = 'The philosopher José Ortega y Gasset wrote the book in 1930. Ortega y Gasset was a liberal. Santiago Ramón y Cajal won the prize in 1906. Ramón y Cajal studied neurons.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'José Ortega y Gasset')).toEqual([`José Ortega y Gasset@${text.indexOf('José')}`, `Ortega y Gasset@${text.indexOf('Ortega y Gasset was')}`]);
    expect(mentionsAt(index, 'Santiago Ramón y Cajal')).toEqual([`Santiago Ramón y Cajal@${text.indexOf('Santiago')}`, `Ramón y Cajal@${text.indexOf('Ramón y Cajal studied')}`]);
    const near = 'The singer Paul Simon toured Spain. Simon said the crowds were big. Fans of Simon y Garfunkel sang along.';
    const other = indexTexts({ 'b.txt': near + '\n' });
    expect(surfaces(other, 'Paul Simon')).not.toContain('Simon y Garfunkel');
  });
});

describe('a function word opening a body\'s name, in a sentence read as title case', () => {
  it('"He visited All Saints Church on Sunday" beside "All India Radio" was cut to "All", a mention of the radio; a headline\'s verb after a surname the prose gives still ends the name ("Boric Reshuffles Cabinet" after "Gabriel Boric")', () => {
    const text = 'He visited All Saints Church on Sunday. The All India Radio report aired.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'All Saints Church')).toEqual(['All Saints Church']);
    expect(surfaces(index, 'All India Radio')).toEqual(['All India Radio']);
    const headline = "President Gabriel Boric spoke on Monday. Chile's Boric Reshuffles Cabinet As Approval Falls";
    const boric = indexTexts({ 'b.txt': headline + '\n' });
    expect(surfaces(boric, 'Gabriel Boric')).toEqual(['Gabriel Boric', 'Boric']);
  });
});

describe('a title word before the last word of a body\'s name', () => {
  it('"Ruto spoke at Harambee House … Later, at State House, he met envoys" made the two buildings one ("State" is a title word, "House" read as a surname); "Lord Cameron" after "David Cameron" is still he', () => {
    const text = 'President William Ruto spoke at Harambee House on Monday. Later, at State House, he met envoys from Europe.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Harambee House')).toEqual(['Harambee House']);
    expect(surfaces(index, 'State House')).toEqual(['State House']);
    const near = 'David Cameron resigned in 2016. Lord Cameron said on Monday the talks were useful.';
    const lord = indexTexts({ 'b.txt': near + '\n' });
    expect(surfaces(lord, 'David Cameron')).toEqual(['David Cameron', 'Lord Cameron']);
  });
});

describe('a known company before its unit\'s or brand\'s one word', () => {
  it('"Google DeepMind released a model … DeepMind said it was safe" gave the company and a person "DeepMind", "Siemens Healthineers … Healthineers shares fell" the company and the word; a place glued to a body the article names stays two ("Israel Hamas talks stalled")', () => {
    const text = 'Google DeepMind released a model on Monday. DeepMind said it was safe. Siemens Healthineers posted weaker sales. Healthineers shares fell 3%.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Google DeepMind')).toEqual(['Google DeepMind', 'DeepMind']);
    expect(entityNamed(index, 'Google DeepMind').type).toBe('organization');
    expect(surfaces(index, 'Siemens Healthineers')).toEqual(['Siemens Healthineers', 'Healthineers']);
    const near = indexTexts({ 'b.txt': 'Israel Hamas talks stalled. Hamas said no.\n' });
    expect(surfaces(near, 'Hamas')).toEqual(['Hamas', 'Hamas']);
  });
});

describe('a one-word web address and the name before its domain', () => {
  it('"Data from TankerTrackers.com … co-founder of TankerTrackers" gave two entities, the second other; "Amazon.com … Amazon said" one company', () => {
    const text = 'Data from TankerTrackers.com showed the tanker loaded oil. Samir Madani, co-founder of TankerTrackers, said transfers doubled. Shoppers used Amazon.com. Amazon said sales rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'TankerTrackers')).toEqual(['TankerTrackers.com', 'TankerTrackers']);
    expect(entityNamed(index, 'TankerTrackers').type).toBe('organization');
    expect(surfaces(index, 'Amazon')).toEqual(['Amazon.com', 'Amazon']);
  });
});

describe('the name one goes by now', () => {
  it('"Kanye West, who now goes by Ye, … Ye said" and "Sean Combs, who goes by Diddy" left the other name apart (Diddy typed other); "Kanye West, now known as Ye" too; a bus "which goes by Union Station" names no one', () => {
    const text = 'Kanye West, who now goes by Ye, released an album on Friday. Ye said the record was his last. The rapper Sean Combs, who goes by Diddy, was arrested. Diddy denied the charges.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Kanye West')).toEqual([`Kanye West@0`, `Ye@${text.indexOf('Ye,')}`, `Ye@${text.indexOf('Ye said')}`]);
    expect(surfaces(index, 'Sean Combs')).toEqual(['Sean Combs', 'Diddy', 'Diddy']);
    expect(entityNamed(index, 'Sean Combs').type).toBe('person');
    const now = indexTexts({ 'b.txt': 'Kanye West, now known as Ye, released an album on Friday. Ye said it was his last.\n' });
    expect(surfaces(now, 'Kanye West')).toEqual(['Kanye West', 'Ye', 'Ye']);
    const near = indexTexts({ 'c.txt': 'Commuters waited for the No. 42 bus, which goes by Union Station. Delays hit Union Station on Monday.\n' });
    expect(surfaces(near, 'Union Station')).toEqual(['Union Station', 'Union Station']);
  });
});

describe('"the Court" among several courts', () => {
  it('"appealed to the Court of Appeals for the Ninth Circuit … asked the Supreme Court to hear the case. The Court agreed … This Court has held" sent both to the court of appeals; they are the supreme court last named; after a district court named since, "the Court" stays apart from both', () => {
    const text = 'Lopez appealed to the Court of Appeals for the Ninth Circuit, which denied her petition. She then asked the Supreme Court to hear the case. The Court agreed in June. This Court has held that a notice must state the time.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Supreme Court')).toEqual([`Supreme Court@${text.indexOf('Supreme')}`, `Court@${text.indexOf('Court agreed')}`, `Court@${text.indexOf('Court has')}`]);
    expect(surfaces(index, 'Court of Appeals for the Ninth Circuit')).toEqual(['Court of Appeals for the Ninth Circuit']);
    const near = 'The Supreme Court heard the appeal in May. The District Court of Maryland had dismissed the suit. In an earlier case, the Court held that such suits may go on.';
    const cited = indexTexts({ 'b.txt': near + '\n' });
    expect(surfaces(cited, 'Supreme Court')).toEqual(['Supreme Court']);
    expect(surfaces(cited, 'District Court of Maryland')).toEqual(['District Court of Maryland']);
  });
});

describe('a US court of appeals by its circuit', () => {
  it('"the 5th U.S. Circuit Court of Appeals … The 5th Circuit has upheld" and "the U.S. Court of Appeals for the District of Columbia Circuit … the D.C. Circuit" were two bodies each; they are one each; a state\'s "Sixth Judicial Circuit" stays apart from "the 6th Circuit"', () => {
    const text = "Paxton's office said it would appeal to the 5th U.S. Circuit Court of Appeals in New Orleans. The 5th Circuit has upheld several Texas laws. The U.S. Court of Appeals for the District of Columbia Circuit ruled on Friday. Judge Gregory Katsas said the D.C. Circuit should have sent the case back.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, '5th U.S. Circuit Court of Appeals')).toEqual(['5th U.S. Circuit Court of Appeals', '5th Circuit']);
    expect(surfaces(index, 'U.S. Court of Appeals for the District of Columbia Circuit')).toEqual(['U.S. Court of Appeals for the District of Columbia Circuit', 'D.C. Circuit']);
    const near = indexTexts({ 'b.txt': 'A judge of the Sixth Judicial Circuit in Florida ruled on Monday. The 6th Circuit in Cincinnati will hear the appeal.\n' });
    expect(surfaces(near, 'Sixth Judicial Circuit')).toEqual(['Sixth Judicial Circuit']);
  });
});

describe('a short name defined in quotation marks', () => {
  it('\'the Honolulu Board of Water Supply (the "Water Board") … The Water Board said\' and \'the Hawaiian Electric Company, Inc. (the "Utility") … The Utility lost\' gave the board apart from its short name, and the company none; they are one body each; in another article "the Water Board" stays apart, and \'Adele ("Hello")\' defines nothing', () => {
    const text = 'In 2019, the Honolulu Board of Water Supply (the "Water Board") denied the permit. The Water Board said the well was dry. The Hawaiian Electric Company, Inc. (the "Utility") appealed. The Utility lost.';
    const index = indexTexts({ 'a.txt': text + '\n', 'b.txt': 'In Maui, the Water Board met on Monday.\n' });
    expect(surfaces(index, 'Honolulu Board of Water Supply')).toEqual(['Honolulu Board of Water Supply', 'Water Board', 'Water Board']);
    expect(surfaces(index, 'Hawaiian Electric Company, Inc.')).toEqual(['Hawaiian Electric Company, Inc.', 'Utility', 'Utility']);
    expect(surfaces(index, 'Water Board')).toEqual(['Water Board']);
    const near = indexTexts({ 'c.txt': 'The singer Adele ("Hello") and Drake topped the charts. Hello was the most streamed song.\n' });
    expect(allSurfaces(near)).not.toContain('Hello');
  });
});

describe('the Conservative Party by its other name', () => {
  it('"The Conservative Party lost 250 seats … A Tory spokesman said" made "Tory" a body of its own; it is the party now, while "the Tories" stay its people, and "the designer Tory Burch" a person', () => {
    const text = 'The Conservative Party lost 250 seats on Thursday. The Tories had governed for 14 years. A Tory spokesman said the party would rebuild. The fashion designer Tory Burch opened a store.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Conservative Party')).toEqual(['Conservative Party', 'Tory']);
    expect(entityNamed(index, 'Tories').type).toBe('person');
    expect(surfaces(index, 'Tory Burch')).toEqual(['Tory Burch']);
  });
});

describe('a school called by its place', () => {
  it('"educated at Harrow School … Harrow taught him to love English. The Harrow headmaster wrote" made a person "Harrow" apart from the school; both are the school now, while "born in Harrow" stays the place and "Washington said" beside the "University of Washington" the state\'s', () => {
    const text = 'Churchill was educated at Harrow School. Harrow taught him to love English. The Harrow headmaster wrote to his father. He was born in Harrow.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Harrow School')).toEqual(['Harrow School', 'Harrow', 'Harrow']);
    expect(surfaces(index, 'Harrow')).toEqual(['Harrow']);
    expect(entityNamed(index, 'Harrow School').type).toBe('organization');
    const near = indexTexts({ 'b.txt': 'She studied at the University of Washington. Washington said it would impose tariffs.\n' });
    expect(surfaces(near, 'University of Washington')).toEqual(['University of Washington']);
  });
});

describe('a short name defined in a British judgment', () => {
  it('\'the First-tier Tribunal (Immigration and Asylum Chamber) ("the FtT") … the FtT had erred\' made "FtT" a body of its own, as the article stood inside the quotation marks after another parenthesis; it is the tribunal now; the chamber in the first parenthesis stays its own, and a quotation that does not fill the parenthesis defines nothing', () => {
    const text = 'His appeal was dismissed by the First-tier Tribunal (Immigration and Asylum Chamber) ("the FtT"). The Court of Appeal held that the FtT had erred in law.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'First-tier Tribunal')).toEqual(['First-tier Tribunal', 'FtT', 'FtT']);
    expect(surfaces(index, 'Immigration and Asylum Chamber')).toEqual(['Immigration and Asylum Chamber']);
    const near = indexTexts({ 'b.txt': 'The appeal was heard by the Upper Tribunal (Judge Smith) in London. Judge Smith (the "Hello" singer) sang.\n' });
    expect(surfaces(near, 'Upper Tribunal')).toEqual(['Upper Tribunal']);
  });
});

describe('the judges who sat, in parentheses after a court', () => {
  it('"The Court of Appeal (Underhill, Singh and Whipple LJJ) allowed the appeal … Lord Justice Underhill wrote" made "Underhill" the court\'s other name and the court a person, and "the High Court (Chamberlain J)" one entity with its judge; the judges stand apart now, while "the Crown Prosecution Service (CPS)" still defines its letters', () => {
    const text = 'The Court of Appeal (Underhill, Singh and Whipple LJJ) allowed the appeal. The High Court (Chamberlain J) had dismissed it. Lord Justice Underhill wrote the judgment.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Court of Appeal')).toEqual(['Court of Appeal']);
    expect(entityNamed(index, 'Court of Appeal').type).toBe('organization');
    expect(surfaces(index, 'High Court')).toEqual(['High Court']);
    expect(surfaces(index, 'Underhill')).toEqual(['Underhill', 'Underhill']);
    const near = indexTexts({ 'b.txt': 'The Crown Prosecution Service (CPS) charged him. The CPS said so.\n' });
    expect(surfaces(near, 'Crown Prosecution Service')).toEqual(['Crown Prosecution Service', 'CPS', 'CPS']);
  });
});

describe('a team by its clipped name', () => {
  it('"The Tampa Bay Buccaneers beat the New Orleans Saints 27-19 … as the Bucs won" made "Bucs" other, apart from the team, and "the Pats" a body of its own; each is its team now, while "the Cayman Islands … the Isles" stay apart', () => {
    const text = 'The Tampa Bay Buccaneers beat the New Orleans Saints 27-19 on Sunday. Baker Mayfield threw three touchdowns as the Bucs won their fourth straight. The New England Patriots lost, and the Pats fell to 3-9.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Tampa Bay Buccaneers')).toEqual(['Tampa Bay Buccaneers', 'Bucs']);
    expect(surfaces(index, 'New England Patriots')).toEqual(['New England Patriots', 'Pats']);
    const near = indexTexts({ 'b.txt': 'Tourists love the Cayman Islands, where the Isles Hotel opened. Visitors of the Isles said so.\n' });
    expect(surfaces(near, 'Cayman Islands')).toEqual(['Cayman Islands']);
  });
});

describe('a city by its team\'s record', () => {
  it('"The Philadelphia Eagles crushed the Dallas Cowboys 34-6 … as Philadelphia improved to 11-1" left the city a place; it is the team now, while "The vote in Denver fell to 4-3" and "Crime in Philadelphia fell" stay places', () => {
    const text = 'The Philadelphia Eagles crushed the Dallas Cowboys 34-6. Jalen Hurts ran for two scores as Philadelphia improved to 11-1. Crime in Philadelphia fell sharply.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Philadelphia Eagles')).toEqual([`Philadelphia Eagles@4`, `Philadelphia@${text.indexOf('Philadelphia improved')}`]);
    expect(mentionsAt(index, 'Philadelphia')).toEqual([`Philadelphia@${text.indexOf('Philadelphia fell')}`]);
    const near = indexTexts({ 'b.txt': 'Officials met in Denver on Monday. The vote in Denver fell to 4-3.\n' });
    expect(entityNamed(near, 'Denver').type).toBe('place');
  });
});

describe('"the City" as a party', () => {
  it('"Plaintiffs sued the City of Los Angeles … The City seized their belongings" made "City" a place of its own; it is the city named so now, while "Bankers in the City said" in another article stays apart', () => {
    const text = 'Plaintiffs sued the City of Los Angeles in 2011. The City seized their belongings from the sidewalk. The City argued that the property was abandoned.';
    const index = indexTexts({ 'a.txt': text + '\n', 'b.txt': 'Bankers in the City said the pound fell.\n' });
    expect(surfaces(index, 'City of Los Angeles')).toEqual(['City of Los Angeles', 'City', 'City']);
    expect(surfaces(index, 'City')).toEqual(['City']);
  });
});

describe('a stage name', () => {
  it('"Stefani Joanne Angelina Germanotta, known professionally as Lady Gaga, … Gaga began performing" left the stage name a person of its own; it is hers now, while "Tina McKenzie, known professionally for her patience" names nothing', () => {
    const text = 'Stefani Joanne Angelina Germanotta, known professionally as Lady Gaga, was born in New York City. Gaga began performing as a teenager.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Stefani Joanne Angelina Germanotta')).toEqual(['Stefani Joanne Angelina Germanotta', 'Lady Gaga', 'Gaga']);
    const near = indexTexts({ 'b.txt': 'Union leader Tina McKenzie, known professionally for her patience, met Sean Combs on Monday.\n' });
    expect(surfaces(near, 'Tina McKenzie')).toEqual(['Tina McKenzie']);
  });

  it('"Mohamed Hamdan Dagalo, known widely as Hemedti, … Hemedti said" made an other "Hemedti"; "known widely as" and "known simply as" give the nickname too', () => {
    const text = 'The RSF commander, Mohamed Hamdan Dagalo, known widely as Hemedti, will chair the council. Hemedti said the war would end.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Mohamed Hamdan Dagalo')).toEqual(['Mohamed Hamdan Dagalo', 'Hemedti', 'Hemedti']);
    expect(entityNamed(index, 'Mohamed Hamdan Dagalo').type).toBe('person');
  });
});

describe('a birth name opening the sentence of the name it became', () => {
  it('"Born Norma Jeane Mortenson, Marilyn Monroe grew up in foster homes … Norma Jeane married at 16" left the birth name a person of its own; it is hers now, while "Born Free, the film, was shot in Kenya" gives no one another name', () => {
    const text = 'Born Norma Jeane Mortenson, Marilyn Monroe grew up in foster homes. Monroe signed with 20th Century Fox in 1946. Norma Jeane married at 16.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const monroe = index.entities.find((e) => index.mentionsOf(e).some((m) => m.text === 'Marilyn Monroe'))!;
    expect(index.mentionsOf(monroe).map((m) => m.text)).toEqual(['Norma Jeane Mortenson', 'Marilyn Monroe', 'Monroe', 'Norma Jeane']);
    const near = indexTexts({ 'b.txt': 'Joy Adamson wrote the book. Born Free, the film, was shot in Kenya.\n' });
    expect(surfaces(near, 'Joy Adamson')).toEqual(['Joy Adamson']);
  });
});

describe('a party\'s role before its name', () => {
  it('"Petitioner Maria Lopez entered the United States in 2009 … Lopez argued" kept the role in the name and typed the person other; the role is a title now, so she is "Maria Lopez", a person, as the caption writes her, while "Plaintiff Apple Inc. sued" stays the company', () => {
    const text = 'Maria Lopez, Petitioner v. United States Department of Homeland Security.\n\nPetitioner Maria Lopez entered the United States in 2009. Lopez argued that the Board erred. Plaintiff Apple Inc. sued Samsung.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Maria Lopez')).toEqual(['Maria Lopez', 'Maria Lopez', 'Lopez']);
    expect(entityNamed(index, 'Maria Lopez').type).toBe('person');
    expect(entityNamed(index, 'Apple').type).toBe('organization');
  });
});

describe('a relative named with a kinship word', () => {
  it('"My grandmother, Ngozi, made pots … Grandma Ngozi never sold a pot" made two people; they are one now, while "Uncle Sam wants you" beside a later "Sam Smith" stays apart', () => {
    const text = 'My grandmother, Ngozi, made pots in Abeokuta. Grandma Ngozi never sold a pot. Uncle Sam wants you. Sam Smith sang.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const ngozi = index.entities.find((e) => index.mentionsOf(e).some((m) => m.text === 'Ngozi'))!;
    expect(index.mentionsOf(ngozi).map((m) => m.text)).toEqual(['Ngozi', 'Grandma Ngozi']);
    expect(surfaces(index, 'Uncle Sam')).toEqual(['Uncle Sam']);
  });
});

describe('a given name written short with its period', () => {
  it('"Judge Md. Rahman adjourned the hearing" was a person "Md" (its period ended the sentence, and "Rahman" was lost), and "Mohd. Najib Razak" a person "Mohd"; the short forms of Muhammad keep their period inside the name; "Bethesda, Md. The results" and "Annapolis, Md. Sen. Chris Van Hollen" stay Maryland', () => {
    const text = 'Judge Md. Rahman adjourned the hearing until Tuesday. Rahman said the defence needed time. Former prime minister Mohd. Najib Razak was jailed in 2022.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Md. Rahman')).toEqual([`Md. Rahman@${text.indexOf('Md.')}`, `Rahman@${text.indexOf('Rahman said')}`]);
    expect(entityNamed(index, 'Md. Rahman').type).toBe('person');
    expect(surfaces(index, 'Mohd. Najib Razak')).toEqual(['Mohd. Najib Razak']);
    const near = indexTexts({ 'a.txt': 'A study was run in Bethesda, Md. The results were clear. He flew from Annapolis, Md. Sen. Chris Van Hollen met him.\n' });
    expect(surfaces(near, 'Maryland')).toEqual(['Md.', 'Md.']);
    expect(surfaces(near, 'Chris Van Hollen')).toEqual(['Chris Van Hollen']);
    expect(allSurfaces(near)).not.toContain('Md. The');
  });
});

describe('a field with an "of" of its own after "and" in a body\'s name', () => {
  it('"the Norwegian Academy for Literature and Freedom of Expression gave the award" was cut at "and" (and "Freedom" an organization); it is one body, and so is "the Committee for Peace and Freedom of the Press"; "the Ministry of Health and Minister of Defence" and "the University of Oslo and Museum of Art" stay apart', () => {
    const text =
      'The Norwegian Academy for Literature and Freedom of Expression gave the award in Oslo. The Committee for Peace and Freedom of the Press met on Monday.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Norwegian Academy for Literature and Freedom of Expression')).toEqual(['Norwegian Academy for Literature and Freedom of Expression']);
    expect(entityNamed(index, 'Norwegian Academy for Literature and Freedom of Expression').type).toBe('organization');
    expect(surfaces(index, 'Committee for Peace and Freedom of the Press')).toEqual(['Committee for Peace and Freedom of the Press']);
    expect(allSurfaces(index)).not.toContain('Freedom');
    const near = indexTexts({ 'a.txt': 'The Ministry of Health and Minister of Defence met in Oslo. The University of Oslo and Museum of Art agreed.\n' });
    expect(surfaces(near, 'Ministry of Health')).toEqual(['Ministry of Health']);
    expect(surfaces(near, 'Museum of Art')).toEqual(['Museum of Art']);
    expect(surfaces(near, 'University of Oslo')).toEqual(['University of Oslo']);
  });
});

describe('a dictionary word opening the sentence before a known company\'s legal name', () => {
  it('"Rivals Honda Motor Co and Nissan Motor Co report results" was an organization "Rivals Honda Motor Co"; it is Honda\'s, as "Analysts Jefferies Group" is Jefferies\'; a body\'s own first word stays ("General Motors Co", "Western Digital Corp", "Royal Dutch Shell Plc")', () => {
    const text = 'Toyota said profit fell. Rivals Honda Motor Co and Nissan Motor Co report results later this week. Analysts Jefferies Group said the yen hurt.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Honda')).toEqual([`Honda Motor Co@${text.indexOf('Honda')}`]);
    expect(mentionsAt(index, 'Jefferies')).toEqual([`Jefferies Group@${text.indexOf('Jefferies')}`]);
    expect(allSurfaces(index).filter((s) => s.startsWith('Rivals') || s.startsWith('Analysts'))).toEqual([]);
    const near = indexTexts({ 'a.txt': 'Shares rose. General Motors Co said sales rose. Western Digital Corp fell. Royal Dutch Shell Plc gained.\n' });
    expect(surfaces(near, 'General Motors')).toEqual(['General Motors Co']);
    expect(surfaces(near, 'Western Digital')).toEqual(['Western Digital Corp']);
    expect(surfaces(near, 'Royal Dutch Shell Plc')).toEqual(['Royal Dutch Shell Plc']);
  });
});

describe('"no." in lower case at a sentence\'s end', () => {
  it('"Harris said no. Opposition leaders disagreed" ran on past "no." and made "Opposition" an organization; the sentence ends there now; "the world no. 1 Iga Swiatek" keeps its number and its player', () => {
    const index = indexTexts({ 'a.txt': 'Asked whether he would resign in Dublin, Harris said no. Opposition leaders disagreed.\n' });
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Dublin', 'Harris']);
    const near = indexTexts({ 'a.txt': 'The world no. 1 Iga Swiatek lost in Paris.\n' });
    expect(surfaces(near, 'Iga Swiatek')).toEqual(['Iga Swiatek']);
  });
});

describe('a byline with the wire\'s credits after a semicolon', () => {
  it('"By Medha Singh and Noel Randewich; Editing by Chris Reese" on its own line left the editor "Chris Reese" a person of the story; the line is a byline now, and names no one; a sentence opened by "By" in the body keeps its names', () => {
    const index = indexTexts({ 'a.txt': 'NEW YORK (Reuters) - U.S. stocks rose on Monday as investors bet the Federal Reserve would cut rates.\n\nBy Medha Singh and Noel Randewich; Editing by Chris Reese\n' });
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Federal Reserve', 'New York', 'Reuters', 'United States']);
    const near = indexTexts({ 'a.txt': 'NEW YORK (Reuters) - U.S. stocks rose on Monday.\n\nBy Friday, Chris Reese said, the Federal Reserve would act; editing by committee is slow.\n' });
    expect(surfaces(near, 'Chris Reese')).toEqual(['Chris Reese']);
  });
});

describe('a byline with its outlet or desk after a comma', () => {
  it('"By Hannah Natanson, The Washington Post" on its own line was cut by the leading rule after "By Hannah", which left "Natanson" a mention of the reporter; the line is a byline and names no one', () => {
    const text = '# Schools vote\n\nBy Hannah Natanson, The Washington Post\n\nFAIRFAX, Va. — The board voted on Thursday to redraw the lines.\n\nHannah Natanson covers education for The Post.\n';
    const index = indexTexts({ 'a.md': text });
    expect(mentionsAt(index, 'Hannah Natanson')).toEqual(['Hannah Natanson@0']);
    const desk = indexTexts({ 'a.md': '# Theatre to close\n\nBy Karen Fricker, Theatre Critic\n\nTORONTO — The theatre will close in January, its owner said.\n\nKaren Fricker reviews plays.\n' });
    expect(surfaces(desk, 'Karen Fricker')).toEqual(['Karen Fricker']);
  });
});

describe('a capitalised role noun between a club\'s name and a person\'s', () => {
  it('a hyphened title after a body\'s name keeps the body ("Arab League Secretary-General Ahmed Aboul Gheit said" dropped the league; "Secretary General" kept it)', () => {
    const text = 'Arab League Secretary-General Ahmed Aboul Gheit said the plan was realistic.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Arab League')).toEqual(['Arab League@0']);
    expect(entityNamed(index, 'Ahmed Aboul Gheit').descriptions.map((d) => d.text)).toEqual(['Arab League Secretary-General']);
  });

  it('a party\'s name, "of" and its leader\'s title before the leader are the party and the person ("the Liberal Democratic Party of Prime Minister Fumio Kishida" named Kishida alone, the party taken for his title)', () => {
    const text = 'Voters punished the Liberal Democratic Party of Prime Minister Fumio Kishida on Sunday. The Liberal Democratic Party lost its majority.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Liberal Democratic Party')).toEqual([`Liberal Democratic Party@${text.indexOf('Liberal')}`, `Liberal Democratic Party@${text.lastIndexOf('Liberal')}`]);
    expect(entityNamed(index, 'Liberal Democratic Party').type).toBe('organization');
    expect(mentionsAt(index, 'Fumio Kishida')).toEqual([`Fumio Kishida@${text.indexOf('Fumio')}`]);
  });
  it('"Leeds United Manager Daniel Farke resigned" was one person, club and role and all, and "England Coach Thomas Tuchel" an other; the club or place and the person are named apart, the role is the title; "Mother Teresa" and "Springfield Teachers Association President Mary Smith" are as they were', () => {
    const text = 'Rain fell in Leeds on Monday. Leeds United Manager Daniel Farke resigned after the defeat. England Coach Thomas Tuchel named his squad. Real Madrid Striker Kylian Mbappe scored twice.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Daniel Farke')).toEqual([`Daniel Farke@${text.indexOf('Daniel')}`]);
    expect(entityNamed(index, 'Daniel Farke').descriptions.map((d) => d.text)).toEqual(['Leeds United Manager']);
    expect(surfaces(index, 'Leeds United')).toEqual(['Leeds United']);
    expect(entityNamed(index, 'Thomas Tuchel').type).toBe('person');
    expect(surfaces(index, 'England')).toEqual(['England']);
    expect(surfaces(index, 'Kylian Mbappe')).toEqual(['Kylian Mbappe']);
    expect(allSurfaces(index).filter((s) => s.includes('Manager') || s.includes('Coach') || s.includes('Striker'))).toEqual([]);
    const near = indexTexts({ 'a.txt': 'Rain fell on Monday. Mother Teresa spoke in Kolkata. Springfield Teachers Association President Mary Smith spoke.\n' });
    expect(surfaces(near, 'Mother Teresa')).toEqual(['Mother Teresa']);
    expect(surfaces(near, 'Springfield Teachers Association')).toEqual(['Springfield Teachers Association']);
    expect(surfaces(near, 'Mary Smith')).toEqual(['Mary Smith']);
  });
});

describe('a preposition capitalised inside a name of dictionary words', () => {
  it('"The Campaign Against Arms Trade said it would keep pressing ministers" and "Mothers Against Drunk Driving said" found nothing (dictionary words with nothing to vouch for them); they are organizations now; a preposition in lower case makes no name ("Campaigners against arms sales met")', () => {
    const text = 'Officials met in London on Monday. The Campaign Against Arms Trade said it would keep pressing ministers. Mothers Against Drunk Driving said the law would save lives.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Campaign Against Arms Trade')).toEqual(['Campaign Against Arms Trade']);
    expect(entityNamed(index, 'Campaign Against Arms Trade').type).toBe('organization');
    expect(entityNamed(index, 'Mothers Against Drunk Driving').type).toBe('organization');
    const near = indexTexts({ 'a.txt': 'Officials met in London on Monday. Campaigners against arms sales met Trade ministers.\n' });
    expect(near.entities.map((e) => e.name)).toEqual(['London']);
  });
});

describe('a local government area by its head word', () => {
  it('"parts of the Shire of Northam" gave a person "Northam", "Northam Shire" a person, "the Governorate of Aleppo" an organization and "the Municipality of Anchorage" nothing; a shire, a borough, a municipality, a township and a governorate are places; "a township in Ohio" names only Ohio', () => {
    const text = 'Warnings were issued for parts of the Shire of Northam on Sunday. Voters in Northam Shire stayed home. Fighting spread to the Governorate of Aleppo. Residents of the Municipality of Anchorage voted.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    for (const name of ['Shire of Northam', 'Northam Shire', 'Governorate of Aleppo', 'Municipality of Anchorage']) expect(entityNamed(index, name).type, name).toBe('place');
    expect(entityNamed(index, 'Northam').type).toBe('place');
    const near = indexTexts({ 'a.txt': 'The plant is in a township in Ohio, and the borough council met.\n' });
    expect(near.entities.map((e) => e.name)).toEqual(['Ohio']);
  });
});

describe('a long appositive that opens with "a" and a thing\'s noun', () => {
  it('"Zuma now leads uMkhonto weSizwe, a party he founded in December 2023 that won nearly 15% of the vote in last year\'s election, largely in KwaZulu-Natal" made the party a person (the appositive ran past its words\' limit); it is an organization; "In Durban, a party rally drew thousands …" keeps Durban a place', () => {
    const text =
      "Jacob Zuma was expelled in Johannesburg. Zuma now leads uMkhonto weSizwe, a party he founded in December 2023 that won nearly 15% of the vote in last year's election, largely in KwaZulu-Natal.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'uMkhonto weSizwe').type).toBe('organization');
    const near = indexTexts({ 'a.txt': 'In Durban, a party rally drew thousands of supporters who had travelled from every corner of the province on buses and trains.\n' });
    expect(entityNamed(near, 'Durban').type).toBe('place');
  });
});

describe('a town between "a" and a resident\'s noun', () => {
  it('"A Mosgiel man who killed a cyclist has been jailed" and "an Oamaru teenager was charged" typed the towns other; they are places; "a Google engineer" stays the company and "a Jane Doe story" names a person', () => {
    const text = 'A Mosgiel man who killed a cyclist has been jailed. Police said an Oamaru teenager was charged.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Mosgiel').type).toBe('place');
    expect(entityNamed(index, 'Oamaru').type).toBe('place');
    const near = indexTexts({ 'a.txt': 'A Google engineer quit on Monday. It was a Jane Doe story, Mary Smith said.\n' });
    expect(entityNamed(near, 'Google').type).toBe('organization');
    expect(entityNamed(near, 'Jane Doe').type).toBe('person');
  });
});

describe('a polytechnic is a body', () => {
  it('"Otago Polytechnic lecturer Sarah-Jane Ruru" typed the school other, and "the Polytechnic of Namibia" was cut to "Polytechnic", a short form of it; each is an organization of its own now, with its place nested; "Hong Kong Polytechnic University" is as it was', () => {
    const text = 'The victim, Otago Polytechnic lecturer Sarah-Jane Ruru, 41, died. She had taught at Hong Kong Polytechnic University and at the Polytechnic of Namibia.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Otago Polytechnic')).toEqual([`Otago Polytechnic@${text.indexOf('Otago')}`]);
    expect(entityNamed(index, 'Otago Polytechnic').type).toBe('organization');
    expect(surfaces(index, 'Polytechnic of Namibia')).toEqual(['Polytechnic of Namibia']);
    expect(surfaces(index, 'Otago')).toEqual(['Otago']);
    expect(surfaces(index, 'Hong Kong Polytechnic University')).toEqual(['Hong Kong Polytechnic University']);
  });
});

describe('"who" after a name\'s "of" or "at" phrase', () => {
  it('"Patricia McBride of Fermilab, who leads CMS, said" made the lab a person ("who" is hers); it is no person now; "Elon Musk, who also runs Tesla," keeps "who" its own, and so does a name after a verb ("Officials met Ruizowski, who heads Pemex": a person)', () => {
    const text = 'Patricia McBride of Fermilab, who leads CMS, said more data would come in Geneva.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Fermilab').type).not.toBe('person');
    expect(entityNamed(index, 'Patricia McBride').type).toBe('person');
    const near = indexTexts({ 'a.txt': 'Officials met Elon Musk, who also runs Tesla, in Austin. Officials met Ruizowski, who heads Pemex.\n' });
    expect(entityNamed(near, 'Ruizowski').type).toBe('person');
  });
});

describe('a body\'s acronym and a country', () => {
  it('"PETA India said it would seek a review" made a person "PETA India" ("India" a given name) and took the country\'s other mentions ("India\'s Supreme Court"); it is an organization, and India stays the country; "He flew from US Georgia" names two places', () => {
    const text = "India's Supreme Court ruled on Monday. PETA India said it would seek a review. KPMG Nigeria agreed.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'PETA India').type).toBe('organization');
    expect(mentionsAt(index, 'PETA India')).toEqual([`PETA India@${text.indexOf('PETA')}`]);
    expect(mentionsAt(index, 'India')).toEqual(['India@0']);
    expect(entityNamed(index, 'KPMG Nigeria').type).toBe('organization');
    const near = indexTexts({ 'a.txt': 'He flew from US Georgia on Monday.\n' });
    expect(entityNamed(near, 'Georgia').type).toBe('place');
  });
});

describe('"People for" and a cause', () => {
  it('"Maneka Gandhi, founder of People for Animals, said" found no body ("People" and "Animals" were dictionary words); it is one organization; "People for years have fed the dogs" names nothing', () => {
    const text = 'Maneka Gandhi, a former minister and founder of People for Animals, said the city had no space. People for years have fed the dogs in Delhi.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'People for Animals')).toEqual(['People for Animals']);
    expect(entityNamed(index, 'People for Animals').type).toBe('organization');
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Delhi', 'Maneka Gandhi', 'People for Animals']);
  });
});

describe('a cartel\'s boss after its "of"', () => {
  it('"kidnapped by the Medellin Cartel of Pablo Escobar" was one organization, the boss inside it; the cartel and Pablo Escobar are named apart; "the Cartel of the Suns" stays whole', () => {
    const text = 'She was kidnapped by the Medellin Cartel of Pablo Escobar in 1990. The Cartel of the Suns is accused of trafficking.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Medellin Cartel')).toEqual(['Medellin Cartel']);
    expect(entityNamed(index, 'Pablo Escobar').type).toBe('person');
    expect(surfaces(index, 'Cartel of the Suns')).toEqual(['Cartel of the Suns']);
  });
});

describe('a quoted title joined by "and"', () => {
  it('\'his breakthrough came in "Bonnie and Clyde," which earned him a nomination\' made two persons, "Bonnie" and "Clyde"; the title is one name now, and so is "Pride and Prejudice"; \'"Russia and Ukraine" must talk\' names two countries', () => {
    const text = 'Gene Hackman broke through in 1967 in "Bonnie and Clyde," which earned him a nomination. She staged "Pride and Prejudice" in York.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Bonnie and Clyde')).toEqual(['Bonnie and Clyde']);
    expect(entityNamed(index, 'Bonnie and Clyde').type).not.toBe('person');
    expect(surfaces(index, 'Pride and Prejudice')).toEqual(['Pride and Prejudice']);
    expect(allSurfaces(index)).not.toContain('Bonnie');
    const near = indexTexts({ 'a.txt': 'Officials said "Russia and Ukraine" must talk.\n' });
    expect(near.entities.map((e) => e.name).sort()).toEqual(['Russia', 'Ukraine']);
  });
});

describe('an electoral division named by its town, "Rural" and a compass point', () => {
  it('"Voters in Maidstone Rural West elected a Reform UK councillor" typed the division other; it is a place, with Maidstone nested; "Maidstone" alone later stays the town', () => {
    const text = 'Voters in Maidstone Rural West elected a Reform UK councillor. Turnout in Maidstone was low.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Maidstone Rural West').type).toBe('place');
    expect(mentionsAt(index, 'Maidstone')).toEqual([`Maidstone@${text.indexOf('Maidstone')}`, `Maidstone@${text.indexOf('Maidstone was')}`]);
  });
});

describe('a team\'s plural after the "The" opening a sentence', () => {
  it('"The Rams host the Eagles next week" and "The Bills fell to 5-3" dropped the teams (a dictionary word\'s plural with nothing to vouch for it); they are organizations, as after "the" mid-sentence; a headline in title case ("The Bills Fall Again") names none', () => {
    const text = 'Matthew Stafford threw three touchdowns on Sunday. The Rams host the Eagles next week. The Bills fell to 5-3.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Rams')).toEqual([`Rams@${text.indexOf('Rams')}`]);
    expect(entityNamed(index, 'Rams').type).toBe('organization');
    expect(mentionsAt(index, 'Bills')).toEqual([`Bills@${text.indexOf('Bills')}`]);
    const near = indexTexts({ 'a.txt': 'The Bills Fall Again\n\nMatthew Stafford threw three touchdowns on Sunday.\n' });
    expect(near.entities.map((e) => e.name)).toEqual(['Matthew Stafford']);
  });
});

describe('a team\'s plural before a score', () => {
  it('"The Chiefs beat the Bills 27-20" and "lost to the Raiders 31-17" found no Bills and no Raiders (a dictionary word before a number labelled it, as "Figure 1"); they are organizations now; "see Figure 3-1 and the Tables 2-3" names nothing', () => {
    const text = 'The Chiefs beat the Bills 27-20 on Sunday. Kansas City lost to the Raiders 31-17 in October.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Bills')).toEqual([`Bills@${text.indexOf('Bills')}`]);
    expect(entityNamed(index, 'Bills').type).toBe('organization');
    expect(entityNamed(index, 'Raiders').type).toBe('organization');
    const near = indexTexts({ 'a.txt': 'See Figure 3-1 and the Tables 2-3 for details.\n' });
    expect(near.entities).toEqual([]);
  });
});

describe('acronyms of materials, fuels and measures', () => {
  it('"made of PVC", "exports LNG to Japan", "PFAS chemicals", "lacked PPE", "The CPI rose" and "Tesla\'s EV lead" made organizations and a place of the acronyms; they name nothing; a body\'s acronym ("the IAEA said") still names it', () => {
    const text = "The pipes are made of PVC. Qatar exports LNG to Japan, and PFAS chemicals were found. Nurses lacked PPE. The CPI rose 0.3%. Tesla's EV lead shrank.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Japan', 'Qatar', 'Tesla']);
    const near = indexTexts({ 'a.txt': 'Inspectors visited the plant, the IAEA said on Monday.\n' });
    expect(near.entities.map((e) => e.name)).toEqual(['International Atomic Energy Agency']);
  });
});

describe('carmakers news names by one word', () => {
  it('"Mazda said sales fell" found nothing, "Audi and Kia cut output" made two persons and "Mercedes-Benz said" nothing; each is a company now; a person named Kia ("Kia Stevens won") keeps her name', () => {
    const text = 'Mazda said sales fell in Japan. Shares of Volvo rose, while Audi and Kia cut output. Mercedes-Benz said profit fell.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    for (const name of ['Mazda', 'Audi', 'Kia', 'Mercedes-Benz']) expect(entityNamed(index, name).type, name).toBe('organization');
    const near = indexTexts({ 'a.txt': 'Kia Stevens won the title in Tokyo.\n' });
    expect(entityNamed(near, 'Kia Stevens').type).toBe('person');
  });
});

describe('a temperature\'s scale after "degrees"', () => {
  it('"temperatures topped 44 degrees Celsius" and "111 degrees Fahrenheit" made the scales other names; they name nothing; "Anders Celsius … Celsius died in 1744" is the astronomer', () => {
    const index = indexTexts({ 'a.txt': 'Temperatures topped 44 degrees Celsius in Perth, or 111 degrees Fahrenheit.\n' });
    expect(index.entities.map((e) => e.name)).toEqual(['Perth']);
    const text = 'The scale is named after Anders Celsius, and Celsius died in 1744.';
    const near = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(near, 'Anders Celsius')).toEqual([`Anders Celsius@${text.indexOf('Anders')}`, `Celsius@${text.indexOf('Celsius died')}`]);
  });
});

describe('Ottawa\'s Parliament Hill', () => {
  it('"Carney told reporters on Parliament Hill" found nothing (two dictionary words); it is a place the lists know, as "Capitol Hill" is; "Jonah Hill" stays a person', () => {
    const index = indexTexts({ 'a.txt': 'Carney told reporters on Parliament Hill that Canada would keep its levies. Jonah Hill watched from Toronto.\n' });
    expect(entityNamed(index, 'Parliament Hill').type).toBe('place');
    expect(entityNamed(index, 'Jonah Hill').type).toBe('person');
  });
});

describe('"Negotiator" in a title', () => {
  it('"with Chief Trade Negotiator Janice Charette" made a person "Negotiator Janice Charette"; the person is "Janice Charette", the title her description; "Chief Negotiator Michel Barnier" too; "Negotiators from both sides met" names no one', () => {
    const index = indexTexts({ 'a.txt': 'Dominic LeBlanc will travel to Washington with Chief Trade Negotiator Janice Charette. Chief Negotiator Michel Barnier met envoys.\n' });
    expect(surfaces(index, 'Janice Charette')).toEqual(['Janice Charette']);
    expect(entityNamed(index, 'Janice Charette').descriptions.map((d) => d.text)).toEqual(['Chief Trade Negotiator']);
    expect(surfaces(index, 'Michel Barnier')).toEqual(['Michel Barnier']);
    const near = indexTexts({ 'a.txt': 'Negotiators from both sides met in Geneva on Monday.\n' });
    expect(near.entities.map((e) => e.name)).toEqual(['Geneva']);
  });
});

describe('a meet or a tournament by its closing word', () => {
  it('"broke the record at the Prefontaine Classic" typed the meet an organization, and "won the Memorial Tournament" found nothing; "Classic", "Invitational" and "Tournament" closing a name make an event; "Tournament officials agreed" names nothing', () => {
    const index = indexTexts({ 'a.txt': 'Faith Kipyegon broke the record at the Prefontaine Classic in Eugene. Scottie Scheffler won the Memorial Tournament and the Genesis Invitational. Tournament officials agreed.\n' });
    for (const name of ['Prefontaine Classic', 'Memorial Tournament', 'Genesis Invitational']) expect(entityNamed(index, name).type, name).toBe('event');
    expect(index.entities.map((e) => e.name)).not.toContain('Tournament');
  });
});

describe('sportswear makers news names by one word', () => {
  it('"an event staged by Nike in Paris" made Nike a person, and "Adidas said sales rose" found nothing; both are companies now; a surname no list holds ("Kipyegon said") stays a person', () => {
    const index = indexTexts({ 'a.txt': 'Faith Kipyegon ran in an event staged by Nike in Paris. Adidas said sales rose. Kipyegon said she was happy.\n' });
    expect(entityNamed(index, 'Nike').type).toBe('organization');
    expect(entityNamed(index, 'Adidas').type).toBe('organization');
    expect(entityNamed(index, 'Faith Kipyegon').type).toBe('person');
  });
});

describe('a festival by its own short name', () => {
  it('"The Berlin International Film Festival opened … The Berlinale showed 200 films" made the Berlinale other, apart from the festival; it is the festival now, an event, and "the Venice Film Festival" stays its own', () => {
    const text = 'The Berlin International Film Festival opened on Thursday. The Berlinale showed 200 films. The Venice Film Festival follows in August.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Berlin International Film Festival')).toEqual(['Berlin International Film Festival', 'Berlinale']);
    expect(entityNamed(index, 'Berlin International Film Festival').type).toBe('event');
    expect(surfaces(index, 'Venice Film Festival')).toEqual(['Venice Film Festival']);
  });
});

describe('a given name after a named person\'s kinship noun', () => {
  it('"Nick Daicos … Josh Dunkley … Daicos\'s brother Josh kicked a goal" made the brother Josh Dunkley; he is apart now, while "Lopez\'s sister Ana" after "Ana Lopez" is still hers', () => {
    const text = "Nick Daicos was held to 21 disposals by Josh Dunkley. Daicos's brother Josh kicked a goal.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Josh Dunkley')).toEqual(['Josh Dunkley']);
    expect(surfaces(index, 'Nick Daicos')).toEqual(['Nick Daicos', 'Daicos']);
    expect(mentionsAt(index, 'Josh')).toEqual([`Josh@${text.lastIndexOf('Josh')}`]);
    expect(entityNamed(index, 'Josh').type).toBe('person');
    const near = indexTexts({ 'a.txt': "Maria Lopez met Ana Ruiz. Ana Lopez and Ana Ruiz met. Lopez's sister Ana left.\n" });
    expect(surfaces(near, 'Ana Lopez')).toEqual(['Ana Lopez', 'Lopez', 'Ana']);
    expect(surfaces(near, 'Ana Ruiz')).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('a name "as the <noun> is known"', () => {
  it('"Brazil\'s Supreme Federal Court ordered … The STF, as the court is known, voted" made the STF a body apart; it is the court now, while "The NTSB, as the court is known," with no court named before stays its own', () => {
    const text = "Brazil's Supreme Federal Court on Wednesday ordered the platform to pay fines. The platform said it had complied. The STF, as the court is known, voted 5-0.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Supreme Federal Court')).toEqual(['Supreme Federal Court', 'STF']);
    expect(entityNamed(index, 'Supreme Federal Court').type).toBe('organization');
    const near = indexTexts({ 'a.txt': 'The Federal Aviation Administration grounded the jets. The NTSB, as the court is known, said nothing.\n' });
    expect(surfaces(near, 'NTSB')).toEqual(['NTSB']);
    expect(surfaces(near, 'Federal Aviation Administration')).toEqual(['Federal Aviation Administration']);
  });
});

describe('a city by its nickname', () => {
  it('"The Big Apple never sleeps" gave the company Apple; it is New York City now, with "NYC", while "Apple shares rose" stays the company and "New York Governor Kathy Hochul" the state\'s', () => {
    const text = 'The Big Apple never sleeps, tourists say. Apple shares rose 2%. Mayor Eric Adams said New York City would expand shelters. NYC has struggled. New York Governor Kathy Hochul agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'New York City')).toEqual(['Big Apple', 'New York City', 'NYC']);
    expect(entityNamed(index, 'New York City').type).toBe('place');
    expect(surfaces(index, 'Apple')).toEqual(['Apple']);
    expect(entityNamed(index, 'Apple').type).toBe('organization');
    expect(surfaces(index, 'New York')).toEqual(['New York']);
  });
});

describe('a currency by its closing word', () => {
  it('"the Ghana Cedi fell" made a person "Ghana Cedi", and "the Kenyan Shilling" a person "Shilling"; a currency word closing a name of two words makes it other, its country word kept; "Chinese diver Yuan Jie" and "Ahmed Lira" stay persons', () => {
    const index = indexTexts({ 'a.txt': 'The Kenyan Shilling and the Ghana Cedi fell against the dollar on Tuesday. Chinese diver Yuan Jie won gold. The novelist Ahmed Lira spoke.\n' });
    expect(entityNamed(index, 'Ghana Cedi').type).toBe('other');
    expect(surfaces(index, 'Kenyan Shilling')).toEqual(['Kenyan Shilling']);
    expect(entityNamed(index, 'Kenyan Shilling').type).toBe('other');
    expect(entityNamed(index, 'Yuan Jie').type).toBe('person');
    expect(entityNamed(index, 'Ahmed Lira').type).toBe('person');
  });
});

describe('Ukrainian given names that are towns too', () => {
  it('"Girona\'s Artem Dovbyk pulled one back" held a place "Artem" inside the striker\'s name (a Russian town); "Artem", "Serhiy" and the like open a person\'s name and hold no place; Kyiv is still a place', () => {
    const index = indexTexts({ 'a.txt': "Girona's Artem Dovbyk pulled one back late on. The team flew home to Kyiv.\n" });
    expect(allSurfaces(index)).not.toContain('Artem');
    expect(surfaces(index, 'Artem Dovbyk')).toEqual(['Artem Dovbyk']);
    expect(entityNamed(index, 'Artem Dovbyk').type).toBe('person');
    expect(entityNamed(index, 'Kyiv').type).toBe('place');
  });
});

describe('a known company\'s product named after a place', () => {
  it('"Users of Google Earth complained" gave Google and a place "Earth" (the planet); "Google Earth" is one product; "Google said" stays the company and "life on Earth" the planet', () => {
    const index = indexTexts({ 'a.txt': 'Users of Google Earth complained on Monday. Google said it would fix the map. Life on Earth is fine.\n' });
    expect(entityNamed(index, 'Google Earth').type).toBe('product');
    expect(surfaces(index, 'Google Earth')).toEqual(['Google Earth']);
    expect(surfaces(index, 'Google')).toEqual(['Google']);
    expect(surfaces(index, 'Earth')).toEqual(['Earth']);
    expect(entityNamed(index, 'Earth').type).toBe('place');
  });
});

describe('a government\'s programme by its closing "Agenda"', () => {
  it('"Kenyatta launched the Big Four Agenda" and "The New Urban Agenda was adopted" found nothing (dictionary words only); "Agenda" closing a name of two words or more makes a programme; "Agenda items were set" names nothing', () => {
    const index = indexTexts({ 'a.txt': 'The president launched the Big Four Agenda in 2017. The New Urban Agenda was adopted in Quito. Agenda items were set.\n' });
    expect(entityNamed(index, 'Big Four Agenda').type).toBe('programme');
    expect(entityNamed(index, 'New Urban Agenda').type).toBe('programme');
    expect(index.entities.map((e) => e.name)).not.toContain('Agenda');
  });

  it('a condition named after its describer is no mention of that person: "James Parkinson described the palsy … Parkinson\'s disease affects ten million people" gave the disease to James Parkinson, typed other; "Parkinson was a surgeon" stays his', () => {
    const text = 'James Parkinson described the shaking palsy in 1817. Today Parkinson\'s disease affects ten million people. Parkinson was a surgeon in London.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'James Parkinson')).toEqual(['James Parkinson@0', `Parkinson@${text.indexOf('Parkinson was')}`]);
    expect(entityNamed(index, 'James Parkinson').type).toBe('person');
    const lou = indexTexts({ 'a.txt': 'Lou Gehrig played 2,130 straight games. Gehrig\'s disease ended his career. Gehrig said he was lucky.\n' });
    expect(surfaces(lou, 'Lou Gehrig')).toEqual(['Lou Gehrig', 'Gehrig']);
    expect(entityNamed(lou, 'Lou Gehrig').type).toBe('person');
  });

  it('a finding of science named after its finder is no mention of that person: "Peter Higgs … predicted the Higgs boson" and "Bernhard Riemann posed the Riemann hypothesis" gave the boson and the hypothesis to them; "Smith\'s hypothesis" after "Jane Smith" stays hers', () => {
    const text = 'Peter Higgs, the physicist who predicted the Higgs boson, has died. Higgs shared the prize in 2013. Bernhard Riemann posed the Riemann hypothesis. Riemann died young. Jane Smith tested Smith\'s hypothesis, and Smith said it held.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Peter Higgs')).toEqual(['Peter Higgs@0', `Higgs@${text.indexOf('Higgs shared')}`]);
    expect(mentionsAt(index, 'Bernhard Riemann')).toEqual([`Bernhard Riemann@${text.indexOf('Bernhard')}`, `Riemann@${text.indexOf('Riemann died')}`]);
    expect(entityNamed(index, 'Peter Higgs').type).toBe('person');
    expect(surfaces(index, 'Jane Smith')).toEqual(['Jane Smith', 'Smith', 'Smith']);
  });

  it('"a" and a body\'s head word before a role noun is the story\'s body of that head word: "The European Commission … A Commission spokeswoman declined to comment" were two bodies; "set up a Commission of inquiry" stays a new one', () => {
    const text = 'The European Commission is expected to review the purchase. A Commission spokeswoman declined to comment. The Foreign Ministry said the talks failed. A Ministry official said more talks were planned.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'European Commission')).toEqual(['European Commission', 'Commission']);
    expect(surfaces(index, 'Foreign Ministry')).toEqual(['Foreign Ministry', 'Ministry']);
    const inquiry = indexTexts({ 'a.txt': 'The European Commission is expected to review the purchase. Brussels will set up a Commission of inquiry.\n' });
    expect(surfaces(inquiry, 'European Commission')).toEqual(['European Commission']);
  });
});

describe('a list member that repeats a person\'s surname', () => {
  it('lends no place its word names elsewhere: "Lewis Hamilton … a collision between Hamilton and Piastri" made Oscar Piastri a place (Hamilton, the city); a place in a list still lends its own ("between Brighton and Ravensmoor")', () => {
    const text = 'Lewis Hamilton won in Monaco. Oscar Piastri was second. Stewards looked at a collision between Hamilton and Piastri on lap 12.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Oscar Piastri')).toEqual(['Oscar Piastri', 'Piastri']);
    expect(entityNamed(index, 'Oscar Piastri').type).toBe('person');
    expect(surfaces(index, 'Lewis Hamilton')).toEqual(['Lewis Hamilton', 'Hamilton']);
    const buses = indexTexts({ 'a.txt': 'Lewis Hamilton won in Monaco. Buses ran between Brighton and Ravensmoor on Sunday.\n' });
    expect(entityNamed(buses, 'Ravensmoor').type).toBe('place');
  });
});

describe('research laboratories and a streaming platform news names by their own name', () => {
  it('"The European Organization for Nuclear Research, as CERN is formally known" gave two bodies, "Fermilab" was other and apart from "Fermi National Accelerator Laboratory", and "rivals such as Spotify" was other; "Enrico Fermi" stays a person of his own', () => {
    const text = 'Physicists at CERN measured the W boson. A 2022 result from Fermilab found it heavier. Physicists at Fermi National Accelerator Laboratory said they would study the data. The European Organization for Nuclear Research, as CERN is formally known, runs the collider. Apple stopped rivals such as Spotify from telling users about prices. Enrico Fermi built the first reactor.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'CERN')).toEqual(['CERN', 'European Organization for Nuclear Research', 'CERN']);
    expect(surfaces(index, 'Fermilab')).toEqual(['Fermilab', 'Fermi National Accelerator Laboratory']);
    expect(entityNamed(index, 'Fermilab').type).toBe('organization');
    expect(entityNamed(index, 'Spotify').type).toBe('organization');
    expect(surfaces(index, 'Enrico Fermi')).toEqual(['Enrico Fermi']);
    expect(entityNamed(index, 'Enrico Fermi').type).toBe('person');
  });
});

describe('an orchestra or a company of dancers by its closing word', () => {
  it('"joined the New York Philharmonic", "danced with the Royal Ballet" were other; "Philharmonic", "Philharmonia" and "Ballet" closing a name make a body, and "New York" inside stays the place; "Ballet lessons cost more" names nothing', () => {
    const text = 'He joined the New York Philharmonic in 1961. She danced with the Royal Ballet and the Bolshoi Ballet. The London Philharmonia toured Japan. Ballet lessons cost more.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    for (const name of ['New York Philharmonic', 'Royal Ballet', 'Bolshoi Ballet', 'London Philharmonia']) expect(entityNamed(index, name).type).toBe('organization');
    expect(entityNamed(index, 'New York').type).toBe('place');
    expect(allSurfaces(index)).not.toContain('Ballet');
  });
});

describe('an orchestra\'s name without its closing "Orchestra"', () => {
  it('"Seiji Ozawa led the Boston Symphony Orchestra … music director of the Boston Symphony" gave a second entity, other, which also sat inside the full name; now one body, "Boston" inside the short name still the city; "the Boston Symphony Hall" stays a hall of its own', () => {
    const text = 'Seiji Ozawa led the Boston Symphony Orchestra for nearly three decades. Ozawa became music director of the Boston Symphony in 1973.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Boston Symphony Orchestra')).toEqual([`Boston Symphony Orchestra@${text.indexOf('Boston')}`, `Boston Symphony@${text.indexOf('Boston Symphony in')}`]);
    expect(entityNamed(index, 'Boston Symphony Orchestra').type).toBe('organization');
    expect(entityNamed(index, 'Boston').type).toBe('place');
    const hall = indexTexts({ 'a.txt': 'The Boston Symphony Orchestra played on. Tickets for the Boston Symphony Hall sold out.\n' });
    expect(surfaces(hall, 'Boston Symphony Orchestra')).toEqual(['Boston Symphony Orchestra']);
  });
});

describe('a sentence opened by a preposition and "the" before a name', () => {
  it('"Under the DMA, companies can be fined up to 10%" read "companies" as the law\'s appositive and made the Digital Markets Act a body; the clause after the comma is the sentence\'s, and the law stays a programme; "In the Vardenfell, a fishing port, prices rose" still says a place', () => {
    const text = 'Brussels adopted the Digital Markets Act (DMA) in 2022. Under the DMA, companies can be fined up to 10% of their global turnover.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Digital Markets Act')).toEqual(['Digital Markets Act', 'DMA', 'DMA']);
    expect(entityNamed(index, 'Digital Markets Act').type).toBe('programme');
    const port = indexTexts({ 'a.txt': 'In the Vardenfell, a fishing port, prices rose. Trade in the Vardenfell fell.\n' });
    expect(entityNamed(port, 'Vardenfell').type).toBe('place');
  });
});

describe('"known as" after a body\'s name and its lower-case head word', () => {
  it('"Jacob Zuma\'s new uMkhonto weSizwe party, known as MK, came third" made MK a body of its own; now both are one party, "MK" mentions of it; "Joe Biden\'s dog, known as Commander," gives the president no other name', () => {
    const text = 'Former President Jacob Zuma\'s new uMkhonto weSizwe party, known as MK, came third. Zuma said MK would challenge the results.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'uMkhonto weSizwe')).toEqual(['uMkhonto weSizwe', 'MK', 'MK']);
    expect(entityNamed(index, 'uMkhonto weSizwe').type).toBe('organization');
    expect(surfaces(index, 'Jacob Zuma')).toEqual(['Jacob Zuma', 'Zuma']);
    const dog = indexTexts({ 'a.txt': 'President Joe Biden\'s dog, known as Commander, bit an agent. Commander was moved.\n' });
    expect(surfaces(dog, 'Joe Biden')).toEqual(['Joe Biden']);
  });
});

describe('a listed state body opening a sentence in a story from abroad', () => {
  it('"NEW DELHI (AP) — … Congress party leader Rahul Gandhi said" lost "Congress" once the dateline keyed it as India\'s; now it is a body apart from the U.S. Congress of a story without a dateline', () => {
    const index = indexTexts({
      'a.txt': 'NEW DELHI (AP) — India\'s Supreme Court struck down the bonds on Monday.\n\nCongress party leader Rahul Gandhi said the ruling exposed the government.\n',
      'b.txt': 'Lawmakers in Congress passed the budget on Friday.\n',
    });
    const congresses = index.entities.filter((e) => e.name === 'Congress');
    expect(congresses.map((e) => index.mentionsOf(e).map((m) => `${m.file}:${m.text}`)).sort()).toEqual([['a.txt:Congress'], ['b.txt:Congress']]);
    expect(congresses.every((e) => e.type === 'organization')).toBe(true);
  });
});

describe('a family name written first that is a month\'s or a day\'s word', () => {
  it('"Jun Young-hyun heads the division … Jun said" and "Sun Yang was banned … Sun said" lost the lone family name (read as June and Sunday); now it is the person\'s, while "Sales fell in Jun" and "Sun Valley … Sun and rain are forecast" name no one', () => {
    const text = 'Jun Young-hyun heads the memory division at Samsung Electronics. Jun said demand would recover next year. Sales fell in Jun and Jul. Swimmer Sun Yang was banned for eight years. Sun said he would appeal.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Jun Young-hyun')).toEqual(['Jun Young-hyun@0', `Jun@${text.indexOf('Jun said')}`]);
    expect(surfaces(index, 'Sun Yang')).toEqual(['Sun Yang', 'Sun']);
    const valley = indexTexts({ 'a.txt': 'Hotels in Sun Valley were full. Sun and rain are forecast.\n' });
    expect(allSurfaces(valley)).toEqual(['Sun Valley']);
  });
});

describe('a birth name opening a sentence whose subject comes after several commas', () => {
  it('"Gena Rowlands … has died. … her son, Nick Cassavetes, said. Born Virginia Cathryn Rowlands in Madison, Wisconsin, in 1930, she moved" made the birth name a person of its own, who took "Rowlands is survived"; now all are hers (the name that ends with the birth name\'s surname, not the son named last), and the son stays apart', () => {
    const text = 'Gena Rowlands, the actor, has died. She was 94. Rowlands died Wednesday at her home, her son, Nick Cassavetes, said. Born Virginia Cathryn Rowlands in Madison, Wisconsin, in 1930, she moved to New York. Rowlands is survived by her children.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const gena = index.entities.find((e) => index.mentionsOf(e).some((m) => m.text === 'Gena Rowlands'))!;
    expect(index.mentionsOf(gena).map((m) => m.text)).toEqual(['Gena Rowlands', 'Rowlands', 'Virginia Cathryn Rowlands', 'Rowlands']);
    expect(surfaces(index, 'Nick Cassavetes')).toEqual(['Nick Cassavetes']);
    const monroe = indexTexts({ 'a.txt': 'Marilyn Monroe was a film star. Born Norma Jeane Mortenson in Los Angeles, California, in 1926, she grew up in foster homes. Born in Madison, Wisconsin, in 1930, she moved.\n' });
    const marilyn = monroe.entities.find((e) => monroe.mentionsOf(e).some((m) => m.text === 'Marilyn Monroe'))!;
    expect(monroe.mentionsOf(marilyn).map((m) => m.text)).toEqual(['Marilyn Monroe', 'Norma Jeane Mortenson']);
  });
});

describe('a birth name opening a sentence, after a relative or a rival named last', () => {
  it('"Margaret Sinclair Hume … Her son, Andrew Hume, said. Born Margaret Anne Sinclair …, she" made the son her birth name\'s bearer (a capitalised "Her son" was no relative), and "Femi Bakare … Born Ngozi Adeyemi in Ibadan, she" joined the rival to the candidate "Ngozi Adeyemi-Bello": the full name with the birth name\'s given name is the one born so, and a man is no "she"', () => {
    const text =
      'Margaret Sinclair Hume, an oceanographer, died on Friday. Her son, Andrew Hume, said the cause was heart failure. Born Margaret Anne Sinclair in Glasgow in 1933, she studied geology. Sinclair plotted the soundings.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Andrew Hume')).toEqual(['Andrew Hume']);
    const margaret = index.entities.find((e) => index.mentionsOf(e).some((m) => m.text === 'Margaret Sinclair Hume'))!;
    expect(index.mentionsOf(margaret).map((m) => m.text)).toEqual(['Margaret Sinclair Hume', 'Margaret Anne Sinclair', 'Sinclair']);
    const rival = indexTexts({
      'a.txt': 'Ngozi Adeyemi-Bello is the candidate of the Labour Party. The rival candidate, Femi Bakare, is the favourite. Mr. Bakare called her a doctor. Born Ngozi Adeyemi in Ibadan, she trained in London.\n',
    });
    expect(surfaces(rival, 'Femi Bakare')).toEqual(['Femi Bakare', 'Bakare']);
    expect(surfaces(rival, 'Ngozi Adeyemi-Bello')).toEqual(['Ngozi Adeyemi-Bello', 'Ngozi Adeyemi']);
    const son = indexTexts({ 'a.txt': 'Peter Lang died on Friday. The family lawyer, Andrew Moss, said so. Born Margaret Anne Sinclair in Glasgow, she married Lang in 1961.\n' });
    expect(surfaces(son, 'Andrew Moss')).toEqual(['Andrew Moss']);
    // An abbreviation's period before a comma ends no sentence: "Born Evelyn Louise Marsh in Albany, Ga., in 1936, she was" was a person of her own.
    const georgia = indexTexts({ 'a.txt': 'Evelyn Marsh Whitaker, a civil rights lawyer, died on Tuesday. Born Evelyn Louise Marsh in Albany, Ga., in 1936, she was the youngest of six children.\n' });
    const evelyn = georgia.entities.find((e) => georgia.mentionsOf(e).some((m) => m.text === 'Evelyn Marsh Whitaker'))!;
    expect(georgia.mentionsOf(evelyn).map((m) => m.text)).toEqual(['Evelyn Marsh Whitaker', 'Evelyn Louise Marsh']);
  });
});

describe('a listed given name alone that only opens sentences', () => {
  it('"The Princess of Wales visited … Catherine said she was proud" dropped "Catherine"; a person\'s verb after it now keeps her, as it keeps a bare surname ("Seira said"); "Grace said she was proud" (a dictionary word) and "Austin said he was proud" (a city too) still name no one', () => {
    const text = 'The Princess of Wales visited the hospital in London on Monday. Catherine said she was proud of the nurses.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Catherine')).toEqual([`Catherine@${text.indexOf('Catherine')}`]);
    expect(entityNamed(index, 'Catherine').type).toBe('person');
    const others = indexTexts({ 'a.txt': 'The nurses waited. Grace said she was proud of them.\n', 'b.txt': 'The mayor waited. Austin said he was proud of them.\n' });
    expect(allSurfaces(others)).toEqual([]);
  });
});

describe('a racing team by its closing word', () => {
  it('"Scott Dixon of Chip Ganassi Racing was third" (other), "Kyle Larson drives for Hendrick Motorsports" and "Colton Herta drives for Andretti Autosport" (persons), "Max Verstappen drives for Red Bull Racing" (cut to "Red Bull"): each is a body now; "Horse racing resumed" names nothing', () => {
    const text = 'Scott Dixon of Chip Ganassi Racing was third. Max Verstappen drives for Red Bull Racing. Kyle Larson drives for Hendrick Motorsports. Colton Herta drives for Andretti Autosport. Horse racing resumed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    for (const name of ['Chip Ganassi Racing', 'Red Bull Racing', 'Hendrick Motorsports', 'Andretti Autosport']) expect(entityNamed(index, name).type, name).toBe('organization');
    for (const name of ['Scott Dixon', 'Max Verstappen', 'Kyle Larson', 'Colton Herta']) expect(entityNamed(index, name).type, name).toBe('person');
    expect(allSurfaces(index)).not.toContain('Horse');
  });
});

describe('a surname its sentence makes a person\'s, beside companies named after that person', () => {
  it('"Indian billionaire Gautam Adani … Adani Green Energy Ltd, a unit of the Adani Group … Adani, 62, is Asia\'s second-richest person" gave "Adani" to the company, which the age then made a person; now the age makes it his, and the company stays a body; "Shares of Adani group companies fell" stays the group\'s', () => {
    const text = 'Indian billionaire Gautam Adani has been charged in New York. The indictment said Adani Green Energy Ltd, a unit of the Adani Group, had promised bribes. Adani, 62, is Asia\'s second-richest person. Shares of Adani group companies fell as much as 23% on Thursday.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Gautam Adani')).toContain(`Adani@${text.indexOf('Adani, 62')}`);
    expect(entityNamed(index, 'Gautam Adani').type).toBe('person');
    expect(entityNamed(index, 'Adani Green Energy Ltd').type).toBe('organization');
    expect(mentionsAt(index, 'Adani Group')).toContain(`Adani@${text.indexOf('Adani group')}`);
  });
});

describe('the world wars with their numbers spelled out', () => {
  it('"their worst result since World War Two" and "He fought in World War One" named nothing; now each is the listed war, one entity with "World War II" and "Second World War"; "the Two Sicilies" stays no war', () => {
    const text = 'They fell to their worst result since World War Two. He fought in World War One. It was the worst since World War II. He wrote about the Second World War.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'World War II')).toEqual(['World War Two', 'World War II', 'Second World War']);
    expect(surfaces(index, 'World War I')).toEqual(['World War One']);
    expect(entityNamed(index, 'World War I').type).toBe('event');
    const sicilies = indexTexts({ 'a.txt': 'He ruled the Kingdom of the Two Sicilies until 1859.\n' });
    expect(sicilies.entities.map((e) => e.name)).not.toContain('World War II');
  });
});

describe('a titled name whose title opens the sentence vouches for the word alone', () => {
  it('"Prince Harry and Meghan visited Nigeria. Harry played volleyball with soldiers" dropped the second "Harry" (a dictionary word only opening sentences, the title having opened the first); now both are one person; "The soldiers waited. Harry played volleyball" still names no one', () => {
    const text = 'Prince Harry and Meghan, the Duke and Duchess of Sussex, visited Nigeria. Harry played volleyball with soldiers.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Harry')).toEqual([`Harry@${text.indexOf('Harry')}`, `Harry@${text.indexOf('Harry played')}`]);
    expect(entityNamed(index, 'Harry').type).toBe('person');
    const alone = indexTexts({ 'a.txt': 'The soldiers waited. Harry played volleyball with them.\n' });
    expect(allSurfaces(alone)).toEqual([]);
  });
});

describe('a word in capitals opening a name is no given name', () => {
  it('"Jon Rahm now plays on the Saudi-backed LIV Golf tour" made "LIV Golf" a person ("Liv" a given name); now it is none, while "The actor Liv Tyler" stays a person', () => {
    const index = indexTexts({ 'a.txt': 'Jon Rahm now plays on the Saudi-backed LIV Golf tour. The actor Liv Tyler watched from the gallery.\n' });
    expect(entityNamed(index, 'LIV Golf').type).not.toBe('person');
    expect(entityNamed(index, 'Liv Tyler').type).toBe('person');
  });
});

describe('stadiums and a golf course sports news names by their own name', () => {
  it('"Fans packed Wrigley Field" was other and "Scheffler won at Augusta National" a person ("Augusta" a given name); now places, "Augusta National" one with the club\'s full name; "Sally Field won an Oscar" gives no stadium', () => {
    const text = 'Fans packed Wrigley Field on Sunday. Scheffler won at Augusta National. Augusta National Golf Club members wear green jackets.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Wrigley Field').type).toBe('place');
    expect(surfaces(index, 'Augusta National Golf Club')).toEqual(['Augusta National', 'Augusta National Golf Club']);
    expect(entityNamed(index, 'Augusta National Golf Club').type).toBe('place');
    const actor = indexTexts({ 'a.txt': 'The actress Sally Field won an Oscar in 1980.\n' });
    expect(actor.entities.map((e) => e.name)).not.toContain('Wrigley Field');
  });
});

describe('the maker of a work named after "by"', () => {
  it('"two paintings by Caravaggio", "a novel by Tolstoy" were other (nothing said what they were); now people, while "a book by Penguin Random House" stays a body and "The album by Coldplay" is left as it was', () => {
    const text = 'The cathedral holds two paintings by Caravaggio, including a portrait. The museum has a novel by Tolstoy and a book by Penguin Random House. The album by Coldplay sold well.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Caravaggio').type).toBe('person');
    expect(entityNamed(index, 'Tolstoy').type).toBe('person');
    expect(entityNamed(index, 'Penguin Random House').type).toBe('organization');
    expect(entityNamed(index, 'Coldplay').type).not.toBe('person');
  });
});

describe('"Cities" closing a name', () => {
  it('"Storms hit the Twin Cities" was a body (a capitalised plural after "the") and "The Three Cities face the Grand Harbour" a person; "Cities" is a place\'s head word as "City" is; "Cities across Europe banned cars" names nothing', () => {
    const text = 'Storms hit the Twin Cities on Monday. The Three Cities face the Grand Harbour. Cities across Europe banned cars.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Twin Cities').type).toBe('place');
    expect(entityNamed(index, 'Three Cities').type).toBe('place');
    expect(allSurfaces(index)).not.toContain('Cities');
  });
});

describe('"Beach" closing a name', () => {
  it('"the colony at Boulders Beach" named nothing (dictionary words) and "Surfers crowded Bondi Beach", "Omaha Beach was stormed" were other; now places, "Omaha" inside still the city; "The film starred actor Adam Beach" stays a person and "The Beach Boys" a body', () => {
    const text = 'She has studied the colony at Boulders Beach since 2015. Surfers crowded Bondi Beach on Sunday. Omaha Beach was stormed in 1944. The film starred actor Adam Beach. The Beach Boys played.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    for (const name of ['Boulders Beach', 'Bondi Beach', 'Omaha Beach', 'Omaha']) expect(entityNamed(index, name).type, name).toBe('place');
    expect(entityNamed(index, 'Adam Beach').type).toBe('person');
    expect(entityNamed(index, 'Beach Boys').type).toBe('organization');
  });
});

describe('AI companies and software news names by their own name', () => {
  it('"Anthropic\'s Claude can write code" and "DeepSeek shocked investors" lost the company (a word only opening sentences), "OpenAI released ChatGPT" and "Apple updated iOS" made the software other; now known bodies and products; "Windows were smashed" names nothing', () => {
    const text = 'OpenAI released ChatGPT in 2022. Anthropic\'s Claude can write code. DeepSeek shocked investors. Apple updated iOS on Monday. Windows were smashed in the riot.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Anthropic').type).toBe('organization');
    expect(entityNamed(index, 'DeepSeek').type).toBe('organization');
    expect(entityNamed(index, 'ChatGPT').type).toBe('product');
    expect(entityNamed(index, 'iOS').type).toBe('product');
    expect(allSurfaces(index)).not.toContain('Windows');
  });
});

describe('the biggest motor races news names by their own name', () => {
  it('"Josef Newgarden won the Indianapolis 500", "the Indy 500" and "the Daytona 500" were vessels (a name closed by a serial number); now events, the Indy 500 one with the Indianapolis 500; "Indianapolis hosted the race" stays the city', () => {
    const text = 'Josef Newgarden won the Indianapolis 500 on Sunday. Larson raced the Indy 500 too. William Byron won the Daytona 500 in February. Indianapolis hosted the race.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Indianapolis 500')).toEqual(['Indianapolis 500', 'Indy 500']);
    expect(entityNamed(index, 'Indianapolis 500').type).toBe('event');
    expect(entityNamed(index, 'Daytona 500').type).toBe('event');
    expect(entityNamed(index, 'Indianapolis').type).toBe('place');
  });
});

describe('Germany\'s metalworkers\' union by its own name', () => {
  it('"The IG Metall union called strikes" was other, with a place "IG" inside it; now a known body with nothing inside, beside the United Steelworkers; "the IG Farben trial" gives no union', () => {
    const index = indexTexts({ 'a.txt': 'FRANKFURT (Reuters) — The IG Metall union called strikes at Volkswagen. IG Metall negotiator Thorsten Groeger said workers were angry.\n' });
    expect(surfaces(index, 'IG Metall')).toEqual(['IG Metall', 'IG Metall']);
    expect(entityNamed(index, 'IG Metall').type).toBe('organization');
    expect(allSurfaces(index)).not.toContain('IG');
    const farben = indexTexts({ 'a.txt': 'Historians studied the IG Farben trial in Nuremberg.\n' });
    expect(farben.entities.map((e) => e.name)).not.toContain('IG Metall');
  });
});

describe('a body\'s acronym in its own language, hyphened', () => {
  it('"the Indonesian Democratic Party of Struggle (PDI-P). The PDI-P lost" made PDI-P other, apart from the party ("(PDIP)" was linked); now both are its mentions; "Rep. Ron Estes (R-KS)" gives the person no other name', () => {
    const text = 'Ganjar was backed by the Indonesian Democratic Party of Struggle (PDI-P). The PDI-P lost. Rep. Ron Estes (R-KS) voted no.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Indonesian Democratic Party of Struggle')).toEqual(['Indonesian Democratic Party of Struggle', 'PDI-P', 'PDI-P']);
    expect(surfaces(index, 'Ron Estes')).toEqual(['Ron Estes']);
  });
});

describe('the Melbourne Cricket Ground by its letters', () => {
  it('"Collingwood beat Brisbane by 18 points at the MCG" made the MCG a body, apart from "the Melbourne Cricket Ground"; now one place, with the stadiums; "Melbourne" alone stays the city', () => {
    const text = 'Collingwood beat Brisbane by 18 points at the MCG on Saturday. The Melbourne Cricket Ground was full. Fans left Melbourne by train.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Melbourne Cricket Ground')).toEqual(['MCG', 'Melbourne Cricket Ground']);
    expect(entityNamed(index, 'Melbourne Cricket Ground').type).toBe('place');
    expect(surfaces(index, 'Melbourne')).toEqual(['Melbourne']);
  });
});

describe('two surnames of the article\'s people in a list', () => {
  it('"Narendra Modi … Gautam Adani … Adani Green Energy Ltd … Modi and Adani both come from Gujarat" gave that "Adani" to the company; the list of two people\'s surnames now makes it his; "Padalecki and Supernatural co-stars" still names no show', () => {
    const text = 'Indian billionaire Gautam Adani has been charged. Adani Green Energy Ltd said it cancelled a bond sale. Prime Minister Narendra Modi has not commented. Modi and Adani both come from Gujarat.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Gautam Adani')).toContain(`Adani@${text.lastIndexOf('Adani')}`);
    expect(mentionsAt(index, 'Adani Green Energy Ltd')).not.toContain(`Adani@${text.lastIndexOf('Adani')}`);
    expect(surfaces(index, 'Narendra Modi')).toEqual(['Narendra Modi', 'Modi']);
    const show = indexTexts({ 'a.txt': 'Jared Padalecki starred in the show. Padalecki and Supernatural co-stars Jensen Ackles and Misha Collins campaigned.\n' });
    expect(allSurfaces(show)).not.toContain('Supernatural');
  });
});

describe('news aliases: a company\'s branch in a country', () => {
  it('"Safaricom Ethiopia" is a branch, and "Safaricom" alone the parent company: "Safaricom said profit rose … Safaricom Ethiopia lost money … Shares in Safaricom fell" put all three in the branch; "Michael Jordan … Michael said" is still one person, a given name before the country', () => {
    const text = 'Safaricom said on Monday that its profit rose 12%. Safaricom Ethiopia, launched in 2022, lost money again. Shares in Safaricom fell 2% in Nairobi.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Safaricom Ethiopia')).toEqual([`Safaricom Ethiopia@${text.indexOf('Safaricom Ethiopia')}`]);
    expect(mentionsAt(index, 'Safaricom')).toEqual(['Safaricom@0', `Safaricom@${text.lastIndexOf('Safaricom')}`]);
    expect(entityNamed(index, 'Safaricom').type).toBe('organization');
    const person = indexTexts({ 'a.txt': 'Basketball star Michael Jordan visited the school. Michael said he was happy.\n' });
    expect(surfaces(person, 'Michael Jordan')).toEqual(['Michael Jordan', 'Michael']);
  });
});

describe('news aliases: the part before a known body\'s hyphen', () => {
  it('"Mercedes-Benz reported results on Friday. Mercedes said profit fell 20%" dropped "Mercedes", a given name opening its sentence; it is now the carmaker\'s, while "Mercedes Sosa sang. Mercedes said she was tired" stays hers', () => {
    const text = 'Mercedes-Benz reported results on Friday. Mercedes said profit fell 20%.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Mercedes-Benz')).toEqual(['Mercedes-Benz@0', `Mercedes@${text.indexOf('Mercedes said')}`]);
    expect(entityNamed(index, 'Mercedes-Benz').type).toBe('organization');
    const singer = indexTexts({ 'a.txt': 'Mercedes Sosa sang on Friday. Mercedes said she was tired.\n' });
    expect(surfaces(singer, 'Mercedes Sosa')).toEqual(['Mercedes Sosa', 'Mercedes']);
  });
});

describe('news aliases: "Team" alone', () => {
  it('"Newgarden finished 12th for Team Penske. Team owner Roger Penske said" made "Team" a mention of Team Penske; it is now no name at all, while "Penske would appeal" after the owner stays his', () => {
    const text = 'Josef Newgarden finished 12th for Team Penske. Team owner Roger Penske said Penske would appeal.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Team Penske')).toEqual([`Team Penske@${text.indexOf('Team Penske')}`]);
    expect(allSurfaces(index)).not.toContain('Team');
    expect(surfaces(index, 'Roger Penske')).toEqual(['Roger Penske', 'Penske']);
  });
});

describe('news aliases: an animal named after "the"', () => {
  it('"Scientists in Scotland cloned Dolly the sheep in 1996" made "Dolly" a mention of Dolly Parton, named before; one word before "the" and an animal\'s noun is no short form now, while "Dolly said she was happy" stays the singer\'s', () => {
    const text = 'Dolly Parton sang in Nashville. Scientists in Scotland cloned Dolly the sheep in 1996. Dolly said she was happy.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Dolly Parton')).toEqual(['Dolly Parton@0', `Dolly@${text.lastIndexOf('Dolly')}`]);
  });
});

describe('news aliases: a full name of dictionary words that its surname says a person\'s', () => {
  it('"Tiger Woods, a five-time Masters champion, finished third … Woods said he was pleased" kept only "Woods"; the person is "Tiger Woods", with "Woods", while with no surname that a person\'s verb or pronoun follows, and no appositive that says who he is, "Tiger Woods" alone names no one (with "a five-time Masters champion" the appositive says a person: types.test.ts)', () => {
    const text = 'Tiger Woods, a five-time Masters champion, finished third on Sunday. Woods said he was pleased.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Tiger Woods')).toEqual([`Tiger Woods@0`, `Woods@${text.indexOf('Woods said')}`]);
    expect(entityNamed(index, 'Tiger Woods').type).toBe('person');
    const near = indexTexts({ 'a.txt': 'Tiger Woods finished third. The crowd cheered.\n' });
    expect(allSurfaces(near)).not.toContain('Tiger Woods');
  });
});

describe('news aliases: a place spelled as a body\'s acronym', () => {
  it('"The International Maritime Organization (IMO) said … the governor of Imo said" made the Nigerian state a mention of the agency (keys fold case); a known place written as a word in a place\'s sentence is the place, while "The Economic Community of West African States (ECOWAS) … Ecowas leaders said" stays one body', () => {
    const text = 'The International Maritime Organization (IMO) said ships must cut emissions. The IMO will meet again in London. Separately, the governor of Imo said floods had displaced thousands in Owerri.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'International Maritime Organization')).toEqual(['International Maritime Organization', 'IMO', 'IMO']);
    expect(mentionsAt(index, 'Imo')).toEqual([`Imo@${text.indexOf('Imo said')}`]);
    expect(entityNamed(index, 'Imo').type).toBe('place');
    const bloc = indexTexts({ 'a.txt': 'The Economic Community of West African States (ECOWAS) met on Sunday. Ecowas leaders said in Abuja that Niger must hold elections.\n' });
    expect(surfaces(bloc, 'Economic Community of West African States')).toEqual(['Economic Community of West African States', 'ECOWAS', 'Ecowas']);
  });
});

describe('news aliases: a surname every bearer of which is a relative', () => {
  it('"her husband, John Cassavetes, … Her son, the director Nick Cassavetes, … She married Cassavetes in 1954" gave the surname to the son, named last; where every bearer is a relative it is the elder\'s, whose name the child took, while "The younger Cassavetes" stays the son\'s', () => {
    const text = 'Gena Rowlands, who starred in films directed by her husband, John Cassavetes, died on Wednesday. Her son, the director Nick Cassavetes, said she had been ill. She married Cassavetes in 1954.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'John Cassavetes')).toEqual([`John Cassavetes@${text.indexOf('John')}`, `Cassavetes@${text.lastIndexOf('Cassavetes')}`]);
    expect(surfaces(index, 'Nick Cassavetes')).toEqual(['Nick Cassavetes']);
    const younger = indexTexts({ 'a.txt': text.replace('She married', 'The younger Cassavetes directed her. She married') + '\n' });
    expect(surfaces(younger, 'Nick Cassavetes')).toEqual(['Nick Cassavetes', 'Cassavetes']);
    expect(surfaces(younger, 'John Cassavetes')).toEqual(['John Cassavetes', 'Cassavetes']);
  });
});

describe('news aliases: a listed company\'s legal form written short', () => {
  it('"Walt Disney Co. said … Disney\'s board" made an entity "Walt Disney Co." beside the lists\' "Walt Disney Company", which took "Disney"; a listed name\'s closing "Company" written "Co." is that company, while "Acme Widget Co." no list knows stays its own', () => {
    const text = 'Walt Disney Co. said its chief executive, Bob Iger, will step down. Disney\'s board named a committee. Acme Widget Co. said it would bid.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Walt Disney Company')).toEqual(['Walt Disney Co.', 'Disney']);
    expect(surfaces(index, 'Acme Widget Co.')).toEqual(['Acme Widget Co.']);
  });
});

describe('news aliases: a listed club and the words that say it is a football club', () => {
  it('"Khaldoon al-Mubarak chairs Manchester City Football Club. … Manchester City fans" made the full name a body of its own beside the lists\' club; a listed club\'s name and "Football Club" or "FC" is that club, while "Chelsea FC", which no list knows, stays its own', () => {
    const text = 'Khaldoon al-Mubarak chairs Manchester City Football Club. Arsenal FC beat Chelsea FC on Sunday. Manchester City fans did not cheer.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Manchester City')).toEqual(['Manchester City Football Club', 'Manchester City']);
    expect(surfaces(index, 'Arsenal')).toEqual(['Arsenal FC']);
    expect(surfaces(index, 'Chelsea FC')).toEqual(['Chelsea FC']);
  });
});

describe('news aliases: a listed club and its "Club de Fútbol"', () => {
  it('"Real Madrid CF beat Sevilla … Real Madrid won again" and "Inter Miami CF signed a striker" made the names with "CF" bodies of their own beside the lists\' clubs; now each is one club, while "Getafe CF", which no list knows, stays its own', () => {
    const index = indexTexts({ 'a.txt': 'Real Madrid CF beat Getafe CF 2-1. Inter Miami CF signed a striker. Inter Miami won later. Real Madrid won again.\n' });
    expect(surfaces(index, 'Real Madrid')).toEqual(['Real Madrid CF', 'Real Madrid']);
    expect(surfaces(index, 'Inter Miami')).toEqual(['Inter Miami CF', 'Inter Miami']);
    expect(surfaces(index, 'Getafe CF')).toEqual(['Getafe CF']);
  });
});

describe('news aliases: a quoted nickname inside a name', () => {
  it('\'Sean "Diddy" Combs was sentenced … his lawyer said Diddy would appeal\' made "Diddy" a name of its own; the quoted nickname stands for the name it is inside, in its story and in another, while a word no name quotes stays apart', () => {
    const text = 'Sean "Diddy" Combs was sentenced on Friday. His lawyer said Diddy would appeal.';
    const index = indexTexts({ 'a.txt': text + '\n', 'b.txt': 'Diddy said he was innocent.\n' });
    expect(mentionsAt(index, 'Sean "Diddy" Combs')).toEqual(['Sean "Diddy" Combs@0', `Diddy@${text.lastIndexOf('Diddy')}`, 'Diddy@0']);
    const plain = indexTexts({ 'a.txt': 'Sean Combs was sentenced on Friday. His lawyer said Diddy would appeal.\n' });
    expect(surfaces(plain, 'Sean Combs')).toEqual(['Sean Combs']);
  });
});

describe('news aliases: a name written in full after "whose full name is"', () => {
  it('"Cassie Ventura testified. Ventura, a singer whose full name is Casandra Ventura, said" made the full name another person; a name after "whose full name is" is the same bearer\'s, while "Ventura, whose lawyer is Douglas Wigdor," stays two people', () => {
    const text = 'Cassie Ventura testified at the trial. Ventura, a singer whose full name is Casandra Ventura, said he beat her.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Casandra Ventura')).toEqual(['Cassie Ventura', 'Ventura', 'Casandra Ventura']);
    const lawyer = indexTexts({ 'a.txt': 'Cassie Ventura testified at the trial. Ventura, whose lawyer is Douglas Wigdor, said he beat her.\n' });
    expect(surfaces(lawyer, 'Cassie Ventura')).toEqual(['Cassie Ventura', 'Ventura']);
    expect(surfaces(lawyer, 'Douglas Wigdor')).toEqual(['Douglas Wigdor']);
  });
});

describe('news aliases: relatives introduced with their role in the plural', () => {
  it('"Her sons, actors Toby Stephens and Chris Larkin, said … Smith was married to the actor Robert Stephens … Stephens, who died in 1995," gave the surname to the son (the plural role noun hid the kinship noun, so he was no relative); now it is the husband\'s, while beside the sons alone "Stephens said" stays the son\'s', () => {
    const text = 'Maggie Smith has died. Her sons, actors Toby Stephens and Chris Larkin, said she died peacefully. Smith was married to the actor Robert Stephens from 1967 until 1975. Stephens, who died in 1995, was a star.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Robert Stephens')).toEqual([`Robert Stephens@${text.indexOf('Robert')}`, `Stephens@${text.lastIndexOf('Stephens')}`]);
    expect(surfaces(index, 'Toby Stephens')).toEqual(['Toby Stephens']);
    const sons = indexTexts({ 'a.txt': 'Her sons, actors Toby Stephens and Chris Larkin, said she died peacefully. Stephens said she was kind.\n' });
    expect(surfaces(sons, 'Toby Stephens')).toEqual(['Toby Stephens', 'Stephens']);
  });
});

describe('news aliases: a group named without its "Group"', () => {
  it('"South Africa\'s Standard Bank Group said earnings rose. Standard Bank chief executive Sim Tshabalala said" made two banks; a group of two words or more is its name without "Group" where the story writes it so, while "Standard Bank Group … Standard Chartered" stays two banks', () => {
    const index = indexTexts({ 'a.txt': "South Africa's Standard Bank Group said earnings rose 8%. Standard Bank chief executive Sim Tshabalala said he would retire.\n" });
    expect(surfaces(index, 'Standard Bank Group')).toEqual(['Standard Bank Group', 'Standard Bank']);
    const rival = indexTexts({ 'a.txt': 'Standard Bank Group said profit rose. Shares of Standard Chartered fell 2% in London.\n' });
    expect(surfaces(rival, 'Standard Bank Group')).toEqual(['Standard Bank Group']);
    expect(surfaces(rival, 'Standard Chartered')).toEqual(['Standard Chartered']);
  });
});

describe('news aliases: a word from inside a name beside another name it closes', () => {
  it('"The court upheld the sentence of Cristina Fernández de Kirchner. Fernández, 72, was convicted … Former President Alberto Fernández" gave "Fernández" to the man named later (a name it closes took it alone); her own surname inside her married name is a candidate too, the one named before, while "Alberto Fernández said" stays his', () => {
    const text = 'The court upheld the sentence of former President Cristina Fernández de Kirchner. Fernández, 72, was convicted of fraud in 2022. Former President Alberto Fernández called it a disgrace. Alberto Fernández said so on the radio.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Cristina Fernández de Kirchner')).toEqual([`Cristina Fernández de Kirchner@${text.indexOf('Cristina')}`, `Fernández@${text.indexOf('Fernández, 72')}`]);
    expect(surfaces(index, 'Alberto Fernández')).toEqual(['Alberto Fernández', 'Alberto Fernández']);
  });
});

describe('news aliases: a formal given name for a name opened by its hypocoristic', () => {
  it('"Kate Middleton made her first appearance … Kensington Palace said Catherine would return" left "Catherine" a person of its own; a formal given name alone is the story\'s one person named by its hypocoristic, while beside "Bill Clinton" a "William" the story titles ("Prince William … William said") stays the prince', () => {
    const text = 'Kate Middleton made her first public appearance in months on Saturday. Kensington Palace said Catherine would return to duties gradually.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Kate Middleton')).toEqual(['Kate Middleton@0', `Catherine@${text.indexOf('Catherine')}`]);
    const prince = indexTexts({ 'a.txt': 'Bill Clinton spoke in London. Prince William met him. William said the talks were good.\n' });
    expect(surfaces(prince, 'Bill Clinton')).toEqual(['Bill Clinton']);
    expect(surfaces(prince, 'William')).toEqual(['William', 'William']);
  });
});

describe('news aliases: a hypocoristic alone for a name opened by its formal given name', () => {
  it('"The doctor, Dr. Samuel Okafor, … Their photograph — Sam in scrubs" made "Sam" a person of its own; a hypocoristic alone is the story\'s one person named by a formal name it shortens, while beside two Samuels it stays apart', () => {
    const text = 'The doctor, Dr. Samuel Okafor, carried an oxygen tank up the stairs. Their photograph shows Sam in scrubs soaked to the waist.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Samuel Okafor')).toEqual([`Samuel Okafor@${text.indexOf('Samuel')}`, `Sam@${text.indexOf('Sam in')}`]);
    const two = indexTexts({ 'a.txt': 'Samuel Okafor and Samuel Reyes carried the tanks up the stairs. Their photograph shows Sam in scrubs.\n' });
    expect(surfaces(two, 'Samuel Okafor')).toEqual(['Samuel Okafor']);
    expect(surfaces(two, 'Samuel Reyes')).toEqual(['Samuel Reyes']);
    // The commonest Spanish hypocoristics too: "José Luis Arrieta … he was simply Pepe … Pepe Arrieta showed us" were three people.
    const pepe = 'José Luis Arrieta, a former bus driver, died on Sunday. To almost everyone, he was simply Pepe. The president said Pepe Arrieta showed us the way.';
    const uruguay = indexTexts({ 'a.txt': pepe + '\n' });
    expect(surfaces(uruguay, 'José Luis Arrieta')).toEqual(['José Luis Arrieta', 'Pepe', 'Pepe Arrieta']);
  });
});

describe('news aliases: a quoted name after "call her" or "call him"', () => {
  it('"Leonora Reyes-Lim has served three terms. Friends call her "Nora."" and "her supporters call her "Mama Ngozi."" made people of their own; the quoted name is the full name last written before, not a man for "her", and a title ("call her "Doctor."") names no one', () => {
    const text = 'Leonora Reyes-Lim has served three terms. Her husband, Eduardo Lim, sat beside her. Friends call her "Nora." "Nora, you are not alone," a banner read.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Leonora Reyes-Lim')).toEqual(['Leonora Reyes-Lim', 'Nora', 'Nora']);
    expect(surfaces(index, 'Eduardo Lim')).toEqual(['Eduardo Lim']);
    const lagos = indexTexts({ 'a.txt': 'Ngozi Adeyemi-Bello trained in London. Her supporters call her "Mama Ngozi." Patients mostly call her "Doctor."\n' });
    expect(surfaces(lagos, 'Ngozi Adeyemi-Bello')).toEqual(['Ngozi Adeyemi-Bello', 'Mama Ngozi']);
  });
});

describe('news aliases: a name written fused from its clipped words', () => {
  it('"Shares of Federal Express rose … FedEx said" made two companies; one word whose pieces open the words of a longer name the story gives is that name, while "FedEx" beside "Federal Reserve" (no piece opens "reserve") stays its own, and "Ron DeSantis … DeSantis" stays the person', () => {
    const text = 'Shares of Federal Express rose 3% in Memphis on Tuesday. FedEx said it would cut flights. Ron DeSantis spoke in Miami. DeSantis said little.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Federal Express')).toEqual([`Federal Express@${text.indexOf('Federal')}`, `FedEx@${text.indexOf('FedEx')}`]);
    expect(entityNamed(index, 'Federal Express').type).toBe('organization');
    expect(surfaces(index, 'Ron DeSantis')).toEqual(['Ron DeSantis', 'DeSantis']);
    const near = indexTexts({ 'a.txt': 'The Federal Reserve held rates. Shares of FedEx fell 2% in Memphis.\n' });
    expect(surfaces(near, 'Federal Reserve')).toEqual(['Federal Reserve']);
    expect(surfaces(near, 'FedEx')).toEqual(['FedEx']);
  });
});

describe('news aliases: a former name after "formerly known as"', () => {
  it('"Meta Platforms, formerly known as Facebook, said" made "Facebook" its own company; "formerly known as" and "previously called" name the former name here, as "formerly" does, while a later "Facebook users fell" stays the platform and "previously Google\'s head of sales" names no one\'s former name', () => {
    const text = 'Meta Platforms, formerly known as Facebook, said profits rose. Facebook users fell.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Meta')).toEqual(['Meta Platforms@0', `Facebook@${text.indexOf('Facebook')}`]);
    expect(surfaces(index, 'Facebook')).toEqual(['Facebook']);
    const called = indexTexts({ 'a.txt': 'Meta Platforms, previously called Facebook, said profits rose.\n' });
    expect(surfaces(called, 'Meta')).toEqual(['Meta Platforms', 'Facebook']);
    const near = indexTexts({ 'a.txt': "Katherine Smith, previously Google's head of sales, joined Apple.\n" });
    expect(surfaces(near, 'Katherine Smith')).toEqual(['Katherine Smith']);
    expect(surfaces(near, 'Google')).toEqual(['Google']);
  });
});

describe("news aliases: a place's own body by an acronym the story gives another place's body", () => {
  it('"The Africa CDC said … The U.S. Centers for Disease Control and Prevention (CDC) said" cut "Africa CDC" into the place and the American agency\'s "CDC"; it stays one body of its own, while "U.S. CDC officials" is still the U.S. agency', () => {
    const text = 'The Africa CDC said it would act. The U.S. Centers for Disease Control and Prevention (CDC) said more. U.S. CDC officials agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Africa CDC')).toEqual([`Africa CDC@${text.indexOf('Africa CDC')}`]);
    expect(entityNamed(index, 'Africa CDC').type).toBe('organization');
    expect(surfaces(index, 'U.S. Centers for Disease Control and Prevention')).toEqual(['U.S. Centers for Disease Control and Prevention', 'CDC', 'CDC']);
  });
});

describe('news aliases: a given name alone opening a sentence before a body\'s gesture', () => {
  it('"The Princess of Wales visited the hospital. Catherine wore green" keeps "Catherine", a person (it was dropped), and so "Margarethe waved to the crowd"; "Inflation stood at 3%" names nothing', () => {
    const index = indexTexts({ 'a.txt': 'The Princess of Wales visited the hospital. Catherine wore green and met nurses. Rain fell. Margarethe waved to the crowd. Inflation stood at 3%.\n' });
    expect(entityNamed(index, 'Catherine').type).toBe('person');
    expect(surfaces(index, 'Catherine')).toEqual(['Catherine']);
    expect(entityNamed(index, 'Margarethe').type).toBe('person');
    expect(allSurfaces(index)).not.toContain('Inflation');
  });
});

describe('news aliases: a surname as another transliteration writes it', () => {
  it('"Muammar Gadhafi … Qaddafi was killed … Gaddafi\'s son" is one person (they were three entities, "Qaddafi" dropped); with "Saif Gaddafi" named too, a lone "Qaddafi" is no one\'s short form by spelling alone', () => {
    const index = indexTexts({ 'a.txt': "Muammar Gadhafi ruled Libya for decades. Qaddafi was killed in 2011. Gaddafi's son was arrested.\n" });
    expect(surfaces(index, 'Muammar Gadhafi')).toEqual(['Muammar Gadhafi', 'Qaddafi', 'Gaddafi']);
    const two = indexTexts({ 'a.txt': 'Muammar Kadhafi ruled Libya. His son Saif Gadhafi fled. Rebels said Qaddafi had gone.\n' });
    expect(surfaces(two, 'Muammar Kadhafi')).toEqual(['Muammar Kadhafi']);
    expect(surfaces(two, 'Saif Gadhafi')).toEqual(['Saif Gadhafi']);
  });
});

describe('news aliases: a body\'s other name after a comma and "the", after a preposition or closing the sentence', () => {
  it('"bought by Gavi, the Vaccine Alliance, which …" and "Funding came from Gavi, the Vaccine Alliance." make one body (the Vaccine Alliance was a second); "in Montreux, the International Ski Federation, which …" and "from Zurich, the World Football Association." stay apart', () => {
    const index = indexTexts({ 'a.txt': 'The vaccines were bought by Gavi, the Vaccine Alliance, which funds campaigns in poor countries.\n', 'b.txt': 'Funding came from Gavi, the Vaccine Alliance. The Vaccine Alliance said it would expand.\n' });
    expect(surfaces(index, 'Gavi')).toEqual(['Gavi', 'Vaccine Alliance', 'Gavi', 'Vaccine Alliance', 'Vaccine Alliance']);
    const near = indexTexts({ 'a.txt': 'Delegates met in Montreux, the International Ski Federation, which chose a host. Money came from Zurich, the World Football Association.\n' });
    expect(entityNamed(near, 'Montreux').type).toBe('place');
    expect(surfaces(near, 'International Ski Federation')).toEqual(['International Ski Federation']);
    expect(surfaces(near, 'World Football Association')).toEqual(['World Football Association']);
  });
});

describe('news aliases: a clipped given name', () => {
  it('"Vinícius Júnior … Vini Jr." and "Rodrigo Hernández … Rodri Hernández" are one person each, named in full (they were two each, "Vini Jr." apart); "Alina Khan" and "Ali Khan", a given name of its own, stay two', () => {
    const index = indexTexts({ 'a.txt': 'Vinícius Júnior scored twice. Vini Jr. celebrated with fans.\n', 'b.txt': 'Rodrigo Hernández starred in midfield. Rodri Hernández left at half-time.\n' });
    expect(surfaces(index, 'Vinícius Júnior')).toEqual(['Vinícius Júnior', 'Vini Jr.']);
    expect(surfaces(index, 'Rodrigo Hernández')).toEqual(['Rodrigo Hernández', 'Rodri Hernández']);
    const near = indexTexts({ 'a.txt': 'Alina Khan spoke first. Ali Khan left early.\n' });
    expect(surfaces(near, 'Alina Khan')).toEqual(['Alina Khan']);
    expect(surfaces(near, 'Ali Khan')).toEqual(['Ali Khan']);
  });
});

describe('news aliases: a given name with a title of a place in apposition', () => {
  it('"Catherine, Princess of Wales, visited … Catherine met nurses" keeps both Catherines, one person (both were dropped), and "Edward, Duke of Edinburgh, opened" is a person', () => {
    const index = indexTexts({ 'a.txt': 'Catherine, Princess of Wales, visited the hospital on Tuesday. Catherine met nurses and patients. Rain fell. Edward, Duke of Edinburgh, opened the school.\n' });
    expect(surfaces(index, 'Catherine')).toEqual(['Catherine', 'Catherine']);
    expect(entityNamed(index, 'Catherine').type).toBe('person');
    expect(entityNamed(index, 'Edward').type).toBe('person');
    expect(entityNamed(index, 'Wales').type).toBe('place');
  });
});

describe('news aliases: a listed surname alone opening a sentence before what a person does', () => {
  it('"Rain fell. Kowalczyk said he would resign." keeps Kowalczyk, a person (a surname no list holds was kept, a listed one dropped); "Weather said he would resign" keeps no dictionary word', () => {
    const index = indexTexts({ 'a.txt': 'Rain fell. Kowalczyk said he would resign.\n' });
    expect(entityNamed(index, 'Kowalczyk').type).toBe('person');
    expect(allSurfaces(indexTexts({ 'a.txt': 'Rain fell. Weather said he would resign.\n' }))).toEqual([]);
  });
});

describe('news aliases: a university called by its first word before its full name', () => {
  it('"he transferred to Brandeis … Brandeis University named a hall" is one body (the word alone was a place, with a place inside the full name); "Harvard … Harvard Medical School" stay two, "born in Stephenville … Stephenville High School" keeps the town', () => {
    const text = 'Okafor transferred to Brandeis in 2009. Later, Brandeis University named a hall after him.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Brandeis University')).toEqual([`Brandeis@${text.indexOf('Brandeis')}`, `Brandeis University@${text.indexOf('Brandeis University')}`]);
    expect(entityNamed(index, 'Brandeis University').type).toBe('organization');
    expect(index.entities.filter((e) => e.type === 'place')).toEqual([]);
    const near = indexTexts({ 'a.txt': 'Harvard said it would sue. Harvard Medical School will lose grants. He was born in Stephenville and went to Stephenville High School.\n' });
    expect(surfaces(near, 'Harvard Medical School')).toEqual(['Harvard Medical School']);
    expect(surfaces(near, 'Stephenville')).toEqual(['Stephenville', 'Stephenville']);
    expect(entityNamed(near, 'Stephenville').type).toBe('place');
  });
});

describe('news aliases: a full name in another transliteration', () => {
  it('"Muammar Gaddafi … Moammar Gadhafi", "Muhammad Qaddafi … Mohammed Gadhafi" are one person each (they were two); "Mohamed Salah" and "Mahmoud Salah", one surname spelt alike, stay two', () => {
    const index = indexTexts({ 'a.txt': 'Muammar Gaddafi ruled Libya for decades. Moammar Gadhafi was killed in 2011.\n', 'b.txt': 'Muhammad Qaddafi spoke on Monday. Mohammed Gadhafi left on Tuesday.\n' });
    const persons = index.entities.filter((e) => e.type === 'person');
    expect(persons.length).toBe(2);
    expect(persons.map((e) => index.mentionsOf(e).length)).toEqual([2, 2]);
    const two = indexTexts({ 'a.txt': 'Mohamed Salah scored twice. Mahmoud Salah, his cousin, watched.\n' });
    expect(two.entities.filter((e) => e.type === 'person').length).toBe(2);
  });
});

describe('news aliases: one word after "a" or "an"', () => {
  it('"won an Oscar" is no short form of "Oscar Piastri" in the same story (it was one entity, other); "Oscar said" there still is', () => {
    const index = indexTexts({ 'a.txt': 'Oscar Piastri won in Monaco. Piastri, who has never won an Oscar, smiled. Oscar said he was happy.\n' });
    expect(mentionsAt(index, 'Oscar Piastri')).toEqual(['Oscar Piastri@0', 'Piastri@29', 'Oscar@74']);
    expect(entityNamed(index, 'Oscar').type).not.toBe('person');
  });
});

describe('news aliases: an award named by one word before its category or its nominations', () => {
  it('"the Oscar for best picture" and "Oscar nominations" are no short forms of "Oscar Isaac" in the same story (they were his mentions, a person); "Emmy nominations" is an award; "the Pulitzer for fiction" is the "Pulitzer Prize" named in full, not "Paul Pulitzer"; "the Harris nomination" is still hers', () => {
    const text = 'Oscar Isaac stars in the film. Neon steered "Anora" to the Oscar for best picture. Past winners went on to Oscar nominations. Everett won the Pulitzer for fiction. She earned Emmy nominations. Kamala Harris spoke. The Harris nomination stalled.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Oscar Isaac')).toEqual(['Oscar Isaac@0']);
    expect(entityNamed(index, 'Oscar').type).not.toBe('person');
    expect(entityNamed(index, 'Pulitzer').type).not.toBe('person');
    expect(entityNamed(index, 'Emmy').type).not.toBe('person');
    expect(surfaces(index, 'Kamala Harris')).toEqual(['Kamala Harris', 'Harris']);
    // The award the article names in full is the one the word stands for.
    const prize = indexTexts({ 'a.txt': 'Thomas Adeyemi won the Pulitzer Prize in 2016. Paul Pulitzer spoke. Everett won the Pulitzer for fiction.\n' });
    expect(surfaces(prize, 'Pulitzer Prize')).toEqual(['Pulitzer Prize', 'Pulitzer']);
    expect(surfaces(prize, 'Paul Pulitzer')).toEqual(['Paul Pulitzer']);
  });
});

describe('news aliases: a thing named after a person', () => {
  it('"the James Webb Space Telescope … Webb found water": the surname of a person named only inside the telescope\'s name is the telescope (it was "James Webb", a person); "Nancy Roman", named on her own too, keeps "Roman"', () => {
    const text = 'Astronomers used the James Webb Space Telescope to study the star. Webb found water in its disk.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'James Webb Space Telescope')).toEqual([`James Webb Space Telescope@${text.indexOf('James')}`, `Webb@${text.indexOf('Webb found')}`]);
    expect(entityNamed(index, 'James Webb Space Telescope').type).not.toBe('person');
    const namedAlone = indexTexts({ 'a.txt': 'Nancy Roman was a scientist at NASA. The Nancy Roman Telescope will launch in 2027. Roman said so in 1980.\n' });
    expect(surfaces(namedAlone, 'Nancy Roman')).toEqual(['Nancy Roman', 'Nancy Roman', 'Roman']);
  });
});

describe('news aliases: a short name of the first word\'s opening and the other words\' capitals', () => {
  it('"California State Teachers\' Retirement System (CalSTRS)" and "… Employees\' Retirement System (CalPERS)" define their short names (each was an entity of its own), and the short name alone later is the body', () => {
    const text = "The California State Teachers' Retirement System (CalSTRS) sold shares. The California Public Employees' Retirement System (CalPERS) bought them. CalPERS said so.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, "California State Teachers' Retirement System")).toEqual(["California State Teachers' Retirement System", 'CalSTRS']);
    expect(surfaces(index, "California Public Employees' Retirement System")).toEqual(["California Public Employees' Retirement System", 'CalPERS', 'CalPERS']);
  });
});

describe('news aliases: a surname in a headline', () => {
  it('"Chiefs edge Bills as Mahomes rallies" over a story naming Patrick Mahomes first and Brittany Mahomes at its end, once each: the headline\'s "Mahomes" is his, the first named (it was hers)', () => {
    // Characters within their lines: the headline's, then the story's.
    const headline = '# Chiefs edge Bills as Mahomes rallies';
    const story = 'Patrick Mahomes threw two touchdown passes. Swift watched from a suite with Brittany Mahomes.';
    const index = indexTexts({ 'a.md': `${headline}\n\n${story}\n` });
    expect(mentionsAt(index, 'Patrick Mahomes')).toEqual([`Mahomes@${headline.indexOf('Mahomes')}`, 'Patrick Mahomes@0']);
    expect(mentionsAt(index, 'Brittany Mahomes')).toEqual([`Brittany Mahomes@${story.indexOf('Brittany')}`]);
  });
});

describe('news aliases: a numbered one of a series and its first word', () => {
  it('"Apollo 11 landed … NASA ended Apollo", "The Boeing 737 was grounded. Boeing said": the first word alone of a name closed by digits is the series or its maker, not a short form of the numbered one (Apollo and Boeing were mentions of "Apollo 11" and "Boeing 737"); "Queen Elizabeth II … Elizabeth reigned" stays hers', () => {
    const text = 'Apollo 11 landed in 1969. NASA ended Apollo in 1972. The Boeing 737 was grounded. Boeing said it would cooperate.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Apollo 11')).toEqual(['Apollo 11']);
    expect(surfaces(index, 'Boeing 737')).toEqual(['Boeing 737']);
    expect(mentionsAt(index, 'Boeing')).toContain(`Boeing@${text.indexOf('Boeing said')}`);
    expect(entityNamed(index, 'Boeing').type).toBe('organization');
    expect(allSurfaces(index)).toContain('Apollo');
    const near = indexTexts({ 'b.txt': 'Queen Elizabeth II died in 2022. Elizabeth reigned for 70 years.\n' });
    expect(surfaces(near, 'Elizabeth II')).toEqual(['Elizabeth II', 'Elizabeth']);
  });
});

describe('news aliases: a moon named like the probe that studies it', () => {
  it('"NASA launched Europa Clipper … will study Europa, an icy moon of Jupiter": a word its appositive makes a place is no short form of the longer name it opens (Europa was a mention of the probe); "Goldman Sachs … Goldman" stays the bank\'s', () => {
    const text = 'NASA launched Europa Clipper on Monday. The probe will study Europa, an icy moon of Jupiter.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Europa Clipper')).toEqual(['Europa Clipper']);
    expect(mentionsAt(index, 'Europa')).toEqual([`Europa@${text.indexOf('Europa,')}`]);
    expect(entityNamed(index, 'Europa').type).toBe('place');
    const near = indexTexts({ 'b.txt': 'Goldman Sachs reported higher profit. Analysts said Goldman had a strong quarter.\n' });
    expect(surfaces(near, 'Goldman Sachs')).toEqual(['Goldman Sachs', 'Goldman']);
  });
});

describe('news aliases: a city standing for its team', () => {
  it('"the Kansas City Chiefs beat the Buffalo Bills … Buffalo\'s final drive stalled … Kansas City visits the Raiders, while Buffalo hosts the 49ers": a city that is a side of a fixture (a verb in the singular, or a possessive before a side\'s play) is the story\'s team named after it (each was the place); "Buffalo hosts a summit" in a story of no team stays the place', () => {
    const text =
      'The Kansas City Chiefs beat the Buffalo Bills 27-24 on Sunday night in front of a sellout crowd. Buffalo\'s final drive stalled at midfield. ' +
      'Kansas City visits the Las Vegas Raiders next week, while Buffalo hosts the San Francisco 49ers.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Buffalo Bills')).toEqual([`Buffalo Bills@${text.indexOf('Buffalo Bills')}`, `Buffalo@${text.indexOf("Buffalo's")}`, `Buffalo@${text.indexOf('Buffalo hosts')}`]);
    expect(mentionsAt(index, 'Kansas City Chiefs')).toEqual([`Kansas City Chiefs@${text.indexOf('Kansas City Chiefs')}`, `Kansas City@${text.indexOf('Kansas City visits')}`]);
    const story = 'The Green Bay Packers lost to the Detroit Lions 31-17 at home on Thursday. Green Bay\'s defense gave up three touchdowns.';
    const second = indexTexts({ 'b.txt': story + '\n' });
    expect(mentionsAt(second, 'Green Bay Packers')).toEqual([`Green Bay Packers@${story.indexOf('Green Bay Packers')}`, `Green Bay@${story.indexOf("Green Bay's")}`]);
    const near = indexTexts({ 'c.txt': 'Next week, Buffalo hosts a summit on clean energy, the mayor said.\n' });
    expect(entityNamed(near, 'Buffalo').type).toBe('place');
  });
});

describe('news aliases: a town standing for its team, and its dateline', () => {
  it('"KANSAS CITY, Mo. (AP) — The Kansas City Chiefs beat ... Kansas City visits the Raiders next. Fans in Kansas City cheered.": the fixture\'s "Kansas City" is the team, the dateline and the fans\' town stay the town (the team\'s link spread to every "Kansas City")', () => {
    const lines = ['KANSAS CITY, Mo. (AP) — The Kansas City Chiefs beat the Buffalo Bills 27-24 on Sunday.', 'Kansas City visits the Las Vegas Raiders next. Fans in Kansas City cheered.'];
    const index = indexTexts({ 'a.md': `# Chiefs win\n\n${lines[0]}\n\n${lines[1]}\n` });
    expect(surfaces(index, 'Kansas City Chiefs')).toEqual(['Kansas City Chiefs', 'Kansas City']);
    expect(surfaces(index, 'Kansas City')).toEqual(['KANSAS CITY', 'Kansas City', 'Kansas City']);
    expect(entityNamed(index, 'Kansas City').type).toBe('place');
  });
});

describe('news aliases: a partner and the firm named after her', () => {
  it('"Renata Ostrowski of Ostrowski & Vance LLP … \\"We disagree,\\" Ostrowski said": the surname after a speech verb is the partner\'s (the firm, written last, took it)', () => {
    const text = 'Led by Chicago lawyer Renata Ostrowski of Ostrowski & Vance LLP, the villages will appeal. "We disagree," Ostrowski said.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Renata Ostrowski')).toEqual([`Renata Ostrowski@${text.indexOf('Renata')}`, `Ostrowski@${text.lastIndexOf('Ostrowski')}`]);
    expect(mentionsAt(index, 'Ostrowski & Vance LLP')).toEqual([`Ostrowski & Vance LLP@${text.indexOf('Ostrowski &')}`]);
  });
});

describe('a hospital\'s or a university\'s name without the institution\'s closing words', () => {
  it('"the MD Anderson Cancer Center … A spokesperson for MD Anderson said" made "MD Anderson" a person of its own, and "Wayne State" of "Wayne State University" too; now each is the institution; "Ben Taub" of "Ben Taub Hospital" and "San Antonio" of the "San Antonio Water System" stay the man and the city', () => {
    const text =
      'The MD Anderson Cancer Center is not part of the deal. A spokesperson for MD Anderson said the trials would continue. Wayne State University in Detroit has frozen tuition. Wayne State\'s president said enrollment rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'MD Anderson Cancer Center')).toEqual(['MD Anderson Cancer Center', 'MD Anderson']);
    expect(surfaces(index, 'Wayne State University')).toEqual(['Wayne State University', 'Wayne State']);
    const apart = indexTexts({ 'a.txt': 'Patients went to Ben Taub Hospital. Ben Taub gave the land in 1920. The San Antonio Water System raised rates. San Antonio voted.\n' });
    expect(surfaces(apart, 'Ben Taub Hospital')).toEqual(['Ben Taub Hospital']);
    expect(surfaces(apart, 'San Antonio Water System')).toEqual(['San Antonio Water System']);
  });
});

describe('a given name that is a place\'s name', () => {
  it('"Her daughter, Paris Mendez, … Paris said" and "Mila Horvat … \'I cried,\' Mila said" made "Paris" and "Mila" the cities; now each is the person; "flew to Paris. In Paris, she met friends" stays the city', () => {
    const text = 'Her daughter, Paris Mendez, drives her to each appointment. Paris said the family had received a letter. Mila Horvat, 52, opened a letter. "I cried," Mila said.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Paris Mendez')).toEqual(['Paris Mendez', 'Paris']);
    expect(surfaces(index, 'Mila Horvat')).toEqual(['Mila Horvat', 'Mila']);
    const city = indexTexts({ 'a.txt': 'Her daughter, Paris Mendez, flew to Paris. In Paris, she met friends.\n' });
    expect(surfaces(city, 'Paris Mendez')).toEqual(['Paris Mendez']);
    expect(entityNamed(city, 'Paris').type).toBe('place');
  });
});

describe('a foreign body\'s short name in parentheses', () => {
  it('"Companhia Paranaense de Energia (Copel)" and "Agência Nacional de Energia Elétrica (Aneel)" left "Copel" and "Aneel" entities of their own (a body\'s head word opening its name was not read as a body\'s); now each is its body\'s name', () => {
    const text = 'Companhia Paranaense de Energia (Copel) reported a record profit. The regulator, Agência Nacional de Energia Elétrica (Aneel), is reviewing tariffs. Aneel will decide in May whether Copel may raise them.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Companhia Paranaense de Energia')).toEqual(['Companhia Paranaense de Energia', 'Copel', 'Copel']);
    expect(surfaces(index, 'Agência Nacional de Energia Elétrica')).toEqual(['Agência Nacional de Energia Elétrica', 'Aneel', 'Aneel']);
  });
});
