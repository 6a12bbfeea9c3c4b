import { TokenKind } from '../../text/tokenize.js';
import {
  FIRM_PARTNERS,
  PARTY_FOR_OPENERS,
  isBodyWord,
  isCommonWord,
  isGivenName,
  isFrequentSurname,
  isListedSurname,
  isSurname,
  MONTHS_AND_DAYS,
  HEAD_WORDS,
  MISSION_HEADS,
  LEGISLATIVE_CHAMBERS,
  LANDFORM_OPENERS,
  COMPASS_CONNECTORS,
  FOREIGN_COMPASS,
  FOREIGN_ORGANIZATION_HEADS,
  FOREIGN_PLACE_HEADS,
  EVENT_OPENERS,
  LAW_HEADS,
  LEGAL_SUFFIXES,
  MID_NAME_PARTICLES,
  DUTCH_PLACE_PARTICLES,
  VESSEL_PREFIXES,
  ON_HEADS,
  ORGANIZATION_ANCHORS,
  REGNAL_TITLES,
  STOPWORDS,
  ROLE_NOUNS,
  isOccupationByEnding,
  TITLE_WORDS,
  WordClass,
} from '../lexicon.js';
import { gazetteer, isCountry, isKnownPlace, isPlaceAdjective, isRegion, namesAPeople, opensLongerGazetteerKey } from '../gazetteer.js';
import { singularOf } from '../cues/nameShapes.js';
import { isClubCloser } from '../sportsClubs.js';
import type { TokenView } from '../tokenView.js';
import { isDictionaryNameWord, isFieldNameWord, citesAuthors } from './runWords.js';
import { isNameToken, isAmpersandInitials, opensKnownName } from './nameTokens.js';
import { lawTitlePrepositionEnd } from './lawTitles.js';
import { type RunStep, STOP, step } from './runSteps.js';
import { bandNameEnd } from './bandNames.js';
import { isGeneralAfterBodysHead } from './wordSteps.js';
import { eventAfterTitleOfEnd, quotedTitleConjunctEnd, worksTitleEnd } from './workTitles.js';
import { campusEnd, courtAreaEnd, twoPlacesBodyEnd, bodyOfTwoPlacesEnd, twoPlacesServiceEnd, foundersBodyEnd, possessedPeopleBodyEnd, bodyConjunctEnd, acronymSpelledConnectorEnd } from './bodyNameEnds.js';

/** "Eli Lilly and Company", "McKinsey and Co.": "and" and a firm's partners as the name's last word ("and Company B" goes on). */
function closesWithFirmPartners(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'and' || !view.isLowerWord(k) || k + 1 >= sentenceEnd || !view.isCapitalized(k + 1) || !FIRM_PARTNERS.has(view.lower(k + 1))) return false;
  return !(k + 2 < sentenceEnd && view.spaceBefore(k + 2) && isNameToken(view, k + 2));
}

/**
 * "Banco Central do Brasil", "Partido por la Democracia": "do" and "por", which are English words too,
 * join a name after a body's head word in Portuguese or Spanish ("Banco do Brasil" was cut to "Banco").
 * So do "y" and "e" after the head's "de" or "da": "Ministerio de Ciencia y Tecnología" and "Banco
 * Nacional de Desenvolvimento Econômico e Social" were cut at them ("Ortega y Gasset" has no head).
 */
function isForeignBodysConnector(view: TokenView, first: number, k: number): boolean {
  const word = view.lower(k);
  const conjunction = word === 'y' || word === 'e';
  if (word === 'pour' || word === 'per') return opensWithBodysHead(view, first, k);
  // "Alternative für Deutschland", "Bundesamt für Verfassungsschutz", "Institut für Weltwirtschaft":
  // German "für" stands in English text only inside a German name; "und" joins after it ("Bundesministerium
  // für Bildung und Forschung"). They were cut at it, "Deutschland" other and "Weltwirtschaft" a person.
  if (word === 'für') return true;
  if (word === 'und') return holdsLowerWord(view, first + 1, k, 'für');
  if (word !== 'do' && word !== 'por' && !conjunction) return false;
  if (word === 'y' && isSpanishWordsPair(view, k)) return true;
  for (let i = first; i < k; i++) if (view.kind(i) === TokenKind.Word && FOREIGN_ORGANIZATION_HEADS.has(view.key(i))) return !conjunction || holdsLowerConnector(view, i + 1, k);
  // "the Palácio do Planalto", "Estádio do Maracanã": a building's head opening the name (a person "Palácio" and other "Planalto").
  return word === 'do' && (FOREIGN_CUPS.has(view.key(first)) || (k === first + 1 && FOREIGN_PLACE_HEADS.has(view.key(first))));
}

/**
 * "The Alliance Nationale pour le Changement won", "the Rassemblement pour la République", "Union
 * pour la Majorité Présidentielle": French "pour" (for) joins a name whose first word is a body's
 * head word, English or French (they were cut at it, "le Changement" a person); "Investors pour
 * money into" has no head. So does Italian "per": "the Istituto per gli Studi di Politica
 * Internazionale" (it was other "Istituto" and a person "Studi di Politica Internazionale").
 */
function opensWithBodysHead(view: TokenView, first: number, k: number): boolean {
  const key = view.key(first);
  return k - first <= 3 && (HEAD_WORDS.get(key) === 'organization' || FOREIGN_ORGANIZATION_HEADS.has(key));
}

/**
 * "Consiglio per la Ricerca in Agricoltura", "Centro de Investigación en Salud Pública", "Instituto
 * de Pesquisa em Saúde": Italian "in", Spanish "en" and Portuguese "em" before the field of a body
 * whose foreign name already holds a connector go on with its name (it was cut at "in", the field a
 * place). Not before a place the lists know: "the Istituto di Studi in Milan" is in Milan.
 */
function isFieldInForeignBody(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (!ROMANCE_INS.has(view.lower(k)) || k + 1 >= sentenceEnd || !view.isCapitalized(k + 1) || view.isAllCaps(k + 1) || isKnownPlace(view.key(k + 1))) return false;
  if (!FOREIGN_ORGANIZATION_HEADS.has(view.key(first))) return false;
  return holdsLowerConnector(view, first + 1, k);
}

const ROMANCE_INS = new Set(['in', 'en', 'em']);

/** Whether the lower-case `word` stands among tokens [from, to): the "für" before an "und". */
function holdsLowerWord(view: TokenView, from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) if (view.isLowerWord(i) && view.lower(i) === word) return true;
  return false;
}

/**
 * "Ingenieros Civiles y Contratistas Generales", "José Ortega y Gasset": Spanish "y" between two
 * capitalised words no English dictionary holds joins one name, a firm's or a person's double
 * surname, with no head word before it (both were cut at "y", the halves typed people). Not a place
 * on either side.
 */
function isSpanishWordsPair(view: TokenView, k: number): boolean {
  if (!view.isCapitalized(k - 1) || !view.isCapitalized(k + 1) || view.isAllCaps(k + 1)) return false;
  // "Real Madrid y Barcelona": a place on either side is a list of two.
  const before = view.key(k - 1);
  const after = view.key(k + 1);
  return !isCommonWord(before) && !isCommonWord(after) && !isKnownPlace(before) && !isKnownPlace(after);
}

/**
 * "André Corrêa do Lago", "Aldo Rebelo do Nascimento": a Portuguese "do" between a given name's
 * surname and another surname is one person's (it gave "André Corrêa" and a person "Lago"); no
 * dictionary word stands before it or after it ("Can Joe Biden do Iowa" has a place after it). A
 * title or a sentence's first word may open the run before the given name ("COP30 President André
 * Corrêa do Lago told", "Later André Corrêa do Lago").
 */
