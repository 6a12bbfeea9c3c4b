import { describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/corpusIndex/corpusIndex.js';
import { allSurfaces, entityNamed, indexTexts, surfaces, mentionsAt } from '../helpers/indexTexts.js';

/** An entity's mentions as "text@line:character". */
function mentionsWithLines(index: CorpusIndex, name: string): string[] {
  return index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
}

describe('merging: one entity per real-world thing, every surface form kept', () => {
  it('a surname alone stands for the full name given earlier in the article', () => {
    const index = indexTexts({ 'a.txt': 'Russian President Vladimir Putin met envoys on Monday. Putin later said the talks went well.\n' });
    expect(surfaces(index, 'Vladimir Putin')).toEqual(['Vladimir Putin', 'Putin']);
  });

  it('Portuguese and Filipino particles join a surname as "de" does: "José Eduardo dos Santos … Dos Santos ruled", "Senator Bato dela Rosa … Dela Rosa said" are one person each; "the dos and don\'ts" names no one', () => {
    const text = 'Former Angolan President José Eduardo dos Santos died in Barcelona. Dos Santos ruled for 38 years. Senator Bato dela Rosa said he expected arrest. Dela Rosa said he would not run.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'José Eduardo dos Santos')).toEqual(['José Eduardo dos Santos', 'Dos Santos']);
    expect(surfaces(index, 'Bato dela Rosa')).toEqual(['Bato dela Rosa', 'Dela Rosa']);
    const words = indexTexts({ 'a.txt': 'Officials in Lisbon listed the dos and don\'ts for visitors.\n' });
    expect(words.entities.map((e) => e.name)).toEqual(['Lisbon']);
  });

  it('the Welsh "ap" joins a given name and a surname as "de" does: "Rhun ap Iorwerth … Ap Iorwerth said … with ap Iorwerth" is one person ("Rhun" and "Iorwerth" were apart, and "Ap" the Associated Press)', () => {
    const text = "Plaid Cymru's leader, Rhun ap Iorwerth, said the minister should resign. Ap Iorwerth said Plaid would stand everywhere. Talks with ap Iorwerth failed.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Rhun ap Iorwerth')).toEqual(['Rhun ap Iorwerth', 'Ap Iorwerth', 'ap Iorwerth']);
    expect(index.entities.map((e) => e.name)).not.toContain('Associated Press');
  });

  it('a quoted nickname before a surname\'s particles stays in the name: \'Senator Ronald "Bato" dela Rosa … Dela Rosa said … Bato later told\' is one person (it was "Ronald", "Bato" and "dela Rosa")', () => {
    const text = 'Senator Ronald "Bato" dela Rosa, who led the police, was not at the airport. Dela Rosa said he would not surrender. Bato later told the Senate he was ready.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Ronald "Bato" dela Rosa')).toEqual(['Ronald "Bato" dela Rosa', 'Dela Rosa', 'Bato']);
  });

  it('a surname written with its particles ("Von der Leyen", "Le Pen") stands for the full name, in its article and in another; an adverb before the particles is cut off, not taken for a title ("Later von der Leyen left")', () => {
    const a = 'Ursula von der Leyen met Marine Le Pen in Paris on Monday. Von der Leyen said the talks went well, while Le Pen objected. Later von der Leyen left.';
    const index = indexTexts({ 'a.txt': a + '\n', 'b.txt': 'On Tuesday, Von der Leyen said Le Pen was wrong.\n' });
    expect(mentionsWithLines(index, 'Ursula von der Leyen')).toEqual([
      'Ursula von der Leyen@0:0',
      `Von der Leyen@0:${a.indexOf('Von der Leyen')}`,
      `von der Leyen@0:${a.lastIndexOf('von der Leyen')}`,
      `Von der Leyen@0:${'On Tuesday, '.length}`,
    ]);
    expect(mentionsWithLines(index, 'Marine Le Pen')).toEqual(['Marine Le Pen@0:25', `Le Pen@0:${a.indexOf('Le Pen objected')}`, `Le Pen@0:${'On Tuesday, Von der Leyen said '.length}`]);
    expect(entityNamed(index, 'Ursula von der Leyen').descriptions).toEqual([]);
  });

  it('an adverb of time opening a sentence is cut off a name of dictionary words too ("Later Tiger Woods said" was one name, "Later Tiger Woods"), as it is before other names ("Yesterday Grace Mugabe")', () => {
    const text = 'Tiger Woods, a golfer, finished tied for 20th. Later Tiger Woods said he was happy. Yesterday Grace Mugabe left.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Tiger Woods')).toEqual(['Tiger Woods@0', `Tiger Woods@${text.indexOf('Tiger Woods said')}`]);
    expect(mentionsAt(index, 'Grace Mugabe')).toEqual([`Grace Mugabe@${text.indexOf('Grace')}`]);
  });

  it('"Congress" alone, a body the lists know by its head word, is the article\'s party of that head word ("the Indian National Congress … Congress leader Rahul Gandhi"), in no other article the US Congress; with the U.S. Congress named too it is neither\'s', () => {
    const india = 'The opposition bloc, led by the Indian National Congress, won 234 seats. Congress leader Rahul Gandhi said voters had spoken.';
    const us = 'Lawmakers met on Monday. Congress passed the budget.';
    const index = indexTexts({ 'a.txt': india + '\n', 'b.txt': us + '\n' });
    expect(surfaces(index, 'Indian National Congress')).toEqual(['Indian National Congress', 'Congress']);
    expect(surfaces(index, 'Congress')).toEqual(['Congress']);
    const both = 'The Indian National Congress won 99 seats. In Washington, the U.S. Congress passed a bill. Congress will vote again.';
    const other = indexTexts({ 'a.txt': both + '\n' });
    expect(surfaces(other, 'Indian National Congress')).toEqual(['Indian National Congress']);
  });

  it('a city its sentence makes a body\'s is the article\'s one club closing with it, known or not ("Real Madrid … Madrid coach Carlo Ancelotti", "Olimpia Kraków … Kraków coach"); "Fans in Madrid" stay in the city, and the place of an "of" name has no club ("the Bank of England … England coach")', () => {
    const text = 'Real Madrid beat Borussia Dortmund 2-0 on Saturday. Madrid coach Carlo Ancelotti said his team never gives up. Fans in Madrid celebrated.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Real Madrid')).toEqual([`Real Madrid@0`, `Madrid@${text.indexOf('Madrid coach')}`]);
    expect(mentionsAt(index, 'Madrid')).toEqual([`Madrid@${text.lastIndexOf('Madrid')}`]);
    const unknown = 'Olimpia Kraków won the cup on Sunday. Kraków coach Jan Nowak said the players were tired.';
    expect(surfaces(indexTexts({ 'a.txt': unknown + '\n' }), 'Olimpia Kraków')).toEqual(['Olimpia Kraków', 'Kraków']);
    const bank = 'The Bank of England raised rates on Thursday. England coach Thomas Tuchel named his squad.';
    expect(surfaces(indexTexts({ 'a.txt': bank + '\n' }), 'Bank of England')).toEqual(['Bank of England']);
  });

  it('a body\'s name without the country\'s adjective opening it is that body: "The American Red Cross opened a shelter … Red Cross volunteers", "The Chinese Communist Party … The Communist Party said" were two bodies each; with two such parties the bare name is neither\'s', () => {
    const text = 'The American Red Cross opened a shelter. Red Cross volunteers handed out water. The Chinese Communist Party met in Beijing. The Communist Party said growth would continue.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'American Red Cross')).toEqual(['American Red Cross', 'Red Cross']);
    expect(surfaces(index, 'Chinese Communist Party')).toEqual(['Chinese Communist Party', 'Communist Party']);
    const two = indexTexts({ 'a.txt': 'The Chinese Communist Party and the Vietnamese Communist Party met. The Communist Party said so.\n' });
    expect(surfaces(two, 'Chinese Communist Party')).toEqual(['Chinese Communist Party']);
    expect(surfaces(two, 'Communist Party')).toEqual(['Communist Party']);
  });

  it('a body\'s name without the "International" opening it is that body: "The International Crisis Group warned … Crisis Group analysts said" were two bodies; "Olympic Committee" beside two such committees is neither\'s', () => {
    const text = 'The International Crisis Group warned of famine on Monday. Crisis Group analysts said aid had stalled. The International Rescue Committee opened a clinic, and Rescue Committee staff treated 300 people.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'International Crisis Group')).toEqual(['International Crisis Group', 'Crisis Group']);
    expect(surfaces(index, 'International Rescue Committee')).toEqual(['International Rescue Committee', 'Rescue Committee']);
    const two = indexTexts({ 'a.txt': 'The International Olympic Committee and the International Paralympic Committee met. The Crisis Group said so.\n' });
    expect(surfaces(two, 'International Olympic Committee')).toEqual(['International Olympic Committee']);
    expect(surfaces(two, 'Crisis Group')).toEqual(['Crisis Group']);
  });

  it('a known place\'s officials are its government\'s, no club\'s: "the Chicago Bulls … Chicago officials said the city would honour the team" gave the city to the club; "Chicago coach Billy Donovan" stays the club\'s and "Hamas officials" a body', () => {
    const text = 'The Chicago Bulls won 101-99 on Friday. Chicago officials said the city would honour the team with a parade.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Chicago')).toEqual([`Chicago@${text.indexOf('Chicago')}`, `Chicago@${text.indexOf('Chicago officials')}`]);
    expect(surfaces(index, 'Chicago Bulls')).toEqual(['Chicago Bulls']);
    expect(entityNamed(index, 'Chicago').type).toBe('place');
    const coach = indexTexts({ 'a.txt': 'The Chicago Bulls won 101-99 on Friday. Chicago coach Billy Donovan praised the defence.\n' });
    expect(surfaces(coach, 'Chicago Bulls')).toEqual(['Chicago Bulls', 'Chicago']);
    expect(entityNamed(indexTexts({ 'a.txt': 'Hamas officials said the talks had failed.\n' }), 'Hamas').type).toBe('organization');
    // So are its leaders, since a party's name before "leader" says a body ("Chicago leaders" went to the Bulls again).
    const leaders = 'The Chicago Bulls won 101-99 on Friday. Chicago leaders said the city would pay for a parade.';
    expect(mentionsAt(indexTexts({ 'a.txt': leaders + '\n' }), 'Chicago')).toEqual([`Chicago@${leaders.indexOf('Chicago')}`, `Chicago@${leaders.indexOf('Chicago leaders')}`]);
    expect(entityNamed(indexTexts({ 'a.txt': 'Hamas leaders said the talks had failed.\n' }), 'Hamas').type).toBe('organization');
  });

  it('a city that "will face" or "will play" a side in a sentence of a match\'s words is the article\'s club: "Real Madrid beat Manchester City on penalties. Madrid will face Bayern Munich in the semi-finals" left the city; "Fans in Madrid celebrated" and "Madrid will host the summit" stay the city', () => {
    const text = 'Real Madrid beat Manchester City on penalties. Madrid will face Bayern Munich in the semi-finals. Fans in Madrid celebrated. Madrid will host the summit next year.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Real Madrid')).toEqual(['Real Madrid@0', `Madrid@${text.indexOf('Madrid will face')}`]);
    expect(mentionsAt(index, 'Madrid')).toEqual([`Madrid@${text.indexOf('Madrid celebrated')}`, `Madrid@${text.indexOf('Madrid will host')}`]);
  });

  it('"the City manager" after "Manchester City" is the club, its people after its closer; "Bankers in the City said the pound fell" stays the district', () => {
    const text = 'Manchester City drew 1-1 with Arsenal on Sunday. The City manager Pep Guardiola said it was fair. Bankers in the City said the pound fell.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Manchester City')).toEqual(['Manchester City@0', `City@${text.indexOf('City manager')}`]);
    expect(mentionsAt(index, 'City')).toEqual([`City@${text.indexOf('City said')}`]);
  });

  it('a city a goal "gave the lead" or "put ahead" in a sentence of a match\'s words is the article\'s club: "Rodrygo gave Madrid the lead in the 10th minute" left the city; "Fans in Madrid celebrated" stays the city', () => {
    const text = 'Real Madrid beat Villarreal 2-1 on Saturday. Rodrygo gave Madrid the lead in the 10th minute. Fans in Madrid celebrated.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Real Madrid')).toEqual(['Real Madrid@0', `Madrid@${text.indexOf('Madrid the lead')}`]);
    expect(mentionsAt(index, 'Madrid')).toEqual([`Madrid@${text.indexOf('Madrid celebrated')}`]);
  });

  it('a city whose result or play its sentence tells is the article\'s club closing with it: "Girona beat Real Madrid … It was Madrid\'s first home defeat", "scored many goals for Madrid"; "Madrid\'s mayor" and "flew to Madrid for talks" stay in the city', () => {
    const text =
      'Girona beat Real Madrid 2-1 on Sunday. It was Madrid\'s first home defeat of the season. Jude Bellingham, who has scored many goals for Madrid, missed a penalty. ' +
      'Madrid\'s mayor praised the fans. The coach later flew to Madrid for talks.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Real Madrid')).toEqual([`Real Madrid@${text.indexOf('Real')}`, `Madrid@${text.indexOf("Madrid's first")}`, `Madrid@${text.indexOf('Madrid, missed')}`]);
    expect(mentionsAt(index, 'Madrid')).toEqual([`Madrid@${text.indexOf("Madrid's mayor")}`, `Madrid@${text.lastIndexOf('Madrid')}`]);
  });

  it('a city before a verb of a match is the article\'s club named after it: "The Boston Celtics beat the New York Knicks … Boston rallied late" left the city; "Fans in Boston cheered" stays the city', () => {
    const text = 'The Boston Celtics beat the New York Knicks on Monday. Boston rallied late in the fourth quarter. Fans in Boston cheered.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Boston Celtics')).toEqual([`Boston Celtics@${text.indexOf('Boston Celtics')}`, `Boston@${text.indexOf('Boston rallied')}`]);
    expect(mentionsAt(index, 'Boston')).toContain(`Boston@${text.lastIndexOf('Boston')}`);
  });

  it('a city after "in" or "at" is no subject of the verb after it: "The rally in Raleigh drew thousands" and "The march in Boston drew crowds" were bodies; "Boston rallied late" still is the club', () => {
    const text = 'The rally in Raleigh drew thousands on Saturday. The march in Boston drew crowds too.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Raleigh').type).toBe('place');
    expect(entityNamed(index, 'Boston').type).toBe('place');
  });

  it('the short names sports pages give clubs are theirs: "Bayern coach Thomas Tuchel" and "BVB goalkeeper Gregor Kobel" after "Borussia Dortmund beat Bayern Munich" were two bodies apart; "from across Bavaria" stays the state', () => {
    const text = 'Borussia Dortmund beat Bayern Munich 2-0 on Saturday. BVB goalkeeper Gregor Kobel made saves. Bayern coach Thomas Tuchel said his team had no rhythm. Fans came from across Bavaria.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Bayern Munich')).toEqual(['Bayern Munich', 'Bayern']);
    expect(surfaces(index, 'Borussia Dortmund')).toEqual(['Borussia Dortmund', 'BVB']);
    expect(entityNamed(index, 'Bavaria').type).toBe('place');
  });

  it('a city its sentence makes a place is no short form of a name closing with it: "Bayern Munich … their first win in Munich", "Abraham Lincoln … fans from Lincoln"; "Dortmund are fifth" and "Lincoln said" still are', () => {
    const text =
      'Borussia Dortmund beat Bayern Munich 2-0 on Saturday. It was their first win in Munich in a decade. Dortmund are fifth. ' +
      'Abraham Lincoln was shot in 1865. Lincoln said little. Fans arrived from Lincoln.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Bayern Munich')).toEqual(['Bayern Munich']);
    expect(mentionsAt(index, 'Munich')).toEqual([`Munich@${text.indexOf('Munich in')}`]);
    expect(surfaces(index, 'Borussia Dortmund')).toEqual(['Borussia Dortmund', 'Dortmund']);
    expect(mentionsAt(index, 'Abraham Lincoln')).toEqual([`Abraham Lincoln@${text.indexOf('Abraham')}`, `Lincoln@${text.indexOf('Lincoln said')}`]);
    expect(mentionsAt(index, 'Lincoln')).toEqual([`Lincoln@${text.lastIndexOf('Lincoln')}`]);
  });

  it('a surname with letters English does not write is no dictionary word, though it folds to one: "Prime Minister Jonas Gahr Støre … Gahr Støre faces" is one person, with no "Jonas Gahr" inside; "The Jeff McBride Store" is a shop named after Jeff McBride', () => {
    const text = 'Prime Minister Jonas Gahr Støre said the courts must be allowed to do their work. Gahr Støre faces a general election next month.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.entities.map((e) => e.name)).toEqual(['Jonas Gahr Støre']);
    expect(surfaces(index, 'Jonas Gahr Støre')).toEqual(['Jonas Gahr Støre', 'Gahr Støre']);
    const shop = indexTexts({ 'a.txt': 'The Jeff McBride Store opened on Monday. Jeff McBride said he was proud.\n' });
    expect(surfaces(shop, 'Jeff McBride')).toEqual(['Jeff McBride', 'Jeff McBride']);
  });

  it('a given name and a father\'s name after "bin" stand for the full name with its family name: "Prince Faisal bin Farhan Al Saud … Faisal bin Farhan said" is one person; his brother "Khalid bin Farhan" is another', () => {
    const text = 'Saudi Foreign Minister Prince Faisal bin Farhan Al Saud also attended. Faisal bin Farhan said the kingdom would continue. Khalid bin Farhan did not attend.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Faisal bin Farhan Al Saud')).toEqual(['Faisal bin Farhan Al Saud', 'Faisal bin Farhan']);
    expect(surfaces(index, 'Khalid bin Farhan')).toEqual(['Khalid bin Farhan']);
  });

  it('a nom de guerre or an alias given in a sentence of its own is another name of the same person ("Sharaa was known for years by his nom de guerre, Abu Mohammed al-Golani"), named by the fuller name, not by "al-Sharaa"; "Smith was called as a witness" names no one else', () => {
    const text =
      "Syria's interim president, Ahmed al-Sharaa, met envoys. Al-Sharaa said the talks went well. Sharaa was known for years by his nom de guerre, Abu Mohammed al-Golani. " +
      'Officials said al-Sharaa left. John Smith was called as a witness, and Mary Jones spoke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Abu Mohammed al-Golani')).toEqual(['Ahmed al-Sharaa', 'Al-Sharaa', 'Sharaa', 'Abu Mohammed al-Golani', 'al-Sharaa']);
    expect(surfaces(index, 'John Smith')).toEqual(['John Smith']);
    expect(surfaces(index, 'Mary Jones')).toEqual(['Mary Jones']);
  });

  it('a place\'s name its sentence makes a body\'s is the article\'s one team opening with it ("the Edmonton Oilers … Edmonton coach Kris Knoblauch"); the place in a place\'s context stays the place ("Fans in Edmonton"), and "US West Coast" is no team of the US', () => {
    const text = 'The Florida Panthers beat the Edmonton Oilers 5–1. Edmonton coach Kris Knoblauch said his team would come back stronger. Fans in Edmonton were sad.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Edmonton Oilers')).toEqual([`Edmonton Oilers@${text.indexOf('Edmonton Oilers')}`, `Edmonton@${text.indexOf('Edmonton coach')}`]);
    expect(mentionsAt(index, 'Edmonton')).toContain(`Edmonton@${text.lastIndexOf('Edmonton')}`);
    expect(mentionsAt(index, 'Edmonton')).not.toContain(`Edmonton@${text.indexOf('Edmonton coach')}`);
    const coast = 'I moved to the US in 2010. Life on the US West Coast was different.';
    const other = indexTexts({ 'a.txt': coast + '\n' });
    expect(mentionsAt(other, 'United States')).toContain(`US@${coast.indexOf('US')}`);
  });

  it('a number closing a name the lists know goes on it ("the Group of 20 (G20) summit … the G20" is one body, not a "Group" of its own); a number after another body\'s "of" does not ("the Bank of 1890")', () => {
    const text = 'The meeting came ahead of the Group of 20 (G20) summit in Johannesburg. Trump may not attend the G20. The Bank of 1890 failed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Group of 20')).toEqual(['Group of 20', 'G20', 'G20']);
    expect(allSurfaces(index)).not.toContain('Group');
    expect(allSurfaces(index)).not.toContain('Bank of 1890');
  });

  it('a Kenyan particle joins a given name and a surname ("Daniel arap Moi", "Ngũgĩ wa Thiong\'o", "Mukoma wa Ngũgĩ"), so the surname alone is the full name\'s; a name without one stays as it was', () => {
    const text = "Ngũgĩ wa Thiong'o was detained under President Daniel arap Moi. His son, Mukoma wa Ngũgĩ, teaches. Moi released him. Thiong'o left. William Samoei Ruto spoke.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Daniel arap Moi')).toEqual(['Daniel arap Moi', 'Moi']);
    expect(surfaces(index, "Ngũgĩ wa Thiong'o")).toEqual(["Ngũgĩ wa Thiong'o", "Thiong'o"]);
    expect(surfaces(index, 'Mukoma wa Ngũgĩ')).toEqual(['Mukoma wa Ngũgĩ']);
    expect(surfaces(index, 'William Samoei Ruto')).toEqual(['William Samoei Ruto']);
  });

  it('a surname that is a month or a compass word is the person\'s after the full name ("Theresa May … May said", "Coase and North"), not in a date or a region', () => {
    const text = 'Theresa May met Douglass North in London. Later, May said talks ended in May. The work of Coase and North matters. By May 5 the North agreed, and North Korea objected.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (word: string, from = 0) => `${word}@${text.indexOf(word, from)}`;
    expect(mentionsAt(index, 'Theresa May')).toEqual([at('Theresa May'), at('May said').replace(' said', '')]);
    expect(mentionsAt(index, 'Douglass North')).toEqual([at('Douglass North'), at('North matters').replace(' matters', '')]);
    expect(mentionsAt(index, 'North Korea')).toEqual([at('North Korea')]);
  });

  it('a month surname after a title or an honorific is a name ("Prime Minister Theresa May", "Mrs May, 67,", "Mr. May said"), and a husband of that surname gets his honorific\'s mentions; a date stays a date', () => {
    const text =
      'Prime Minister Theresa May met him in London. Her husband, Philip May, is a banker. Mr. May said he was proud. ' +
      'Mrs May, 67, led the party from 2016. The vote was held on Monday, May 5.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Theresa May')).toEqual([`Theresa May@${text.indexOf('Theresa May')}`, `May@${text.indexOf('May, 67')}`]);
    expect(mentionsAt(index, 'Philip May')).toEqual([`Philip May@${text.indexOf('Philip May')}`, `May@${text.indexOf('May said')}`]);
  });

  it('a surname that is a dictionary word opens a sentence as the person\'s before what a person does or has ("Tim Cook … Cook said"), also where the article writes the word in lower case, but not before anything else', () => {
    const text = 'Apple chief Tim Cook met Dan Savage. Cook said the talks went well. Savage\'s readers laughed. Cook the rice slowly, a savage cook wrote.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (word: string, from = 0) => `${word}@${text.indexOf(word, from)}`;
    expect(mentionsAt(index, 'Tim Cook')).toEqual([at('Tim Cook'), at('Cook said').replace(' said', '')]);
    expect(mentionsAt(index, 'Dan Savage')).toEqual([at('Dan Savage'), at("Savage's").replace("'s", '')]);
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Apple', 'Dan Savage', 'Tim Cook']);
  });

  it('a body\'s name that opens with a given name has no surname that is a word: "United said" after "Manchester United … West Ham United" is the club the lede named, not West Ham ("West" is a given name, so "United" was read as its surname)', () => {
    const text = 'Manchester United sacked its manager on Monday, a day after a 2-1 defeat by West Ham United. The manager had a new contract. United said an assistant would take charge.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Manchester United')).toEqual(['Manchester United@0', `United@${text.indexOf('United said')}`]);
    expect(mentionsAt(index, 'West Ham United')).toEqual([`West Ham United@${text.indexOf('West Ham')}`]);
  });

  it('a judge\'s post-nominal after the surname is no part of the name and says a person: "Justice Inyang Ekwo … Ekwo J. said" is one judge ("Ekwo J" was another), "Chief Justice Martha Koome … Koome CJ" too, and "Mwilu DCJ" a person, not a body', () => {
    const text = 'Justice Inyang Ekwo held that the regulator acted within its powers. Ekwo J. said the Act gave it discretion. Chief Justice Martha Koome wrote the ruling. Koome CJ and Mwilu DCJ concurred.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Inyang Ekwo')).toEqual([`Inyang Ekwo@${text.indexOf('Inyang')}`, `Ekwo@${text.indexOf('Ekwo J.')}`]);
    expect(mentionsAt(index, 'Martha Koome')).toEqual([`Martha Koome@${text.indexOf('Martha')}`, `Koome@${text.indexOf('Koome CJ')}`]);
    expect(entityNamed(index, 'Mwilu').type).toBe('person');
  });

  it('a Hong Kong name, an English given name, the family name and a hyphened Chinese given name, is one person with its family name alone and without the English name ("John Lee Ka-chiu … Lee Ka-chiu … Lee said" were two entities; "Mr Hui" after "Christopher Hui Ching-yu", "Ip" after "Regina Ip Lau Suk-yee" were unlinked)', () => {
    const text = "Hong Kong leader John Lee Ka-chiu named Christopher Hui Ching-yu and Regina Ip Lau Suk-yee on Friday. Lee said Mr Hui was able. Ip agreed. Analysts said Lee Ka-chiu was delivering.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'John Lee Ka-chiu')).toEqual(['John Lee Ka-chiu', 'Lee', 'Lee Ka-chiu']);
    expect(surfaces(index, 'Christopher Hui Ching-yu')).toEqual(['Christopher Hui Ching-yu', 'Hui']);
    expect(surfaces(index, 'Regina Ip Lau Suk-yee')).toEqual(['Regina Ip Lau Suk-yee', 'Ip']);
  });

  it('a surname after "al-" that reads as a place\'s adjective is the person\'s wherever no noun follows it ("Mohammed Shia al-Sudani … Sudani said", "Sudani\'s office", "rival to Sudani."; all four were dropped as Sudan\'s adjective), not before a noun ("Sudani forces")', () => {
    const text = "Prime Minister Mohammed Shia al-Sudani met investors. Sudani said the road would open. Sudani's office declined to comment. Maliki is a rival to Sudani. Sudani forces crossed the border.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (from: string) => `Sudani@${text.indexOf(from)}`;
    expect(mentionsAt(index, 'Mohammed Shia al-Sudani')).toEqual([`Mohammed Shia al-Sudani@${text.indexOf('Mohammed')}`, at('Sudani said'), at("Sudani's"), at('Sudani.')]);
  });

  it('an acronym the article defines makes a name of the dictionary words it spells, a body\'s ("United States Geological Survey (USGS)"), and a title word alone is no short form of it ("Major" in another article)', () => {
    const index = indexTexts({
      'a.txt': 'The United States Geological Survey (USGS) said the quake was deep. Holt was called up to Major League Baseball (MLB) in 2012.\n',
      'b.txt': 'In 1779 he was promoted to the rank of Major, serving under Washington.\n',
    });
    expect(mentionsAt(index, 'United States Geological Survey')).toEqual(['United States Geological Survey@4', 'USGS@37']);
    expect(entityNamed(index, 'United States Geological Survey').type).toBe('organization');
    expect(mentionsAt(index, 'Major League Baseball')).toEqual(['Major League Baseball@90', 'MLB@113']);
  });

  it('capitals joined by an "&" are the initials of the firm the article names in full ("Johnson & Johnson" … "J&J"); initials of no name there stay apart ("H&M")', () => {
    const text = 'Johnson & Johnson said on Monday it would buy the drugmaker. Shares of J&J were flat, while shares of H&M rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Johnson & Johnson').sort()).toEqual(['J&J', 'Johnson & Johnson']);
    expect(surfaces(index, 'H&M')).toEqual(['H&M']);
  });

  it('capitals joined by an "&" stand for two names joined, never one place\'s or person\'s initials ("Analysts at S&P said banks in São Paulo" made São Paulo of "S&P"); "J&J" of "Johnson & Johnson" stays linked', () => {
    const index = indexTexts({ 'a.txt': 'Analysts at S&P said banks in São Paulo were weak. Johnson & Johnson said sales rose; J&J shares fell.\n' });
    expect(surfaces(index, 'São Paulo')).toEqual(['São Paulo']);
    expect(surfaces(index, 'S&P')).toEqual(['S&P']);
    expect(surfaces(index, 'Johnson & Johnson').sort()).toEqual(['J&J', 'Johnson & Johnson']);
  });

  it('one word and a legal suffix is the company the gazetteer knows by that word ("Microsoft Corp."), one mention where it is written, also with no bare "Microsoft" anywhere; an unknown one stays apart ("Smith Ltd")', () => {
    const index = indexTexts({
      'a.txt': 'Microsoft Corp. said it would appeal. Shares of Microsoft fell. Smith Ltd closed, said John Smith.\n',
      'b.txt': 'Toshiba Corp. agreed to sell its memory unit.\n',
    });
    expect(mentionsAt(index, 'Microsoft')).toEqual(['Microsoft Corp.@0', 'Microsoft@48']);
    expect(mentionsAt(index, 'Toshiba')).toEqual(['Toshiba Corp.@0']);
    expect(entityNamed(index, 'Smith Ltd').type).toBe('organization');
  });

  it('a given name and a surname that is a dictionary word no census lists, after a title, are a person ("Polish Prime Minister Donald Tusk"), while a name closing with a word is a thing\'s ("Inspector Lynley Mysteries")', () => {
    const text = 'Polish Prime Minister Donald Tusk said talks would resume. The Inspector Lynley Mysteries aired in 2001.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Donald Tusk')).toEqual([`Donald Tusk@${text.indexOf('Donald')}`]);
    expect(entityNamed(index, 'Donald Tusk').type).toBe('person');
    expect(allSurfaces(index)).toContain('Inspector Lynley Mysteries');
  });

  it('a county before a title is a place of its own and the title no part of the name ("Shelby County District Attorney Steve Mulroy", "Harris County Judge Lina Hidalgo")', () => {
    const text = 'Shelby County District Attorney Steve Mulroy said charges remain. Harris County Judge Lina Hidalgo declared a disaster.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.entities.map((e) => `${e.name} [${e.type}]`).sort()).toEqual(['Harris County [place]', 'Lina Hidalgo [person]', 'Shelby County [place]', 'Steve Mulroy [person]']);
    expect(mentionsAt(index, 'Steve Mulroy')).toEqual([`Steve Mulroy@${text.indexOf('Steve')}`]);
    expect(mentionsAt(index, 'Harris County')).toEqual([`Harris County@${text.indexOf('Harris')}`]);
  });

  it('a sheriff, comptroller or treasurer before a name is a title, and a known place keeps its "City" before it ("Cook County Sheriff Tom Dart", "Kansas City Mayor Quinton Lucas"); "Ohio State Treasurer" keeps "State" in the title', () => {
    const text = 'Cook County Sheriff Tom Dart declined to comment. Kansas City Mayor Quinton Lucas said the city would appeal. New York City Comptroller Brad Lander agreed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.entities.map((e) => `${e.name} [${e.type}]`).sort()).toEqual([
      'Brad Lander [person]', 'Cook County [place]', 'Kansas City [place]', 'New York City [place]', 'Quinton Lucas [person]', 'Tom Dart [person]',
    ]);
    expect(mentionsAt(index, 'Kansas City')).toEqual([`Kansas City@${text.indexOf('Kansas')}`]);
    const state = indexTexts({ 'a.txt': 'Ohio State Treasurer Robert Sprague said the fund grew.\n' });
    expect(state.entities.map((e) => `${e.name} [${e.type}]`).sort()).toEqual(['Ohio [place]', 'Robert Sprague [person]']);
  });

  it('a city named for its state keeps its "City" before more of the title\'s words: "Kansas City Fed President Jeffrey Schmid" names the city (it named the state "Kansas")', () => {
    const text = 'Kansas City Fed President Jeffrey Schmid dissented.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.entities.map((e) => `${e.name} [${e.type}]`).sort()).toEqual(['Jeffrey Schmid [person]', 'Kansas City [place]']);
    expect(mentionsAt(index, 'Kansas City')).toEqual(['Kansas City@0']);
  });

  it('"District" before "Judge" opens the title, and "Chief" or "Senior" before a known place qualifies it: "U.S. District Judge Brian Cogan", "Chief U.S. District Judge Beryl Howell" name the United States, no place "U.S. District"; "Harris County Judge" keeps its county', () => {
    const text = 'U.S. District Judge Brian Cogan imposed the sentence. Chief U.S. District Judge Beryl Howell ruled. Harris County Judge Lina Hidalgo spoke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.entities.map((e) => `${e.name} [${e.type}]`).sort()).toEqual([
      'Beryl Howell [person]', 'Brian Cogan [person]', 'Harris County [place]', 'Lina Hidalgo [person]', 'United States [place]',
    ]);
    expect(surfaces(index, 'United States')).toEqual(['U.S.', 'U.S.']);
    const chief = indexTexts({ 'a.txt': 'Chief Justice John Roberts wrote the opinion.\n' });
    expect(chief.entities.map((e) => `${e.name} [${e.type}]`)).toEqual(['John Roberts [person]']);
  });

  it('a title before a long name with particles is no part of it: "President Luiz Inácio Lula da Silva"', () => {
    const index = indexTexts({ 'a.txt': 'President Luiz Inácio Lula da Silva flew over the region.\n' });
    expect(mentionsAt(index, 'Luiz Inácio Lula da Silva')).toEqual(['Luiz Inácio Lula da Silva@10']);
    expect(entityNamed(index, 'Luiz Inácio Lula da Silva').type).toBe('person');
  });

  it('a Dutch "ten" or "ter" after a given name is inside the name ("Erik ten Hag"), but a count before a name is not ("the ten Republicans")', () => {
    const text = 'Manchester United sacked coach Erik ten Hag on Monday, and Hag was not the only one. The ten Republicans who voted for it left.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Erik ten Hag')).toEqual([`Erik ten Hag@${text.indexOf('Erik')}`, `Hag@${text.indexOf('Hag was')}`]);
    expect(entityNamed(index, 'Erik ten Hag').type).toBe('person');
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Erik ten Hag', 'Manchester United']);
  });

  it('a company\'s name without its legal form is no person either: "Hancock Prospecting Pty Ltd., the company founded by Rinehart\'s father, Lang Hancock … Hancock Prospecting, known as HPPL … Hancock\'s widow" is the father\'s, though he is a relative, not the company\'s; the company keeps its names', () => {
    const text =
      "Justice Jennifer Smith ruled that Hancock Prospecting Pty Ltd., the company founded by Rinehart's father, Lang Hancock, owned the rights. Rinehart's son John Hancock " +
      "had claimed the royalties. Hancock Prospecting, known as HPPL, is one of Australia's biggest private companies. Lang Hancock died in 1992. Rinehart has long been in dispute with Hancock's widow.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Lang Hancock')).toContain(`Hancock@${text.lastIndexOf('Hancock')}`);
    expect(surfaces(index, 'Hancock Prospecting Pty Ltd.')).toEqual(['Hancock Prospecting Pty Ltd.', 'Hancock Prospecting', 'HPPL']);
    const company = indexTexts({ 'a.txt': 'Shares of Hancock Prospecting Pty Ltd. rose. Hancock Prospecting said profits grew. Hancock also said it would hire.\n' });
    expect(surfaces(company, 'Hancock Prospecting Pty Ltd.')).toEqual(['Hancock Prospecting Pty Ltd.', 'Hancock Prospecting', 'Hancock']);
  });

  it('a surname shared with someone introduced as a relative is the article\'s person, whoever was named last ("his brother, George Whitman")', () => {
    const text =
      'Walt Whitman, the first great American poet, wrote about the Civil War. He went looking for his brother, George Whitman, after a telegram. ' +
      'I turned to Whitman to find some understanding. Jared Padalecki married Genevieve Cortese. Their first son, Thomas Padalecki, was born in 2012. ' +
      'Their daughter, Odette Elliott Padalecki, was born in 2017. Padalecki has been candid about his struggles.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Walt Whitman')).toEqual([`Walt Whitman@0`, `Whitman@${text.indexOf('Whitman to find')}`]);
    expect(mentionsAt(index, 'George Whitman')).toEqual([`George Whitman@${text.indexOf('George')}`]);
    expect(mentionsAt(index, 'Jared Padalecki')).toEqual([`Jared Padalecki@${text.indexOf('Jared')}`, `Padalecki@${text.lastIndexOf('Padalecki')}`]);
    expect(mentionsAt(index, 'Odette Elliott Padalecki')).toEqual([`Odette Elliott Padalecki@${text.indexOf('Odette')}`]);
  });

  it('"the" and a body\'s head word is the one body named before with that head word ("the Commission"), not one named after it nor one of two', () => {
    const text =
      'May it please the Court. The European Commission proposed a rule; the Commission later withdrew it. He wrote for the New York Press. ' +
      'The Press paid him well. The Supreme Court and the Court of Appeal differ; the Court spoke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'European Commission')).toEqual([`European Commission@${text.indexOf('European')}`, `Commission@${text.indexOf('Commission later')}`]);
    expect(mentionsAt(index, 'New York Press')).toEqual([`New York Press@${text.indexOf('New York Press')}`, `Press@${text.indexOf('Press paid')}`]);
    expect(mentionsAt(index, 'Supreme Court')).toEqual([`Supreme Court@${text.indexOf('Supreme Court')}`]);
    // "the Court" of the opening names no court yet, and the last one could be either.
    const courts = index.entities.filter((e) => index.mentionsOf(e).some((m) => m.text === 'Court' && m.range.start.character === text.indexOf('Court.')));
    expect(courts.map((e) => e.name)).not.toContain('Supreme Court');
    expect(mentionsAt(index, 'Supreme Court').map((m) => m.split('@')[0])).not.toContain('Court');
  });

  it('"the" and a head word is the body also named without its "of" or "for" part ("the High Court of Australia … the High Court … the Court", "the Office for National Statistics … the Office"), where the two names counted as two bodies', () => {
    const text =
      'The High Court of Australia will hear the case. The High Court ruled last year. The Court has shown it will look hard at this. ' +
      'The Office for National Statistics said inflation fell. Statisticians at the Office warned that the data were late.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'High Court of Australia')).toEqual(['High Court of Australia', 'High Court', 'Court']);
    expect(surfaces(index, 'Office for National Statistics')).toEqual(['Office for National Statistics', 'Office']);
  });

  it('a newspaper\'s last word alone, without "the", is the paper named before ("Times publisher A.G. Sulzberger", "Times articles" after "The New York Times"); with two papers of that word it is neither\'s', () => {
    const text = 'The New York Times sued OpenAI on Wednesday. Times publisher A.G. Sulzberger said the paper would fight. ChatGPT reproduced Times articles, the suit says.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'New York Times')).toEqual(['New York Times', 'Times', 'Times']);
    const two = indexTexts({ 'a.txt': 'The New York Times and the Financial Times sued OpenAI on Wednesday. Lawyers for Times reporters said so.\n' });
    expect(surfaces(two, 'New York Times')).toEqual(['New York Times']);
    expect(surfaces(two, 'Financial Times')).toEqual(['Financial Times']);
  });

  it('a country\'s possessive before a body\'s name without a country is its country: "Japan\'s Defense Ministry said … South Korea\'s Ministry of National Defense said" were one ministry; "China\'s Ministry of Foreign Affairs … The Foreign Ministry later summoned" stays one', () => {
    const index = indexTexts({ 'a.txt': 'Japan\'s Defense Ministry said it landed outside the zone. South Korea\'s Ministry of National Defense said troops were ready.\n' });
    expect(surfaces(index, 'Defense Ministry')).toEqual(['Defense Ministry']);
    expect(surfaces(index, 'Ministry of National Defense')).toEqual(['Ministry of National Defense']);
    const one = indexTexts({ 'a.txt': 'China\'s Ministry of Foreign Affairs said on Monday it opposed the sale. The Foreign Ministry later summoned the envoy.\n' });
    expect(surfaces(one, 'Ministry of Foreign Affairs')).toEqual(['Ministry of Foreign Affairs', 'Foreign Ministry']);
  });

  it('a body named with its head word last is the one the story names with that head word first and "of" ("the Defence Ministry", "the Ministry of Defence"; "the Justice Department", "the U.S. Department of Justice"), not a body of another country nor a longer name ("New York University", "the State University of New York")', () => {
    const index = indexTexts({
      'a.txt': 'The Ministry of Defence ordered five frigates. The Defence Ministry said the ships would be built in Glasgow.\n',
      'b.txt': 'The U.S. Department of Justice sued Google on Tuesday. The Justice Department said Google had tied its tools.\n',
      'c.txt': 'The Ministry of Foreign Affairs in Paris summoned the envoy. The Foreign Ministry said the talks would resume.\n',
      'd.txt': 'The Israeli Ministry of Health reported cases. The Lebanese Health Ministry said three people were killed.\n',
      'e.txt': 'She taught at the State University of New York before New York University hired her in 2010.\n',
    });
    expect(surfaces(index, 'Ministry of Defence')).toEqual(['Ministry of Defence', 'Defence Ministry']);
    expect(surfaces(index, 'U.S. Department of Justice')).toEqual(['U.S. Department of Justice', 'Justice Department']);
    expect(surfaces(index, 'Ministry of Foreign Affairs')).toEqual(['Ministry of Foreign Affairs', 'Foreign Ministry']);
    expect(surfaces(index, 'Israeli Ministry of Health')).toEqual(['Israeli Ministry of Health']);
    expect(surfaces(index, 'New York University')).toEqual(['New York University']);
  });

  it('an acronym may take the letters of a body\'s lower-case words and all of an abbreviation\'s ("DOJ" of the "U.S. Department of Justice", "USAID"), and stays apart where two bodies spell it ("DOE")', () => {
    const index = indexTexts({
      'a.txt': 'The U.S. Department of Justice sued Google on Tuesday. The DOJ said Google had tied its tools.\n',
      'b.txt': 'The U.S. Agency for International Development funded the clinics. USAID was shut down this year.\n',
      'c.txt': 'The Department of Energy and the Department of Education share a building. The DOE said it would move.\n',
    });
    expect(surfaces(index, 'U.S. Department of Justice')).toEqual(['U.S. Department of Justice', 'DOJ']);
    expect(surfaces(index, 'U.S. Agency for International Development')).toEqual(['U.S. Agency for International Development', 'USAID']);
    expect(surfaces(index, 'Department of Energy')).toEqual(['Department of Energy']);
    expect(surfaces(index, 'Department of Education')).toEqual(['Department of Education']);
  });

  it('in one story, two names alike but for one vowel inside a long word are one name spelled two ways ("Vergil", "Virgil"; "Mohammed Hussein", "Mohammad Hussein"), not a last letter ("Mario Rossi", "Maria Rossi")', () => {
    const index = indexTexts({
      'a.txt': 'Night closed around, and there came to my mind the line of Vergil. Jerome later used a quote from Virgil in a letter.\n',
      'b.txt': 'Mohammed Hussein, a shopkeeper, was arrested on Monday. Police said Mohammad Hussein had been released by evening.\n',
      'c.txt': 'Mario Rossi and his sister Maria Rossi run the bakery. Mario Rossi bakes while Maria Rossi serves.\n',
    });
    const surfacesWith = (text: string) => index.mentionsOf(index.entities.find((e) => index.mentionsOf(e).some((m) => m.text === text))!).map((m) => m.text);
    expect(surfacesWith('Vergil')).toEqual(['Vergil', 'Virgil']);
    expect(surfacesWith('Mohammed Hussein')).toEqual(['Mohammed Hussein', 'Mohammad Hussein']);
    expect(surfaces(index, 'Mario Rossi')).toEqual(['Mario Rossi', 'Mario Rossi']);
    expect(surfaces(index, 'Maria Rossi')).toEqual(['Maria Rossi', 'Maria Rossi']);
  });

  it('a nickname of a given name\'s initial and the start of a surname is that person ("J-Lo" is Jennifer Lopez, "A-Rod" Alex Rodriguez, whose card keeps the full name), not someone whose initial differs ("Jennifer Lopez" beside "K-Lo")', () => {
    const index = indexTexts({
      'a.txt': 'Jennifer Lopez and Alex Rodriguez split in 2021. J-Lo did not comment, and fans later saw J-Lo in Miami. A-Rod moved on.\n',
      'b.txt': 'Kevin Lowe coached the team, and Jennifer Lopez sang at the game. K-Lo said the crowd was loud.\n',
    });
    expect(surfaces(index, 'Jennifer Lopez')).toEqual(['Jennifer Lopez', 'J-Lo', 'J-Lo', 'Jennifer Lopez']);
    expect(surfaces(index, 'Alex Rodriguez')).toEqual(['Alex Rodriguez', 'A-Rod']);
    expect(surfaces(index, 'Kevin Lowe')).toEqual(['Kevin Lowe', 'K-Lo']);
  });

  it('a thing named after a person, closing with a dictionary word no census lists as a surname, is not the person ("Taylor Swift Week" is not Taylor Swift), while a longer name closing with a surname still takes its first two words ("Pierre Charles" of "Pierre Charles Lenfant")', () => {
    const index = indexTexts({
      'a.txt': 'Taylor Swift played to 50,000 fans. Mayor Olivia Chow declared the week "Taylor Swift Week". Swift waved to the crowd.\n',
      'b.txt': 'Pierre Charles Lenfant designed the city. Pierre Charles later left for Paris.\n',
    });
    // The second "Taylor Swift" is the one inside the week's name (see nestedNames.test.ts).
    expect(surfaces(index, 'Taylor Swift')).toEqual(['Taylor Swift', 'Taylor Swift', 'Swift']);
    expect(surfaces(index, 'Taylor Swift Week')).toEqual(['Taylor Swift Week']);
    expect(surfaces(index, 'Pierre Charles Lenfant')).toEqual(['Pierre Charles Lenfant', 'Pierre Charles']);
  });

  it('"known formally as" gives another name of the name right before it ("Foxconn, known formally as Hon Hai Precision Industry Co"), not of a name further back; "SE" is a legal form ("Airbus SE" is Airbus)', () => {
    const index = indexTexts({
      'a.txt': 'Apple\'s main supplier, Foxconn, known formally as Hon Hai Precision Industry Co, is building a plant. Foxconn declined to comment.\n',
      'b.txt': 'Tina McKenzie, a former member of the national team, known formally as the Gliders, retired.\n',
      'c.txt': 'Airbus SE said it was on track to deliver 770 planes. Airbus shares rose.\n',
    });
    expect(surfaces(index, 'Foxconn')).toEqual(['Foxconn', 'Hon Hai Precision Industry Co', 'Foxconn']);
    expect(surfaces(index, 'Tina McKenzie')).toEqual(['Tina McKenzie']);
    expect(surfaces(index, 'Airbus')).toEqual(['Airbus SE', 'Airbus']);
  });

  it('"formally" or "officially" alone after a comma gives another name too ("Foxconn, formally Hon Hai Precision Industry Co., approached Nissan" were two bodies); a lower-case word after the comma gives none ("Nissan, formally profitable,")', () => {
    const index = indexTexts({
      'a.txt': 'Foxconn, formally Hon Hai Precision Industry Co., had approached Nissan. Foxconn declined to comment.\n',
      'b.txt': 'Nissan, formally profitable, lost money.\n',
    });
    expect(surfaces(index, 'Foxconn')).toEqual(['Foxconn', 'Hon Hai Precision Industry Co.', 'Foxconn']);
    expect(surfaces(index, 'Nissan')).toEqual(['Nissan', 'Nissan']);
  });

  it('a relative clause may hold the alias phrase ("Lee Jae-yong, who is also known as Jay Y. Lee"); one about a name further back still gives nothing', () => {
    const index = indexTexts({
      'a.txt': 'Samsung chairman Lee Jae-yong was acquitted on Thursday. Lee Jae-yong, who is also known as Jay Y. Lee, has pledged not to pass control to his children.\n',
      'b.txt': 'Tina McKenzie, a former member of the national team, which was known as the Gliders, retired.\n',
    });
    expect(surfaces(index, 'Lee Jae-yong')).toEqual(['Lee Jae-yong', 'Lee Jae-yong', 'Jay Y. Lee']);
    expect(surfaces(index, 'Tina McKenzie')).toEqual(['Tina McKenzie']);
  });

  it('a given name right after a kinship noun is the relative the article names in full later ("his wife, Meghan," before "Meghan Markle"), and stays no one\'s where the article never does', () => {
    const index = indexTexts({
      'a.txt': 'Prince Harry and his wife, Meghan, live in California. Meghan Markle has said she would not return.\n',
      'b.txt': 'Jennifer Lopez sang at the gala.\n',
      'c.txt': 'His father, Anthony, was a geologist, and his mother, Jennifer, taught school.\n',
    });
    expect(surfaces(index, 'Meghan Markle')).toEqual(['Meghan', 'Meghan Markle']);
    expect(surfaces(index, 'Jennifer Lopez')).toEqual(['Jennifer Lopez']);
  });

  it('a clergy title and the surname of the article\'s one full name ending so is that person ("Father Lombardi" after "Federico Lombardi", "Rabbi Cohen" after "David Cohen"), not one of two of that surname', () => {
    const index = indexTexts({
      'a.txt': 'Vatican spokesman Federico Lombardi said a conclave would be held. Father Lombardi said cardinals would arrive in March.\n',
      'b.txt': 'Rabbi David Cohen led prayers on Friday. Rabbi Cohen said the synagogue was full.\n',
      'c.txt': 'Anna Walsh and Mary Walsh run the shelter. Sister Walsh said demand had doubled.\n',
    });
    expect(surfaces(index, 'Federico Lombardi')).toEqual(['Federico Lombardi', 'Father Lombardi']);
    expect(surfaces(index, 'David Cohen')).toEqual(['David Cohen', 'Rabbi Cohen']);
    expect(surfaces(index, 'Anna Walsh')).toEqual(['Anna Walsh']);
    expect(surfaces(index, 'Mary Walsh')).toEqual(['Mary Walsh']);
  });

  it('a surname alone is the father beside his son "Jr." once the father is named ("Donald Trump … Donald Trump Jr. … Trump"), and the son while only the son is ("Robert F. Kennedy Jr. … Kennedy, 71, …")', () => {
    const index = indexTexts({
      'a.txt': 'Donald Trump spoke on Monday. His son Donald Trump Jr. spoke next. Trump said the rally was huge.\n',
      'b.txt': 'The Senate confirmed Robert F. Kennedy Jr. as health secretary. Kennedy, 71, will lead the department. His father, Robert F. Kennedy, was killed in 1968.\n',
    });
    expect(surfaces(index, 'Donald Trump')).toEqual(['Donald Trump', 'Trump']);
    expect(surfaces(index, 'Donald Trump Jr.')).toEqual(['Donald Trump Jr.']);
    expect(surfaces(index, 'Robert F. Kennedy Jr.')).toEqual(['Robert F. Kennedy Jr.', 'Kennedy']);
    expect(surfaces(index, 'Robert F. Kennedy')).toEqual(['Robert F. Kennedy']);
  });

  it('the initials before a generation stand for the full name with that generation: "Robert F. Kennedy Jr. … RFK Jr., as he is widely known, is the son of Robert F. Kennedy" lost "RFK Jr." (and "Critics of MLK Jr." was a person apart); "RFK" alone is the father\'s', () => {
    const text = 'The Senate confirmed Robert F. Kennedy Jr. on Thursday. RFK Jr., as he is widely known, is the son of Robert F. Kennedy. RFK was killed in 1968.';
    const index = indexTexts({ 'a.txt': text + '\n', 'b.txt': 'Martin Luther King Jr. spoke in 1963. Critics of MLK Jr. said he moved too fast.\n' });
    expect(surfaces(index, 'Robert F. Kennedy Jr.')).toEqual(['Robert F. Kennedy Jr.', 'RFK Jr.']);
    expect(surfaces(index, 'Robert F. Kennedy')).toEqual(['Robert F. Kennedy', 'RFK']);
    expect(surfaces(index, 'Martin Luther King Jr.')).toEqual(['Martin Luther King Jr.', 'MLK Jr.']);
  });

  it('an acronym whose small "o" is its name\'s "of" is the body so named ("MoD" of the "Ministry of Defence", "BoE" of the "Bank of England"), and neither of two bodies that spell it', () => {
    const index = indexTexts({
      'a.txt': 'The Ministry of Defence ordered five frigates. The MoD said recruitment had improved.\n',
      'b.txt': 'The Bank of England holds its next meeting on Thursday. The BoE is expected to keep rates on hold.\n',
      'c.txt': 'The Ministry of Defence and the Museum of Design share a building in Leeds. The MoD said it would move.\n',
    });
    expect(surfaces(index, 'Ministry of Defence')).toEqual(['Ministry of Defence', 'MoD', 'Ministry of Defence']);
    expect(surfaces(index, 'Bank of England')).toEqual(['Bank of England', 'BoE']);
    expect(surfaces(index, 'Museum of Design')).toEqual(['Museum of Design']);
  });

  it('French honorifics are titles like "Mr.": "Mme. Curie", "Mlle. du Motel" (the particle is the surname\'s), and their periods end no sentence', () => {
    const text = 'He met Mlle. du Motel and Mme. Curie in Paris. Mr. de Gaulle spoke later.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'du Motel')).toEqual([`du Motel@${text.indexOf('du Motel')}`]);
    expect(mentionsAt(index, 'Curie')).toEqual([`Curie@${text.indexOf('Curie')}`]);
    for (const name of ['du Motel', 'Curie', 'de Gaulle']) expect(entityNamed(index, name).type, name).toBe('person');
    expect(index.entities.map((e) => e.name)).not.toContain('Mlle');
  });

  it('a regnal name whose name is the surname of the article\'s person is that person ("Norton I"), not a given name\'s ("Elizabeth I"), and the pronoun "I" stays no name', () => {
    const text =
      'Joshua Abraham Norton was a citizen of San Francisco. In 1859 he proclaimed himself "Norton I, Emperor of the United States". ' +
      'Norton I, they wrote, was kind. Queen Elizabeth I ruled. Elizabeth Taylor acted. When Smith and I met, I talked.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Joshua Abraham Norton')).toEqual([`Joshua Abraham Norton@0`, `Norton I@${text.indexOf('Norton I')}`, `Norton I@${text.lastIndexOf('Norton I')}`]);
    expect(mentionsAt(index, 'Elizabeth Taylor')).toEqual([`Elizabeth Taylor@${text.indexOf('Elizabeth Taylor')}`]);
    expect(index.entities.map((e) => e.name)).not.toContain('I');
  });

  it('a name given with its title ("known as Emperor Norton") keeps the title and is the person named before it, as are "Norton I" and "Norton" beside it; elsewhere a title stays outside the name', () => {
    const text =
      'Joshua Abraham Norton (c. 1818 – January 8, 1880), known as Emperor Norton, was a citizen of San Francisco who proclaimed himself "Norton I". ' +
      'Norton lost his fortune in rice. The bridge was to honour Emperor Norton.';
    const index = indexTexts({ 'a.txt': 'Emperor Norton\n' + text + '\n' });
    const at = (name: string, from = 0) => `${name}@1:${text.indexOf(name, from)}`;
    expect(mentionsWithLines(index, 'Joshua Abraham Norton')).toEqual([
      'Emperor Norton@0:0',
      at('Joshua Abraham Norton'),
      at('Emperor Norton'),
      at('Norton I'),
      at('Norton', text.indexOf('Norton lost')),
      // Elsewhere in prose the title stays outside the name, as in "President Obama".
      at('Norton', text.indexOf('honour')),
    ]);
    expect(entityNamed(index, 'Joshua Abraham Norton').type).toBe('person');
  });

  it('a place of two words or more only a dateline names, in no list, takes a capital to each word ("CAPE CANAVERAL, Fla. (AP) —" is Cape Canaveral, as its capitals were), with the dateline\'s capitals as its mention', () => {
    const index = indexTexts({ 'a.txt': 'CAPE CANAVERAL, Fla. (AP) — NASA launched a probe on Monday.\n' });
    expect(mentionsAt(index, 'Cape Canaveral')).toEqual(['CAPE CANAVERAL@0']);
    expect(entityNamed(index, 'Cape Canaveral').type).toBe('place');
  });

  it('a city only a dateline names takes the city list\'s spelling ("ABIDJAN (AFP) -" is Abidjan), with the dateline\'s as an alias; a body\'s acronym keeps its capitals', () => {
    const index = indexTexts({ 'a.txt': 'ABIDJAN, Oct 27 (AFP) - Turnout was 50.1%, the commission said. NATO observers agreed.\n' });
    expect(entityNamed(index, 'Abidjan').type).toBe('place');
    expect(mentionsAt(index, 'Abidjan')).toEqual(['ABIDJAN@0']);
    expect(entityNamed(index, 'NATO').name).toBe('NATO');
  });

  it('"Congo" alone is the Democratic Republic of the Congo, as news writes it, unless the story names the Republic of the Congo in full; "Sudan" stays Sudan beside "South Sudan"', () => {
    const index = indexTexts({
      'a.txt': 'Fighting in the Democratic Republic of Congo displaced thousands. Congo\'s army said rebels had taken Goma.\n',
      'b.txt': 'The Republic of the Congo held elections. Congo\'s president won.\n',
      'c.txt': 'South Sudan\'s president fired his deputy. Sudan\'s army said nothing.\n',
    });
    expect(surfaces(index, 'DR Congo')).toEqual(['Democratic Republic of Congo', 'Congo']);
    expect(index.mentionsOf(entityNamed(index, 'DR Congo')).map((m) => m.file)).toEqual(['a.txt', 'a.txt']);
    expect(index.mentionsOf(entityNamed(index, 'Republic of the Congo')).map((m) => `${m.file}:${m.text}`)).toEqual(['b.txt:Republic of the Congo', 'b.txt:Congo']);
    expect(index.mentionsOf(entityNamed(index, 'Sudan')).map((m) => m.text)).toEqual(['Sudan']);
  });

  it('"Republic of Congo", without its article, is the Republic of the Congo and holds no mention of DR Congo; a story naming both countries in full leaves "Congo" alone to the DR Congo ("Congo" inside "Republic of Congo" was a mention of DR Congo)', () => {
    const index = indexTexts({
      'a.txt': 'Fighting spread in eastern Congo. Officials in Brazzaville, the capital of the Republic of Congo, were watching. The Republic of Congo is a separate country from the Democratic Republic of Congo.\n',
      'b.txt': 'The Republic of Congo held elections. Congo\'s president won.\n',
    });
    expect(index.mentionsOf(entityNamed(index, 'DR Congo')).map((m) => `${m.file}:${m.text}`)).toEqual(['a.txt:Congo', 'a.txt:Democratic Republic of Congo']);
    expect(index.mentionsOf(entityNamed(index, 'Republic of the Congo')).map((m) => `${m.file}:${m.text}`)).toEqual(['a.txt:Republic of Congo', 'a.txt:Republic of Congo', 'b.txt:Republic of Congo', 'b.txt:Congo']);
  });

  it('"China" beside the "Republic of China" is still China: a state called by another name (Taiwan) gives the word to no one ("Xi hosted leaders in China … the Republic of China, then led by Chiang Kai-shek" made every "China" Taiwan)', () => {
    const index = indexTexts({ 'a.txt': 'Xi Jinping hosted leaders in China on Sunday. Taiwan said the Republic of China, then led by Chiang Kai-shek, did most of the fighting. China denies it.\n' });
    expect(index.mentionsOf(entityNamed(index, 'China')).map((m) => m.text)).toEqual(['China', 'China']);
    expect(index.mentionsOf(entityNamed(index, 'Taiwan')).map((m) => m.text)).toEqual(['Taiwan', 'Republic of China']);
  });

  it('a party\'s adjective is no name and no short form of another article\'s party ("a Democratic member of the Federal Trade Commission"), and "Board" heads a body ("the Board of Peace" was cut to a "Board" that joined another article\'s review board)', () => {
    const index = indexTexts({
      'a.txt': 'Rebecca Kelly Slaughter, a Democratic member of the Federal Trade Commission, was fired. The Board of Peace, to be chaired by Trump, will oversee Gaza.\n',
      'b.txt': "Thiam's Democratic Party of Ivory Coast called for a boycott. The Foreign Investment Review Board must approve the deal.\n",
    });
    expect(surfaces(index, 'Democratic Party of Ivory Coast')).toEqual(['Democratic Party of Ivory Coast']);
    expect(surfaces(index, 'Foreign Investment Review Board')).toEqual(['Foreign Investment Review Board']);
    expect(surfaces(index, 'Board of Peace')).toEqual(['Board of Peace']);
  });

  it('a legal suffix after a comma is the company\'s ("Atlantic Lottery Corporation, Inc. et al."), and the company with it is the one without', () => {
    const text = 'Atlantic Lottery Corporation, Inc. et al. v. Douglas Babstock was heard. Apple, Inc. sued Samsung, and Apple won.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const alc = entityNamed(index, 'Atlantic Lottery Corporation, Inc.');
    expect(index.mentionsOf(alc).map((m) => `${m.text}@${m.range.start.character}-${m.range.end.character}`)).toEqual(['Atlantic Lottery Corporation, Inc.@0-34']);
    expect(alc.type).toBe('organization');
    expect(index.entities.map((e) => e.name)).not.toContain('Inc.');
    const apple = index.entities.find((e) => index.mentionsOf(e).some((m) => m.text === 'Apple, Inc.'))!;
    expect(index.mentionsOf(apple).map((m) => `${m.text}@${m.range.start.character}`)).toEqual([`Apple, Inc.@${text.indexOf('Apple')}`, `Apple@${text.lastIndexOf('Apple')}`]);
  });

  it('a place\'s name after "at" is the school the article names after it; elsewhere, and in a list of places, it stays the place', () => {
    const text =
      'Nick Bos, of the University of Helsinki, studies ants. He began postdoctoral research at Helsinki in 2012. He lives in Helsinki. ' +
      'She studied medicine at Basel, Heidelberg, and Strasbourg, and taught at the University of Basel.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'University of Helsinki')).toEqual([`University of Helsinki@${text.indexOf('University of Helsinki')}`, `Helsinki@${text.indexOf('Helsinki in 2012')}`]);
    expect(entityNamed(index, 'University of Helsinki').type).toBe('organization');
    // The nested "Helsinki" and "in Helsinki" are the city.
    expect(mentionsAt(index, 'Helsinki')).toEqual([`Helsinki@${text.indexOf('Helsinki,')}`, `Helsinki@${text.lastIndexOf('Helsinki.')}`]);
    expect(mentionsAt(index, 'Basel')).toEqual([`Basel@${text.indexOf('Basel,')}`, `Basel@${text.lastIndexOf('Basel')}`]);
    expect(entityNamed(index, 'University of Basel').type).toBe('organization');
  });

  it('a bare "Kim" is the Kim the article is about: the one most recently the subject', () => {
    const index = indexTexts({
      'sister.txt': 'Kim Yo Jong, sister of leader Kim Jong Un, said on Thursday the talks were a pipe dream. Kim, who speaks for her brother, rejected dialogue.\n',
      'summit.txt': 'Leader Kim Jong Un met Russian President Vladimir Putin at the cosmodrome this week. Kim toured the launch site.\n',
    });
    expect(index.mentionsOf(entityNamed(index, 'Kim Yo Jong')).map((m) => `${m.file}:${m.text}`)).toEqual(['sister.txt:Kim Yo Jong', 'sister.txt:Kim']);
    expect(index.mentionsOf(entityNamed(index, 'Kim Jong Un')).map((m) => `${m.file}:${m.text}`)).toEqual([
      'sister.txt:Kim Jong Un',
      'summit.txt:Kim Jong Un',
      'summit.txt:Kim',
    ]);
  });

  it('a page cut into sections is one story: its surnames and its names without middle names are the page\'s person', () => {
    const index = indexTexts({
      'holt.txt': [
        'Brock Holt',
        'Brock Wyatt Holt is an American professional baseball player for the Boston Red Sox of Major League Baseball.',
        'Early life',
        'Holt was born in Fort Worth, Texas, where Brock Holt attended Stephenville High School and played shortstop for the team. [3]',
        'Career',
        'Holt was drafted by the Pittsburgh Pirates in 2009 and traded to the Boston Red Sox in 2012, where Holt became a utility player. [7]',
      ].join('\n'),
      // Elsewhere in the corpus a Holt is mentioned more: the page's own Holt still wins.
      'other.txt': 'Jackie Holt said on Monday that Jackie Holt would run again, and Jackie Holt thanked voters.\n',
    });
    expect(surfaces(index, 'Brock Wyatt Holt')).toEqual(['Brock Holt', 'Brock Wyatt Holt', 'Holt', 'Brock Holt', 'Holt', 'Holt']);
    expect(surfaces(index, 'Jackie Holt')).toEqual(['Jackie Holt', 'Jackie Holt', 'Jackie Holt']);
  });

  it('a heading that gives a person\'s first and last names is one mention, and so is a name with an "A." initial', () => {
    const index = indexTexts({
      'nida.txt': 'Eugene Nida\nEugene A. Nida (November 11, 1914 – August 25, 2011) was a linguist. Nida studied in Los Angeles.\n',
    });
    const mentions = index.mentionsOf(entityNamed(index, 'Eugene A. Nida')).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
    expect(mentions).toEqual(['Eugene Nida@0:0', 'Eugene A. Nida@1:0', 'Nida@1:69']);
  });

  it('a name with another first middle initial is another person ("George W. Bush" beside "George H. W. Bush"); whole middle names may skip one', () => {
    const text = 'Both George H. W. Bush and George W. Bush visited Texas on Monday. George W. Bush spoke first. Hillary Diane Rodham Clinton and Hillary Rodham Clinton are one senator.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'George H. W. Bush')).toEqual([`George H. W. Bush@${text.indexOf('George H.')}`]);
    expect(mentionsAt(index, 'George W. Bush')).toEqual([`George W. Bush@${text.indexOf('George W.')}`, `George W. Bush@${text.lastIndexOf('George W.')}`]);
    expect(mentionsAt(index, 'Hillary Diane Rodham Clinton')).toEqual([`Hillary Diane Rodham Clinton@${text.indexOf('Hillary Diane')}`, `Hillary Rodham Clinton@${text.indexOf('Hillary Rodham')}`]);
  });

  it('a surname with an elided particle is one word of the name, alone too ("Patrizia d\'Ettorre", "d\'Ettorre")', () => {
    const text = "The study was led by Prof. Patrizia d'Ettorre of the university. Later that year d’Ettorre wrote to Jean le Rond d'Alembert.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, "Patrizia d'Ettorre")).toEqual([`Patrizia d'Ettorre@${text.indexOf('Patrizia')}`, `d’Ettorre@${text.indexOf('d’Ettorre')}`]);
    expect(mentionsAt(index, "Jean le Rond d'Alembert")).toEqual([`Jean le Rond d'Alembert@${text.indexOf('Jean')}`]);
  });

  it('a generation and a quoted nickname are part of a name, and its surname stands for it alone ("Martin Luther King Jr.", \'Jungwook "Wookie" Kim\')', () => {
    const text = 'Crowds heard Martin Luther King Jr. in Washington. In 1968 crowds mourned King in Memphis. The ballot named Iván DeJesús, Jr. and Jungwook “Wookie” Kim. The judge asked Kim again.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Martin Luther King Jr.')).toEqual([`Martin Luther King Jr.@${text.indexOf('Martin')}`, `King@${text.indexOf('King in')}`]);
    expect(entityNamed(index, 'Martin Luther King Jr.').type).toBe('person');
    expect(mentionsAt(index, 'Jungwook “Wookie” Kim')).toEqual([`Jungwook “Wookie” Kim@${text.indexOf('Jungwook')}`, `Kim@${text.indexOf('Kim again')}`]);
    expect(entityNamed(index, 'Jungwook “Wookie” Kim').type).toBe('person');
    // A note may leave the nickname out.
    expect(index.lookup('Jungwook Kim').map((c) => c.entity.name)).toEqual(['Jungwook “Wookie” Kim']);
    // A generation alone is no one's name; after a comma it is the name's too ("Iván DeJesús, Jr.").
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Iván DeJesús, Jr.', 'Jungwook “Wookie” Kim', 'Martin Luther King Jr.', 'Memphis', 'Washington']);
  });

  it('"I" after a ruler\'s name is a numeral of the name, and a pronoun elsewhere ("Pope Damasus I", "Queen Elizabeth I")', () => {
    const text = 'Pope Damasus I wrote to him. Later Queen Elizabeth I ruled. The King I met was kind. Pope Leo XIV spoke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Damasus I')).toEqual([`Damasus I@${text.indexOf('Damasus')}`]);
    expect(mentionsAt(index, 'Elizabeth I')).toEqual([`Elizabeth I@${text.indexOf('Elizabeth')}`]);
    expect(mentionsAt(index, 'Leo XIV')).toEqual([`Leo XIV@${text.indexOf('Leo')}`]);
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Damasus I', 'Elizabeth I', 'Leo XIV']);
  });

  it('roles, honorifics and honours around a name are no part of it, and one person\'s names in other orders are hers', () => {
    const index = indexTexts({
      'sarvis.txt':
        'Attorney Robert Sarvis ran for governor in 2013. Sarvis took six percent. Biologist Nick Bos studied ants in Helsinki, and Bos wrote about them.\n',
      'hadid.txt':
        'Dame Zaha Mohammad Hadid DBE RA was an architect. Zaha Hadid built the aquatic centre. Clara Martínez Cantón wrote on sonnets, and Martínez Cantón cited Ichiyō Higuchi, also written Higuchi Ichiyō.\n',
      'chaworth.txt': 'Byron loved Mary Chaworth in 1803. Miss Chaworth married another man.\n',
    });
    expect(surfaces(index, 'Robert Sarvis')).toEqual(['Robert Sarvis', 'Sarvis']);
    expect(surfaces(index, 'Nick Bos')).toEqual(['Nick Bos', 'Bos']);
    expect(surfaces(index, 'Zaha Mohammad Hadid')).toEqual(['Zaha Mohammad Hadid', 'Zaha Hadid']);
    expect(surfaces(index, 'Clara Martínez Cantón')).toEqual(['Clara Martínez Cantón', 'Martínez Cantón']);
    const higuchi = index.entities.find((e) => e.aliases.some((a) => a.text === 'Ichiyō Higuchi'))!;
    expect(index.mentionsOf(higuchi).map((m) => m.text)).toEqual(['Ichiyō Higuchi', 'Higuchi Ichiyō']);
    expect(surfaces(index, 'Mary Chaworth')).toEqual(['Mary Chaworth', 'Chaworth']);
  });

  it('a role with its own modifiers before a given name is no part of the name ("Editorial Manager Chet Clem"), nor a place\'s head word ("Port Elizabeth")', () => {
    const text = 'We spoke to Editorial Manager Chet Clem about it. Executive Producer Jane Doe agreed, and Clem left. Port Elizabeth is a city.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.mentionsOf(entityNamed(index, 'Chet Clem')).map((m) => `${m.text}@${m.range.start.character}`)).toEqual([`Chet Clem@${text.indexOf('Chet')}`, `Clem@${text.lastIndexOf('Clem')}`]);
    expect(surfaces(index, 'Jane Doe')).toEqual(['Jane Doe']);
    for (const name of ['Chet Clem', 'Jane Doe']) expect(entityNamed(index, name).type, name).toBe('person');
    expect(entityNamed(index, 'Port Elizabeth').type).toBe('place');
  });

  it('a nationality may stand before such a role ("Indian National Security Adviser Ajit Doval" was a place, title and all); a nationality before a place\'s words stays out of a person ("Indian Ocean Rim")', () => {
    const text = 'Rubio spoke with Indian National Security Adviser Ajit Doval on Monday. Doval said so. Ships crossed the Indian Ocean Rim region.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Ajit Doval')).toEqual([`Ajit Doval@${text.indexOf('Ajit')}`, `Doval@${text.lastIndexOf('Doval')}`]);
    expect(entityNamed(index, 'Ajit Doval').type).toBe('person');
    expect(index.entities.map((e) => e.type === 'person' && e.name)).not.toContain('Indian Ocean Rim');
  });

  it('in one story, a name by its middle and last names, by its first two, and an acronym of its initials are the fuller name', () => {
    const index = indexTexts({
      'a.txt':
        'Jens Otto Harry Jespersen was a Danish linguist. Otto Jespersen taught in Copenhagen. Pierre Charles L\'Enfant drew the plan; Pierre Charles sailed in 1777. Noam Chomsky taught at the Massachusetts Institute of Technology, and MIT kept his papers.\n',
    });
    expect(surfaces(index, 'Jens Otto Harry Jespersen')).toEqual(['Jens Otto Harry Jespersen', 'Otto Jespersen']);
    expect(surfaces(index, "Pierre Charles L'Enfant")).toEqual(["Pierre Charles L'Enfant", 'Pierre Charles']);
    expect(surfaces(index, 'Massachusetts Institute of Technology')).toEqual(['Massachusetts Institute of Technology', 'MIT']);
  });

  it('a saint\'s or a cleric\'s one name and the place it is known by are one name, with or without "St." ("Theodorus of Tabennese"); the place alone is not him', () => {
    const text =
      'Theodorus of Tabennese (c. 314 – 368), also known as Abba Theodorus, was a monk. Later St. Theodorus of Tabennese led the monks of Tabennese. ' +
      'He read Hilary of Poitiers. Gazprom of Russia paid.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    // "c." is circa, not the end of a sentence: the name after the parenthesis is another name of his.
    expect(surfaces(index, 'St. Theodorus of Tabennese')).toEqual(['Theodorus of Tabennese', 'Abba Theodorus', 'St. Theodorus of Tabennese']);
    expect(entityNamed(index, 'St. Theodorus of Tabennese').type).toBe('person');
    expect(index.mentionsOf(entityNamed(index, 'Tabennese')).map((m) => m.range.start.character)).toEqual([text.lastIndexOf('Tabennese')]);
    expect(surfaces(index, 'Hilary of Poitiers')).toEqual(['Hilary of Poitiers']);
    expect(surfaces(index, 'Gazprom')).toEqual(['Gazprom']);
    expect(surfaces(index, 'Russia')).toEqual(['Russia']);
  });

  it('a full name the story links one way is linked so wherever the story writes it (the Latin name of the lead, again in "Early life")', () => {
    const index = indexTexts({
      'a.txt':
        '# Jerome\n\nJerome (Latin: Eusebius Sophronius Hieronymus; c. 347 – 420) was a priest. Today Jerome is best known for his translation.\n\n' +
        '## Early life\n\nEusebius Sophronius Hieronymus was born at Stridon around 347.\n',
    });
    const people = index.entities.filter((e) => index.mentionsOf(e).some((m) => m.text === 'Eusebius Sophronius Hieronymus'));
    expect(people).toHaveLength(1);
    expect(index.mentionsOf(people[0]!).map((m) => `${m.text}@${m.range.start.line}`)).toEqual([
      'Jerome@0',
      'Jerome@2',
      'Eusebius Sophronius Hieronymus@2',
      'Jerome@2',
      'Eusebius Sophronius Hieronymus@6',
    ]);
  });

  it('a place\'s name that its sentence makes a person\'s is the surname of the article\'s person ("Washington said he…" after "Denzel Washington")', () => {
    const text = 'Denzel Washington starred in the film. Washington said he was proud of it. Later he flew to Washington. Michael Jordan retired. Jordan said he had no regrets.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.mentionsOf(entityNamed(index, 'Denzel Washington')).map((m) => `${m.text}@${m.range.start.character}`)).toEqual([
      'Denzel Washington@0',
      `Washington@${text.indexOf('Washington said')}`,
    ]);
    expect(index.mentionsOf(entityNamed(index, 'Washington')).map((m) => m.range.start.character)).toEqual([text.indexOf('Washington.')]);
    expect(entityNamed(index, 'Washington').type).toBe('place');
    expect(surfaces(index, 'Michael Jordan')).toEqual(['Michael Jordan', 'Jordan']);
  });

  it('an abbreviated rank is a title ("Col. Oumar Sangaré"), and a titled surname is the one given that title before, not his wife\'s', () => {
    const index = indexTexts({ 'a.txt': 'The junta leader, Col. Oumar Sangaré, spoke. His wife Mariam Sangaré smiled. Col. Sangaré then left.\n' });
    expect(surfaces(index, 'Oumar Sangaré')).toEqual(['Oumar Sangaré', 'Sangaré']);
    expect(surfaces(index, 'Mariam Sangaré')).toEqual(['Mariam Sangaré']);
    expect(entityNamed(index, 'Oumar Sangaré').descriptions.map((d) => d.text)).toContain('Col.');
  });

  it('a surname with its particle stands for the full name, capitalised or not ("De Vries said" after "Bram de Vries")', () => {
    const index = indexTexts({ 'a.txt': 'Grid engineer Bram de Vries found the fault. De Vries said repairs would take a week.\n' });
    expect(surfaces(index, 'Bram de Vries')).toEqual(['Bram de Vries', 'De Vries']);
  });

  it('in one story, a hypocoristic is its given name ("Larry Lessig" is "Lawrence Lessig"), unless two people could be meant; a two-part word\'s capitals are its acronym ("LibriVox", "LV")', () => {
    const index = indexTexts({
      'a.txt':
        'Lawrence Lessig spoke first. Larry Lessig later wrote a book, and Larry Lessig signed it. Bill Clinton met William Jefferson Clinton. ' +
        'Chris Evans met Christopher Evans and Christine Evans. The LibriVox project began in 2005, and LV now has 100 readers.\n',
    });
    // The card keeps the given name, though the hypocoristic is said more often.
    expect(surfaces(index, 'Lawrence Lessig')).toEqual(['Lawrence Lessig', 'Larry Lessig', 'Larry Lessig']);
    expect(surfaces(index, 'William Jefferson Clinton')).toEqual(['Bill Clinton', 'William Jefferson Clinton']);
    expect(surfaces(index, 'Chris Evans')).toEqual(['Chris Evans']);
    expect(surfaces(index, 'Christopher Evans')).toEqual(['Christopher Evans']);
    expect(surfaces(index, 'LibriVox')).toEqual(['LibriVox', 'LV']);
  });

  it('a city\'s name stays the city\'s beside bodies named after it, and lends them no type ("Boston", "Boston University", "Boston Red Sox")', () => {
    const index = indexTexts({
      'a.txt': 'She moved to Boston in 2008 and later studied at Boston University, where classes began in September.\n',
      'b.txt': 'Holt played for the Boston Red Sox in 2013. Fans in Boston cheered the Boston Red Sox all season.\n',
    });
    expect(entityNamed(index, 'Boston').type).toBe('place');
    // The two "Boston"s alone, and the three inside the names of the bodies (see nestedNames.test.ts).
    expect(index.mentionsOf(entityNamed(index, 'Boston')).map((m) => `${m.file}:${m.range.start.character}-${m.range.end.character}`)).toEqual([
      'a.txt:13-19',
      'a.txt:49-55',
      'b.txt:20-26',
      'b.txt:52-58',
      'b.txt:71-77',
    ]);
    expect(surfaces(index, 'Boston University')).toEqual(['Boston University']);
    expect(entityNamed(index, 'Boston Red Sox').type).not.toBe('place');
  });

  it('a given name opening a sentence stays in the name, though it be a word too ("Jack Herrick")', () => {
    const index = indexTexts({ 'a.txt': 'Jack Herrick, wikiHow founder, spoke in Palo Alto. Readers thank Herrick often.\n' });
    expect(surfaces(index, 'Jack Herrick')).toEqual(['Jack Herrick', 'Herrick']);
  });

  it('and so does a word the article has already written as part of that whole name ("Nick Bos", "Cyclone Phailin")', () => {
    const text = 'Biologist Nick Bos studies ants. Nick Bos, of the University of Helsinki, said so. In the paper Bos agreed. The storm was named Cyclone Phailin. Cyclone Phailin hit Odisha. Then Phailin weakened.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.mentionsOf(entityNamed(index, 'Nick Bos')).map((m) => `${m.text}@${m.range.start.character}`)).toEqual([
      `Nick Bos@${text.indexOf('Nick')}`,
      `Nick Bos@${text.indexOf('Nick Bos,')}`,
      `Bos@${text.indexOf('Bos agreed')}`,
    ]);
    expect(surfaces(index, 'Cyclone Phailin')).toEqual(['Cyclone Phailin', 'Cyclone Phailin', 'Phailin']);
  });

  it('but stories with headers of their own on one page are not linked to each other', () => {
    const index = indexTexts({
      'page.txt': [
        'Putin Holds Call with Kim',
        'Kim and Putin discussed ties on Thursday, the Kremlin said in a statement.',
        'Related Articles',
        '',
        'Japan Today',
        '33 minutes ago',
        '- Japan Today',
        "N Korea says S Korea's peace overtures a 'pipe dream'",
        'Kim Yo Jong, the sister of leader Kim Jong Un, said on Thursday that talks were over. Kim Yo Jong repeated it.',
      ].join('\n'),
      'other.txt': 'Leader Kim Jong Un inspected a factory, state media said. Kim Jong Un also met generals on Friday.\n',
    });
    expect(index.mentionsOf(entityNamed(index, 'Kim Jong Un')).map((m) => `${m.file}:${m.text}`)).toContain('page.txt:Kim');
  });

  it('a surname in an article with no full name goes to the entity the corpus mentions most', () => {
    const index = indexTexts({
      'a.txt': 'Leader Kim Jong Un inspected a factory, state media said. Kim Jong Un also met generals on Friday.\n',
      'b.txt': 'Analysts said Kim Yo Jong spoke for the government in the statement issued on Friday.\n',
      'c.txt': 'Officials in Seoul said they expected Kim to test another missile soon, officials added.\n',
    });
    expect(surfaces(index, 'Kim Jong Un')).toEqual(['Kim Jong Un', 'Kim Jong Un', 'Kim']);
  });

  it('hyphens and spaces are one spelling: "Kim Jong-un" and "Kim Jong Un"', () => {
    const index = indexTexts({
      'a.txt': 'North Korean leader Kim Jong-un visited the port on Monday, state media said.\n',
      'b.txt': 'Leader Kim Jong Un visited the port again, state media said on Friday.\n',
    });
    expect(surfaces(index, 'Kim Jong Un').sort()).toEqual(['Kim Jong Un', 'Kim Jong-un']);
  });

  it('abbreviated words of names are the words: "St Jerome" and "Saint Jerome", "Mt Fuji" and "Mount Fuji"', () => {
    const index = indexTexts({
      'a.txt': 'Saint Jerome translated the Bible in Bethlehem. Pilgrims climbed Mount Fuji again this summer.\n',
      'b.txt': 'A painting of St Jerome hangs in Venice. Snow fell early on Mt Fuji this year.\n',
    });
    expect(surfaces(index, 'Saint Jerome').sort()).toEqual(['Saint Jerome', 'St Jerome']);
    expect(surfaces(index, 'Mount Fuji').sort()).toEqual(['Mount Fuji', 'Mt Fuji']);
  });

  it('the name after "bin" is the father\'s, no short form of the son\'s ("Crown Prince Hussein bin Abdullah" beside "King Abdullah II … Abdullah said"); "bin Laden" with its particle still is his', () => {
    const text =
      'Jordan\'s King Abdullah II met President Joe Biden on Monday. Abdullah said a ceasefire was needed now. ' +
      'Crown Prince Hussein bin Abdullah, the king\'s eldest son, also attended. Hussein has taken on a growing public role.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Abdullah II')).toEqual(['Abdullah II', 'Abdullah']);
    expect(surfaces(index, 'Hussein bin Abdullah')).toEqual(['Hussein bin Abdullah', 'Hussein']);
    const other = indexTexts({ 'a.txt': 'Osama bin Laden was killed in Abbottabad in 2011. Bin Laden had lived there for years.\n' });
    expect(surfaces(other, 'Osama bin Laden')).toEqual(['Osama bin Laden', 'Bin Laden']);
  });

  it('a known company\'s longer name with its legal form is that company in every article: "Meta Platforms Inc." is the "Meta" of another; an unknown one stays apart', () => {
    const index = indexTexts({
      'a.txt': 'Shares of Meta Platforms Inc. fell on Friday after regulators opened an inquiry. Meta said it would cooperate.\n',
      'b.txt': 'A trade group that represents Meta and Google sued the state over the law on Monday.\n',
      'c.txt': 'Shares of Meta Materials Inc. rose on Friday. Meta Materials makes films.\n',
    });
    expect(surfaces(index, 'Meta').sort()).toEqual(['Meta', 'Meta', 'Meta Platforms Inc.']);
    expect(surfaces(index, 'Meta Materials Inc.').sort()).toEqual(['Meta Materials', 'Meta Materials Inc.']);
  });

  it('a known place and a plural after "the" are a team, which the plural alone stands for ("the New York Knicks … the Knicks"), as does its town in play ("scored 30 for New York", matchReportSides.ts); a place glued to a name without "the" is still two names', () => {
    const text = 'The Boston Celtics beat the New York Knicks 110-98 on Friday. Jalen Brunson scored 30 for New York, and the Knicks had nothing left.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'New York Knicks')).toEqual([`New York Knicks@${text.indexOf('New York Knicks')}`, `New York@${text.lastIndexOf('New York')}`, `Knicks@${text.lastIndexOf('Knicks')}`]);
    const glued = 'What it means for Europe Trump has said little. Trump spoke on Monday.';
    expect(surfaces(indexTexts({ 'a.txt': glued + '\n' }), 'Europe')).toEqual(['Europe']);
  });

  it('a club\'s "Football Club" is its "FC": "Liverpool Football Club" and "Liverpool FC" are one club, and the city "Liverpool" stays apart', () => {
    const index = indexTexts({
      'a.txt': 'Liverpool Football Club said it would support the bid. Liverpool FC chief executive Billy Hogan said the club was proud. Hotels in Liverpool were full.\n',
      'b.txt': 'Fans of Everton F.C. marched to Goodison Park. Everton Football Club thanked them.\n',
    });
    expect(surfaces(index, 'Liverpool Football Club').sort()).toEqual(['Liverpool FC', 'Liverpool Football Club']);
    expect(surfaces(index, 'Everton Football Club').sort()).toEqual(['Everton F.C.', 'Everton Football Club']);
    expect(entityNamed(index, 'Liverpool').type).toBe('place');
    expect([...new Set(surfaces(index, 'Liverpool'))]).toEqual(['Liverpool']);
  });

  it('clubs news names by a short name are known: "pulled one back for Barça" (a person) is FC Barcelona, "host Sevilla on Sunday" (a person) is Sevilla FC', () => {
    const text = 'Robert Lewandowski pulled one back for Barça. Atlético Madrid host Sevilla on Sunday, and the Barca coach said so.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'FC Barcelona')).toEqual([`Barça@${text.indexOf('Barça')}`, `Barca@${text.indexOf('Barca')}`]);
    expect(mentionsAt(index, 'Sevilla FC')).toEqual([`Sevilla@${text.indexOf('Sevilla')}`]);
    for (const name of ['FC Barcelona', 'Sevilla FC', 'Atlético Madrid']) expect(entityNamed(index, name).type, name).toBe('organization');
    expect(entityNamed(index, 'Robert Lewandowski').type).toBe('person');
  });

  it('"his Labor Party" is the Australian Labor Party that "Labor" stands for (two entities), and Wikinews is a body as Wikipedia is (it was other); the UK\'s "Labour Party" stays apart', () => {
    const text = "Prime Minister Anthony Albanese's Labor Party won, and Labor took the seat. Wikinews spoke to him. He had joined the Labour Party in 1990.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Australian Labor Party')).toEqual([`Labor Party@${text.indexOf('Labor Party')}`, `Labor@${text.indexOf('Labor took')}`]);
    expect(mentionsAt(index, 'Labour Party')).toEqual([`Labour Party@${text.indexOf('Labour Party')}`]);
    expect(entityNamed(index, 'Wikinews').type).toBe('organization');
  });

  it('a ruler\'s title and a given name stand for a crowned name only: "Belgian King Philippe" is no other article\'s "Philippe Claudel" (they were one person), while "King Charles" is still "Charles III"', () => {
    const index = indexTexts({
      'a.txt': 'Belgian King Philippe opened the new port on Monday. King Philippe praised the workers.\n',
      'b.txt': 'French ambassador Philippe Claudel met officials in Brussels on Tuesday. Claudel said talks went well.\n',
      'c.txt': 'King Charles III visited Kenya on Monday.\n',
      'd.txt': 'King Charles opened parliament on Tuesday.\n',
    });
    expect(surfaces(index, 'Philippe')).toEqual(['Philippe', 'Philippe']);
    expect(surfaces(index, 'Philippe Claudel')).toEqual(['Philippe Claudel', 'Claudel']);
    expect(surfaces(index, 'Charles III')).toEqual(['Charles III', 'Charles']);
  });

  it('transliterations are one person: Zelenskyy, Zelensky, Zelenskiy', () => {
    const index = indexTexts({
      'a.txt': 'Ukrainian President Volodymyr Zelenskyy spoke in Kyiv on Monday about the front.\n',
      'b.txt': 'President Volodymyr Zelensky spoke again on Tuesday about the front line.\n',
      'c.txt': 'President Volodymyr Zelenskiy travelled to Berlin on Wednesday for talks.\n',
    });
    const people = index.entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(index.mentionsOf(people[0]!).map((m) => m.text).sort()).toEqual(['Volodymyr Zelenskiy', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy']);
  });

  it('diacritics and letters without decomposition fold: Łukasz Wrześniak and Lukasz Wrzesniak', () => {
    const index = indexTexts({
      'a.txt': 'Defence Minister Łukasz Wrześniak said the navy would patrol the coast this winter.\n',
      'b.txt': 'Defense Minister Lukasz Wrzesniak said drones would join the patrols soon.\n',
    });
    expect(index.entities.filter((e) => e.type === 'person')).toHaveLength(1);
  });

  it('a known company and a group word is that company ("HPPL shares the project with Rio Tinto Group. Rio Tinto said"); a known place and a group word is another body ("Analysts at Eurasia Group … across Eurasia")', () => {
    const text = 'HPPL shares the Hope Downs project with Rio Tinto Group. Rio Tinto said it was not a party to the case.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Rio Tinto')).toEqual(['Rio Tinto Group', 'Rio Tinto']);
    const other = indexTexts({ 'a.txt': 'Analysts at Eurasia Group said the risk was high. Trade across Eurasia slowed.\n' });
    expect(surfaces(other, 'Eurasia Group')).toEqual(['Eurasia Group']);
    expect(entityNamed(other, 'Eurasia').type).toBe('place');
  });

  it('a known company\'s operating name is the company: "Huawei Technologies Co Ltd, whose Mate 60 phone sold well" and "Huawei said" were two bodies, as "Honda Motor Co." and "Honda" were; "Toyota Industries Corp." and "Mitsubishi Motors Corp." stay firms of their own', () => {
    const text = 'Apple faces competition from Huawei Technologies Co Ltd, whose Mate 60 phone sold well. Huawei said sales rose. Honda Motor Co. reports next week. Honda said so. Toyota Industries Corp. fell, and Mitsubishi Motors Corp. rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Huawei').sort()).toEqual(['Huawei', 'Huawei Technologies Co Ltd']);
    expect(surfaces(index, 'Honda').sort()).toEqual(['Honda', 'Honda Motor Co.']);
    expect(surfaces(index, 'Toyota Industries Corp.')).toEqual(['Toyota Industries Corp.']);
    expect(surfaces(index, 'Mitsubishi Motors Corp.')).toEqual(['Mitsubishi Motors Corp.']);
  });

  it('a known company and the word its operating firm adds, with no legal form, is the company: "Huawei Technologies … Huawei said", "Analysts at Nomura Securities … Nomura\'s chief strategist", "Barclays Bank … Barclays" were two bodies each', () => {
    const text = 'Huawei Technologies has been on the list since 2019. Huawei said its phones sold well. Analysts at Nomura Securities said defaults were likely. "The sector is shrinking," said Nomura\'s chief economist. Barclays Bank reported on Thursday, and Barclays said it would cut jobs.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Huawei').sort()).toEqual(['Huawei', 'Huawei Technologies']);
    expect(surfaces(index, 'Nomura').sort()).toEqual(['Nomura', 'Nomura Securities']);
    expect(surfaces(index, 'Barclays').sort()).toEqual(['Barclays', 'Barclays Bank']);
  });

  it('a company named by its country, its own word and the word for its kind is its own word alone ("China Evergrande Group … Evergrande said" were two, the second typed other); the country stays a place', () => {
    const text = 'Shares of China Evergrande Group fell 9% on Monday after creditors rejected a plan. Evergrande said it would appeal. Trade with China slowed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const company = entityNamed(index, 'China Evergrande Group');
    expect(company.type).toBe('organization');
    expect(surfaces(index, 'China Evergrande Group')).toEqual(['China Evergrande Group', 'Evergrande']);
    expect(entityNamed(index, 'China').type).toBe('place');
  });

  it('a company\'s full name with its group word and legal form is the company its short name names ("Goldman Sachs Group Inc." and "Goldman Sachs", "JPMorgan Chase & Co." and "JPMorgan Chase"); one word and a suffix is not ("Smith Ltd")', () => {
    const a = 'Shares of Goldman Sachs Group Inc. and JPMorgan Chase & Co. rose, while Smith Ltd fell.';
    const index = indexTexts({ 'a.txt': a + '\n', 'b.txt': 'Goldman Sachs and JPMorgan Chase led the deal. Analyst Jane Smith disagreed.\n' });
    expect(surfaces(index, 'Goldman Sachs').sort()).toEqual(['Goldman Sachs', 'Goldman Sachs Group Inc.']);
    expect(surfaces(index, 'JPMorgan Chase').sort()).toEqual(['JPMorgan Chase', 'JPMorgan Chase & Co.']);
    expect(surfaces(index, 'Jane Smith')).toEqual(['Jane Smith']);
  });

  it('a stock symbol in parentheses after a company is another name of it, its exchange\'s code none ("Apple Inc. (AAPL.O)", "(2330.TW)"); a legal form after a web address belongs to it ("Amazon.com Inc")', () => {
    const text = 'Apple Inc. (AAPL.O) fell, TSMC shares (2330.TW) rose and Amazon.com Inc gained. Later AAPL traded flat and Amazon.com said more.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(allSurfaces(index).sort()).toEqual(['AAPL', 'AAPL', 'Amazon.com', 'Amazon.com Inc', 'Apple Inc.', 'TSMC']);
    expect(mentionsAt(index, 'Apple')).toEqual(['Apple Inc.@0', `AAPL@${text.indexOf('AAPL')}`, `AAPL@${text.lastIndexOf('AAPL')}`]);
    expect(surfaces(index, 'Amazon.com Inc').sort()).toEqual(['Amazon.com', 'Amazon.com Inc']);
  });

  it('the partners\' "and Co." is a legal form: "Piper Jaffray and Co. advised the buyer. Piper Jaffray said" is one firm, named whole (it was "Piper Jaffray" and a body "Co."), with no body "Co."', () => {
    const text = 'Piper Jaffray and Co. advised the buyer. Piper Jaffray said fees rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Piper Jaffray and Co.')).toEqual(['Piper Jaffray and Co.@0', `Piper Jaffray@${text.lastIndexOf('Piper Jaffray')}`]);
    expect(allSurfaces(index)).not.toContain('Co.');
  });

  it('a share class\'s small letter may close a stock symbol: "Novo Nordisk (NOVOb.CO)", "Volvo Cars (VOLCARb.ST)" are the companies\' symbols (they were a name "NOVOb" and a body "CO")', () => {
    const text = 'Novo Nordisk (NOVOb.CO) rose 3% and Volvo Cars (VOLCARb.ST) fell.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Novo Nordisk')).toEqual(['Novo Nordisk@0', `NOVOb@${text.indexOf('NOVOb')}`]);
    expect(mentionsAt(index, 'Volvo Cars')).toEqual([`Volvo Cars@${text.indexOf('Volvo')}`, `VOLCARb@${text.indexOf('VOLCARb')}`]);
    expect(allSurfaces(index).filter((s) => s === 'CO' || s === 'ST')).toEqual([]);
  });

  it('a stock symbol after an exchange\'s code or after a company named by its legal form or by one word whose letters it picks is another name of the company ("Boeing Co. (NYSE: BA)", "Apple Inc. (AAPL)", "Nvidia (NVDA)"); a country\'s code after a person is none ("Eliud Kipchoge (KEN)")', () => {
    const text =
      'Shares of Boeing Co. (NYSE: BA) rose after Bank of America raised its rating. Apple Inc. (AAPL) and Nvidia (NVDA) fell. ' +
      'BA shares later slipped. Eliud Kipchoge (KEN) won the race.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Boeing')).toEqual([`Boeing Co.@${text.indexOf('Boeing')}`, `BA@${text.indexOf('BA)')}`, `BA@${text.indexOf('BA shares')}`]);
    expect(surfaces(index, 'Bank of America')).toEqual(['Bank of America']);
    expect(surfaces(index, 'Apple')).toEqual(['Apple Inc.', 'AAPL']);
    expect(surfaces(index, 'Nvidia')).toEqual(['Nvidia', 'NVDA']);
    expect(surfaces(index, 'Eliud Kipchoge')).toEqual(['Eliud Kipchoge']);
  });

  it('a company is found in a note without its legal suffix, whatever its case or spelling out', () => {
    const index = indexTexts({
      'a.txt': 'Shares of Kestrel Photonics Incorporated rose on Monday after the contract was announced.\n',
      'b.txt': 'Analysts said Vistula Dynamics SA would bid for the cable contract this autumn.\n',
    });
    expect(index.lookup('Kestrel Photonics').map((c) => c.entity.name)).toEqual(['Kestrel Photonics Incorporated']);
    expect(index.lookup('Vistula Dynamics').map((c) => c.entity.name)).toEqual(['Vistula Dynamics SA']);
  });

  it('an acronym defined in parentheses is the same organisation', () => {
    const index = indexTexts({ 'a.txt': 'When the Coast Guard Administration (CGA) boarded the ship, the CGA found nothing on board.\n' });
    expect(surfaces(index, 'Coast Guard Administration')).toEqual(['Coast Guard Administration', 'CGA', 'CGA']);
  });

  it('an acronym defined in parentheses after a name whose sentence opener is cut off afterwards is that name\'s ("Rival Advanced Micro Devices Inc. (AMD) said … AMD shares fell"); an opener that stays in the name keeps it ("Crimson Qorvana Systems (QSI)")', () => {
    const text = 'Rival Advanced Micro Devices Inc. (AMD) said it expected a charge. AMD shares fell. Losing Pokrovsk Defence Council (PDC) was a blow. The PDC said so.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Advanced Micro Devices')).toEqual(['Advanced Micro Devices Inc.', 'AMD', 'AMD']);
    expect(surfaces(index, 'Pokrovsk Defence Council')).toEqual(['Pokrovsk Defence Council', 'PDC', 'PDC']);
    const kept = indexTexts({ 'a.txt': 'Crimson Qorvana Systems (QSI) said it expected a charge. QSI shares fell.\n' });
    expect(surfaces(kept, 'Crimson Qorvana Systems')).toEqual(['Crimson Qorvana Systems', 'QSI', 'QSI']);
  });

  it('an acronym in parentheses after "the", its describing words and a body\'s name spells it in its own language ("the far-right National Rally (RN)", "the Social Democrats (SPD)"); a country\'s sports code ("the Netherlands (NED)") and a person\'s code ("Eliud Kipchoge (KEN)") name no one else', () => {
    const text =
      'The far-right National Rally (RN) and the left-wing France Unbowed (LFI) voted against it. RN leader Marine Le Pen spoke. ' +
      'The Social Democrats (SPD) agreed. The SPD said so. The Netherlands (NED) won, and Eliud Kipchoge (KEN) ran.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'National Rally')).toEqual(['National Rally', 'RN', 'RN']);
    expect(surfaces(index, 'France Unbowed')).toEqual(['France Unbowed', 'LFI']);
    expect(surfaces(index, 'Social Democrats')).toEqual(['Social Democrats', 'SPD', 'SPD']);
    expect(surfaces(index, 'Netherlands')).toEqual(['The Netherlands']);
    expect(surfaces(index, 'Eliud Kipchoge')).toEqual(['Eliud Kipchoge']);
  });

  it('a body\'s acronym in its own language after a possessive or "of" is its alias as after "the": "Marine Le Pen\'s far-right National Rally (RN)", "Jean-Luc Mélenchon of France Unbowed (LFI)"; a party\'s letter after a person ("Rep. Jane Doe of Ohio (D)") and a country\'s code after a possessive and a person ("Kenya\'s Mary Keitany (KEN)") name no body', () => {
    const text =
      'The motion was backed by Marine Le Pen\'s far-right National Rally (RN). The RN said so. Jean-Luc Mélenchon of France Unbowed (LFI) called on Macron to resign. LFI said so. ' +
      'The bill was written by Rep. Jane Doe of Ohio (D). Kenya\'s Mary Keitany (KEN) won the race.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'National Rally')).toEqual(['National Rally', 'RN', 'RN']);
    expect(surfaces(index, 'France Unbowed')).toEqual(['France Unbowed', 'LFI', 'LFI']);
    expect(surfaces(index, 'Jane Doe')).toEqual(['Jane Doe']);
    expect(surfaces(index, 'Mary Keitany')).toEqual(['Mary Keitany']);
  });

  it('a body\'s name goes on over "in" and a place when the acronym after it spells both: "The United Nations Interim Force in Lebanon (UNIFIL) said … UNIFIL added" and "the UN Mission in South Sudan (UNMISS)" were cut before "in", the acronym a body apart; "fans in Boston (MA)" and "a bureau in Paris (AFP)" join nothing', () => {
    const text =
      'The United Nations Interim Force in Lebanon (UNIFIL) said it was in contact with both sides. UNIFIL added that patrols continued. ' +
      'The UN Mission in South Sudan (UNMISS) said so. Fans of Celtic Park in Boston (MA) cheered. The Press Bureau in Paris (AFP) said nothing.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'United Nations Interim Force in Lebanon')).toEqual(['United Nations Interim Force in Lebanon', 'UNIFIL', 'UNIFIL']);
    expect(entityNamed(index, 'United Nations Interim Force in Lebanon').type).toBe('organization');
    expect(surfaces(index, 'UN Mission in South Sudan')).toEqual(['UN Mission in South Sudan', 'UNMISS']);
    expect(index.entities.map((e) => e.name)).toContain('Celtic Park');
    expect(index.entities.map((e) => e.name)).not.toContain('Press Bureau in Paris');
  });

  it('a body\'s name goes on over "in the" and a place, a name or not, when the acronym after it abbreviates the name\'s opening words: "The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) said … UNRWA has" was cut before "in", the acronym a body apart; "the World Food Programme in the Gaza Strip (WFP)", which the name alone spells, joins nothing', () => {
    const text =
      'The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) said on Tuesday it would run out of money. UNRWA has 13,000 staff. ' +
      'Staff of the World Food Programme in the Gaza Strip (WFP) left. WFP said trucks waited.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const unrwa = 'United Nations Relief and Works Agency for Palestine Refugees in the Near East';
    expect(surfaces(index, unrwa)).toEqual([unrwa, 'UNRWA', 'UNRWA']);
    expect(entityNamed(index, unrwa).type).toBe('organization');
    expect(surfaces(index, 'World Food Programme')).toEqual(['World Food Programme', 'WFP', 'WFP']);
    expect(entityNamed(index, 'Gaza').type).toBe('place');
  });

  it('an acronym the article defines takes its type from the definition, not from what its letters mean elsewhere', () => {
    const index = indexTexts({
      'party.txt': 'The court upheld the victory of the People’s Renewal Congress (PRC) in the state election. PRC officials celebrated in the capital.\n',
      'agency.txt': 'The Indian Space Launch Authority (ISLA) approved the flight on Monday. ISLA engineers said the rocket was ready.\n',
    });
    const party = entityNamed(index, 'People’s Renewal Congress');
    expect(party.type).toBe('organization');
    expect(surfaces(index, 'People’s Renewal Congress')).toEqual(['People’s Renewal Congress', 'PRC', 'PRC']);
    expect(index.entities.some((e) => e.name === 'China')).toBe(false);
    expect(entityNamed(index, 'Indian Space Launch Authority').type).toBe('organization');
  });

  it('names in another script in parentheses are aliases: TSMC and 台積電', () => {
    const index = indexTexts({ 'a.txt': 'The government will assist Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) in investing overseas, the office said.\n' });
    const tsmc = entityNamed(index, 'Taiwan Semiconductor Manufacturing Co');
    expect(tsmc.type).toBe('organization');
    expect(surfaces(index, 'Taiwan Semiconductor Manufacturing Co')).toEqual(['Taiwan Semiconductor Manufacturing Co', 'TSMC', '台積電']);
  });

  it('well-known short forms are one place: N Korea, DPRK, U.S., US', () => {
    const index = indexTexts({
      'a.txt': 'Analysts said N Korea would not talk to the U.S. this year, officials in Seoul said.\n',
      'b.txt': 'The DPRK said the US had provoked it, and North Korea warned of a response.\n',
    });
    expect(surfaces(index, 'North Korea').sort()).toEqual(['DPRK', 'N Korea', 'North Korea']);
    expect(surfaces(index, 'United States').sort()).toEqual(['U.S.', 'US']);
  });

  it('a possessive belongs to the name, straight or curly, and stays out of its range', () => {
    const index = indexTexts({ 'a.txt': "Officials said Kim Jong Un's aides met TSMC’s suppliers, while TSMC said nothing on Monday.\n" });
    expect(surfaces(index, 'Kim Jong Un')).toEqual(['Kim Jong Un']);
    expect(surfaces(index, 'TSMC')).toEqual(['TSMC', 'TSMC']);
  });

  it('a title or an honorific before one word makes it a surname, which stands only for a full name ending with it ("Justice Thomas" is no other article\'s Thomas Kinkade; "President Putin" is Vladimir Putin)', () => {
    const index = indexTexts({
      'a.txt': 'Thomas Kinkade painted cottages. Thomas Kinkade sold millions.\n',
      'b.txt': 'During the argument, Justice Thomas asked a question.\n',
      'c.txt': 'Vladimir Putin met the envoy in Moscow.\n',
      'd.txt': 'On Friday, President Putin spoke again.\n',
    });
    expect(entityNamed(index, 'Thomas Kinkade').mentionCount).toBe(2);
    expect(mentionsAt(index, 'Thomas')).toEqual([`Thomas@${'During the argument, Justice '.length}`]);
    expect(mentionsAt(index, 'Vladimir Putin')).toEqual(['Vladimir Putin@0', `Putin@${'On Friday, President '.length}`]);
  });

  it('a given name right after a kinship noun is a relative the article introduces, no other article\'s person ("his mother, Jennifer," is not Jennifer Lopez), unless the article names that relative in full', () => {
    const index = indexTexts({
      'a.txt': 'Jennifer Lopez sang at the gala. Jennifer Lopez then left.\n',
      'b.txt': 'His father, Anthony, was a geologist and his mother, Jennifer, is a nurse.\n',
      'c.txt': 'Johann Bernoulli taught in Basel. Daniel left, and his father Johann never forgave him.\n',
    });
    expect(entityNamed(index, 'Jennifer Lopez').mentionCount).toBe(2);
    expect(mentionsAt(index, 'Jennifer')).toEqual([`Jennifer@${'His father, Anthony, was a geologist and his mother, '.length}`]);
    expect(mentionsAt(index, 'Johann Bernoulli')).toEqual(['Johann Bernoulli@0', `Johann@${'Johann Bernoulli taught in Basel. Daniel left, and his father '.length}`]);
  });

  it('a card\'s description is a whole phrase: not the sentence going on after a parenthetical name ("His father, Anthony, was a geologist"), nor words cut across a parenthesis ("(… – Moscow, Russia) was a general")', () => {
    const index = indexTexts({
      'a.txt':
        'His father, Anthony, was a geologist and his mother, Jennifer, is a nurse. Patrick Gordon (31 March 1635 – 29 November 1699, Moscow, Russia) was a general and rear admiral, the Tsar’s friend. ' +
        'Kpler, a ship-tracking firm, said more. The minister, David Edwards, met the committee. ' +
        'Gordon met John Auchintoul, author of "The History of Peter the Great, Emperor of Russia", in 1698.\n',
    });
    expect(entityNamed(index, 'Anthony').descriptions).toEqual([]);
    expect(entityNamed(index, 'John Auchintoul').descriptions).toEqual([]);
    expect(entityNamed(index, 'Moscow').descriptions).toEqual([]);
    expect(entityNamed(index, 'Moscow').type).toBe('place');
    expect(entityNamed(index, 'Kpler').type).toBe('organization');
  });

  it('a card\'s title is the title\'s own words, not the tail of a name coordinated before it ("Order and Direct Major-General Scott"), and an appositive stops before a clause about the person ("founder interviewed by …")', () => {
    const index = indexTexts({
      'a.txt':
        'We do hereby Order and Direct Major-General Scott to clear the halls. ' +
        'According to the Arts and Humanities Citation Index Professor Chomsky is the most cited scholar. ' +
        'The board met Jack Herrick, wikiHow founder interviewed by Wikinews on Saturday, in Palo Alto.\n',
    });
    expect(entityNamed(index, 'Scott').descriptions.map((d) => d.text)).toEqual(['Major-General']);
    expect(entityNamed(index, 'Chomsky').descriptions.map((d) => d.text)).toEqual(['Professor']);
    expect(entityNamed(index, 'Jack Herrick').descriptions.map((d) => d.text)).toEqual(['wikiHow founder']);
  });

  it('a title before words that close with a dictionary word no census lists as a surname opens a thing\'s name, not a titled person ("Warhol\'s Prince Series", "Inspector Lynley Mysteries"); "President Bush" and "Mlle. du Motel" stay titled people', () => {
    const text = 'Critics saw Warhol\'s Prince Series in 2016. He starred in Inspector Lynley Mysteries on the BBC. President Bush met Mlle. du Motel.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const people = index.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).not.toContain('Series');
    expect(people).not.toContain('Lynley Mysteries');
    expect(mentionsAt(index, 'Bush')).toEqual([`Bush@${text.indexOf('Bush')}`]);
    expect(mentionsAt(index, 'du Motel')).toEqual([`du Motel@${text.indexOf('du Motel')}`]);
    expect(['Bush', 'du Motel'].map((name) => entityNamed(index, name).type)).toEqual(['person', 'person']);
  });

  it('titles and roles are descriptions, not names', () => {
    const index = indexTexts({
      'a.txt': 'German Chancellor Friedrich Merz met North Korean leader Kim Jong Un and the military’s spokesman Lee Sung-jun in Berlin.\n',
    });
    expect(entityNamed(index, 'Friedrich Merz').descriptions.map((d) => d.text)).toEqual(['German Chancellor']);
    expect(entityNamed(index, 'Kim Jong Un').descriptions.map((d) => d.text)).toEqual(['North Korean leader']);
    expect(entityNamed(index, 'Lee Sung-jun').descriptions.map((d) => d.text)).toEqual(['military’s spokesman']);
  });

  it('"First Lady" is a title and an adverb of time opens a sentence before a name, not inside it ("Later Pescheux d\'Herbinville")', () => {
    const text = "First Lady Jill Biden spoke in Ohio. Later Pescheux d'Herbinville fired first. Earlier Volodymyr Zelensky said no.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Jill Biden')).toEqual([`Jill Biden@${text.indexOf('Jill')}`]);
    expect(entityNamed(index, 'Jill Biden').type).toBe('person');
    expect(entityNamed(index, 'Jill Biden').descriptions.map((d) => d.text)).toEqual(['First Lady']);
    expect(mentionsAt(index, "Pescheux d'Herbinville")).toEqual([`Pescheux d'Herbinville@${text.indexOf('Pescheux')}`]);
    expect(mentionsAt(index, 'Volodymyr Zelensky')).toEqual([`Volodymyr Zelensky@${text.indexOf('Volodymyr')}`]);
  });

  it('look-alike letters from other scripts are folded for matching; the text keeps its own', () => {
    const index = indexTexts({
      'a.txt': 'Leaders met at the Vostochny Cosmodrome on Wednesday, officials said.\n',
      'b.txt': 'The rocket was moved to the Vostochny \u0421osmodrome before the visit, officials said.\n',
    });
    expect(surfaces(index, 'Vostochny Cosmodrome').sort()).toEqual(['Vostochny Cosmodrome', 'Vostochny \u0421osmodrome']);
  });

  it('a company with a legal suffix is the same company without it', () => {
    const index = indexTexts({
      'a.txt': 'Vistula Dynamics SA won the contract on Monday, the ministry said.\n',
      'b.txt': 'Analysts said Vistula Dynamics would hire engineers in Gdansk next year.\n',
    });
    expect(surfaces(index, 'Vistula Dynamics SA').sort()).toEqual(['Vistula Dynamics', 'Vistula Dynamics SA']);
  });

  it('British and American spellings of one name are one entity', () => {
    const index = indexTexts({
      'a.txt': 'Ships joined the Harbour Shield Initiative on Monday, the ministry said.\n',
      'b.txt': 'Poland said the Harbor Shield Initiative would expand next year.\n',
    });
    expect(index.entities.filter((e) => /Shield/.test(e.name))).toHaveLength(1);
  });

  it('names that differ only in a number are different entities of one kind', () => {
    const index = indexTexts({ 'a.txt': 'Coast guards detained the freighter Hong Tai 58 on Tuesday; its crew said the ship was the Hong Tai 168 instead.\n' });
    expect(entityNamed(index, 'Hong Tai 58').type).toBe('vessel');
    expect(entityNamed(index, 'Hong Tai 168').type).toBe('vessel');
  });
});

