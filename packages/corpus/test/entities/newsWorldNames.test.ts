import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short news stories written for these tests (test/fixtures/news-world-names; invented people, real
// countries), each indexed alone as a corpus of one article: name shapes from outside the
// English-speaking world that prose rules cut or split. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-world-names', name);

describe('world names: English stop words and dates inside Asian names', () => {
  it('"Senior General Than Zaw Htun", "Than Zaw Htun said", "Daw Khin Mar Aye": a Burmese name\'s "Than" and "Mar" are its words (they were "Zaw Htun", and "Khin" and "Aye" apart)', () => {
    const index = indexStory('myanmar.txt');
    expect(mentionsOf(index, 'Than Zaw Htun')).toEqual(['Than Zaw Htun@4:15', 'Than Zaw Htun@6:0']);
    expect(mentionsOf(index, 'Khin Mar Aye')).toEqual(['Khin Mar Aye@8:20', 'Khin Mar Aye@8:65']);
    expect(typeOf(index, 'Khin Mar Aye')).toBe('person');
    expect(names(index)).not.toContain('Khin');
    expect(names(index)).not.toContain('Aye');
    expect(typeOf(index, 'Tatmadaw')).toBe('organization');
  });

  it('"To Van Khanh said", "He Lifang met U.S. Treasury officials" open their sentences with the whole name the story writes mid-sentence (they were "Van Khanh" and "Lifang")', () => {
    const vietnam = indexStory('vietnam.txt');
    expect(mentionsOf(vietnam, 'To Van Khanh')).toEqual(['To Van Khanh@8:25', 'To Van Khanh@8:62']);
    expect(typeOf(vietnam, 'To Van Khanh')).toBe('person');
    const china = indexStory('china-trade.txt');
    expect(mentionsOf(china, 'He Lifang')).toEqual(['He Lifang@2:23', 'He Lifang@4:77']);
    // "He, 69, has been …": the pronoun alone stays no name.
    expect(names(china)).not.toContain('He');
  });
});

describe('world names: an honorific inside a name', () => {
  it('"Somali President Ahmed Sheikh Nur", "Ahmed Sheikh Nur said": "Sheikh" after a given name is a word of the name, no title (it gave "Nur" titled "Ahmed Sheikh")', () => {
    const index = indexStory('somalia.txt');
    expect(mentionsOf(index, 'Ahmed Sheikh Nur')).toEqual(['Ahmed Sheikh Nur@2:38', 'Ahmed Sheikh Nur@4:0']);
    expect(typeOf(index, 'Ahmed Sheikh Nur')).toBe('person');
    expect(names(index)).not.toContain('Nur');
    expect(mentionsOf(index, 'Mullah Abdirahman Farah')).toEqual(['Mullah Abdirahman Farah@6:0']);
  });
});

describe('world names: a place before an office', () => {
  it('"St. Petersburg Governor Igor Valentinovich Lapin": a city the lists know, its title\'s word and all, is a place of its own (it was in the title)', () => {
    const index = indexStory('russia.txt');
    expect(mentionsOf(index, 'Saint Petersburg')).toEqual(['Saint Petersburg@6:3', 'St. Petersburg@6:81']);
    expect(typeOf(index, 'Saint Petersburg')).toBe('place');
    expect(mentionsOf(index, 'Igor Valentinovich Lapin')).toEqual(['Igor Valentinovich Lapin@6:105']);
  });
});

describe('world names: Arabic patronymics and kunyas', () => {
  it('"Saudi Crown Prince Faisal bin Turki bin Abdulaziz Al Saud … Bin Turki later flew", "Abdullah Ibn Rashid Al-Sabah … Ibn Rashid": the long name is a person and the patronymic stands for him (the run was one name of type other, and the short forms persons or other of their own)', () => {
    const index = indexStory('qatar.txt');
    expect(mentionsOf(index, 'Faisal bin Turki bin Abdulaziz Al Saud')).toEqual(['Faisal bin Turki bin Abdulaziz Al Saud@4:36', 'Bin Turki@4:136']);
    expect(typeOf(index, 'Faisal bin Turki bin Abdulaziz Al Saud')).toBe('person');
    expect(mentionsOf(index, 'Abdullah Ibn Rashid Al-Sabah')).toEqual(['Abdullah Ibn Rashid Al-Sabah@8:27', 'Ibn Rashid@8:104']);
    expect(mentionsOf(index, 'Fahad bin Jassim Al Marri')).toEqual(['Fahad bin Jassim Al Marri@2:33', 'Fahad@4:7']);
  });

  it('"Abu Yusuf al-Halabi … Abu Yusuf, who took over the group": the kunya stands for the longer name (it was a person of its own); HTS, Hezbollah and Hamas stay bodies', () => {
    const index = indexStory('syria.txt');
    expect(mentionsOf(index, 'Abu Yusuf al-Halabi')).toEqual(['Abu Yusuf al-Halabi@2:57', 'Abu Yusuf@4:0', 'al-Halabi@8:78', 'Al-Halabi@8:128']);
    expect(names(index)).not.toContain('Abu Yusuf');
    for (const body of ['Hayat Tahrir al-Sham', 'Hezbollah', 'Hamas']) expect([body, typeOf(index, body)]).toEqual([body, 'organization']);
  });
});

describe('world names: a body named after its patron', () => {
  it('"visited the King Abdulaziz Center, and later the Ibn Sina Hospital": a ruler\'s title, a given name and a body\'s head word are one body, title and all ("Abdulaziz Center" was a person)', () => {
    const index = indexStory('saudi-iraq.txt');
    expect(mentionsOf(index, 'King Abdulaziz Center')).toEqual(['King Abdulaziz Center@6:28']);
    expect(typeOf(index, 'King Abdulaziz Center')).toBe('organization');
    expect(names(index)).not.toContain('Abdulaziz Center');
    expect(typeOf(index, 'Ibn Sina Hospital')).toBe('organization');
    expect(mentionsOf(index, 'Mohammed Jasim al-Hakim')).toEqual(['Mohammed Jasim al-Hakim@4:15', 'Al-Hakim@4:92']);
  });
});