function isPortugueseSurnamesDo(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'do' || k - 1 <= first || k + 1 >= sentenceEnd || !givenNameOpensSurnames(view, first, k)) return false;
  const before = view.lower(k - 1);
  const after = view.key(k + 1);
  return !isCommonWord(before) && !isCommonWord(after) && !isKnownPlace(after) && !MONTHS_AND_DAYS.has(after) && !gazetteer().byKey.has(after);
}

/** A given name among the two words before the surname right before token k, the run's first word or later. */
function givenNameOpensSurnames(view: TokenView, first: number, k: number): boolean {
  for (let j = Math.max(first, k - 3); j < k - 1; j++) if (view.isCapitalized(j) && isGivenName(view.lower(j))) return true;
  return false;
}

/** "the Copa do Brasil", "the Copa do Mundo", "Taça do Brasil": a cup's Portuguese "do" ("Copa do Brasil" was cut to "Copa"). */
const FOREIGN_CUPS = new Set(['copa', 'taça', 'taca']);

/** A connector in lower case ("de", "da", "del") among tokens [from, to). */
function holdsLowerConnector(view: TokenView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (view.isLowerWord(i) && view.hasClass(i, WordClass.NameConnector)) return true;
  return false;
}

/**
 * "The International Agency for Research on Cancer said", "the Trottier Institute for Research on
 * Exoplanets": "on" after "Research" or "Studies" in a body's "for" or "of" phrase goes on with its
 * field (both were cut at "on"); "the Agency for Research on Monday" meets on a day.
 */
function isResearchOnField(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'on' || !view.isLowerWord(k) || !RESEARCH_WORDS.has(view.lower(k - 1)) || k + 1 >= sentenceEnd) return false;
  if (!isNameToken(view, k + 1) || !view.spaceBefore(k + 1) || view.hasClass(k + 1, WordClass.MonthOrDay)) return false;
  return k - 3 >= first && view.isOfOrFor(k - 2) && HEAD_WORDS.get(view.lower(k - 3)) === 'organization';
}

const RESEARCH_WORDS = new Set(['research', 'studies', 'study']);

/**
 * "The Assemblée nationale voted", "the Conseil constitutionnel", "the Parti socialiste", "the Cour des
 * comptes": French writes a body's name in sentence case, so an adjective, or "des" and a noun no
 * English dictionary holds, after a foreign body's head word ends its name (it was cut to
 * "Assemblée", typed other). Where the name ends, else 0; "The Conseil ruled" has a verb after it.
 */
function sentenceCaseBodyEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (!view.isLowerWord(k) || !view.isCapitalized(k - 1) || !FOREIGN_ORGANIZATION_HEADS.has(view.key(k - 1))) return 0;
  // "Jaish al-Adl", "Liwa al-Quds": a word hyphened to the next is an Arabic article, no adjective (it was "Jaish al").
  if (view.kind(k + 1) === TokenKind.Hyphen && view.adjacent(k)) return 0;
  const word = view.lower(k);
  if (ROMANCE_ADJECTIVE_ENDING.test(word) && !STOPWORDS.has(word)) return k + 1;
  const noun = k + 1;
  const ofTheField = (word === 'des' || word === 'du' || word === 'de') && noun < sentenceEnd && view.isLowerWord(noun) && view.spaceBefore(noun);
  // "Universidad de la República", "Banco de la Nación": an article after "de" is no noun, and the
  // name goes on to its capitalised word (they were "Universidad de la" and a person "República").
  const article = view.hasClass(noun, WordClass.NameParticle) || view.hasClass(noun, WordClass.NameConnector);
  return ofTheField && !article && !view.hasClass(noun, WordClass.Common) && !view.hasClass(noun, WordClass.Stop) ? noun + 1 : 0;
}

const ROMANCE_ADJECTIVE_ENDING = /(?:ale|al|el|elle|nel|iste|ista|ique|aire|ienne|aise|ise|ico|ica|ano|ana)$/;

/** "&", "and", "of", "for" and "on" inside a body's or a place's name at token k; null when token k is none of them. */
export function extendAtConnector(view: TokenView, first: number, k: number, sentenceEnd: number): RunStep | null {
  if (!mayConnectAt(view, k)) return null;
  // "Hanseong Hotels & Resorts"; but "(Dye & Bavelier, 2010)" cites two authors.
  if (view.isChar(k, '&') && view.spaceBefore(k) && isNameToken(view, k + 1) && view.spaceBefore(k + 1) && k + 1 < sentenceEnd && !citesAuthors(view, k + 2, sentenceEnd)) return step(k + 2, 1);
  if (isAmpersandInitials(view, k, sentenceEnd)) return step(k + 2, 1);
  if (closesWithFirmPartners(view, k, sentenceEnd)) return step(k + 2, 1);
  const bandEnd = bandNameEnd(view, first, k, sentenceEnd);
  if (bandEnd > 0) return step(bandEnd, 1);
  const sentenceCaseEnd = sentenceCaseBodyEnd(view, k, sentenceEnd);
  if (sentenceCaseEnd > 0) return step(sentenceCaseEnd, 0, true);
  // "Food and Drug Administration", "Department of Health and Human Services".
  const conjunctEnd = campusEnd(view, first, k, sentenceEnd) || bodyConjunctEnd(view, first, k, sentenceEnd) || acronymSpelledConnectorEnd(view, first, k, sentenceEnd) || courtAreaEnd(view, first, k, sentenceEnd) || foundersBodyEnd(view, first, k, sentenceEnd) || twoPlacesBodyEnd(view, first, k, sentenceEnd) || bodyOfTwoPlacesEnd(view, first, k, sentenceEnd) || twoPlacesServiceEnd(view, first, k, sentenceEnd) || quotedTitleConjunctEnd(view, first, k, sentenceEnd) || worksTitleEnd(view, first, k, sentenceEnd) || eventAfterTitleOfEnd(view, first, k, sentenceEnd) || possessedPeopleBodyEnd(view, k, sentenceEnd) || lawTitlePrepositionEnd(view, first, k, sentenceEnd);
  if (conjunctEnd > 0) return step(conjunctEnd, conjunctEnd - k - 1);
  // "Group of 20": a number after the connector goes on only a name the lists know.
  const numberedEnd = view.kind(k + 1) === TokenKind.Number ? knownNameEnd(view, first, k, sentenceEnd) || lawsYearEnd(view, k, sentenceEnd) || numberedGroupEnd(view, first, k) : 0;
  if (numberedEnd > 0) return step(numberedEnd, numberedEnd - k - 1);
  const textEnd = textOfFieldEnd(view, first, k, sentenceEnd) || missionInCountryEnd(view, first, k, sentenceEnd);
  if (textEnd > 0) return step(textEnd, textEnd - k - 1);
  if (joinsAfterHead(view, first, k, sentenceEnd) || joinsAfterEventOpener(view, first, k)) return extendAfterConnector(view, k, sentenceEnd);
  const onStep = onFieldStep(view, k, sentenceEnd);
  if (onStep) return onStep;
  if (isResearchOnField(view, first, k, sentenceEnd)) return step(k + 2, 1);
  if (isPrizesFieldAt(view, k, sentenceEnd) || isPrizesSecondFieldAt(view, k, sentenceEnd)) return step(k + 2, 1);
  const knownEnd = knownNameEnd(view, first, k, sentenceEnd) || innerKnownNameEnd(view, first, k, sentenceEnd);
  if (knownEnd > 0) return step(knownEnd, knownEnd - k - 1);
  if (isPurposeClauseAt(view, k, sentenceEnd) || isRightToAt(view, k, sentenceEnd)) return step(k + 2, 1);
  const gerundsObjectEnd = bodysGerundToEnd(view, k, sentenceEnd);
  if (gerundsObjectEnd > 0) return step(gerundsObjectEnd, gerundsObjectEnd - k - 1);
  const advocatesEnd = advocatesCauseEnd(view, first, k, sentenceEnd) || freedomFromEnd(view, first, k, sentenceEnd) || partyForCauseEnd(view, first, k, sentenceEnd);
  if (advocatesEnd > 0) return step(advocatesEnd, advocatesEnd - k - 1);
  if (opensWithMembersOf(view, first) && k === first + 1) return extendAfterConnector(view, k, sentenceEnd);
  return null;
}

