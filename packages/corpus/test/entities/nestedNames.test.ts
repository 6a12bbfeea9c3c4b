import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { allSurfaces, entityNamed, indexTexts, mentionsAt as mentionsOfEntity } from '../helpers/indexTexts.js';

/** Every mention as "text@line:start-end → entity", in corpus order. */
function mentionsAt(index: CorpusIndex): string[] {
  const t = index.table;
  const out: string[] = [];
  for (let row = 0; row < t.length; row++) {
    const m = index.mention(row);
    out.push(`${m.text}@${m.range.start.line}:${m.range.start.character}-${m.range.end.character} → ${index.entities[t.entity[row]!]!.name}`);
  }
  return out;
}

describe('names inside longer names', () => {
  it('a place named by a dictionary word after another dictionary word is the compound\'s, no place inside the name ("Northern Rare Earth shares rose" held a place "Earth"); "the Mars Society" keeps its planet', () => {
    const text = 'Northern Rare Earth shares rose 4 percent. He joined the Mars Society.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index)).not.toContain('Earth');
    expect(mentionsOfEntity(index, 'Northern Rare Earth')).toEqual(['Northern Rare Earth@0']);
    expect(allSurfaces(index)).toContain('Mars');
  });

  it('a town\'s name between two words no list knows is a middle name, no place inside the name ("Ngozi" in "Chimamanda Ngozi Adichie"); a town closing a body\'s name still is ("Amsterdam")', () => {
    const text = 'Chimamanda Ngozi Adichie spoke at the Vrije Universiteit Amsterdam.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Amsterdam', 'Chimamanda Ngozi Adichie', 'Vrije Universiteit Amsterdam']);
    expect(entityNamed(index, 'Chimamanda Ngozi Adichie').type).toBe('person');
  });

  it('a person\'s surnames repeated without the given name hold no town ("García Harfuch" after "Omar García Harfuch"); a team named for its city still does ("Houston Astros")', () => {
    const text = 'Security Secretary Omar García Harfuch went north. García Harfuch, who survived an attack, spoke. The Houston Astros won.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index)).toEqual([
      'Omar García Harfuch@0:19-38 → Omar García Harfuch',
      'García Harfuch@0:51-65 → Omar García Harfuch',
      'Houston Astros@0:102-116 → Houston Astros',
      'Houston@0:102-109 → Houston',
    ]);
    expect(text.slice(51, 65)).toBe('García Harfuch');
  });

  it('a title or a role before a name says a person\'s, which holds no town ("Santiago" in "central bank chief Santiago Bausili"); "Santiago" alone is still the city', () => {
    const text = 'Central bank chief Santiago Bausili kept rates on hold. Protests spread to Santiago.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index).filter((m) => !m.startsWith('Central'))).toEqual(['Santiago Bausili@0:19-35 → Santiago Bausili', 'Santiago@0:75-83 → Santiago']);
    expect(text.slice(75, 83)).toBe('Santiago');
  });

  it('a place inside a body\'s name is a mention of the place too ("California" in "University of California")', () => {
    const index = indexTexts({ 'a.txt': 'She taught at the University of California for ten years.\n' });
    expect(mentionsAt(index)).toEqual(['University of California@0:18-42 → University of California', 'California@0:32-42 → California']);
    expect(entityNamed(index, 'California').type).toBe('place');
    expect(entityNamed(index, 'University of California').type).toBe('organization');
  });

  it('the words opening a natural feature\'s or a county\'s name hold no place of their own ("Scarborough" in "Scarborough Shoal" was the English town, "Mississippi" in "the Mississippi River" the state, though the article names the state too, "Nile" in "the Nile Delta" a river of a delta typed other); a city\'s harbour still holds the city ("Boston Harbor")', () => {
    const text = 'Boats sailed near Scarborough Shoal. Barges moved along the Mississippi River. Voters in Mississippi backed him. Boston Harbor froze.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index)).toEqual([
      'Scarborough Shoal@0:18-35 → Scarborough Shoal',
      `Mississippi River@0:${text.indexOf('Mississippi River')}-${text.indexOf(' River.') + 6} → Mississippi River`,
      `Mississippi@0:${text.lastIndexOf('Mississippi')}-${text.lastIndexOf('Mississippi') + 11} → Mississippi`,
      `Boston Harbor@0:${text.indexOf('Boston')}-${text.indexOf('Boston') + 13} → Boston Harbor`,
      `Boston@0:${text.indexOf('Boston')}-${text.indexOf('Boston') + 6} → Boston`,
    ]);
    expect(entityNamed(index, 'Scarborough Shoal').type).toBe('place');
    // A county's name is its own: "Mesa" of "Mesa County" was the Arizona city.
    const county = indexTexts({ 'a.txt': 'Tina Peters, the former Mesa County clerk, was sentenced.\n' });
    expect(mentionsAt(county)).toEqual(['Tina Peters@0:0-11 → Tina Peters', 'Mesa County@0:24-35 → Mesa County']);
    // Nor any word further in, a park's included: "Gombe" of "Gombe Stream National Park" was a Nigerian city.
    const park = indexTexts({ 'a.txt': 'She worked at Gombe Stream National Park. Ships crossed the South China Sea.\n' });
    expect(mentionsAt(park)).toEqual(['Gombe Stream National Park@0:14-40 → Gombe Stream National Park', 'South China Sea@0:60-75 → South China Sea']);
    // A parish is a county's like: a place, with no saint's place inside ("Jefferson Parish" was a person, "St. Tammany Parish" other).
    const parish = indexTexts({ 'a.txt': 'Flooding hit Jefferson Parish and St. Tammany Parish on Monday.\n' });
    expect(mentionsAt(parish)).toEqual(['Jefferson Parish@0:13-29 → Jefferson Parish', 'St. Tammany Parish@0:34-52 → St. Tammany Parish']);
    for (const name of ['Jefferson Parish', 'St. Tammany Parish']) expect(entityNamed(parish, name).type, name).toBe('place');
    // "Delta" closes a place's name (the Nile Delta was other) and says nothing alone.
    const delta = indexTexts({ 'a.txt': 'Floods hit the Nile Delta on Monday.\n' });
    expect(mentionsAt(delta)).toEqual(['Nile Delta@0:15-25 → Nile Delta']);
    expect(entityNamed(delta, 'Nile Delta').type).toBe('place');
  });

  it('a team\'s city is a mention of the city, also where the article shortens the team to its plural ("the Pirates")', () => {
    const index = indexTexts({ 'a.txt': 'Holt began with the Pittsburgh Pirates in 2009. He led the Pirates in hits.\n' });
    // "Holt began …. He led": a listed name opening its sentence before a pronoun's is the person's.
    expect(mentionsAt(index)).toEqual(['Holt@0:0-4 → Holt', 'Pittsburgh Pirates@0:20-38 → Pittsburgh Pirates', 'Pittsburgh@0:20-30 → Pittsburgh', 'Pirates@0:59-66 → Pittsburgh Pirates']);
    expect(entityNamed(index, 'Pittsburgh').type).toBe('place');
  });

  it('a prize or a festival holds the name of whom or where it is named after ("Pritzker Architecture Prize", "Cannes Film Festival"), not a dictionary word or a nationality', () => {
    const text = 'She won the Pritzker Architecture Prize, the César Award and a prize at the Cannes Film Festival, but not the Royal Gold Medal or a British Academy Film Award.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (name: string) => `${name}@${text.indexOf(name)}`;
    expect(mentionsOfEntity(index, 'Pritzker')).toEqual([at('Pritzker')]);
    expect(mentionsOfEntity(index, 'César')).toEqual([at('César')]);
    expect(mentionsOfEntity(index, 'Cannes')).toEqual([at('Cannes')]);
    expect(['Pritzker', 'César', 'Cannes'].map((name) => entityNamed(index, name).type)).toEqual(['person', 'person', 'place']);
    expect(index.entities.map((e) => e.name).filter((name) => /^(?:Royal|British)$/.test(name))).toEqual([]);
  });

  it('a known company opening a longer name is a mention of it: "Disney" in "Disney Channel Original Movie", "Marvel" in "Marvel Cinematic Universe"', () => {
    const text = 'He starred in a Disney Channel Original Movie before the series joined the Marvel Cinematic Universe.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsOfEntity(index, 'Walt Disney Company')).toEqual([`Disney@${text.indexOf('Disney')}`]);
    expect(mentionsOfEntity(index, 'Marvel')).toEqual([`Marvel@${text.indexOf('Marvel')}`]);
    expect(entityNamed(index, 'Marvel').type).toBe('organization');
  });

  it('two given names and a surname the lists know are one person\'s name, though the surname is a word too ("Coparmex President Juan José Sierra", "Mary Ann Bird"); a thing named after a person still names her ("The Elton John Foundation")', () => {
    const text = 'Coparmex President Juan José Sierra said investors were worried. Mary Ann Bird spoke too. The Elton John Foundation gave money.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    // "Coparmex", a word no dictionary holds before the title, is a name of its own (see exclusions.test.ts, "Bekasi Mayor").
    expect(allSurfaces(index).sort()).toEqual(['Coparmex', 'Elton John', 'Elton John Foundation', 'Juan José Sierra', 'Mary Ann Bird']);
  });

  it('a forename and a surname before dictionary words name the person the thing is named after ("Jeff McBride Experience"), a person of its own, not a short form of it; not a city ("San Francisco Bay Area")', () => {
    const text = 'I have been to the Jeff McBride Experience in Eureka Springs and we ran No Jennifer Lopez News Today from the San Francisco Bay Area.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (name: string) => `${name}@${text.indexOf(name)}`;
    expect(mentionsOfEntity(index, 'Jeff McBride')).toEqual([at('Jeff McBride')]);
    expect(entityNamed(index, 'Jeff McBride').type).toBe('person');
    expect(mentionsOfEntity(index, 'Jeff McBride Experience')).toEqual([at('Jeff McBride Experience')]);
    expect(mentionsOfEntity(index, 'Jennifer Lopez')).toEqual([at('Jennifer Lopez')]);
    expect(entityNamed(index, 'Jennifer Lopez').type).toBe('person');
    expect(entityNamed(index, 'San Francisco').type).toBe('place');
  });

  it('one word no list knows after a head word and "of" is the place the body or event is of ("University of Tartu", "Battle of Chudnov"), not a field or a given name', () => {
    const text = 'She studied at the University of Tartu, saw the Battle of Chudnov, joined the Academy of Pediatrics and the College of William.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (name: string) => `${name}@${text.indexOf(name)}`;
    expect(mentionsOfEntity(index, 'Tartu')).toEqual([at('Tartu')]);
    expect(mentionsOfEntity(index, 'Chudnov')).toEqual([at('Chudnov')]);
    expect(['Tartu', 'Chudnov'].map((name) => entityNamed(index, name).type)).toEqual(['place', 'place']);
    expect(index.entities.map((e) => e.name).filter((name) => name === 'Pediatrics' || name === 'William')).toEqual([]);
  });

  it('a British spelling is a dictionary word, no place inside a body\'s name ("Ministry of Defence", "Centre for Policy Studies") and no name opening a sentence ("Defence spending rose")', () => {
    const text = 'He met the Ministry of Defence and the Centre for Policy Studies. Defence spending rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index)).toEqual(['Ministry of Defence@0:11-30 → Ministry of Defence', 'Centre for Policy Studies@0:39-64 → Centre for Policy Studies']);
  });

  it('one word no list knows opening the name of a school, a cemetery or a court is the place it stands in ("Haverford High School"), not a surname ("Kennedy School")', () => {
    const text = 'He went to Haverford High School and later to the Kennedy School; he lies in Vagankovo Cemetery.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (name: string) => `${name}@${text.indexOf(name)}`;
    expect(mentionsOfEntity(index, 'Haverford')).toEqual([at('Haverford')]);
    expect(mentionsOfEntity(index, 'Vagankovo')).toEqual([at('Vagankovo')]);
    expect(['Haverford', 'Vagankovo'].map((name) => entityNamed(index, name).type)).toEqual(['place', 'place']);
    expect(index.entities.map((e) => e.name).filter((name) => name === 'Kennedy')).toEqual([]);
  });

  it('a Slavic surname\'s ending opening a hospital\'s or a school\'s name names a person, no place it stands in ("died at the Burdenko Military Hospital" gave a place "Burdenko"); "Vagankovo Cemetery" and "Haverford High School" still hold places', () => {
    const text = 'The general died at the Burdenko Military Hospital. He lies in Vagankovo Cemetery, near Haverford High School.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Burdenko Military Hospital').type).toBe('organization');
    expect(allSurfaces(index)).not.toContain('Burdenko');
    expect(['Haverford', 'Vagankovo'].map((name) => entityNamed(index, name).type)).toEqual(['place', 'place']);
  });

  it('a known name that closes a longer name with its head word is that name\'s head, not a mention inside it ("Supreme National Security Council" holds no UN "Security Council")', () => {
    const index = indexTexts({ 'a.txt': "He is secretary of Iran's Supreme National Security Council.\n" });
    expect(mentionsAt(index)).toEqual(['Iran@0:19-23 → Iran', 'Supreme National Security Council@0:26-59 → Supreme National Security Council']);
  });

  it('an acronym opening a thing\'s name is the body it belongs to ("FIFA World Cup")', () => {
    const index = indexTexts({ 'a.txt': 'The stadium was built for the FIFA World Cup in Qatar.\n' });
    expect(mentionsAt(index)).toContain('FIFA@0:30-34 → FIFA');
    expect(mentionsAt(index)).toContain('FIFA World Cup@0:30-44 → FIFA World Cup');
  });

  it('an acronym followed only by a body\'s head words and places is that body\'s own name, no body of its own ("AK Party", "ICONIQ Capital", "CEFC China Energy"); before a thing\'s or a branch\'s other words it still names its body ("BAFTA Award", "NAACP Legal Defense Fund")', () => {
    const text = 'The AK Party won. ICONIQ Capital led the round, and CEFC China Energy collapsed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['AK Party', 'CEFC China Energy', 'China', 'ICONIQ Capital']);
    expect(entityNamed(index, 'ICONIQ Capital').type).toBe('organization');
    const near = indexTexts({ 'a.txt': 'He won a BAFTA Award. The NAACP Legal Defense Fund sued.\n' });
    expect(mentionsAt(near)).toEqual(expect.arrayContaining(['BAFTA@0:9-14 → BAFTA', 'NAACP@0:26-31 → NAACP']));
  });

  it('a name that opens a nationality with the next word is no name inside a longer one ("Saudi" of "Saudi Arabian Airlines", "Saudi Arabian Oil Co."); the whole country\'s name still is ("Saudi Arabia Football Federation")', () => {
    const text = 'Saudi Arabian Airlines will buy 40 jets. Saudi Arabian Oil Co. reported profits. The Saudi Arabia Football Federation met.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index).filter((m) => m.endsWith('→ Saudi Arabia'))).toEqual([`Saudi Arabia@0:${text.indexOf('Saudi Arabia ')}-${text.indexOf('Saudi Arabia ') + 12} → Saudi Arabia`]);
    expect(entityNamed(index, 'Saudi Arabian Airlines').type).toBe('organization');
  });

  it('the year before an event\'s name is part of it, and an acronym or a country inside still counts ("the 2022 FIFA World Cup", "US Paralympics")', () => {
    const index = indexTexts({ 'a.txt': 'She designed a stadium for the 2022 FIFA World Cup and coached the US Paralympics team.\n' });
    expect(mentionsAt(index)).toEqual(
      expect.arrayContaining(['2022 FIFA World Cup@0:31-50 → 2022 FIFA World Cup', 'FIFA@0:36-40 → FIFA', 'US@0:67-69 → United States']),
    );
    // Without "the", a year is a date of its own: "in 2012 Olympics officials said" names the Olympics only.
    expect(mentionsAt(indexTexts({ 'a.txt': 'In 2012 Olympics officials met in London.\n' })).map((m) => m.slice(0, m.indexOf('@')))).not.toContain('2012 Olympics');
  });

  it('a name the article gives alone is inside the thing named after it, as the same entity ("L\'Enfant Plan")', () => {
    const index = indexTexts({
      'a.txt': 'Pierre Charles L\'Enfant was an engineer. L\'Enfant drew the city. Critics admired the L\'Enfant Plan for decades.\n',
    });
    const enfant = index.mentionsOf(entityNamed(index, "Pierre Charles L'Enfant")).map((m) => `${m.text}@${m.range.start.character}`);
    expect(enfant).toEqual(["Pierre Charles L'Enfant@0", "L'Enfant@41", "L'Enfant@85"]);
    expect(entityNamed(index, "L'Enfant Plan").type).not.toBe('person');
  });

  it('never inside a person\'s name, a place\'s name, or a name the inner one is short for', () => {
    const index = indexTexts({
      'a.txt':
        'Jack London sailed to Hawaii. Daniel Bernoulli wrote in Basel, and Bernoulli taught there. ' +
        'Snow fell on Mount Fuji and in New York, far from East Prussia.\n',
    });
    const texts = mentionsAt(index).map((m) => m.slice(0, m.indexOf('@')));
    expect(texts).not.toContain('London');
    expect(texts).not.toContain('York');
    expect(texts).not.toContain('Fuji');
    expect(texts).not.toContain('Prussia');
    expect(texts.filter((t) => t === 'Bernoulli')).toHaveLength(1);
    expect(texts).toEqual(expect.arrayContaining(['Jack London', 'Hawaii', 'Daniel Bernoulli', 'Basel', 'Mount Fuji', 'New York', 'East Prussia']));
  });

  it('no state inside a mountain range named by a Spanish landform\'s word: "the Sierra Nevada" held a place "Nevada", the state', () => {
    const text = 'The snowpack in the Sierra Nevada stood at 28% of average, and Nevada was dry.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index).filter((m) => m.startsWith('Nevada'))).toEqual([`Nevada@0:${text.lastIndexOf('Nevada')}-${text.lastIndexOf('Nevada') + 6} → Nevada`]);
    expect(allSurfaces(index)).toContain('Sierra Nevada');
  });

  it('a city that opens a forename-and-surname name is the person\'s forename, not a mention of the city ("Paris Hilton"), while a team or a company keeps its city', () => {
    const text = 'The film starred Chad Michael Murray and Paris Hilton. The Seattle Seahawks trained in Paris.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index).filter((m) => /^(?:Paris|Seattle)/.test(m))).toEqual([
      `Paris Hilton@0:${text.indexOf('Paris Hilton')}-${text.indexOf('Paris Hilton') + 12} → Paris Hilton`,
      `Seattle Seahawks@0:${text.indexOf('Seattle')}-${text.indexOf('Seattle') + 16} → Seattle Seahawks`,
      `Seattle@0:${text.indexOf('Seattle')}-${text.indexOf('Seattle') + 7} → Seattle`,
      `Paris@0:${text.lastIndexOf('Paris')}-${text.lastIndexOf('Paris') + 5} → Paris`,
    ]);
    expect(entityNamed(index, 'Paris Hilton').type).toBe('person');
    expect(entityNamed(index, 'Paris').type).toBe('place');
  });

  it('positions are LSP positions after CJK, emoji and CRLF', () => {
    const index = indexTexts({ 'a.txt': '台北 📰 notes.\r\n🚀 台北 She joined the University of California in 2001.\r\n' });
    // Line 1: "🚀" is two UTF-16 code units, "台北" two, then a space each and "She joined the ": column 21.
    expect(mentionsAt(index)).toEqual(
      expect.arrayContaining(['University of California@1:21-45 → University of California', 'California@1:35-45 → California']),
    );
  });

  it('a frequent surname that is a word too closes a person\'s three names, no thing named after the first two ("Amy Hagstrom Miller", "Sarah Jones Hall"); "Jeff McBride Experience" still holds Jeff McBride', () => {
    const text = 'Amy Hagstrom Miller, who runs the clinics, met Sarah Jones Hall at the Jeff McBride Experience.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index)).toEqual([
      'Amy Hagstrom Miller@0:0-19 → Amy Hagstrom Miller',
      'Sarah Jones Hall@0:47-63 → Sarah Jones Hall',
      'Jeff McBride Experience@0:71-94 → Jeff McBride Experience',
      'Jeff McBride@0:71-83 → Jeff McBride',
    ]);
    expect(entityNamed(index, 'Amy Hagstrom Miller').type).toBe('person');
  });
});

