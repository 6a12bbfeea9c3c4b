import { TokenKind } from '../../text/tokenize.js';
import { addEvidence, WEIGHT, type Evidence } from '../evidence.js';
import type { EntityType } from '../types.js';
import { isCity, isKnownPlace } from '../gazetteer.js';
import {
  FOLLOWING_TYPE_CUES,
  HEAD_WORDS,
  isCommonWord,
  isOccupationByEnding,
  LEGAL_SUFFIXES,
  PRECEDING_TYPE_CUES,
  ROLE_NOUNS,
  STOPWORDS,
  WordClass,
  WORK_NOUNS,
} from '../lexicon.js';
import { racesFor } from '../sportsClubs.js';
import { isDeterminedAfterModifiers, isTitlesOwnArticle } from '../nameRuns/workTitles.js';
import { isSubtitledWorkNoun, QUOTED_WORK_NOUNS } from '../nameRuns/runWords.js';
import { isRaceForItsWinner } from '../nameRuns/connectorSteps.js';
import type { TokenView } from '../tokenView.js';
import { opensWithForename, worksAmpersandWeight, joinsWithAmpersand, opensWithInitials, isUnknownLongAcronym, holdsNoWordOfAPersonsName, holdsTitleWordInside, singularOf, namesAPersonByItsWords, looksLikePersonName, spaceSeparatedWords } from './nameShapes.js';
import { PLACE_PREPOSITIONS, isPersonsLettersTitle, isMadeThingBefore, afterLocativeVerb, cueOfAgentNoun, PERSON_OR_FIRM_AGENTS, SERVICE_NOUNS, isDeterminedNoun, typeCueOfNoun, pluralBodysCue, ROLES_FIRMS_HOLD, RELATIVES, closesApposition, isPossessor, EITHER_KIND_ROLES, REGION_ADJECTIVES, POLL_NOUNS } from './contextWords.js';

/** "near Velyka Novosilka", "outside Port Moresby": prepositions of where that never stand before a person's name, however long. */
const NEAR_PREPOSITIONS = new Set(['near', 'across', 'toward', 'towards', 'outside', 'inside']);
/** "the semi-official Tasnim news agency": a role noun hyphened to a word before it is an adjective's half, no role. */
function isHyphenedToPrefix(view: TokenView, word: number, sentenceFirst: number): boolean {
  return word - 2 >= sentenceFirst && view.kind(word - 1) === TokenKind.Hyphen && view.adjacent(word - 2) && view.adjacent(word - 1);
}

/** Words before a role noun that make it an award's category: "best actor", "supporting actress". */
const AWARD_CATEGORY_OPENERS = new Set(['best', 'supporting']);


/** People named by their work in the plural, before "at" and where they work. */
// "an associate professor at UMD", "a lecturer at LSE" (both places): a university's staff and students;
const STAFF_PLURALS = new Set(['analysts', 'economists', 'strategists', 'researchers', 'scientists', 'engineers', 'executives', 'lawyers', 'bankers', 'traders', 'employees', 'doctors', 'managers',
  'professors', 'lecturers', 'academics', 'scholars', 'fellows', 'physicians', 'surgeons', 'physicists', 'chemists', 'biologists', 'statisticians',
  // "Rahul Matthan, a partner at Trilegal", "an associate at Khaitan": a law or an audit firm's people (both were places).
  'partners', 'associates', 'attorneys', 'consultants', 'accountants', 'auditors']);

/**
 * "analysts at", "researchers at the", "executives from" or "an analyst for" ends at token `before`, just before a name; one of them too:
 * "Lindsey Bell, chief strategist at Clearnomics" and "Dan Ives, an analyst at Wedbush" made places.
 */
function worksAt(view: TokenView, before: number, sentenceFirst: number, first: number, end: number): boolean {
  const at = view.lower(before) === 'the' ? before - 1 : before;
  if (at - 1 < sentenceFirst || !view.isLowerWord(at)) return false;
  const staff = view.lower(at - 1);
  // "Jeff Bolton, an analyst for Comscore" (other): an analyst's employer; a lawyer's or an adviser's "for" is a client.
  if (view.lower(at) === 'for') return ANALYSTS_FOR.has(staff) && !isKnownPlace(view.keyOf(first, end));
  if (view.lower(at) !== 'at' && view.lower(at) !== 'from') return false;
  // "questioned executives from Arconic" (a place by "from"); "doctors from Gaza" come from a place the lists know.
  if (view.lower(at) === 'from') return STAFF_PLURALS.has(staff) && !isKnownPlace(view.keyOf(first, end));
  // "a doctor at Kandahar": one may work in a town the lists know.
  if (STAFF_PLURALS.has(staff)) return true;
  // "we at Goal wanted to show you", "all of us at Halvard": a house speaking of itself (Goal was a person).
  if (staff === 'we' || staff === 'us') return !isKnownPlace(view.keyOf(first, end));
  // "an epidemiologist at Imperial", "a psychiatrist at Bellevue": an occupation by its ending is staff too.
  return (STAFF_PLURALS.has(`${staff}s`) || isOccupationByEnding(staff) || headsFieldBefore(view, at, sentenceFirst)) && !isKnownPlace(view.keyOf(first, end));
}