describe('a team named by its last word', () => {
  it('"the Spurs" after "San Antonio Spurs" is that team, not the gazetteer\'s Tottenham Hotspur; in an article without it, "Spurs" stays Tottenham\'s', () => {
    const a = 'The San Antonio Spurs beat Dallas on Sunday. The Spurs have won four straight.';
    const index = indexTexts({ 'a.txt': a + '\n', 'b.txt': 'Spurs lost at Arsenal on Saturday.\n' });
    expect(mentionsWithLines(index, 'San Antonio Spurs')).toEqual(['San Antonio Spurs@0:4', `Spurs@0:${a.lastIndexOf('Spurs')}`]);
    expect(entityNamed(index, 'San Antonio Spurs').type).toBe('organization');
    expect(mentionsWithLines(index, 'Tottenham Hotspur')).toEqual(['Spurs@0:0']);
  });
});

describe('a surname that also opens a name of dictionary words', () => {
  it('"and Savage created a website" is Dan Savage, though the same sentence names the column "Savage Love"', () => {
    const first = "The drink was inspired by columnist Dan Savage's column Savage Love in response to comments made by former Senator Rick Santorum; Savage's readers voted.";
    const second = 'Readers of the Savage Love advice column selected a new definition for the Senator’s last name, and Savage created a website.';
    const index = indexTexts({ 'a.txt': `${first}\n${second}\n` });
    expect(index.mentionsOf(entityNamed(index, 'Dan Savage')).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`)).toEqual([
      `Dan Savage@0:${first.indexOf('Dan Savage')}`,
      `Savage@0:${first.indexOf("Savage's readers")}`,
      `Savage@1:${second.lastIndexOf('Savage')}`,
    ]);
    expect(index.entities.map((e) => e.name)).not.toContain('Savage');
  });
});

describe('names before a particle', () => {
  it('the word before "da Silva" stands for the whole name ("Luiz Inácio Lula da Silva … Lula told Congress"), and a bare "Silva" is the story\'s Silva without a particle', () => {
    const text =
      'Luiz Inácio Lula da Silva was sworn in on Sunday. "We will rebuild this country," Lula told Congress. ' +
      'Environment Minister Marina Silva was sworn in alongside him. Silva, who resigned from Lula\'s first government, spoke.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (word: string, from = 0) => `${word}@${text.indexOf(word, from)}`;
    expect(mentionsAt(index, 'Luiz Inácio Lula da Silva')).toEqual([at('Luiz Inácio Lula da Silva'), at('Lula told').replace(' told', ''), at("Lula's").replace("'s", '')]);
    expect(mentionsAt(index, 'Marina Silva')).toEqual([at('Marina Silva'), at('Silva, who').replace(', who', '')]);
    expect(entityNamed(index, 'Luiz Inácio Lula da Silva').type).toBe('person');
  });
});

describe('two surnames after a given name', () => {
  it('the first of two listed surnames after a word the lists know as neither stands for the whole name: "Edmundo González Urrutia … González has the support" lost "González"; "Rulan Chao Pian … Chao said" (no listed "Pian") and "Yuen Ren Chao … Ren said" (a surname first) keep their words apart', () => {
    const index = indexTexts({ 'a.txt': 'Maduro faces an election against Edmundo González Urrutia. González has the support of the opposition.\n' });
    expect(surfaces(index, 'Edmundo González Urrutia')).toEqual(['Edmundo González Urrutia', 'González']);
    const chao = indexTexts({ 'a.txt': 'Rulan Chao Pian taught music at Harvard. Chao said she was happy. Yuen Ren Chao was a linguist. Ren said he was glad.\n' });
    expect(surfaces(chao, 'Rulan Chao Pian')).toEqual(['Rulan Chao Pian']);
    expect(surfaces(chao, 'Yuen Ren Chao')).not.toContain('Ren');
  });

  it('the first of two surnames stands for the whole name ("Claudia Sheinbaum Pardo … Sheinbaum spoke", "Gustavo Petro Urrego … Petro said"); a middle given name does not ("Mary Ann Smith … Ann")', () => {
    const text =
      'Mexican President Claudia Sheinbaum Pardo said tariffs were unfair. Sheinbaum spoke at the National Palace. ' +
      'In Colombia, President Gustavo Petro Urrego also criticised the tariffs. Petro said on X that trade should grow.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Claudia Sheinbaum Pardo')).toEqual(['Claudia Sheinbaum Pardo', 'Sheinbaum']);
    expect(surfaces(index, 'Gustavo Petro Urrego')).toEqual(['Gustavo Petro Urrego', 'Petro']);
    expect(entityNamed(index, 'Claudia Sheinbaum Pardo').type).toBe('person');
    const middle = indexTexts({ 'a.txt': 'Mary Ann Smith chaired the meeting in Leeds. Ann Jones, her deputy, spoke later, and Ann said the vote was close.\n' });
    expect(surfaces(middle, 'Mary Ann Smith')).toEqual(['Mary Ann Smith']);
  });
});

describe('a given name and the first of two surnames across articles', () => {
  it('"Gonzalo Benitez" in one article is the "Gonzalo Benítez Achá" of another (they were two entities, the second holding his story\'s "Benítez"); two full names of other second surnames leave it alone', () => {
    const index = indexTexts({
      'a.txt': 'Central Bank Governor Gonzalo Benítez Achá said reserves fell. Benítez spoke again on Friday.\n',
      'b.txt': 'Bolivia\'s central bank governor Gonzalo Benitez said the fine was fair. Benitez left early.\n',
    });
    expect(surfaces(index, 'Gonzalo Benítez Achá')).toEqual(['Gonzalo Benítez Achá', 'Benítez', 'Gonzalo Benitez', 'Benitez']);
    const two = indexTexts({
      'a.txt': 'Governor Gonzalo Benítez Achá said reserves fell. Senator Gonzalo Benítez Rojas disagreed.\n',
      'b.txt': 'The governor, Gonzalo Benitez, said the fine was fair.\n',
    });
    expect(surfaces(two, 'Gonzalo Benitez')).toEqual(['Gonzalo Benitez']);
  });
});

describe('a parent body\'s acronym before a body\'s name', () => {
  it('"The U.N. World Food Programme said … WFP executive director" and "the UN World Health Organization … WHO chief" are one body each; "US West Coast" takes no "West Coast" nested in it', () => {
    const text =
      'The U.N. World Food Programme said 24 million people faced hunger. WFP executive director Cindy McCain said aid was blocked. ' +
      'The UN World Health Organization said cases rose. WHO chief Tedros Adhanom Ghebreyesus said the outbreak was serious.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'World Food Programme')).toEqual(['U.N. World Food Programme', 'WFP']);
    expect(surfaces(index, 'World Health Organization')).toEqual(['UN World Health Organization', 'WHO']);
    expect(entityNamed(index, 'World Food Programme').type).toBe('organization');
    const coast = indexTexts({ 'a.txt': 'Fires spread along the US West Coast on Monday, officials said.\n' });
    expect(surfaces(coast, 'US West Coast')).toEqual(['US West Coast']);
  });
});

describe('a club by its closing word', () => {
  it('"City" alone after "Manchester City" is the club ("City took the lead" was lost, though "Town" after "Ipswich Town" was kept); beside "Mexico City" a bare "City" is nobody\'s club', () => {
    const text = 'Manchester City beat Arsenal 2-1 on Sunday. City took the lead through Erling Haaland. Guardiola said City were tired.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Manchester City')).toEqual([`Manchester City@0`, `City@${text.indexOf('City took')}`, `City@${text.indexOf('City were')}`]);
    const place = 'Manchester City beat Arsenal 2-1 in Mexico City on Sunday. City officials said the match was safe.';
    const other = indexTexts({ 'a.txt': place + '\n' });
    expect(mentionsAt(other, 'Manchester City')).toEqual(['Manchester City@0']);
  });
});

describe('a club by its town and a plural verb', () => {
  it('a town\'s one word with a plural verb is its club, the story\'s club the lists know too: "Newcastle United beat Arsenal 2-0 … Newcastle are sixth" made the city; after a preposition or in a list it stays a place ("Fans in Newcastle were happy", "Paris and Berlin are far apart")', () => {
    const text = 'Newcastle United beat Arsenal 2-0 on Sunday. Newcastle are sixth in the Premier League. Paris and Berlin are far apart. Fans in Newcastle were happy.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Newcastle United')).toEqual(['Newcastle United@0', `Newcastle@${text.indexOf('Newcastle are')}`]);
    expect(entityNamed(index, 'Newcastle').type).toBe('place');
    expect(mentionsAt(index, 'Newcastle')).toEqual([`Newcastle@${text.indexOf('Newcastle were')}`]);
    expect(entityNamed(index, 'Berlin').type).toBe('place');
  });
});

describe('a middle name standing for the name across articles', () => {
  it('"Brazil\'s Lula" in one article is the "Luiz Inácio Lula da Silva" of another, and "Sheinbaum" alone the "Claudia Sheinbaum Pardo" of another; "Ann" alone is no "Mary Ann Smith" of another', () => {
    const index = indexTexts({
      'a.txt': 'Brazilian President Luiz Inácio Lula da Silva on Tuesday signed a decree. Mexican President Claudia Sheinbaum Pardo spoke on Monday. Mary Ann Smith chaired the meeting.\n',
      'b.txt': "Brazil's Lula and Indonesia's Prabowo Subianto also attended. On Tuesday, Sheinbaum said Mexico would respond. Ann Jones said Ann was late.\n",
    });
    expect(surfaces(index, 'Luiz Inácio Lula da Silva')).toEqual(['Luiz Inácio Lula da Silva', 'Lula']);
    expect(surfaces(index, 'Claudia Sheinbaum Pardo')).toEqual(['Claudia Sheinbaum Pardo', 'Sheinbaum']);
    expect(surfaces(index, 'Mary Ann Smith')).toEqual(['Mary Ann Smith']);
  });
});

describe('bare surnames across articles', () => {
  it('a form whose sentence says it is a made thing is no loose spelling of another article\'s surname ("NASA\'s Kepler spacecraft" is not "Elise Keppler")', () => {
    const index = indexTexts({
      'a.txt': 'Elise Keppler of Human Rights Watch said the verdict was historic.\n',
      'b.txt': "The planet was discovered in 2015 by NASA's Kepler spacecraft.\n",
    });
    expect(mentionsAt(index, 'Elise Keppler')).toEqual(['Elise Keppler@0']);
    expect(entityNamed(index, 'Kepler').type).toBe('product');
  });
});

describe('places the lists know with their comma', () => {
  it('"Washington, D.C." is one mention of Washington, not Washington and a "D.C." of its own; "Paris, France" stays two places', () => {
    const text = 'The trial opened in Washington, D.C., before Judge Amit Mehta. Paris, France is far.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Washington')).toEqual([`Washington, D.C.@${text.indexOf('Washington')}`]);
    expect(index.entities.map((e) => e.name).sort()).toEqual(['Amit Mehta', 'France', 'Paris', 'Washington']);
  });
});

describe('initialisms without their last period', () => {
  it('"the U.S government" of a transcript is the United States, as "the U.S." is', () => {
    const text = 'Talks between Gorbachev and the U.S government went on, but the U.S wouldn\'t consider that.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'United States')).toEqual([`U.S@${text.indexOf('U.S')}`, `U.S@${text.lastIndexOf('U.S')}`]);
  });
});

describe('numbers after names', () => {
  it('a score or a range after a name is no part of it ("beat Manchester City 3–1", "Leeds United 2-0"), a ship\'s number is ("Hong Tai 58")', () => {
    const text = 'Madrid beat Manchester City 3–1 after extra time, and Chelsea beat Leeds United 2-0. Guards detained the Hong Tai 58 on Tuesday.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Manchester City')).toEqual([`Manchester City@${text.indexOf('Manchester City')}`]);
    expect(mentionsAt(index, 'Leeds United')).toEqual([`Leeds United@${text.indexOf('Leeds United')}`]);
    expect(mentionsAt(index, 'Hong Tai 58')).toEqual([`Hong Tai 58@${text.indexOf('Hong Tai 58')}`]);
  });
});

describe('transliteration keys', () => {
  it('fold doubled letters and -y/-iy endings, but never digits', async () => {
    const { looseToken } = await import('../../src/corpusIndex/looseKey.js');
    expect(looseToken('zelenskyy')).toBe(looseToken('zelenskiy'));
    expect(looseToken('harbour')).toBe(looseToken('harbor'));
    expect(looseToken('person1149')).not.toBe(looseToken('person1499'));
  });
});

describe('other names the text gives for the name just before', () => {
  it('a nickname in quotes after "known as" is the person\'s other name (\'Jimmy Chérizier, known as "Barbecue,"\')', () => {
    const a = 'Gangs led by former police officer Jimmy Chérizier, known as "Barbecue," attacked the town.';
    const index = indexTexts({ 'a.txt': a + '\n' });
    expect(mentionsWithLines(index, 'Jimmy Chérizier')).toEqual([`Jimmy Chérizier@0:${a.indexOf('Jimmy')}`, `Barbecue@0:${a.indexOf('Barbecue')}`]);
    expect(entityNamed(index, 'Jimmy Chérizier').type).toBe('person');
  });

  it('"the Pakistani Taliban, known as Tehrik-e-Taliban Pakistan or TTP" names another body: neither is the Taliban\'s other name', () => {
    const a = 'The strikes targeted the Pakistani Taliban, known as Tehrik-e-Taliban Pakistan or TTP. The Taliban government in Kabul denies it.';
    const index = indexTexts({ 'a.txt': a + '\n' });
    expect(mentionsWithLines(index, 'Taliban')).toEqual([`Taliban@0:${a.indexOf('Taliban')}`, `Taliban@0:${a.lastIndexOf('Taliban')}`]);
    expect(mentionsWithLines(index, 'Tehrik-e-Taliban Pakistan')).toEqual([`Tehrik-e-Taliban Pakistan@0:${a.indexOf('Tehrik')}`, `TTP@0:${a.indexOf('TTP')}`]);
  });

  it('a dash may open the alias phrase as a comma does: "the liberal People\'s Party for Freedom and Democracy — known by its Dutch initials VVD — said … The VVD is" gives the party its initials; a dash before a description names nothing ("Tina McKenzie — known as a tough negotiator — said")', () => {
    const text = "Hermans, of the liberal People's Party for Freedom and Democracy — known by its Dutch initials VVD — said the Netherlands would meet its targets. The VVD is part of the coalition.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, "People's Party for Freedom and Democracy")).toEqual(["People's Party for Freedom and Democracy", 'VVD', 'VVD']);
    const other = indexTexts({ 'a.txt': 'Union leader Tina McKenzie — known as a tough negotiator — said the talks failed. McKenzie left.\n' });
    expect(surfaces(other, 'Tina McKenzie')).toEqual(['Tina McKenzie', 'McKenzie']);
  });

  it('"known by its French acronym RSF" gives the body its acronym, for every later mention of it in the article, not beyond it (RSF is Sudan\'s Rapid Support Forces elsewhere)', () => {
    const text = 'Reporters Without Borders, known by its French acronym RSF, counted the dead. Then RSF published a list.';
    const index = indexTexts({ 'a.txt': text + '\n', 'b.txt': 'Fighters of the RSF took the town.\n' });
    expect(mentionsAt(index, 'Reporters Without Borders')).toEqual(['Reporters Without Borders@0', `RSF@${text.indexOf('RSF')}`, `RSF@${text.lastIndexOf('RSF')}`]);
    expect(index.entities.filter((e) => e.name !== 'Reporters Without Borders').flatMap((e) => index.mentionsOf(e).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`))).toEqual(['RSF@0:16']);
  });

  it('"known as" an acronym gives no other name to a country whose words do not spell it ("The U.N. Assistance Mission in Afghanistan, known as UNAMA": the mission\'s, its name whole), but does to one whose words do ("the United Arab Emirates, known as UAE")', () => {
    const text = 'The U.N. Assistance Mission in Afghanistan, known as UNAMA, said so. Later UNAMA agreed. Flights to the United Arab Emirates, known as UAE, resumed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Afghanistan')).toEqual([`Afghanistan@${text.indexOf('Afghanistan')}`]);
    expect(mentionsAt(index, 'U.N. Assistance Mission in Afghanistan')).toEqual([`U.N. Assistance Mission in Afghanistan@${text.indexOf('U.N.')}`, `UNAMA@${text.indexOf('UNAMA')}`, `UNAMA@${text.lastIndexOf('UNAMA')}`]);
    expect(mentionsAt(index, 'United Arab Emirates')).toEqual([`United Arab Emirates@${text.indexOf('United Arab')}`, `UAE@${text.indexOf('UAE')}`]);
  });

  it('"self-identified as" gives another name of the one before: "Pierre Charles L\'Enfant (…), self-identified as Peter Charles L\'Enfant"', () => {
    const text = "Pierre Charles L'Enfant (August 2, 1754 – June 14, 1825), self-identified as Peter Charles L'Enfant while living in the United States, was an engineer.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    const people = index.entities.filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(mentionsAt(index, people[0]!.name)).toEqual([`Pierre Charles L'Enfant@0`, `Peter Charles L'Enfant@${text.indexOf('Peter')}`]);
  });

  it('"also known as", "better known by her pseudonym", "née" and a language\'s label link the later name to the first', () => {
    const text = [
      'Jenna Nicole Mourey (born September 15, 1986), better known by her pseudonym Jenna Marbles, is a comedian.',
      'The rebel leader Abu Mohammed al-Jolani, also known as Ahmed al-Sharaa, spoke on Sunday.',
      'His mother, Katherine Moreau (née Buckley), was a dancer.',
      'Jerome visited. Later, Jerome (Latin: Eusebius Sophronius Hieronymus) wrote.',
    ].join('\n');
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
    expect(at('Jenna Nicole Mourey')).toEqual(['Jenna Nicole Mourey@0:0', 'Jenna Marbles@0:77']);
    expect(at('Abu Mohammed al-Jolani')).toEqual(['Abu Mohammed al-Jolani@1:17', 'Ahmed al-Sharaa@1:55']);
    expect(at('Katherine Moreau')).toEqual(['Katherine Moreau@2:12', 'Buckley@2:34']);
    // One entity, named by its fullest name.
    expect(at('Eusebius Sophronius Hieronymus')).toEqual(['Jerome@3:0', 'Jerome@3:23', 'Eusebius Sophronius Hieronymus@3:38']);
  });

  it('a pen name, and names in the parenthesis after a name, join that name wherever the page later sends it', () => {
    const text = [
      'Ichiyō Higuchi (May 2, 1872 – November 23, 1896) was a pen name of Japanese author Natsu Higuchi (Higuchi Natsu), also known as Natsuko Higuchi.',
      'Jerome (/dʒəˈroʊm/; Latin: Eusebius Sophronius Hieronymus; Greek: Εὐσέβιος Σωφρόνιος Ἱερώνυμος) was a priest. Saint Jerome wrote. Saint Jerome died.',
    ].join('\n');
    const index = indexTexts({ 'a.txt': text + '\n' });
    const forms = (name: string) => index.mentionsOf(entityNamed(index, name)).map((m) => `${m.text}@${m.range.start.line}:${m.range.start.character}`);
    const line0 = text.split('\n')[0]!;
    const higuchi = index.entities.find((e) => index.mentionsOf(e).some((m) => m.text === 'Ichiyō Higuchi'))!;
    const higuchiForms = forms(higuchi.name);
    expect(higuchiForms.map((f) => f.slice(0, f.indexOf('@')))).toEqual(['Ichiyō Higuchi', 'Natsu Higuchi', 'Higuchi Natsu', 'Natsuko Higuchi']);
    expect(higuchiForms[3]).toBe(`Natsuko Higuchi@0:${line0.indexOf('Natsuko')}`);
    // The name the page uses more than once names him, not his Latin name given in passing.
    const line1 = text.split('\n')[1]!;
    expect(forms('Saint Jerome')).toEqual([
      'Jerome@1:0',
      `Eusebius Sophronius Hieronymus@1:${line1.indexOf('Eusebius')}`,
      `Εὐσέβιος Σωφρόνιος Ἱερώνυμος@1:${line1.indexOf('Εὐσέβιος')}`,
      `Saint Jerome@1:${line1.indexOf('Saint')}`,
      `Saint Jerome@1:${line1.lastIndexOf('Saint')}`,
    ]);
  });

  it('but only the name right before the phrase: the team is "known as the Gliders", not the player', () => {
    const index = indexTexts({
      'a.txt': 'Wikinews interviewed Tina McKenzie, a former member of the national wheelchair basketball team, known as the Gliders.\n',
    });
    expect(index.mentionsOf(entityNamed(index, 'Tina McKenzie')).map((m) => m.text)).toEqual(['Tina McKenzie']);
  });
  it('a name with "Jr." is another person than the name without it: a surname alone is the father\'s, "Hale Jr." the son\'s', () => {
    const text =
      'Senator Robert Hale said on Monday he would run again. Hale, 71, has served since 1999. ' +
      'His son, Robert Hale Jr., a lawyer in Denver, will lead the campaign. Hale Jr. said the family was united. Hale thanked voters.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Robert Hale')).toEqual([`Robert Hale@${text.indexOf('Robert')}`, `Hale@${text.indexOf('Hale, 71')}`, `Hale@${text.indexOf('Hale thanked')}`]);
    expect(mentionsAt(index, 'Robert Hale Jr.')).toEqual([`Robert Hale Jr.@${text.indexOf('Robert Hale Jr.')}`, `Hale Jr.@${text.indexOf('Hale Jr. said')}`]);
  });
  it('the securities depositories news names are known bodies ("frozen Russian assets held at Euroclear" and "Belgium hosts Euroclear" made a place)', () => {
    const text = 'Ministers agreed to use frozen Russian assets held at Euroclear. Belgium hosts Euroclear and Luxembourg hosts Clearstream.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Euroclear')).toEqual([`Euroclear@${text.indexOf('Euroclear')}`, `Euroclear@${text.lastIndexOf('Euroclear')}`]);
    expect(['Euroclear', 'Clearstream'].map((name) => entityNamed(index, name).type)).toEqual(['organization', 'organization']);
  });

  it('the French presidency and foreign ministry by their seats are known bodies ("The Elysee said Macron would travel" made a person "Elysee"; "The Quai d\'Orsay summoned the ambassador" found nothing)', () => {
    const text = "The Elysee said Macron would travel. The Élysée Palace confirmed it. The Quai d'Orsay summoned the ambassador.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Élysée Palace')).toEqual([`Elysee@${text.indexOf('Elysee')}`, `Élysée Palace@${text.indexOf('Élysée')}`]);
    expect(mentionsAt(index, "Quai d'Orsay")).toEqual([`Quai d'Orsay@${text.indexOf('Quai')}`]);
    expect(['Élysée Palace', "Quai d'Orsay"].map((name) => entityNamed(index, name).type)).toEqual(['organization', 'organization']);
  });
  it('the Irish police by its officers\' plural is the known force ("Gardaí arrested two men" was other, "Gardai" unlinked); "Lake Garda" stays a place', () => {
    const text = 'Gardaí arrested two men in Dublin on Tuesday. Gardai later released one of them. The Garda Síochána said inquiries continue.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Garda Síochána')).toEqual([`Gardaí@0`, `Gardai@${text.indexOf('Gardai')}`, `Garda Síochána@${text.indexOf('Garda Síochána')}`]);
    expect(entityNamed(index, 'Garda Síochána').type).toBe('organization');
    const near = indexTexts({ 'a.txt': 'Tourists swam in Lake Garda on Sunday.\n' });
    expect(entityNamed(near, 'Lake Garda').type).toBe('place');
  });
  it('the Irish health service and the British safety regulator, named by dictionary words closing with a title word, are known bodies ("the Health Service Executive said" and "The Health and Safety Executive said" found nothing); "Chief Executive Paul Reid said" is still a person', () => {
    const text = 'In Dublin, the Health Service Executive said it was busy. The Health and Safety Executive said it would investigate. Chief Executive Paul Reid said so.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Health Service Executive')).toEqual([`Health Service Executive@${text.indexOf('Health')}`]);
    expect(['Health Service Executive', 'Health and Safety Executive'].map((name) => entityNamed(index, name).type)).toEqual(['organization', 'organization']);
    expect(entityNamed(index, 'Paul Reid').type).toBe('person');
  });
  it('the golf and tennis tours are known bodies ("The PGA Tour said" and "The ATP Tour fined him" were people, "the LPGA Tour", "LIV Golf" and "the DP World Tour" other, each with its letters a body inside); "The PGA Championship starts Thursday" is still an event', () => {
    const text = 'The ATP Tour fined him. She left the LPGA Tour for LIV Golf. He won on the DP World Tour. The PGA Tour said so. The PGA Championship starts Thursday.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const tours = ['ATP Tour', 'LPGA Tour', 'LIV Golf', 'DP World Tour', 'PGA Tour'];
    expect(tours.map((name) => entityNamed(index, name).type)).toEqual(tours.map(() => 'organization'));
    for (const letters of ['ATP', 'LPGA', 'DP']) expect(allSurfaces(index)).not.toContain(letters);
    expect(entityNamed(index, 'PGA Championship').type).toBe('event');
  });
  it('a broadcaster named by a word and a number and the space companies named by dictionary words are known bodies ("Channel 4 and ITV reported" found nothing and made "ITV" a vessel, "Blue Origin, founded by Jeff Bezos," and "Rocket Lab launched" nothing); "Switch to channel 4" names nothing', () => {
    const text = 'Channel 4 and ITV reported rising revenue. Blue Origin, founded by Jeff Bezos, plans a launch. Rocket Lab launched a rocket.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const bodies = ['Channel 4', 'ITV', 'Blue Origin', 'Rocket Lab'];
    expect(bodies.map((name) => entityNamed(index, name).type)).toEqual(bodies.map(() => 'organization'));
    expect(mentionsAt(index, 'Channel 4')).toEqual([`Channel 4@0`]);
    expect(allSurfaces(indexTexts({ 'a.txt': 'Switch to channel 4 for the news.\n' }))).toEqual([]);
  });
  it('the Philippine and Indonesian islands news names by one word are known places ("The typhoon struck Bohol and Cebu" made two people, "A ferry sank off Leyte" another), and "Cebu Pacific", the airline, is a body (it was a person), apart from the island', () => {
    const text = 'The typhoon struck Bohol and Cebu. A ferry sank off Leyte. Tourists flocked to Lombok. Cebu Pacific cancelled flights.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const islands = ['Bohol', 'Cebu', 'Leyte', 'Lombok'];
    expect(islands.map((name) => entityNamed(index, name).type)).toEqual(islands.map(() => 'place'));
    expect(mentionsAt(index, 'Cebu')).toEqual([`Cebu@${text.indexOf('Cebu')}`]);
    expect(entityNamed(index, 'Cebu Pacific').type).toBe('organization');
  });
  it('the French and American international broadcasters are known bodies ("Radio France Internationale reported" was other, "Voice of America reported" made the United States of "America"); "Listeners in France tuned in" still names the country', () => {
    const text = 'Radio France Internationale reported the death. Voice of America reported it too. VOA said so. Listeners in France tuned in.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(['Radio France Internationale', 'Voice of America'].map((name) => entityNamed(index, name).type)).toEqual(['organization', 'organization']);
    expect(mentionsAt(index, 'Voice of America')).toEqual([`Voice of America@${text.indexOf('Voice')}`, `VOA@${text.indexOf('VOA')}`]);
    expect(allSurfaces(index)).not.toContain('America');
    expect(mentionsAt(index, 'France')).toEqual([`France@${text.lastIndexOf('France')}`]);
  });
  it('the launch vehicles news names most are known products ("Blue Origin plans a New Glenn launch" made a person, "SpaceX tested Starship again" other, "The Falcon 9 flew" a vessel by its number); "the starship Enterprise" in lower case names no rocket', () => {
    const text = 'Blue Origin plans a New Glenn launch next month. SpaceX tested Starship again. The Falcon 9 flew. Fans love the starship Enterprise.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const rockets = ['New Glenn', 'Starship', 'Falcon 9'];
    expect(rockets.map((name) => entityNamed(index, name).type)).toEqual(rockets.map(() => 'product'));
    expect(mentionsAt(index, 'Starship')).toEqual([`Starship@${text.indexOf('Starship')}`]);
  });

  it('national rugby sides by their nicknames are known bodies, "All" and all ("South Africa beat the All Blacks" gave "Blacks", "All Blacks coach Scott Robertson" opening a sentence too; the Springboks and Wallabies were other), and "Springbok captain" is the Springboks\'; "All Labour Party members voted" still opens with a word', () => {
    const text = 'South Africa beat the All Blacks 43-10. All Blacks coach Scott Robertson was angry. Springbok captain Siya Kolisi smiled as the Springboks and the Wallabies rested. All Labour Party members voted.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'All Blacks')).toEqual([`All Blacks@${text.indexOf('All Blacks')}`, `All Blacks@${text.indexOf('All Blacks coach')}`]);
    expect(mentionsAt(index, 'Springboks')).toEqual([`Springbok@${text.indexOf('Springbok captain')}`, `Springboks@${text.indexOf('Springboks and')}`]);
    expect(['All Blacks', 'Springboks', 'Wallabies'].map((name) => entityNamed(index, name).type)).toEqual(['organization', 'organization', 'organization']);
    expect(mentionsAt(index, 'Labour Party')).toEqual([`Labour Party@${text.indexOf('Labour')}`]);
    expect(allSurfaces(index)).not.toContain('Blacks');
  });

  it('the defence companies news names most are known bodies ("Northrop Grumman will supply the sensors" was a person, "Rheinmetall expanded" and "Anduril raised money" opening sentences found nothing), "Elbit" the short name of Elbit Systems', () => {
    const text = 'Northrop Grumman will supply the sensors. Rheinmetall expanded its plant. Anduril raised money. Elbit Systems won a contract, and Elbit said more would follow.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (words: string) => `${words}@${text.indexOf(words)}`;
    expect(['Northrop Grumman', 'Rheinmetall', 'Anduril'].map((name) => mentionsAt(index, name))).toEqual([[at('Northrop Grumman')], [at('Rheinmetall')], [at('Anduril')]]);
    expect(mentionsAt(index, 'Elbit Systems')).toEqual([at('Elbit Systems'), `Elbit@${text.indexOf('Elbit said')}`]);
    expect(['Northrop Grumman', 'Rheinmetall', 'Anduril', 'Elbit Systems'].map((name) => entityNamed(index, name).type)).toEqual(['organization', 'organization', 'organization', 'organization']);
  });

  it('the science publishers news names are known bodies ("Springer Nature retracted papers" was a person, "Elsevier said" opening a sentence found nothing)', () => {
    const text = 'Springer Nature retracted papers. Elsevier said it screened submissions.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (words: string) => `${words}@${text.indexOf(words)}`;
    expect(['Springer Nature', 'Elsevier'].map((name) => mentionsAt(index, name))).toEqual([[at('Springer Nature')], [at('Elsevier')]]);
    expect(['Springer Nature', 'Elsevier'].map((name) => entityNamed(index, name).type)).toEqual(['organization', 'organization']);
  });

  it('India\'s software exporters are known bodies ("Infosys said profits rose" and "Wipro cut jobs" opening sentences found nothing, "Tech Mahindra said" was a person), "HCL Technologies" another name of HCLTech; "Anand Mahindra said" stays a person', () => {
    const text = 'Infosys said profits rose. Wipro cut jobs. Tech Mahindra said demand was weak. HCL Technologies gained. Anand Mahindra said little.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const at = (words: string) => `${words}@${text.indexOf(words)}`;
    expect(['Infosys', 'Wipro', 'Tech Mahindra', 'HCLTech'].map((name) => mentionsAt(index, name))).toEqual([[at('Infosys')], [at('Wipro')], [at('Tech Mahindra')], [at('HCL Technologies')]]);
    expect(['Infosys', 'Wipro', 'Tech Mahindra', 'HCLTech'].map((name) => entityNamed(index, name).type)).toEqual(['organization', 'organization', 'organization', 'organization']);
    expect(entityNamed(index, 'Anand Mahindra').type).toBe('person');
    expect(surfaces(index, 'Anand Mahindra')).toEqual(['Anand Mahindra']);
  });

  it('a party\'s letters in its own language name the party news calls by its English name ("Geert Wilders pulled his Party for Freedom out … the PVV\'s ministers" were two entities); Austria\'s "Freedom Party" is another', () => {
    const text = "Geert Wilders pulled his Party for Freedom out of the coalition. Schoof accepted the resignation of the PVV's ministers. Austria's Freedom Party won.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Party for Freedom')).toEqual([`Party for Freedom@${text.indexOf('Party for')}`, `PVV@${text.indexOf('PVV')}`]);
    expect(mentionsAt(index, 'Freedom Party')).toEqual([`Freedom Party@${text.indexOf('Freedom Party')}`]);
  });

  it('a known company named by two nationality words is that company ("Danish drugmaker Bavarian Nordic said" and "Shares of Bavarian Nordic rose" found nothing: both words are peoples\' adjectives); "South Korean officials" stays no name', () => {
    const text = 'Danish drugmaker Bavarian Nordic said it could supply 10 million doses. Shares of Bavarian Nordic rose. South Korean officials said nothing.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Bavarian Nordic')).toEqual([`Bavarian Nordic@${text.indexOf('Bavarian')}`, `Bavarian Nordic@${text.lastIndexOf('Bavarian')}`]);
    expect(entityNamed(index, 'Bavarian Nordic').type).toBe('organization');
    expect(allSurfaces(index)).toEqual(['Bavarian Nordic', 'Bavarian Nordic']);
  });

  it('a known company with the Danish and Norwegian legal form "A/S" is that company, with no second mention of it inside ("Novo Nordisk A/S" and the headline\'s "Novo Nordisk" were two entities); its foundation stays apart', () => {
    const text = 'Novo Nordisk to cut 9,000 jobs\n\nNovo Nordisk A/S, the Danish maker of Wegovy, said it would cut jobs. Shares of Novo rose 1.6% in Copenhagen. The company is controlled by the Novo Nordisk Foundation.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Novo Nordisk')).toEqual(['Novo Nordisk', 'Novo Nordisk A/S', 'Novo', 'Novo Nordisk']);
    expect(entityNamed(index, 'Novo Nordisk').type).toBe('organization');
    expect(surfaces(index, 'Novo Nordisk Foundation')).toEqual(['Novo Nordisk Foundation']);
  });
  it('a company the gazetteer knows by one word is the article\'s company that opens with it and closes with a legal form ("Toyota Motor Corp … Toyota said"), though "Toyota" is a city too; not where two such companies share the word', () => {
    const text = 'Toyota Motor Corp is recalling about 1 million vehicles, regulators said on Thursday. Toyota said dealers would replace the sensors.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    // "Toyota Motor" is the gazetteer's Toyota: the entity carries the name the list knows it by.
    expect(mentionsAt(index, 'Toyota')).toEqual(['Toyota Motor Corp@0', `Toyota@${text.indexOf('Toyota said')}`]);
    const two = 'Mitsubishi Electric Corp and Mitsubishi Motors Corp signed a deal on Monday. Mitsubishi said the plant would open in 2027.';
    const other = indexTexts({ 'a.txt': two + '\n' });
    expect(mentionsAt(other, 'Mitsubishi Electric Corp')).toEqual(['Mitsubishi Electric Corp@0']);
    expect(mentionsAt(other, 'Mitsubishi Motors Corp')).toEqual([`Mitsubishi Motors Corp@${two.indexOf('Mitsubishi Motors')}`]);
  });
  it('an Arabic surname written with its article ("al-Burhan") is written without it too ("Burhan said"), in its article and in another; a relative sharing it stays apart', () => {
    const text = 'Sudan\'s army chief, General Abdel Fattah al-Burhan, rejected talks on Saturday. Burhan spoke to troops in Omdurman.';
    const index = indexTexts({ 'a.txt': text + '\n', 'b.txt': 'Burhan visited Cairo on Monday.\n' });
    expect(mentionsAt(index, 'Abdel Fattah al-Burhan')).toEqual([`Abdel Fattah al-Burhan@${text.indexOf('Abdel')}`, `Burhan@${text.indexOf('Burhan spoke')}`, 'Burhan@0']);
    const family = 'Prime Minister Saad al-Hariri returned to Beirut. His father, Rafik al-Hariri, was killed in 2005. Hariri said the country must heal.';
    const other = indexTexts({ 'a.txt': family + '\n' });
    expect(mentionsAt(other, 'Saad al-Hariri')).toEqual([`Saad al-Hariri@${family.indexOf('Saad')}`, `Hariri@${family.indexOf('Hariri said')}`]);
    expect(mentionsAt(other, 'Rafik al-Hariri')).toEqual([`Rafik al-Hariri@${family.indexOf('Rafik')}`]);
  });
  it('a nickname given with "known as" is the person\'s through the rest of the article ("Mohamed Hamdan Dagalo, known as Hemedti … Hemedti said"), and so is an acronym "often known as"; a maiden name after "née" is hers only there', () => {
    const text =
      'The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, controls most of Darfur. Hemedti said his forces would not retreat. ' +
      'Crown Prince Mohammed bin Salman, often known as MBS, met the envoy. MBS is also prime minister.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Mohamed Hamdan Dagalo')).toEqual(['Mohamed Hamdan Dagalo', 'Hemedti', 'Hemedti']);
    expect(surfaces(index, 'Mohammed bin Salman')).toEqual(['Mohammed bin Salman', 'MBS', 'MBS']);
    const maiden = 'Katherine Ross (née Buckley) won the seat in 1990. Buckley, her father, had run a bakery in the town.';
    const other = indexTexts({ 'a.txt': maiden + '\n' });
    expect(surfaces(other, 'Katherine Ross')).toEqual(['Katherine Ross', 'Buckley']);
  });
  it('a name closing a list of three or more is no bearer of the phrase after it ("…, Egypt and the United Arab Emirates, known as the Quad" made "Quad" the Emirates\' name); an acronym of its own words still is, and so is the phrase after a pair', () => {
    const text = 'Talks mediated by the United States, Saudi Arabia, Egypt and the United Arab Emirates, known as the Quad, have failed. The Quad will meet again in Jeddah.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'United Arab Emirates')).toEqual(['United Arab Emirates']);
    expect(mentionsAt(index, 'Quad')).toEqual([`Quad@${text.indexOf('Quad')}`, `Quad@${text.lastIndexOf('Quad')}`]);
    const spelled = 'Flights resumed between Qatar, Bahrain and the United Arab Emirates, known as UAE, on Monday. UAE carriers added routes.';
    expect(surfaces(indexTexts({ 'a.txt': spelled + '\n' }), 'United Arab Emirates')).toEqual(['United Arab Emirates', 'UAE', 'UAE']);
    // After a dash too: "Britain, France and Germany — known as the E3 — circulated a draft" made "E3" Germany.
    const dashed = 'Diplomats said Britain, France and Germany — known as the E3 — circulated a draft. The E3 draft calls on Tehran to explain.';
    const europe = indexTexts({ 'a.txt': dashed + '\n' });
    expect(surfaces(europe, 'Germany')).toEqual(['Germany']);
    expect(mentionsAt(europe, 'E3')).toEqual([`E3@${dashed.indexOf('E3')}`, `E3@${dashed.lastIndexOf('E3')}`]);
    const pair = 'The ruling party and President Bola Tinubu, known as Jagaban, won. Jagaban thanked voters.';
    expect(surfaces(indexTexts({ 'a.txt': pair + '\n' }), 'Bola Tinubu')).toEqual(['Bola Tinubu', 'Jagaban', 'Jagaban']);
  });
  it('a short description between the name and "known as" still gives another name ("Sean Combs, the music mogul known as Diddy, appeared … Diddy has pleaded" made an entity "Diddy" apart); after a longer one the name is the last named\'s ("a former member of the national team known as the Gliders")', () => {
    const text =
      'Sean Combs, the music mogul known as Diddy, appeared in the same courthouse. Diddy has pleaded not guilty. ' +
      'Tina McKenzie, a former member of the national team known as the Gliders, spoke. The Gliders won.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Sean Combs')).toEqual(['Sean Combs', 'Diddy', 'Diddy']);
    expect(entityNamed(index, 'Sean Combs').type).toBe('person');
    expect(surfaces(index, 'Tina McKenzie')).toEqual(['Tina McKenzie']);
  });
  it('an adverb after "known" still gives another name ("Tropical Storm Trami, known locally as Kristine, hit Luzon" made a person "Kristine"), while "known internationally for" names nothing', () => {
    const text = 'Tropical Storm Trami, known locally as Kristine, hit Luzon. Kristine then moved west. Paris Hilton, known internationally for her show, left Manila.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Tropical Storm Trami')).toEqual(['Tropical Storm Trami', 'Kristine', 'Kristine']);
    expect(surfaces(index, 'Paris Hilton')).toEqual(['Paris Hilton']);
  });
  it('two surnames joined by a particle are the full name without its given name ("Cristina Fernández de Kirchner … Fernández de Kirchner said"); a husband with the second surname stays apart', () => {
    const text =
      'Former President Cristina Fernández de Kirchner criticized the veto on Thursday. Her late husband, Néstor Kirchner, governed from 2003. ' +
      'Fernández de Kirchner called the decision cruel.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Cristina Fernández de Kirchner')).toEqual([`Cristina Fernández de Kirchner@${text.indexOf('Cristina')}`, `Fernández de Kirchner@${text.lastIndexOf('Fernández')}`]);
    expect(mentionsAt(index, 'Néstor Kirchner')).toEqual([`Néstor Kirchner@${text.indexOf('Néstor')}`]);
  });
  it('"Mrs." or "Ms." before a surname is the woman of that name: a relative introduced as "his wife", or a given name listed as a woman\'s; "Mr." stays the man\'s', () => {
    const text =
      'A court dropped charges against Tigran Gambaryan, an executive of the exchange. His wife, Yuki Gambaryan, said he was overjoyed. ' +
      'Mrs. Gambaryan had campaigned for his release. Mr. Gambaryan will fly home on Friday.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Yuki Gambaryan')).toEqual([`Yuki Gambaryan@${text.indexOf('Yuki')}`, `Gambaryan@${text.indexOf('Gambaryan had')}`]);
    expect(mentionsAt(index, 'Tigran Gambaryan')).toEqual([`Tigran Gambaryan@${text.indexOf('Tigran')}`, `Gambaryan@${text.lastIndexOf('Gambaryan')}`]);
    const sister = 'President Javier Milei vetoed the bill. The president\'s sister, Karina Milei, defended the veto. Ms. Milei said universities must be audited.';
    const other = indexTexts({ 'a.txt': sister + '\n' });
    expect(surfaces(other, 'Karina Milei')).toEqual(['Karina Milei', 'Milei']);
    expect(surfaces(other, 'Javier Milei')).toEqual(['Javier Milei']);
  });
  it('a word the article writes alone before the longer name it opens is its own name there, not the school, centre or region named after it ("Harvard … Harvard Medical School", "Liverpool … Liverpool City Region"); after the longer name, or before a legal form, it stays a short form', () => {
    const harvard =
      'Lawyers for Harvard said on Monday that the university would sue. Harvard Medical School will lose $200 million in grants. ' +
      'The cuts at Harvard began in April.';
    const index = indexTexts({ 'a.txt': harvard + '\n' });
    // The lists know Harvard University, so its medical school's name holds it too, as "University of California" holds California.
    expect(mentionsAt(index, 'Harvard University')).toEqual([`Harvard@${harvard.indexOf('Harvard')}`, `Harvard@${harvard.indexOf('Harvard Medical')}`, `Harvard@${harvard.lastIndexOf('Harvard')}`]);
    expect(surfaces(index, 'Harvard Medical School')).toEqual(['Harvard Medical School']);
    const city = 'Liverpool should host the contest again, said Steve Rotheram, the Metro Mayor of the Liverpool City Region. Hotels in Liverpool were full.';
    const other = indexTexts({ 'a.txt': city + '\n' });
    expect(surfaces(other, 'Liverpool City Region')).toEqual(['Liverpool City Region']);
    const after = 'The Brookings Institution published a report on Monday. Economists at Brookings said growth would slow.';
    expect(surfaces(indexTexts({ 'a.txt': after + '\n' }), 'Brookings Institution')).toEqual(['Brookings Institution', 'Brookings']);
    const company = 'Regulators fined Meta on Friday. Shares of Meta Platforms Inc. fell 3%, and Meta said it would appeal.';
    expect(surfaces(indexTexts({ 'a.txt': company + '\n' }), 'Meta')).toEqual(['Meta', 'Meta Platforms Inc.', 'Meta']);
  });

  it('a short form whose sentence says organisation is the article\'s company, not its person of that name ("Ford shares rose" after "Ford Motor Co." and "Bill Ford"); "Ford said" stays the person\'s', () => {
    const text =
      'The union reached a deal with Ford Motor Co. on Wednesday. Chairman Bill Ford, the great-grandson of Henry Ford, said the company was pleased. ' +
      'Ford said workers had earned it. Ford shares rose 2% in after-hours trading.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Ford Motor Co.')).toEqual([`Ford Motor Co.@${text.indexOf('Ford Motor')}`, `Ford@${text.indexOf('Ford shares')}`]);
    expect(mentionsAt(index, 'Bill Ford')).toEqual([`Bill Ford@${text.indexOf('Bill Ford')}`, `Ford@${text.indexOf('Ford said')}`]);
  });

  it('a word opening several bodies\' names is the one that is the word and its legal form or domain ("Amazon" is Amazon.com Inc., not Amazon Web Services), else none ("Shares of GE" beside "GE Aerospace" and "GE Vernova"); people\'s names are not weighed so', () => {
    const amazon =
      'Amazon founder Jeff Bezos sold shares of Amazon.com Inc. this week. Andy Jassy has expanded Amazon Web Services, the company\'s cloud unit. ' +
      'The unit earned most of Amazon\'s profit.';
    const index = indexTexts({ 'a.txt': amazon + '\n' });
    expect(mentionsAt(index, 'Amazon Web Services')).toEqual([`Amazon Web Services@${amazon.indexOf('Amazon Web')}`]);
    expect(mentionsAt(index, 'Amazon.com Inc.')).toContain(`Amazon@${amazon.lastIndexOf('Amazon')}`);
    const ge = 'GE Aerospace raised its forecast on Tuesday. The company spun off GE Vernova last year. Shares of GE rose 4% in early trading.';
    const other = indexTexts({ 'a.txt': ge + '\n' });
    expect(surfaces(other, 'GE Aerospace')).toEqual(['GE Aerospace']);
    expect(surfaces(other, 'GE Vernova')).toEqual(['GE Vernova']);
    const kim = 'North Korean leader Kim Jong Un met officials on Monday. His sister, Kim Yo Jong, issued a statement. Kim later visited a factory.';
    const people = indexTexts({ 'a.txt': kim + '\n' });
    expect(surfaces(people, 'Kim Jong Un')).toEqual(['Kim Jong Un', 'Kim']);
  });
  it('an honorific\'s sex is read from the pronoun after a full name where the name lists hold the given name for both ("Bill Clinton … where he served … Mrs. Clinton" is Robin, whose name is both too); no pronoun, and the last subject stays', () => {
    const text =
      'Robin Clinton and Bill Clinton appeared together on Saturday. Bill Clinton, 78, thanked voters in the state where he served as governor. ' +
      'Mrs. Clinton later met local organizers.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Robin Clinton')).toEqual([`Robin Clinton@0`, `Clinton@${text.lastIndexOf('Clinton')}`]);
    const silent = 'Robin Clinton and Bill Clinton appeared together on Saturday. Bill Clinton, 78, thanked voters in the state. Mrs. Clinton later met local organizers.';
    const other = indexTexts({ 'a.txt': silent + '\n' });
    expect(mentionsAt(other, 'Bill Clinton')).toContain(`Clinton@${silent.lastIndexOf('Clinton')}`);
  });
  it('a state body is one whichever name of its country it opens with or closes with after "of" ("U.S. Supreme Court", "Supreme Court of the United States"; "U.S." and "United States Department of Justice"), across articles; other names with a country stay apart ("Bank of England", "Holland Taylor")', () => {
    const a = 'The U.S. Supreme Court ruled on Monday. The U.S. Department of Justice had asked it to. The Bank of England watched.';
    const b = 'The Supreme Court of the United States has nine justices. The United States Department of Justice appealed. Holland Taylor starred.';
    const index = indexTexts({ 'a.txt': a + '\n', 'b.txt': b + '\n' });
    expect(surfaces(index, 'Supreme Court of the United States').sort()).toEqual(['Supreme Court of the United States', 'U.S. Supreme Court']);
    expect(surfaces(index, 'United States Department of Justice').sort()).toEqual(['U.S. Department of Justice', 'United States Department of Justice']);
    expect(surfaces(index, 'Bank of England')).toEqual(['Bank of England']);
    expect(surfaces(index, 'Holland Taylor')).toEqual(['Holland Taylor']);
  });

  it('an honorific\'s sex is read from the hand list before the English lists, which hold "Andrei" as a woman\'s name: "Mrs. Petrov" is Valentina, "Mr. Petrov" Andrei', () => {
    const text = 'Andrei Petrov and his wife, Valentina Petrov, run a bakery in Tver. Mr. Petrov said sales fell. Mrs. Petrov said costs rose.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Andrei Petrov')).toEqual([`Andrei Petrov@0`, `Petrov@${text.indexOf('Petrov said')}`]);
    expect(mentionsAt(index, 'Valentina Petrov')).toEqual([`Valentina Petrov@${text.indexOf('Valentina')}`, `Petrov@${text.lastIndexOf('Petrov')}`]);
  });
  it('a relative of someone of the surname named before is one wherever the story says so: "Hunter Biden, the president\'s son," or "his son Hunter … Hunter Biden", "First lady Jill Biden"; the surname alone is the president\'s, "the younger Biden" his son\'s; a story that names the relative first is hers ("Kim Yo Jong, sister of … Kim Jong Un … Kim said")', () => {
    const text =
      'President Joe Biden on Sunday pardoned his son Hunter. Hunter Biden, 54, was convicted in June. "I am grateful," the younger Biden said. ' +
      'First lady Jill Biden defended her stepson. Republicans said Biden\'s pardon was wrong. Gov. Jared Polis said Mr. Biden had erred.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Joe Biden')).toEqual([
      `Joe Biden@${text.indexOf('Joe Biden')}`,
      `Biden@${text.indexOf("Biden's")}`,
      `Biden@${text.lastIndexOf('Biden')}`,
    ]);
    expect(surfaces(index, 'Hunter Biden')).toEqual(['Hunter', 'Hunter Biden', 'Biden']);
    expect(surfaces(index, 'Jill Biden')).toEqual(['Jill Biden']);
    const hers = "Kim Yo Jong, sister of North Korea's leader Kim Jong Un, arrived on Monday. Kim Yo Jong said the plan was futile. Kim later spoke again.";
    const other = indexTexts({ 'a.txt': hers + '\n' });
    expect(surfaces(other, 'Kim Yo Jong')).toEqual(['Kim Yo Jong', 'Kim Yo Jong', 'Kim']);
  });

  it('"the elder" and "the younger" and a surname name the family\'s member the text places so: "Kim Yo Jong, the powerful younger sister of leader Kim Jong Un … The elder Kim did not attend … The younger Kim" gave each to the other; "the younger Kabila" beside "his father, Laurent-Désiré Kabila" is the son', () => {
    const text =
      'Kim Yo Jong, the powerful younger sister of leader Kim Jong Un, warned Seoul. Kim Yo Jong called it a provocation. The elder Kim did not attend the launch. ' +
      'The younger Kim has been the face of the policy since 2020.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Kim Jong Un')).toEqual([`Kim Jong Un@${text.indexOf('Kim Jong Un')}`, `Kim@${text.indexOf('Kim did')}`]);
    expect(mentionsAt(index, 'Kim Yo Jong')).toEqual([`Kim Yo Jong@0`, `Kim Yo Jong@${text.indexOf('Kim Yo Jong called')}`, `Kim@${text.indexOf('Kim has')}`]);
    const congo = 'Former president Joseph Kabila was sentenced to death. Kabila called it arbitrary. The younger Kabila succeeded his father, Laurent-Désiré Kabila, in 2001. The younger Kabila has not been seen since.';
    const other = indexTexts({ 'a.txt': congo + '\n' });
    expect(surfaces(other, 'Laurent-Désiré Kabila')).toEqual(['Laurent-Désiré Kabila']);
    expect(surfaces(other, 'Joseph Kabila')).toEqual(['Joseph Kabila', 'Kabila', 'Kabila', 'Kabila']);
  });

  it('"the elder" and a surname is a parent before an elder sibling, a title between the kinship noun and the name too: "his father, Chairman Park Dong-hoon" beside "His elder brother, Park Min-ho" (the elder Park went to the brother, named last)', () => {
    const text =
      'Park Jae-won, 38, was named chief executive. His elder brother, Park Min-ho, keeps the retail unit. Park Jae-won and his father, Chairman Park Dong-hoon, met investors. ' +
      'The elder Park will remain chairman. Analysts said the younger Park faces a tax bill.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Park Dong-hoon')).toEqual([`Park Dong-hoon@${text.indexOf('Park Dong-hoon')}`, `Park@${text.indexOf('Park will')}`]);
    expect(surfaces(index, 'Park Min-ho')).toEqual(['Park Min-ho']);
  });
  it('a cleric\'s title and a surname that is a word too is the article\'s person of that surname: "Rabbi Jonathan Sacks spoke. Rabbi Sacks said", "Pastor Rick Warren … Pastor Warren" were dropped as common words, "Sayyed Nasrallah" a person apart, and the entity is named by the untitled form; "Sayyid Qutb" alone stays whole', () => {
    const text =
      'Rabbi Jonathan Sacks spoke on Monday. Rabbi Sacks said the talks had helped. Pastor Rick Warren spoke too. Pastor Warren said so. ' +
      'Hezbollah leader Hassan Nasrallah spoke. Sayyed Nasrallah said the response would come. Egyptian writer Sayyid Qutb was executed in 1966.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Jonathan Sacks')).toEqual(['Jonathan Sacks', 'Rabbi Sacks']);
    expect(surfaces(index, 'Rick Warren')).toEqual(['Rick Warren', 'Pastor Warren']);
    expect(surfaces(index, 'Hassan Nasrallah')).toEqual(['Hassan Nasrallah', 'Sayyed Nasrallah']);
    expect(surfaces(index, 'Sayyid Qutb')).toEqual(['Sayyid Qutb']);
  });

  it('a city that a copula, "the" or "a" and a noun of settlements make a place is no short form of its club: "Bayern Munich clinched the title … Munich is the capital of Bavaria" joined the city to the club; "Munich beat Dortmund" after "Bayern Munich" is still the club', () => {
    const text = 'Bayern Munich clinched the Bundesliga title on Sunday. Munich is the capital of Bavaria, and fans gathered in the evening.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Bayern Munich')).toEqual(['Bayern Munich']);
    expect(entityNamed(index, 'Munich').type).toBe('place');
    const club = indexTexts({ 'a.txt': 'Bayern Munich signed a striker on Monday. Munich beat Dortmund 2-0 on Saturday.\n' });
    expect(surfaces(club, 'Bayern Munich')).toEqual(['Bayern Munich', 'Munich']);
  });

  it('a name, a comma, "the" and a body\'s name closing with an organisation\'s head word, then a comma, is that body\'s other name: "Gavi, the Vaccine Alliance, said" and "UNICEF, the United Nations Children\'s Fund, will" were two bodies each; a list ("The FBI, the Justice Department, the CIA and", "Apple, the Ford Foundation, and Meta") and a place before it ("In Geneva, the World Health Organization, which") stay apart', () => {
    const text = "Gavi, the Vaccine Alliance, said on Wednesday it would spend more. UNICEF, the United Nations Children's Fund, will deliver the doses.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Gavi')).toEqual(['Gavi', 'Vaccine Alliance']);
    expect(surfaces(index, 'UNICEF')).toEqual(['UNICEF', "United Nations Children's Fund"]);
    const lists =
      'In Geneva, the World Health Organization, which leads the effort, welcomed it. The FBI, the Justice Department, the CIA and the Pentagon declined to comment. Apple, the Ford Foundation, and Meta gave money.';
    const other = indexTexts({ 'a.txt': lists + '\n' });
    expect(surfaces(other, 'World Health Organization')).toEqual(['World Health Organization']);
    expect(surfaces(other, 'Justice Department')).toEqual(['Justice Department']);
    expect(surfaces(other, 'Ford Foundation')).toEqual(['Ford Foundation']);
  });

  it('a body\'s name, a comma, then an acronym or a listed body and a comma before a lower-case word is that body\'s short name: "The Islamic Resistance Movement, Hamas, said" and "the Federal Security Service, FSB, said" were two bodies each; a committee before someone ("the Senate Judiciary Committee, NATO, which") stays apart', () => {
    const text = "The Islamic Resistance Movement, Hamas, said it had freed the soldier. Russia's Federal Security Service, FSB, said it had foiled a plot.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Islamic Resistance Movement')).toEqual(['Islamic Resistance Movement', 'Hamas']);
    expect(surfaces(index, 'Federal Security Service')).toEqual(['Federal Security Service', 'FSB']);
    const other = indexTexts({ 'a.txt': 'Speaking to the Senate Judiciary Committee, NATO, which met on Monday, agreed.\n' });
    expect(surfaces(other, 'Senate Judiciary Committee')).toEqual(['Senate Judiciary Committee']);
  });

  it('a firm\'s name of three words or more closed by a field word ("Services", "Industries") is the company without that word too: "Tata Consultancy Services gained … Tata Consultancy rose" and "Mitsubishi Heavy Industries … Mitsubishi Heavy said" were two bodies each; "the Department of Health" beside the "Department of Health and Human Services" stays its own', () => {
    const text = 'Tata Consultancy Services, the largest software exporter, gained. Tata Consultancy rose 1.2%. Mitsubishi Heavy Industries fell, and Mitsubishi Heavy said orders slowed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Tata Consultancy Services')).toEqual(['Tata Consultancy Services', 'Tata Consultancy']);
    expect(surfaces(index, 'Mitsubishi Heavy Industries')).toEqual(['Mitsubishi Heavy Industries', 'Mitsubishi Heavy']);
    const other = indexTexts({ 'a.txt': 'The Department of Health and Human Services said on Monday it would cut staff. The Department of Health in Albany said it would not.\n' });
    expect(surfaces(other, 'Department of Health and Human Services')).toEqual(['Department of Health and Human Services']);
    // A fund manager's "Management" and "Partners" too: "the hedge fund Halvorsen Capital Management … The collapse of Halvorsen Capital" were two bodies.
    const fund = indexTexts({ 'a.txt': 'A jury convicted the founder of the hedge fund Halvorsen Capital Management. The collapse of Halvorsen Capital in 2022 was large. Jones Asset Partners sued, and Jones Asset said it lost $40 million.\n' });
    expect(surfaces(fund, 'Halvorsen Capital Management')).toEqual(['Halvorsen Capital Management', 'Halvorsen Capital']);
    expect(surfaces(fund, 'Jones Asset Partners')).toEqual(['Jones Asset Partners', 'Jones Asset']);
  });

  it('a team\'s name of three words less its plural nickname is the team, though dictionary words: "the Golden State Warriors held off the Lakers … Golden State led by 14" lost "Golden State"; "Los Angeles" of the "Los Angeles Lakers", a place the lists know, stays the city', () => {
    const text = 'Stephen Curry scored 38 points and the Golden State Warriors held off the Los Angeles Lakers. Golden State led by 14 in the third quarter. Los Angeles is a city of four million.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Golden State Warriors')).toEqual(['Golden State Warriors', 'Golden State']);
    expect(surfaces(index, 'Los Angeles Lakers')).toEqual(['Los Angeles Lakers']);
  });

  it('a name of two words or more opening the story\'s one company with a legal form is that company: "Adani Green Energy Ltd. fell … Adani Green said" and "Hon Hai Precision Industry Co. … Shares of Hon Hai rose" were people apart from the companies; "Mr. Adani" is Gautam Adani, not the company (a company has no sex); "Goldman Sachs", known, is not its unit "Goldman Sachs Asset Management LLC"', () => {
    const text =
      'Shares of Adani Green Energy Ltd. fell 18% after prosecutors charged billionaire Gautam Adani with bribery. Adani Green said it would cancel a bond sale. ' +
      'The indictment alleges that Mr. Adani promised money to officials. Hon Hai Precision Industry Co. reported record revenue. Shares of Hon Hai rose 2%.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Adani Green Energy Ltd.')).toEqual(['Adani Green Energy Ltd.', 'Adani Green']);
    expect(entityNamed(index, 'Adani Green Energy Ltd.').type).toBe('organization');
    expect(mentionsAt(index, 'Gautam Adani')).toContain(`Adani@${text.indexOf('Mr. Adani') + 4}`);
    expect(surfaces(index, 'Hon Hai Precision Industry Co.')).toEqual(['Hon Hai Precision Industry Co.', 'Hon Hai']);
    const unit = indexTexts({ 'a.txt': 'Goldman Sachs Asset Management LLC raised a fund on Monday. Goldman Sachs said profit rose.\n' });
    expect(surfaces(unit, 'Goldman Sachs Asset Management LLC')).toEqual(['Goldman Sachs Asset Management LLC']);
  });

  it('a company\'s own first word after the place it is registered in is that company: "Zhejiang Qiantai Marine Fisheries Co., Ltd. … a statement from Qiantai" made Qiantai a name apart from the company', () => {
    const text = 'The owner, Zhejiang Qiantai Marine Fisheries Co., Ltd., faced a fine. In a statement from Qiantai, the owner said the ship had sheltered from a storm.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Zhejiang Qiantai Marine Fisheries Co., Ltd.')).toEqual(['Zhejiang Qiantai Marine Fisheries Co., Ltd.', 'Qiantai']);
    expect(entityNamed(index, 'Zhejiang Qiantai Marine Fisheries Co., Ltd.').type).toBe('organization');
  });

  it('someone introduced as the lawyer or aide of a person named by the same family name is no bare surname\'s bearer: "Samsung heir Lee Jae-yong … Lee\'s lawyer, Lee In-jae, said … Lee\'s father, Lee Kun-hee, died" sent the father\'s "Lee" to the lawyer; "his lawyer, John Smith" beside no other Smith still takes "Smith"', () => {
    const text = 'Samsung heir Lee Jae-yong was jailed on Monday. Lee\'s lawyer, Lee In-jae, said his client would appeal. Mr. Lee had been free since 2018. Lee\'s father, Lee Kun-hee, died in October.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Lee Jae-yong')).toContain(`Lee@${text.indexOf("Lee's father")}`);
    const other = 'Actor Tom Hanks was sued on Monday. His lawyer, John Smith, said the claim was false. Smith said so again.';
    expect(surfaces(indexTexts({ 'a.txt': other + '\n' }), 'John Smith')).toEqual(['John Smith', 'Smith']);
  });

  it('a doctor\'s title before a surname is the one of its bearers given no other title: "First lady Jill Biden … President Joe Biden … Dr. Biden told students" is hers, and the surname alone after it still the president\'s (a first lady is a relative, though named first); "Dr. Fauci" beside his brother stays Dr. Anthony Fauci\'s', () => {
    const text =
      'First lady Jill Biden visited a school in Ohio on Monday. President Joe Biden stayed in Washington. ' +
      'Dr. Biden told students that teachers matter. Biden later signed a spending bill.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Jill Biden')).toEqual([`Jill Biden@${text.indexOf('Jill Biden')}`, `Biden@${text.indexOf('Biden told')}`]);
    expect(mentionsAt(index, 'Joe Biden')).toEqual([`Joe Biden@${text.indexOf('Joe Biden')}`, `Biden@${text.lastIndexOf('Biden')}`]);
    const fauci = 'Dr. Anthony Fauci attended with his brother, Mark Fauci, on Monday. Dr. Fauci spoke about vaccines.';
    const other = indexTexts({ 'a.txt': fauci + '\n' });
    expect(surfaces(other, 'Anthony Fauci')).toEqual(['Anthony Fauci', 'Fauci']);
    expect(surfaces(other, 'Mark Fauci')).toEqual(['Mark Fauci']);
  });
  it('"herself" after a full name says a woman, as "she" does ("Pat Reyes … found herself … Mr. Reyes" is Sam Reyes)', () => {
    const text =
      'Pat Reyes and Sam Reyes opened the bakery in 2019. Sam Reyes, 55, said he had been ill that winter. ' +
      'Pat Reyes, 52, found herself running it alone. Mr. Reyes later thanked the neighbours.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Sam Reyes')).toContain(`Reyes@${text.lastIndexOf('Reyes')}`);
  });
  it('a given name the hand list adds has a sex too: "Mr. Trump" after "President Donald Trump" and "His son Eric Trump" is Donald ("Donald" is in no Moby list, so the later Eric took it); "Ms. Trump" after "Ivanka Trump" stays hers', () => {
    const text = 'President Donald Trump will visit Riyadh next week. His son Eric Trump signed a deal there on Monday. Mr. Trump is due to meet the crown prince.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Donald Trump')).toEqual([`Donald Trump@${text.indexOf('Donald')}`, `Trump@${text.lastIndexOf('Trump')}`]);
    expect(mentionsAt(index, 'Eric Trump')).toEqual([`Eric Trump@${text.indexOf('Eric')}`]);
    const hers = 'President Donald Trump spoke. His daughter Ivanka Trump signed a deal on Monday. Ms. Trump later met investors.';
    const other = indexTexts({ 'a.txt': hers + '\n' });
    expect(mentionsAt(other, 'Ivanka Trump')).toEqual([`Ivanka Trump@${hers.indexOf('Ivanka')}`, `Trump@${hers.lastIndexOf('Trump')}`]);
  });
  it('a surname alone is not the relative the article calls by her given name: "Chelsea said … Mrs. Clinton" is Hillary Clinton; the only one of that surname stays hers', () => {
    const text =
      'Hillary Clinton and Bill Clinton appeared together on Saturday. Their daughter, Chelsea Clinton, introduced her parents. ' +
      '"They taught me that showing up matters," Chelsea said. Mrs. Clinton later met local organizers.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Hillary Clinton')).toEqual([`Hillary Clinton@0`, `Clinton@${text.indexOf('Clinton later')}`]);
    expect(surfaces(index, 'Chelsea Clinton')).toEqual(['Chelsea Clinton', 'Chelsea']);
    const alone = 'Chelsea Clinton spoke in Little Rock on Saturday. "It matters," Chelsea said. Ms. Clinton later met local organizers.';
    const other = indexTexts({ 'a.txt': alone + '\n' });
    expect(surfaces(other, 'Chelsea Clinton')).toEqual(['Chelsea Clinton', 'Chelsea', 'Clinton']);
  });
  it('"Mrs." after a wife the article calls by her given name beside her husband is still hers: "Brian Castellanos and his wife, Jennifer Castellanos … Jennifer\'s attorney said … Mrs. Castellanos had lost a house" went to Brian, the only one left once she was set aside', () => {
    const text =
      'Brian Castellanos and his wife, Jennifer Castellanos, both 44, have pleaded not guilty. ' +
      "Jennifer's attorney, Dana Whitfield, said her client never touched the money. Whitfield said Mrs. Castellanos had herself lost a house in a fire.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Jennifer Castellanos')).toEqual(['Jennifer Castellanos', 'Jennifer', 'Castellanos']);
    expect(surfaces(index, 'Brian Castellanos')).toEqual(['Brian Castellanos']);
  });
  it('a bare surname two of the story\'s people bear is the first it named, unless the other was named in its sentence or the one before, or a pronoun that may be the other\'s stands between: "Jair Bolsonaro … Eduardo Bolsonaro, a congressman, … The ruling was the first. Bolsonaro, 70," is Jair (it went to the son named last); "Eduardo Bolsonaro said … Bolsonaro added" and "Thomas Whitaker … He taught … Whitaker" stay the later one', () => {
    const text =
      'Former President Jair Bolsonaro was convicted on Thursday. The court sentenced Bolsonaro to 27 years in prison. ' +
      'Eduardo Bolsonaro, a congressman, has lobbied Washington for sanctions. The ruling was the first of its kind. ' +
      'Bolsonaro, 70, has been under house arrest since August. Eduardo Bolsonaro said the trial was a farce. Bolsonaro added that he would fight on.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Jair Bolsonaro')).toEqual([
      `Jair Bolsonaro@${text.indexOf('Jair')}`,
      `Bolsonaro@${text.indexOf('Bolsonaro to')}`,
      `Bolsonaro@${text.indexOf('Bolsonaro, 70')}`,
    ]);
    expect(mentionsAt(index, 'Eduardo Bolsonaro')).toEqual([
      `Eduardo Bolsonaro@${text.indexOf('Eduardo')}`,
      `Eduardo Bolsonaro@${text.lastIndexOf('Eduardo')}`,
      `Bolsonaro@${text.lastIndexOf('Bolsonaro')}`,
    ]);
    const obituary =
      'Evelyn Whitaker, a civil rights lawyer, died on Tuesday. In 1964 she married Thomas Whitaker, a professor. Thomas Whitaker died in 2001. ' +
      'The governor appointed her to the Court of Appeals in 1986. Judge Whitaker served until 2006. Thomas Whitaker taught at Morehouse. His students loved him. Whitaker retired in 1999.';
    const judge = indexTexts({ 'a.txt': obituary + '\n' });
    expect(mentionsAt(judge, 'Evelyn Whitaker')).toEqual([`Evelyn Whitaker@0`, `Whitaker@${obituary.indexOf('Whitaker served')}`]);
    expect(mentionsAt(judge, 'Thomas Whitaker')).toContain(`Whitaker@${obituary.lastIndexOf('Whitaker')}`);
  });
  it('an acronym is the body whose initials spell it after the country before its name ("U.S. National Highway Traffic Safety Administration … NHTSA said"), but a body spelling it in full comes first', () => {
    const text = 'Toyota is recalling about 1 million vehicles, the U.S. National Highway Traffic Safety Administration said. The recall covers some models, NHTSA said.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'U.S. National Highway Traffic Safety Administration')).toEqual(['U.S. National Highway Traffic Safety Administration', 'NHTSA']);
    const two = 'The Japan Fair Trade Commission and the Federal Trade Commission met in Tokyo on Monday. The FTC said the talks went well.';
    const other = indexTexts({ 'a.txt': two + '\n' });
    expect(surfaces(other, 'Federal Trade Commission')).toEqual(['Federal Trade Commission', 'FTC']);
    expect(surfaces(other, 'Japan Fair Trade Commission')).toEqual(['Japan Fair Trade Commission']);
  });
  it('a surname transliterated otherwise in the same article is the full name\'s ("Volodymyr Zelensky … Zelenskiy\'s chief of staff"); his wife\'s own surname stays hers', () => {
    const text =
      'Ukrainian President Volodymyr Zelensky spoke in Kyiv on Thursday. His wife, Olena Zelenska, visited a hospital. ' +
      'Zelenskiy\'s chief of staff, Andriy Yermak, said the decision was overdue. Zelenska said the children needed help.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Volodymyr Zelensky')).toEqual(['Volodymyr Zelensky', 'Zelenskiy']);
    expect(surfaces(index, 'Olena Zelenska')).toEqual(['Olena Zelenska', 'Zelenska']);
  });
  it('a title and a surname written as one name ("Lord Cameron") are the article\'s one full name ending so; not where two full names share the surname', () => {
    const text = 'Former prime minister David Cameron, now Lord Cameron, campaigned in Kent on Monday. Lord Cameron said the race was not over.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.mentionsOf(index.entities.find((e) => e.aliases.some((a) => a.text === 'David Cameron'))!).map((m) => m.text)).toEqual(['David Cameron', 'Lord Cameron', 'Lord Cameron']);
    const two = 'David Cameron and his wife Samantha Cameron arrived in Kent. Lady Cameron opened the fair.';
    const other = indexTexts({ 'a.txt': two + '\n' });
    expect(surfaces(other, 'David Cameron')).toEqual(['David Cameron']);
    expect(surfaces(other, 'Lady Cameron')).toEqual(['Lady Cameron']);
  });
  it('a name of two words or more is short for the story\'s one name that puts a known place before it ("Boston Red Sox … the Red Sox"), while the city alone stays the city; two places\' names sharing it leave it alone', () => {
    const text = 'Rafael Devers homered and the Boston Red Sox beat the Orioles on Friday. The Red Sox have won five straight. Mayor Michelle Wu said Boston was proud.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Boston Red Sox')).toEqual(['Boston Red Sox', 'Red Sox']);
    // The city inside the team's name is a mention of the city too (see innerNames).
    expect(mentionsAt(index, 'Boston')).toEqual([`Boston@${text.indexOf('Boston Red')}`, `Boston@${text.indexOf('Boston was')}`]);
    const two = 'Shares fell on the London Stock Exchange and the Tokyo Stock Exchange on Monday. The Stock Exchange said trading was orderly.';
    const other = indexTexts({ 'a.txt': two + '\n' });
    expect(surfaces(other, 'London Stock Exchange')).toEqual(['London Stock Exchange']);
    expect(surfaces(other, 'Tokyo Stock Exchange')).toEqual(['Tokyo Stock Exchange']);
  });
  it('a body\'s short name in parentheses, not in capitals, is the body\'s ("Great Indonesia Movement Party (Gerindra) … Gerindra said"); a known place in parentheses stays the place', () => {
    const text = 'Prabowo\'s party, the Great Indonesia Movement Party (Gerindra), leads the coalition. Gerindra said the cabinet would be named on Monday.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Great Indonesia Movement Party')).toEqual(['Great Indonesia Movement Party', 'Gerindra', 'Gerindra']);
    const place = 'The Ministry of Health (Kenya) reported 12 new cases. Kenya has closed two schools.';
    const other = indexTexts({ 'a.txt': place + '\n' });
    expect(surfaces(other, 'Kenya')).toEqual(['Kenya', 'Kenya']);
  });
  it('an acronym of a body\'s name in its own language with the body\'s head word, in parentheses, is the body\'s ("the ruling Civic Renewal Party (YB Party) … The YB Party won", as "Justice and Development Party (AK Party)"); another word beside it is not ("Ron Estes (R-KS)")', () => {
    const text = 'The ruling Civic Renewal Party (YB Party) denied any political motive. The YB Party won the vote. Rep. Ron Estes (R-KS) voted.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Civic Renewal Party')).toEqual(['Civic Renewal Party', 'YB Party', 'YB Party']);
    expect(surfaces(index, 'Ron Estes')).toEqual(['Ron Estes']);
  });

  it('an acronym in parentheses with a word or a letter beside it is the name\'s ("Africa Centres for Disease Control and Prevention (Africa CDC)", "Islamic State Khorasan (ISIS-K)"); a party\'s letter and a state are not ("Ron Estes (R-KS)")', () => {
    const text =
      'The Africa Centres for Disease Control and Prevention (Africa CDC) reported 17,000 cases. Africa CDC head Jean Kaseya urged donors to help. ' +
      'Officials blamed Islamic State Khorasan (ISIS-K) for the attack. ISIS-K has struck Iran before. Rep. Ron Estes (R-KS) said he was briefed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.mentionsOf(index.entities.find((e) => e.aliases.some((a) => a.text === 'Africa CDC'))!).map((m) => m.text)).toEqual([
      'Africa Centres for Disease Control and Prevention',
      'Africa CDC',
      'Africa CDC',
    ]);
    expect(index.mentionsOf(index.entities.find((e) => e.aliases.some((a) => a.text === 'ISIS-K'))!).map((m) => m.text)).toEqual(['Islamic State Khorasan', 'ISIS-K', 'ISIS-K']);
    expect(surfaces(index, 'Ron Estes')).toEqual(['Ron Estes']);
  });
  it('a city\'s name that its own sentence makes a place is the city, not the surname of another article\'s person ("a conference in Houston" beside "Whitney Houston"); said of a person, it is still hers', () => {
    const index = indexTexts({
      'a.txt': 'The estate of Whitney Houston settled a lawsuit on Friday. Houston sold more than 200 million records.\n',
      'b.txt': 'Aramco chief Amin Nasser spoke at a conference in Houston on Monday.\n',
      'c.txt': 'Houston said in a 2009 interview that she would tour again.\n',
    });
    expect(index.mentionsOf(entityNamed(index, 'Whitney Houston')).map((m) => `${m.text}@${m.file ?? ''}`)).toEqual(['Whitney Houston@a.txt', 'Houston@a.txt', 'Houston@c.txt']);
    expect(entityNamed(index, 'Houston').type).toBe('place');
  });
  it('a known place\'s word that the article\'s person bears as a surname is the person where its sentence says nothing else ("Michael Jordan … Jordan has not commented"); where the article also writes it as a place, it stays the place', () => {
    const text = 'Nike said sales fell. Michael Jordan, the former basketball star, earns royalties on every pair. Jordan has not commented on the results.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Michael Jordan')).toEqual(['Michael Jordan', 'Jordan']);
    const place = 'Former Rep. Steve Israel spoke on Monday about the strikes in Israel. Israel has rejected the ceasefire plan.';
    const other = indexTexts({ 'a.txt': place + '\n' });
    expect(surfaces(other, 'Steve Israel')).toEqual(['Steve Israel']);
    expect(surfaces(other, 'Israel')).toEqual(['Israel', 'Israel']);
  });
  it('a known place\'s word the article\'s dateline names stays the place where its sentence says nothing else: "AMMAN, Jordan — … Michael Jordan … Jordan has hosted refugees" is the country; "Jordan said" is still the person', () => {
    const text = 'AMMAN, Jordan — King Abdullah II met Michael Jordan on Saturday. Jordan has hosted more than 600,000 refugees. "I wanted to come," Jordan said.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Jordan')).toEqual([`Jordan@${text.indexOf('Jordan')}`, `Jordan@${text.indexOf('Jordan has')}`]);
    expect(entityNamed(index, 'Jordan').type).toBe('place');
    expect(surfaces(index, 'Michael Jordan')).toEqual(['Michael Jordan', 'Jordan']);
    const noDateline = 'King Abdullah II met Michael Jordan on Saturday. Jordan has hosted more than 600,000 refugees.';
    expect(surfaces(indexTexts({ 'a.txt': noDateline + '\n' }), 'Michael Jordan')).toEqual(['Michael Jordan', 'Jordan']);
  });
  it('a given name before "and" and a full name of its surname names a couple: "Bill Gates … Bill and Melinda Gates … Melinda French Gates … Mr. Gates wrote" is Bill Gates, and both are people ("Bill" made a programme of both); "The Bill and Melinda Gates Foundation" stays one body', () => {
    const text = 'Bill Gates said on Thursday he would give away his fortune. The foundation, started in 2000 by Bill and Melinda Gates, has spent billions. Melinda French Gates left last year. "I am determined," Mr. Gates wrote.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Bill Gates')).toEqual(['Bill Gates', 'Bill', 'Gates']);
    expect(surfaces(index, 'Melinda French Gates')).toEqual(['Melinda Gates', 'Melinda French Gates']);
    expect(entityNamed(index, 'Melinda French Gates').type).toBe('person');
    const gift = indexTexts({ 'a.txt': 'Bill and Melinda Gates gave $50 million to the university on Monday.\n' });
    expect(['Bill', 'Melinda Gates'].map((name) => entityNamed(gift, name).type)).toEqual(['person', 'person']);
    const body = indexTexts({ 'a.txt': 'The Bill and Melinda Gates Foundation funds vaccines.\n' });
    expect(body.entities.map((e) => `${e.name}:${e.type}`)).toEqual(['Bill and Melinda Gates Foundation:organization']);
  });
  it('a country\'s name after a word that is no given name is no person\'s surname: "Météo France placed 16 departments on red alert … to help France" leaves France the place; "Anatole France wrote … France said he" is the writer', () => {
    const text = 'A fire burned in southern France. Météo France placed 16 departments on red alert. Spain sent aircraft to help France.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Météo France')).toEqual(['Météo France']);
    expect(mentionsAt(index, 'France')).toEqual([`France@${text.indexOf('France')}`, `France@${text.lastIndexOf('France')}`]);
    const writer = 'Anatole France wrote novels in Paris. France said he would never stop.';
    const other = indexTexts({ 'a.txt': writer + '\n' });
    expect(surfaces(other, 'Anatole France')).toEqual(['Anatole France', 'France']);
  });
  it('the last word of a body the lists know by dictionary words is no short form of it: "The House passed the bill … the White House said" are two bodies, in one story as in one article; "Manchester United … United were better" is the club', () => {
    const text = 'The House passed the bill on Thursday. The White House said the president would sign it. Hunter Biden told a House committee that he had not.';
    const index = indexTexts({ 'a.txt': 'Congress passes budget\n\nMonday, March 3, 2025\n\n' + text + '\n' });
    expect(surfaces(index, 'White House')).toEqual(['White House']);
    expect(surfaces(index, 'House')).toEqual(['House', 'House']);
    const club = indexTexts({ 'a.txt': 'Manchester United beat Arsenal 2-1 on Sunday. United were better in the second half.\n' });
    expect(surfaces(club, 'Manchester United')).toEqual(['Manchester United', 'United']);
  });
  it('a surname shared with relatives is the article\'s person though nothing but recency says person of his name ("Lee Hsien Loong … his siblings, Lee Wei Ling and Lee Hsien Yang … Lee will remain"), not the titled father named last', () => {
    const text =
      'Lee Hsien Loong stepped down as prime minister on Wednesday. Lee, 72, is the eldest son of founding prime minister Lee Kuan Yew. ' +
      'His siblings, Lee Wei Ling and Lee Hsien Yang, have feuded with him. Lee will remain in the cabinet.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Lee Hsien Loong')).toEqual([`Lee Hsien Loong@0`, `Lee@${text.indexOf('Lee, 72')}`, `Lee@${text.lastIndexOf('Lee')}`]);
  });
  it('a relative introduced with how long they were married ("His wife of 77 years, Rosalynn Carter") is a relative: "Carter" is the article\'s person, "Mrs. Carter" his wife', () => {
    const text =
      'Jimmy Carter, the 39th president, died on Sunday. His wife of 77 years, Rosalynn Carter, died in 2023. Mrs. Carter had championed mental health. ' +
      'Carter defeated Gerald Ford in 1976.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Jimmy Carter')).toEqual(['Jimmy Carter@0', `Carter@${text.lastIndexOf('Carter')}`]);
    expect(mentionsAt(index, 'Rosalynn Carter')).toEqual([`Rosalynn Carter@${text.indexOf('Rosalynn')}`, `Carter@${text.indexOf('Carter had')}`]);
  });
  it('a relative named with a role noun ("His daughter, actress Rashida Jones") is a relative, and a person first named as no one\'s relative stays the article\'s person though the family later calls him "our father": "Jones" is his', () => {
    const text =
      'Quincy Jones, the music titan, has died. Jones played trumpet as a teenager. "We must share the news of our father and brother Quincy Jones\' passing," the family said. ' +
      'His daughter, actress Rashida Jones, posted tributes. Oprah Winfrey was discovered by Jones in 1985.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Quincy Jones')).toEqual(['Quincy Jones@0', `Jones@${text.indexOf('Jones played')}`, `Quincy Jones@${text.lastIndexOf('Quincy Jones')}`, `Jones@${text.lastIndexOf('Jones')}`]);
    expect(mentionsAt(index, 'Rashida Jones')).toEqual([`Rashida Jones@${text.indexOf('Rashida')}`]);
  });
  it('a Chinese given name of two words is the full name that puts a family name before it, though the family name is a dictionary word ("Lee Hsien Yang … Hsien Yang has accused"); a part two brothers share is neither\'s', () => {
    const text = 'Lee Hsien Loong stepped down on Wednesday. His siblings, Lee Wei Ling and Lee Hsien Yang, have feuded with him. Hsien Yang has accused his brother of abusing power.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.mentionsOf(index.entities.find((e) => e.aliases.some((a) => a.text === 'Lee Hsien Yang'))!).map((m) => m.text)).toEqual(['Lee Hsien Yang', 'Hsien Yang']);
    // "Lee Hsien" may be either brother: neither's for sure.
    const both = 'Lee Hsien Loong and Lee Hsien Yang met on Monday. Lee Hsien said nothing.';
    const other = indexTexts({ 'a.txt': both + '\n' });
    expect(other.mentionsOf(other.entities.find((e) => e.aliases.some((a) => a.text === 'Lee Hsien Loong'))!).map((m) => m.text)).toEqual(['Lee Hsien Loong']);
    expect(other.mentionsOf(other.entities.find((e) => e.aliases.some((a) => a.text === 'Lee Hsien Yang'))!).map((m) => m.text)).toEqual(['Lee Hsien Yang']);
  });

  it('a firm or a show named after a person stays apart from the person the article also names ("Jeff McBride" and "the Jeff McBride Experience", "Zaha Hadid" and "Zaha Hadid Architects")', () => {
    const text = 'He met Jeff McBride. The Jeff McBride Experience opened. The architect Zaha Hadid died, and Zaha Hadid Architects said so.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Jeff McBride Experience')).toEqual(['Jeff McBride Experience']);
    expect(surfaces(index, 'Zaha Hadid Architects')).toEqual(['Zaha Hadid Architects']);
    expect(entityNamed(index, 'Zaha Hadid').type).toBe('person');
    expect(mentionsAt(index, 'Jeff McBride')).toEqual([`Jeff McBride@${text.indexOf('Jeff McBride')}`, `Jeff McBride@${text.indexOf('Jeff McBride Experience')}`]);
  });

  it('a surname that is a dictionary word may stand for the company named by it and a body\'s head word ("Ford" after "Ford Motor Company", before Bill Ford is named); after him, for him', () => {
    const text = 'Ford Motor Company said it would cut jobs. The cuts came after Ford replaced its chief. Bill Ford, the chairman, spoke. Ford said he was sorry.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Ford Motor Company')).toEqual(['Ford Motor Company@0', `Ford@${text.indexOf('Ford replaced')}`]);
    expect(mentionsAt(index, 'Bill Ford')).toEqual([`Bill Ford@${text.indexOf('Bill Ford')}`, `Ford@${text.indexOf('Ford said')}`]);
  });
  it('the word after an Arabic article stands for the name alone ("Al Ahly won the title … Ahly coach Marcel Koller", "Al Jazeera … Jazeera viewers"); after a Spanish article it does not ("La Paz … Paz said")', () => {
    const text = 'Al Ahly won the CAF Champions League in Cairo. Ahly coach Marcel Koller praised the players, and the Al Jazeera network said Jazeera viewers cheered.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Al Ahly')).toEqual(['Al Ahly', 'Ahly']);
    expect(surfaces(index, 'Al Jazeera')).toEqual(['Al Jazeera', 'Jazeera']);
    const spanish = indexTexts({ 'a.txt': 'Protesters marched in La Paz on Monday. Paz said the government would talk.\n' });
    expect(surfaces(spanish, 'La Paz')).toEqual(['La Paz']);
  });
  it('a peer\'s title opening a body\'s name stands for the body alone ("Duke Energy Corp. said … Duke said crews were working"); a peer\'s name keeps it a title ("Lord Diplock ruled … Lord said nothing")', () => {
    const text = 'Duke Energy Corp. said on Monday that 200,000 customers lost power. Duke said crews were working.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Duke Energy Corp.')).toEqual(['Duke Energy Corp.@0', `Duke@${text.lastIndexOf('Duke')}`]);
    expect(entityNamed(index, 'Duke Energy Corp.').type).toBe('organization');
    const peer = indexTexts({ 'a.txt': 'Lord Diplock ruled in 1975. Lord said nothing.\n' });
    expect(surfaces(peer, 'Lord Diplock')).toEqual(['Lord Diplock']);
  });
  it('a body\'s head word opening a unit\'s or a committee\'s name is the whole body, no short form of the part ("Police said … the Police Tactical Unit" made "Police" a person, then the unit\'s); "Treasury" still stands for the "Treasury Department"', () => {
    const text = 'Police said the Police Tactical Unit was there.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Police Tactical Unit')).toEqual([`Police Tactical Unit@${text.indexOf('Police Tactical Unit')}`]);
    expect(allSurfaces(index)).toEqual(['Police Tactical Unit']);
    const department = indexTexts({ 'a.txt': 'The Treasury Department said it would act; Treasury officials declined to comment.\n' });
    expect(surfaces(department, 'Treasury Department')).toEqual(['Treasury Department', 'Treasury']);
  });
  it('"Lib Dem" before a role is the Liberal Democrats the article names ("The Liberal Democrats gained 104 seats; Lib Dem leader Ed Davey said"), as "Labour leader Keir Starmer" is Labour; the leader stays a person', () => {
    const text = 'The Liberal Democrats gained 104 seats; Lib Dem leader Ed Davey called it a fantastic night.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Liberal Democrats')).toEqual(['Liberal Democrats', 'Lib Dem']);
    expect(entityNamed(index, 'Ed Davey').type).toBe('person');
    const other = indexTexts({ 'a.txt': 'The Liberal Democrats gained 104 seats, and Ed Davey called it a fantastic night.\n' });
    expect(surfaces(other, 'Liberal Democrats')).toEqual(['Liberal Democrats']);
  });
  it('the Arabic article written "el" or "al" is one name ("Abdel Fattah el-Sisi … Abdel Fattah al-Sisi", "El Ahly … Al Ahly"); another word after it is another name ("Al Ahli" of Jeddah)', () => {
    const text = 'President Abdel Fattah el-Sisi met the king. Abdel Fattah al-Sisi said later that Egypt would help. Fans of El Ahly sang, and fans of Al Ahly sang too. Al Ahli of Jeddah lost.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    const sisi = index.entities.find((e) => e.aliases.some((a) => a.text === 'Abdel Fattah el-Sisi'))!;
    expect(index.mentionsOf(sisi).map((m) => m.text)).toEqual(['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi']);
    const ahly = index.entities.find((e) => e.aliases.some((a) => a.text === 'El Ahly'))!;
    expect(index.mentionsOf(ahly).map((m) => m.text)).toEqual(['El Ahly', 'Al Ahly']);
    const ahli = index.entities.find((e) => e.aliases.some((a) => a.text === 'Al Ahli'))!;
    expect(index.mentionsOf(ahli).map((m) => m.text)).toEqual(['Al Ahli']);
  });
});

