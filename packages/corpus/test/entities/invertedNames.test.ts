import { describe, expect, it } from 'vitest';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

const at = (index: ReturnType<typeof indexTexts>, name: string) =>
  index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);

describe('names written surname first, as a reading list or a register writes them', () => {
  it('"Austen, Jane." and "Marx, Karl and Engels, Friedrich." are each one person, typed person, at their exact place', () => {
    const text = 'Other good ones:\r\nAusten, Jane. Pride and Prejudice\r\nLondon, Jack. White Fang\r\nMarx, Karl and Engels, Friedrich. The Communist Manifesto\r\n';
    const index = indexTexts({ 'a.txt': text });
    expect(at(index, 'Austen, Jane')).toEqual(['Austen, Jane@1:0']);
    expect(at(index, 'London, Jack')).toEqual(['London, Jack@2:0']);
    expect(at(index, 'Marx, Karl')).toEqual(['Marx, Karl@3:0']);
    expect(at(index, 'Engels, Friedrich')).toEqual([`Engels, Friedrich@3:${'Marx, Karl and '.length}`]);
    for (const name of ['Austen, Jane', 'London, Jack', 'Marx, Karl', 'Engels, Friedrich']) expect(entityNamed(index, name).type, name).toBe('person');
    // "London" of "London, Jack" is the writer, not the city.
    expect(index.entities.map((e) => e.name)).not.toContain('London');
  });

  it('an inverted name joins the same person written in the usual order ("Twain, Mark" and "Mark Twain")', () => {
    const index = indexTexts({ 'a.txt': 'Mark Twain wrote it.\nTwain, Mark. A Connecticut Yankee\n' });
    expect(at(index, 'Mark Twain')).toEqual(['Mark Twain@0:0', 'Twain, Mark@1:0']);
  });

  it('a comma after a place that does not open its line, or a given name that goes on, is no inverted name ("In Paris, Jane met", "LONDON, Mark Okafor reported")', () => {
    const index = indexTexts({ 'a.txt': 'In Paris, Jane met her.\nLONDON, Mark Okafor reported from the scene.\n' });
    const names = index.entities.map((e) => e.name);
    expect(names).toContain('Paris');
    expect(names.filter((n) => n.includes(','))).toEqual([]);
  });

  it('a paragraph opening with a list of companies is no inverted name ("Microsoft Corp, Meta Platforms Inc and Alphabet Inc, among its customers"); "Austen, Jane" still is', () => {
    const index = indexTexts({ 'a.txt': "Chip stocks rose.\nMicrosoft Corp, Meta Platforms Inc and Alphabet Inc, among Nvidia's largest customers, will spend more.\nAusten, Jane. Emma\n" });
    const names = index.entities.map((e) => e.name);
    expect(names.filter((n) => n.includes(','))).toEqual(['Austen, Jane']);
    expect(at(index, 'Microsoft')).toEqual(['Microsoft Corp@1:0']);
    expect(entityNamed(index, 'Microsoft').type).toBe('organization');
  });

  it('a paragraph opening with a list of full names is no inverted name ("Rajnath Singh, Amit Shah and Nirmala Sitharaman were sworn in" made one person "Rajnath Singh, Amit Shah", and "Shah" went nowhere); "Lloyd Webber, Andrew." still is one', () => {
    const index = indexTexts({ 'a.txt': 'Ministers took office.\nRajnath Singh, Amit Shah and Nirmala Sitharaman were sworn in. Shah is expected to keep the home ministry.\nLloyd Webber, Andrew. Cats\n' });
    const names = index.entities.map((e) => e.name);
    expect(names.filter((n) => n.includes(','))).toEqual(['Lloyd Webber, Andrew']);
    expect(at(index, 'Amit Shah')).toEqual(['Amit Shah@1:15', 'Shah@1:63']);
    expect(at(index, 'Rajnath Singh')).toEqual(['Rajnath Singh@1:0']);
  });
});
