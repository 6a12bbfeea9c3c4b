import { describe, expect, it } from 'vitest';
import { entityNamed, indexTexts, mentionsAt } from '../helpers/indexTexts.js';

const LOAN =
  'Education Secretary Miguel Cardona cancelled the loans. The states say the Act does not authorize the Secretary to forgive them, ' +
  "but the Secretary's lawyers disagree. The Secretary of State was not asked.\n";

describe('an office alone stands for the person last named with it', () => {
  it('"the Secretary" after "Education Secretary Miguel Cardona" is a mention of Cardona, at its own position', () => {
    const index = indexTexts({ 'a.txt': LOAN });
    const cardona = entityNamed(index, 'Miguel Cardona');
    const mentions = index.mentionsOf(cardona).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}-${m.range.end.character}`);
    const first = LOAN.indexOf('the Secretary') + 4;
    const second = LOAN.indexOf("the Secretary's") + 4;
    expect(mentions).toEqual(['Miguel Cardona@0:20-34', `Secretary@0:${first}-${first + 9}`, `Secretary@0:${second}-${second + 9}`]);
    // "The Secretary of State" is a longer name, not an office alone.
    expect(mentions).toHaveLength(3);
    // The office is no name of his: not his card's name, not an alias a note would match.
    expect(cardona.aliases.map((a) => a.text)).toEqual(['Miguel Cardona']);
    expect(index.matcher.matchAll('The Secretary met the press.')).toEqual([]);
  });

  it('"House Speaker" is a title ("US House Speaker Kevin McCarthy"), and "the Speaker" alone the speaker last named; "a speaker" is no one', () => {
    const text = 'She met US House Speaker Kevin McCarthy in California. The Speaker later left, and a speaker at the event spoke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const mentions = index.mentionsOf(entityNamed(index, 'Kevin McCarthy')).map((m) => `${m.text}@${m.range.start.character}`);
    expect(mentions).toEqual([`Kevin McCarthy@${text.indexOf('Kevin')}`, `Speaker@${text.indexOf('Speaker later')}`]);
    expect(index.entities.map((e) => e.name).sort()).toEqual(['California', 'Kevin McCarthy', 'United States']);
  });

  it('"the Minister for Trade" is another office, not a mention of the minister just named', () => {
    const text = 'Minister Penny Wong met the envoy. Later the Minister spoke again, but the Minister for Trade did not.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = text.indexOf('the Minister spoke') + 4;
    expect(index.mentionsOf(entityNamed(index, 'Penny Wong')).map((m) => `${m.text}@${m.range.start.character}`)).toEqual([`Penny Wong@${text.indexOf('Penny')}`, `Minister@${at}`]);
  });

  it('a vice president is no president: "a cousin of the President" after "President Ferdinand Marcos Jr." and "Vice President Sara Duterte" is a mention of Marcos (it was of Duterte, titled later); "Education Secretary" still holds "the Secretary"', () => {
    const text = 'President Ferdinand Marcos Jr. met reporters. Vice President Sara Duterte was absent. Martin Romualdez, a cousin of the President, spoke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = text.indexOf('the President') + 4;
    expect(mentionsAt(index, 'Ferdinand Marcos Jr.')).toEqual([`Ferdinand Marcos Jr.@${text.indexOf('Ferdinand')}`, `President@${at}`]);
    expect(mentionsAt(index, 'Sara Duterte')).toEqual([`Sara Duterte@${text.indexOf('Sara')}`]);
  });

  it('an office names the holder most recently named, and nobody before any holder is named', () => {
    const text =
      'The President will speak tomorrow. President Joe Biden met President Emmanuel Macron in Paris on Monday. ' +
      'The President thanked his host.\n';
    const index = indexTexts({ 'a.txt': text });
    const place = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => m.range.start.character);
    expect(place('Emmanuel Macron')).toEqual([text.indexOf('Emmanuel'), text.lastIndexOf('President')]);
    expect(place('Joe Biden')).toEqual([text.indexOf('Joe')]);
    expect(index.entities.map((e) => e.name)).not.toContain('President');
  });

  it('a capital that says nothing and a longer name are left alone ("the general public", "the General Assembly")', () => {
    const index = indexTexts({
      'a.txt': 'General Mark Milley spoke to the general public. He later addressed the General Assembly and the General-in-chief.\n',
    });
    const milley = index.mentionsOf(entityNamed(index, 'Mark Milley')).map((m) => m.text);
    expect(milley).toEqual(['Mark Milley']);
  });

  it('positions stay UTF-16 after CJK, emoji and CRLF', () => {
    const text = '北京 🌏 notes.\r\nGovernor Glenn Youngkin vetoed it.\r\n记者 🙂 said the Governor signed later.\r\n';
    const index = indexTexts({ 'a.txt': text });
    const lines = text.split('\r\n');
    const ranges = index.mentionsOf(entityNamed(index, 'Glenn Youngkin')).map((m) => [m.range.start.line, m.range.start.character, m.range.end.character]);
    expect(ranges).toEqual([
      [1, 9, 23],
      [2, lines[2]!.indexOf('Governor'), lines[2]!.indexOf('Governor') + 'Governor'.length],
    ]);
  });
});

describe('an office a name\'s appositive gives', () => {
  it('"Ahmed el-Tayeb, the Grand Imam of Al-Azhar, … The Grand Imam said" is one person (the office was a person of its own); "the Grand Canyon" and a titled name\'s other office stay apart', () => {
    const text = 'Ahmed el-Tayeb, the Grand Imam of Al-Azhar, met Justin Welby, the Archbishop of Canterbury. The Grand Imam said the meeting was warm. The Archbishop agreed. The Grand Canyon was closed, the Governor said.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const texts = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => m.text);
    expect(texts('Ahmed el-Tayeb')).toEqual(['Ahmed el-Tayeb', 'Grand Imam', 'Grand Imam']);
    expect(texts('Justin Welby')).toEqual(['Justin Welby', 'Archbishop']);
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Ahmed el-Tayeb', 'Al-Azhar', 'Canterbury', 'Grand Canyon', 'Justin Welby']);
  });
});

describe('the pope\'s office by its other name', () => {
  it('"Pope Francis met President Joe Biden. The Pontiff later left" gives "Pontiff" to Francis (it was a person of its own); not to the president last named, and "the President" stays his', () => {
    const text = 'Pope Francis met President Joe Biden in Rome. The Pontiff later left, and the President flew home.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const texts = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => m.text);
    expect(texts('Francis')).toEqual(['Francis', 'Pontiff']);
    expect(texts('Joe Biden')).toEqual(['Joe Biden', 'President']);
  });
});

describe('the offices of Ireland\'s government', () => {
  it('"Taoiseach Simon Harris said … The Taoiseach told reporters" is Harris by a title and his name, and the office alone is his (the title was in the name, "Taoiseach Simon Harris"); "Tánaiste Micheal Martin" is a title and a person (it was an other, whole); "the Taoiseach" with no holder named before stays no one\'s', () => {
    const text =
      'Taoiseach Simon Harris said Ireland would recognise a Palestinian state. The Taoiseach told reporters in Dublin that Tánaiste Micheal Martin would travel to Brussels.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Simon Harris')).toEqual([`Simon Harris@${text.indexOf('Simon')}`, `Taoiseach@${text.indexOf('Taoiseach told')}`]);
    expect(mentionsAt(index, 'Micheal Martin')).toEqual([`Micheal Martin@${text.indexOf('Micheal')}`]);
    expect(entityNamed(index, 'Micheal Martin').type).toBe('person');
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Brussels', 'Dublin', 'Ireland', 'Micheal Martin', 'Simon Harris']);
    const before = indexTexts({ 'a.txt': 'The Taoiseach will travel to Brussels. Simon Harris said on Monday that Ireland would not change its stance.\n' });
    expect(mentionsAt(before, 'Simon Harris')).toEqual([`Simon Harris@${'The Taoiseach will travel to Brussels. '.length}`]);
  });
});
