import { TokenKind } from '../../text/tokenize.js';
import { namesAffiliation } from '../cues/cuesAfter.js';
import { wordListEvidence } from '../cues/nameShapes.js';
import { mergeEvidence, WEIGHT, addEvidence, strongestType, weightOf } from '../evidence.js';
import { ENTITY_TYPES } from '../types.js';
import { gazetteer, isCountry } from '../gazetteer.js';
import { BUSINESS_NOUNS, HEAD_WORDS, isCommonWord, isGivenName, isListedSurname, PARTY_MEMBERS, PERSON_VERBS, PERSONAL_STANCE_VERBS, SENTENCE_ADVERBS, STOPWORDS, WordClass } from '../lexicon.js';
import { TokenView } from '../tokenView.js';
import type { MentionDraft } from '../mentionDraft.js';
import type { DraftWithTokens } from './articleDrafts.js';

/**
 * "Galois returned to mathematics. He attempted to start a private class": a name that opens a
 * sentence (its subject, usually) and a next sentence that opens with "He" or "She" is a person's.
 */
export function addPronounEvidence(text: string, found: DraftWithTokens[], sentences: number[]): void {
  let previousSentence = -1;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    const sentence = f.draft.sentence;
    // "Christian Democratic Appeal leader Henri Bontenbal said no. He …": a name before a role noun describes the subject; it is none.
    if (f.end < f.sentenceEnd && f.view.isLowerWord(f.end) && f.view.hasClass(f.end, WordClass.Role)) continue;
    if (sentence === previousSentence) continue;
    previousSentence = sentence;
    const next = 2 * (sentence + 1);
    if (next >= sentences.length || f.draft.acronym || !opensClause(f)) continue;
    if (PRONOUN_OPENING.test(text.slice(sentences[next]!, sentences[next]! + 5))) addEvidence(f.draft.evidence, 'person', WEIGHT.pronounAfter);
    // Not a name whose own words say a person's: "Mary Smith joined Halvorsen. Its shares rose."
    else if (weightOf(f.draft.nameEvidence, 'person') === 0) addBackReferenceEvidence(text, found, i, sentences);
  }
}

/** "Kongsberg won a contract. Its shares rose", "Coldplay announced a tour. The band said": the next sentence speaks of the name as a body, unless a person's verb says it acted on one. */
function addBackReferenceEvidence(text: string, found: DraftWithTokens[], i: number, sentences: readonly number[]): void {
  const f = found[i]!;
  const sentence = f.draft.sentence;
  if (nextOpensWithItsFigures(text, sentences, sentence)) addEvidence(f.draft.evidence, 'organization', WEIGHT.contextNoun);
  else if (!nextOpensWithBodysNoun(text, sentences, sentence) || !isOnlyBodyOfSentence(found, i)) return;
  else if (isVerbAfter(f, PERSONAL_STANCE_VERBS)) addEvidence(f.draft.evidence, 'person', WEIGHT.personVerb);
  else if (!isVerbAfter(f, PERSON_VERBS)) addEvidence(f.draft.evidence, 'organization', WEIGHT.contextNoun);
}

export function nextOpensWithItsFigures(text: string, sentences: readonly number[], sentence: number): boolean {
  const next = 2 * (sentence + 1);
  return next < sentences.length && opensWithItsFigures(text.slice(sentences[next]!, sentences[next]! + 40));
}

const PRONOUN_OPENING = /^(?:He|She|His|Her)\b/;

/**
 * "Paramore announced a world tour. The band said tickets …", "Halvern cut its forecast. The company
 * said …": a next sentence whose subject is a body's noun with "The" refers back to the name opening
 * the sentence before, the only body there (Paramore was a person by "announced"; in "Musk criticised
 * Tesla's board. The company said" it is Tesla). Not "The group of …".
 */
function nextOpensWithBodysNoun(text: string, sentences: readonly number[], sentence: number): boolean {
  const next = 2 * (sentence + 1);
  if (next >= sentences.length) return false;
  const words = THE_NOUN_OPENING.exec(text.slice(sentences[next]!, sentences[next]! + 40));
  return !!words && BODYS_NOUNS_REFERRING_BACK.has(words[1]!) && !STOPWORDS.has(words[2]!);
}