/**
 * "director of research at Janney Montgomery Scott", "co-head of agricultural sales at Marex" (a person
 * and a place): a post's head noun and "of" a field in lower case, right before "at", is a post at a body.
 */
function headsFieldBefore(view: TokenView, at: number, sentenceFirst: number): boolean {
  for (let i = at - 1; i - 1 >= sentenceFirst && i >= at - 4 && view.isLowerWord(i); i--) {
    if (view.lower(i) === 'of') return i < at - 1 && view.isLowerWord(i - 1) && FIELD_POSTS.has(view.lower(i - 1));
    // "head of the jury at the Berlin International Film Festival": a post in a thing named with an article, at an event.
    if (view.hasClass(i, WordClass.Stop)) return false;
  }
  return false;
}

const ANALYSTS_FOR = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);

const FIELD_POSTS = new Set(['head', 'director', 'chief', 'president', 'manager', 'professor', 'dean', 'chair', 'chairman', 'chairwoman', 'officer']);

/** A type's noun, a holding, a publication, a work, an author, a club's city or an award's category before a name; true when one matched. */
/**
 * "the Nairobi-based think tank Power Shift Africa", "the think-tank Bruegel": a compound whose last
 * word alone says no body ("the tank T-90" is a weapon), before the name (it was other).
 */
function isThinkTankAt(view: TokenView, k: number, sentenceFirst: number): boolean {
  if (view.lower(k) !== 'tank' && view.lower(k) !== 'tanks') return false;
  const think = view.kind(k - 1) === TokenKind.Hyphen && view.adjacent(k - 1) ? k - 2 : k - 1;
  return think >= sentenceFirst && view.isLowerWord(think) && view.lower(think) === 'think';
}

