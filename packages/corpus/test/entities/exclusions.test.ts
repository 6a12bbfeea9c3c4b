import { describe, expect, it } from 'vitest';
import { allSurfaces, entityNamed, indexTexts, mentionsAt, surfaces } from '../helpers/indexTexts.js';

describe('never entities', () => {
  it('a capitalised common word opening a sentence, alone or before a name', () => {
    const index = indexTexts({
      'a.txt':
        'Officials in Kyiv said the city of Pokrovsk was under pressure on Monday. Shipbuilding is a strategic sector. Losing Pokrovsk would hurt Ukraine.\n',
    });
    const found = allSurfaces(index);
    expect(found).not.toContain('Shipbuilding');
    expect(found).not.toContain('Losing Pokrovsk');
    expect(found.filter((s) => s === 'Pokrovsk')).toHaveLength(2);
  });

  it('a country and title words with no name after them: "the US Secretary of Defense", "the UN Secretary-General" name the country, not a person', () => {
    const index = indexTexts({ 'a.txt': 'He met the US Secretary of Defense on Monday. The UN Secretary-General spoke. US Secretary of State John Kerry agreed.\n' });
    expect(allSurfaces(index).sort()).toEqual(['John Kerry', 'UN', 'US', 'US']);
  });

  it('the country before an office written with periods is named too ("Officials said U.S. Secretary of State Marco Rubio would go")', () => {
    const text = 'Officials said U.S. Secretary of State Marco Rubio would go.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Marco Rubio', 'U.S.']);
    expect(mentionsAt(index, 'United States')).toEqual([`U.S.@${text.indexOf('U.S.')}`]);
  });

  it('a noun of nationality for one person is no name ("the 37-year-old Serb", "a Briton and a Croat"), while the people in the plural is ("Kurds protested", see types.test.ts); a place named with it stays ("Republika Srpska")', () => {
    const text = 'The 37-year-old Serb will face a Briton and a Croat in Belgrade. Kurds protested. Republika Srpska is a Serb entity.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Belgrade', 'Kurds', 'Republika Srpska']);
  });

  it('the adjective of a nation whose list demonym is another word is no name: "Icelandic Prime Minister Bjarni Benediktsson" gave an entity "Icelandic", "the Uzbek border" a place "Uzbek"; a place named with one stays ("the Basque Country")', () => {
    const text = 'Icelandic Prime Minister Bjarni Benediktsson sent a message. Trucks queued at the Uzbek border. The Basque Country voted.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Basque Country', 'Bjarni Benediktsson']);
    expect(mentionsAt(index, 'Basque Country')).toEqual([`Basque Country@${text.indexOf('Basque')}`]);
  });

  it('the adjective of a people, a creed or a movement of conflict news is no name: "from Hutu militias" made a place, "Sunni Bedouin tribes" an other, "Maronite Patriarch Bechara Boutros al-Rai" a person "Maronite", "The Islamist party Jamaat-e-Islami" a body, "Moldova\'s Gagauz minority, Turkic-speaking" two others; their plurals stay peoples and a body\'s name opening with one stays whole (a church\'s adjective is none of them: "the Anglican Communion" was lost)', () => {
    const text = 'Thousands fled from Hutu militias. Fighting between Druze militias and Sunni Bedouin tribes killed 300. He met Maronite Patriarch Bechara Boutros al-Rai. The Islamist party Jamaat-e-Islami will run. Moldova\'s Gagauz minority, Turkic-speaking Christians, voted. The Oromo Liberation Army attacked, and the Tutsis fled. The Anglican Communion prayed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Anglican Communion', 'Bechara Boutros al-Rai', 'Christians', 'Jamaat-e-Islami', 'Moldova', 'Oromo Liberation Army', 'Tutsis']);
    expect(entityNamed(index, 'Tutsis').type).toBe('person');
  });

  it('a country\'s spelling that is its people\'s adjective names no country: "through Thai and Singaporean correspondents" named Thailand, as "Togolese troops" did Togo; "the Vatican" stays Vatican City\'s', () => {
    const text = 'The banks worked through Thai and Singaporean correspondents. Togolese troops arrived. The Vatican said so. Thailand and Togo agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Thailand', 'Togo', 'Vatican']);
    expect(entityNamed(index, 'Vatican City').type).toBe('place');
  });

  it('a title\'s modifier and a nationality opening a sentence name no one ("Former Brazilian president Jair Bolsonaro" gave an entity "Brazilian"); the country named in the title stays ("Former US President Barack Obama")', () => {
    const text = 'Former Brazilian president Jair Bolsonaro was indicted. Former US President Barack Obama spoke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Barack Obama', 'Jair Bolsonaro', 'US']);
    expect(mentionsAt(index, 'Jair Bolsonaro')).toEqual([`Jair Bolsonaro@${text.indexOf('Jair')}`]);
  });

  it('"Two-time", "Three-time" opening a sentence are no part of the name after them ("Two-time Grammy winner Adele Adkins" names "Grammy"); romanised syllables still join ("Kim Jong-un")', () => {
    const text = 'Two-time Grammy winner Adele Adkins sang. Three-time Pro Bowl guard Joe Thuney signed. Kim Jong-un watched.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Adele Adkins', 'Grammy', 'Joe Thuney', 'Kim Jong-un', 'Pro Bowl']);
  });

  it('a party\'s member after a known place is no part of the name ("Ed Markey, a Massachusetts Democrat": the place is "Massachusetts"); a party named so stays whole ("the Texas Republican Party")', () => {
    const text = 'Senator Ed Markey, a Massachusetts Democrat, introduced a bill. Sen. Ted Cruz, a Texas Republican, objected. He spoke to the Ohio Republican Party.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Ed Markey', 'Massachusetts', 'Ohio', 'Ohio Republican Party', 'Ted Cruz', 'Texas']);
    expect(mentionsAt(index, 'Massachusetts')).toEqual([`Massachusetts@${text.indexOf('Massachusetts')}`]);
  });

  it('a role of broadcasting or sport opens the sentence before a name ("Host Jimmy Kimmel", "Boss Gareth Southgate", "Umpire Joe West"): the person is the name; a host country stays a place ("beat the host Qatar")', () => {
    const text = 'Host Jimmy Kimmel joked. Boss Gareth Southgate said so. Umpire Joe West agreed. Teammate Mason Mount said it. Morocco beat the host Qatar.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Gareth Southgate', 'Jimmy Kimmel', 'Joe West', 'Mason Mount', 'Morocco', 'Qatar']);
    expect(entityNamed(index, 'Jimmy Kimmel').type).toBe('person');
    expect(entityNamed(index, 'Qatar').type).toBe('place');
  });

  it('a word qualifying a title opens the sentence before the country and the title ("Former US Secretary of State John Kerry"): the country and the person are the names', () => {
    const text = 'Former US Secretary of State John Kerry urged calm. Acting US President Joe Biden agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Joe Biden', 'John Kerry', 'US', 'US']);
    expect(mentionsAt(index, 'United States')).toEqual([`US@${text.indexOf('US')}`, `US@${text.indexOf('US President')}`]);
  });

  it('a title word opening the words before a title is the title\'s, no body\'s name ("Chief Cabinet Secretary Yoshimasa Hayashi"); a body\'s name before a title stays one ("Labour Party Leader Keir Starmer")', () => {
    const text = 'Chief Cabinet Secretary Yoshimasa Hayashi spoke. Deputy Cabinet Secretary Jane Hill agreed. The Labour Party Leader Keir Starmer left.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Jane Hill', 'Keir Starmer', 'Labour Party', 'Yoshimasa Hayashi']);
  });

  it('"Cabinet" before "Secretary" or "Minister" is the title\'s, so a portfolio before it names no body ("Health Cabinet Secretary Susan Nakhumicha" gave a body "Health Cabinet"); "the Health Cabinet" alone stays one, and so does "Cabinet Office" before a title', () => {
    const text = 'Health Cabinet Secretary Susan Nakhumicha left. Treasury Cabinet Secretary Njuguna Ndung\'u spoke. The Health Cabinet met. Cabinet Office Minister Pat McFadden said.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Cabinet Office', 'Health Cabinet', 'Njuguna Ndung\'u', 'Pat McFadden', 'Susan Nakhumicha']);
    expect(mentionsAt(index, 'Health Cabinet')).toEqual([`Health Cabinet@${text.indexOf('Health Cabinet met')}`]);
    expect(entityNamed(index, 'Susan Nakhumicha').type).toBe('person');
  });

  it('one dictionary word before "Minister" or "Secretary" is the portfolio, no party the word names ("Labor Secretary Julie Su" gave the Australian Labor Party, "Labour Minister Simon Lalong" the Labour Party); "Labour leader" and "Labour MP" keep the party', () => {
    const text = 'Labor Secretary Julie Su met union leaders. Labour Minister Simon Lalong said talks would resume.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Julie Su', 'Simon Lalong']);
    expect(entityNamed(index, 'Simon Lalong').type).toBe('person');
    const near = 'Labour leader Keir Starmer spoke. Labour MP Diane Abbott said so.';
    const party = indexTexts({ 'a.txt': near + '\n' });
    expect(mentionsAt(party, 'Labour Party')).toEqual(['Labour@0', `Labour@${near.indexOf('Labour MP')}`]);
    expect(entityNamed(party, 'Labour Party').type).toBe('organization');
  });

  it('two dictionary words joined by "and" before "Minister" are the portfolio ("Mines and Energy Minister Andrés Camacho" gave a body "Mines and Energy"); a country so named keeps its place ("Trinidad and Tobago Minister")', () => {
    const text = 'Mines and Energy Minister Andrés Camacho said no contracts would be signed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index)).toEqual(['Andrés Camacho']);
    expect(entityNamed(index, 'Andrés Camacho').type).toBe('person');
    const near = indexTexts({ 'a.txt': 'Trinidad and Tobago Minister Keith Rowley said so.\n' });
    expect(allSurfaces(near).sort()).toEqual(['Keith Rowley', 'Trinidad and Tobago']);
    expect(entityNamed(near, 'Trinidad and Tobago').type).toBe('place');
  });

  it('an honorific in capitals before a name in lower case is letters of the name ("DR Congo" is the country, "MRS Oil Nigeria Plc" a company); "Mr." and "MR JOHN" stay honorifics', () => {
    const text = 'Fighting resumed in DR Congo. Fuel went to MRS Oil Nigeria Plc. on Monday. Mr. Tunde Bakare said so, and a letter was signed MR JOHN OKAFOR.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'DR Congo')).toEqual([`DR Congo@${text.indexOf('DR Congo')}`]);
    expect(entityNamed(index, 'DR Congo').type).toBe('place');
    expect(mentionsAt(index, 'MRS Oil Nigeria Plc.')).toEqual([`MRS Oil Nigeria Plc.@${text.indexOf('MRS')}`]);
    expect(entityNamed(index, 'MRS Oil Nigeria Plc.').type).toBe('organization');
    expect(mentionsAt(index, 'Tunde Bakare')).toEqual([`Tunde Bakare@${text.indexOf('Tunde')}`]);
    expect(mentionsAt(index, 'JOHN OKAFOR')).toEqual([`JOHN OKAFOR@${text.indexOf('JOHN')}`]);
  });

  it('a councillor, an alderman, an assembly member and a school\'s principal are titles before a name: "Councillor Amina Khan agreed" and "Principal Mark Dorsey spoke" were others, title and all; a company named so keeps its word ("Principal Financial Group")', () => {
    const text = 'Councillor Amina Khan agreed. Later, Principal Mark Dorsey spoke. Assemblywoman Jenifer Rajkumar said no. Shares of Principal Financial Group rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Amina Khan', 'Jenifer Rajkumar', 'Mark Dorsey', 'Principal Financial Group']);
    expect(['Amina Khan', 'Mark Dorsey', 'Jenifer Rajkumar', 'Principal Financial Group'].map((name) => entityNamed(index, name).type)).toEqual(['person', 'person', 'person', 'organization']);
    expect(mentionsAt(index, 'Mark Dorsey')).toEqual([`Mark Dorsey@${text.indexOf('Mark')}`]);
  });

  it('a school\'s head, a constable, a coroner and a magistrate are titles, no part of the name: "Headteacher Claire Wentworth", "Chief Constable Andy Marsh" (was "Constable Andy Marsh"), "Police Constable Keith Palmer"; the painter "John Constable" keeps his surname', () => {
    const text = 'Headteacher Claire Wentworth spoke. Chief Constable Andy Marsh said. Police Constable Keith Palmer died. Coroner Mary Hassell ruled. The painter John Constable lived here. Constable painted clouds.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Andy Marsh', 'Claire Wentworth', 'Constable', 'John Constable', 'Keith Palmer', 'Mary Hassell']);
    expect(mentionsAt(index, 'Keith Palmer')).toEqual([`Keith Palmer@${text.indexOf('Keith')}`]);
    expect(mentionsAt(index, 'John Constable')).toEqual([`John Constable@${text.indexOf('John Constable')}`, `Constable@${text.indexOf('Constable painted')}`]);
  });

  it('"Regent" (an Indonesian regency\'s head, a monarch\'s stand-in) is a title: "Lumajang Regent Indah Amperawati" is the place and the person, and "the Regent" is she; a word no dictionary holds before a title is a name of its own ("Bekasi Mayor", not "Foreign Minister"); a title\'s possessive before a place\'s head word is in the name ("Regent\'s Park"), as it is before a body\'s', () => {
    const text =
      'Lumajang Regent Indah Amperawati said schools would close. The Regent later visited the shelters.\n' +
      'In London, crowds filled Regent Street and Regent\'s Park. The Attorney General\'s Office said nothing.\n' +
      'On Monday, Bekasi Mayor Tri Adhianto met Foreign Minister Sugiono.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(allSurfaces(index).sort()).toEqual(["Attorney General's Office", 'Bekasi', 'Indah Amperawati', 'London', 'Lumajang', 'Regent', 'Regent Street', "Regent's Park", 'Sugiono', 'Tri Adhianto']);
    expect(mentionsAt(index, 'Indah Amperawati')).toEqual([`Indah Amperawati@${text.indexOf('Indah')}`, `Regent@${text.indexOf('Regent later')}`]);
    expect(entityNamed(index, "Regent's Park").type).toBe('place');
  });

  it('a title hyphened to "elect" or "designate" is the title of the name after it ("President-elect Donald Trump", "Prime Minister-designate Nawaf Salam"), no name of its own', () => {
    const text = 'It came despite President-elect Donald Trump\'s pledge. Prime Minister-designate Nawaf Salam met reporters.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Donald Trump', 'Nawaf Salam']);
    expect(entityNamed(index, 'Donald Trump').descriptions.map((d) => d.text)).toEqual(['President-elect']);
    expect(entityNamed(index, 'Nawaf Salam').type).toBe('person');
  });

  it('a given name that is a word too opens a sentence with the surname ("Chase Strangio of the ACLU argued", then "Strangio said"); a word the article writes in lower case still does not ("Russia will press on. Will Pokrovsk fall?")', () => {
    const text = 'Chase Strangio of the ACLU argued the case. The ruling is due in June, Strangio said. The city of Pokrovsk is a hub, and Russia will press on. Will Pokrovsk fall?';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Chase Strangio')).toEqual([`Chase Strangio@0`, `Strangio@${text.indexOf('Strangio said')}`]);
    expect(entityNamed(index, 'Chase Strangio').type).toBe('person');
    expect(allSurfaces(index)).not.toContain('Will Pokrovsk');
  });

  it('a nationality as a noun of one person is no name ("Valcke, a Frenchman who", "Irishman Rory McIlroy")', () => {
    const text = 'Jérôme Valcke, a Frenchman who ran the body, was acquitted. Irishman Rory McIlroy won.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Jérôme Valcke', 'Rory McIlroy']);
  });

  it('a name\'s word that is a stop word too, capitalised mid-sentence before the name goes on, is the name\'s ("Truong My Lan", "chief To Lam", "Vice Premier He Lifeng"); "He said" and "to American hands" are not', () => {
    const text = 'The court upheld the sentence of tycoon Truong My Lan. The drive is led by party chief To Lam, who took over. Vice Premier He Lifeng met them. He said it returned to American hands.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['He Lifeng', 'To Lam', 'Truong My Lan']);
    expect(mentionsAt(index, 'To Lam')).toEqual([`To Lam@${text.indexOf('To Lam')}`]);
    expect(['Truong My Lan', 'To Lam', 'He Lifeng'].map((name) => entityNamed(index, name).type)).toEqual(['person', 'person', 'person']);
  });

  it('a month\'s abbreviation that is a given name too opens a person\'s name before a capitalised word ("Goldman\'s chief economist, Jan Hatzius, said … Hatzius"); a date is none ("on Jan. 5", "the Jan 6 committee")', () => {
    const text = "Goldman's chief economist, Jan Hatzius, said the FOMC would wait. The deal was signed on Jan. 5 and the Jan 6 committee met. Hatzius said so.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Jan Hatzius')).toEqual(['Jan Hatzius', 'Hatzius']);
    expect(allSurfaces(index).filter((s) => s.startsWith('Jan'))).toEqual(['Jan Hatzius']);
  });

  it('a month\'s abbreviation that is a surname opens a Korean name before two hyphened syllables, at a sentence\'s start too ("Jun Young-hyun, head of the chip business, was named CEO" gave "Young-hyun"); a date and a hyphened dictionary word stay out ("in Jun 2024", "Jun Follow-up")', () => {
    const text = 'Han Jong-hee died; Jun Young-hyun, head of the chip business, was named CEO. Jun Young-hyun thanked staff. Sales rose in Jun 2024 and the Jun Follow-up came.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Jun Young-hyun')).toEqual([`Jun Young-hyun@${text.indexOf('Jun Young')}`, `Jun Young-hyun@${text.indexOf('Jun Young-hyun thanked')}`]);
    expect(entityNamed(index, 'Jun Young-hyun').type).toBe('person');
    expect(allSurfaces(index).filter((s) => s.includes('Jun ') || s.includes('Young') || s.includes('Follow'))).toEqual(['Jun Young-hyun', 'Jun Young-hyun']);
  });

  it('a month\'s abbreviation hyphened to a name\'s words opens the name ("Mar-a-Lago"); "Mon-Fri" and "Mar-April" are no names', () => {
    const text = 'Javier Milei flew to Mar-a-Lago in Florida. Talks run Mon-Fri and ended in Mar-April.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Mar-a-Lago')).toEqual([`Mar-a-Lago@${text.indexOf('Mar-a')}`]);
    expect(allSurfaces(index).sort()).toEqual(['Florida', 'Javier Milei', 'Mar-a-Lago']);
  });

  it('a laureate\'s title is no part of the name ("U.S. Poet Laureate Ada Limón", "Nobel laureate Maria Ressa"); a company named Laureate keeps its word', () => {
    const text = 'The plate carries a poem by U.S. Poet Laureate Ada Limón. Nobel laureate Maria Ressa spoke. Shares of Laureate Education Inc. rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Ada Limón', 'Laureate Education Inc.', 'Maria Ressa', 'U.S.']);
    expect(['Ada Limón', 'Maria Ressa'].map((name) => entityNamed(index, name).type)).toEqual(['person', 'person']);
    expect(entityNamed(index, 'Ada Limón').descriptions.map((d) => d.text)).toEqual(['U.S. Poet Laureate']);
  });

  it('a plural title before names is no part of them ("joined by Justices Sonia Sotomayor and Ketanji Brown Jackson")', () => {
    const index = indexTexts({ 'a.txt': 'Justice Elena Kagan, joined by Justices Sonia Sotomayor and Ketanji Brown Jackson, dissented.\n' });
    expect(allSurfaces(index).sort()).toEqual(['Elena Kagan', 'Ketanji Brown Jackson', 'Sonia Sotomayor']);
    expect(['Sonia Sotomayor', 'Ketanji Brown Jackson'].map((name) => entityNamed(index, name).type)).toEqual(['person', 'person']);
  });

  it('an initial "S." is no nationality (Bouvet Island\'s empty demonym made its plural "s" one): "Foreign Minister S. Jaishankar" keeps his initial', () => {
    const text = 'Foreign Minister S. Jaishankar agreed, and ISRO chairman S. Somanath said so.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'S. Jaishankar')).toEqual([`S. Jaishankar@${text.indexOf('S. J')}`]);
    expect(mentionsAt(index, 'S. Somanath')).toEqual([`S. Somanath@${text.indexOf('S. S')}`]);
  });

  it('in a headline\'s title case, a name of dictionary words alone is only capitalised ("Agree to Launch Talks"), but a body\'s name stays ("Language Association")', () => {
    const index = indexTexts({
      'a.txt': 'Sources\n"Mideast Leaders Agree to Launch Talks" — The New York Times, November 27, 2007\n"Historic Vote at the International Auxiliary Language Association" — Reuters\n',
    });
    const found = allSurfaces(index);
    expect(found).not.toContain('Launch Talks');
    expect(found).toContain('International Auxiliary Language Association');
    expect(found).toContain('New York Times');
    // One word in lower case: a sentence, whose capitals are a name's.
    const act = indexTexts({ 'a.txt': 'The Affordable Care Act (ACA) passed in 2010.\n' });
    expect(mentionsAt(act, 'Affordable Care Act')).toEqual(['Affordable Care Act@4', 'ACA@25']);
  });

  it('connectives in capitals, as headings and proclamations shout them, while "WHO" and "US" stay names', () => {
    const index = indexTexts({
      'a.txt':
        'WHEREAS, the Senate of Ruritania met in Strelsau; NOW, THEREFORE, the WHO and the US were informed.\n\nThe survey covered farms AND schools in Strelsau.\n',
    });
    const found = allSurfaces(index);
    for (const word of ['WHEREAS', 'NOW', 'THEREFORE', 'AND']) expect(found).not.toContain(word);
    expect(found).toContain('WHO');
    expect(found).toContain('US');
    expect(found.filter((s) => s === 'Strelsau')).toHaveLength(2);
  });

  it('contractions, fillers of speech and "to", capitalised or not', () => {
    const index = indexTexts({
      'a.txt':
        "I'm with Tiffany Okafor here. Uh, Mitchell Roberts was called as a witness. We'll hear from Mitchell Roberts next. Don't Want To Talk To People was the video's title, and I've seen it. Hey John, said Frank Messina.\n",
      'b.txt': 'To provide context, the court heard from Tiffany Okafor on Monday.\n',
    });
    const found = allSurfaces(index);
    for (const word of ["I'm", 'Uh', "We'll", "Don't", "I've", 'Hey', 'To', 'Uh Mitchell', 'Hey John']) expect(found).not.toContain(word);
    expect(found.filter((s) => s === 'Mitchell Roberts')).toHaveLength(2);
    expect(found.filter((s) => s === 'Tiffany Okafor')).toHaveLength(2);
    expect(found).toContain('John');
  });

  it('a dictionary word opening a sentence is no name when the article writes it in lower case too', () => {
    const index = indexTexts({
      'a.txt':
        'Now, the Court of Appeal heard the case in Halifax. The hearing lasted until now. First, the judge read the ruling. The first witness was Mary Chaworth. Now Stu Roberts is an attorney in Halifax.\n',
      // Elsewhere "Now" is a band's name, mid-sentence: that does not make a.txt's openers names.
      'b.txt': 'Officials said Now, a band, played in Halifax, and Now played again on Friday.\n',
    });
    const found = allSurfaces(index);
    const files = index.entities.flatMap((e) => index.mentionsOf(e)).filter((m) => m.text === 'Now' || m.text === 'First').map((m) => m.file);
    expect(files.length).toBeGreaterThan(0);
    expect(files.every((f) => f === 'b.txt')).toBe(true);
    expect(found).toContain('Stu Roberts');
    expect(found).not.toContain('Now Stu Roberts');
  });

  it('a dictionary word opening a sentence is no short form of a name it begins elsewhere ("First Corinthians")', () => {
    const index = indexTexts({
      'a.txt': 'The pastor read from First Corinthians 9 on Sunday in Halifax.\n',
      'b.txt': 'First, the court heard the appeal in Halifax on Monday.\n',
    });
    expect(index.entities.flatMap((e) => index.mentionsOf(e)).filter((m) => m.file === 'b.txt').map((m) => m.text)).toEqual(['Halifax']);
  });

  it('an ordinal alone orders an argument, wherever it stands ("thus: First we provide", "Second, our approach"); in a longer name it stays', () => {
    const index = indexTexts({
      'a.txt': 'The brief is structured thus: First we provide the facts. Second, our approach follows First Corinthians 9. Third, Halifax agrees.\n',
    });
    expect(allSurfaces(index).sort()).toEqual(['First Corinthians 9', 'Halifax']);
  });

  it('but a word that is no dictionary word stays a name at a sentence\'s start, and so does a particle', () => {
    const index = indexTexts({
      'a.txt':
        'Dan Savage coined the word santorum in 2003 to mock Rick Santorum. Santorum criticised the campaign on Monday. Marloes van der Veen of the agency spoke later. Van der Veen declined to comment.\n',
    });
    const found = allSurfaces(index);
    expect(found.sort()).toEqual(['Dan Savage', 'Marloes van der Veen', 'Rick Santorum', 'Santorum', 'Van der Veen']);
  });

  it('a title-case line says nothing through its capitals: "Putin Does Not Agree" gives Putin, not "Putin Does"', () => {
    const index = indexTexts({
      'a.txt':
        'Analysts said Vladimir Putin would not agree to talks with the Boston Red Sox owners on Monday.\nRelated: Russia Says It Will Respond If Putin Does Not Agree To Talks With Boston Red Sox Owners\n',
    });
    const found = allSurfaces(index);
    expect(found).not.toContain('Putin Does');
    expect(found).not.toContain('Talks');
    expect(found.filter((s) => s === 'Boston Red Sox')).toHaveLength(2);
    expect(index.mentionsOf(entityNamed(index, 'Vladimir Putin')).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`)).toEqual(['Vladimir Putin@0:14', 'Putin@1:40']);
  });

  it('one run of capitals in a sentence with lower-case words is a name, no title-case line: "The United Nations Security Council met." stays whole in a story that names Manchester United (it was cut to a "United" of the club), and "He played for the Green Bay Packers in 2010." keeps "Packers"', () => {
    const text = 'The United Nations Security Council met. Manchester United beat Everton 2-1, and United scored twice.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Manchester United')).toEqual(['Manchester United', 'United']);
    expect(allSurfaces(index)).toContain('United Nations Security Council');
    const packers = indexTexts({ 'a.txt': 'He played for the Green Bay Packers in 2010.\n' });
    expect(allSurfaces(packers)).toContain('Green Bay Packers');
    expect(entityNamed(packers, 'Green Bay Packers').type).toBe('organization');
  });

  it('a Spanish or Portuguese verb ending in "-a" after a name, before a function word, is no species\' epithet: \'"Boric designa a Carolina Tohá en Interior" — La Tercera\' gave an entity "Boric designa"; "Formica fusca" and "Aedes aegypti" stay species', () => {
    const text = 'President Gabriel Boric named Carolina Tohá. Ants of the species Formica fusca were studied.\nSources\n "Boric designa a Carolina Tohá en Interior" — La Tercera\n';
    const index = indexTexts({ 'a.txt': text });
    expect(allSurfaces(index)).not.toContain('Boric designa');
    const at = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
    expect(at('Gabriel Boric')).toEqual(['Gabriel Boric@0:10', 'Boric@2:2']);
    expect(entityNamed(index, 'Formica fusca').type).toBe('other');
  });

  it('in a title-case line a verb\'s form after a name the article uses in prose ends that name: "Boric Reshuffles Cabinet" in a source line was a body; the longest such name is kept ("Tom Hanks Stars In New Film" keeps Tom Hanks)', () => {
    const text =
      'Chilean President Gabriel Boric named a new interior minister. Tom Hanks was at the ceremony.\nSources\n Eva Vergara. "Chile\'s Boric Reshuffles Cabinet As Approval Falls" — Associated Press\n "Tom Hanks Stars In New Film About Chile" — Reuters\n';
    const index = indexTexts({ 'a.txt': text });
    expect(allSurfaces(index)).not.toContain('Boric Reshuffles Cabinet');
    const at = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
    expect(at('Gabriel Boric')).toEqual(['Gabriel Boric@0:18', 'Boric@2:23']);
    expect(at('Tom Hanks')).toEqual(['Tom Hanks@0:63', 'Tom Hanks@3:2']);
  });

  it('a name after an honorific is no sign of a headline: "Mr. Jones and Mrs. Smith and Ms. Brown came." names three people; a title-case line still says nothing through its other capitals', () => {
    const text = 'Mr. Jones and Mrs. Smith and Ms. Brown came.\nRelated: Mrs. Smith Says Brown Bread Costs More\n';
    const index = indexTexts({ 'a.txt': text });
    expect(allSurfaces(index).sort()).toEqual(['Brown', 'Jones', 'Smith', 'Smith']);
    const at = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
    expect(at('Smith')).toEqual(['Smith@0:19', 'Smith@1:14']);
    expect(at('Brown')).toEqual(['Brown@0:33']);
  });

  it('a headline\'s verbs part the names of a title-case line ("Trump Says Putin Wants Peace" is Trump and Putin; "How The War Changed Ukraine" names Ukraine), and each joins the person the corpus names in prose', () => {
    const index = indexTexts({
      'a.txt': 'Donald Trump spoke on Sunday.\nRead More:\nTrump Says Putin Wants Peace But Kyiv Must Compromise\nHow The War Changed Ukraine\n',
      'b.txt': 'Russian President Vladimir Putin spoke on Monday.\n',
    });
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Donald Trump', 'Kyiv', 'Ukraine', 'Vladimir Putin']);
    const at = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
    expect(at('Donald Trump')).toEqual(['Donald Trump@0:0', 'Trump@2:0']);
    expect(at('Vladimir Putin')).toEqual(['Putin@2:11', 'Vladimir Putin@0:18']);
    expect(at('Ukraine')).toEqual(['Ukraine@3:20']);
  });

  it('in a title-case line a verb after a head word goes on with the headline: "Semeru Volcano Erupts, Thousands Flee" names "Semeru Volcano"; "Mount Semeru Observatory Staff" keeps its head word last', () => {
    const text =
      'Mount Semeru erupted on Saturday, officials said. Staff at the Mount Semeru Observatory left.\n' +
      'Sources: Semeru Volcano Erupts, Thousands Flee — Reuters, December 6, 2026\nMount Semeru Observatory Staff Evacuated As Ash Falls — Kompas\n';
    const found = allSurfaces(indexTexts({ 'a.txt': text }));
    expect(found).toContain('Semeru Volcano');
    expect(found).not.toContain('Semeru Volcano Erupts');
    expect(found.filter((s) => s === 'Mount Semeru Observatory')).toHaveLength(2);
  });

  it('a dictionary word opening a sentence before a head word is the name\'s where a longer name of the article holds both ("The Supreme Court of the United States … the Court … Supreme Court Weighs Map" gave a "Court"); "Allow Parliament to vote" after "the Parliament" still loses "Allow"', () => {
    const text =
      'The Supreme Court of the United States heard the case. The Court will rule by June.\n' +
      'Adam Liptak. "Supreme Court Weighs Louisiana Map" — The New York Times\n' +
      'On Monday the Parliament met. Allow Parliament to vote, she said.\n';
    const index = indexTexts({ 'a.txt': text });
    const onLine = (line: number) => index.entities.flatMap((e) => index.mentionsOf(e)).filter((m) => m.range.start.line === line).map((m) => m.text).sort();
    expect(onLine(1)).toEqual(['Adam Liptak', 'Louisiana', 'New York Times', 'Supreme Court']);
    expect(onLine(2)).toEqual(['Parliament', 'Parliament']);
  });

  it('a line all in capitals says nothing through them: its names are the ones the article writes elsewhere or the gazetteer knows ("MARIA OLSEN", "NATO", "BRUSSELS"), not "LIMITATIONS" or "PETITIONERS"', () => {
    const index = indexTexts({
      'a.txt':
        '4.1. LIMITATIONS AND FUTURE DIRECTIONS.\nThe study, run with Maria Olsen in Brussels, has limits. Future studies will say more.\n' +
        'ORAL ARGUMENT OF MARIA OLSEN ON BEHALF OF THE PETITIONERS\nWATCH: NATO CHIEFS MEET IN BRUSSELS\n',
    });
    expect(allSurfaces(index).sort()).toEqual(['BRUSSELS', 'Brussels', 'MARIA OLSEN', 'Maria Olsen', 'NATO']);
    const at = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
    expect(at('Maria Olsen')).toEqual([`Maria Olsen@1:${'The study, run with '.length}`, `MARIA OLSEN@2:${'ORAL ARGUMENT OF '.length}`]);
    expect(at('Brussels')).toEqual([`Brussels@1:${'The study, run with Maria Olsen in '.length}`, `BRUSSELS@3:${'WATCH: NATO CHIEFS MEET IN '.length}`]);
  });

  it('a number before an amount is no part of a name, and the name before it is no label ("fined Apple 500 million euros and Meta Platforms 200 million euros"); a ship\'s number still is ("Hong Tai 58")', () => {
    const text = 'The Commission fined Apple 500 million euros and Meta Platforms 200 million euros. The Hong Tai 58 sank.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Apple', 'Commission', 'Hong Tai 58', 'Meta Platforms']);
    expect(mentionsAt(index, 'Apple')).toEqual([`Apple@${text.indexOf('Apple')}`]);
    // Nor before a count of years, times or people: "moved to San Francisco 49 years ago" made a vessel "San Francisco 49".
    const years = 'He moved to San Francisco 49 years ago. Flights to Lagos run 3 times a week.';
    expect(allSurfaces(indexTexts({ 'a.txt': years + '\n' })).sort()).toEqual(['Lagos', 'San Francisco']);
  });

  it('a small number after a known place or its club is a yard line or a table\'s points, no part of the name ("from the Kansas City 40" made a place "Kansas City 40", "the Los Angeles 30" a vessel, "2. Manchester City 10" a place); a title quoted whole and a ship keep theirs ("Moana 2", "Hong Tai 58")', () => {
    const text = 'Mahomes threw from the Kansas City 40 and Herbert was sacked at the Los Angeles 30.\n\n1. Liverpool 12\n2. Manchester City 10\n\nDisney\'s "Moana 2" topped the box office. The freighter Hong Tai 58 sank.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const names = allSurfaces(index);
    for (const name of ['Kansas City', 'Los Angeles', 'Manchester City', 'Moana 2', 'Hong Tai 58']) expect(names).toContain(name);
    expect(names.filter((n) => /(?:City|Angeles) \d/.test(n))).toEqual([]);
    expect(entityNamed(index, 'Kansas City').type).toBe('place');
  });

  it('a player\'s runs after his given name and surname are no part of his name ("Steve Smith made 73 and Alex Carey 61" made a ship "Alex Carey 61"); a ship named for a woman keeps its number after "the tanker" ("the tanker Maria Luisa 2")', () => {
    const text = 'Steve Smith made 73 and Alex Carey 61 after Australia chose to bat. The tanker Maria Luisa 2 was seized.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Alex Carey', 'Australia', 'Maria Luisa 2', 'Steve Smith']);
    expect(entityNamed(index, 'Alex Carey').type).toBe('person');
    expect(entityNamed(index, 'Maria Luisa 2').type).toBe('vessel');
  });

  it('two words in capitals on a line of their own are a label, not a name ("UP NEXT", "KEY STATS" under a game story); a name the article writes elsewhere still is ("JASON KIDD")', () => {
    const index = indexTexts({ 'a.txt': 'Dallas coach Jason Kidd said the team stopped moving the ball.\n\nUP NEXT\n\nKEY STATS\n\nJASON KIDD\n' });
    expect(allSurfaces(index).sort()).toEqual(['Dallas', 'JASON KIDD', 'Jason Kidd']);
    expect(index.mentionsOf(entityNamed(index, 'Jason Kidd')).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`)).toEqual([
      `Jason Kidd@0:${'Dallas coach '.length}`,
      'JASON KIDD@6:0',
    ]);
  });

  it('an initial does not stop a line being all in capitals: "ORAL ARGUMENT OF GEN. ELIZA B. HARTWELL ON BEHALF OF THE PETITIONERS" names only Hartwell', () => {
    const index = indexTexts({ 'a.txt': 'ORAL ARGUMENT OF GEN. ELIZA B. HARTWELL ON BEHALF OF THE PETITIONERS\nGeneral Hartwell: Thank you.\n' });
    expect(allSurfaces(index).sort()).toEqual(['HARTWELL', 'Hartwell']);
    expect(index.mentionsOf(entityNamed(index, 'Hartwell')).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`)).toEqual([
      `HARTWELL@0:${'ORAL ARGUMENT OF GEN. ELIZA B. '.length}`,
      `Hartwell@1:${'General '.length}`,
    ]);
  });

  it('a dateline is written in capitals by convention: its town stays a name though nothing else names it ("VELYKA NOVOSILKA (AP) —"), written Velyka Novosilka', () => {
    const index = indexTexts({ 'a.txt': 'VELYKA NOVOSILKA (AP) — Russian forces shelled the town on Monday, officials said.\n' });
    expect(allSurfaces(index).sort()).toEqual(['AP', 'VELYKA NOVOSILKA']);
    expect(entityNamed(index, 'Velyka Novosilka').type).toBe('place');
  });

  it('after a dateline with no agency the sentence begins, so a common word there is no name ("DUBAI, United Arab Emirates — Satellite images show …"); the town takes the city list\'s spelling', () => {
    const index = indexTexts({ 'a.txt': 'DUBAI, United Arab Emirates — Satellite images show new tunnels at the site, officials said.\n' });
    expect(allSurfaces(index).sort()).toEqual(['DUBAI', 'United Arab Emirates']);
    expect(entityNamed(index, 'Dubai').type).toBe('place');
  });

  it('"posted on X. Trump replied" names Trump, not a person "X. Trump"; the letter alone is no entity', () => {
    const text = 'Donald Trump met envoys on Monday. She said in a post on X. Trump later replied.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Donald Trump', 'Trump']);
    expect(mentionsAt(index, 'Donald Trump')).toEqual(['Donald Trump@0', `Trump@${text.lastIndexOf('Trump')}`]);
  });

  it('a wire credit and a standards notice on lines of their own name no one in the story ("Reporting by Jane Doe; Editing by John Smith"), and a party tag names its state only ("R-Ga.": Georgia, the US state)', () => {
    const index = indexTexts({
      'a.txt':
        'WASHINGTON (Reuters) - Chief Justice John Roberts wrote the opinion, and Rep. Marjorie Taylor Greene, R-Ga., praised it. Roberts did not comment.\n\n' +
        'Reporting by Jane Doe; Editing by John Smith\n\nOur Standards: The Thomson Reuters Trust Principles.\n',
    });
    expect(allSurfaces(index).sort()).toEqual(['Ga.', 'John Roberts', 'Marjorie Taylor Greene', 'Reuters', 'Roberts', 'WASHINGTON']);
  });

  it('forms of address, degrees and single letters: "Your Honor", "My Lord", "Ph.D.", "line E"', () => {
    const index = indexTexts({
      'a.txt':
        'Well, Your Honor, the record shows it. My Lord, the appeal was heard in Halifax. She earned a Ph.D. in Linguistics at Cornell University. Look at line E of the form, signed L. D. by the clerk.\n',
    });
    const found = allSurfaces(index);
    for (const word of ['Honor', 'Your Honor', 'Lord', 'My Lord', 'Ph', 'D', 'E', 'L']) expect(found).not.toContain(word);
    expect(found).toEqual(expect.arrayContaining(['Halifax', 'Cornell University']));
  });

  it('a word labelling a number, and adjectives of nation, creed or party: "Figure 1", "an English actor", "the Republican party"', () => {
    const index = indexTexts({
      'a.txt':
        'As Figure 1 shows, Factor 4 matters in Wave 3 of the survey in Halifax. He was an English character actor, raised in Christian schools, and joined the Republican party and the Jewish community of Halifax. The crew of Apollo 11 landed in 1969.\n',
    });
    const found = allSurfaces(index);
    for (const word of ['Figure', 'Factor', 'Wave', 'English', 'Christian', 'Republican', 'Jewish']) expect(found).not.toContain(word);
    expect(found.sort()).toEqual(['Apollo 11', 'Halifax', 'Halifax']);
  });

  it('days and months', () => {
    const index = indexTexts({ 'a.txt': 'On Tuesday in August, officials in Seoul met again; Friday talks followed in September.\n' });
    expect(allSurfaces(index)).toEqual(['Seoul']);
  });

  it('page furniture and kickers', () => {
    const index = indexTexts({
      'a.txt': 'Lead Story About Seoul\nOfficials in Seoul said the talks were over for now, officials added on Monday.\nHashtags\nComments\nNo comments yet...\nRelated Articles\n',
      'b.txt':
        'Officials in Seoul said on Monday that the talks would resume next week after a long pause in negotiations.\nSECURITY: Officials in Taipei are considering new rules for residents from Hong Kong and Macau, a source said yesterday in the capital and\n',
    });
    const found = allSurfaces(index);
    for (const word of ['Hashtags', 'Comments', 'Related Articles', 'SECURITY']) expect(found).not.toContain(word);
    expect(found).toContain('Hong Kong');
  });

  it('photo-agency credits and bylines are not people', () => {
    const index = indexTexts({
      'a.txt':
        'FILE PHOTO: Kim Yo Jong arrives at a meeting in the Amur region, Russia, September 13, 2023. Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo By Jack Kim The sister of leader Kim Jong Un said on Thursday that talks were over.\n',
    });
    const found = allSurfaces(index);
    expect(found).not.toContain('Vladimir Smirnov');
    expect(found).not.toContain('Jack Kim');
    expect(found).not.toContain('Sputnik');
    expect(found).toContain('Kim Yo Jong');
  });

  it('nationality words, "the North", counted plurals and currency prefixes', () => {
    const index = indexTexts({
      'a.txt': 'Russian officials said the North would not talk to Seoul, easing tension between the two Koreas while US$100 billion flowed to Korean firms.\n',
    });
    expect(allSurfaces(index)).toEqual(['Seoul']);
  });

  it('flattened sub-headings made of common words', () => {
    const index = indexTexts({
      'a.txt': 'Shipyards are full. A Structural Problem Meets a Willing Partner The United States has been grappling with erosion.\n',
    });
    expect(allSurfaces(index)).toEqual(['United States']);
  });

  it('an acronym of lower-case words is a term, not a name', () => {
    const index = indexTexts({ 'a.txt': 'Maintenance, repair, and overhaul (MRO) facilities face a crisis, and MRO work is delayed in Norfolk.\n' });
    expect(allSurfaces(index)).not.toContain('MRO');
  });

  it('the adjective of the Games before a common noun ("an Olympic record", "Paralympic sport"); the Games and their places keep their names', () => {
    const text = 'She ran an Olympic record at the Olympic Stadium, and Paralympic sport grew after the Paralympic Games.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Olympic Stadium', 'Paralympic Games']);
    expect(mentionsAt(index, 'Olympic Stadium')).toEqual([`Olympic Stadium@${text.indexOf('Olympic Stadium')}`]);
  });
});

describe('a sentence adverb before an appositive-like phrase', () => {
  it('"Separately, a federal judge in Seattle allowed a class action, …" made "Separately" a judge; "Elsewhere" and "Overall" too; "Holly, a nurse, said" stays a person', () => {
    const text = 'Separately, a federal judge in Seattle allowed a class action, Smith v. Jones, to proceed. Elsewhere, the mayor met Brown, who left. Overall, the firm said profit rose, its first gain. Holly, a nurse at the clinic, said it was calm.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const found = allSurfaces(index);
    expect(found).not.toContain('Separately');
    expect(found).not.toContain('Elsewhere');
    expect(found).not.toContain('Overall');
    expect(entityNamed(index, 'Holly')?.type).toBe('person');
  });
});

describe('common nouns written in capitals', () => {
  it('"Critics said VIP culture still weighs on litigants" gave a body "VIP"; "an SUV", "at an ATM", "in the ICU" name nothing either, while "The FBI said" still names the bureau', () => {
    const text = 'Critics said VIP culture still weighs on litigants. He drove an SUV to an ATM, and she was in the ICU. The FBI said it would investigate.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    for (const word of ['VIP', 'SUV', 'ATM', 'ICU']) expect(allSurfaces(index), word).not.toContain(word);
    expect(surfaces(index, 'Federal Bureau of Investigation')).toEqual(['FBI']);
  });

  it('measures, conditions and kinds of things: "the GNP of Egypt", "an IQ test", "UV radiation", "the MVP of the league", "the NGO said" were bodies; the names beside them stay', () => {
    const text =
      'The GNP of Egypt rose while an IQ test was given. UV radiation peaked in Cairo. Lionel Messi was the MVP of the league, and the NGO said PTSD cases fell at its HQ in Geneva.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Cairo', 'Egypt', 'Geneva', 'Lionel Messi']);
  });
});

describe('a wire\'s label of a story\'s kind', () => {
  it('"Read more: Explainer - Who are the Houthis?" and "Factbox: Who owns the ship?" name no "Explainer" nor "Factbox" (Explainer was other); the Houthis stay', () => {
    const text = 'Read more: Explainer - Who are the Houthis? Factbox: Who owns the ship?';
    expect(allSurfaces(indexTexts({ 'a.txt': text + '\n' }))).toEqual(['Houthis']);
  });
});

describe('a time zone after a clock time', () => {
  it('"lifted off at 9:42 p.m. EDT from Cape Canaveral", "at 3 p.m. CET", "11 p.m. JST" were bodies: a time zone names nothing; the place beside it stays', () => {
    const text = 'The rocket lifted off at 9:42 p.m. EDT from Cape Canaveral. The vote is at 3 p.m. CET, or 11 p.m. JST.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index)).toEqual(['Cape Canaveral']);
  });

  it('"Updated 6:42 p.m. ET", "at 10:30 a.m. PT Tuesday", "8pm ET" were bodies "ET" and "PT": the US zones\' letters after a clock time; "The PT won in Brazil" stays a body', () => {
    const text = 'Updated 6:42 p.m. ET. The launch is at 10:30 a.m. PT Tuesday. The show starts at 8pm ET. The PT won in Brazil.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Brazil', 'PT']);
    expect(mentionsAt(index, 'PT')).toEqual([`PT@${text.lastIndexOf('PT')}`]);
  });
});

describe('an acronym\'s plural', () => {
  it('"Several NGOs said", "U.S.-listed ADRs gained", "two ICBMs" were entities (a person, other, other): a plural of capitals names a kind of thing; "the NHS" and "the IDF" stay bodies', () => {
    const text = 'Several NGOs and MPs said the U.S.-listed ADRs gained 3%. Two ICBMs were fired. He joined the NHS and then the IDF.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['IDF', 'NHS', 'U.S.']);
  });
});

describe('a year\'s quarters and fiscal years, and degrees in capitals', () => {
  it('"Inflation hit 3% in Q3" and "in H1" gave places, "Revenue in FY2024 rose" and "He earned an MBA" bodies; "the Audi Q3" keeps its model', () => {
    const text = 'Inflation hit 3% in Q3 and 2% in H1. Revenue in FY2024 rose. He earned an MBA in Ohio. The Audi Q3 sold well.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Audi Q3', 'Ohio']);
  });
});

describe('letters labelling a registry\'s number', () => {
  it('"the tanker Vinland (IMO 9268801)" gave a place "IMO" (a Nigerian state\'s name in capitals), "MMSI 636019825" a body; "New York, NY 10001" keeps its state', () => {
    const text = 'The tanker Vinland (IMO 9268801) sailed. Its MMSI 636019825 was off. The office is in New York, NY 10001.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['NY', 'New York', 'Vinland']);
  });
});

describe('a known name among a headline\'s capitalised words', () => {
  it('"Related: Zelensky Says Peace Plan Needs Europe" gave an entity "Peace Plan Needs Europe"; the piece\'s one name is Europe. A body\'s name in a headline stays whole, with the place inside it ("Language Council Needs Europe")', () => {
    const text = 'Ukrainian drones hit an oil depot in Russia overnight, officials said.\nRelated: Zelensky Says Peace Plan Needs Europe\nRelated: Talks Fail As Language Council Needs Europe\n';
    const index = indexTexts({ 'a.txt': text });
    const found = allSurfaces(index);
    expect(found).not.toContain('Peace Plan Needs Europe');
    expect(index.mentionsOf(entityNamed(index, 'Europe')).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`)).toEqual(['Europe@1:40', 'Europe@2:46']);
    expect(found).toContain('Language Council Needs Europe');
  });
});

