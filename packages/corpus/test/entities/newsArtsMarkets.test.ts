import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short culture, markets and sports stories written for these tests (test/fixtures/news-arts-markets),
// each indexed alone as a corpus of one article, with invented people and firms beside the titles,
// tours and teams such copy names. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-arts-markets', name);

describe('arts and markets: a game\'s or a franchise\'s title', () => {
  it('"The video game Call of Duty sold", "the game Tales of the Abyss had": a title of dictionary words joined over "of" after a game\'s noun is a work (it had no evidence and was dropped)', () => {
    const index = indexStory('game-sales.txt');
    expect(mentionsOf(index, 'Call of Duty')).toEqual(['Call of Duty@2:15']);
    expect(typeOf(index, 'Call of Duty')).toBe('other');
    expect(mentionsOf(index, 'Tales of the Abyss')).toEqual(['Tales of the Abyss@4:42']);
    expect(typeOf(index, 'Tales of the Abyss')).toBe('other');
  });

  it('"the franchise Assassin\'s Creed would skip a year": a possessive after the title\'s first word is inside it (it was "Assassin" and "Creed", each alone)', () => {
    const index = indexStory('game-sales.txt');
    expect(mentionsOf(index, "Assassin's Creed")).toEqual(["Assassin's Creed@3:40"]);
    expect(typeOf(index, "Assassin's Creed")).toBe('other');
    expect(names(index).filter((n) => n === 'Assassin' || n === 'Creed')).toEqual([]);
    expect(typeOf(index, 'Halvern')).toBe('organization');
  });

  it('"an adaptation of Evelyn Waugh\'s Brideshead Revisited": a person\'s possessive stays the author\'s, the title after it a name of its own', () => {
    const index = indexStory('game-sales.txt');
    expect(mentionsOf(index, 'Evelyn Waugh')).toEqual(['Evelyn Waugh@6:43']);
    expect(typeOf(index, 'Evelyn Waugh')).toBe('person');
    expect(mentionsOf(index, 'Brideshead Revisited')).toEqual(['Brideshead Revisited@6:58']);
  });
});

describe('arts and markets: a tour named after a work', () => {
  it('"that the Music of the Spheres Tour would return": the tour\'s name goes on through the album\'s "of the" to its head (it was cut to "Spheres Tour")', () => {
    const index = indexStory('fashion-week.txt');
    expect(mentionsOf(index, 'Music of the Spheres Tour')).toEqual(['Music of the Spheres Tour@5:28']);
    expect(typeOf(index, 'Music of the Spheres Tour')).toBe('event');
    expect(names(index)).not.toContain('Spheres Tour');
  });

  it('"Fans of the Eras Tour queued": the sentence\'s opening noun stays out of the tour\'s name', () => {
    const index = indexStory('fashion-week.txt');
    expect(mentionsOf(index, 'Eras Tour')).toEqual(['Eras Tour@6:12']);
    expect(names(index).some((n) => n.startsWith('Fans'))).toBe(false);
  });
});

describe('arts and markets: a team before its member', () => {
  it('"The Ineos Grenadiers rider finished third": "the", a name and a rider with no one named after it is the rider\'s team (it was a person by its shape)', () => {
    const index = indexStory('club-owner.txt');
    expect(mentionsOf(index, 'Ineos Grenadiers')).toEqual(['Ineos Grenadiers@4:12', 'Ineos Grenadiers@5:4']);
    expect(typeOf(index, 'Ineos Grenadiers')).toBe('organization');
  });

  it('"Chelsea co-owner Todd Boehly said", "Boehly told reporters": the owner is a person and his club a body', () => {
    const index = indexStory('club-owner.txt');
    expect(mentionsOf(index, 'Todd Boehly')).toEqual(['Todd Boehly@2:17', 'Boehly@3:0']);
    expect(typeOf(index, 'Todd Boehly')).toBe('person');
    expect(typeOf(index, 'Chelsea')).toBe('organization');
  });
});

describe('arts and markets: hacking groups', () => {
  it('"The hacking group Scattered Spider", "the ransomware gang LockBit": a group of dictionary words after its noun, and a gang\'s coined name, are bodies', () => {
    const index = indexStory('ransomware.txt');
    expect(mentionsOf(index, 'Scattered Spider')).toEqual(['Scattered Spider@2:18', 'Scattered Spider@4:0']);
    expect(typeOf(index, 'Scattered Spider')).toBe('organization');
    expect(mentionsOf(index, 'LockBit')).toEqual(['LockBit@3:51']);
    expect(typeOf(index, 'LockBit')).toBe('organization');
  });
});

