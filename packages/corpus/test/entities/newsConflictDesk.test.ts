import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// World-desk stories of wars, truces, disputed regions and seas, written for these tests
// (test/fixtures/news-conflict-desk), each indexed alone as a corpus of one article, with invented
// people. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-conflict-desk', name);

describe('conflict desk: a compass adjective that is part of a region\'s name', () => {
  it('"Western Tigray", "Southern Tigray", "Eastern Ghouta": the compass word stays in the place\'s name, and the region alone ("Tigray\'s administrator") is another place (they were cut to "Tigray" and "Ghouta", one place with "Southern Tigray")', () => {
    const index = indexStory('disputed-regions.txt');
    expect(mentionsOf(index, 'Western Tigray')).toEqual(['Western Tigray@0:47', 'Western Tigray@2:112', 'Western Tigray@3:110', 'Western Tigray@3:221']);
    expect(mentionsOf(index, 'Southern Tigray')).toEqual(['Southern Tigray@3:129']);
    expect(mentionsOf(index, 'Tigray')).toEqual(['Tigray@3:0']);
    expect(mentionsOf(index, 'Eastern Ghouta')).toEqual(['Eastern Ghouta@4:23']);
    for (const place of ['Western Tigray', 'Southern Tigray', 'Eastern Ghouta']) expect([place, typeOf(index, place)]).toEqual([place, 'place']);
    expect(names(index)).not.toContain('Ghouta');
  });
});

describe('conflict desk: a sea channel', () => {
  it('"in the Bungo Channel", "the Kii Channel", "the Mozambique Channel": a channel named by a place or a word no list holds is a place (they were a body, a person and an other)', () => {
    const index = indexStory('survey-ship.txt');
    expect(mentionsOf(index, 'Bungo Channel')).toEqual(['Bungo Channel@0:36', 'Bungo Channel@2:61']);
    expect(mentionsOf(index, 'Kii Channel')).toEqual(['Kii Channel@3:147']);
    expect(mentionsOf(index, 'Mozambique Channel')).toEqual(['Mozambique Channel@4:154']);
    for (const sea of ['Bungo Channel', 'Kii Channel', 'Mozambique Channel']) expect([sea, typeOf(index, sea)]).toEqual([sea, 'place']);
    expect(typeOf(index, 'Daisuke Oyamada')).toBe('person');
  });
});

describe('conflict desk: a body\'s field with a hyphened compound before "and"', () => {
  it('"the Japan Agency for Marine-Earth Science and Technology": one body (it was cut at "and" into "… Marine-Earth Science" and a body "Technology")', () => {
    const index = indexStory('survey-ship.txt');
    const agency = 'Japan Agency for Marine-Earth Science and Technology';
    expect(mentionsOf(index, agency)).toEqual([`${agency}@3:18`, `${agency}@4:4`]);
    expect(typeOf(index, agency)).toBe('organization');
    expect(names(index)).not.toContain('Technology');
  });
});

describe('conflict desk: an armed group named by an Arabic word for a body', () => {
  it('"Jama\'at Nusrat al-Islam wal-Muslimin", "Jaish al-Adl", "Asaib Ahl al-Haq", "Ansar al-Sharia", "Ahrar al-Sham": a group\'s, army\'s or movement\'s word opening the name makes a body, kept whole past "al-" (they were persons, or cut to "Jaish al")', () => {
    const index = indexStory('armed-groups.txt');
    expect(mentionsOf(index, "Jama'at Nusrat al-Islam wal-Muslimin")).toEqual(["Jama'at Nusrat al-Islam wal-Muslimin@2:23"]);
    expect(mentionsOf(index, 'Jaish al-Adl')).toEqual(['Jaish al-Adl@3:39']);
    expect(mentionsOf(index, 'Kataib Hezbollah')).toEqual(['Kataib Hezbollah@3:100']);
    expect(mentionsOf(index, 'Asaib Ahl al-Haq')).toEqual(['Asaib Ahl al-Haq@3:121']);
    expect(mentionsOf(index, 'Ansar al-Sharia')).toEqual(['Ansar al-Sharia@4:0']);
    expect(mentionsOf(index, 'Ahrar al-Sham')).toEqual(['Ahrar al-Sham@4:20']);
    for (const group of ["Jama'at Nusrat al-Islam wal-Muslimin", 'Jaish al-Adl', 'Kataib Hezbollah', 'Asaib Ahl al-Haq', 'Ansar al-Sharia', 'Ahrar al-Sham']) expect([group, typeOf(index, group)]).toEqual([group, 'organization']);
    expect(mentionsOf(index, 'Basim Al-Awadi')).toEqual(['Basim Al-Awadi@3:194', 'Awadi@4:80']);
    expect(typeOf(index, 'Basim Al-Awadi')).toBe('person');
  });
});