describe('a district of the city a body\'s name holds', () => {
  it('a compass word\'s district after the city in a body\'s name is no place of its own ("The Seoul Central District Court acquitted him" gave a place "Central District"); the city still is, and "the US West Coast" holds the West Coast', () => {
    const text = 'The Seoul Central District Court acquitted him. Fans on the US West Coast watched.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Seoul', 'Seoul Central District Court', 'US', 'US West Coast', 'West Coast']);
    expect(entityNamed(index, 'Seoul').type).toBe('place');
  });
});

describe('no namesake inside a titled name or two surnames', () => {
  it('a title before three names, two surnames or a nationality name no person inside a longer name ("Commissioner Melanie Flax Wilt", "chairman Vuong Dinh Hue", "Westfield Bondi Junction", "the Royal Irish Regiment" each held a person of the first two words), while "the Jeff McBride Experience" still holds Jeff McBride', () => {
    const text = 'County Commissioner Melanie Flax Wilt spoke. The purge removed chairman Vuong Dinh Hue. A man attacked shoppers at Westfield Bondi Junction. He served in the Royal Irish Regiment. I have been to the Jeff McBride Experience.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const names = allSurfaces(index);
    for (const inner of ['Melanie Flax', 'Vuong Dinh', 'Westfield Bondi', 'Royal Irish']) expect(names, inner).not.toContain(inner);
    expect(names).toContain('Jeff McBride');
    expect(entityNamed(index, 'Melanie Flax Wilt').type).toBe('person');
  });
});

