import { saysOtherThan, WEIGHT, weightOf } from '../evidence.js';
import { gazetteer, isCountry } from '../gazetteer.js';
import { COMPANY_GROUP_WORDS, HEAD_WORDS, LEGAL_SUFFIXES } from '../lexicon.js';
import type { EntityType } from '../types.js';
import { RegionKind, type MentionDraft } from '../mentionDraft.js';
import { ofSeniority } from '../seniority.js';
import { titleWord, isPersonByContext, quotedNicknameOf, isClippedToItsWord, closesWithLegalForm, generationOf, closesWithBodyWord, choose } from './nameKeyWords.js';
import { type Sex, type Relatives, type Kin, sexOfFullName } from './family.js';
import type { FullNameIndex } from './shortKeys.js';
import { StoryFacts } from './storyFacts.js';

/**
 * "Col. Sangaré" is the Sangaré named "Col." before, not his wife: of several full names named
 * before it, those given the short form's title, if any. Not one named only later: "Han Dong-hoon …
 * Han, a former justice minister, … Prime Minister Han Duck-soo" is the first (it went to the second).
 */
function sameTitled(keys: string[], d: MentionDraft, titles: ReadonlyMap<string, Set<string>>, named: ReadonlyMap<string, number>): string[] {
  const mine = new Set(d.descriptions.map(titleWord));
  const same = keys.filter((key) => named.has(key) && [...(titles.get(key) ?? [])].some((title) => mine.has(title)));
  return same.length > 0 ? same : keys;
}

/**
 * 'Earvin "Magic" Okafor scored 31 points and the Magic beat the Nuggets': the nickname a person's
 * full name gives in quotes, written without them where its sentence makes it a body, is the team
 * (the person took the team's evidence and became an organisation). '"Magic" hit four
 * three-pointers', in its quotes, stays the person.
 */
function withoutPeopleOfThatNickname(key: string, keys: string[]): string[] {
  return keys.filter((full) => quotedNicknameOf(full) !== key);
}

/** Whether a kinship noun's relative may be this one: "his father" is no son, nor a mother. */
function isKinSpokenOf(relative: Kin, spoken: Kin | null): boolean {
  return spoken !== null && spoken.child === relative.child && (spoken.sex === null || relative.sex === null || spoken.sex === relative.sex);
}

/** Of several full names, those of the generation, the title and the surname's form the candidate has. */
export function narrowByPerson(d: MentionDraft, keys: string[], names: FullNameIndex, story: StoryFacts, lastMention: Map<string, number>): string[] {
  if (keys.length > 1) keys = withoutOtherGenerations(d.key, keys, lastMention);
  if (keys.length > 1 && d.descriptions.length > 0) keys = sameTitled(keys, d, story.titles, lastMention);
  if (keys.length > 1 && story.family.hasDoctorTitle(d)) keys = withoutOtherwiseTitled(keys, story.titles);
  // "Silva" beside "Marina Silva" and "Luiz Inácio Lula da Silva" is hers: his is "da Silva".
  if (keys.length > 1 && names.particleSurnames.size > 0 && keys.some((k) => !names.particleSurnames.has(k))) keys = keys.filter((k) => !names.particleSurnames.has(k));
  return keys;
}

/** Of several full names, those the honorific's or the pronoun's sex and the story's family leave. */
export function narrowByFamily(d: MentionDraft, i: number, keys: string[], story: StoryFacts, lastMention: ReadonlyMap<string, number>): string[] {
  const { family } = story;
  const sex = keys.length > 1 ? family.honorificSex(d) : null;
  // Before the honorific's sex: a woman called by her given name is no "Mrs. Clinton" either.
  if (sex && story.calledByGivenName.size > 0) keys = withoutPeopleCalledByGivenName(d.key, keys, story.calledByGivenName, (k) => sexOfFullName(k, story.relatives, story.pronounSexes) !== otherSex(sex));
  if (sex) keys = ofHonorificSex(keys, sex, story.relatives, story.pronounSexes);
  // "His daughter, Keiko Fujimori, … Fujimori leads the polls, and she": the pronoun after a
  // surname that a relative shares says which of the family it is, before the relative is set aside.
  else if (keys.length > 1 && keys.some((k) => story.relatives.has(k))) {
    const pronounSex = family.pronounSexAfter(d, story.found[i + 1]);
    if (pronounSex) keys = ofHonorificSex(keys, pronounSex, story.relatives, story.pronounSexes);
  }
  const seniority = keys.length > 1 ? family.seniorityBefore(d) : null;
  if (seniority) keys = ofSeniority(keys, seniority, story.seniorities, (k) => story.relatives.get(k)?.child === true);
  else if (keys.length > 1) {
    const renamed = relativeNamedAgainJustBefore(d, keys, story, lastMention);
    keys = renamed ? [renamed] : withoutRelatives(keys, story.relatives, () => story.nonPeople);
  }
  return keys;
}