describe('places that are given names', () => {
  it('a place that is a given name too, before a surname the article uses alone, is the whole name ("Jordan Bardella, the party\'s president, … Bardella" and "Victoria Beckham … Beckham" gave a place and a surname), while a place glued to a body the article names stays two ("Israel Hamas")', () => {
    const text = "Jordan Bardella, the party's president, called the ruling unfair. Bardella, 29, could run. Victoria Beckham launched a brand. Beckham said it was fun. Israel Hamas talks stalled. Hamas said no.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Jordan Bardella')).toEqual([`Jordan Bardella@${text.indexOf('Jordan')}`, `Bardella@${text.indexOf('Bardella, 29')}`]);
    expect(mentionsAt(index, 'Victoria Beckham')).toEqual([`Victoria Beckham@${text.indexOf('Victoria')}`, `Beckham@${text.indexOf('Beckham said')}`]);
    expect(entityNamed(index, 'Jordan Bardella').type).toBe('person');
    expect(surfaces(index, 'Israel')).toEqual(['Israel']);
    expect(surfaces(index, 'Hamas')).toEqual(['Hamas', 'Hamas']);
  });
});

describe('places given as names that the name lists lack', () => {
  it('"Paris Jackson, the singer, … Jackson said" and "India Walton … Walton" are one person each (a place and a surname, and "Jackson" a city), while a place after "in" before a name the article uses alone stays a place ("talks in India Modi hosted")', () => {
    const text = 'Paris Jackson, the singer, posted a video. Jackson said she was shocked. India Walton won the primary. Walton said she was proud.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Paris Jackson')).toEqual([`Paris Jackson@${text.indexOf('Paris')}`, `Jackson@${text.indexOf('Jackson said')}`]);
    expect(entityNamed(index, 'Paris Jackson').type).toBe('person');
    expect(mentionsAt(index, 'India Walton')).toEqual([`India Walton@${text.indexOf('India')}`, `Walton@${text.indexOf('Walton said')}`]);
    const near = 'Leaders said talks in India Modi hosted went well. Modi agreed.';
    const other = indexTexts({ 'b.txt': near + '\n' });
    expect(surfaces(other, 'India')).toEqual(['India']);
  });
});