/**
 * Whether any rule of extendAtConnector may hold at token k: each asks for a lower-case word there
 * ("of", "and", "for", "de"), an ampersand, or "and" or "of" in any case ('"Pride And Prejudice"',
 * lawsYearEnd's "Act Of 1998"). The capitalised word that most often stands after a run's word, and
 * punctuation, are asked of none of the twenty-odd rules.
 */
function mayConnectAt(view: TokenView, k: number): boolean {
  if (view.isLowerWord(k) || view.isChar(k, '&')) return true;
  if (view.kind(k) !== TokenKind.Word || view.length(k) > 3) return false;
  const word = view.lower(k);
  return word === 'and' || word === 'of';
}

/**
 * "won the Tour of Flanders", "the Vuelta a España", "the Siege of Leningrad": "of", or the Romance
 * "a", after an event's opening word that opens the run joins the race's place to it (it was a place
 * "Flanders" and a person "España" beside a bare "Tour" and "Vuelta").
 */
function joinsAfterEventOpener(view: TokenView, first: number, k: number): boolean {
  if (k - 1 !== first || !view.isCapitalized(first) || !EVENT_OPENERS.has(view.lower(first)) || !view.isLowerWord(k) || !view.spaceBefore(k)) return false;
  return view.lower(k) === 'of' || view.lower(k) === 'a';
}

/**
 * "of" and "for" join only after the head of a body or a place ("Bank of Korea", "Bay of Bengal"), so
 * that "Babatunde Adeyemi-Cole of the People's Renewal Congress" stays two names. Particles always join.
 */
function joinsAfterHead(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  return (
    view.kind(k) === TokenKind.Word &&
    view.isLowerWord(k) &&
    view.spaceBefore(k) &&
    !isLeaderAfterPartysOf(view, k, sentenceEnd) &&
    (isFieldInForeignBody(view, first, k, sentenceEnd) || joinsByItsClass(view, first, k, sentenceEnd))
  );
}

/** A connector or particle at token k that joins the name [first, k) by its word class and what stands before it (see joinsAfterHead). */
function joinsByItsClass(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  return (
    (view.hasClass(k, WordClass.NameConnector) || view.hasClass(k, WordClass.JoiningNameParticle) || (view.hasClass(k, WordClass.MidNameParticle) && isGivenName(view.lower(k - 1))) || isDutchPlaceParticle(view, k)) &&
    (view.hasClass(k, WordClass.NameParticle) ||
      isDutchPlaceParticle(view, k) ||
      view.hasClass(k, WordClass.MidNameParticle) ||
      view.hasClass(k, WordClass.JoiningNameParticle) ||
      (HEAD_WORDS.has(view.key(k - 1)) && !closesCompanyName(view, k - 1) && !isRaceForItsWinner(view, k) && !isClubForWhatItSells(view, k) && !isPersonWithHeadSurname(view, first, k - 1) && !isSeatAfterMembersChamber(view, k)) ||
      ORGANIZATION_ANCHORS.has(view.key(k - 1)) ||
      // "the Directorate General of Civil Aviation" (it stopped at "General").
      (view.isOfOrFor(k) && isGeneralAfterBodysHead(view, first, k - 1)) ||
      // "Cape of Good Hope", "Isle of Man": a landform word opening the name ("Jonathan Cape of London" is a person's).
      (k - 1 === first && view.isOfOrFor(k) && LANDFORM_OPENERS.has(view.lower(k - 1))) ||
      isPlaceEpithetAt(view, first, k, sentenceEnd) ||
      isCompassEpithetAt(view, k, sentenceEnd) ||
      isForeignBodysConnector(view, first, k) ||
      isPortugueseSurnamesDo(view, first, k, sentenceEnd) ||
      isOfInVesselsName(view, first, k, sentenceEnd) ||
      isPatronsTitleBeforeHead(view, first, k, sentenceEnd) ||
      isBodysOfficeFor(view, first, k, sentenceEnd) ||
      continuesBodyName(view, first, k, sentenceEnd))
  );
}

/**
 * "the UN High Commissioner for Refugees", "the EU High Representative for Foreign Affairs": "for"
 * (token k) after an office's title that a body the lists know opens goes on to the office's field,
 * dictionary words (the name stopped at the title: "UN High Commissioner", other; "United Nations").
 * Not to a name the lists know ("the UN Special Envoy for Syria" is the envoy and the country), nor
 * before a holder's name.
 */
function isBodysOfficeFor(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'for' || k - first < 2 || !view.hasClass(k - 1, WordClass.Title) || !opensWithKnownBody(view, first, k - 1)) return false;
  if (opensKnownName(view, k + 1, sentenceEnd)) return false;
  // "EU High Representative for Foreign Affairs Kaja Kallas said": the holder's name after the field is no word of the office.
  let j = k + 1;
  while (j < sentenceEnd && view.isWord(j) && view.isCapitalized(j) && view.spaceBefore(j)) if (!isDictionaryNameWord(view, j++)) return false;
  return j > k + 1;
}

/**
 * "a Member of Parliament for South Dayi", "Members of the National Assembly for Kano": "for" (token k)
 * after the chamber its members sit in names their seat, no part of the chamber's name (it was one
 * body, "Parliament for South Dayi"). The seat is typed a place by `isRepresentedSeat` in cues.ts.
 */
export function isSeatAfterMembersChamber(view: TokenView, k: number): boolean {
  if (k < 3 || view.lower(k) !== 'for' || !view.isLowerWord(k) || !LEGISLATIVE_CHAMBERS.has(view.lower(k - 1))) return false;
  let of = k - 2;
  while (of > 0 && view.isWord(of) && view.isCapitalized(of)) of--;
  if (view.lower(of) === 'the' && view.isLowerWord(of)) of--;
  return of > 0 && view.lower(of) === 'of' && view.isLowerWord(of) && MEMBER_WORDS.has(view.lower(of - 1));
}

const MEMBER_WORDS = new Set(['member', 'members']);

/** "HMS", "USS", "INS": a vessel's prefix of three letters or more in capitals at token i ("MS Dhoni" opens with initials). */
export function isVesselPrefixAt(view: TokenView, i: number): boolean {
  return view.isAllCaps(i) && view.length(i) >= 3 && VESSEL_PREFIXES.has(view.lower(i));
}

/**
 * "HMS Prince of Wales", "HMS Duke of York", "the USS Bonhomme Richard of the fleet": "of" after a
 * vessel's prefix in capitals and one capitalised word goes on to the next capitalised word, part of
 * the ship's name (it was "HMS Prince" and a place, Wales). Not "of the": a ship's fleet or owner.
 */
function isOfInVesselsName(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || k - first !== 2 || k + 1 >= sentenceEnd || !view.isCapitalized(k + 1) || view.isAllCaps(k + 1)) return false;
  return isVesselPrefixAt(view, first) && view.isCapitalized(first + 1);
}