export function addNounOrRoleCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence, descriptions: string[]): boolean {
  const cue = PRECEDING_TYPE_CUES.get(word) ?? pluralBodysCue(word) ?? (isThinkTankAt(view, before, sentenceFirst) ? 'organization' : undefined);
  if (cue) {
    addEvidence(evidence, cueOfAgentNoun(view, word, first, end, cue, SERVICE_NOUNS.has(word)), WEIGHT.contextNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if (word === 'house' && isTradesHouse(view, before, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if (isFlagStateBefore(view, before)) {
    addEvidence(evidence, 'vessel', WEIGHT.contextNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if ((word === 'in' || word === 'of') && isEquityNounBefore(view, before, sentenceFirst, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (word === 'of' && isPersonsNounBeforeOf(view, before, sentenceFirst)) {
    addEvidence(evidence, 'person', WEIGHT.personPossession);
    return true;
  }
  if (word === 'in' && isPublishedIn(view, before, sentenceFirst, first, end)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (word === 'ruling' && isDeterminedNoun(view, before, sentenceFirst)) {
    // "President Samia Suluhu Hassan of the ruling Chama Cha Mapinduzi (CCM)", "the ruling Pheu Thai":
    // what rules is a party (the name's shape made it a person's).
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  return addWorkOrMakerCueBefore(view, first, end, before, word, sentenceFirst, evidence);
}

/**
 * "The fashion house Valentino named a new designer", "the auction house Christie's": "house" after a
 * trade's noun (at `house`) is a firm (Valentino was a person by its given name); "the house Smith
 * built" says nothing of Smith.
 */
function isTradesHouse(view: TokenView, house: number, sentenceFirst: number): boolean {
  return house - 1 >= sentenceFirst && view.isLowerWord(house - 1) && TRADES_OF_HOUSES.has(view.lower(house - 1));
}

/** Trades whose firms are called houses: "fashion house", "auction house", "publishing house", "trading house". */
const TRADES_OF_HOUSES = new Set(['fashion', 'couture', 'auction', 'publishing', 'design', 'luxury', 'perfume', 'fragrance', 'jewellery', 'jewelry', 'trading', 'brokerage', 'investment', 'media', 'production', 'software', 'champagne', 'leather', 'watchmaking', 'clearing']);

/**
 * Nouns whose "of" names a person, and only a person: "the estate of Innocent Kamadi Anyange" (it
 * was other: "Innocent" is a dictionary word), "the widow of", "the killing of". Not "the family
 * of" or "the children of" (of nations and places too: "the children of Gaza").
 */
const OF_PERSON_NOUNS = new Set(['estate', 'widow', 'widower', 'son', 'daughter', 'wife', 'husband', 'grandson', 'granddaughter', 'nephew', 'niece', 'funeral', 'murder', 'killing', 'assassination', 'biography', 'autobiography']);

/** One of OF_PERSON_NOUNS before "of" at `of`, after a determiner or a possessive: "the estate of", "his widow of". */
function isPersonsNounBeforeOf(view: TokenView, of: number, sentenceFirst: number): boolean {
  const noun = of - 1;
  return noun > sentenceFirst && view.isLowerWord(noun) && OF_PERSON_NOUNS.has(view.lower(noun)) && isDeterminedNoun(view, noun, sentenceFirst);
}

/** addNounOrRoleCueBefore's cues of a work, its maker, a side and an award: the word before the name at `before`. */
function addWorkOrMakerCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence): boolean {
  // "the film Lord of Misrule": a title of dictionary words that nameRuns.ts `worksTitleEnd` joined over "of" (it was a place "Misrule").
  // "the Martin McDonagh movie The Banshees of Inisherin": its maker before the noun (it was a person, as "Hilary of Poitiers" is).
  // "The video game Call of Duty", "the franchise Assassin's Creed": a game's or a franchise's title,
  // of dictionary words, had no evidence and was dropped (isSubtitledWorkNoun: the nouns the run takes a title after).
  const determined = isDeterminedNoun(view, before, sentenceFirst) || (before - 1 > sentenceFirst && isDeterminedAfterModifiers(view, before - 1));
  // "Saberi's documentary The Salt Harvest", "the drama A Quiet Winter": the title's own article between (cuesBefore.ts `workNounBeforeTitlesThe`) or opening it.
  const ownArticle = before === first - 2 || isTitlesOwnArticle(view, first);
  const titledAfterPlacesHead = closesWithPlacesHeadAfterWorkNoun(view, first, end, word);
  if (isSubtitledWorkNoun(word) && determined && (ownArticle || titledAfterPlacesHead || titledInDictionaryWords(first, end, word) || holdsNonDictionaryWord(view, first, end) || holdsTitleWordInside(view, first, end) || joinsWithAmpersand(view, first, end))) {
    // "the film Mystic River", "the album Abbey Road": the work's noun outweighs a place's head word closing its title.
    addEvidence(evidence, 'other', (titledAfterPlacesHead ? WEIGHT.title : WEIGHT.contextNoun) + worksAmpersandWeight(view, first, end, word));
    return true;
  }
  if (word === 'by' && addMakerByCue(view, before, sentenceFirst, evidence)) return true;
  if (word === 'for' && playsOrRacesFor(view, first, end, before, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (end - first === 1 && before - 1 >= sentenceFirst && AWARD_CATEGORY_OPENERS.has(view.lower(before - 1)) && view.isLowerWord(before - 1) && ROLE_NOUNS.has(word)) {
    // "the best actor Oscar", "a supporting actress Bafta": an award's category before its one word, no
    // one's job ("the best actor Emma Stone" is hers).
    addEvidence(evidence, 'event', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/** The cue of whoever made what the noun before "by" (at `by`) names: a work's author, an operator, a pollster. */
function addMakerByCue(view: TokenView, by: number, sentenceFirst: number, evidence: Evidence): boolean {
  if (by - 1 < sentenceFirst || !view.isLowerWord(by - 1)) return false;
  const noun = view.lower(by - 1);
  if (AUTHORED_WORKS.has(noun)) {
    // "two paintings by Caravaggio", "a novel by Tolstoy" (other: nothing said what they were): who made a
    // work is a person, as weighty as a person's verb, so that a body's own words still win ("a book by Penguin Random House").
    addEvidence(evidence, 'person', WEIGHT.personVerb);
    return true;
  }
  if (OPERATORS_PARTICIPLES.has(noun)) {
    // "The aircraft, operated by Aeropro,", "a tanker chartered by Vitol", "acquired by Alphabet": what
    // operates, charters or buys an aircraft, a ship or a firm is a firm (Aeropro was other), at a
    // preposition's weight, so that a person's own name still wins ("operated by Tom Hardy").
    addEvidence(evidence, 'organization', WEIGHT.motionPreposition);
    return true;
  }
  if (POLL_NOUNS.has(noun)) {
    // "an exit poll by Infratest Dimap for the broadcaster ARD", "a survey by Datafolha": who takes a
    // poll is a pollster's firm (Infratest Dimap, two words no list knows, was a person by its shape),
    // at a near preposition's weight, so that a given name still wins ("the Iowa poll by Ann Selzer").
    addEvidence(evidence, 'organization', WEIGHT.nearPreposition);
    return true;
  }
  return false;
}


/**
 * "the series Twin Peaks", "the song Penny Lane": two capitalised words or more right after a work's
 * noun are its title even when each is a dictionary word (they were dropped as capitalised words). Not
 * after a noun that quoted titles follow ("the track Brands Hatch" is a circuit, "the hit Love Island").
 */
function titledInDictionaryWords(first: number, end: number, word: string): boolean {
  return end - first >= 2 && !QUOTED_WORK_NOUNS.has(word);
}

/**
 * "the film Mystic River", "the game Baldur's Gate", "the album Abbey Road": a name of two words or more
 * closing with a place's head word right after a work's noun (not one only quoted titles follow: "the
 * track Brands Hatch" is a circuit) is that work's title (they were places, the head word's 3 against the
 * noun's 3). "filmed in Mystic", "the game at Wembley Stadium" have no work's noun right before.
 */
function closesWithPlacesHeadAfterWorkNoun(view: TokenView, first: number, end: number, word: string): boolean {
  return end - first >= 2 && isSubtitledWorkNoun(word) && !QUOTED_WORK_NOUNS.has(word) && HEAD_WORDS.get(view.lower(end - 1)) === 'place';
}

/**
 * "won the British Grand Prix for Mercedes", "finished second for Mercedes": whom a race is won or
 * driven for is a team, whatever the name's shape says (Mercedes, a given name, was a person); so is
 * the city one plays or scores "for" ("played for Madrid", "14 rebounds for Boston").
 */
function playsOrRacesFor(view: TokenView, first: number, end: number, forToken: number, sentenceFirst: number): boolean {
  if ((isRaceForItsWinner(view, forToken) && isWonBefore(view, forToken - 1, sentenceFirst)) || racesFor(view, forToken, sentenceFirst)) return true;
  return isCity(view.keyOf(first, end)) && (playsFor(view, forToken, sentenceFirst) || scoresForOneWordCity(view, forToken, first, end));
}

/**
 * "won the British Grand Prix", "clinched the Ryder Cup": a verb of winning before the contest's
 * capitalised words (ending at token `last`) and their article; "It was the second Masters for
 * Scheffler" has none (he was a team).
 */
function isWonBefore(view: TokenView, last: number, sentenceFirst: number): boolean {
  let k = last;
  while (k > sentenceFirst && view.isCapitalized(k)) k--;
  while (k > sentenceFirst && view.isLowerWord(k) && (k === last || ['the', 'a', 'his', 'her', 'their', 'its'].includes(view.lower(k)))) k--;
  return view.isLowerWord(k) && WIN_VERBS.has(view.lower(k));
}

const WIN_VERBS = new Set(['won', 'wins', 'win', 'winning', 'clinched', 'clinches', 'claimed', 'claims', 'took', 'takes', 'captured', 'retained', 'defended']);

/**
 * "SoftBank-owned chip designer Arm rolled out", "rocket designer Astrix": a designer of a made thing
 * (a noun FOLLOWING_TYPE_CUES knows as a product's: chip, processor, rocket, drone) before a name of no
 * person's shape is a firm (Arm was a person by the role noun, in nine mentions of a Reuters story);
 * "fashion designer Tom Ford" and "chip designer Lisa Su" open with a forename.
 */
function isThingsDesignerBefore(view: TokenView, word: string, before: number, first: number, end: number, sentenceFirst: number): boolean {
  if ((word !== 'designer' && word !== 'designers') || before - 1 < sentenceFirst || !view.isLowerWord(before - 1)) return false;
  if (FOLLOWING_TYPE_CUES.get(view.lower(before - 1)) !== 'product') return false;
  const firstLower = view.lower(first);
  return !opensWithForename(view, first, end, firstLower) && !opensWithInitials(view, first, end) && !looksLikePersonName(view, first, end, firstLower);
}

/** A role, a workplace, a seat or a place's preposition before a name; true when one matched. */
export function addRoleOrPlaceCueBefore(view: TokenView, first: number, end: number, before: number, word: string, sentenceFirst: number, evidence: Evidence, descriptions: string[]): boolean {
  // "in Geneva"; but "in Shaw's Pygmalion" is in the play, not in Shaw.
  const placeWeight = PLACE_PREPOSITIONS.has(word) && !isPossessor(view, end) ? placeWeightAfterPreposition(view, first, end, before, sentenceFirst) : 0;
  if (isThingsDesignerBefore(view, word, before, first, end, sentenceFirst)) {
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if (ROLE_NOUNS.has(word) && isMadeThingBefore(view, before - 1, sentenceFirst)) {
    // "its drug candidate MET-097i", "the vaccine candidate Ad26": a role noun after a made thing's noun is that thing's (MET-097i was a person).
    addEvidence(evidence, 'product', WEIGHT.contextNoun);
    return true;
  }
  if ((ROLE_NOUNS.has(word) || isOccupationByEnding(word)) && !EITHER_KIND_ROLES.has(word) && !(word === 'official' && HEAD_WORDS.get(view.lower(end - 1)) === 'organization') && !isFirmInFirmsRole(view, word, end) && !isHyphenedToPrefix(view, before, sentenceFirst)) {
    // "rival Mahindra & Mahindra", "its successor Alitalia": a rival or a successor may be a body's; the name says which.
    // "the official Saudi Press Agency reported": the adjective, before a body's head word.
    addEvidence(evidence, 'person', WEIGHT.roleNoun);
    descriptions.push(nounPhraseEndingAt(view, before, sentenceFirst));
    return true;
  }
  if (worksAt(view, before, sentenceFirst, first, end) && !(view.kind(end) === TokenKind.Hyphen && view.adjacent(end - 1))) {
    // "analysts at Bernstein", "economists at Capital Economics", "researchers at the Armed Conflict
    // Location & Event Data Project": where people work is a body.
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (FIRMS_HYPHENED_PARTICIPLES.has(word) && view.kind(before - 1) === TokenKind.Hyphen && view.adjacent(before - 1)) {
    // "Lagos-based Afrinvest", "the London-based Bruegel": what a place is the seat of is a body; so is
    // what a market lists or a state owns ("London-listed Shire", "Irish-headquartered Shire", a place
    // by the dictionary's "shire"; "Nasdaq-traded", "state-owned").
    addEvidence(evidence, 'organization', WEIGHT.contextNoun);
    return true;
  }
  if (placeWeight > 0) {
    addEvidence(evidence, 'place', placeWeight);
    return true;
  }
  if (isRegionOfPlaceAfterPreposition(view, end, before, sentenceFirst)) {
    addEvidence(evidence, 'place', WEIGHT.contextNoun);
    return true;
  }
  return false;
}

/**
 * "people in northern Jutland", "fighting across eastern Kordofan": a region's adjective in lower
 * case between a preposition of where and the name says the name is a place's (Jutland was other,
 * a surname a person); not "in central Smith's district".
 */
function isRegionOfPlaceAfterPreposition(view: TokenView, end: number, before: number, sentenceFirst: number): boolean {
  if (!view.isLowerWord(before) || !REGION_ADJECTIVES.has(view.lower(before)) || before - 1 < sentenceFirst) return false;
  return view.isLowerWord(before - 1) && PLACE_PREPOSITIONS.has(view.lower(before - 1)) && !isPossessor(view, end);
}

/**
 * "Shares in Rio Tinto fell", "Shares of Amazon rose", "a 10% stake in Zalando": what shares or a
 * stake are held in is a company (the first two made places, the second a person by its sentence's
 * "said"). Not a place the lists know: "Russia has a stake in Syria".
 */
function isEquityNounBefore(view: TokenView, preposition: number, sentenceFirst: number, first: number, end: number): boolean {
  return preposition - 1 >= sentenceFirst && EQUITY_NOUNS.has(view.lower(preposition - 1)) && !isKnownPlace(view.keyOf(first, end));
}

/**
 * "The study, published in Nature,", "writing in Foreign Affairs": where a paper is published is a
 * journal or a paper (Nature was a place by "in"); a place the lists know stays one ("published in London").
 * A day or "online" may stand between: "a study published Monday in Nature Medicine" (it was no name).
 */
function isPublishedIn(view: TokenView, preposition: number, sentenceFirst: number, first: number, end: number): boolean {
  let verb = preposition - 1;
  if (verb > sentenceFirst && PUBLICATION_TIMES.has(view.lower(verb))) verb--;
  return verb >= sentenceFirst && PUBLISHING_VERBS.has(view.lower(verb)) && !isKnownPlace(view.keyOf(first, end));
}

/** Verbs whose "in" is a particle before whom they install: "swore in", "swears in", "sworn in". */
const SWEARING_IN = new Set(['swore', 'sworn', 'swear', 'swears', 'swearing']);

const PUBLISHING_VERBS = new Set(['published', 'publishing', 'writing']);

const PUBLICATION_TIMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'online', 'today', 'yesterday', 'recently']);

const EQUITY_NOUNS = new Set(['shares', 'stock', 'stocks', 'stake', 'stakes', 'shareholding', 'shareholdings']);

/**
 * "in Geneva", "near Velyka Novosilka", "killed in Khan Younis": how much a preposition of where before
 * a name says it is a place's; 0 where the name may be a person's ("faith in Joe Biden").
 */
function placeWeightAfterPreposition(view: TokenView, first: number, end: number, preposition: number, sentenceFirst: number): number {
  // "Ruto swore in Kithure Kindiki as his deputy": the "in" of swearing someone in is no place's (he was a place).
  if (preposition - 1 >= sentenceFirst && view.lower(preposition) === 'in' && SWEARING_IN.has(view.lower(preposition - 1))) return 0;
  if (NEAR_PREPOSITIONS.has(view.lower(preposition)) || afterLocativeVerb(view, preposition, sentenceFirst) || afterFacility(view, preposition, sentenceFirst, first, end)) return WEIGHT.nearPreposition;
  if (isUnknownLongAcronym(view, first, end)) return 0;
  if (spaceSeparatedWords(view, first, end) === 1) return WEIGHT.preposition;
  return holdsNoWordOfAPersonsName(view, first, end) ? WEIGHT.nearPreposition : 0;
}

/**
 * "at the school in Weston", "Unicoi County Hospital in Erwin", "the Scripps Institution of Oceanography
 * in La Jolla": "in" after a building's or an institution's noun, or a name closing with one, says
 * where it stands (the towns, surnames and given names too, were persons). Not a field of study in
 * dictionary words: "professor at Massachusetts Institute of Technology in Linguistics and Philosophy".
 */
function afterFacility(view: TokenView, preposition: number, sentenceFirst: number, first: number, end: number): boolean {
  const noun = preposition - 1;
  if (view.lower(preposition) !== 'in' || noun < sentenceFirst || !view.isWord(noun) || view.isAllCaps(noun) || isCommonWord(view.lower(first)) || isCommonWord(view.lower(end - 1))) return false;
  if (FACILITY_NOUNS.has(view.lower(noun))) return true;
  // "the Scripps Institution of Oceanography in …": a body's name closing with its field after "of".
  return noun - 2 >= sentenceFirst && view.isCapitalized(noun) && view.lower(noun - 1) === 'of' && FACILITY_NOUNS.has(view.lower(noun - 2));
}

/** Nouns of the buildings and institutions news places in a town. */
const FACILITY_NOUNS = new Set(
  `hospital hospitals clinic clinics school schools shelter shelters camp camps plant plants factory factories
  office offices headquarters university college institute institution laboratory lab center centre church mosque temple
  synagogue prison jail airport hotel museum stadium courthouse warehouse facility facilities campus observatory`.split(/\s+/),
);


/** Works one person makes, before "by" and their maker; not a film's, an album's or a song's, a studio's or a band's as often. */
const AUTHORED_WORKS = new Set(`painting paintings portrait portraits sculpture sculptures drawing drawings fresco frescoes novel novels
  poem poems essay essays play plays symphony symphonies concerto concertos opera operas memoir biography book books`.split(/\s+/));

/**
 * A word no dictionary holds in [first, end): a title of dictionary words ("the film Calling the
 * Shots", "the novel Dark Matters") is left to the rules that drop or keep such phrases.
 */
export function holdsNonDictionaryWord(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (view.isWord(i) && !view.hasClass(i, WordClass.Common)) return true;
  return false;
}

/**
 * "the Panama-flagged Ocean Pearl", "the Marshall Islands-registered Aurora Sky": a flag state
 * hyphened before a name says a ship ("Aurora Sky" was a person, "Ocean Pearl" dropped as
 * dictionary words). The hyphen is the cue: "registered Democrats" and "the report flagged Google" have none.
 */
function isFlagStateBefore(view: TokenView, before: number): boolean {
  if (before < 2 || !view.isLowerWord(before) || !FLAG_STATE_WORDS.has(view.lower(before))) return false;
  return view.kind(before - 1) === TokenKind.Hyphen && view.adjacent(before - 2) && view.adjacent(before - 1) && view.isCapitalized(before - 2);
}

const FLAG_STATE_WORDS = new Set(['flagged', 'registered']);

const OPERATORS_PARTICIPLES = new Set(['operated', 'chartered', 'acquired', 'manufactured', 'insured', 'underwritten']);

/**
 * The type a noun gives the name its examples or its apposition introduce: "firms including
 * Maersk", "companies such as Zoomlion", "countries like Chad", "a software provider, BeyondTrust,"
 * (the comma after the name closes the apposition; "the provider, Microsoft said" has none).
 */
export function nounIntroducing(view: TokenView, before: number, end: number, sentenceFirst: number): EntityType | undefined {
  const word = view.lower(before);
  let noun = -1;
  let apposed = false;
  if (word === 'including' || word === 'like') noun = before - 1;
  else if (word === 'as' && view.lower(before - 1) === 'such') noun = before - 2;
  else if (view.isChar(before, ',') && closesApposition(view, before - 1, end)) [noun, apposed] = [before - 1, true];
  // "Rivals such as Zopa grew", "Fintechs like Klarna raised money": the noun may open the sentence.
  const opening = noun === sentenceFirst && !apposed && view.isCapitalized(noun) && !view.isAllCaps(noun);
  if (noun < sentenceFirst) return undefined;
  if (!(view.isLowerWord(noun) || opening)) return apposed ? (roleOfANameBefore(view, noun, sentenceFirst) ?? lettersPostApposed(view, noun, sentenceFirst)) : undefined;
  const head = apposed ? headBeforeOf(view, noun, sentenceFirst) : -1;
  if (head >= 0) return view.hasClass(head, WordClass.Role) ? 'person' : typeCueOfNoun(view.lower(head));
  const lower = view.lower(noun);
  // "rivals such as Zopa and Monzo", "competitors like Klarna": a rival may be a body or a person; one
  // with no given name nor listed surname alone is a firm (Zopa was a person); not "rivals such as Carlos Alcaraz".
  if (!apposed && RIVAL_NOUNS.has(lower)) return namesAPersonByItsWords(view, before + 1, end) ? undefined : 'organization';
  // "Leaders such as Modi and Erdoğan", "politicians like Orbán": examples of a role in the plural are
  // its holders (both were other). Not a role that firms hold as often: "investors such as Blackstone".
  if (!apposed && isPluralOfPersonsRole(lower)) return 'person';
  const cue = EXAMPLE_NOUNS.get(lower) ?? typeCueOfNoun(lower);
  // "her fourth album, Love & Hyperbole,": a work's noun set off before a title (worksAmpersandWeight weighs its "&").
  if (apposed && WORK_NOUNS.has(lower) && joinsWithAmpersand(view, before + 1, end)) return 'other';
  // "Manu Dibango's longtime producer, Jean-Pierre Senghor, died": set off by commas, a producer named
  // by a person's name is a person too, as before a name (he was an organization).
  if (apposed && cue && PERSON_OR_FIRM_AGENTS.has(lower)) return cueOfAgentNoun(view, lower, before + 1, end, cue);
  // "her stepfather, Sven Lindqvist, a shipbuilder", "a son, Emeka; a brother, Chidi Okafor": a
  // role or a relative set off by commas is the person named (not "leaders such as Modi", a list).
  return cue ?? (apposed && (ROLE_NOUNS.has(lower) || RELATIVES.has(lower)) ? 'person' : undefined);
}

/**
 * "A chieftain of the APC, Nabena, has also called", "the leader of Hamas, Khalil Odeh,": a role "of" a
 * name, set off by commas before a name, is held by that name (Nabena was other). Not a place's noun:
 * "the capital of France, Paris,".
 */
function roleOfANameBefore(view: TokenView, noun: number, sentenceFirst: number): EntityType | undefined {
  const head = headBeforeOf(view, noun, sentenceFirst);
  return head >= 0 && view.hasClass(head, WordClass.Role) ? 'person' : undefined;
}

/**
 * "its CEO, Warren East,", "the group's CFO, Ana Ruiz,", "the local MP, Jo Platt,": an executive's or a
 * member's letters, owned or determined, set off before a name are that person's post (Warren East
 * was a place by "East"; the letters right before a name were a title already).
 */
function lettersPostApposed(view: TokenView, noun: number, sentenceFirst: number): EntityType | undefined {
  if (noun - 1 < sentenceFirst || !view.isAllCaps(noun) || !isPersonsLettersTitle(view.lower(noun))) return undefined;
  const before = noun - 1;
  return view.kind(before) === TokenKind.Possessive || (view.isLowerWord(before) && POST_DETERMINERS.has(view.lower(before))) ? 'person' : undefined;
}

const POST_DETERMINERS = new Set(['its', 'the', 'their', 'his', 'her', 'our', 'new', 'former', 'interim', 'local', 'incoming', 'outgoing']);

/** A role noun in the plural that only people hold: "leaders", "presidents" (not "investors", "broadcasters"). */
function isPluralOfPersonsRole(lower: string): boolean {
  if (!lower.endsWith('s') || lower.endsWith('ss')) return false;
  const singular = singularOf(lower);
  return ROLE_NOUNS.has(singular) && !EITHER_KIND_ROLES.has(singular) && !ROLES_FIRMS_HOLD.has(singular);
}

/**
 * "care of manager Baltnautic Shipping Ltd", "adviser Rothschild & Co": a role firms hold too before
 * a name closed by a legal form or a body's head word is the firm's (it was a person).
 */
function isFirmInFirmsRole(view: TokenView, role: string, end: number): boolean {
  if (!ROLES_FIRMS_HOLD.has(role)) return false;
  const last = view.isChar(end - 1, '.') ? end - 2 : end - 1;
  return LEGAL_SUFFIXES.has(view.key(last)) || HEAD_WORDS.get(view.lower(last)) === 'organization';
}

/**
 * "The owner of the towing company, Dwayne Hollis,", "the head of the agency, Jean Kaseya,": in an
 * apposition the noun before "of" is what the name is, not the body's noun nearest it ("the
 * owner" may be a person or a firm). Where that noun stands, or -1 when no "of" comes first. A name
 * may stand between: "The president of the Madrid region, Isabel Díaz Ayuso," (she was a place).
 */
function headBeforeOf(view: TokenView, noun: number, sentenceFirst: number): number {
  for (let i = noun - 1; i > sentenceFirst && i >= noun - 6; i--) {
    if (!view.isLowerWord(i) && !(view.kind(i) === TokenKind.Word && view.isCapitalized(i))) return -1;
    if (view.lower(i) === 'of') return view.isLowerWord(i - 1) || isCapitalisedRoleAt(view, i - 1) ? i - 1 : -1;
  }
  return -1;
}

/**
 * "Chief Minister of the province, Mir Qadir Jamali, expressed grief": the house style's capitalised
 * office before "of" heads the phrase as its lower-case form does ("the governor of the state, …"); the
 * holder was a place by "the province".
 */
function isCapitalisedRoleAt(view: TokenView, i: number): boolean {
  return view.kind(i) === TokenKind.Word && view.isCapitalized(i) && !view.isAllCaps(i) && view.hasClass(i, WordClass.Role);
}

/** Plurals whose examples compete with whom the sentence names: "rivals such as Zopa", "competitors like Klarna". */
const RIVAL_NOUNS = new Set(['rivals', 'competitors', 'challengers', 'peers']);

/** Plurals whose examples are places, though the singular before a name says otherwise ("news site Rappler", "sites such as Fordow"). */
const EXAMPLE_NOUNS = new Map<string, EntityType>(['sites', 'facilities', 'plants', 'cities', 'countries', 'towns', 'regions', 'nations'].map((w) => [w, 'place']));

/** "scored many goals for Madrid", "played for Barcelona", "signed for Munich": who plays or scores "for" a city plays for its club. */
function playsFor(view: TokenView, forToken: number, sentenceFirst: number): boolean {
  for (let k = forToken - 1; k >= Math.max(sentenceFirst, forToken - 3) && view.isLowerWord(k); k--) if (PLAYING_WORDS.has(view.lower(k))) return true;
  return false;
}

const PLAYING_WORDS = new Set(['played', 'plays', 'playing', 'signed', 'scored', 'scores', 'scoring', 'goals', 'appearances', 'debut']);

/**
 * "14 rebounds for Boston", "Rafael Devers homered for Boston": a box score's words before "for" a
 * one-word city. A city of two words is a full name no short form links to its club, whose every
 * mention ("Los Angeles with 4 million people") the cue would turn.
 */
function scoresForOneWordCity(view: TokenView, forToken: number, first: number, end: number): boolean {
  if (end - first !== 1) return false;
  for (let k = forToken - 1; k >= forToken - 3 && view.isLowerWord(k); k--) if (BOX_SCORE_WORDS.has(view.lower(k))) return true;
  return false;
}

const BOX_SCORE_WORDS = new Set(['points', 'rebounds', 'assists', 'homered', 'touchdowns', 'wickets']);

/** Lower-case words that may qualify a role in a description ("senior analyst", "state news agency"). */
const DESCRIPTION_MODIFIERS = new Set(
  `senior top former powerful chief deputy supreme state official ruling veteran new then military opposition defence
  defense foreign news government security intelligence national regional local private public leading prominent
  influential exiled jailed acting interim longtime long-time independent political economic financial naval army
  bulk cargo container cable research investigative chipmaking shipbuilding energy oil gas mining`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "North Korean leader", "military's spokesman", "Togo-flagged freighter", "state news agency": the
 * phrase that ends at a cue noun, made of names, possessives and qualifying words only.
 */
function nounPhraseEndingAt(view: TokenView, nounIndex: number, sentenceFirst: number): string {
  let start = nounIndex;
  for (let i = nounIndex - 1, steps = 0; i >= sentenceFirst && steps < 6; i--, steps++) {
    const kind = view.kind(i);
    if (kind === TokenKind.Word) {
      const lower = view.lower(i);
      if (STOPWORDS.has(lower)) break;
      if (view.isLowerWord(i) && !DESCRIPTION_MODIFIERS.has(lower) && !(view.kind(i + 1) === TokenKind.Hyphen)) {
        // "Togo-flagged": a lower-case word hyphenated to a name is part of the phrase.
        if (!(i > sentenceFirst && view.kind(i - 1) === TokenKind.Hyphen)) break;
      }
      start = i;
      continue;
    }
    if (kind === TokenKind.Possessive || (kind === TokenKind.Hyphen && view.adjacent(i) && view.adjacent(i - 1))) {
      start = i;
      continue;
    }
    break;
  }
  // A possessive needs its possessor: "military's", not "'s spokesman".
  while (start < nounIndex && view.kind(start) === TokenKind.Possessive) start++;
  return view.slice(start, nounIndex + 1);
}

/** Participles hyphened to a place or a market before a firm's name: "Lagos-based", "London-listed", "state-owned". */
const FIRMS_HYPHENED_PARTICIPLES = new Set(['based', 'listed', 'headquartered', 'owned', 'traded', 'quoted']);