describe('no namesake after a charter\'s word', () => {
  it('"the Royal Shrewsbury Hospital" holds no person "Royal Shrewsbury", and the town alone is no person ("Royal" is a given name in the lists: the hospital gave a person whom every "Shrewsbury" joined)', () => {
    const text = 'Inspectors found failings at the Royal Shrewsbury Hospital in March. Later the Shrewsbury unit closed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index)).not.toContain('Royal Shrewsbury');
    expect(entityNamed(index, 'Royal Shrewsbury Hospital').type).toBe('organization');
    expect(entityNamed(index, 'Shrewsbury').type).not.toBe('person');
  });
});

describe('members\' bodies with a plural\'s apostrophe', () => {
  it('a plural\'s bare apostrophe before a body\'s or a meeting\'s head word stays in the name ("The Catholic Bishops\' Conference of the Philippines issued a letter" was cut to "Conference of the Philippines"), while a singular\'s possessive is the sentence\'s ("Ukraine\'s Parliament voted")', () => {
    const text = "The Catholic Bishops' Conference of the Philippines issued a letter. Ukraine's Parliament voted.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    const names = allSurfaces(index);
    expect(names).toContain("Catholic Bishops' Conference of the Philippines");
    expect(names).not.toContain('Conference of the Philippines');
    expect(names).toContain('Ukraine');
    expect(names).toContain('Parliament');
  });

  it('the head word may come two or three words after the plural: "The California Public Employees\' Retirement System (CalPERS) bought shares" is one body, its short name too (it was cut into "California Public Employees" and "Retirement System")', () => {
    const text = "The California Public Employees' Retirement System (CalPERS) bought shares. The Police Officers' Retirement System sold.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    const names = allSurfaces(index);
    expect(names).toContain("Police Officers' Retirement System");
    expect(names).not.toContain('Retirement System');
    expect(mentionsOfEntity(index, "California Public Employees' Retirement System")).toEqual([`California Public Employees' Retirement System@${text.indexOf('California')}`, `CalPERS@${text.indexOf('CalPERS')}`]);
  });

  it('a surname\'s bare apostrophe is no members\' plural: "Geert Wilders\' Party for Freedom (PVV) gained" gave one name "Geert Wilders\' Party for Freedom"; the party and its acronym are one body, the leader a name apart', () => {
    const text = "Geert Wilders' Party for Freedom (PVV) gained seats. The Nurses' Union struck.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsOfEntity(index, 'Party for Freedom')).toEqual([`Party for Freedom@${text.indexOf('Party')}`, `PVV@${text.indexOf('PVV')}`]);
    expect(allSurfaces(index)).toContain('Geert Wilders');
    expect(allSurfaces(index)).toContain("Nurses' Union");
  });
});