/**
 * "the Princess of Wales Theatre", "Prince of Wales Hospital", "Duke of York Square": a royal's
 * title, "of", a capitalised word or two and a head word are one place's or body's name (the title
 * went as an office's, and "Wales Theatre" was left). Not the title alone ("the Prince of Wales said").
 */
function isPatronsTitleBeforeHead(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || k - 1 !== first || !ROYAL_PATRON_TITLES.has(view.lower(first))) return false;
  for (let j = k + 1; j < Math.min(sentenceEnd, k + 4); j++) {
    if (!view.isCapitalized(j) || !view.spaceBefore(j)) return false;
    if (j > k + 1 && view.hasClass(j, WordClass.Head)) return true;
  }
  return false;
}

/** Royal and noble titles that name places and bodies after their holders: "Princess of Wales Theatre", "Duke of York Square". */
const ROYAL_PATRON_TITLES = new Set(['prince', 'princess', 'duke', 'duchess', 'king', 'queen', 'earl', 'countess']);

/**
 * "a daughter, Claire Park of Seattle", "Mary Hall of Boston", "Claire Ellison-Park of Seattle": a
 * given name and a surname that is a head word too ("Park", "Hall", "Church") name a person, and
 * "of" after them gives the person's town (it was one person "Claire Park of Seattle"). Not a given
 * name that is a frequent surname too: "Jackson Park of Chicago".
 */
function isPersonWithHeadSurname(view: TokenView, first: number, head: number): boolean {
  if (!isListedSurname(view.lower(head)) || !view.isCapitalized(first) || view.isAllCaps(first) || !isGivenName(view.lower(first)) || isFrequentSurname(view.lower(first))) return false;
  if (head === first + 1) return true;
  // "Ellison-Park": a double-barrelled surname after the given name.
  return head === first + 3 && view.kind(first + 2) === TokenKind.Hyphen && view.adjacent(first + 1) && view.adjacent(first + 2) && isListedSurname(view.lower(first + 1));
}

/**
 * "agreed a deal with Manchester City for Kevin De Bruyne", "Leicester City for £30 million": "for"
 * after a town's word and a club's closer that is a place's head word ("City", "Town") names what a
 * deal with the club is for, no part of its name (it was "Manchester City for Kevin De Bruyne", other).
 */
function isClubForWhatItSells(view: TokenView, k: number): boolean {
  return view.lower(k) === 'for' && k >= 2 && isClubCloser(view.lower(k - 1)) && view.isCapitalized(k - 2) && !view.isAllCaps(k - 2) && view.spaceBefore(k - 1);
}

/**
 * "Verstappen won the Monaco Grand Prix for Red Bull", "won the Ryder Cup for Europe", "the Berlin
 * Marathon for Kenya": "for" after a race's or a match's head word names whom it was won for, no
 * part of its name (the names were "Monaco Grand Prix for Red Bull" and the like, other). "Nobel
 * Prize for Literature" and "Summit for Democracy" are no sport's.
 */
export function isRaceForItsWinner(view: TokenView, k: number): boolean {
  // A contest's name has a word before its head ("Open for Business" is a slogan's, one name).
  return view.lower(k) === 'for' && CONTEST_HEADS.has(view.key(k - 1)) && k >= 2 && view.isCapitalized(k - 2);
}

// "She left the LPGA Tour for LIV Golf": a tour too (it was "LPGA Tour for LIV Golf", other, once "Tour" closed event names).
const CONTEST_HEADS = new Set(['prix', 'cup', 'open', 'marathon', 'masters', 'trophy', 'classic', 'championship', 'championships', 'derby', 'bowl', 'tournament', 'invitational', 'finals', 'tour']);

/**
 * "House Subcommittee on Technology Security": "on" after the head of a body; "United Nations
 * Convention on the Law of the Sea", "Declaration on the Rights of Indigenous Peoples" with "the".
 */
function onFieldStep(view: TokenView, k: number, sentenceEnd: number): RunStep | null {
  if (view.lower(k) === 'on' && view.isLowerWord(k) && ON_HEADS.has(view.lower(k - 1))) {
    const field = view.lower(k + 1) === 'the' && view.isLowerWord(k + 1) ? k + 2 : k + 1;
    if (field < sentenceEnd && isNameToken(view, field)) {
      const listEnd = fieldListEnd(view, field + 1, sentenceEnd);
      return step(listEnd, 1 + (listEnd > field + 1 ? 1 : 0));
    }
  }
  return null;
}

/**
 * "the Grandmothers of the Plaza de Mayo", "the Daughters of the American Revolution", "Veterans of
 * Foreign Wars", "Knights of Columbus": a capitalised plural of kin or members opening the run,
 * then "of" (a body's name, which was cut to "Grandmothers" or not found).
 */
export function opensWithMembersOf(view: TokenView, first: number): boolean {
  const k = first + 1;
  if (k >= view.count || view.lower(k) !== 'of' || !view.isLowerWord(k) || !view.isCapitalized(first) || view.isAllCaps(first)) return false;
  return MEMBERS_PLURALS.has(view.lower(first));
}

/** Plurals of kin and members that name a body before "of": "Mothers of the Plaza de Mayo", "Sons of Liberty". */
const MEMBERS_PLURALS = new Set(['mothers', 'grandmothers', 'fathers', 'daughters', 'sons', 'sisters', 'knights', 'veterans', 'friends', 'defenders', 'guardians', 'servants']);

/**
 * "House Committee on Science, Space, and Technology", "Senate Committee on Health, Education, Labor
 * and Pensions": a committee's fields listed with commas and closed by "and" are its name's (it was
 * cut at the first comma, and "Space" and "Technology" made bodies). Where the list ends, or k when
 * no "and" and a capitalised word close one there.
 */
function fieldListEnd(view: TokenView, k: number, sentenceEnd: number): number {
  let i = k;
  while (view.isChar(i, ',') && i + 1 < sentenceEnd && isListedFieldWord(view, i + 1) && !view.isChar(i + 2, '-')) i += 2;
  if (i === k) return k;
  const and = view.isChar(i, ',') ? i + 1 : i;
  return and + 1 < sentenceEnd && view.isText(and, 'and') && isListedFieldWord(view, and + 1) ? and + 2 : k;
}

/**
 * A capitalised word of a committee's field: a dictionary word ("Space", "Labor", though a party's
 * name too) or one no list knows as a name; not "NASA" or "Google" of "the Committee on Finance,
 * NASA and the FAA", nor a place.
 */
function isListedFieldWord(view: TokenView, i: number): boolean {
  if (view.kind(i) !== TokenKind.Word || !view.isCapitalized(i) || view.isAllCaps(i)) return false;
  const key = view.key(i);
  return !isKnownPlace(key) && (isCommonWord(key) || !gazetteer().byKey.has(key));
}

/**
 * "Students for Fair Admissions", "Physicians for Human Rights", "Americans for Prosperity": a
 * group's plural opening the run, "for" or "against" and a cause in dictionary words name one
 * advocacy group (they named nothing). Where the cause ends, else 0. Not "Doctors for Ukraine" or
 * "Americans for Trump" (a name the cause is), nor "lawyers for Amazon" (no advocates' noun).
 */
function advocatesCauseEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  // "Fairfax Families for Fair Boundaries", "Texas Mothers Against Drunk Driving": a place may open the group's name
  // (it was "Fairfax Families", a person, and the dateline's "FAIRFAX" its short form).
  if ((k - 1 !== first && !(k - 2 === first && opensWithPlaceWord(view, first))) || !opensWithAdvocates(view, k - 1)) return 0;
  // "Students for a Democratic Society": the cause's "a".
  const cause = view.isText(k + 1, 'a') || view.isText(k + 1, 'an') ? k + 2 : k + 1;
  let e = cause;
  while (e < sentenceEnd && e - cause < 3 && view.spaceBefore(e) && isDictionaryNameWord(view, e) && !view.hasClass(e, WordClass.MonthOrDay) && !isGivenName(view.lower(e))) e++;
  if (e === cause || (e < sentenceEnd && view.spaceBefore(e) && isNameToken(view, e))) return 0;
  return e;
}

/**
 * "the Umbrella for Democratic Change won 15 seats", "the Rally for Culture and Democracy", "the
 * Platform for Democratic Change": a party's word that is no body's head ("Umbrella", "Rally",
 * "Platform"), "for" (token k) and a cause of capitalised dictionary words, one "and"
 * among them, are one party (they named nothing: "Umbrella" is a common noun). Not when a name goes on
 * after the cause ("a Rally for Peace Corps volunteers" stays apart). Where the cause ends, else 0.
 */
function partyForCauseEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k - 1 !== first || view.lower(k) !== 'for' || !PARTY_FOR_OPENERS.has(view.key(first)) || !view.isCapitalized(first) || view.isAllCaps(first)) return 0;
  // "held a Rally for Peace on Sunday": after "a" the word is the common noun's, an event.
  if (first > 0 && (view.isText(first - 1, 'a') || view.isText(first - 1, 'an'))) return 0;
  let e = view.isText(k + 1, 'a') ? k + 2 : k + 1;
  const cause = e;
  while (e < sentenceEnd && e - cause < 4 && view.spaceBefore(e) && (isDictionaryNameWord(view, e) || (e > cause && view.isText(e, 'and') && isDictionaryNameWord(view, e + 1))) && !view.hasClass(e, WordClass.MonthOrDay)) e++;
  if (e === cause || view.isText(e - 1, 'and') || (e < sentenceEnd && view.spaceBefore(e) && isNameToken(view, e))) return 0;
  return e;
}

/** A known place, or a capitalised word no dictionary holds ("Fairfax", a given name too), at token i. */
function opensWithPlaceWord(view: TokenView, i: number): boolean {
  const key = view.key(i);
  return view.isCapitalized(i) && !view.isAllCaps(i) && (isKnownPlace(key) || !isCommonWord(key));
}

/**
 * "the Cessation of Hostilities Agreement", "a Status of Forces Agreement", "the Freedom of Information
 * Act": a dictionary word opening the run, "of", up to three capitalised words of a field and a text's
 * head word ("Agreement", "Act", "Convention") are one text's name (each was cut at "of", "Cessation"
 * dropped and "Hostilities Agreement" left). Where the head ends, else 0.
 */
function textOfFieldEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k !== first + 1 || view.lower(k) !== 'of' || !view.isLowerWord(k) || !isDictionaryNameWord(view, first) || view.hasClass(first, WordClass.Head)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 3 && view.spaceBefore(e) && isFieldNameWord(view, e) && HEAD_WORDS.get(view.lower(e)) !== 'programme') e++;
  if (e === k + 1 || e >= sentenceEnd || !view.spaceBefore(e) || !view.isCapitalized(e) || HEAD_WORDS.get(view.lower(e)) !== 'programme') return 0;
  return e + 1;
}

/**
 * "the United Nations Mission in South Sudan", "the UN Assistance Mission in Afghanistan", "the
 * United Nations Interim Force in Lebanon": a mission or a force of a body the lists know, "in"
 * (token k) and a country, "the" before it or not, are one body's name (each was cut at "in").
 * Where the country ends, else 0.
 */
function missionInCountryEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isText(k, 'in') || !MISSION_HEADS.has(view.lower(k - 1)) || !view.isCapitalized(k - 1) || !opensWithKnownBody(view, first, k - 1)) return 0;
  const country = view.isText(k + 1, 'the') ? k + 2 : k + 1;
  for (let e = Math.min(sentenceEnd, country + 5); e > country; e--) if (view.isCapitalized(e - 1) && isCountry(view.keyOf(country, e))) return e;
  return 0;
}

/** Whether a body the lists know opens the run, in up to two words before token `limit`: "UN", "United Nations", "African Union". */
function opensWithKnownBody(view: TokenView, first: number, limit: number): boolean {
  for (let e = first + 1; e <= Math.min(limit, first + 2); e++) if (gazetteer().byKey.get(view.keyOf(first, e))?.type === 'organization') return true;
  return false;
}

/**
 * "the charity Freedom from Torture", "Relief from Hunger": one capitalised dictionary word, a
 * lower-case "from" and up to three more such words are one name, a cause's (it was "Freedom"); not
 * a plural, a title, a role, a body's head or a people before it ("Lawmakers from Popular Force",
 * "Senator from Ohio"; "Troops from Britain": a place is no dictionary word), nor a body's head or a
 * title after it ("Help from Parliament"), nor when a name goes on after them. Where it ends, else 0.
 */
function freedomFromEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (k - 1 !== first || view.lower(k) !== 'from' || !view.isLowerWord(k) || !isDictionaryNameWord(view, first)) return 0;
  const opener = view.key(first);
  if (opener.endsWith('s') || TITLE_WORDS.has(opener) || HEAD_WORDS.has(opener) || ROLE_NOUNS.has(opener) || namesAPeople(opener) || isGivenName(opener)) return 0;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 3 && view.spaceBefore(e) && isDictionaryNameWord(view, e) && !view.hasClass(e, WordClass.MonthOrDay) && !view.hasClass(e, WordClass.Head) && !view.hasClass(e, WordClass.Title)) e++;
  if (e === k + 1 || (e < sentenceEnd && view.spaceBefore(e) && isNameToken(view, e))) return 0;
  return e;
}

/** A group's plural and "for" or "against" after it at token first: "Students for …", "Mothers against …". */
export function opensWithAdvocates(view: TokenView, first: number): boolean {
  const k = first + 1;
  if (k >= view.count || !view.isLowerWord(k) || (view.lower(k) !== 'for' && view.lower(k) !== 'against') || !view.isCapitalized(first)) return false;
  const group = view.key(first);
  return ADVOCATES.has(group) || namesAPeople(group);
}

/** Plurals of people who band together for a cause ("Students for Fair Admissions", "Mothers Against Drunk Driving"). */
const ADVOCATES = new Set(
  `students physicians doctors scientists citizens parents mothers fathers moms dads families veterans women nurses teachers journalists
  economists farmers voters taxpayers christians muslims jews friends neighbors neighbours residents patients survivors
  engineers architects artists writers musicians athletes workers people`.split(/\s+/),
);

/**
 * A Dutch particle of places at token k after a capitalised word: "op", "aan", "bij" ("Bergen op
 * Zoom" was two places), or "ten" and "ter" after a word no English dictionary holds ("Huis ten
 * Bosch" was "Huis" and "Bosch"; "Top ten Republicans" is a count).
 */
function isDutchPlaceParticle(view: TokenView, k: number): boolean {
  const word = view.lower(k);
  if (!view.isCapitalized(k - 1) || view.isAllCaps(k - 1)) return false;
  if (DUTCH_PLACE_PARTICLES.has(word)) return true;
  return MID_NAME_PARTICLES.has(word) && !view.hasClass(k - 1, WordClass.Common);
}

/**
 * "Committee to Protect Journalists", "Campaign to Stop Killer Robots": a body's head word, "to"
 * and a capitalised verb before another capitalised word name what the body is for. In prose a
 * verb after "to" is in lower case ("the committee to review the case").
 */
function isPurposeClauseAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'to' || !view.isLowerWord(k) || k + 2 >= sentenceEnd || !isBodyWord(view.lower(k - 1))) return false;
  const verb = k + 1;
  return view.isCapitalized(verb) && !view.isAllCaps(verb) && view.hasClass(verb, WordClass.Common) && view.spaceBefore(k + 2) && isNameToken(view, k + 2);
}

/**
 * "the Fund for Responding to Loss and Damage", "the Centre for Adapting to Climate Change": a body's
 * head word, "for", a capitalised gerund and "to" go on to the capitalised dictionary words after it,
 * two joined by "and" too (the name stopped at the gerund, "Damage" a body apart). In prose the
 * gerund is in lower case ("a fund for responding to"). Where the name ends, else 0.
 */
function bodysGerundToEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'to' || !view.isLowerWord(k) || k < 3 || !view.isText(k - 2, 'for') || !isBodyWord(view.lower(k - 3))) return 0;
  const gerund = k - 1;
  if (!view.isCapitalized(gerund) || view.isAllCaps(gerund) || !view.lower(gerund).endsWith('ing') || !isCapitalisedDictionaryWord(view, k + 1, sentenceEnd)) return 0;
  return view.isText(k + 2, 'and') && isCapitalisedDictionaryWord(view, k + 3, sentenceEnd) ? k + 4 : k + 2;
}

function isCapitalisedDictionaryWord(view: TokenView, i: number, sentenceEnd: number): boolean {
  return i < sentenceEnd && view.isCapitalized(i) && !view.isAllCaps(i) && view.spaceBefore(i) && view.hasClass(i, WordClass.Common);
}

/**
 * "Tennessee Right to Life", "National Right to Work Committee", "the Right to Information Act": a
 * capitalised "Right", "to" and a capitalised dictionary word name a cause, a body or a law (it was
 * a person "Tennessee Right" and a body "Work Committee"). In prose the word after "to" is in lower
 * case ("the Right to vote").
 */
function isRightToAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'to' || !view.isLowerWord(k) || k + 1 >= sentenceEnd || view.lower(k - 1) !== 'right' || !view.isCapitalized(k - 1)) return false;
  const cause = k + 1;
  return view.isCapitalized(cause) && !view.isAllCaps(cause) && view.spaceBefore(cause) && view.hasClass(cause, WordClass.Common);
}

/** "Lumber Marine SA of the United Arab Emirates", "Acme Ltd. of London": an abbreviated legal suffix closes a company's name. */
function closesCompanyName(view: TokenView, i: number): boolean {
  const lower = view.lower(i);
  return LEGAL_SUFFIXES.has(lower) && lower !== 'corporation' && lower !== 'incorporated' && lower !== 'limited';
}

/**
 * "the Nobel Prize in Physics", "the Nobel Memorial Prize in Economic Sciences": "in" and a field, a
 * dictionary word, after a prize's head go on with its name ("Physics" and "Literature" were places
 * of their own); not a place or a month ("won the Nobel Prize in Stockholm", "in December").
 */
function isPrizesFieldAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'in' || !view.isLowerWord(k) || !PRIZE_HEADS.has(view.lower(k - 1)) || k + 1 >= sentenceEnd) return false;
  return isDictionaryNameWord(view, k + 1) && !view.hasClass(k + 1, WordClass.MonthOrDay) && !isKnownPlace(view.key(k + 1));
}

const PRIZE_HEADS = new Set(['prize', 'prizes', 'award', 'awards', 'medal']);

/** "the Nobel Prize in Physiology or Medicine": "or" and a second field after a prize's field (it was two names). */
function isPrizesSecondFieldAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'or' || !view.isLowerWord(k) || k < 3 || view.lower(k - 2) !== 'in' || !PRIZE_HEADS.has(view.lower(k - 3))) return false;
  return k + 1 < sentenceEnd && isDictionaryNameWord(view, k + 1) && !isKnownPlace(view.key(k + 1));
}

/**
 * "the Labour Party of Peter Obi", "the Samajwadi Party of Akhilesh Yadav": after a party's or a
 * government's "of", two or three capitalised words that no list holds as a place or a word, with
 * nothing joined after them, are its leader, no part of its name ("Democratic Party of Japan",
 * "Party of Regions", "Communist Party of the Russian Federation" and "Church of Jesus Christ of
 * Latter-day Saints" are whole).
 */
function isLeaderAfterPartysOf(view: TokenView, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || !LED_BODIES.has(view.lower(k - 1))) return false;
  let e = k + 1;
  while (e < sentenceEnd && e - k <= 4 && isNameToken(view, e) && view.spaceBefore(e) && !view.isAllCaps(e) && (!view.hasClass(e, WordClass.Common) || isGivenName(view.lower(e))) && !HEAD_WORDS.has(view.key(e))) e++;
  const words = e - k - 1;
  if (words < 2 || words > 3 || (e < sentenceEnd && (view.hasClass(e, WordClass.NameConnector) || view.kind(e) === TokenKind.Hyphen || view.kind(e) === TokenKind.Possessive))) return false;
  const key = view.keyOf(k + 1, e);
  return !isKnownPlace(key) && !gazetteer().byKey.has(key) && !isKnownPlace(view.key(k + 1));
}

// "the Medellin Cartel of Pablo Escobar", "the Sinaloa Cartel of Joaquin Guzman": a cartel's or a gang's boss too.
const LED_BODIES = new Set(['party', 'government', 'administration', 'cabinet', 'cartel', 'gang', 'faction']);

/**
 * "the Organization for Security and Co-operation in Europe": "in" after the words a known name
 * opens with ("… Co-operation", reached by its "and") goes on with it (it was cut at "in"). Asked
 * only of "in", and answered by one look-up of the words so far.
 */
function isInsideKnownName(view: TokenView, first: number, k: number, word: string): boolean {
  return word === 'in' && opensLongerGazetteerKey(`${view.keyOf(first, k)} in`);
}

/**
 * "the Minsk Group of the Organization for Security and Co-operation in Europe": "in" (token k) goes
 * on with a name the lists know that opens after the run's "of" or "of the", as isInsideKnownName's
 * does from the run's start (it was cut at "in", "Europe" a place of its own). Where the known name
 * ends, else 0.
 */
function innerKnownNameEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isText(k, 'in') || !view.spaceBefore(k)) return 0;
  for (let s = first + 2; s < k; s++) {
    if (!view.isText(s - 1, 'of') && !view.isText(s - 1, 'the')) continue;
    if (!view.isCapitalized(s) || !opensLongerGazetteerKey(`${view.keyOf(s, k)} in`)) continue;
    for (let e = k + 2; e <= Math.min(sentenceEnd, k + 4); e++) if (gazetteer().byKey.has(view.keyOf(s, e))) return e;
  }
  return 0;
}

/**
 * "the Group of 77 and China", "the Group of 24": after "the", a capitalised "Group", "of" (token k)
 * and a count of members name a bloc of states, as "Group of 20" does ("Group" was a body alone).
 * Not a group counted at a sentence's start ("Group of 20 students rescued": no "the"). Where it ends, else 0.
 */
function numberedGroupEnd(view: TokenView, first: number, k: number): number {
  if (k !== first + 1 || first === 0 || view.lower(first) !== 'group' || !view.isCapitalized(first) || view.lower(k) !== 'of' || !view.isLowerWord(k)) return 0;
  if (view.lower(first - 1) !== 'the' || !view.spaceBefore(k + 1) || view.length(k + 1) > 3) return 0;
  return k + 2;
}

