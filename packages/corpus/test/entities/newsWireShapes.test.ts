import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { indexFixtureStory, mentionsAtLines as mentionsOf, typeOf, entityNames as names } from '../helpers/indexTexts.js';

// Short wire stories written for these tests (test/fixtures/news-wire-shapes), each indexed alone as
// a corpus of one article, with invented people: name particles in a headline, an Egyptian resort,
// college conferences, Spanish names with "de los"/"de las". Mentions are "text@line:character".

const indexStory = (name: string): CorpusIndex => indexFixtureStory('news-wire-shapes', name);

describe('wire shapes: name particles in a headline', () => {
  it('"EU chief von der Leyen warns …", "Dutch minister van der Berg backs …": the lower-case particles are the title mention\'s (it was "Leyen" and "Berg")', () => {
    const index = indexStory('eu-headline.txt');
    expect(mentionsOf(index, 'Ursula von der Leyen')).toEqual(['von der Leyen@0:9', 'Ursula von der Leyen@2:51', 'Von der Leyen@2:154']);
    expect(mentionsOf(index, 'Joost van der Berg')).toEqual(['van der Berg@0:64', 'Joost van der Berg@4:21', 'van der Berg@4:112']);
    expect(typeOf(index, 'Joost van der Berg')).toBe('person');
  });
});

describe('wire shapes: places', () => {
  it('"met in Sharm el-Sheikh on Monday": the resort is a place (its "Sheikh" made it a person); Ras al-Khaimah and Dar es Salaam stay places', () => {
    const index = indexStory('sharm-talks.txt');
    expect(mentionsOf(index, 'Sharm el-Sheikh')).toEqual(['Sharm el-Sheikh@0:27', 'Sharm el-Sheikh@2:32', 'Sharm el-Sheikh@2:135']);
    expect(typeOf(index, 'Sharm el-Sheikh')).toBe('place');
    expect(typeOf(index, 'Ras al-Khaimah')).toBe('place');
    expect(typeOf(index, 'Dar es Salaam')).toBe('place');
  });
});

describe('wire shapes: college conferences', () => {
  it('"clinched the Mountain West title", "won the Big West", "second in the Big Ten": conferences named by two dictionary words are bodies (all three were dropped)', () => {
    const index = indexStory('conference-title.txt');
    expect(mentionsOf(index, 'Big West')).toEqual(['Big West@0:24', 'Big West@2:138']);
    expect(mentionsOf(index, 'Mountain West')).toEqual(['Mountain West@2:87']);
    expect(mentionsOf(index, 'Big Ten')).toEqual(['Big Ten@2:208']);
    for (const conference of ['Big West', 'Mountain West', 'Big Ten']) expect([conference, typeOf(index, conference)]).toEqual([conference, 'organization']);
  });
});

describe('wire shapes: Spanish names', () => {
  it('"María de los Ángeles Pérez", "Lawyer Juan de las Heras": "de los" and "de las" inside a name keep it whole (it was "María" and "Ángeles Pérez", "Lawyer Juan" and "Heras")', () => {
    const index = indexStory('spanish-names.txt');
    expect(mentionsOf(index, 'María de los Ángeles Pérez')).toEqual(['María de los Ángeles Pérez@2:35']);
    expect(mentionsOf(index, 'Juan de las Heras')).toEqual(['Juan de las Heras@2:128']);
    expect(typeOf(index, 'Juan de las Heras')).toBe('person');
    expect(names(index)).not.toContain('Heras');
  });
});

describe('wire shapes: a nickname that is also a team', () => {
  it('\'Earvin "Magic" Okafor scored 31 points and the Magic beat the Nuggets\': "the Magic" is the team, not the player (he became an organisation); \'"Magic" hit four three-pointers\', quoted, is the player', () => {
    const index = indexStory('nickname-team.txt');
    expect(mentionsOf(index, 'Earvin "Magic" Okafor')).toEqual(['Okafor@0:0', 'Earvin "Magic" Okafor@2:21', 'Magic@4:1']);
    expect(typeOf(index, 'Earvin "Magic" Okafor')).toBe('person');
    expect(mentionsOf(index, 'Magic')).toEqual(['Magic@2:68', 'Magic@4:59']);
    expect(typeOf(index, 'Magic')).toBe('organization');
  });
});

describe('wire shapes: grounds', () => {
  it('"City won 3-0 at the Etihad": one word after "at the" in a match report is the ground, a place (it was other); "the Emirates" and "Anfield" stay places', () => {
    const index = indexStory('grounds.txt');
    expect(mentionsOf(index, 'Etihad')).toEqual(['Etihad@2:118', 'Etihad@4:36']);
    expect(typeOf(index, 'Etihad')).toBe('place');
    expect(typeOf(index, 'Anfield')).toBe('place');
    expect(typeOf(index, 'Manchester City')).toBe('organization');
  });
});

describe('wire shapes: a file that holds its headline alone', () => {
  it('"Velmora Shares Jump After Strong Quarter", "Okafor Named Coach as Magic Rebuild": a verb\'s form ends the unknown name, and nothing vouches for the rest (they were "Velmora Shares Jump" and "Okafor Named Coach")', () => {
    expect(names(indexStory('headline-only.txt'))).toEqual([]);
    expect(names(indexStory('headline-only-sport.txt'))).toEqual([]);
  });
});

describe('wire shapes: made things after "of"', () => {
  it('"change the label of Wegovy", "a shortage of Ozempic", "prescriptions of Mounjaro", "doses of Paxlovid": products (Wegovy was a body by the record label\'s "label", the rest other)', () => {
    const index = indexStory('drug-label.txt');
    expect(mentionsOf(index, 'Wegovy')).toEqual(['Wegovy@2:75']);
    for (const drug of ['Wegovy', 'Ozempic', 'Mounjaro', 'Paxlovid']) expect([drug, typeOf(index, drug)]).toEqual([drug, 'product']);
    expect(typeOf(index, 'Novo Nordisk')).toBe('organization');
  });
});

describe('wire shapes: state universities', () => {
  it('"Ohio State beat Michigan State 42-27", "Penn State lost to Iowa State": a state\'s university named by its state and "State" is one body (they were the states and a stray "State", Penn State a person); "the Ohio State Highway Patrol" holds the state', () => {
    const index = indexStory('state-universities.txt');
    expect(mentionsOf(index, 'Ohio State')).toEqual(['Ohio State@0:0', 'Ohio State@2:70']);
    expect(mentionsOf(index, 'Michigan State')).toEqual(['Michigan State@0:22', 'Michigan State@2:86']);
    for (const school of ['Ohio State', 'Michigan State', 'Penn State', 'Iowa State', 'Kent State', 'Ball State', 'Arizona State']) expect([school, typeOf(index, school)]).toEqual([school, 'organization']);
    expect(mentionsOf(index, 'Ohio')).toEqual(['Ohio@2:10', 'Ohio@4:4']);
    expect(mentionsOf(index, 'Ohio State Highway Patrol')).toEqual(['Ohio State Highway Patrol@4:4']);
  });
});