describe('a field after a body\'s "of"', () => {
  it('a dictionary word after a body\'s head and "of" is its field, no other body the lists know by that word ("The Department of Labor said" held Australia\'s Labor Party; "Department of Labor and Industries" was cut at "and"), while "Labor won the election" and "Bank of Korea" still name the party and the place', () => {
    const text = 'The Department of Labor said so. The Washington State Department of Labor and Industries opened an inquiry. In Australia, Labor won the election. The Bank of Korea agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const names = allSurfaces(index);
    expect(names).toContain('Department of Labor');
    expect(names).toContain('Washington State Department of Labor and Industries');
    expect(names).not.toContain('Industries');
    expect(mentionsOfEntity(index, 'Australian Labor Party')).toEqual([`Labor@${text.indexOf('Labor won')}`]);
    expect(names).toContain('Korea');
  });
});

describe('a field before a body\'s closing head word', () => {
  it('"The Nigeria Labour Congress (NLC) has threatened strikes" held the UK\'s Labour Party ("Labour"); it holds only the country now, as "Kenya Labour Court" does; "the Labour Party" named alone is still the party\'s', () => {
    const text = 'The Nigeria Labour Congress (NLC) has threatened strikes. Workers of the Kenya Labour Court protested. In Britain, the Labour Party won.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index)).toEqual([
      `Nigeria Labour Congress@0:4-27 → Nigeria Labour Congress`,
      `Nigeria@0:4-11 → Nigeria`,
      `NLC@0:29-32 → Nigeria Labour Congress`,
      `Kenya Labour Court@0:${text.indexOf('Kenya')}-${text.indexOf('Kenya') + 18} → Kenya Labour Court`,
      `Kenya@0:${text.indexOf('Kenya')}-${text.indexOf('Kenya') + 5} → Kenya`,
      `Britain@0:${text.indexOf('Britain')}-${text.indexOf('Britain') + 7} → United Kingdom`,
      `Labour Party@0:${text.indexOf('Labour Party')}-${text.indexOf('Labour Party') + 12} → Labour Party`,
    ]);
  });

  it('"The National Labor Relations Board ruled against Starbucks" held Australia\'s Labor Party ("Labor"), a field further from the head word; it holds nothing now, while "Labor won the election" is still the party', () => {
    const text = 'The National Labor Relations Board ruled against Starbucks. In Australia, Labor won the election.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index)).not.toContain('Labor Relations Board');
    expect(mentionsOfEntity(index, 'Australian Labor Party')).toEqual([`Labor@${text.indexOf('Labor won')}`]);
    expect(mentionsOfEntity(index, 'National Labor Relations Board')).toEqual([`National Labor Relations Board@4`]);
  });
});

