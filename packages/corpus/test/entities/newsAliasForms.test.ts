import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNamed, indexFixtureStory, mentionsAtLines as mentionsOf } from '../helpers/indexTexts.js';

// Short news stories in the style of the wires (test/fixtures/alias-forms-news), each naming one
// entity in several forms: which mentions land in one entity, each written "text@line:character"
// (LSP positions), and which stay apart.

const indexStory = (name: string): CorpusIndex => indexFixtureStory('alias-forms-news', name);

describe('news alias forms: honours after a name', () => {
  it('"Sir Tim Berners-Lee OM KBE FRS … Berners-Lee said" and "Dame Judi Dench CH DBE … Dench called" are one person each; the letters are no part of the name', () => {
    const index = indexStory('postnominal.txt');
    expect(mentionsOf(index, 'Tim Berners-Lee')).toEqual(['Tim Berners-Lee@2:18', 'Berners-Lee@4:0', 'Berners-Lee@6:61']);
    expect(mentionsOf(index, 'Judi Dench')).toEqual(['Judi Dench@6:5', 'Dench@6:48']);
    expect(entityNamed(index, 'Judi Dench').type).toBe('person');
  });
});

describe('news alias forms: a given name alone', () => {
  it('"Sisters Ngozi Adeyemi and Funke Adeyemi … Ngozi said": a given name that is also a town (Ngozi, Burundi), before a surname no list holds, is the sister; "Funke" the other', () => {
    const index = indexStory('lagos-sisters.txt');
    expect(mentionsOf(index, 'Ngozi Adeyemi')).toEqual(['Ngozi Adeyemi@2:21', 'Ngozi@4:0']);
    expect(mentionsOf(index, 'Funke Adeyemi')).toEqual(['Funke Adeyemi@2:39', 'Funke@4:46']);
  });

  it('"Twins Peter Halvorsen and Johan Halvorsen … Peter said": a forename that is a word too ("peter") opens the name after a plural noun opening the sentence', () => {
    const index = indexStory('twins-nobel.txt');
    expect(mentionsOf(index, 'Peter Halvorsen')).toEqual(['Peter Halvorsen@2:28', 'Peter@4:0']);
    expect(mentionsOf(index, 'Johan Halvorsen')).toEqual(['Johan Halvorsen@2:48', 'Johan@4:49']);
  });
});

describe('news alias forms: a kinship noun opening the sentence', () => {
  it('"Brothers Peter Halvorsen and Johan Halvorsen … Peter said": "Brothers", a census surname too, is no part of the name before a forename and a surname (it was "Brothers Peter Halvorsen", and "Peter" found no one)', () => {
    const index = indexStory('brothers-nobel.txt');
    expect(mentionsOf(index, 'Peter Halvorsen')).toEqual(['Peter Halvorsen@2:31', 'Peter@4:0']);
    expect(mentionsOf(index, 'Johan Halvorsen')).toEqual(['Johan Halvorsen@2:51', 'Johan@4:49']);
  });
});

describe('news alias forms: an office addressed', () => {
  it('"Mr. President, when will the treaty be signed?" in an interview with "President Ilham Aliyev" is he (it was a person "President" of its own), "Mr." opening the range of the office it addresses', () => {
    const index = indexStory('aliyev-interview.txt');
    expect(mentionsOf(index, 'Ilham Aliyev')).toEqual(['Ilham Aliyev@2:17', 'President@4:0', 'Aliyev@6:0', 'President@8:0', 'Aliyev@10:0']);
    expect(index.entities.map((e) => e.name)).not.toContain('President');
  });
});

describe('news alias forms: a name in its own language', () => {
  it('"Federal University of Rio Grande do Sul (Universidade Federal do Rio Grande do Sul, UFRGS)": the Portuguese name, its English name and the letters are one body; the state stays a place', () => {
    const index = indexStory('ufrgs.txt');
    expect(mentionsOf(index, 'Federal University of Rio Grande do Sul')).toEqual([
      'Federal University of Rio Grande do Sul@2:37',
      'Universidade Federal do Rio Grande do Sul@2:78',
      'UFRGS@2:121',
      'UFRGS@4:0',
      'Federal University of Rio Grande do Sul@4:71',
    ]);
    expect(entityNamed(index, 'Rio Grande do Sul').type).toBe('place');
  });

  it('"Universidad Nacional Autónoma de México (National Autonomous University of Mexico, UNAM)": the English name in the parenthesis after the Spanish one is its translation; Mexico stays a place', () => {
    const index = indexStory('unam.txt');
    expect(mentionsOf(index, 'National Autonomous University of Mexico')).toEqual([
      'Universidad Nacional Autónoma de México@2:28',
      'National Autonomous University of Mexico@2:69',
      'UNAM@2:111',
      'National Autonomous University of Mexico@4:4',
      'UNAM@4:89',
    ]);
    expect(mentionsOf(index, 'Mexico')).toEqual(['Mexico@2:103', 'Mexico@4:38']);
  });
});