describe('places that are given names, before two surnames or a surname that is a word', () => {
  it('after a title, a place that is a given name before two surnames or a listed surname that is a word is the whole name: "Governor Victoria Rodríguez Ceja said … Rodríguez Ceja noted" and "Governor Georgia Smith said … Smith said" gave a place and a surname; a place after a given name that is a word stays a place ("Will Kyiv fall?")', () => {
    const text = 'Banxico Governor Victoria Rodríguez Ceja said inflation was under control. Rodríguez Ceja noted that the peso had weakened. Governor Georgia Smith said rates were low. Smith said more.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Victoria Rodríguez Ceja')).toEqual([`Victoria Rodríguez Ceja@${text.indexOf('Victoria')}`, `Rodríguez Ceja@${text.indexOf('Rodríguez Ceja noted')}`]);
    expect(mentionsAt(index, 'Georgia Smith')).toEqual([`Georgia Smith@${text.indexOf('Georgia')}`, `Smith@${text.lastIndexOf('Smith said')}`]);
    expect(index.entities.map((e) => e.name)).not.toContain('Victoria');
    const kyiv = indexTexts({ 'a.txt': 'Will Kyiv fall? Kyiv is the capital.\n' });
    expect(kyiv.entities.map((e) => `${e.name} [${e.type}]`)).toEqual(['Kyiv [place]']);
  });
});