describe('a body\'s name with a list of fields, spelled by its acronym', () => {
  it('an acronym in brackets that spells the words across a comma takes them into one body ("United Nations Educational, Scientific and Cultural Organization (UNESCO)" and "Senate Health, Education, Labor and Pensions Committee (HELP)" were cut at the comma, and "Labor" was the party), while "Kenya, Uganda and the East African Community (EAC)" stays three names', () => {
    const text = 'The United Nations Educational, Scientific and Cultural Organization (UNESCO) announced a grant. Bill Cassidy chairs the Senate Health, Education, Labor and Pensions Committee (HELP). Officials from Kenya, Uganda and the East African Community (EAC) met.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const unesco = 'United Nations Educational, Scientific and Cultural Organization';
    const help = 'Senate Health, Education, Labor and Pensions Committee';
    expect(mentionsOfEntity(index, unesco)).toEqual([`${unesco}@${text.indexOf('United')}`, `UNESCO@${text.indexOf('UNESCO')}`]);
    expect(mentionsOfEntity(index, help)).toEqual([`${help}@${text.indexOf('Senate')}`, `HELP@${text.indexOf('HELP')}`]);
    const names = allSurfaces(index);
    for (const cut of ['Scientific and Cultural Organization', 'Pensions Committee', 'Education', 'Labor']) expect(names, cut).not.toContain(cut);
    expect(names).toEqual(expect.arrayContaining(['Kenya', 'Uganda', 'East African Community']));
  });
});

