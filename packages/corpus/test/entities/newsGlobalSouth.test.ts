import { describe, expect, it } from 'vitest';
import { allSurfaces, entityNamed, indexTexts, surfaces } from '../helpers/indexTexts.js';

describe('news from the Global South: honorifics of its own press', () => {
  it('"Alhaji Atiku Abubakar … Atiku", "Comrade Joe Ajaero", "Bu Sri" after "Sri Mulyani Indrawati", "Mheshimiwa Kindiki", "Khun Anutin": the honorific is no part of the name, and the name is the person\'s (they were "Alhaji Atiku Abubakar" with "Atiku" apart, "Bu Sri" and "Mheshimiwa Kindiki" persons of their own)', () => {
    const text =
      'The former Vice President, Alhaji Atiku Abubakar, spoke in Yola. Atiku said the party was ready. The NLC president, Comrade Joe Ajaero, said workers were angry. ' +
      'Finance Minister Sri Mulyani Indrawati met the governors. Bu Sri said the budget was safe. Deputy President Kithure Kindiki spoke next. Mheshimiwa Kindiki said roads were built. ' +
      'Prime Minister Anutin Charnvirakul faced the House. Khun Anutin has no plan, the opposition said.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Atiku Abubakar')).toEqual(['Atiku Abubakar', 'Atiku']);
    expect(entityNamed(index, 'Joe Ajaero').type).toBe('person');
    expect(surfaces(index, 'Sri Mulyani Indrawati')).toEqual(['Sri Mulyani Indrawati', 'Sri']);
    expect(surfaces(index, 'Kithure Kindiki')).toEqual(['Kithure Kindiki', 'Kindiki']);
    expect(surfaces(index, 'Anutin Charnvirakul')).toEqual(['Anutin Charnvirakul', 'Anutin']);
    const names = allSurfaces(index);
    for (const titled of ['Alhaji Atiku Abubakar', 'Comrade Joe Ajaero', 'Bu Sri', 'Mheshimiwa Kindiki', 'Khun Anutin']) expect(names).not.toContain(titled);
  });
});

describe('news from the Global South: a period inside a name', () => {
  it('"Senator Ma. Cristina Reyes … Reyes", "Rep. Ma. Lourdes delos Santos … Delos Santos": the Filipino "Ma." of María stays in the name (it ended a sentence, leaving "Ma" a person shared by both women); "Jack Ma. Alibaba shares fell" still ends its sentence', () => {
    const text = 'Senator Ma. Cristina Reyes chairs the committee. Reyes said the documents were clear. Rep. Ma. Lourdes delos Santos denied any links. Delos Santos said she would sue.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Ma. Cristina Reyes')).toEqual(['Ma. Cristina Reyes', 'Reyes']);
    expect(surfaces(index, 'Ma. Lourdes delos Santos')).toEqual(['Ma. Lourdes delos Santos', 'Delos Santos']);
    expect(allSurfaces(index)).not.toContain('Ma');
    const alibaba = allSurfaces(indexTexts({ 'a.txt': 'Alibaba was founded by Jack Ma. Alibaba shares fell on Monday.\n' }));
    expect(alibaba).toContain('Jack Ma');
    expect(alibaba.filter((s) => s.includes('Ma. '))).toEqual([]);
  });

  it('"moved by Hon. Aminu Jaji", "seconded by Engr. Musa Ibrahim", "The lawyer, Barr. Ngozi Okafor,": a title written short opens the name and is no part of it (they were persons "Hon" and "Barr", and "Engr" other); "dropped by William Barr. The department" keeps the surname', () => {
    const text = 'The motion was moved by Hon. Aminu Jaji and seconded by Engr. Musa Ibrahim on Tuesday. The lawyer, Barr. Ngozi Okafor, objected. Jaji said the vote was fair.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Aminu Jaji')).toEqual(['Aminu Jaji', 'Jaji']);
    expect(entityNamed(index, 'Musa Ibrahim').type).toBe('person');
    expect(entityNamed(index, 'Ngozi Okafor').type).toBe('person');
    const names = allSurfaces(index);
    for (const title of ['Hon', 'Engr', 'Barr']) expect(names).not.toContain(title);
    expect(allSurfaces(indexTexts({ 'a.txt': 'The case was dropped by William Barr. The department said nothing.\n' }))).toContain('William Barr');
  });
});

describe('news from the Global South: an undersecretary', () => {
  it('"Agriculture Undersecretary Jose Cruz … Cruz", "Deputy Undersecretary Ana Lopez": the office is no part of the name, as Manila\'s press writes it (they were persons "Agriculture Undersecretary Jose Cruz" and "Undersecretary Ana Lopez", and "Cruz" another)', () => {
    const index = indexTexts({ 'a.txt': 'Agriculture Undersecretary Jose Cruz said so. Deputy Undersecretary Ana Lopez agreed. Cruz left early.\n' });
    expect(surfaces(index, 'Jose Cruz')).toEqual(['Jose Cruz', 'Cruz']);
    expect(entityNamed(index, 'Ana Lopez').type).toBe('person');
    expect(allSurfaces(index).filter((s) => s.includes('Undersecretary'))).toEqual([]);
  });
});