/** Whether found[i] is the only name of its sentence that may be a body: each other one is typed, and no body ("Coldplay announced the Music of the Spheres Tour", not "Musk criticised Tesla"). */
function isOnlyBodyOfSentence(found: readonly DraftWithTokens[], i: number): boolean {
  const sentence = found[i]!.draft.sentence;
  for (let j = i + 1; j < found.length && found[j]!.draft.sentence === sentence; j++) {
    const type = strongestType(found[j]!.draft.evidence, found[j]!.draft.nameEvidence)?.type;
    if (type === undefined || type === 'organization') return false;
  }
  return true;
}

/**
 * "Nadella praised the results. The company said revenue rose": a person's verb right after the name
 * says who it is, and "the company" is another body, the one the person speaks for (Nadella was an
 * organisation by the back-reference). Not a speech verb: "Coldplay announced a tour. The band said".
 */
function isVerbAfter(f: DraftWithTokens, verbs: ReadonlySet<string>): boolean {
  return f.end < f.sentenceEnd && f.view.isLowerWord(f.end) && verbs.has(f.view.lower(f.end));
}

const THE_NOUN_OPENING = /^The (\p{Ll}+) (\p{Ll}+)/u;

/**
 * Nouns a story names a firm, a band or a club by once it has named it: "The band said", "The company
 * added"; a maker by what it makes, "Brindlow said sales of its dolls fell. The toymaker blamed tariffs"
 * (Brindlow was a person by "said").
 */
const BODYS_NOUNS_REFERRING_BACK = new Set(['band', 'group', 'label', 'brand', 'company', 'firm', 'studio', 'retailer', 'club', 'startup', 'carmaker', 'automaker', 'chipmaker', 'lender', 'insurer', 'airline', 'broadcaster', 'publisher', 'toymaker', 'drugmaker', 'manufacturer', 'conglomerate', 'supermarket', 'grocer', 'distributor']);

/**
 * "Kongsberg won a contract. Its shares rose 8%": a next sentence that opens with "Its" and a
 * company's figure (BUSINESS_NOUNS, within two words: "Its quarterly profit") speaks of a company.
 */
function opensWithItsFigures(opening: string): boolean {
  const words = ITS_OPENING.exec(opening);
  return !!words && (BUSINESS_NOUNS.has(words[1]!.toLowerCase()) || (words[2] !== undefined && BUSINESS_NOUNS.has(words[2].toLowerCase())));
}

const ITS_OPENING = /^Its\s+(\p{Ll}+)(?:[\s-]+(\p{Ll}+))?/u;

/** A full name whose words say a person's: a given name first or a listed surname last, no head word ("Hebrew Gospel", "Music Hall"). */
function isPersonLikeName(d: MentionDraft): boolean {
  const [first, last] = d.shortFormKeys;
  if (first === undefined || last === undefined || HEAD_WORDS.has(last)) return false;
  return isGivenName(first, true) || isListedSurname(last);
}

/**
 * "Yuen Ren Chao … the Chaos returned", "Bill Clinton … the Clintons": "the" and the plural of the
 * last word of one of the article's full names is that family, people, though the plural be a
 * dictionary word ("chaos"). Not before "of": "the Halls of Congress".
 */
export function addFamilyEvidence(found: DraftWithTokens[]): void {
  let lastWords: Set<string> | null = null;
  for (const f of found) {
    const { draft, view } = f;
    if (draft.shortFormKeys.length > 0 || draft.acronym || f.end - f.first !== 1 || !draft.key.endsWith('s') || f.first === 0 || view.lower(f.first - 1) !== 'the' || view.lower(f.end) === 'of') continue;
    lastWords ??= new Set(found.filter((d) => isPersonLikeName(d.draft)).map((d) => d.draft.shortFormKeys[1]!));
    if (lastWords.has(draft.key.slice(0, -1))) addEvidence(draft.evidence, 'person', WEIGHT.family);
  }
}