/**
 * Where a name the lists know ends when the connector at token k goes on it, else 0: "Rio Grande do
 * Sul", "Friends of the Earth", "Save the Children", "Alternative for Germany" (a connector the rules
 * above do not take: "do" or "for" after no head word, "the"), "Bosnia and Herzegovina", "Law and
 * Justice", "Saint Kitts and Nevis", "Group of 20", and a country's region ("Jammu and Kashmir",
 * "Newfoundland and Labrador", "Kensington and Chelsea"). "and" joins only a name the lists know
 * whole, since it joins two names as often as one ("Britain and France").
 */
function knownNameEnd(view: TokenView, first: number, k: number, sentenceEnd: number): number {
  if (!view.isLowerWord(k) || !view.spaceBefore(k)) return 0;
  const word = view.lower(k);
  // "Dar es Salaam", "Aix en Provence": a short word of no English inside a place the lists know.
  // The token's word classes (see TokenView.hasClass), looked up once for all the rules that ask.
  const connector = view.hasClass(k, WordClass.NameConnector);
  const foreignWord = word.length <= 3 && !connector && !view.hasClass(k, WordClass.Common);
  if (!(connector || word === 'and' || word === 'the' || foreignWord || isInsideKnownName(view, first, k, word))) return 0;
  // "Friends of the Earth", "Save the Children": "the" may stand before the name's next word.
  const next = word !== 'the' && view.lower(k + 1) === 'the' && view.isLowerWord(k + 1) && view.spaceBefore(k + 1) ? k + 2 : k + 1;
  // "Group of 20": a number may be the known name's last word.
  if (next >= sentenceEnd || !view.spaceBefore(next) || !(isNameToken(view, next) || view.kind(next) === TokenKind.Number)) return 0;
  // "Board of Control for Cricket in India": the known name may hold another connector further on.
  for (let e = next + 1; e <= Math.min(sentenceEnd, next + 4); e++) {
    if (e > next + 1 && !(view.spaceBefore(e - 1) && (isNameToken(view, e - 1) || isInnerConnector(view, e - 1)))) break;
    const key = view.keyOf(first, e);
    if (foreignWord ? isKnownPlace(key) : (word !== 'and' && isKnownPlace(key)) || gazetteer().byKey.has(key) || (word === 'and' && isRegion(key))) return e;
  }
  return 0;
}

/**
 * "The Civil Rights Act of 1964 banned discrimination", "the Investment Company Act of 1940": the year
 * after a law's "of" at token k is its name's (the name stopped at "Act"); "the Civil Rights Act of
 * 1,200 pages" holds no year.
 */
function lawsYearEnd(view: TokenView, k: number, sentenceEnd: number): number {
  if (view.lower(k) !== 'of' || k + 1 >= sentenceEnd || !LAW_HEADS.has(view.lower(k - 1)) || !view.isCapitalized(k - 1)) return 0;
  return /^(?:1[6-9]|20)\d\d$/.test(view.slice(k + 1, k + 2)) ? k + 2 : 0;
}

/** A connector in lower case inside a longer name: "in" of "Board of Control for Cricket in India". */
function isInnerConnector(view: TokenView, i: number): boolean {
  return view.isLowerWord(i) && (view.hasClass(i, WordClass.NameConnector) || view.lower(i) === 'in');
}

/** "Institute for National Unification", "Bank of the Ryukyus", "Marloes van der Veen", "bin Rashid al-Kaabi": the name after the connector at k. */
function extendAfterConnector(view: TokenView, k: number, sentenceEnd: number): RunStep {
  let next = k + 1;
  // "Bank of the Ryukyus", "Support Office for the Liptako-Gourma". A capitalised "The" opens a
  // work's title instead: "won Academy Awards for The French Connection".
  if ((view.lower(k) === 'of' || view.lower(k) === 'for') && next < sentenceEnd && view.lower(next) === 'the') {
    if (!view.isLowerWord(next)) return STOP;
    next++;
  }
  // "Center for a New American Security", "Alliance for a Green Revolution": a cause's "a" after the
  // "for" of a body that works for one (it was cut to "New American Security", other); not "studied
  // at Boston University for a Master of Education".
  if (view.lower(k) === 'for' && next === k + 1 && next < sentenceEnd && (view.isText(next, 'a') || view.isText(next, 'an')) && CAUSE_HEADS.has(view.key(k - 1))) next++;
  while (next < sentenceEnd && next - k < 3 && view.isLowerWord(next) && view.hasClass(next, WordClass.NameParticle)) next++;
  if (next < sentenceEnd && view.kind(next) === TokenKind.Hyphen && view.adjacent(next - 1) && view.adjacent(next)) next++;
  if (next === k + 1 && isModelCodeClosing(view, next, sentenceEnd)) return STOP;
  if (next < sentenceEnd && isNameToken(view, next) && (view.spaceBefore(next) || view.kind(next - 1) === TokenKind.Hyphen) && !view.lineBreakBefore(next)) return step(next + 1, 1);
  return STOP;
}

/** Heads of bodies that work for a cause, named after "for a": "Center for a New American Security". */
const CAUSE_HEADS = new Set(['center', 'centre', 'alliance', 'coalition', 'campaign', 'partnership', 'movement', 'network', 'fund', 'foundation', 'institute', 'council', 'committee', 'party', 'league', 'project', 'initiative']);

/**
 * "a deal with Hanwha Aerospace for K9 howitzers", "Airbus of A320 jets": a model's code (letters and
 * digits in one word) right after the connector, before lower-case words, is what the deal is for,
 * no part of the body's name (the body was "Hanwha Aerospace for K9").
 */
function isModelCodeClosing(view: TokenView, i: number, sentenceEnd: number): boolean {
  if (i >= sentenceEnd || !view.hasDigit(i) || view.kind(i) !== TokenKind.Word) return false;
  return i + 1 < sentenceEnd && view.isLowerWord(i + 1);
}

/**
 * "International Centre for Settlement of Investment Disputes": a second connector, "of", at token k
 * goes on a body's name that already holds one after its head word, when a dictionary word follows
 * ("Ministry of Finance of Japan" is the ministry and Japan). A court's goes on through "for" too:
 * "U.S. Court of Appeals for the Federal Circuit" (not into a place no dictionary holds: "Court of
 * Appeal for Ontario" stays the court and Ontario), and so does an office's title ("Office of the High
 * Commissioner for Human Rights"); so does a body's or a treaty's after its "on" phrase ("Committee
 * on the Elimination of Racial Discrimination").
 */
function continuesBodyName(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  // "of" only, but after a court: "Award for Best Actress for Seven Days" goes on to a film's title.
  if (!view.isOfOrFor(k) || k + 1 >= sentenceEnd) return false;
  let head = -1;
  for (let i = first + 1; i < k && head < 0; i++) {
    if (view.isOfOrFor(i) && (HEAD_WORDS.has(view.key(i - 1)) || ORGANIZATION_ANCHORS.has(view.key(i - 1)))) head = i - 1;
    // "Committee on the Elimination of Racial Discrimination", "Convention on the Rights of the Child".
    else if (view.lower(i) === 'on' && view.isLowerWord(i) && ON_HEADS.has(view.lower(i - 1))) head = i - 1;
  }
  // "Senate Committee on Foreign Relations of the United States" ends before the country.
  if (head >= 0 && view.lower(head + 1) === 'on' && opensKnownName(view, view.lower(k + 1) === 'the' ? k + 2 : k + 1, sentenceEnd)) return false;
  // "Office of the High Commissioner for Human Rights": an office's title goes on through "for" too
  // ("He left the Office of the Prime Minister for Downing Street" names two).
  const titleFor = view.lower(k) === 'for' && view.hasClass(k - 1, WordClass.Title);
  const secondFor = head >= 0 && isBodysSecondFor(view, head, k);
  const headed = head >= 0 && (view.lower(k) === 'of' || view.key(head) === 'court' || titleFor || secondFor);
  // A dictionary word next, as a body's subject is: "He left the Bank of England for Barclays" names two.
  const next = view.lower(k + 1) === 'the' ? k + 2 : k + 1;
  const ofPlace = isStateOfRegion(view, k, next) || isPurposesPlace(view, head, k, next, sentenceEnd) || isPeoplesPlace(view, k, next, sentenceEnd) || isMembersPlace(view, head, k, next, sentenceEnd);
  return headed && (isDictionaryNameWord(view, next) || ofPlace) && !((titleFor || secondFor) && opensKnownName(view, next, sentenceEnd));
}

