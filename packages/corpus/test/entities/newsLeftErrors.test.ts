import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { entityNames, indexFixtureStory, mentionsAtLines as mentionsOf, typeOf } from '../helpers/indexTexts.js';

// Short science, border, culture, business and politics stories written for these tests
// (test/fixtures/news-left-errors), each indexed alone as a corpus of one article, with invented
// people beside the places, works and bodies such copy names. Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-left-errors', name);

describe('left errors: a cave named by a word that is a surname too', () => {
  it('"working at Blombos Cave", "Visitors to Wonderwerk Cave": a cave\'s last word makes a place (both were persons by the surname "Cave")', () => {
    const index = indexStory('cave-dig.txt');
    expect(mentionsOf(index, 'Blombos Cave')).toEqual(['Blombos Cave@2:26', 'Blombos Cave@3:15']);
    expect(typeOf(index, 'Blombos Cave')).toBe('place');
    expect(mentionsOf(index, 'Wonderwerk Cave')).toEqual(['Wonderwerk Cave@4:12']);
    expect(typeOf(index, 'Wonderwerk Cave')).toBe('place');
  });

  it('"The singer Nick Cave": a given name before "Cave" keeps a person, and "Cave said" is his short form', () => {
    const index = indexStory('cave-dig.txt');
    expect(mentionsOf(index, 'Nick Cave')).toEqual(['Nick Cave@5:11', 'Cave@6:0']);
    expect(typeOf(index, 'Nick Cave')).toBe('person');
    expect(typeOf(index, 'Karen van Niekerk')).toBe('person');
  });
});

describe('left errors: a district of farms named by "the"', () => {
  it('"Israeli artillery struck the Shebaa Farms": the farms named by "the" and a word no list knows are a place (it was a body by "Farms")', () => {
    const index = indexStory('border-farms.txt');
    expect(mentionsOf(index, 'Shebaa Farms')).toEqual(['Shebaa Farms@2:29', 'Shebaa Farms@3:31']);
    expect(typeOf(index, 'Shebaa Farms')).toBe('place');
    expect(typeOf(index, 'Golan Heights')).toBe('place');
  });

  it('"the Sanderson Farms plant": a company named after a surname keeps its body', () => {
    const index = indexStory('border-farms.txt');
    expect(mentionsOf(index, 'Sanderson Farms')).toEqual(['Sanderson Farms@7:15']);
    expect(typeOf(index, 'Sanderson Farms')).toBe('organization');
  });
});

describe('left errors: a title of dictionary words after a work\'s noun', () => {
  it('"The series Twin Peaks", "the song Penny Lane": two capitalised dictionary words after a work\'s noun are its title (both were dropped)', () => {
    const index = indexStory('works-titles.txt');
    expect(mentionsOf(index, 'Twin Peaks')).toEqual(['Twin Peaks@2:11']);
    expect(typeOf(index, 'Twin Peaks')).toBe('other');
    expect(mentionsOf(index, 'Penny Lane')).toEqual(['Penny Lane@3:17']);
    expect(typeOf(index, 'Penny Lane')).toBe('other');
    expect(typeOf(index, 'Abbey Road')).toBe('other');
  });

  it('"at the track Brands Hatch": a noun that quoted titles follow makes no title of dictionary words (no work "Brands Hatch")', () => {
    const index = indexStory('works-titles.txt');
    expect(index.entities.filter((e) => e.name === 'Brands Hatch' && e.type === 'other')).toEqual([]);
    expect(typeOf(index, 'Kent')).toBe('place');
  });
});

describe('left errors: a leader named beside his party', () => {
  it('"Modi and the BJP lost their majority", "Erdogan and the AKP won": one word before "and the" and a party\'s letters is its leader, a person (Modi was other, Erdogan dropped); the letters stay the party', () => {
    const index = indexStory('politics-parties.txt');
    expect(mentionsOf(index, 'Modi')).toEqual(['Modi@2:10', 'Modi@4:40']);
    expect(typeOf(index, 'Modi')).toBe('person');
    expect(mentionsOf(index, 'Bharatiya Janata Party')).toEqual(['BJP@2:23']);
    expect(typeOf(index, 'Bharatiya Janata Party')).toBe('organization');
    expect(mentionsOf(index, 'Erdogan')).toEqual(['Erdogan@3:0']);
    expect(typeOf(index, 'Erdogan')).toBe('person');
    expect(typeOf(index, 'Justice and Development Party')).toBe('organization');
  });

  it('"Dravinska and the Unity Party won": a party named with its "Party" does the same (it was other)', () => {
    const index = indexStory('politics-parties.txt');
    expect(mentionsOf(index, 'Dravinska')).toEqual(['Dravinska@5:11']);
    expect(typeOf(index, 'Dravinska')).toBe('person');
    expect(mentionsOf(index, 'Unity Party')).toEqual(['Unity Party@5:29']);
    expect(typeOf(index, 'Unity Party')).toBe('organization');
  });

  it('"Veltrano and the FDA agreed": a name beside a regulator, no party, takes no person from it', () => {
    const index = indexStory('politics-parties.txt');
    expect(mentionsOf(index, 'Veltrano')).toEqual(['Veltrano@6:12']);
    expect(typeOf(index, 'Veltrano')).not.toBe('person');
  });
});