/**
 * The name stands where a subject does: in the first three words of its sentence ("Byron was
 * sent", "The Tsar", "In 320 Pachomius founded") or after an opening phrase and its comma ("In
 * 1801, Byron was sent"). "After his move to Camp Wycliffe in 1936, Nida studied there. He…":
 * the camp is no subject, and "He" is not the camp.
 */
export function opensClause(f: DraftWithTokens): boolean {
  return f.first - f.sentenceFirst <= 2 || f.view.isChar(f.first - 1, ',');
}

/**
 * "Sunak and the Conservatives are trailing Labour", "Trudeau and the Liberals", "In India, Modi and the
 * BJP lost their majority", "Dravinska and the Unity Party won": one word no dictionary or list holds,
 * before "and the" and a party (its members in the plural, a name closing with "Party", or the letters
 * of a party the lists know), is the party's leader, a person ("Sunak", named nowhere else, was dropped
 * as a sentence's capital with nothing to vouch for it; Modi was other). Not letters in capitals ("UKIP
 * and the Conservatives"), nor a firm beside a regulator ("Veltrano and the FDA": no party).
 */
export function addPartyLeaderEvidence(view: TokenView, drafts: readonly DraftWithTokens[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [leader, party] = [drafts[i]!, drafts[i + 1]!];
    if (leader.end - leader.first !== 1 || view.isAllCaps(leader.first)) continue;
    const and = leader.end;
    if (party.first !== and + 2 || !view.isText(and, 'and') || !view.isText(and + 1, 'the')) continue;
    if (isCommonWord(view.lower(leader.first)) || gazetteer().byKey.has(leader.draft.key) || !namesAParty(party)) continue;
    addEvidence(leader.draft.evidence, 'person', WEIGHT.roleNoun);
  }
}

/** "the Conservatives", "the Unity Party", "the BJP": a party's members, a name closing with "Party", or a party the lists know. */
function namesAParty(d: DraftWithTokens): boolean {
  const key = d.draft.key;
  if (d.end - d.first === 1 && isPartyMembersPlural(key)) return true;
  if (key.endsWith(' party')) return true;
  const known = gazetteer().byKey.get(key);
  return known?.type === 'organization' && known.name.endsWith(' Party');
}

/** "conservatives", "tories": a party's members in the plural. */
function isPartyMembersPlural(key: string): boolean {
  if (!key.endsWith('s')) return false;
  return PARTY_MEMBERS.has(key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.slice(0, -1));
}

/**
 * In "Hyundai Heavy Industries, Hanwha Ocean, and Samsung Heavy Industries" each name lends its
 * cues to the others. A list needs an "and" or "or": in "Vladivostok, Putin said" the comma joins nothing.
 */