/**
 * "Committee for Medicinal Products for Human Use", "Centre for Research for Development": a body's
 * head, its "for" and dictionary words go on through a second "for" (the name stopped at "Products").
 * A known name after it is another ("a report by the Institute for Fiscal Studies for Sky News"), as
 * is a cause's award's ("Award for Best Actress for Seven Days": no body's head).
 */
function isBodysSecondFor(view: TokenView, head: number, k: number): boolean {
  if (view.lower(k) !== 'for' || view.lower(head + 1) !== 'for' || !isBodyWord(view.key(head))) return false;
  for (let i = head + 2; i < k; i++) if (!isDictionaryNameWord(view, i)) return false;
  return true;
}

/**
 * "Front for the Liberation of the People of Sudan", "Strategic Framework for the Defence of the
 * People of Azawad", "Union of the Workers of Zambia": "the People" inside a body's name is the people
 * of the place named next, and the place goes on with the name (the names stopped at "People", the
 * place standing alone; "Azawad" was a person). "Ministry of Finance of Japan" names no people.
 */
function isPeoplesPlace(view: TokenView, k: number, next: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || next !== k + 1 || next >= sentenceEnd || view.lower(k - 2) !== 'the' || !view.isLowerWord(k - 2)) return false;
  return PEOPLES_IN_NAMES.has(view.lower(k - 1)) && view.isCapitalized(k - 1) && isNameToken(view, next) && !view.isAllCaps(next);
}

/**
 * "Royal College of Surgeons of England", "Royal College of Physicians of Edinburgh", "Board of
 * Deputies of British Jews": a body of a trade's members ("College of Surgeons", its head right
 * before the first "of", at `head`) goes on through a second "of" (at `k`) to the place or the people
 * it is of: a place the lists know, or a place's adjective and a plural (the names stopped at
 * "Surgeons", England a place of its own and "Jews" a person). A board's officers are no trade
 * ("Board of Directors of Apple" names two).
 */
function isMembersPlace(view: TokenView, head: number, k: number, next: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || next !== k + 1 || head !== k - 3 || !view.isCapitalized(k - 1) || !isNameToken(view, next) || view.isAllCaps(next)) return false;
  const members = view.lower(k - 1);
  const trade = singularOf(members);
  if (trade === members || members.endsWith('ss') || BOARD_OFFICERS.has(trade) || !(ROLE_NOUNS.has(trade) || isOccupationByEnding(trade))) return false;
  if (isKnownPlace(view.key(next)) && !isNameToken(view, next + 1)) return true;
  const adjective = view.key(next);
  return next + 1 < sentenceEnd && (isPlaceAdjective(adjective) || gazetteer().demonyms.has(adjective)) && isNameToken(view, next + 1) && view.lower(next + 1).endsWith('s');
}

/** The officers of a board, no trade whose members a body gathers: "Board of Directors", "Board of Governors". */
const BOARD_OFFICERS = new Set(['director', 'governor', 'trustee', 'regent', 'supervisor', 'overseer', 'commissioner', 'manager']);

const PEOPLES_IN_NAMES = new Set(['people', 'peoples', 'workers', 'citizens', 'women', 'children', 'youth', 'nations']);

/** An action's or a state's noun: "Liberation", "Development", "Independence", "Freedom", "Unity" ("Studies of London" is no purpose). */
const ACTION_NOUN_END = /(?:tion|sion|ment|ence|ance|dom|ity)$/;

/**
 * "Democratic Forces for the Liberation of Rwanda", "Popular Front for the Liberation of Palestine",
 * "Movement for the Emancipation of the Niger Delta": a body's purpose after "for" goes on through
 * "of" to the place it is for, after an action's noun (the names stopped at "Liberation", and the place stood alone).
 */
function isPurposesPlace(view: TokenView, head: number, k: number, next: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || view.lower(head + 1) !== 'for' || k - head < 3 || !isDictionaryNameWord(view, k - 1) || !ACTION_NOUN_END.test(view.lower(k - 1))) return false;
  for (let e = next + 1; e <= Math.min(sentenceEnd, next + 3); e++) if (isKnownPlace(view.keyOf(next, e))) return true;
  return false;
}

/**
 * "the Supreme Court of the State of Hawaii", "the Superior Court of the Commonwealth of
 * Massachusetts": a court's state named by its style, "State of" or "Commonwealth of" and a region
 * ("… of the State" was the court's whole name; "of New York" went on, its first word being a dictionary word).
 */
function isStateOfRegion(view: TokenView, k: number, next: number): boolean {
  return view.lower(k) === 'of' && next === k + 1 && STATE_STYLES.has(view.lower(k - 1)) && view.isCapitalized(k - 1) && isRegion(view.key(next));
}

const STATE_STYLES = new Set(['state', 'commonwealth']);

/**
 * "Hilary of Poitiers", "St. Theodorus of Tabennese", "Bonosus of Sardica": "of" at token k after a
 * saint's, a ruler's or a cleric's one name, and the place that name is known by. The name is a
 * given name or has a title before it, or else is no word, surname or known name; the place is no
 * country or body the word lists know ("Xi of China", "Gazprom of Russia" and "Smith of Reuters"
 * stay two names), nor a body's letters in capitals: "Chigumba of ZEC", "Madhuku of NCA" are a
 * person and the body they lead (they were one name).
 */
function isPlaceEpithetAt(view: TokenView, first: number, k: number, sentenceEnd: number): boolean {
  if (view.lower(k) !== 'of' || k + 1 >= sentenceEnd) return false;
  const name = k - 1;
  if (name < first || view.kind(name) !== TokenKind.Word || view.isAllCaps(name)) return false;
  const known = gazetteer().byKey;
  const place = k + 1;
  if (known.has(view.key(place)) || isNameToken(view, place + 1) || (view.isAllCaps(place) && view.length(place) >= 2)) return false;
  const word = view.lower(name);
  if (isCommonWord(word) && !isGivenName(word)) return false;
  const titleAt = view.wordBefore(name);
  if (titleAt >= first && SAINT_OR_RULER.has(view.lower(titleAt))) return true;
  return name === first && (isGivenName(word, true) || (!isSurname(word) && !known.has(view.key(name))));
}

/**
 * "Eldorado do Sul", "Mato Grosso do Sul", "Santa Cruz del Norte": "do", "da", "de" or "del" at token
 * k before a compass word of the place's language goes on with the place's name, whatever comes before it.
 */
function isCompassEpithetAt(view: TokenView, k: number, sentenceEnd: number): boolean {
  return COMPASS_CONNECTORS.has(view.lower(k)) && k + 1 < sentenceEnd && view.isCapitalized(k + 1) && FOREIGN_COMPASS.has(view.lower(k + 1));
}

const SAINT_OR_RULER = new Set(['st', 'saint', ...REGNAL_TITLES]);