describe('Spanish given names that are places', () => {
  it('"Santiago" is a given name too: "Paraguay\'s President Santiago Peña hosted the summit. Peña said" gave a place "Santiago" and a person "Peña", while "Flights to Santiago" stays the city', () => {
    const text = "Paraguay's President Santiago Peña hosted the summit. Peña said Paraguay wanted a higher price. Flights to Santiago were cancelled.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Santiago Peña')).toEqual([`Santiago Peña@${text.indexOf('Santiago Peña')}`, `Peña@${text.indexOf('Peña said')}`]);
    expect(entityNamed(index, 'Santiago Peña').type).toBe('person');
    expect(mentionsAt(index, 'Santiago')).toEqual([`Santiago@${text.lastIndexOf('Santiago')}`]);
    expect(entityNamed(index, 'Santiago').type).toBe('place');
  });
});

describe('a titled surname and a company of that name', () => {
  it('a surname given a person\'s title names no company: "Mr. Adani and his nephew Sagar Adani" after "Gautam Adani" and "Adani Green Energy Ltd." made the company a person holding "Adani"; "Adani Green said" stays the company\'s', () => {
    const text =
      'MUMBAI — Shares of Adani Green Energy Ltd. fell 18% on Tuesday after U.S. prosecutors charged billionaire Gautam Adani with bribery. Adani Green said it would cancel a bond sale.\n\n' +
      'The indictment alleges that Mr. Adani and his nephew Sagar Adani promised more than $250 million to Indian officials. The Adani Group called the charges "baseless."';
    const index = indexTexts({ 'a.txt': 'Indian conglomerate shares slide after bribery indictment\n\nTuesday, November 26, 2024\n\n' + text + '\n' });
    expect(entityNamed(index, 'Adani Green Energy Ltd.').type).toBe('organization');
    expect(surfaces(index, 'Adani Green Energy Ltd.')).toEqual(['Adani Green Energy Ltd.', 'Adani Green']);
    expect(surfaces(index, 'Gautam Adani')).toEqual(['Gautam Adani', 'Adani']);
  });

  it('a person\'s surname inside a body\'s name is the body\'s word, no mention of the person: with "Rahul", a listed given name, "Adani Green said" and "The Adani Group called" held two more "Adani" of Rahul Adani\'s; "the L\'Enfant Plan" still holds L\'Enfant', () => {
    const text = 'Shares of Adani Green Energy Ltd. fell after prosecutors charged Rahul Adani. Adani Green said it would cancel a bond sale. Mr. Adani denied it. The Adani Group called the charges baseless.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Rahul Adani')).toEqual([`Rahul Adani@${text.indexOf('Rahul Adani')}`, `Adani@${text.indexOf('Adani denied')}`]);
    const plan = indexTexts({ 'a.txt': "Pierre L'Enfant drew the city. L'Enfant was proud of the L'Enfant Plan.\n" });
    expect(surfaces(plan, "Pierre L'Enfant")).toEqual(["Pierre L'Enfant", "L'Enfant", "L'Enfant"]);
  });
});