export function shareCoordinationEvidence(view: TokenView, allDrafts: DraftWithTokens[], surnamesOfPeople: ReadonlySet<string>): void {
  // "Ethiopia's Sisay Lemma and Kenya's Benson Kipruto": the list is of the runners; a possessor
  // only qualifies the name after it, and lends it (or takes from it) nothing.
  const drafts = allDrafts.filter((d, i) => !possessesNext(view, d, allDrafts[i + 1]));
  let chainStart = 0;
  let hasConjunction = false;
  const flush = (end: number) => {
    if (hasConjunction && end - chainStart >= 2) {
      const chain = drafts.slice(chainStart, end);
      const place = governingPlaceWeight(view, chain);
      const own = chain.map((d) => lentBy(d.draft, surnamesOfPeople, place > 0));
      chain.forEach((d, i) => {
        // "Goldman Sachs and Deutsche Bank": a name whose own head word says what it is takes nothing
        // from its neighbours; nor does a body named before its member ("al-Burhan and RSF commander Dagalo").
        if (saysWhatItIs(d.draft) || namesAffiliation(view, d.end, view.count)) return;
        // The first member took the preposition's cue itself, at most a bare "in"'s: it is topped up.
        addEvidence(d.draft.evidence, 'place', i > 0 ? place : Math.max(0, place - weightOf(d.draft.evidence, 'place')));
        own.forEach((other, j) => {
          if (i !== j) mergeEvidence(d.draft.evidence, lentTo(d.draft, other, place > 0), 1 / (chain.length - 1));
          if (i !== j && isSurnameOfPerson(d.draft, surnamesOfPeople) && isSurnameOfPerson(chain[j]!.draft, surnamesOfPeople)) addEvidence(d.draft.evidence, 'person', WEIGHT.surnameReuse / (chain.length - 1));
        });
      });
      if (chain.length >= 3 && opensListOfNames(view, chain[0]!, chain[1]!)) chain[0]!.draft.initial = false;
    }
  };
  for (let a = 0; a + 1 <= drafts.length; a++) {
    const link = a + 1 < drafts.length && !joinsParallelOfPhrases(view, drafts[a]!, drafts[a + 1]!) ? separator(view, drafts[a]!.end, drafts[a + 1]!.first) : 'none';
    // "Reliance Jio and Bharti Airtel, India's largest telecom operators,": a possessor of a common noun
    // after a plain comma opens an appositive, no list member (India lent both a place's weight).
    if (link === 'none' || (link === 'comma' && possessesACommonNoun(view, drafts[a + 1]!)) || (link === 'commaConjunction' && a === chainStart && (possessesACommonNoun(view, drafts[a + 1]!) || isClauseSubject(view, drafts[a + 1]!) || opensClauseAfterComma(view, drafts[a + 1]!))) || (link === 'conjunction' && a === chainStart && joinsClauses(view, drafts[a]!, drafts[a + 1]!))) {
      flush(a + 1);
      chainStart = a + 1;
      hasConjunction = false;
    } else if (link !== 'comma') hasConjunction = true;
  }
}

/**
 * "Ford, GM and Stellantis said", "Target, Walmart and Costco cut prices": a dictionary word opening
 * the sentence as the first of three names or more is a name as they are (it was dropped as a
 * sentence's capital). Not an adverb or a plural before a list of two: "Now, Walmart and Costco", "Banks, …".
 */
function opensListOfNames(view: TokenView, head: DraftWithTokens, next: DraftWithTokens): boolean {
  if (!head.draft.initial || head.end - head.first !== 1 || separator(view, head.end, next.first) !== 'comma') return false;
  const word = view.lower(head.first);
  // "Shares, bonds and …": a dictionary noun in the plural is a common noun's list.
  const plural = word.endsWith('s') && isCommonWord(word.slice(0, -1));
  return !plural && !/(?:ly|ing|ed)$/.test(word) && !SENTENCE_ADVERBS.has(word) && !ADVERBIAL_OPENERS.has(word) && !STOPWORDS.has(word);
}

const ADVERBIAL_OPENERS = new Set(['now', 'overall', 'together', 'instead', 'still', 'also', 'then', 'here', 'there', 'thus', 'so', 'yet', 'first', 'second', 'third', 'finally', 'next', 'last', 'likewise', 'otherwise', 'elsewhere', 'altogether', 'besides', 'further', 'furthermore', 'moreover', 'indeed', 'nonetheless', 'nevertheless', 'anyway', 'abroad', 'locally']);

/**
 * What a list's member lends its neighbours: its context's and its name's evidence. A surname of a
 * person the article named before lends only its context's, not what its word says elsewhere: "Lewis
 * Hamilton … a collision between Hamilton and Oscar Piastri" made Piastri a place (Hamilton, the city).
 * (Lending a person's made a dictionary word a name: "Padalecki and Supernatural co-stars".)
 */
function lentBy(d: MentionDraft, surnamesOfPeople: ReadonlySet<string>, ofPlaces: boolean): number[] {
  if (isSurnameOfPerson(d, surnamesOfPeople)) return [...d.evidence];
  // "rocket attacks on Majdal Shams and Kiryat Shmona": in a list of places, a person's shape of one
  // member's words says nothing of the others (both were persons).
  const lent = d.evidence.map((w, i) => w + (ofPlaces && ENTITY_TYPES[i] === 'person' ? 0 : d.nameEvidence[i]!));
  // "Hulu and Disney+ raised prices": a name the lists know lends what they know it as, not the
  // surname its word is too (Disney's person weight left Hulu short of a body's).
  const known = gazetteer().byKey.get(d.key);
  if (known && !isCountry(d.key)) return lent.map((w, i) => (ENTITY_TYPES[i] === known.type ? w : 0));
  return lent;
}