describe('a city before a body\'s fields joined by "and"', () => {
  it('a known place opening a body whose fields are joined by "and" is one name ("the Taipei Economic and Cultural Representative Office" gave "Taipei Economic" and "Cultural Representative Office"), holding the city; "Kenya Airways and Ethiopian Airlines agreed" stays two companies', () => {
    const text = 'Kenya signed a memorandum with the Taipei Economic and Cultural Representative Office on Thursday. Kenya Airways and Ethiopian Airlines agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const names = allSurfaces(index);
    expect(names).toContain('Taipei Economic and Cultural Representative Office');
    expect(names).toContain('Taipei');
    for (const cut of ['Taipei Economic', 'Cultural Representative Office', 'Kenya Airways and Ethiopian Airlines']) expect(names, cut).not.toContain(cut);
    expect(names).toEqual(expect.arrayContaining(['Kenya Airways', 'Ethiopian Airlines']));
  });
});

describe('initials before a surname in a place named after a person', () => {
  it('"the DY Patil Stadium" and "the JJ Thomson Institute" gave bodies "DY" and "JJ"; "the FIFA World Cup" and "the NAACP Legal Defense Fund" still hold their bodies', () => {
    const text = 'India won at the DY Patil Stadium in Navi Mumbai. He studied at the JJ Thomson Institute. The FIFA World Cup began. The NAACP Legal Defense Fund sued.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const found = allSurfaces(index);
    expect(found).toContain('DY Patil Stadium');
    expect(found).toContain('JJ Thomson Institute');
    expect(found).not.toContain('DY');
    expect(found).not.toContain('JJ');
    expect(found).toContain('FIFA');
    expect(found).toContain('NAACP');
  });
});