/**
 * "His son, Bilawal Bhutto Zardari, … Bilawal Bhutto Zardari said. Zardari, 35, a former foreign
 * minister": a relative the story names in full again, after the words that introduced him, is the
 * one a bare surname in that sentence or the next stands for, if no other bearer was named since (it
 * went to his father, "Asif Ali Zardari", the relative set aside). A relative named only where
 * introduced stays aside ("His daughter, Keiko Fujimori, visited him. Fujimori said"), and so does
 * one the sentence speaks of as a relative ("Pierre Trudeau patriated … Trudeau said his father";
 * "Zardari … since his mother, Benazir Bhutto, was assassinated" speaks of another).
 */
function relativeNamedAgainJustBefore(d: MentionDraft, keys: readonly string[], story: StoryFacts, lastMention: ReadonlyMap<string, number>): string | null {
  const recent = choose(keys, lastMention);
  if (recent === null || !story.relatives.has(recent) || isKinSpokenOf(story.relatives.get(recent)!, story.family.kinSpokenOfAfter(d))) return null;
  const at = lastMention.get(recent)!;
  const named = story.found[at]!;
  if (named.key !== recent || named.sentence < d.sentence - 1) return null;
  return story.found.some((e, j) => j < at && e.key === recent) ? recent : null;
}

/** Of the full names left, those the candidate's sentence and the names' own types allow; none marks it a modifier. */
export function narrowByType(d: MentionDraft, i: number, keys: string[], story: StoryFacts): string[] {
  if (keys.length > 1) keys = withoutCommonWordNamesItOpens(d.key, keys, story.commonWordNames);
  if (keys.length > 0) {
    const kept = withoutNamesOfItsOwnBody(d.key, withoutBodiesNamedAfterIt(d.key, keys, story.firstWritten, story.acronymTailed));
    // The word is its own name here, and no other article's longer name either (the merge sent
    // "Rutgers" to the "Rutgers AAUP-AFT" union the article names after it).
    if (kept.length === 0) d.modifier = true;
    keys = kept;
  }
  if (keys.length > 1) keys = ofBodiesWhereSentenceSaysBody(d, keys, story.fullNameTypes);
  if (keys.length > 1) keys = ofPeopleWhereSentenceSaysPerson(d, keys, story.fullNameTypes);
  if (keys.length > 0 && d.region === RegionKind.Body && saysBodyOnly(d.evidence)) keys = withoutPeopleNamedLater(i, keys, story.firstWritten, story.fullNameTypes);
  if (keys.length > 0 && !d.quoted && saysBodyOnly(d.evidence)) keys = withoutPeopleOfThatNickname(d.key, keys);
  if (keys.length > 1) keys = withoutPlacesWhereSentenceSaysPerson(d, keys, story.fullNameTypes);
  if (keys.length > 1) {
    keys = companyTheWordNames(d.key, keys, d.acronym, story.fullNameTypes);
    // "Shares of GE": what several bodies share names none of them, here or in another article.
    if (keys.length === 0) d.modifier = true;
  }
  // "Nick Daicos … Josh Dunkley … Daicos's brother Josh kicked a goal": a given name after a named
  // person's kinship noun is that person's relative, of that surname, not another "Josh".
  // Marked a relative when no full name has that surname, so that the story's pass links it to none.
  if (keys.length > 0 && !d.acronym && !d.key.includes(' ')) {
    keys = ofKinsSurname(keys, story.family.possessorOfKin(d));
    if (keys.length === 0) d.modifier = true;
  }
  return keys;
}

/**
 * "Harvard said it would sue … Harvard Medical School will lose grants … Harvard has", "NetChoice, a
 * trade group, … the NetChoice Litigation Center": a word the article's text writes alone before
 * any longer name it opens that closes with a body's or a place's head word is its own name there,
 * not the school, the centre or the region ("Liverpool … Liverpool City Region") named after it.
 * A legal form or a group word names the same company ("Meta … Meta Platforms Inc.") and stays.
 */