/**
 * "marched through Thrace and Asia Minor", "rocket attacks on Majdal Shams and Kiryat Shmona": a
 * preposition of where before a list governs each of its members, so what it says of the first, a
 * place, it says of the others at the same weight (at most a strike's). 0 where it says little of the
 * first, a bare "in" ("set out in Moran and Pyle", a case; "faith in Joe Biden and …") or a motion's
 * "from", unless the lists know a member as a place; 0 too where the list owns what follows
 * ("observed in Carrano and Biewener's subjects").
 */
function governingPlaceWeight(view: TokenView, chain: readonly DraftWithTokens[]): number {
  const before = chain[0]!.first - 1;
  if (isExampleOfPlaceNoun(view, before) && !isPossessiveAt(view, chain[chain.length - 1]!.end)) return WEIGHT.contextNoun;
  if (before < 0 || !view.isLowerWord(before) || !LIST_PLACE_PREPOSITIONS.has(view.lower(before)) || isPossessiveAt(view, chain[chain.length - 1]!.end)) return 0;
  const context = strongestType(chain[0]!.draft.evidence);
  if (context?.type === 'place' && context.weight >= WEIGHT.nearPreposition) return Math.min(context.weight, WEIGHT.city);
  // "floods in Mae Sai and Chiang Rai": a member the lists know as a place makes a list of places of
  // what a bare "in" governs (Mae Sai's given name made both persons).
  return chain.some((d) => isListedPlace(d.draft.key)) ? WEIGHT.nearPreposition : 0;
}

/**
 * "inland counties, including Baker, Bradford, Clay, Putnam and Union", "provinces such as Hebei and
 * Shanxi": the members of a list given as examples of a plural noun of places are places (Baker,
 * Clay and Union were bodies, Putnam a person). `before` is the token before the list.
 */
function isExampleOfPlaceNoun(view: TokenView, before: number): boolean {
  if (before < 1 || !view.isLowerWord(before)) return false;
  const word = view.lower(before);
  let noun = word === 'including' || word === 'like' ? before - 1 : word === 'as' && view.lower(before - 1) === 'such' ? before - 2 : -1;
  if (noun >= 0 && view.isChar(noun, ',')) noun--;
  return noun >= 0 && view.isLowerWord(noun) && PLACE_PLURALS.has(view.lower(noun));
}

const PLACE_PLURALS = new Set(['counties', 'provinces', 'states', 'districts', 'regions', 'cities', 'towns', 'villages', 'municipalities', 'parishes', 'prefectures', 'countries', 'islands', 'neighbourhoods', 'neighborhoods', 'suburbs']);

function isListedPlace(key: string): boolean {
  return wordListEvidence(key).some((e) => e.type === 'place');
}

const LIST_PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'across', 'through', 'via', 'toward', 'towards', 'outside', 'inside', 'to', 'from', 'on', 'of', 'against', 'around', 'throughout']);

/**
 * One word that repeats the surname of a person the article named before. Two of them in a list lend
 * each other a person's weight: "Modi and Adani both come from Gujarat" after "Narendra Modi" and
 * "Gautam Adani" (Adani went to the Adani Green Energy Ltd the story also names).
 */
function isSurnameOfPerson(d: MentionDraft, surnamesOfPeople: ReadonlySet<string>): boolean {
  return d.shortFormKeys.length === 0 && surnamesOfPeople.has(d.key);
}

/** The last words of the sentence's names that their own words make a person's ("Lewis Hamilton"), for lentBy. */
export function noteSurnamesOfPeople(drafts: readonly DraftWithTokens[], surnamesOfPeople: Set<string>): void {
  for (const { draft } of drafts) {
    if (draft.shortFormKeys.length < 2 || strongestType(draft.nameEvidence)?.type !== 'person') continue;
    surnamesOfPeople.add(draft.shortFormKeys[draft.shortFormKeys.length - 1]!);
  }
}