describe('news from the Global South: the Arabic article inside a South Asian or Levantine name', () => {
  it('"Naeem ur Rehman … Naeem", "General Zia ul Haq … Zia-ul-Haq", "the Izz ad-Din al-Qassam Brigades", "Sheikh Nasir ud-Din": "ur", "ul", "ad", "ud" join the name\'s words (they cut it in two: "Rehman", "Haq" other, "Izz" other, and a "Din" that went to every name ending with it)', () => {
    const text =
      'Jamaat leader Naeem ur Rehman spoke on Monday. Naeem said no. General Zia ul Haq ruled for a decade. Zia-ul-Haq died in 1988. ' +
      'Rockets were fired by the Izz ad-Din al-Qassam Brigades on Sunday. Army chief Asim Munir met Sheikh Nasir ud-Din in Lahore.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Naeem ur Rehman')).toEqual(['Naeem ur Rehman', 'Naeem']);
    expect(surfaces(index, 'Zia-ul-Haq')).toEqual(['Zia ul Haq', 'Zia-ul-Haq']);
    expect(entityNamed(index, 'Izz ad-Din al-Qassam Brigades').type).toBe('organization');
    expect(entityNamed(index, 'Sheikh Nasir ud-Din').type).toBe('person');
    const names = allSurfaces(index);
    for (const part of ['Rehman', 'Haq', 'Izz', 'Din']) expect(names).not.toContain(part);
  });
});

describe('news from the Global South: a family\'s generation after the name', () => {
  it('"Senate President Vicente Sotto III … Sotto said", "Juan dela Rosa Jr. … Dela Rosa left", "Jose dela Cruz III … Dela Cruz": the surname before a numeral or "Jr." stands for the person (they were other people); "Pope John Paul II" gives no "Paul", and "World War II" no "War"', () => {
    const text =
      'Senate President Vicente Sotto III spoke on Monday. Sotto said no. Officials met Juan dela Rosa Jr. on Friday. Dela Rosa left early. ' +
      'They also met Jose dela Cruz III. Dela Cruz did not comment.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Vicente Sotto III')).toEqual(['Vicente Sotto III', 'Sotto']);
    expect(surfaces(index, 'Juan dela Rosa Jr.')).toEqual(['Juan dela Rosa Jr.', 'Dela Rosa']);
    expect(surfaces(index, 'Jose dela Cruz III')).toEqual(['Jose dela Cruz III', 'Dela Cruz']);
    const pope = indexTexts({ 'a.txt': 'Pope John Paul II visited Manila in 1995. Paul Smith was there. Paul spoke later. World War II ended in 1945. The War was over.\n' });
    expect(surfaces(pope, 'John Paul II')).toEqual(['John Paul II']);
    expect(surfaces(pope, 'World War II')).toEqual(['World War II']);
  });
});

describe('news from the Global South: constituencies and districts', () => {
  it('"deployed to Mbeere North and Malava", "Mbeere North voted": a constituency named by a word no list knows and a compass word is a place, and so is where troops or police are deployed (both were persons); "Oliver North", "Adaeze North, a nurse," stay persons', () => {
    const text =
      'Police officers had been deployed to Mbeere North and Malava before the by-election. Mbeere North voted on Thursday. ' +
      'Oliver North testified in 1987. Adaeze North, a nurse, said she was tired.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Mbeere North').type).toBe('place');
    expect(surfaces(index, 'Mbeere North')).toEqual(['Mbeere North', 'Mbeere North']);
    expect(entityNamed(index, 'Malava').type).toBe('place');
    expect(entityNamed(index, 'Oliver North').type).toBe('person');
    expect(entityNamed(index, 'Adaeze North').type).toBe('person');
  });
});

describe('news from the Global South: a member of parliament by the letters', () => {
  it('"An MP from Chidambaram said", "an MEP from Lyon", "Mbeere North MP Geoffrey Ruku": a member\'s letters are no body (MP and MEP were organizations, and "Mbeere North MP" hid the constituency); "MP Materials", a name the lists know, keeps them', () => {
    const text = 'An MP from Chidambaram said the Centre should act. An MEP from Lyon agreed. Mbeere North MP Geoffrey Ruku said he was happy. MP Materials shares rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const names = allSurfaces(index);
    for (const letters of ['MP', 'MEP']) expect(names).not.toContain(letters);
    expect(entityNamed(index, 'Mbeere North').type).toBe('place');
    expect(entityNamed(index, 'Geoffrey Ruku').type).toBe('person');
    expect(entityNamed(index, 'MP Materials').type).toBe('organization');
  });
});