function withoutBodiesNamedAfterIt(short: string, keys: string[], firstWritten: ReadonlyMap<string, number>, acronymTailed: ReadonlySet<string>): string[] {
  const shortAt = firstWritten.get(short);
  if (shortAt === undefined) return keys;
  const namedAfter = (k: string) => closesWithBodyHead(k) || acronymTailed.has(k);
  return keys.filter((k) => !(k.startsWith(short + ' ') && namedAfter(k) && !isClippedToItsWord(short, k) && shortAt < (firstWritten.get(k) ?? -1)));
}

/**
 * "Rice University … the Rice Investment program … Rice received 33,000 applications": where the
 * story names a school by its word and its head ("Rice University"), the word is the school's, not
 * that of the programme, the paper or the fund named after it (it went to the name written last).
 */
function withoutNamesOfItsOwnBody(short: string, keys: string[]): string[] {
  if (keys.length < 2 || !keys.some((k) => k.startsWith(short + ' ') && isClippedToItsWord(short, k))) return keys;
  return keys.filter((k) => !k.startsWith(short + ' ') || isClippedToItsWord(short, k));
}

function closesWithBodyHead(key: string): boolean {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return HEAD_WORDS.has(last) && !LEGAL_SUFFIXES.has(last) && !COMPANY_GROUP_WORDS.has(last);
}

/**
 * "Ford shares rose 2%" after "Ford Motor Co." and "Bill Ford": a short form whose own sentence says
 * organisation and nothing else is the article's body of that name, not its person. Where the
 * sentence says nothing ("good for Ford"), or says person ("Ford said", which a company does too), all stay.
 */
function ofBodiesWhereSentenceSaysBody(d: MentionDraft, keys: string[], types: ReadonlyMap<string, EntityType | null>): string[] {
  if (weightOf(d.evidence, 'organization') <= 0 || saysOtherThan(d.evidence, 'organization')) return keys;
  const bodies = keys.filter((k) => types.get(k) === 'organization');
  return bodies.length > 0 ? bodies : keys;
}

/**
 * "Indian billionaire Gautam Adani … Adani Green Energy Ltd, a unit of the Adani Group … Adani, 62, is
 * Asia's second-richest person": a short form whose own sentence says a person's more than a speech
 * verb does (an age, a person's verb or possession) is the article's person of that name, not the
 * companies named after him (it went to the company, which the age then made a person).
 */
function ofPeopleWhereSentenceSaysPerson(d: MentionDraft, keys: string[], types: ReadonlyMap<string, EntityType | null>): string[] {
  if (!isPersonByContext(d.evidence) || (weightOf(d.evidence, 'person') < WEIGHT.personVerb && !onlyPersonAndFirmsNamedAfter(d.key, keys, types))) return keys;
  // Only names typed otherwise are set aside: "Lee Hsien Loong stepped down" says nothing of its type.
  const people = keys.filter((k) => (types.get(k) ?? 'person') === 'person');
  return people.length > 0 ? people : keys;
}

/**
 * "Renata Ostrowski of Ostrowski & Vance LLP … \"We disagree,\" Ostrowski said": one person of that
 * surname and bodies named after it; a speech verb, which bodies use too, is then enough to say
 * which (the firm, written last, took it).
 */
function onlyPersonAndFirmsNamedAfter(short: string, keys: readonly string[], types: ReadonlyMap<string, EntityType | null>): boolean {
  const people = keys.filter((k) => types.get(k) === 'person');
  return people.length === 1 && people[0]!.endsWith(' ' + short) && keys.every((k) => k === people[0] || (k.startsWith(short + ' ') && types.get(k) === 'organization'));
}

/**
 * "Prosecutors said the construction company Odebrecht paid bribes. Marcelo Odebrecht, its former
 * chief executive, was jailed": a word its own sentence makes a body's, written before the
 * article's text names a person with it, is no short form of that person ("Ford shares rose"
 * after "Bill Ford" may still be his, for ofBodiesWhereSentenceSaysBody to weigh).
 */
function withoutPeopleNamedLater(at: number, keys: string[], firstWritten: ReadonlyMap<string, number>, types: ReadonlyMap<string, EntityType | null>): string[] {
  return keys.filter((k) => types.get(k) !== 'person' || at > (firstWritten.get(k) ?? -1));
}

function saysBodyOnly(evidence: readonly number[]): boolean {
  return weightOf(evidence, 'organization') > 0 && !saysOtherThan(evidence, 'organization');
}

/**
 * "Khan said the evidence was strong" beside the prosecutor "Karim Khan" and the city "Khan Younis":
 * a short form its own sentence makes a person's is no place's opening or closing word. Where the
 * sentence says nothing ("strikes on Khan"), both stay.
 */