/**
 * "Charley killed ten people in Punta Gorda, and Charley's winds reached 150 mph": after a comma and an
 * "and" following one name alone, a possessor of a common noun opens a clause, not a list's member
 * ("Siwu, a Kwa language spoken in Ghana, and Lao, a Tai-Kadai language" is a list). So does a name
 * before a role ("City took the lead through Erling Haaland, and City manager Pep Guardiola praised":
 * the club lent him its type).
 */
function possessesACommonNoun(view: TokenView, d: DraftWithTokens): boolean {
  if (d.end < view.count && view.isLowerWord(d.end) && view.hasClass(d.end, WordClass.Role)) return true;
  return isPossessiveAt(view, d.end) && view.isLowerWord(d.end + 1);
}

/**
 * "Esteban Ocon took pole for Alpine, and Jack Miller rode for Yamaha": after one name, a comma and
 * "and", a name its own words make a person's and a lower-case word that is no conjunction is the
 * subject of a new clause, no list's member (Alpine lent Jack Miller a body's weight). A word that
 * says nothing of itself still takes its neighbour's ("in Halifax, and Now played": the band).
 */
function isClauseSubject(view: TokenView, d: DraftWithTokens): boolean {
  if (d.end >= view.count || !view.isLowerWord(d.end) || LIST_GOING_ON.has(view.lower(d.end))) return false;
  return d.draft.shortFormKeys.length > 0 && strongestType(d.draft.nameEvidence)?.type === 'person';
}

/**
 * "for captain Marc Guéhi, and Chelsea loaned Raheem Sterling": one name, a comma and "and", then a
 * name before a verb join two clauses, no list of two (English writes no comma in "A and B"), so the
 * player lends the club nothing (Chelsea was a person). A stop word after the name goes on with a
 * phrase ("A, and B of C"), and "too", "as well" with the list.
 */
function opensClauseAfterComma(view: TokenView, d: DraftWithTokens): boolean {
  return d.end < view.count && view.isLowerWord(d.end) && !LIST_GOING_ON.has(view.lower(d.end)) && !view.hasClass(d.end, WordClass.Stop);
}

/**
 * "Lewis Hamilton was third for Mercedes and Lando Norris was fifth for McLaren": a name governed by
 * "for" before "and", and after it a clause's subject, join two clauses without a comma (Mercedes lent
 * Lando Norris a body's weight).
 */
function joinsClauses(view: TokenView, left: DraftWithTokens, right: DraftWithTokens): boolean {
  return left.first > 0 && view.isText(left.first - 1, 'for') && right.end - right.first >= 2 && isClauseSubject(view, right);
}

/** Words after a list's last member that go on with the list, not a verb: "A, and B or C", "A, and B as well". */
const LIST_GOING_ON = new Set(['and', 'or', 'as', 'too', 'alike', 'respectively']);

/**
 * "Farid Zahran of the Egyptian Social Democratic Party and Abdel-Sanad Yamama of the Wafd Party":
 * the "and" joins the people each named with their body, not the body before it to the person after.
 */
function joinsParallelOfPhrases(view: TokenView, left: DraftWithTokens, right: DraftWithTokens): boolean {
  let of = left.first - 1;
  if (of >= 0 && view.lower(of) === 'the') of--;
  return of >= 0 && view.lower(of) === 'of' && view.isLowerWord(of) && right.end < view.count && view.lower(right.end) === 'of' && view.isLowerWord(right.end);
}

/** The draft is a possessor right before the next one: "Kenya's" in "Kenya's Benson Kipruto". */
function possessesNext(view: TokenView, d: DraftWithTokens, next: DraftWithTokens | undefined): boolean {
  return !!next && next.first === d.end + 1 && isPossessiveAt(view, d.end);
}

/** "Kenya's", "Reuters'": a possessive ending at `token`. */
function isPossessiveAt(view: TokenView, token: number): boolean {
  return view.kind(token) === TokenKind.Possessive || (view.kind(token) === TokenKind.Apostrophe && view.adjacent(token - 1));
}

