import { describe, expect, it } from 'vitest';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

type Index = ReturnType<typeof indexTexts>;

/** Each mention of the entity as "the words its range covers@line:start-end", in text order. */
const ranges = (index: Index, text: string, name: string) =>
  index.mentionsOf(entityNamed(index, name)).map((m) => {
    const line = text.split('\n')[m.range.start.line]!;
    return `${line.slice(m.range.start.character, m.range.end.character)}@${m.range.start.line}:${m.range.start.character}-${m.range.end.character}`;
  });

const span = (line: string, words: string, n = 0) => `${words}@${n}:${line.indexOf(words)}-${line.indexOf(words) + words.length}`;

describe('a town written with its region or country is one mention of the town, over both', () => {
  it('in prose, a dateline and a chain of regions; the region stays a mention of its own', () => {
    const text =
      'SEOUL, South Korea (AP) — Talks resumed.\n' +
      'She was born in Cambridge, Massachusetts, in 1951 and grew up in Oldham, Lancashire, England, and later in Portland, Ore., where she taught.\n';
    const index = indexTexts({ 'a.txt': text });
    const [dateline, prose] = text.split('\n') as [string, string];
    expect(ranges(index, text, 'Seoul')).toEqual([span(dateline, 'SEOUL, South Korea')]);
    expect(ranges(index, text, 'South Korea')).toEqual([span(dateline, 'South Korea')]);
    expect(ranges(index, text, 'Cambridge')).toEqual([span(prose, 'Cambridge, Massachusetts', 1)]);
    expect(ranges(index, text, 'Massachusetts')).toEqual([span(prose, 'Massachusetts', 1)]);
    expect(ranges(index, text, 'Oldham')).toEqual([span(prose, 'Oldham, Lancashire, England', 1)]);
    expect(ranges(index, text, 'Lancashire')).toEqual([span(prose, 'Lancashire, England', 1)]);
    expect(ranges(index, text, 'England')).toEqual([span(prose, 'England', 1)]);
    expect(ranges(index, text, 'Portland')).toEqual([span(prose, 'Portland, Ore.', 1)]);
    // The mention's text is still the town's name, and so is its entity's.
    expect(index.mentionsOf(entityNamed(index, 'Cambridge')).map((m) => m.text)).toEqual(['Cambridge']);
    expect(index.entities.map((e) => e.name)).not.toContain('Cambridge, Massachusetts');
  });

  it('not the subject of the main clause after a sentence\'s opening phrase: "On Friday at Kelsworth, England will play", "in Cardiff, Wales fans could"', () => {
    const text =
      'On Friday at Kelsworth, England will play their 500th Test.\n' +
      'Yet on the eve of the series opener in Cardiff, Wales fans could be forgiven for some worry.\n' +
      'In Hartford, Connecticut, the groundsman has prepared the pitch.\n';
    const index = indexTexts({ 'a.txt': text });
    const [first, second, third] = text.split('\n') as [string, string, string];
    expect(ranges(index, text, 'Kelsworth')).toEqual([span(first, 'Kelsworth')]);
    expect(ranges(index, text, 'England')).toEqual([span(first, 'England')]);
    expect(ranges(index, text, 'Cardiff')).toEqual([span(second, 'Cardiff', 1)]);
    expect(ranges(index, text, 'Wales')).toEqual([span(second, 'Wales', 1)]);
    // A comma after the region keeps the address whole.
    expect(ranges(index, text, 'Hartford')).toEqual([span(third, 'Hartford, Connecticut', 2)]);
  });

  it('with a country that takes its article: "Amsterdam, the Netherlands", not "Rome, the capital"', () => {
    const text = 'She studied in Amsterdam, the Netherlands, and flew to Rome, the capital, in May.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(ranges(index, text, 'Amsterdam')).toEqual([span(text, 'Amsterdam, the Netherlands')]);
    expect(ranges(index, text, 'Netherlands')).toEqual([span(text, 'Netherlands')]);
    expect(ranges(index, text, 'Rome')).toEqual([span(text, 'Rome')]);
  });

  it('only a country whose name takes "the" after it: "Pat Cummins, the Australia captain" was one mention over "the Australia"; "Manila, the Philippines" and "Leeds, the UK" are still addresses', () => {
    const text = 'Pat Cummins, the Australia captain, missed the Champions Trophy.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(ranges(index, text, 'Pat Cummins')).toEqual([span(text, 'Pat Cummins')]);
    expect(ranges(index, text, 'Australia')).toEqual([span(text, 'Australia')]);
    const addresses = 'She moved to Manila, the Philippines, and then to Leeds, the UK, in 2001.\n';
    const near = indexTexts({ 'a.txt': addresses });
    expect(ranges(near, addresses, 'Manila')).toEqual([span(addresses, 'Manila, the Philippines')]);
    expect(ranges(near, addresses, 'Leeds')).toEqual([span(addresses, 'Leeds, the UK')]);
  });

  it('a town no list knows, after "the town of" or "the village of": "the modern town of Esna, Egypt" is one mention of Esna (it was "Esna" and "Egypt" apart); not before a possessive', () => {
    const text = 'He founded a monastery near the modern town of Esna, Egypt. Shelling hit the village of Krasnohorivka, Ukraine’s army said.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(ranges(index, text, 'Esna')).toEqual([span(text, 'Esna, Egypt')]);
    expect(ranges(index, text, 'Egypt')).toEqual([span(text, 'Egypt')]);
    expect(ranges(index, text, 'Krasnohorivka')).toEqual([span(text, 'Krasnohorivka')]);
  });

  it('not in a list of places, before a country, or before a possessive', () => {
    const text = 'Flights to Paris, London and Rome resumed. Ohio, Texas, and Florida sued. France, Germany and Italy agreed. Voters in Dallas, Texas’s largest county, waited.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(ranges(index, text, 'Paris')).toEqual([span(text, 'Paris')]);
    expect(ranges(index, text, 'Ohio')).toEqual([span(text, 'Ohio')]);
    expect(ranges(index, text, 'France')).toEqual([span(text, 'France')]);
    expect(ranges(index, text, 'Dallas')).toEqual([span(text, 'Dallas')]);
  });

  it('not in a list going on after a country\'s name: "for North Carolina, South Carolina, Georgia, Florida and Virginia" was one mention "North Carolina, South Carolina, Georgia" (Georgia is a country too)', () => {
    const text = 'Biden approved declarations for North Carolina, South Carolina, Georgia, Florida and Virginia. She moved to Tbilisi, Georgia, in 2001.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(ranges(index, text, 'North Carolina')).toEqual([span(text, 'North Carolina')]);
    expect(ranges(index, text, 'South Carolina')).toEqual([span(text, 'South Carolina')]);
    expect(ranges(index, text, 'Tbilisi')).toEqual([span(text, 'Tbilisi, Georgia')]);
  });

  it('not before a title the country word qualifies: "In Riyadh, Saudi Crown Prince …" was one mention "Riyadh, Saudi"', () => {
    const text = 'In Riyadh, Saudi Crown Prince Mohammed bin Salman received the envoy. She grew up in Preston, Victoria, Australia On Saturday.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(ranges(index, text, 'Riyadh')).toEqual([span(text, 'Riyadh')]);
    expect(ranges(index, text, 'Mohammed bin Salman')).toEqual([span(text, 'Mohammed bin Salman')]);
    expect(ranges(index, text, 'Preston')).toEqual([span(text, 'Preston, Victoria, Australia')]);
  });

  it('not a person opening a sentence before the country of his post: "Ali Vaez, Iran project director at the International Crisis Group, said" was one mention "Ali Vaez, Iran"', () => {
    const text = 'Tehran wants time. Ali Vaez, Iran project director at the International Crisis Group, said the deal bought time. Sochi, Russia, hosted the talks.\n';
    const index = indexTexts({ 'a.txt': text });
    expect(ranges(index, text, 'Ali Vaez')).toEqual([span(text, 'Ali Vaez')]);
    expect(entityNamed(index, 'Ali Vaez').type).toBe('person');
    expect(ranges(index, text, 'Sochi')).toEqual([span(text, 'Sochi, Russia')]);
  });

  it('a town in capitals with its state after a comma is a place, where no dateline was read ("HELENA, Mont. —" after another paragraph was an organization, as an acronym)', () => {
    const text = 'This long paragraph opens the page and says nothing about anyone at all, nothing at all.\n\nHELENA, Mont. — Margaret Ellison died Tuesday.\n';
    const index = indexTexts({ 'a.md': text });
    const line = text.split('\n')[2]!;
    expect(ranges(index, text, 'HELENA')).toEqual([span(line, 'HELENA, Mont.', 2)]);
    expect(entityNamed(index, 'HELENA').type).toBe('place');
  });
});