function withoutPlacesWhereSentenceSaysPerson(d: MentionDraft, keys: string[], types: ReadonlyMap<string, EntityType | null>): string[] {
  if (!isPersonByContext(d.evidence)) return keys;
  const known = gazetteer().byKey;
  const notPlaces = keys.filter((k) => (known.get(k)?.type ?? types.get(k)) !== 'place');
  return notPlaces.length > 0 ? notPlaces : keys;
}

/**
 * "Amazon" beside "Amazon.com Inc." and "Amazon Web Services", "GE" beside "GE Aerospace" and "GE
 * Vernova": a word opening the names of several of the article's companies is what they share. It
 * is the one that is only the word and its legal form, group word or domain ("Amazon.com Inc.",
 * "Hanseong Group"), else the only one with a legal form (the company, not its units), else the one
 * the others extend ("Goldman Sachs" of "Goldman Sachs Asset Management"); else an acronym is none
 * of them ("Shares of GE" are the parent's) and a word stays as it was. Not people ("Kim" after "Kim
 * Jong Un" and "Kim Yo Jong"); names of nothing said are companies' only after an acronym ("GE
 * Vernova"; "JD Vance" is a person's).
 */
function companyTheWordNames(short: string, keys: string[], acronym: boolean, types: ReadonlyMap<string, EntityType | null>): string[] {
  const isCompany = (key: string) => {
    const type = types.get(key);
    return key.startsWith(short + ' ') && (type === null ? acronym : type === 'organization');
  };
  if (!keys.every(isCompany)) return keys;
  for (const preferred of [keys.filter((k) => isWordAndLegalForm(k)), keys.filter((k) => closesWithLegalForm(k) && !namesCountrysUnit(short, k))]) if (preferred.length === 1) return preferred;
  const extended = keys.filter((k) => keys.every((other) => other === k || other.startsWith(k + ' ')));
  return extended.length === 1 ? extended : acronym ? [] : keys;
}

/** "amazon com inc", "hanseong group", "volkswagen ag": one word, then only a web domain's ending, group words or legal forms. */
function isWordAndLegalForm(key: string): boolean {
  const words = key.split(' ');
  return words.length > 1 && words.slice(1).every((w) => LEGAL_SUFFIXES.has(w) || WEB_DOMAIN_ENDINGS.has(w) || COMPANY_GROUP_WORDS.has(w));
}

/**
 * "marlow ghana limited" of "marlow": the word, a country and a legal form name the company's unit
 * there, not the company ("Marlow's Ghanaian unit, Marlow Ghana Limited": "Marlow's" went to the
 * unit over "Marlow Foods", by its legal form).
 */
function namesCountrysUnit(short: string, key: string): boolean {
  const rest = key.slice(short.length + 1, key.lastIndexOf(' '));
  return rest.length > 0 && isCountry(rest);
}

const WEB_DOMAIN_ENDINGS = new Set(['com', 'net', 'org']);

/**
 * "Hillary Clinton and Bill Clinton … Their daughter, Chelsea Clinton … Chelsea said … Mrs. Clinton
 * later met": a writer who calls someone by the given name alone does so to tell her from the others
 * of her surname, so an honorific and the surname is one of the others. All called so: all stay.
 * Only after an honorific: a biography calls its subject "Jared" as a child and "Padalecki" after,
 * beside his mother "Sherri Padalecki". A given name before "and" and a full name of its surname
 * calls no one so: "Bill and Melinda Gates … Mr. Gates" is Bill Gates (ArticleFamily.namesCouple).
 */
function withoutPeopleCalledByGivenName(short: string, keys: string[], calledByGivenName: ReadonlySet<string>, fitsHonorific: (key: string) => boolean): string[] {
  const others = keys.filter((k) => !(calledByGivenName.has(k) && k.endsWith(' ' + short)));
  // "Brian Castellanos and his wife, Jennifer Castellanos … Jennifer's attorney said … Mrs. Castellanos
  // had lost a house": where only a man is left, the woman called by her given name is still the "Mrs.".
  return others.some(fitsHonorific) ? others : keys;
}

/** The full names of a possessor's surname, when a kinship noun's possessor is named; otherwise all. */
function ofKinsSurname(keys: string[], possessor: string | null): string[] {
  return possessor ? keys.filter((k) => k.endsWith(' ' + possessor)) : keys;
}

