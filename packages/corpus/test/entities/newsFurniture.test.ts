import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexTexts } from '../helpers/indexTexts.js';

// Shapes of news copy whose capitals say little (test/fixtures/news-furniture): a profile's fact
// box, quoted headlines, editors' brackets in quotations, dictionary words opening sentences.
// Each mention is written "file text@line:character [type]" (LSP positions).

function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/news-furniture/${name}`, import.meta.url), 'utf8');
}

function indexFixtures(...names: string[]): CorpusIndex {
  return indexTexts(Object.fromEntries(names.map((name) => [name, fixture(name)])));
}

/** The mentions of one file, in reading order. */
function mentionsIn(index: CorpusIndex, file: string): string[] {
  const found = index.entities.flatMap((e) => index.mentionsOf(e).filter((m) => m.file === file).map((m) => ({ m, type: e.type })));
  found.sort((a, b) => a.m.range.start.line - b.m.range.start.line || a.m.range.start.character - b.m.range.start.character);
  return found.map(({ m, type }) => `${m.text}@${m.range.start.line}:${m.range.start.character} [${type}]`);
}

describe("a profile's fact box", () => {
  it('"Education Radcliffe College", "Awards Wole Soyinka Prize for …": a label opening a line of the box is no word of the name after it', () => {
    const obituary = mentionsIn(indexFixtures('obituary-infobox.txt'), 'obituary-infobox.txt');
    expect(obituary).toContain('Radcliffe College@8:10 [organization]');
    const profile = mentionsIn(indexFixtures('profile-okonjo.txt'), 'profile-okonjo.txt');
    expect(profile).toContain('Wole Soyinka Prize for Investigative Reporting@9:7 [other]');
    expect(profile).toContain('Tunde Bakare@7:10 [person]');
  });

  it('"Nationality Kenyan", "Event Marathon", "Nationality Swedish" name nothing; the box\'s people and places stay', () => {
    const athlete = mentionsIn(indexFixtures('profile-athlete.txt'), 'profile-athlete.txt');
    expect(athlete.slice(0, 3)).toEqual(['Valencia@0:35 [place]', 'Daniel Kiprop Mutai@3:10 [person]', 'Patrick Sang@9:11 [person]']);
    const politician = mentionsIn(indexFixtures('profile-lindqvist.txt'), 'profile-lindqvist.txt');
    expect(politician.filter((m) => /@(?:[5-9]|10):/.test(m))).toEqual([
      'Uppsala@5:0 [place]',
      'Sweden@5:9 [place]',
      'Social Democrats@6:16 [organization]',
      'Karin Lindqvist@7:7 [person]',
      'Uppsala@8:11 [place]',
      'Uppsala University@8:11 [organization]',
      'Stockholm@10:10 [place]',
    ]);
  });
});

describe('quotations in title case', () => {
  it('"Why I Left Goldman Sachs", "Is Europe Ready For War?", "Obama Meets Putin In Geneva": of the quoted headline\'s capitals only names count, cut from the verbs and dictionary words around them', () => {
    const found = mentionsIn(indexFixtures('quoted-headlines.txt'), 'quoted-headlines.txt');
    expect(found.filter((m) => /@[246]:/.test(m) && !m.startsWith('Wall Street') && !m.startsWith('NEW YORK') && !m.startsWith('Reuters'))).toEqual([
      'Goldman Sachs@2:76 [organization]',
      'Greg Smith@2:106 [person]',
      'New York Times@4:22 [organization]',
      'Columbia@4:68 [place]',
      'Columbia University@4:68 [organization]',
      'Europe@4:100 [place]',
      'Smith@6:0 [person]',
      'Clients Come Last Again@6:50 [other]',
      'Obama@6:153 [other]',
      'Putin@6:165 [other]',
      'Geneva@6:174 [place]',
    ]);
  });
});

describe("an editor's brackets in a quotation", () => {
  it('"[Franklin D.] Roosevelt", "[Jean-Claude] Juncker", "[Michel] Barnier" are whole names, written from the opening bracket (they were "Franklin D" and "Roosevelt", "Jean-Claude" and "Juncker", then ranges from the first word in the brackets, "Franklin D.] Roosevelt")', () => {
    const found = mentionsIn(indexFixtures('quotes-brackets.txt'), 'quotes-brackets.txt');
    expect(found).toContain('Jean-Claude Juncker@4:1 [person]');
    expect(found).toContain('Michel Barnier@4:154 [person]');
    expect(found).toContain('Franklin D. Roosevelt@8:68 [person]');
    expect(found).toContain('Winston Churchill@8:96 [person]');
    expect(found).toContain('Barnier@10:0 [person]');
    expect(found.filter((m) => /^(?:Franklin D|Jean-Claude|Michel|Winston|Roosevelt|Churchill)@/.test(m))).toEqual([]);
  });

  it('"[FBI Director Kash] Patel", "[Attorney General Pam] Bondi" are the people, their titles apart; "I met [President] Biden" keeps the title out of the name', () => {
    const found = mentionsIn(indexFixtures('quotes-brackets-us.txt'), 'quotes-brackets-us.txt');
    expect(found.filter((m) => /@[46]:/.test(m))).toEqual([
      'Grassley@4:43 [person]',
      'Christopher Wray@4:59 [person]',
      'Grassley@6:13 [person]',
      'FBI@6:35 [organization]',
      'Kash Patel@6:48 [person]',
      'Pam Bondi@6:124 [person]',
    ]);
    const biden = indexTexts({ 'a.txt': '"I met [President] Biden twice," she said.\n' });
    expect(mentionsIn(biden, 'a.txt')).toEqual(['Biden@0:19 [other]']);
  });

  it('an interview\'s "[George H. W.] Bush in 88" outside quotes is the name from its opening bracket, no range holding a "]" it never opened', () => {
    const index = indexTexts({ 'a.txt': 'Republicans won with Reagan in 80 and 84, [George H. W.] Bush in 88 and 92, and [Phil] Gramm ran in 96.\n' });
    expect(mentionsIn(index, 'a.txt')).toEqual(['Republicans@0:0 [person]', 'Reagan@0:21 [person]', 'George H. W. Bush@0:42 [person]', 'Phil Gramm@0:80 [person]']);
  });
});

describe('dictionary words opening a sentence', () => {
  it('"Games were postponed", "Daily temperatures have topped 40C" name nothing, though another file names "the Games" and "the Daily"; that file\'s own stay', () => {
    const index = indexFixtures('commonwealth-games.txt', 'heat-wave-spain.txt');
    expect(mentionsIn(index, 'heat-wave-spain.txt').filter((m) => /^(?:Games|Daily|Symphony)@/.test(m))).toEqual([]);
    expect(mentionsIn(index, 'commonwealth-games.txt')).toContain('Games@2:134 [event]');
    expect(mentionsIn(index, 'commonwealth-games.txt')).toContain('Daily@4:64 [organization]');
  });
});

describe("a transcript's turns", () => {
  it('"GEN. MARIA T. OKAFOR:" then "MR. ROGERS:": two labels with titles make a dialogue, so the later "OKAFOR:" is she; "Q. Did the department …" is a question, no person "Q. Did"; "Thank you, Mr. Chairman" is the office addressed, from its honorific', () => {
    const found = mentionsIn(indexFixtures('transcript-deposition.txt'), 'transcript-deposition.txt');
    expect(found.filter((m) => /@(?:[4-9]|1\d):/.test(m))).toEqual([
      'MARIA T. OKAFOR@4:5 [person]',
      'Chairman@4:33 [person]',
      'ROGERS@6:4 [person]',
      'Navy@6:50 [organization]',
      'Guam@6:63 [place]',
      'OKAFOR@8:0 [person]',
      'Japan@12:32 [place]',
    ]);
    const index = indexFixtures('transcript-deposition.txt');
    expect(index.mentionsOf(index.entities.find((e) => e.name === 'Maria T. Okafor')!).map((m) => m.text)).toEqual(['Maria T. Okafor', 'MARIA T. OKAFOR', 'OKAFOR']);
  });
});