describe('conflict desk: a ruler\'s title that is the given name after an office\'s "of"', () => {
  it('"Minister of State Sultan Al Jaber", "Minister of State Sultan Al Hamdi": "Sultan" before a family\'s "Al" opens the holder\'s name (each was "Al Jaber", "Sultan" taken for a second title)', () => {
    const index = indexStory('gulf-summit.txt');
    expect(mentionsOf(index, 'Sultan Al Jaber')).toEqual(['Sultan Al Jaber@2:64', 'Al Jaber@4:0']);
    expect(mentionsOf(index, 'Sultan Al Hamdi')).toEqual(['Sultan Al Hamdi@3:138']);
    expect(mentionsOf(index, 'Khalifa Shaheen Almarar')).toEqual(['Khalifa Shaheen Almarar@3:38']);
    for (const person of ['Sultan Al Jaber', 'Sultan Al Hamdi', 'Khalifa Shaheen Almarar']) expect([person, typeOf(index, person)]).toEqual([person, 'person']);
  });
});

describe('conflict desk: a body named like an article of a text', () => {
  it('"The free-speech group Article 19 said", "The rights group Article 19 cited Article 29 of the Ethiopian constitution": after a body\'s noun, "Article 19" is the group (it was dropped), and the constitution\'s article names no body', () => {
    const index = indexStory('press-freedom.txt');
    expect(mentionsOf(index, 'Article 19')).toEqual(['Article 19@2:42', 'Article 19@3:17']);
    expect(typeOf(index, 'Article 19')).toBe('organization');
    expect(names(index).filter((n) => n.startsWith('Article 29'))).toEqual([]);
    expect(typeOf(index, 'Committee to Protect Journalists')).toBe('organization');
  });
});

describe('conflict desk: a known body\'s name in British spelling, with "in" inside it', () => {
  it('"the Organisation for Security and Co-operation in Europe": the lists\' "Organization for …" in the other spelling, whole past "in" (it was cut to "Organisation for Security and Co-operation", and "Europe" a place)', () => {
    const index = indexStory('caucasus-talks.txt');
    const osce = 'Organization for Security and Co-operation in Europe';
    const british = 'Organisation for Security and Co-operation in Europe';
    expect(mentionsOf(index, osce)).toEqual([`${british}@3:83`, `${british}@4:4`]);
    expect(typeOf(index, osce)).toBe('organization');
    expect(names(index)).not.toContain('Europe');
    expect(mentionsOf(index, 'Aykhan Hajizada')).toEqual(['Aykhan Hajizada@3:209', 'Hajizada@4:89']);
  });
});

describe('conflict desk: a known body\'s mission or force named by its country', () => {
  it('"the United Nations Mission in South Sudan", "the United Nations Interim Force in Lebanon", "… Stabilization Mission in the Democratic Republic of the Congo": one body each, the country inside it (each was cut at "in", or typed a person by its country)', () => {
    const index = indexStory('peacekeepers.txt');
    const monusco = 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo';
    expect(mentionsOf(index, monusco)).toEqual([`${monusco}@2:21`]);
    expect(mentionsOf(index, 'United Nations Mission in South Sudan')).toEqual(['United Nations Mission in South Sudan@3:4']);
    expect(mentionsOf(index, 'United Nations Interim Force in Lebanon')).toEqual(['United Nations Interim Force in Lebanon@3:50']);
    for (const body of [monusco, 'United Nations Mission in South Sudan', 'United Nations Interim Force in Lebanon']) expect([body, typeOf(index, body)]).toEqual([body, 'organization']);
    // The country inside the mission's name is the whole country, not "Republic of the Congo".
    expect(names(index)).not.toContain('Republic of the Congo');
    expect(mentionsOf(index, 'South Sudan')).toEqual(['South Sudan@3:30']);
  });
});