describe('a body\'s own letters and a vessel\'s prefix opening a name', () => {
  it('"DP World said" and "the carrier USS Enterprise" gave bodies "DP" and "USS"; "DB Cargo" after "Deutsche Bahn", which it spells, "the FIFA World Cup" and "a WTA Tour event" still hold theirs', () => {
    const text = 'DP World said it would invest in the port. The carrier USS Enterprise sailed. Deutsche Bahn said its DB Cargo unit would grow. The FIFA World Cup began. She won a WTA Tour event.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const found = allSurfaces(index);
    expect(found).toContain('DP World');
    expect(found).toContain('USS Enterprise');
    expect(found).not.toContain('DP');
    expect(found).not.toContain('USS');
    expect(found).toContain('DB');
    expect(found).toContain('FIFA');
    expect(found).toContain('WTA');
  });
});

describe('an abstract noun after a head word and "of"', () => {
  it('"the Court of Cassation" gave a place "Cassation", "the Institute of Immunisation" one "Immunisation"; "the University of Tartu" still holds the town', () => {
    const text = 'He took the case to the Court of Cassation. The Institute of Immunisation met. She studied at the University of Tartu.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const found = allSurfaces(index);
    expect(found).toContain('Court of Cassation');
    expect(found).not.toContain('Cassation');
    expect(found).not.toContain('Immunisation');
    expect(entityNamed(index, 'Tartu').type).toBe('place');
  });
});