describe('news alias forms: a school by its word', () => {
  it('"was sent to Ashcombe at the age of 13 … Ashcombe had changed … the governors of Ashcombe School": the word written before the school\'s full name is the school (it was a person)', () => {
    const index = indexStory('ashcombe-school.txt');
    expect(mentionsOf(index, 'Ashcombe School')).toEqual(['Ashcombe School@0:27', 'Ashcombe@2:43', 'Ashcombe@4:17', 'Ashcombe School@4:69', 'Ashcombe School@6:0']);
  });
});

describe('news alias forms: honorifics of the region\'s press', () => {
  it('"Daw Aung San Suu Kyi has been held since the 2021 coup … Suu Kyi had heart problems": Burmese "Daw" is no part of the name, so the surname-like "Suu Kyi" has one full name to stand for (it was "Daw Aung San Suu Kyi", other, and "Suu Kyi" a person apart)', () => {
    const index = indexStory('suu-kyi.txt');
    expect(mentionsOf(index, 'Aung San Suu Kyi')).toEqual(['Suu Kyi@0:0', 'Aung San Suu Kyi@2:31', 'Aung San Suu Kyi@4:4', 'Suu Kyi@4:70', 'Suu Kyi@4:117']);
    expect(mentionsOf(index, 'Kim Aris')).toEqual(['Kim Aris@4:56']);
  });

  it('"Shri Nitin Gadkari said", "Smt. Nirmala Sitharaman": Indian honorifics are no part of the name', () => {
    const index = indexStory('gadkari-bridge.txt');
    expect(mentionsOf(index, 'Nitin Gadkari')).toEqual(['Nitin Gadkari@2:33', 'Nitin Gadkari@2:108', 'Gadkari@4:0']);
    expect(mentionsOf(index, 'Nirmala Sitharaman')).toEqual(['Nirmala Sitharaman@4:62', 'Sitharaman@4:120']);
  });
});

describe('news alias forms: a nickname in quotes', () => {
  it('\'Robert "Bobby" Tanaka … Bobby Tanaka, 41, … Bobby said … Tanaka was drafted\': the nickname with the surname, and alone, are the one person (they were two)', () => {
    const index = indexStory('tanaka-nickname.txt');
    expect(mentionsOf(index, 'Robert "Bobby" Tanaka')).toEqual(['Robert "Bobby" Tanaka@2:15', 'Bobby Tanaka@4:0', 'Bobby@6:37', 'Tanaka@8:0', 'Tanaka@10:27']);
    expect(mentionsOf(index, 'Luis Ortega')).toEqual(['Luis Ortega@10:8']);
  });

  it('\'Michael "Big Mike" Delaney … Players called him Big Mike\': a nickname of two words alone is he', () => {
    const index = indexStory('delaney-nickname.txt');
    expect(mentionsOf(index, 'Michael "Big Mike" Delaney')).toEqual(['Big Mike@0:7', 'Delaney@0:17', 'Michael "Big Mike" Delaney@2:15', 'Delaney@4:0', 'Big Mike@4:61', 'Big Mike@6:1']);
    expect(mentionsOf(index, 'Evan Price')).toEqual(['Evan Price@6:58']);
  });
});

describe('news alias forms: a maiden name', () => {
  it('"Jane Orwell (née Pratt) … Jane Pratt, as she was known": her given name and maiden surname are she; "her father, Tom Pratt," stays apart', () => {
    const index = indexStory('orwell-nee.txt');
    expect(mentionsOf(index, 'Jane Orwell')).toEqual(['Jane Orwell@2:18', 'Pratt@2:35', 'Orwell@4:0', 'Jane Pratt@6:0', 'Orwell@8:50']);
    expect(mentionsOf(index, 'Tom Pratt')).toEqual(['Tom Pratt@4:81']);
  });

  it('"Margaret Lau Wai-ling, née Cheung, … Margaret Cheung, as she was known before her marriage": a comma before "née" too', () => {
    const index = indexStory('lau-nee.txt');
    expect(mentionsOf(index, 'Margaret Lau Wai-ling')).toEqual(['Margaret Lau Wai-ling@2:12', 'Cheung@2:39', 'Lau@4:5', 'Margaret Cheung@6:0']);
  });
});

