import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, indexTexts, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Election-night, obituary, religious-affairs and world stories written for these tests
// (test/fixtures/news-elections-obituaries), each indexed alone as a corpus of one article, with real
// bodies and invented or public people. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-elections-obituaries', name);

describe('elections: who took the poll', () => {
  it('"according to an exit poll by Infratest Dimap for the broadcaster ARD": who takes a poll is a pollster\'s firm (it was a person by its two unlisted words)', () => {
    const index = indexStory('election-night.txt');
    expect(mentionsOf(index, 'Infratest Dimap')).toEqual(['Infratest Dimap@2:161']);
    expect(typeOf(index, 'Infratest Dimap')).toBe('organization');
    expect(typeOf(index, 'ARD')).toBe('organization');
  });

  it('"A final poll by Ann Selzer for The Des Moines Register", "a survey by YouGov": a pollster named by a given name stays a person, a firm a firm', () => {
    const index = indexStory('by-elections.txt');
    expect(mentionsOf(index, 'Ann Selzer')).toEqual(['Ann Selzer@5:16']);
    expect(typeOf(index, 'Ann Selzer')).toBe('person');
    expect(typeOf(index, 'YouGov')).toBe('organization');
  });
});

describe('elections: a seat taken from a party', () => {
  it('"The Liberal Democrats (Lib Dems) gained Holborn and St Pancras from Labour, while the Conservatives held Hertsmere": the seats are places (Holborn and "St Pancras" were persons, Hertsmere other)', () => {
    const index = indexStory('by-elections.txt');
    expect(mentionsOf(index, 'Holborn')).toEqual(['Holborn@4:40']);
    expect(typeOf(index, 'Holborn')).toBe('place');
    expect(mentionsOf(index, 'St Pancras')).toEqual(['St Pancras@4:52']);
    expect(typeOf(index, 'St Pancras')).toBe('place');
    expect(mentionsOf(index, 'Hertsmere')).toEqual(['Hertsmere@4:105']);
    expect(typeOf(index, 'Hertsmere')).toBe('place');
    expect(mentionsOf(index, 'Liberal Democrats')).toEqual(['Lib Dems@0:36', 'Liberal Democrats@4:4', 'Lib Dems@4:23']);
    expect(typeOf(index, 'Liberal Democrats')).toBe('organization');
  });

  it('"Russia gained Pokrovsk from Ukrainian forces" is a place too; a person named by a given name stays one ("the Democrats held Emma Smith in contempt", "took Emma Ruiz from school")', () => {
    const index = indexTexts({ 'a.txt': 'Officials said Russia gained Pokrovsk from Ukrainian forces. The Democrats held Emma Smith in contempt. Her father took Emma Ruiz from Lincoln Elementary.\n' });
    expect(typeOf(index, 'Pokrovsk')).toBe('place');
    expect(typeOf(index, 'Emma Smith')).toBe('person');
    expect(typeOf(index, 'Emma Ruiz')).toBe('person');
  });
});

describe('obituaries: the subject, her names and her family', () => {
  it('"Margaret \\"Peggy\\" Whitcombe … Born Margaret Anne Doyle … she married Hugh Whitcombe … Whitcombe was appointed": whom she married is her spouse, and the bare surname stays hers (it went to him)', () => {
    const index = indexStory('obituary.txt');
    expect(mentionsOf(index, 'Margaret "Peggy" Whitcombe')).toEqual([
      'Margaret "Peggy" Whitcombe@0:0',
      'Margaret "Peggy" Whitcombe@2:0',
      'Margaret Anne Doyle@3:5',
      'Whitcombe@6:0',
      'Peggy@7:66',
      'Whitcombe@10:0',
    ]);
    expect(typeOf(index, 'Margaret "Peggy" Whitcombe')).toBe('person');
    expect(mentionsOf(index, 'Hugh Whitcombe')).toEqual(['Hugh Whitcombe@5:20']);
    expect(mentionsOf(index, 'Ruth Whitcombe-Hale')).toEqual(['Ruth Whitcombe-Hale@10:52']);
  });

  it('"Earvin \\"Magic\\" Johnson", "a son, Daniel": a nickname in quotes stays inside the name, and a child named by his given name is a person', () => {
    const index = indexStory('obituary.txt');
    expect(mentionsOf(index, 'Earvin "Magic" Johnson')).toEqual(['Earvin "Magic" Johnson@9:0']);
    expect(typeOf(index, 'Daniel')).toBe('person');
  });

  it('"He was married to Ana Ruiz … Ruiz said": a spouse named with no one else of the surname is still the one the surname stands for', () => {
    const index = indexTexts({ 'a.txt': 'He was married to Ana Ruiz for forty years. Ruiz said he had loved the sea.\n' });
    expect(mentionsOf(index, 'Ana Ruiz')).toEqual(['Ana Ruiz@0:18', 'Ruiz@0:44']);
  });
});