describe('merging: a relative who shares a name', () => {
  it('a fuller name introduced as the relative of someone named before by part of it is another person: "Carlos Alcaraz won … Alcaraz\'s father, Carlos Alcaraz González" keeps the player\'s "Alcaraz"; "Claudia Sheinbaum Pardo … Claudia Sheinbaum" beside her husband stays one', () => {
    const text =
      'Carlos Alcaraz won the Madrid Open on Sunday. Coach Juan Carlos Ferrero watched alongside Alcaraz\'s father, Carlos Alcaraz González. ' +
      'Alcaraz said he was proud. Alcaraz González declined to speak to the press.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Carlos Alcaraz')).toEqual(['Carlos Alcaraz', 'Alcaraz', 'Alcaraz']);
    expect(surfaces(index, 'Carlos Alcaraz González')).toEqual(['Carlos Alcaraz González', 'Alcaraz González']);
    const president = 'Mexican President Claudia Sheinbaum Pardo spoke on Monday. Her husband, Jesús María Tarriba, sat beside her. Claudia Sheinbaum said Sheinbaum would travel.';
    const one = indexTexts({ 'a.txt': president + '\n' });
    expect(surfaces(one, 'Claudia Sheinbaum Pardo')).toEqual(['Claudia Sheinbaum Pardo', 'Claudia Sheinbaum', 'Sheinbaum']);
  });
});