describe('news alias forms: the office of a department', () => {
  it('"Secretary of State Linda Harwell … Madam Secretary": the office addressed is she, not "Under Secretary of State Paul Reyes" named after her (his "Under" opens the sentence)', () => {
    const index = indexStory('harwell-madam-secretary.txt');
    expect(mentionsOf(index, 'Linda Harwell')).toEqual(['Linda Harwell@2:37', 'Secretary@6:1', 'Harwell@8:0']);
    expect(mentionsOf(index, 'Paul Reyes')).toEqual(['Paul Reyes@4:25', 'Reyes@8:80']);
    expect(index.entities.map((e) => e.name)).not.toContain('Secretary');
  });

  it('"WASHINGTON - Secretary of Defense Mark Ellison … The Secretary said … Mr. Secretary": both are he', () => {
    const index = indexStory('ellison-secretary.txt');
    expect(mentionsOf(index, 'Mark Ellison')).toEqual(['Mark Ellison@2:34', 'Secretary@4:4', 'Secretary@6:1']);
    expect(mentionsOf(index, 'Joan Kramer')).toEqual(['Joan Kramer@6:86']);
  });
});

describe('news alias forms: a surname that is a place', () => {
  it('"Rosa Lima … in Lima and Boston … Lima said … Lima will take office … Lima\'s record": a bare surname its sentence says nothing of is what the word last stood for (they were the city); "Lima is also where the bank will open" after "in Lima" stays the city', () => {
    const index = indexStory('lima-surname.txt');
    expect(mentionsOf(index, 'Rosa Lima')).toEqual(['Rosa Lima@2:94', 'Lima@4:0', 'Lima@6:53', 'Lima@8:0', 'Lima@8:56']);
    expect(mentionsOf(index, 'Lima')).toEqual(['Lima@4:91', 'Lima@4:108']);
    expect(entityNamed(index, 'Lima').type).toBe('place');
  });
});

describe('news alias forms: a school by its town\'s word', () => {
  it('"was sent to Harrow at the age of 13 … Harrow School": the pupil\'s age after "sent to" makes the town\'s word the school; "left Harrow" and "lives in Harrow" stay the town', () => {
    const index = indexStory('harrow-sent.txt');
    expect(mentionsOf(index, 'Harrow School')).toEqual(['Harrow@2:47', 'Harrow School@4:53']);
    expect(mentionsOf(index, 'Harrow')).toEqual(['Harrow@4:16', 'Harrow@6:16']);
  });

  it('"moved to Oldham at the age of 13 … Oldham College": where a family moved is the town, not the college', () => {
    const index = indexStory('oldham-moved.txt');
    expect(mentionsOf(index, 'Oldham')).toEqual(['Oldham@4:18', 'Oldham@4:114', 'Oldham@6:28']);
    expect(mentionsOf(index, 'Oldham College')).toEqual(['Oldham College@4:114']);
  });
});

describe('news alias forms: a state by its postal code', () => {
  it('"DULUTH, MN --", "Kewaunee, WI urging", "(R-TX)", "Bethesda, MD,": the two capitals after a town and its comma, or in a party tag, are the state the story names in full (they were bodies "MN", "WI", "MD" of their own)', () => {
    const index = indexStory('postal-codes.txt');
    expect(mentionsOf(index, 'Minnesota')).toEqual(['MN@2:8', 'Minnesota@2:100']);
    expect(mentionsOf(index, 'Wisconsin')).toEqual(['Wisconsin@4:0', 'WI@4:56', 'Wisconsin@6:84']);
    expect(mentionsOf(index, 'Texas')).toEqual(['TX@6:17', 'Texas@6:74']);
    expect(mentionsOf(index, 'Maryland')).toEqual(['MD@8:52']);
    expect(entityNamed(index, 'Minnesota').type).toBe('place');
  });

  it('"Dr. Maria Olsen, MD," and "Jane Doe, PA,": after a person\'s name the letters are a degree or a profession, no state', () => {
    const index = indexStory('postal-codes.txt');
    expect(index.entities.map((e) => e.name)).not.toContain('Pennsylvania');
    expect(mentionsOf(index, 'Maryland')).not.toContain('MD@8:17');
  });
});

describe('news alias forms: a known company\'s other forms', () => {
  it('"The Boeing Company … Boeing shares": a company the lists know and its legal form written out are that company (they were two bodies)', () => {
    const index = indexStory('company-forms.txt');
    expect(mentionsOf(index, 'Boeing')).toEqual(['Boeing Company@2:24', 'Boeing@2:102']);
  });

  it('"Shares of Intel (INTC) fell … after Intel cut": a known company\'s symbol that takes a letter from its unwritten "Corp." is its ticker (it was a body "INTC"); "Unilever (UK) … in the UK" stays the country', () => {
    const index = indexStory('company-forms.txt');
    expect(mentionsOf(index, 'Intel')).toEqual(['Intel@4:10', 'INTC@4:17', 'Intel@4:44']);
    expect(mentionsOf(index, 'Unilever')).toEqual(['Unilever@4:87']);
    expect(mentionsOf(index, 'United Kingdom')).toEqual(['UK@4:97', 'UK@4:135']);
  });
});