describe('left errors: what a programme is shown or streamed on', () => {
  it('"will stream on Mubi", "shown live on Polsat", "aired on Velantis": a broadcaster or a streamer, a body (Mubi was a place, the others other)', () => {
    const index = indexStory('streamers.txt');
    expect(mentionsOf(index, 'Mubi')).toEqual(['Mubi@2:35']);
    expect(typeOf(index, 'Mubi')).toBe('organization');
    expect(mentionsOf(index, 'Polsat')).toEqual(['Polsat@3:38']);
    expect(typeOf(index, 'Polsat')).toBe('organization');
    expect(mentionsOf(index, 'Velantis')).toEqual(['Velantis@3:80']);
    expect(typeOf(index, 'Velantis')).toBe('organization');
  });

  it('"aired on Monday and again on Friday": days after the verb are no names', () => {
    const index = indexStory('streamers.txt');
    expect(entityNames(index).sort()).toEqual(['Anna Kowalczyk', 'Mubi', 'Poland', 'Polsat', 'Velantis']);
  });
});

describe('left errors: the arc of volcanoes quake copy names', () => {
  it('"Chile sits on the Pacific Ring of Fire", "along the Ring of Fire": one place, whole and short (it was "Pacific" alone and nothing)', () => {
    const index = indexStory('ring-of-fire.txt');
    expect(mentionsOf(index, 'Pacific Ring of Fire')).toEqual(['Pacific Ring of Fire@0:26', 'Pacific Ring of Fire@3:18', 'Ring of Fire@4:61']);
    expect(typeOf(index, 'Pacific Ring of Fire')).toBe('place');
    expect(entityNames(index)).not.toContain('Pacific');
    expect(typeOf(index, 'Lucia Ferrante')).toBe('person');
  });
});

describe('left errors: a toy and its maker', () => {
  it('"sales of the Barbie doll", "its Starling figurines": a name before a toy\'s noun is the made thing (both were persons)', () => {
    const index = indexStory('toy-results.txt');
    expect(mentionsOf(index, 'Barbie')).toEqual(['Barbie@2:25']);
    expect(typeOf(index, 'Barbie')).toBe('product');
    expect(mentionsOf(index, 'Starling')).toEqual(['Starling@3:32']);
    expect(typeOf(index, 'Starling')).toBe('product');
  });

  it('"The toymaker Halvorsen said": a toymaker is a firm (it was a person by the verb of saying)', () => {
    const index = indexStory('toy-results.txt');
    expect(mentionsOf(index, 'Halvorsen')).toEqual(['Halvorsen@3:13']);
    expect(typeOf(index, 'Halvorsen')).toBe('organization');
    expect(typeOf(index, 'Ynon Kreiz')).toBe('person');
  });
});

describe('left errors: a title\'s first word alone', () => {
  it('"the film Mystic River … met in Mystic, Connecticut": the first word of a two-word title is no short form of the work (the town joined the film and made it a place)', () => {
    const index = indexStory('film-reunion.txt');
    expect(mentionsOf(index, 'Mystic River')).toEqual(['Mystic River@2:33']);
    expect(typeOf(index, 'Mystic River')).toBe('other');
    expect(mentionsOf(index, 'Mystic')).toEqual(['Mystic@3:33']);
    expect(typeOf(index, 'Mystic')).toBe('place');
    expect(typeOf(index, 'Connecticut')).toBe('place');
  });

  it('"The film Harry Potter … Potter fans": the last word still stands for the title', () => {
    const index = indexStory('film-reunion.txt');
    expect(mentionsOf(index, 'Harry Potter')).toEqual(['Harry Potter@4:9', 'Potter@4:44']);
    expect(typeOf(index, 'Harry Potter')).toBe('other');
  });
});