describe('merging: a legal form written out and abbreviated', () => {
  it('"Southern Company said … Southern Co. shares fell" and "Halvorsen Corporation … Halvorsen Corp." are one company each; "Acme Inc." and "Acme Corp." stay two', () => {
    const text =
      'Southern Company said outages rose on Friday. Southern Co. shares fell 1.2 percent. Halvorsen Corporation hired 300 workers, and Halvorsen Corp. shares rose. ' +
      'Acme Inc. and Acme Corp. are rivals in Ohio.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Southern Co.')).toEqual(['Southern Company', 'Southern Co.']);
    expect(surfaces(index, 'Halvorsen Corp.')).toEqual(['Halvorsen Corporation', 'Halvorsen Corp.']);
    expect(surfaces(index, 'Acme Inc.')).toEqual(['Acme Inc.']);
    expect(surfaces(index, 'Acme Corp.')).toEqual(['Acme Corp.']);
  });
});

describe('merging: a company written with its country\'s short name', () => {
  it('"U.S. Steel" is the "United States Steel Corp." of another article; "British Steel" stays another company', () => {
    const index = indexTexts({
      'a.txt': 'United States Steel Corp. agreed to be bought by Nippon Steel.\n',
      'b.txt': 'U.S. Steel shares rose 2 percent, and British Steel said it would cut jobs.\n',
    });
    expect(surfaces(index, 'United States Steel Corp.').sort()).toEqual(['U.S. Steel', 'United States Steel Corp.']);
    expect(surfaces(index, 'British Steel')).toEqual(['British Steel']);
  });
});

describe('merging: a birth name opening a sentence', () => {
  it('a full name right after "was born" is the birth name of the name before: "Muhammad Ali … Ali was born Cassius Clay in Louisville. Clay changed his name" and "Elton John, who was born Reginald Dwight," were two people each; "was born Catholic" and "was born in New York City" name no one else', () => {
    const index = indexTexts({ 'a.txt': 'Muhammad Ali, the boxer, died on Friday. Ali was born Cassius Clay in Louisville. Clay changed his name in 1964.\n', 'b.txt': 'Elton John, who was born Reginald Dwight, played in London.\n' });
    expect(index.entities.filter((e) => e.type === 'person').map((e) => index.mentionsOf(e).map((m) => m.text))).toEqual([
      ['Muhammad Ali', 'Ali', 'Cassius Clay', 'Clay'],
      ['Elton John', 'Reginald Dwight'],
    ]);
    const other = indexTexts({ 'a.txt': 'Mary Smith was born Catholic in Ohio. John Brown was born in New York City in 1950.\n' });
    expect(surfaces(other, 'Mary Smith')).toEqual(['Mary Smith']);
    expect(surfaces(other, 'John Brown')).toEqual(['John Brown']);
  });

  it('"Born James Ngugi in Kamiriithu in 1938, he studied" is the birth name of the full name just before ("Ngũgĩ wa Thiong\'o"), one person with "Ngũgĩ"; "Born in Leeds in 1940, she" and a name with no pronoun after it name no one else', () => {
    const text =
      "Ngũgĩ wa Thiong'o, the Kenyan novelist, has died at 87, his family said. Born James Ngugi in Kamiriithu in 1938, he studied at Makerere University. Ngũgĩ later taught at Yale University.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, "Ngũgĩ wa Thiong'o")).toEqual(["Ngũgĩ wa Thiong'o", 'James Ngugi', 'Ngũgĩ']);
    const other = 'Mary Smith, the actress, has died. Born in Leeds in 1940, she trained in London. Born Anna Berg, the singer, lived in Oslo.';
    const apart = indexTexts({ 'a.txt': other + '\n' });
    expect(surfaces(apart, 'Mary Smith')).toEqual(['Mary Smith']);
  });

  it('a relative named after a possessive\'s kinship noun is not whom the pronoun after "Born …" is ("… said her daughter, Miriam Kessler-Ross. Born Lorraine Ruth Adelson …, she" joined the daughter to the birth name)', () => {
    const text = 'Lorraine Kessler, a pioneering judge, died Saturday. The cause was cancer, said her daughter, Miriam Kessler-Ross. Born Lorraine Ruth Adelson in the Bronx, she graduated from Hunter College.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Miriam Kessler-Ross')).toEqual(['Miriam Kessler-Ross']);
    expect(surfaces(index, 'Lorraine Ruth Adelson')).not.toContain('Miriam Kessler-Ross');
  });
});

describe('merging: a birth name opening a sentence whose subject is a word of the name before', () => {
  it('"Born James Ngugi in 1938, Ngũgĩ studied" is the birth name of "Ngũgĩ wa Thiong\'o", one person with "Ngũgĩ"; "Born James Ngugi in 1938, Smith studied" names Ngũgĩ no other way', () => {
    const text = "Ngũgĩ wa Thiong'o has died at 87, his family said. Born James Ngugi in 1938, Ngũgĩ studied at Makerere University.";
    expect(surfaces(indexTexts({ 'a.txt': text + '\n' }), "Ngũgĩ wa Thiong'o")).toEqual(["Ngũgĩ wa Thiong'o", 'James Ngugi', 'Ngũgĩ']);
    const near = "Ngũgĩ wa Thiong'o has died at 87, his family said. Born James Ngugi in 1938, Smith studied at Makerere University.";
    expect(surfaces(indexTexts({ 'a.txt': near + '\n' }), "Ngũgĩ wa Thiong'o")).toEqual(["Ngũgĩ wa Thiong'o"]);
  });

  it('a place named between ("has died in the United States. Born James Ngugi in 1938, Ngũgĩ studied") is not the name the subject is a word of', () => {
    const text = "Ngũgĩ wa Thiong'o, the Kenyan novelist, has died in the United States at the age of 87. Born James Ngugi in 1938, Ngũgĩ studied at Makerere University.";
    expect(surfaces(indexTexts({ 'a.txt': text + '\n' }), "Ngũgĩ wa Thiong'o")).toEqual(["Ngũgĩ wa Thiong'o", 'James Ngugi', 'Ngũgĩ']);
  });
});

describe('merging: a birth name is no body\'s or prize\'s', () => {
  it('"… a contender for the Nobel Prize in Literature. Born James Ngugi in Kamiriithu, he" is the birth name of the person before the prize, not the prize\'s; with no prize between, the person before still takes it', () => {
    const text =
      "Ngũgĩ wa Thiong'o, the Kenyan novelist, has died at 87. He was often named as a contender for the Nobel Prize in Literature. Born James Ngugi in Kamiriithu in 1938, he attended Alliance High School.";
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, "Ngũgĩ wa Thiong'o")).toEqual(["Ngũgĩ wa Thiong'o", 'James Ngugi']);
    expect(surfaces(index, 'Nobel Prize in Literature')).toEqual(['Nobel Prize in Literature']);
    const near = "Ngũgĩ wa Thiong'o, the Kenyan novelist, has died at 87. He taught for years. Born James Ngugi in Kamiriithu in 1938, he attended Alliance High School.";
    expect(surfaces(indexTexts({ 'a.txt': near + '\n' }), "Ngũgĩ wa Thiong'o")).toEqual(["Ngũgĩ wa Thiong'o", 'James Ngugi']);
  });
});

describe('merging: initials of a company without its legal form', () => {
  it('"Procter & Gamble Co. said P&G would cut prices" and "Bristol Myers Squibb Co. … BMS" are one company each; beside "Pratt & Gordon Ltd." too, "P&G" is neither\'s for sure (an ampersand\'s initials stand only for names joined by "&" or "and")', () => {
    const text = 'Procter & Gamble Co. said P&G would cut prices. Bristol Myers Squibb Co. said BMS would appeal.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Procter & Gamble Co.')).toEqual(['Procter & Gamble Co.', 'P&G']);
    // The lists know the drugmaker as "Bristol Myers Squibb" (without "BMS": the initials are the article's).
    expect(surfaces(index, 'Bristol Myers Squibb')).toEqual(['Bristol Myers Squibb Co.', 'BMS']);
    const two = indexTexts({ 'a.txt': 'Procter & Gamble Co. and Pratt & Gordon Ltd. reported results. P&G said prices would rise.\n' });
    expect(surfaces(two, 'Procter & Gamble Co.')).toEqual(['Procter & Gamble Co.']);
  });
});

describe('merging: a city in a box score is its club', () => {
  it('"Jayson Tatum led Boston with 24 points" and "Rafael Devers homered for Boston" are the article\'s Boston club; "Fans in Boston were angry" and "moved to Boston with his family" stay in the city', () => {
    const celtics = 'The Los Angeles Lakers beat the Boston Celtics 117-96. Jayson Tatum led Boston with 24 points. Fans in Boston were angry.';
    const index = indexTexts({ 'a.txt': celtics + '\n' });
    expect(mentionsAt(index, 'Boston Celtics')).toEqual([`Boston Celtics@${celtics.indexOf('Boston Celtics')}`, `Boston@${celtics.indexOf('Boston with')}`]);
    // The city: inside the club's name, and where the fans are.
    expect(mentionsAt(index, 'Boston')).toEqual([`Boston@${celtics.indexOf('Boston Celtics')}`, `Boston@${celtics.lastIndexOf('Boston')}`]);
    const redSox = 'The Boston Red Sox beat the New York Yankees 5-3. Rafael Devers homered for Boston. His brother moved to Boston with his family.';
    const sox = indexTexts({ 'a.txt': redSox + '\n' });
    expect(mentionsAt(sox, 'Boston Red Sox')).toEqual([`Boston Red Sox@${redSox.indexOf('Boston Red Sox')}`, `Boston@${redSox.indexOf('Boston.')}`]);
    expect(mentionsAt(sox, 'Boston')).toEqual([`Boston@${redSox.indexOf('Boston Red Sox')}`, `Boston@${redSox.lastIndexOf('Boston')}`]);
  });
});

describe('merging: a company named after its founder', () => {
  it('"Eli Lilly and Co. reported results … Lilly said" and "Charles Schwab Corp. said Schwab would cut fees" are one company each (the lists know both as "Eli Lilly" and "Charles Schwab"); "Henry Wellcome", with no legal form, is the man, and "Wellcome" after him his', () => {
    const text = 'Eli Lilly and Co. reported results on Tuesday. Lilly said its drug gained share. Charles Schwab Corp. said Schwab would cut fees.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Eli Lilly')).toEqual(['Eli Lilly and Co.', 'Lilly']);
    // The partners' "and Co." goes with the legal form: no alias "Eli Lilly and".
    expect(entityNamed(index, 'Eli Lilly').aliases.map((a) => a.text)).not.toContain('Eli Lilly and');
    expect(surfaces(index, 'Charles Schwab')).toEqual(['Charles Schwab Corp.', 'Schwab']);
    const man = indexTexts({ 'a.txt': 'Henry Wellcome founded a drug firm in London in 1880. Wellcome had been a salesman in America.\n' });
    expect(surfaces(man, 'Henry Wellcome')).toEqual(['Henry Wellcome', 'Wellcome']);
    expect(entityNamed(man, 'Henry Wellcome').type).toBe('person');
  });
});

describe('merging: a surname its sentence makes a person\'s', () => {
  it('"Karim Khan said … Israeli jets struck Khan Younis. Khan said the evidence was strong" gives "Khan" to the prosecutor, not the city whose name it opens; "Tanks entered Khan on Tuesday" stays with the city', () => {
    const text = 'Karim Khan said on Monday he would seek arrest warrants. Israeli jets struck Khan Younis. Khan said the evidence was strong.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Karim Khan')).toEqual([`Karim Khan@0`, `Khan@${text.lastIndexOf('Khan')}`]);
    expect(surfaces(index, 'Khan Younis')).toEqual(['Khan Younis']);
    expect(entityNamed(index, 'Khan Younis').type).toBe('place');
    const tanks = 'Karim Khan said on Monday he would seek arrest warrants. Israeli jets struck Khan Younis. Tanks entered Khan on Tuesday.';
    expect(surfaces(indexTexts({ 'a.txt': tanks + '\n' }), 'Karim Khan')).toEqual(['Karim Khan']);
  });
});

