import { describe, expect, it } from 'vitest';
import { parseArticles } from '../../src/segment/articles.js';
import { corpusText } from '../helpers/corpusText.js';
import { allSurfaces, entityNamed, indexTexts, surfaces } from '../helpers/indexTexts.js';

const HEARING = [
  'The committee heard Adm. Samuel Paparo and Sen. Jack Reed questioned him.',
  'SEN. ROGER WICKER (R-MISS.): The committee will come to order. Admiral Paparo, please begin.',
  'PAPARO: Thank you, Chairman Wicker. The buildup continues. (CROSSTALK)',
  'REED: Admiral, could you repeat the figure?',
  'PAPARO: Yes, sir. I will get the exact number to the committee.',
  'CHIEF JUSTICE ROBERTS: Counsel, you have two minutes.',
  'THE COURT: Good morning.',
  'CERTIFICATE: I certify that the foregoing is a correct transcript.',
].join('\n\n') + '\n';

describe('transcripts: speakers labelled in capitals', () => {
  it('"PAPARO:", "REED:" opening a turn are the senator and the admiral the hearing names (they were kickers: each turn a teaser, the name dropped)', () => {
    const index = indexTexts({ 'a.txt': HEARING });
    // "REED: Admiral, could you repeat the figure?": the office addressed is the admiral too.
    expect(surfaces(index, 'Samuel Paparo')).toEqual(['Samuel Paparo', 'Paparo', 'PAPARO', 'Admiral', 'PAPARO']);
    // "REED" is a dictionary word too; as a speaker it is the senator.
    expect(surfaces(index, 'Jack Reed')).toEqual(['Jack Reed', 'REED']);
    expect(entityNamed(index, 'Jack Reed').type).toBe('person');
  });

  it('the turns are one article: a turn broken off by "(CROSSTALK)" starts no teaser', () => {
    const articles = parseArticles(corpusText(HEARING, 'a.txt', 'text')).articles;
    expect(articles.map((a) => [a.kicker, a.truncated])).toEqual([[null, false]]);
  });

  it('"CHIEF JUSTICE ROBERTS:" is Roberts under his title ("CHIEF" was an organisation), and what he says opens a sentence ("Counsel" was a person)', () => {
    const found = allSurfaces(indexTexts({ 'a.txt': HEARING }));
    expect(found).toContain('ROBERTS');
    for (const word of ['CHIEF', 'Counsel', 'COURT', 'CERTIFICATE']) expect(found).not.toContain(word);
  });

  it('a page of teasers that goes back to a section ("SECURITY:", "ENERGY:", "SECURITY:") keeps its kickers', () => {
    const teaser = (kicker: string, town: string) => `${kicker}: Officials in ${town} are considering new rules for residents from the coast, a source said yesterday in the capital and`;
    const text = ['Officials in Seoul said on Monday that the talks would resume next week after a long pause.', teaser('SECURITY', 'Taipei'), teaser('ENERGY', 'Manila'), teaser('SECURITY', 'Hanoi')].join('\n') + '\n';
    const articles = parseArticles(corpusText(text, 'b.txt', 'text')).articles;
    expect(articles.map((a) => a.kicker)).toEqual([null, 'SECURITY', 'ENERGY', 'SECURITY']);
  });
});

describe('interviews, transcripts and live blogs: words in capitals that are no acronym', () => {
  it('"I\'m a HUGE collector", "It was VERY emotional", "(CROSSTALK)", "[INAUDIBLE]", "UPDATE: Macau\'s casinos reopened" name nothing (each was a body); "ICE" and "the CDC" beside them stay bodies', () => {
    const text = "Oh, I'm a HUGE collector. It was VERY emotional. (CROSSTALK) The agent said [INAUDIBLE] hours. UPDATE: Macau's casinos reopened. ICE and the CDC agreed.";
    expect(allSurfaces(indexTexts({ 'a.txt': text + '\n' })).sort()).toEqual(['CDC', 'ICE', 'Macau']);
  });
});

describe('an alias phrase after where someone is', () => {
  it('\'a man in Barranquilla known as "El Flaco"\' does not make "El Flaco" the town\'s other name (they were one place); \'Myanmar, also known as Burma\' still links', () => {
    const index = indexTexts({ 'a.txt': 'He took orders from a man in Barranquilla known as "El Flaco." Troops in Myanmar, also known as Burma, moved.\n' });
    expect(surfaces(index, 'Barranquilla')).toEqual(['Barranquilla']);
    expect(surfaces(index, 'Myanmar')).toEqual(['Myanmar', 'Burma']);
  });
});