describe('a trade\'s people written as one word after a head word and "of"', () => {
  it('"the National Union of Mineworkers" and "the Association of Shipbuilders" held places "Mineworkers" and "Shipbuilders"; they hold none now, while "the Union of Flanders" and "the Battle of Summerside" still hold their places', () => {
    const text = 'The National Union of Mineworkers opposed the plan. The Association of Shipbuilders agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Association of Shipbuilders', 'National Union of Mineworkers']);
    const near = indexTexts({ 'a.txt': 'The Union of Flanders met. The Battle of Summerside ended.\n' });
    expect(entityNamed(near, 'Flanders').type).toBe('place');
    expect(entityNamed(near, 'Summerside').type).toBe('place');
  });
});

describe('a forename and a surname that opens a known place inside a body\'s name', () => {
  it('"the Royal Solomon Islands Police Force" held a person "Royal Solomon"; it holds the place "Solomon Islands" now, while "the Jeff McBride Experience" still holds its namesake', () => {
    const text = 'The Royal Solomon Islands Police Force will receive new patrol boats.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['Royal Solomon Islands Police Force', 'Solomon Islands']);
    expect(entityNamed(index, 'Solomon Islands').type).toBe('place');
    const near = indexTexts({ 'a.txt': 'The Jeff McBride Experience toured Europe.\n' });
    expect(entityNamed(near, 'Jeff McBride').type).toBe('person');
  });

  it('a name particle goes on to the surname: "Jean Le Pen" is one name, no person "Jean Le" whom a "Pen" is named after', () => {
    const text = 'The vote was called by Marine Le Pen on Monday. Jean Le Pen founded the party.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index)).toEqual([
      `Marine Le Pen@0:${text.indexOf('Marine')}-${text.indexOf('Marine') + 13} → Marine Le Pen`,
      `Jean Le Pen@0:${text.indexOf('Jean')}-${text.indexOf('Jean') + 11} → Jean Le Pen`,
    ]);
    expect(entityNamed(index, 'Jean Le Pen').type).toBe('person');
  });
});