function saysWhatItIs(d: MentionDraft): boolean {
  const strongest = strongestType(d.nameEvidence);
  return !!strongest && strongest.weight >= WEIGHT.headWord;
}

/**
 * "Bill and Melinda Gates gave", "Hunter and Joe Biden": a given name alone, "and" and a full name
 * opening with a given name name a couple or siblings sharing the surname. The first given name is a
 * person's, whatever else the word is ("Bill" a programme's head word, which made both programmes),
 * and lends its list neighbour nothing else. Not "Bill and Melinda Gates Foundation": one name.
 */
export function addCoupleEvidence(view: TokenView, drafts: DraftWithTokens[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const { first, end, draft } = drafts[i]!;
    if (end - first !== 1 || view.lower(end) !== 'and' || !view.isLowerWord(end)) continue;
    const next = drafts[i + 1]!;
    if (next.first !== end + 1 || next.draft.shortFormKeys.length === 0 || !isGivenName(draft.key) || !isGivenName(next.draft.shortFormKeys[0]!)) continue;
    draft.nameEvidence.fill(0);
    addEvidence(draft.nameEvidence, 'person', WEIGHT.givenName);
    addEvidence(draft.evidence, 'person', WEIGHT.siblingName);
  }
}

/**
 * What a neighbour in a list lends a name: "Ben Carson and Trump Tower staff", "Tom Hanks and
 * Wembley Stadium": a name of two words or more that its own words make a person's (a given name
 * at least) takes no place from it (one word, "Dupont", may be a place's as well).
 */
function lentTo(d: MentionDraft, other: number[], ofPlaces: boolean): number[] {
  const lent = scaled(other);
  const person = strongestType(d.nameEvidence);
  // "marched through Thrace and Asia Minor": where a preposition of where governs the list, its
  // members are places whatever their shape (Asia Minor opens with a given name).
  if (ofPlaces || d.shortFormKeys.length === 0 || person?.type !== 'person' || person.weight < WEIGHT.givenName) return lent;
  return lent.map((w, t) => (ENTITY_TYPES[t] === 'place' ? 0 : w));
}

/**
 * A neighbour's evidence, brought to the coordination's weight at most: a strong cue lends as much
 * as a weak one, but a weak one is not made strong ("struck targets in Khan Younis and Rafah": the
 * person's shape of "Khan Younis", a weak cue, made the listed city Rafah a person).
 */
function scaled(evidence: number[]): number[] {
  const total = evidence.reduce((s, w) => s + w, 0);
  return total === 0 ? evidence : evidence.map((w) => (w / Math.max(total, 1)) * Math.min(total, WEIGHT.coordination * 2));
}

/** "(44)": a bracketed count of one to three figures right after a name, opening at token i; not a year ("Stoker (2013), Belle (2013)"). */
function isBracketedCount(view: TokenView, i: number): boolean {
  return view.isChar(i, '(') && view.kind(i + 1) === TokenKind.Number && /^\d{1,3}$/.test(view.raw(i + 1)) && view.isChar(i + 2, ')') && view.spaceBefore(i);
}

/** What joins two names: ", " (comma), " and " or " or " (conjunction), ", and " (commaConjunction), or something else. */
function separator(view: TokenView, leftEnd: number, rightFirst: number): 'comma' | 'conjunction' | 'commaConjunction' | 'none' {
  // "including: Katwa (44), Butembo (17), Mandima (6) and Beni (1)": a count in brackets after a
  // member goes on with the list (the towns no list knows were other beside the known ones).
  if (isBracketedCount(view, leftEnd)) leftEnd += 3;
  const between = rightFirst - leftEnd;
  if (between < 1 || between > 2) return 'none';
  let conjunction = false;
  let comma = false;
  for (let i = leftEnd; i < rightFirst; i++) {
    if (view.isChar(i, ',')) comma = true;
    else if (['and', 'or'].includes(view.lower(i))) conjunction = true;
    else return 'none';
  }
  if (!conjunction) return 'comma';
  return comma ? 'commaConjunction' : 'conjunction';
}