describe('arts and markets: a festival\'s prizes and films', () => {
  it('"the Silver Lion for best director", "the Golden Lion for best film": an award\'s name of dictionary words before its category is an award (both were dropped), and so is its headline mention', () => {
    const index = indexStory('film-festival.txt');
    expect(mentionsOf(index, 'Silver Lion')).toEqual(['Silver Lion@3:139']);
    expect(typeOf(index, 'Silver Lion')).toBe('event');
    expect(mentionsOf(index, 'Golden Lion')).toEqual(['Golden Lion@0:23', 'Golden Lion@2:62']);
    expect(typeOf(index, 'Golden Lion')).toBe('event');
  });

  it('"The Iranian drama A Quiet Winter won", "Kaveh Saberi\'s documentary The Salt Harvest": a title opened by its own article after a work\'s noun is a work (both were dropped)', () => {
    const index = indexStory('film-festival.txt');
    expect(mentionsOf(index, 'A Quiet Winter')).toEqual(['A Quiet Winter@2:39']);
    expect(typeOf(index, 'A Quiet Winter')).toBe('other');
    expect(mentionsOf(index, 'Salt Harvest')).toEqual(['Salt Harvest@3:117']);
    expect(typeOf(index, 'Salt Harvest')).toBe('other');
    expect(typeOf(index, 'Kaveh Saberi')).toBe('person');
    expect(typeOf(index, 'Farhad Rostami')).toBe('person');
  });
});

describe('arts and markets: a fashion house', () => {
  it('"and the fashion house Valentino followed with a show": a house of a trade is a firm, though its name is a given name (it was a person)', () => {
    const index = indexStory('fashion-week.txt');
    expect(mentionsOf(index, 'Valentino')).toEqual(['Valentino@2:89']);
    expect(typeOf(index, 'Valentino')).toBe('organization');
  });
});

describe('arts and markets: a transfer window', () => {
  it('"for captain Marc Guéhi, and Chelsea loaned Raheem Sterling to Bayer Leverkusen": what loans a player to another name is a club, and a clause after ", and" borrows nothing from the player before it (Chelsea was a person)', () => {
    const index = indexStory('transfer-window.txt');
    expect(mentionsOf(index, 'Chelsea')).toEqual(['Chelsea@5:102']);
    expect(typeOf(index, 'Chelsea')).toBe('organization');
    expect(typeOf(index, 'Raheem Sterling')).toBe('person');
    expect(typeOf(index, 'Marc Guéhi')).toBe('person');
    expect(typeOf(index, 'Bayer Leverkusen')).toBe('organization');
  });

  it('"Newcastle United completed the signing of Germany striker Nick Woltemade from VfB Stuttgart": the players are persons, named again by surname, and the clubs bodies', () => {
    const index = indexStory('transfer-window.txt');
    expect(mentionsOf(index, 'Nick Woltemade')).toEqual(['Nick Woltemade@2:58', 'Woltemade@3:0']);
    expect(mentionsOf(index, 'Mikel Arteta')).toEqual(['Mikel Arteta@4:16', 'Arteta@4:163']);
    expect(typeOf(index, 'Newcastle United')).toBe('organization');
    expect(typeOf(index, 'VfB Stuttgart')).toBe('organization');
  });
});

describe('arts and markets: bodies by their words and by the next sentence', () => {
  it('"Warner Bros Discovery said on Thursday it would split": a firm\'s abbreviation inside a name says a firm (it was a person by "Warner" and "said")', () => {
    const index = indexStory('media-deals.txt');
    expect(mentionsOf(index, 'Warner Bros Discovery')).toEqual(['Warner Bros Discovery@2:0']);
    expect(typeOf(index, 'Warner Bros Discovery')).toBe('organization');
  });

  it('"Coldplay announced that the Moon Music Tour would open … The band said": a band\'s noun opening the next sentence refers back to the only body opening the one before (Coldplay was a person by "announced")', () => {
    const index = indexStory('media-deals.txt');
    expect(mentionsOf(index, 'Coldplay')).toEqual(['Coldplay@3:0']);
    expect(typeOf(index, 'Coldplay')).toBe('organization');
    expect(typeOf(index, 'Moon Music Tour')).toBe('event');
  });

  it('"Mira Halden joined Kestova … The company said she would lead": a person\'s full name opening the sentence stays a person', () => {
    const index = indexStory('media-deals.txt');
    expect(typeOf(index, 'Mira Halden')).toBe('person');
    expect(typeOf(index, 'Kestova')).toBe('organization');
  });
});