describe('merging: "the City" is no club', () => {
  it('"Bankers in the City said the pound fell" after "Manchester City beat Arsenal" is no short form of the club; "City took the lead" is', () => {
    const text = 'Manchester City beat Arsenal 2-1 on Sunday. Bankers in the City said the pound fell after the vote.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Manchester City')).toEqual(['Manchester City']);
    const club = 'Manchester City beat Arsenal 2-1 on Sunday. City took the lead after ten minutes.';
    expect(surfaces(indexTexts({ 'a.txt': club + '\n' }), 'Manchester City')).toEqual(['Manchester City', 'City']);
  });
});

describe('merging: a listed company\'s acronym in a story naming it in full', () => {
  it('"Taiwan Semiconductor Manufacturing Co. … TSMC said" is one company, though the lists write it "… Manufacturing Company", and "Industrial and Commercial Bank of China Ltd. … ICBC said" another, though its words are joined by "and"; beside "Acme Semiconductor Manufacturing Co." the listed "TSMC" stays apart', () => {
    const text = 'Taiwan Semiconductor Manufacturing Co. will build a plant in Arizona. TSMC said costs would rise.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Taiwan Semiconductor Manufacturing Co.')).toEqual(['Taiwan Semiconductor Manufacturing Co.', 'TSMC']);
    const bank = 'Industrial and Commercial Bank of China Ltd. reported results on Friday. ICBC said revenue rose.';
    expect(surfaces(indexTexts({ 'a.txt': bank + '\n' }), 'Industrial and Commercial Bank of China Ltd.')).toEqual(['Industrial and Commercial Bank of China Ltd.', 'ICBC']);
    const other = indexTexts({ 'a.txt': 'Acme Semiconductor Manufacturing Co. will build a plant in Arizona. TSMC said costs would rise.\n' });
    expect(surfaces(other, 'TSMC')).toEqual(['TSMC']);
    expect(surfaces(other, 'Acme Semiconductor Manufacturing Co.')).toEqual(['Acme Semiconductor Manufacturing Co.']);
  });
});

describe('merging: a listed parent body spelled out before a body\'s name', () => {
  it('"The United Nations Security Council met … The UN Security Council voted" is one council, as "the U.N. World Food Programme" is the WFP; "United Nations" alone stays the parent', () => {
    const text = 'The United Nations Security Council met on Friday. The UN Security Council voted on a resolution.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Security Council')).toEqual(['United Nations Security Council', 'UN Security Council']);
    const parent = 'The United Nations said on Friday it would send aid. The Security Council voted.';
    const other = indexTexts({ 'a.txt': parent + '\n' });
    expect(surfaces(other, 'United Nations')).toEqual(['United Nations']);
    expect(surfaces(other, 'Security Council')).toEqual(['Security Council']);
  });
});

describe('merging: a name of clipped words defined in parentheses', () => {
  it('"Commonwealth Edison (ComEd) gave jobs … ComEd agreed to pay" and "Federal Express Corp. (FedEx)" are one company each; "Kenneth Edison (KenEdy)" defines nothing, "Edy" opening no word', () => {
    const text = 'The utility Commonwealth Edison (ComEd) gave jobs to his allies. ComEd agreed to pay a fine. Federal Express Corp. (FedEx) said it would cut jobs.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Commonwealth Edison')).toEqual(['Commonwealth Edison', 'ComEd', 'ComEd']);
    expect(surfaces(index, 'Federal Express Corp.')).toEqual(['Federal Express Corp.', 'FedEx']);
    const other = indexTexts({ 'a.txt': 'Kenneth Edison (KenEdy) said profits rose.\n' });
    expect(surfaces(other, 'Kenneth Edison')).toEqual(['Kenneth Edison']);
  });
});

describe('merging: a name blended from the openings of its words, defined in parentheses', () => {
  it('"the Servicio Electoral de Chile (Servel) … Servel will publish" and "Petróleos Mexicanos (Pemex) … Pemex shares fell" are one body each; "Maria Lopez (Molly)" defines nothing, "Molly" opening no word of hers', () => {
    const text = 'The Servicio Electoral de Chile (Servel) said the count was over. Servel will publish the results. Petróleos Mexicanos (Pemex) cut output, and Pemex shares fell.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Servicio Electoral de Chile')).toEqual(['Servicio Electoral de Chile', 'Servel', 'Servel']);
    expect(surfaces(index, 'Pemex')).toEqual(['Petróleos Mexicanos', 'Pemex', 'Pemex']);
    const other = indexTexts({ 'a.txt': 'Maria Lopez (Molly) said profits rose.\n' });
    expect(surfaces(other, 'Maria Lopez')).toEqual(['Maria Lopez']);
  });
});

describe('merging: a relative called by the given name is no likelier referent of the surname', () => {
  it('"Rupert Murdoch and three of his children … Elisabeth said she was glad … Murdoch, 94, had sought" is Rupert, not Elisabeth; the first of the surname called by his given name keeps it ("Jared Padalecki … Jared grew up … his mother, Sherri Padalecki … Padalecki moved")', () => {
    const text =
      'Rupert Murdoch and three of his children reached a settlement on Monday. Under the deal, Prudence MacLeod, Elisabeth Murdoch and James Murdoch will sell their stakes. ' +
      'Elisabeth said she was glad the dispute was over. Murdoch, 94, had sought to change the trust.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Rupert Murdoch')).toEqual([`Rupert Murdoch@0`, `Murdoch@${text.lastIndexOf('Murdoch')}`]);
    expect(surfaces(index, 'Elisabeth Murdoch')).toEqual(['Elisabeth Murdoch', 'Elisabeth']);
    const bio = 'Jared Padalecki was born in San Antonio. Jared grew up in Texas. His mother, Sherri Padalecki, was a teacher. Padalecki later moved to Los Angeles.';
    const jared = indexTexts({ 'a.txt': bio + '\n' });
    expect(surfaces(jared, 'Jared Padalecki')).toEqual(['Jared Padalecki', 'Jared', 'Padalecki']);
  });
});

describe('merging: agencies whose acronym is not their initials', () => {
  it('"the United Nations Children\'s Fund … UNICEF" and "the Bureau of Alcohol, Tobacco, Firearms and Explosives … The ATF" are one body each; "the United Nations" alone stays the parent', () => {
    const text =
      'The United Nations Children\'s Fund said 300 children died. UNICEF said more aid was needed. ' +
      'The Bureau of Alcohol, Tobacco, Firearms and Explosives traced the gun. The ATF said it was bought legally.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'UNICEF')).toEqual(['United Nations Children\'s Fund', 'UNICEF']);
    expect(surfaces(index, 'Bureau of Alcohol, Tobacco, Firearms and Explosives')).toEqual(['Bureau of Alcohol, Tobacco, Firearms and Explosives', 'ATF']);
    const parent = indexTexts({ 'a.txt': 'The United Nations said 300 children died. UNICEF said more aid was needed.\n' });
    expect(surfaces(parent, 'UNICEF')).toEqual(['UNICEF']);
  });
});

describe('merging: an acronym of the words before a name\'s last "and"', () => {
  it('"the Centers for Disease Control and Prevention said … The CDC said" is one agency, its letters those before "and Prevention"; "CDA" beside it stays apart', () => {
    const text = 'In the United States, the Centers for Disease Control and Prevention said the risk was low. The CDC said no cases had been found.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Centers for Disease Control and Prevention')).toEqual(['Centers for Disease Control and Prevention', 'CDC']);
    const other = indexTexts({ 'a.txt': 'The Centers for Disease Control and Prevention said the risk was low. The CDA said no cases had been found.\n' });
    expect(surfaces(other, 'Centers for Disease Control and Prevention')).toEqual(['Centers for Disease Control and Prevention']);
  });
});

describe('merging: dotted initials of a story\'s place', () => {
  it('"Fires burned in Los Angeles … Officials in L.A. said" is one city; beside "Louisiana" alone "L.A." stays its own', () => {
    const text = 'Fires burned in Los Angeles on Monday. Officials in L.A. said 24 people died.';
    expect(surfaces(indexTexts({ 'a.txt': text + '\n' }), 'Los Angeles')).toEqual(['Los Angeles', 'L.A.']);
    const other = indexTexts({ 'a.txt': 'Fires burned in Louisiana on Monday. Officials in L.A. said 24 people died.\n' });
    expect(surfaces(other, 'Louisiana')).toEqual(['Louisiana']);
  });
});

describe('merging: a state body after a country\'s possessive is that country\'s', () => {
  it('"South Korea\'s Supreme Court upheld … The Supreme Court said" is not the Supreme Court of a story from Washington; two stories\' bare "Supreme Court" and "Britain\'s Labour Party" beside "the Labour Party" stay one each', () => {
    const seoul = "SEOUL — South Korea's Supreme Court on Thursday upheld the sentence. The Supreme Court said the law was clear.\n";
    const washington = 'WASHINGTON — The Supreme Court on Wednesday heard arguments over tariffs. The Supreme Court will rule by June.\n';
    const courts = (index: CorpusIndex) => index.entities.filter((e) => e.name === 'Supreme Court').map((e) => e.mentions.length);
    expect(courts(indexTexts({ 'a.txt': seoul, 'b.txt': washington }))).toEqual([2, 2]);
    expect(courts(indexTexts({ 'a.txt': washington, 'b.txt': washington }))).toEqual([4]);
    const labour = indexTexts({ 'a.txt': "Britain's Labour Party won the vote.\n", 'b.txt': 'The Labour Party said it would govern.\n' });
    expect(surfaces(labour, 'Labour Party')).toEqual(['Labour Party', 'Labour Party']);
  });
});

describe('merging: the Virgin Islands and their two territories', () => {
  it('"He sailed to the British Virgin Islands. The Virgin Islands were hit. The U.S. Virgin Islands were also hit" are three places; "the BVI" is still the British territory', () => {
    const text = 'He sailed to the British Virgin Islands on Monday. The Virgin Islands were hit by the storm. The U.S. Virgin Islands were also hit. Tourists left the BVI.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'British Virgin Islands')).toEqual(['British Virgin Islands', 'BVI']);
    expect(surfaces(index, 'Virgin Islands')).toEqual(['Virgin Islands']);
    expect(surfaces(index, 'United States Virgin Islands')).toEqual(['U.S. Virgin Islands']);
  });
});

describe('merging: a listed company\'s legal name', () => {
  it('"Space Exploration Technologies Corp. said … SpaceX is run by Elon Musk, who spoke of space rockets" is one company; "Space Systems Technologies Corp." beside "SpaceX" stays its own', () => {
    const text = 'Space Exploration Technologies Corp. said on Friday it would build a plant. SpaceX is run by Elon Musk, who said the plant would make parts for space rockets.';
    expect(surfaces(indexTexts({ 'a.txt': text + '\n' }), 'SpaceX')).toEqual(['Space Exploration Technologies Corp.', 'SpaceX']);
    const other = indexTexts({ 'a.txt': 'Space Systems Technologies Corp. said on Friday it would build a plant. SpaceX is run by Elon Musk.\n' });
    expect(surfaces(other, 'SpaceX')).toEqual(['SpaceX']);
  });
});

describe('merging: dotted initials opening a name of the story', () => {
  it('"The Los Angeles Times reported … The L.A. Times said" is one newspaper; "L.A. Times" beside the "New York Times" alone stays its own', () => {
    const text = 'The Los Angeles Times reported the sale on Monday. The L.A. Times said the buyer would keep the staff.';
    expect(surfaces(indexTexts({ 'a.txt': text + '\n' }), 'Los Angeles Times')).toEqual(['Los Angeles Times', 'L.A. Times']);
    const other = indexTexts({ 'a.txt': 'The New York Times reported the sale on Monday. The L.A. Times said the buyer would keep the staff.\n' });
    expect(surfaces(other, 'New York Times')).toEqual(['New York Times']);
  });
});

describe('merging: an acronym in parentheses of the field after a lone head word and "of"', () => {
  it('"The Department of Health and Human Services (HHS) … HHS will" is one department; "The Eastern Theater Command of the People\'s Liberation Army (PLA)" still gives PLA to the army', () => {
    const index = indexTexts({ 'a.txt': 'The Department of Health and Human Services (HHS) announced cuts on Thursday. HHS will also merge several agencies.\n' });
    expect(surfaces(index, 'Department of Health and Human Services')).toEqual(['Department of Health and Human Services', 'HHS', 'HHS']);
    const army = indexTexts({ 'a.txt': "The Eastern Theater Command of the People's Liberation Army (PLA) held drills. The PLA said so.\n" });
    expect(surfaces(army, "People's Liberation Army")).toEqual(["People's Liberation Army", 'PLA', 'PLA']);
    expect(surfaces(army, "Eastern Theater Command of the People's Liberation Army")).toEqual(["Eastern Theater Command of the People's Liberation Army"]);
  });
});

describe('merging: the father\'s surname of a name with two given names, or of a Chadian name', () => {
  it('"Norma Lucía Piña Hernández … Piña said" and "Moussa Faki Mahamat … Faki said" are one person each; "George Herbert Walker Bush … Walker said" gives Bush no "Walker"', () => {
    const text = 'The chief justice, Norma Lucía Piña Hernández, criticised the plan. Piña said judges would be elected. The chairperson of the commission, Moussa Faki Mahamat, called for calm. Faki said the people had suffered.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Norma Lucía Piña Hernández')).toEqual(['Norma Lucía Piña Hernández', 'Piña']);
    expect(surfaces(index, 'Moussa Faki Mahamat')).toEqual(['Moussa Faki Mahamat', 'Faki']);
    const bush = indexTexts({ 'a.txt': 'Former president George Herbert Walker Bush spoke on Monday. Coach Tim Walker said the game was over. Walker left.\n' });
    expect(surfaces(bush, 'George Herbert Walker Bush')).toEqual(['George Herbert Walker Bush']);
  });
});

describe('merging: an en dash joining two words of a name is its hyphen', () => {
  it('"the Farmer-Citizen Movement … the Farmer–Citizen Movement\'s leader" is one party; "the India–Pakistan talks" keeps two countries', () => {
    const index = indexTexts({ 'a.txt': "The Farmer-Citizen Movement criticised the deal. The Farmer–Citizen Movement's leader said ports should stay public.\n" });
    expect(surfaces(index, 'Farmer-Citizen Movement')).toEqual(['Farmer-Citizen Movement', 'Farmer–Citizen Movement']);
    const talks = indexTexts({ 'a.txt': 'The India–Pakistan talks stalled on Monday. Officials in India said so.\n' });
    expect(talks.entities.map((e) => e.name).sort()).toEqual(['India', 'Pakistan']);
  });
});

describe('merging: the part after the hyphen of a company\'s first word', () => {
  it('"Cleveland-Cliffs Inc. … that Cliffs had no choice. Shares of Cliffs fell" is one company, "Cleveland" the city; "Royce Smith" beside "Rolls-Royce Holdings Plc" stays a person of his own', () => {
    const text = 'CLEVELAND (AP) — Cleveland-Cliffs Inc. said on Tuesday it would idle a furnace. Its chief told analysts that Cliffs had no choice. Shares of Cliffs fell 4% in New York.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Cleveland-Cliffs Inc.')).toEqual(['Cleveland-Cliffs Inc.', 'Cliffs', 'Cliffs']);
    expect(entityNamed(index, 'Cleveland').type).toBe('place');
    const rolls = indexTexts({ 'a.txt': 'Rolls-Royce Holdings Plc said profits rose. Royce Smith, an analyst, said so.\n' });
    expect(surfaces(rolls, 'Royce Smith')).toEqual(['Royce Smith']);
    expect(surfaces(rolls, 'Rolls-Royce Holdings Plc')).toEqual(['Rolls-Royce Holdings Plc']);
  });
});

describe('merging: the word after the country opening a company\'s name', () => {
  it('"China COSCO Shipping Corp. … Cosco will hold the stake" is one company; "Korea Zinc Co. … Zinc prices fell" gives the company no "Zinc"', () => {
    const index = indexTexts({ 'a.txt': 'China COSCO Shipping Corp. has agreed to buy a stake in a terminal. Cosco will hold the stake, the operator said.\n' });
    expect(surfaces(index, 'China COSCO Shipping Corp.')).toEqual(['China COSCO Shipping Corp.', 'Cosco']);
    const zinc = indexTexts({ 'a.txt': 'Korea Zinc Co. said output rose. Zinc prices fell in China on Monday.\n' });
    expect(surfaces(zinc, 'Korea Zinc Co.')).toEqual(['Korea Zinc Co.']);
  });
});

describe('merging: an acronym no parenthesis defined, of the field after a lone body word and "of"', () => {
  it('"The Department of Health and Human Services announced cuts. HHS will …" and "the Department of Housing and Urban Development … HUD officials" are one department each; beside a state "Office of Health and Human Services" HHS is neither\'s', () => {
    const index = indexTexts({ 'a.txt': 'The Department of Health and Human Services announced cuts on Thursday. HHS will also merge agencies. The Department of Housing and Urban Development said rents rose. HUD officials declined to comment.\n' });
    expect(surfaces(index, 'Department of Health and Human Services')).toEqual(['Department of Health and Human Services', 'HHS']);
    expect(surfaces(index, 'Department of Housing and Urban Development')).toEqual(['Department of Housing and Urban Development', 'HUD']);
    const two = indexTexts({ 'a.txt': 'The Department of Health and Human Services and the state Office of Health and Human Services disagreed. HHS will also merge agencies.\n' });
    expect(surfaces(two, 'Department of Health and Human Services')).toEqual(['Department of Health and Human Services']);
    expect(surfaces(two, 'Office of Health and Human Services')).toEqual(['Office of Health and Human Services']);
  });
});

describe('merging: a body\'s acronym the lists know by its letters alone', () => {
  it('is the story\'s one name of those initials: "UEFA, European football\'s governing body, said … The Union of European Football Associations fined City" was two bodies; "BP" beside the "Bank of Punjab", two letters, stays apart', () => {
    const index = indexTexts({ 'a.txt': 'UEFA, European football\'s governing body, said the final would be in London. The Union of European Football Associations fined City.\n' });
    expect(surfaces(index, 'Union of European Football Associations')).toEqual(['UEFA', 'Union of European Football Associations']);
    const two = indexTexts({ 'a.txt': 'BP said profits fell. The Bank of Punjab reported a loss.\n' });
    expect(surfaces(two, 'BP')).toEqual(['BP']);
    expect(surfaces(two, 'Bank of Punjab')).toEqual(['Bank of Punjab']);
  });
});

describe('merging: a party named in a case\'s caption', () => {
  it('is no short form of a person the article names only later ("Lawyers for Amazon cited Smith v. Jones … Judge Milan D. Smith Jr. wrote" gave the judge the party); "President Donald Trump signed … In Trump v. CASA" is still his', () => {
    const text = 'Lawyers for Amazon cited Smith v. Jones, a 1998 case. Judge Milan D. Smith Jr. wrote the opinion. Smith said the case was different.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Milan D. Smith Jr.')).toEqual([`Milan D. Smith Jr.@${text.indexOf('Milan')}`, `Smith@${text.lastIndexOf('Smith')}`]);
    expect(mentionsAt(index, 'Smith')).toEqual([`Smith@${text.indexOf('Smith')}`]);
    const earlier = indexTexts({ 'a.txt': 'President Donald Trump signed the order. In Trump v. CASA, the justices sided with him.\n' });
    expect(surfaces(earlier, 'Donald Trump')).toEqual(['Donald Trump', 'Trump']);
  });
});

describe('merging: a head word alone for the one name before it that it heads', () => {
  it('"the Act" after "the App Store Accountability Act" and "the Ministry" after "the Ministry of Defence" are those names; "the Court" before any court is named, or after two, stays apart', () => {
    const text = 'The law, known as the App Store Accountability Act, was signed in May. The judge said the Act went too far. The Ministry of Defence said so. The Ministry added nothing.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'App Store Accountability Act')).toEqual(['App Store Accountability Act', 'Act']);
    expect(surfaces(index, 'Ministry of Defence')).toEqual(['Ministry of Defence', 'Ministry']);
    const argued = 'May it please the Court. The Federal Circuit Court ruled for him. The District Court and the Supreme Court disagreed, and the Court said no.';
    const other = indexTexts({ 'b.txt': argued + '\n' });
    expect(surfaces(other, 'Federal Circuit Court')).toEqual(['Federal Circuit Court']);
    expect(surfaces(other, 'Court')).toEqual(['Court', 'Court']);
  });
});

describe('spans: the French particle "des" after a given name', () => {
  it('"Laurence des Cars" is one person (she was cut to "Laurence"); "the Rue des Martyrs" stays one place, and "Des Smith" opening a sentence a given name\'s', () => {
    const text = 'The Louvre\'s director, Laurence des Cars, offered to resign. Police closed the Rue des Martyrs. Des Smith spoke for her.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Laurence des Cars')).toEqual([`Laurence des Cars@${text.indexOf('Laurence')}`]);
    expect(entityNamed(index, 'Laurence des Cars').type).toBe('person');
    expect(mentionsAt(index, 'Rue des Martyrs')).toEqual([`Rue des Martyrs@${text.indexOf('Rue')}`]);
    expect(entityNamed(index, 'Des Smith').type).toBe('person');
  });
});

describe('merging: a Dutch particle opening a surname alone', () => {
  it('"Manchester United sacked Erik ten Hag. Ten Hag said" and "Marc-André ter Stegen … Ter Stegen was injured" are one person each ("Ten Hag" was apart); "Des Smith" opening a sentence is a given name and a surname, and "Ten Africans died" no name', () => {
    const text = 'Manchester United sacked Erik ten Hag. Ten Hag said he was sad. Barcelona signed Marc-André ter Stegen. Ter Stegen was injured. Des Smith spoke for her. Ten Africans died.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Erik ten Hag')).toEqual(['Erik ten Hag', 'Ten Hag']);
    expect(surfaces(index, 'Marc-André ter Stegen')).toEqual(['Marc-André ter Stegen', 'Ter Stegen']);
    expect(entityNamed(index, 'Des Smith').type).toBe('person');
    expect(allSurfaces(index)).not.toContain('Ten Africans');
  });
});

describe('merging: the Danish and Norwegian legal form after a name of two words or more', () => {
  it('"Novo Holdings A/S completed … Novo Holdings, which controls" and "Vestas Wind Systems A/S … Vestas Wind Systems" are one company each (they were two); "Novo Nordisk" stays apart', () => {
    const text = 'Novo Holdings A/S completed the purchase. Novo Holdings, which controls Novo Nordisk, will sell sites. Vestas Wind Systems A/S cut jobs. Vestas Wind Systems said so.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Novo Holdings A/S')).toEqual(['Novo Holdings A/S', 'Novo Holdings']);
    expect(surfaces(index, 'Vestas Wind Systems A/S')).toEqual(['Vestas Wind Systems A/S', 'Vestas Wind Systems']);
    expect(surfaces(index, 'Novo Nordisk')).toEqual(['Novo Nordisk']);
  });
});

describe('merging: a ticker after the company\'s shares', () => {
  it('"Catalent shares (NYSE: CTLT) were delisted. CTLT fell" is one company (the ticker was a body of its own); "Apple shares fell" defines nothing', () => {
    const text = 'Catalent shares (NYSE: CTLT) were delisted. CTLT fell 3%. Apple shares fell.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Catalent')).toEqual(['Catalent', 'CTLT', 'CTLT']);
    expect(surfaces(index, 'Apple')).toEqual(['Apple']);
  });
});

describe('merging: a club\'s town before its coach\'s rank', () => {
  it('"Arsenal beat Tottenham Hotspur … Tottenham head coach Thomas Frank said" is the club (the town was a place of its own); "Chicago officials said" stays the city', () => {
    const text = 'Arsenal beat Tottenham Hotspur 4-1 on Sunday. Tottenham head coach Thomas Frank said his team had been second best.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Tottenham Hotspur')).toEqual(['Tottenham Hotspur', 'Tottenham']);
    expect(entityNamed(index, 'Thomas Frank').type).toBe('person');
    const city = indexTexts({ 'a.txt': 'The Chicago Bulls won. Chicago officials said the city would pay.\n' });
    expect(surfaces(city, 'Chicago')).toEqual(['Chicago', 'Chicago']);
    expect(entityNamed(city, 'Chicago').type).toBe('place');
  });
});

describe('merging: a French particle that is a given name too, opening a surname alone', () => {
  it('"Laurence des Cars … Des Cars said" is one person (they were two); "Des Smith" stays a person of his own', () => {
    const text = 'The Louvre\'s director, Laurence des Cars, asked for money. Des Cars said the alarms were old. Des Smith spoke for the guards.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Laurence des Cars')).toEqual(['Laurence des Cars', 'Des Cars']);
    expect(surfaces(index, 'Des Smith')).toEqual(['Des Smith']);
  });
});

describe('merging: a company named after a person the story names later', () => {
  it('"The construction company Odebrecht paid bribes … Marcelo Odebrecht, its former chief executive," are a company and a person (they were one); "Odebrecht, 55," after him is his; "The judge said Alves had lied. Dani Alves …" stays one person', () => {
    const text = 'The construction company Odebrecht paid bribes in 12 countries. Marcelo Odebrecht, its former chief executive, was jailed in 2016. Odebrecht, 55, was freed in 2017. The judge said Alves had lied. Dani Alves, the former Barcelona defender, was jailed.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Odebrecht')).toEqual(['Odebrecht']);
    expect(entityNamed(index, 'Odebrecht').type).toBe('organization');
    expect(surfaces(index, 'Marcelo Odebrecht')).toEqual(['Marcelo Odebrecht', 'Odebrecht']);
    expect(entityNamed(index, 'Marcelo Odebrecht').type).toBe('person');
    expect(surfaces(index, 'Dani Alves')).toEqual(['Alves', 'Dani Alves']);
  });
});

describe('merging: the lists know cricket\'s Twenty20 and its short form', () => {
  it('"The Twenty20 format has grown … T20 leagues now run in six countries" is one format (they were two, "T20" taken for the World Cup); "the T20 World Cup" stays an event of its own', () => {
    const text = 'India beat Australia in the T20 World Cup final. The Twenty20 format has grown since 2007, and T20 leagues now run in six countries.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    // The first "T20" is the format's name nested in the event's.
    expect(surfaces(index, 'Twenty20')).toEqual(['T20', 'Twenty20', 'T20']);
    expect(surfaces(index, 'T20 World Cup')).toEqual(['T20 World Cup']);
  });
});

describe('merging: the city closing a body\'s name', () => {
  it('"taken to Civil Hospital Karachi … Officials in Karachi said" leaves the city the city (it went to the hospital); a surname that is a city still stands for its person ("The actor Jack London spoke. London said")', () => {
    const text = 'The injured were taken to Civil Hospital Karachi on Friday. Officials in Karachi said 20 people died.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(surfaces(index, 'Civil Hospital Karachi')).toEqual(['Civil Hospital Karachi']);
    expect(mentionsAt(index, 'Karachi')).toContain(`Karachi@${text.lastIndexOf('Karachi')}`);
    const actor = indexTexts({ 'a.txt': 'The actor Jack London spoke on Monday. London said he was sorry.\n' });
    expect(surfaces(actor, 'Jack London')).toEqual(['Jack London', 'London']);
  });
});

describe('merging: a people\'s adjective alone after "the" is its region', () => {
  it('"militarising the Baltic" is the sea, no short form of "the Baltic Air Policing mission" in its article nor in another (it was the mission\'s); after "the Baltic Sea" it is the sea\'s', () => {
    const mission = 'Italian jets joined the Baltic Air Policing mission in Estonia.';
    const text = `${mission} Russia accused NATO of militarising the Baltic.`;
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Baltic Air Policing')).toEqual([`Baltic Air Policing@${text.indexOf('Baltic Air')}`]);
    expect(entityNamed(index, 'Baltic').type).toBe('place');
    const apart = indexTexts({ 'a.txt': mission + '\n', 'b.txt': 'Russia accused NATO of militarising the Baltic.\n' });
    expect(mentionsAt(apart, 'Baltic Air Policing')).toHaveLength(1);
    // A place's name it opens is still the one it stands for.
    const sea = 'Ships patrol the Baltic Sea. Drones could be used in the Baltic within months.';
    expect(mentionsAt(indexTexts({ 'a.txt': sea + '\n' }), 'Baltic Sea')).toEqual([`Baltic Sea@${sea.indexOf('Baltic Sea')}`, `Baltic@${sea.lastIndexOf('Baltic')}`]);
  });
});

describe('a city closing a body\'s name', () => {
  it('"Healthwatch Leeds, which represents patients, … Traffic in Leeds was heavy" and "UTHealth Houston studies waits … HOUSTON —" sent the city to the body; now the city is the city; "Whitney Houston … Houston sold records" is still hers', () => {
    const index = indexTexts({
      'a.txt': 'Healthwatch Leeds, which represents patients in the city, said it had heard from dozens of people. Traffic in Leeds was heavy on Monday.\n',
      'b.txt': 'The estate of Whitney Houston settled a lawsuit on Friday. Houston sold more than 200 million records.\n',
    });
    expect(surfaces(index, 'Healthwatch Leeds')).toEqual(['Healthwatch Leeds']);
    expect(entityNamed(index, 'Leeds').type).toBe('place');
    expect(surfaces(index, 'Whitney Houston')).toEqual(['Whitney Houston', 'Houston']);
    const dateline = indexTexts({ 'a.txt': 'HOUSTON — The University of Texas Health Science Center at Houston (UTHealth Houston) said its researchers would study the merger. UTHealth Houston has tracked ambulance diversions since 2019.\n' });
    expect(surfaces(dateline, 'University of Texas Health Science Center at Houston')).toEqual(['University of Texas Health Science Center at Houston', 'UTHealth Houston', 'UTHealth Houston']);
    expect(entityNamed(dateline, 'Houston').type).toBe('place');
  });
});

describe('a chamber is no short form of its committee', () => {
  it('"the House Select Committee on the Chinese Communist Party … in the House next week", "the House Judiciary Committee … The House voted": the chamber alone is its own entity (it was the committee\'s short form)', () => {
    const text = 'Moolenaar leads the House Select Committee on the Chinese Communist Party. He will introduce a bill in the House next week. The House Judiciary Committee met. The House voted.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(index.mentionsOf(entityNamed(index, 'House')).map((m) => m.text)).toEqual(['House', 'House']);
    expect(index.mentionsOf(entityNamed(index, 'House Judiciary Committee')).map((m) => m.text)).toEqual(['House Judiciary Committee']);
    expect(index.mentionsOf(entityNamed(index, 'House Select Committee on the Chinese Communist Party')).map((m) => m.text)).toEqual(['House Select Committee on the Chinese Communist Party']);
  });
});

describe('a landform\'s or a compass word opening a place is no family name', () => {
  it('"around Lake Tahoe … in South Lake Tahoe" are the lake and the town (the lake was the town without its "given name", "Lake" read as a family name first); "Mount Hood" is no "North Mount Hood" either', () => {
    const text = 'Liberty Utilities reported outages around Lake Tahoe on Sunday. Police in South Lake Tahoe said a man died. Snow closed roads near Mount Hood and in North Mount Hood.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(mentionsAt(index, 'Lake Tahoe')).toEqual([`Lake Tahoe@${text.indexOf('Lake Tahoe')}`]);
    expect(mentionsAt(index, 'Mount Hood')).toEqual([`Mount Hood@${text.indexOf('Mount Hood')}`]);
    expect(entityNamed(index, 'Lake Tahoe').type).toBe('place');
  });
});

describe('a place\'s word before a county\'s or a city\'s head', () => {
  it('"FAIRFAX, Va. — The Fairfax County Board of Supervisors approved …" keeps the town and the board apart (the dateline went to the board, which it made a place)', () => {
    const text = 'FAIRFAX, Va. — The Fairfax County Board of Supervisors approved a budget on Tuesday. The Fairfax County Board of Supervisors meets again in May.';
    const index = indexTexts({ 'a.txt': text + '\n' });
    expect(entityNamed(index, 'Fairfax County Board of Supervisors').type).toBe('organization');
    expect(surfaces(index, 'Fairfax County Board of Supervisors')).toEqual(['Fairfax County Board of Supervisors', 'Fairfax County Board of Supervisors']);
    expect(entityNamed(index, 'FAIRFAX').type).toBe('place');
  });
});