describe('obituaries: the publications that wrote of a life', () => {
  it('"she told Time magazine", "an editor at Fortune magazine": a magazine after its name is its publisher, a body (Time was dropped as a dictionary word, Fortune a place by "at")', () => {
    const index = indexStory('obituary.txt');
    expect(mentionsOf(index, 'Time')).toEqual(['Time@8:17']);
    expect(typeOf(index, 'Time')).toBe('organization');
    expect(mentionsOf(index, 'Fortune')).toEqual(['Fortune@8:85']);
    expect(typeOf(index, 'Fortune')).toBe('organization');
  });

  it('"an AR-15 magazine", "a Glock 19 magazine": a numbered gun\'s magazine says nothing of a publisher', () => {
    const index = indexTexts({ 'a.txt': 'Police found an AR-15 magazine and a Glock 19 magazine in the car.\n' });
    expect(typeOf(index, 'AR-15')).toBe('product');
    expect(typeOf(index, 'Glock 19')).not.toBe('organization');
  });
});

describe('a trade\'s body of a place or a people', () => {
  it('"the Lister Medal from the Royal College of Surgeons of England": the body of surgeons goes on to the place it is of (it stopped at "Surgeons")', () => {
    const index = indexStory('obituary.txt');
    expect(mentionsOf(index, 'Royal College of Surgeons of England')).toEqual(['Royal College of Surgeons of England@6:124']);
    expect(typeOf(index, 'Royal College of Surgeons of England')).toBe('organization');
    expect(names(index)).not.toContain('Royal College of Surgeons');
  });

  it('"the Board of Deputies of British Jews said": the deputies\' board goes on to the people it speaks for ("Jews" was a person of its own)', () => {
    const index = indexStory('vatican-synod.txt');
    expect(mentionsOf(index, 'Board of Deputies of British Jews')).toEqual(['Board of Deputies of British Jews@7:112']);
    expect(typeOf(index, 'Board of Deputies of British Jews')).toBe('organization');
    expect(names(index)).not.toContain('Jews');
  });

  it('"The Board of Directors of Apple met": a board\'s officers are no trade, and the company stays a name of its own', () => {
    const index = indexTexts({ 'a.txt': 'The Board of Directors of Apple met on Monday.\n' });
    expect(mentionsOf(index, 'Apple')).toEqual(['Apple@0:26']);
    expect(mentionsOf(index, 'Board of Directors')).toEqual(['Board of Directors@0:4']);
  });
});

describe('world names: a nom de guerre and the real name one now goes by', () => {
  it('"Abu Mohammed al-Jolani, who now goes by his real name Ahmed al-Sharaa, … al-Sharaa visited Riyadh": one man under both names (they were two)', () => {
    const index = indexStory('gulf-americas.txt');
    expect(mentionsOf(index, 'Abu Mohammed al-Jolani')).toEqual(['Abu Mohammed al-Jolani@7:0', 'Ahmed al-Sharaa@7:54', 'al-Sharaa@7:110']);
    expect(typeOf(index, 'Abu Mohammed al-Jolani')).toBe('person');
    expect(names(index)).not.toContain('Ahmed al-Sharaa');
  });
});

describe('a health board named by its service\'s letters and its region', () => {
  it('"Colleagues at NHS Lothian remembered her": a known body\'s letters before a word no list holds name its branch, a body (it was other, and a person before "said")', () => {
    const index = indexStory('obituary.txt');
    expect(mentionsOf(index, 'NHS Lothian')).toEqual(['NHS Lothian@7:14']);
    expect(typeOf(index, 'NHS Lothian')).toBe('organization');
    const boards = indexTexts({ 'a.txt': 'NHS Lothian said waiting times fell, and NHS Tayside agreed.\n' });
    expect(typeOf(boards, 'NHS Lothian')).toBe('organization');
    expect(typeOf(boards, 'NHS Tayside')).toBe('organization');
  });
});