describe('a verb telling the reader what to do, before a person\'s name', () => {
  it('"Contact Priya Raman at …", "Meet John Smith, the new editor", "Follow Priya Raman on X" were one name with the verb, other: the person alone', () => {
    const text = 'Contact Priya Raman at praman@example.com. Meet John Smith, the new editor. Follow Priya Raman on X.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Priya Raman')).toEqual([`Priya Raman@${text.indexOf('Priya')}`, `Priya Raman@${text.lastIndexOf('Priya')}`]);
    expect(mentionsAt(index, 'John Smith')).toEqual([`John Smith@${text.indexOf('John')}`]);
    expect(['Priya Raman', 'John Smith'].map((name) => entityNamed(index, name).type)).toEqual(['person', 'person']);
    for (const verb of ['Contact', 'Meet', 'Follow']) expect(allSurfaces(index).some((name) => name.startsWith(verb))).toBe(false);
  });

  it('"See Section 2 of the Sherman Act", "Take Interstate 94 west", "Visit Griffith Park" opening a sentence were names with the verb ("See Section 2", "Take Interstate 94", a place): the law\'s section, the road and the park alone', () => {
    const text = 'Read the ruling online. See Section 2 of the Sherman Act for the law at issue. Take Interstate 94 west to reach the courthouse. Visit Griffith Park on Sunday.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Interstate 94')).toEqual([`Interstate 94@${text.indexOf('Interstate')}`]);
    expect(mentionsAt(index, 'Griffith Park')).toEqual([`Griffith Park@${text.indexOf('Griffith')}`]);
    for (const verb of ['See', 'Take', 'Visit']) expect(allSurfaces(index).some((name) => name.startsWith(verb))).toBe(false);
  });
});