/**
 * "First lady Jill Biden … President Joe Biden … Dr. Biden told students": a doctor's title is
 * the one of several full names no other title was given; the president is "President Biden" or
 * "Mr. Biden". Those given the doctor's own title stay too ("Dr. Anthony Fauci").
 */
function withoutOtherwiseTitled(keys: string[], titles: ReadonlyMap<string, Set<string>>): string[] {
  const fitting = keys.filter((key) => {
    const given = titles.get(key);
    return !given || [...given].some((title) => DOCTOR_TITLES.has(title));
  });
  return fitting.length > 0 ? fitting : keys;
}

const DOCTOR_TITLES = new Set(['dr', 'prof', 'doctor', 'professor']);

/**
 * "Mrs. Gambaryan" after "Tigran Gambaryan … His wife, Yuki Gambaryan", "Ms. Milei" after "Javier
 * Milei … his sister, Karina Milei": an honorific is the full name of its sex, by the kinship noun
 * that introduced a relative, else by a given name one list of names holds, else by the pronoun
 * after the name ("Bill Clinton … where he served": "Bill" is in both lists). No sex known: all stay.
 */
function ofHonorificSex(keys: string[], sex: Sex, relatives: Relatives, pronounSexes: ReadonlyMap<string, Sex>): string[] {
  // "Mr. Adani" beside "Gautam Adani" and "Adani Green Energy Ltd.": a company has no sex.
  const nonCompanies = keys.filter((k) => !closesWithLegalForm(k));
  if (nonCompanies.length > 0) keys = nonCompanies;
  const sexOf = (key: string) => sexOfFullName(key, relatives, pronounSexes);
  const same = keys.filter((k) => sexOf(k) === sex);
  if (same.length > 0) return same;
  const notOther = keys.filter((k) => sexOf(k) === null);
  return notOther.length > 0 ? notOther : keys;
}

function otherSex(sex: Sex): Sex {
  return sex === 'male' ? 'female' : 'male';
}

/**
 * "Trump" in a story that names "Donald Trump" and his son "Donald Trump Jr." is the father: the
 * son is written "Trump Jr.". A surname alone is no name with a generation while one without,
 * already named, remains: "Robert F. Kennedy Jr. … Kennedy, 71, will lead …", before his father
 * "Robert F. Kennedy" is named, is the son.
 */
function withoutOtherGenerations(short: string, keys: string[], named: ReadonlyMap<string, number>): string[] {
  if (generationOf(short) || !keys.some(generationOf)) return keys;
  const others = keys.filter((k) => !generationOf(k) && named.has(k));
  return others.length > 0 ? others : keys;
}

/**
 * "and Savage created a website", in a sentence that also names the column "Savage Love": a word
 * that opens a name made only of dictionary words (which the merge keeps only if the corpus
 * confirms it) is the surname of a full name that ends with it, "Dan Savage". Names the word
 * ends are all kept: "Church" may be the "Lutheran Church" or the "Eastern Orthodox Church". A body's
 * name is kept too: "Ford" beside "Ford Motor Company" and "Bill Ford" may be either.
 */
function withoutCommonWordNamesItOpens(short: string, keys: string[], commonWordNames: ReadonlySet<string>): string[] {
  if (!keys.some((k) => k.endsWith(' ' + short))) return keys;
  return keys.filter((k) => !(commonWordNames.has(k) && k.startsWith(short + ' ') && !closesWithBodyWord(k)));
}

/**
 * "He went looking for his brother, George Whitman … I turned to Whitman": a surname shared by
 * the article's person and someone it introduces as a relative is the person's, whoever was
 * named last. Only when some other full name remains: "his son, Ralph Goode" alone is Ralph.
 */
function withoutRelatives(keys: string[], relatives: Relatives, nonPeople: () => Set<string>): string[] {
  if (relatives.size === 0 || !keys.some((k) => relatives.has(k))) return keys;
  // The "Han River" is no one's relative, nor the person a "Han" stands for. "Lee Hsien Loong", with
  // no title, is still the "Lee" beside his father "Lee Kuan Yew" and his siblings.
  const others = keys.filter((k) => !relatives.has(k) && !nonPeople().has(k));
  if (others.length > 0) return others;
  // "her husband, John Cassavetes, … Her son, the director Nick Cassavetes, … She married Cassavetes
  // in 1954": where every bearer is a relative, the surname is the elder's, whose name the child took.
  const elders = keys.filter((k) => relatives.has(k) && !relatives.get(k)!.child);
  return elders.length > 0 && elders.length < keys.length ? elders : keys;
}