describe('world names: many naming traditions, cut and merged', () => {
  it('a family name first (Xi Jinping then Xi, Lee Jae-myung then Lee, Ishiba Shigeru then Ishiba, Pham Minh Chinh then Chinh) and a given name first (Shigeru Ishiba) stand for one person each', () => {
    const summit = indexStory('asia-summit.txt');
    expect(mentionsOf(summit, 'Xi Jinping')).toEqual(['Xi@0:0', 'Xi Jinping@2:18', 'Xi@3:0', 'Xi@4:143']);
    expect(mentionsOf(summit, 'Lee Jae-myung')).toEqual(['Lee@0:7', 'Lee Jae-myung@2:56', 'Lee@2:119', 'Lee@3:8']);
    expect(mentionsOf(summit, 'Shigeru Ishiba')).toEqual(['Shigeru Ishiba@4:24', 'Ishiba@4:114']);
    expect(mentionsOf(summit, 'Pham Minh Chinh')).toEqual(['Pham Minh Chinh@5:26', 'Chinh@5:86']);
    expect(mentionsOf(summit, 'Kim Jong Un')).toEqual(['Kim Jong Un@7:0', 'Kim@7:56']);
    expect(mentionsOf(summit, 'Choe Son Hui')).toEqual(['Choe Son Hui@7:79', 'Choe@8:55']);
    const japan = indexStory('by-elections.txt');
    expect(mentionsOf(japan, 'Ishiba Shigeru')).toEqual(['Ishiba Shigeru@7:113', 'Ishiba@8:0']);
    expect(typeOf(japan, 'Tamaki Yuichiro')).toBe('person');
  });

  it('an Indonesian name given first (Prabowo Subianto then Prabowo) and a Russian patronymic (Sergei Viktorovich Lavrov then Lavrov)', () => {
    const index = indexStory('asia-summit.txt');
    expect(mentionsOf(index, 'Prabowo Subianto')).toEqual(['Prabowo Subianto@6:23', 'Prabowo@6:55']);
    expect(mentionsOf(index, 'Sergei Viktorovich Lavrov')).toEqual(['Sergei Viktorovich Lavrov@8:25', 'Lavrov@8:65']);
  });

  it('Arabic names with "bin" and "al-" (Mohammed bin Salman then Bin Salman and MBS; his brother Abdulaziz bin Salman apart; Abdel Fattah al-Sisi then Sisi) and Spanish double surnames (López Obrador, Uribe)', () => {
    const index = indexStory('gulf-americas.txt');
    expect(mentionsOf(index, 'Mohammed bin Salman')).toEqual(['Mohammed bin Salman@2:19', 'Bin Salman@3:0', 'MBS@3:28']);
    expect(mentionsOf(index, 'Abdulaziz bin Salman')).toEqual(['Abdulaziz bin Salman@5:23']);
    expect(mentionsOf(index, 'Abdel Fattah al-Sisi')).toEqual(['Abdel Fattah al-Sisi@6:29', 'Sisi@6:75']);
    expect(mentionsOf(index, 'Andrés Manuel López Obrador')).toEqual(['Andrés Manuel López Obrador@4:25', 'López Obrador@4:97']);
    expect(mentionsOf(index, 'Álvaro Uribe Vélez')).toEqual(['Álvaro Uribe Vélez@8:30', 'Uribe@8:78']);
    expect(mentionsOf(index, 'Claudia Sheinbaum')).toEqual(['Claudia Sheinbaum@2:77', 'Sheinbaum@4:0']);
  });
});

describe('religious affairs: a synod, a diocese, an order', () => {
  it('"Pope Leo XIV appointed Bishop Thomas Reilly … Reilly … Archbishop Reilly": the titles stay outside the names, and the order\'s members name the order', () => {
    const index = indexStory('vatican-synod.txt');
    expect(mentionsOf(index, 'Leo XIV')).toEqual(['Leo XIV@2:5']);
    expect(mentionsOf(index, 'Thomas Reilly')).toEqual(['Thomas Reilly@2:42', 'Reilly@3:0', 'Reilly@6:11']);
    expect(mentionsOf(index, 'Pietro Parolin')).toEqual(['Pietro Parolin@5:9']);
    expect(mentionsOf(index, 'Society of Jesus')).toEqual(['Society of Jesus@6:37', 'Jesuits@6:88']);
    expect(typeOf(index, 'Diocese of Leeds')).toBe('organization');
    expect(typeOf(index, 'Synod of Bishops')).toBe('organization');
  });
});
