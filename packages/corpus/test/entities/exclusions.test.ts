import { describe, expect, it } from 'vitest';
import { allSurfaces, indexTexts } from '../helpers/indexTexts.js';

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
});