describe('conflict desk: a text named by a word, "of" and its field', () => {
  it('"the Cessation of Hostilities Agreement", "the Status of Forces Agreement": one text each (they were cut at "of" to "Hostilities Agreement" and "Forces Agreement")', () => {
    const index = indexStory('peacekeepers.txt');
    expect(mentionsOf(index, 'Cessation of Hostilities Agreement')).toEqual(['Cessation of Hostilities Agreement@2:187']);
    expect(mentionsOf(index, 'Status of Forces Agreement')).toEqual(['Status of Forces Agreement@3:197']);
    for (const text of ['Cessation of Hostilities Agreement', 'Status of Forces Agreement']) expect([text, typeOf(index, text)]).toEqual([text, 'programme']);
    expect(names(index).filter((n) => /^(?:Hostilities|Forces) Agreement$/.test(n))).toEqual([]);
    expect(mentionsOf(index, 'Adaeze Okonkwo-Mbeki')).toEqual(['Adaeze Okonkwo-Mbeki@3:143', 'Okonkwo-Mbeki@4:0']);
  });
});

describe('conflict desk: a known place named like a state\'s body, in a story from abroad', () => {
  it('"BEIRUT (Reuters) - … In the occupied West Bank": the lists\' place, though "Bank" heads bodies (it was keyed as Lebanon\'s body "West Bank", an organisation)', () => {
    const index = indexStory('levant-truce.txt');
    expect(mentionsOf(index, 'West Bank')).toEqual(['West Bank@3:16', 'West Bank@3:148']);
    expect(typeOf(index, 'West Bank')).toBe('place');
    expect(typeOf(index, 'Lebanese Armed Forces')).toBe('organization');
    expect(typeOf(index, 'Palestinian Authority')).toBe('organization');
  });
});

describe('conflict desk: a known body\'s council named by two fields', () => {
  it('"The African Union Peace and Security Council": one body (it was "African Union Peace" and the UN\'s "Security Council")', () => {
    const index = indexStory('sudan-talks.txt');
    const council = 'African Union Peace and Security Council';
    expect(mentionsOf(index, council)).toEqual([`${council}@3:4`]);
    expect(typeOf(index, council)).toBe('organization');
    expect(names(index)).not.toContain('Security Council');
    expect(names(index)).not.toContain('African Union Peace');
  });
});

describe('conflict desk: an exclave named before its noun', () => {
  it('"met in the Vorukh exclave": the word before "exclave" is a place (it was other)', () => {
    const index = indexStory('sudan-talks.txt');
    expect(mentionsOf(index, 'Vorukh')).toEqual(['Vorukh@4:55']);
    expect(typeOf(index, 'Vorukh')).toBe('place');
    expect(mentionsOf(index, 'Amina Wanjiru-Odhiambo')).toEqual(['Amina Wanjiru-Odhiambo@3:94', 'Wanjiru-Odhiambo@4:96']);
  });
});

describe('conflict desk: an Arabic group\'s name with "ut-", and its known short form', () => {
  it('"members of Hizb ut-Tahrir": the article "ut" before a sun letter joins the group\'s name (it was cut to "Tahrir")', () => {
    const index = indexStory('horn-and-strait.txt');
    expect(mentionsOf(index, 'Hizb ut-Tahrir')).toEqual(['Hizb ut-Tahrir@3:108', 'Hizb ut-Tahrir@3:174']);
    expect(typeOf(index, 'Hizb ut-Tahrir')).toBe('organization');
    expect(names(index)).not.toContain('Tahrir');
  });

  it('"Harakat al-Shabaab al-Mujahideen, known as al-Shabaab": a short form the lists know, given as the full name\'s other name, is one entity with it (they stayed two)', () => {
    const index = indexStory('horn-and-strait.txt');
    expect(mentionsOf(index, 'al-Shabaab')).toEqual(['Harakat al-Shabaab al-Mujahideen@2:31', 'al-Shabaab@2:74', 'al-Shabaab@3:10']);
    expect(typeOf(index, 'al-Shabaab')).toBe('organization');
    expect(names(index)).not.toContain('Harakat al-Shabaab al-Mujahideen');
    expect(mentionsOf(index, 'Abdifatah Aden')).toEqual(['Abdifatah Aden@2:163', 'Aden@3:0']);
  });
});

describe('conflict desk: a sea channel named by a word a name list holds', () => {
  it('"sailed through the Bashi Channel": after "the", a channel named by words no dictionary holds is a place though "Bashi" is a given name (it was a person); "the History Channel" is no place', () => {
    const index = indexStory('horn-and-strait.txt');
    expect(mentionsOf(index, 'Bashi Channel')).toEqual(['Bashi Channel@4:51', 'Bashi Channel@4:197']);
    expect(typeOf(index, 'Bashi Channel')).toBe('place');
    expect(index.entities.filter((e) => e.type === 'place' && e.name.includes('History'))).toEqual([]);
  });
});
