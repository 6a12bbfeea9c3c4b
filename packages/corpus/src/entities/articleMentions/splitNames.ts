import { TokenKind } from '../../text/tokenize.js';
import { WEIGHT, addEvidence, newEvidence, weightOf } from '../evidence.js';
import { gazetteer, isCity, isCountry, isKnownBodysBranch, isKnownPlace } from '../gazetteer.js';
import { COMPANY_GROUP_WORDS, HEAD_WORDS, isCommonWord, isGivenName, LEGAL_SUFFIXES, WordClass } from '../lexicon.js';
import { invertedNameKey, isInvertedName } from '../invertedNames.js';
import { changedPart, knownPrefixEnd, type NamePart } from '../refineRun/nameParts.js';
import { reportsAMatch } from '../sportsClubs.js';
import { TokenView } from '../tokenView.js';
import { RegionKind } from '../mentionDraft.js';
import { type DraftWithTokens, plainNumbers, opensWithGivenName, isGivenNameBeforeSurname } from './articleDrafts.js';
import { makeDraft } from './makeDraft.js';

/**
 * "(Carrano & Biewener [7])" cites two authors, so "In Carrano & Biewener's study" further on
 * names the same two people, not a firm: a pair the article also names apart is two names
 * wherever it stands. "Procter & Gamble", never named apart, stays whole. So is a name of two
 * capitalised words or more before "and" that the article names alone: "Capital One and Discover
 * Financial Services closed their merger … Capital One said" names two companies (they were one);
 * "Department of Health and Human Services" holds a connector, and stays whole.
 */
export function splitCitedPairs(found: DraftWithTokens[]): DraftWithTokens[] {
  if (!found.some((f) => f.draft.surface.includes(' & ') || f.draft.surface.includes(' and '))) return found;
  const alone = new Set(found.map((f) => f.draft.key));
  return found.flatMap((f) => {
    const { view, first, end } = f;
    const at = pairsJoint(view, first, end, alone);
    if (at < 0) return [f];
    // The article names the first apart, which vouches for its capitals at a sentence's start.
    const opens = f.part.sentenceInitial && view.isChar(at, '&');
    const partOf = (a: number, b: number): NamePart => changedPart(f.part, { first: a, end: b, title: null, titleFirst: null, sentenceInitial: opens && a === first });
    return [partOf(first, at), partOf(at + 1, end)].map((part) => makeDraft(view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd));
  });
}

/** Where the name [first, end) joins two names the article names apart (see splitCitedPairs), or -1. */
function pairsJoint(view: TokenView, first: number, end: number, alone: ReadonlySet<string>): number {
  let at = first + 1;
  while (at < end - 1 && !view.isChar(at, '&') && !(view.lower(at) === 'and' && view.isLowerWord(at))) at++;
  // "Piper Jaffray and Co. advised … Piper Jaffray said": the partners' "and Co." closes one firm's name.
  if (at >= end - 1 || isPartnersLegalForm(view, at + 1, end)) return -1;
  if (!alone.has(view.keyOf(first, at))) return joinsTwoBodies(view, first, at, end) ? at : -1;
  if (view.isChar(at, '&')) return alone.has(view.keyOf(at + 1, end)) ? at : -1;
  for (let k = first; k < at; k++) if (view.kind(k) === TokenKind.Word && !view.isCapitalized(k)) return -1;
  return at - first >= 2 && view.isCapitalized(at + 1) ? at : -1;
}

/**
 * "backed by ARCH Venture Partners and Population Health Investment Co.": a firm's name of two
 * capitalised words or more closed by a word only firms end with (a legal form, "Partners",
 * "Holdings"), then "and" and a body's name closed by its head word or a legal form, are two bodies
 * though the article never names them apart (they were one). Not a field's word before "and": "the
 * U.S. Securities and Exchange Commission", "Adani Ports and Special Economic Zone Ltd." stay whole.
 */
function joinsTwoBodies(view: TokenView, first: number, and: number, end: number): boolean {
  if (view.isChar(and, '&') || and - first < 2 || end - and < 3 || !view.isCapitalized(and + 1)) return false;
  for (let k = first; k < and; k++) if (view.kind(k) === TokenKind.Word && !view.isCapitalized(k)) return false;
  const firmsEnd = view.lower(view.wordBefore(and));
  const bodysEnd = view.lower(view.wordBefore(end));
  return (FIRM_CLOSING_WORDS.has(firmsEnd) || LEGAL_SUFFIXES.has(firmsEnd)) && (HEAD_WORDS.get(bodysEnd) === 'organization' || LEGAL_SUFFIXES.has(bodysEnd));
}

/** Tokens [first, end) are "Co.", "Company" or another legal form alone, as after a firm's "and". */
function isPartnersLegalForm(view: TokenView, first: number, end: number): boolean {
  const last = view.kind(end - 1) === TokenKind.Period ? end - 1 : end;
  return last - first === 1 && (LEGAL_SUFFIXES.has(view.lower(first)) || view.lower(first) === 'company');
}

const FIRM_CLOSING_WORDS = new Set([...COMPANY_GROUP_WORDS, 'partners', 'associates', 'ventures']);

/**
 * "Austen, Jane.", "Marx, Karl and Engels, Friedrich.": a surname and its given names written in a
 * list's order are one person's name, filed as "Jane Austen" (see invertedNames.ts). Apart, the
 * surname opened its line and was dropped, and "Jack" of "London, Jack" joined another Jack.
 */
export function joinInvertedNames(found: DraftWithTokens[]): DraftWithTokens[] {
  const out: DraftWithTokens[] = [];
  let lastEntryEnd = -1;
  for (let n = 0; n < found.length; n++) {
    const surname = found[n]!;
    const given = found[n + 1];
    const afterEntry = lastEntryEnd >= 0 && lastEntryEnd === surname.first - 1;
    if (!given || given.view !== surname.view || given.draft.region === RegionKind.Dateline || !isInvertedName(surname.view, surname, given, given.sentenceEnd, afterEntry)) {
      out.push(surname);
      continue;
    }
    out.push(invertedName(surname, given));
    lastEntryEnd = given.end;
    n++;
  }
  return out;
}

function invertedName(surname: DraftWithTokens, given: DraftWithTokens): DraftWithTokens {
  const { view } = surname;
  const part: NamePart = { first: surname.first, end: given.end, title: null, titleFirst: null, sentenceInitial: false, initialCommonWord: false, hyphenSuffix: null };
  const joined = makeDraft(view, part, surname.draft.region, surname.draft.sentence, surname.sentenceFirst, given.sentenceEnd);
  joined.draft.key = invertedNameKey(view, surname, given);
  joined.draft.shortFormKeys = [view.key(given.first), view.keyOf(surname.first, surname.end)];
  joined.draft.nameEvidence = plainNumbers(newEvidence());
  addEvidence(joined.draft.nameEvidence, 'person', WEIGHT.citedAuthor);
  return joined;
}

/**
 * "Vrije Universiteit Amsterdam, the Netherlands Lotte Wilms lotte.wilms@kb.nl": after a place that
 * is no given name ("Georgia Smith" is one person), a given name and a surname are a person's own
 * name, glued to the place by a line's lost break.
 */
function opensPersonName(view: TokenView, first: number, prefixEnd: number, end: number): boolean {
  if (gazetteer().byKey.get(view.keyOf(first, prefixEnd))?.type !== 'place' || isGivenName(view.lower(prefixEnd - 1), true)) return false;
  if (!isGivenName(view.lower(prefixEnd), true) || view.hasClass(prefixEnd, WordClass.Common)) return false;
  const words = view.keyOf(prefixEnd, end).split(' ');
  return words.length >= 2 && words.length <= 3 && !words.some((w) => HEAD_WORDS.has(w) || isCommonWord(w));
}

/**
 * "The stakes for Europe Trump has said": a flattened heading glued a known name to the next
 * name. A run that starts with a known place and ends in a name the article also uses alone is
 * two names; "U.S. Navy" and "Japan Maritime Self-Defense Force" end in a head word and stay whole.
 */
export function splitKnownPrefixes(found: DraftWithTokens[]): DraftWithTokens[] {
  const standalone = new Set(found.map((f) => f.draft.key));
  const known = gazetteer().byKey;
  const surnames = new LazySurnames(found);
  const out: DraftWithTokens[] = [];
  for (const f of found) {
    const { view, first, end } = f;
    if (end - first < 2 || known.has(f.draft.key) || view.hasClass(end - 1, WordClass.Head)) {
      out.push(f);
      continue;
    }
    const prefixEnd = knownPrefixEnd(view, first, end) || placeInitialsEnd(view, first, end, surnames);
    const restKey = prefixEnd > 0 ? view.keyOf(prefixEnd, end) : '';
    // "Jordan Bardella, the party's president, … Bardella said", "Victoria Beckham … Beckham": a
    // place that is a given name too, before a surname the article uses alone, is the person's
    // whole name (each was a place and a surname), as a given name that is a word is.
    const titled = weightOf(f.draft.evidence, 'person') >= WEIGHT.title;
    // "Sen. London Lamar … Lamar said": after a person's title, a town before a surname is the
    // person's given name, though no list gives it as one.
    const givenName = prefixEnd - first === 1 && (opensWithGivenName(view, first) || titled) && isGivenNameBeforeSurname(view.lower(first), restKey, titled);
    // "the Boeing 737 MAX" after "737 MAX production": a maker before its model's number is the model's name.
    const splits = standalone.has(restKey) ? !givenName && view.kind(prefixEnd) !== TokenKind.Number && !namesCompanysUnit(view, first, prefixEnd, restKey) && !namesPlacesOwnBody(found, view.keyOf(first, prefixEnd), restKey) : known.has(restKey) || opensPersonName(view, first, prefixEnd, end) || isSurnameAfterEndingInitialism(view, first, prefixEnd, end, surnames) || isSurnameAfterKnownBody(found, f, prefixEnd, restKey);
    if (prefixEnd > 0 && prefixEnd < end && !isTeamAfterThe(view, first, prefixEnd, end) && !isBodysBranch(view, first, prefixEnd, end) && splits && !isTownsClubBySentence(f, prefixEnd)) {
      // "Dublin–Holyhead": the dash between the two is neither's.
      const restFirst = view.kind(prefixEnd) === TokenKind.Hyphen || view.isChar(prefixEnd, '–') ? prefixEnd + 1 : prefixEnd;
      out.push(draftOfPart(f, first, prefixEnd), draftOfPart(f, restFirst, end));
    } else out.push(f);
  }
  return out;
}

/**
 * "a 2-1 win over Wellington Phoenix … Phoenix held a rigid formation": a known town before a word
 * the story also gives alone is the club's whole name where its sentence makes the whole a side of a
 * match (it was split into two places).
 */
function isTownsClubBySentence(f: DraftWithTokens, prefixEnd: number): boolean {
  if (weightOf(f.draft.evidence, 'organization') < WEIGHT.matchSide) return false;
  // A country's letters before a body ("U.S. CDC officials said") name the country's body: only a town, in a sentence of a match.
  const town = f.view.keyOf(f.first, prefixEnd);
  return isKnownPlace(town) && !isCountry(town) && reportsAMatch(f.view, f.sentenceFirst, f.sentenceEnd);
}

/**
 * "The minister told CNN Biden had erred … Joe Biden declined": a body the lists know, then the
 * surname of another name of the article, are two names (it was one, "CNN Biden" of type other).
 * Not a place before a surname ("Victoria Beckham" is her own full name).
 */
function isSurnameAfterKnownBody(found: readonly DraftWithTokens[], f: DraftWithTokens, prefixEnd: number, restKey: string): boolean {
  const { view, first } = f;
  // A surname is written in lower case after its capital: "Arsenal FC" beside "Chelsea FC" is one club.
  if (restKey.includes(' ') || view.isAllCaps(prefixEnd) || isCommonWord(restKey) || HEAD_WORDS.has(restKey) || gazetteer().byKey.get(view.keyOf(first, prefixEnd))?.type !== 'organization') return false;
  // "Rhun ap Iorwerth … Ap Iorwerth said": a short acronym the lists know only in capitals ("AP").
  if (prefixEnd - first === 1 && view.length(first) <= 3 && !view.isAllCaps(first)) return false;
  // The other name is a person's, a given name and the surname: not "Getafe CF" beside "Real Madrid CF".
  return found.some((o) => o.draft.key !== f.draft.key && o.draft.shortFormKeys.length > 1 && o.draft.shortFormKeys[1] === restKey && isGivenName(o.draft.shortFormKeys[0]!));
}

/** The draft of tokens [a, b) of a found name, a part of it with no title of its own. */
function draftOfPart(f: DraftWithTokens, a: number, b: number): DraftWithTokens {
  const part: NamePart = {
    first: a,
    end: b,
    title: null,
    titleFirst: null,
    sentenceInitial: f.draft.initial && a === f.first,
    initialCommonWord: false,
    hyphenSuffix: null,
  };
  return makeDraft(f.view, part, f.draft.region, f.draft.sentence, f.sentenceFirst, f.sentenceEnd);
}

/**
 * "Siemens Healthineers posted weaker sales. Healthineers shares fell", "Google DeepMind released a
 * model … DeepMind said": a company the lists know before one word no dictionary holds is its unit or
 * brand, named whole, though the article use the word alone (it gave the company and a person "DeepMind").
 */
function namesCompanysUnit(view: TokenView, first: number, prefixEnd: number, restKey: string): boolean {
  if (restKey.includes(' ') || isCommonWord(restKey)) return false;
  return gazetteer().byKey.get(view.keyOf(first, prefixEnd))?.type === 'organization';
}

/**
 * "The Africa Centres for Disease Control and Prevention, known as Africa CDC" beside "The U.S.
 * Centers for Disease Control and Prevention (CDC)": "Africa CDC" was cut into the place and the
 * American agency's "CDC". A place before an acronym the article spells out as another place's
 * body is that place's own body, one name. "U.S. CDC" there still splits: the acronym is the U.S. one.
 */
function namesPlacesOwnBody(found: readonly DraftWithTokens[], placeKey: string, restKey: string): boolean {
  if (restKey.includes(' ')) return false;
  const expansion = found.find((f) => f.draft.acronym && f.draft.key === restKey && f.draft.link)?.draft.link;
  if (!expansion || expansion.startsWith(placeKey + ' ')) return false;
  const space = expansion.indexOf(' ');
  return space > 0 && gazetteer().byKey.get(expansion.slice(0, space))?.type === 'place';
}

/**
 * "… according to the U.N. Dagalo denied it" after "Mohamed Hamdan Dagalo", "means a lot to L.A.
 * Bronny James" after "LeBron James": a known initialism's last period ended its sentence (the
 * sentence splitter cannot tell), and the words after it, ending in the surname of a longer name
 * the article gives, are a person's. "U.S. Bancorp" ends in no such surname; "U.S. Steel" is
 * dictionary words.
 */
function isSurnameAfterEndingInitialism(view: TokenView, first: number, prefixEnd: number, end: number, surnames: LazySurnames): boolean {
  if (prefixEnd !== first + 1 || view.kind(first) !== TokenKind.Initialism || first === 0 || !view.isLowerWord(first - 1)) return false;
  const words = view.keyOf(prefixEnd, end).split(' ');
  if (words.length > 3 || words.some((w) => HEAD_WORDS.has(w) || isCommonWord(w))) return false;
  return surnames.has(words[words.length - 1]!);
}

/** "L.A." opening "L.A. Bronny James" where the article names Los Angeles: the initials' end, or 0. */
function placeInitialsEnd(view: TokenView, first: number, end: number, surnames: LazySurnames): number {
  if (end - first < 2 || view.kind(first) !== TokenKind.Initialism || first === 0 || !view.isLowerWord(first - 1)) return 0;
  return surnames.isPlaceInitials(view.raw(first).replace(/\./g, '')) ? first + 1 : 0;
}

/** The last words of the article's names of two words or more, and the initials of its known places of two words or more, gathered when first asked. */
class LazySurnames {
  private words: Set<string> | null = null;
  private placeInitials: Set<string> | null = null;
  constructor(private readonly found: readonly DraftWithTokens[]) {}
  has(word: string): boolean {
    if (!this.words) {
      this.words = new Set();
      for (const f of this.found) {
        const space = f.draft.key.lastIndexOf(' ');
        if (space > 0 && f.view.kind(f.first) !== TokenKind.Initialism) this.words.add(f.draft.key.slice(space + 1));
      }
    }
    return this.words.has(word);
  }
  isPlaceInitials(letters: string): boolean {
    if (!this.placeInitials) {
      this.placeInitials = new Set();
      const known = gazetteer().byKey;
      for (const f of this.found) {
        const words = f.draft.surface.split(' ');
        if (words.length > 1 && (known.get(f.draft.key)?.type === 'place' || isCity(f.draft.key))) this.placeInitials.add(words.map((w) => w.charAt(0)).join(''));
      }
    }
    return this.placeInitials.has(letters);
  }
}

/**
 * "NHS England said on Thursday", "BBC Scotland reported": a body the lists know by its letters and
 * a country or a region after it name the body's branch there, one name (it gave "NHS" and
 * "England"). So does an international body's name closed by "International": "Transparency
 * International Bangladesh welcomed the ruling" gave the body and the country. A body written out
 * otherwise ("European Union Ukraine") and a place first stay apart.
 */
function isBodysBranch(view: TokenView, first: number, prefixEnd: number, end: number): boolean {
  const lettersOrInternational = (prefixEnd - first === 1 && view.isAllCaps(first)) || (prefixEnd - first >= 2 && view.lower(prefixEnd - 1) === 'international');
  return lettersOrInternational && end - prefixEnd <= 2 && isKnownBodysBranch(view.keyOf(first, prefixEnd), view.keyOf(prefixEnd, end));
}

/**
 * "beat the New York Knicks 110-98 … the Knicks", "the Indiana Pacers": after "the", a known place
 * and one capitalised plural are a team's name, which its plural alone stands for later; a heading
 * glued to a name has no "the" before the place ("for Europe Trump has said").
 */
function isTeamAfterThe(view: TokenView, first: number, prefixEnd: number, end: number): boolean {
  if (end - prefixEnd !== 1 || first === 0 || view.lower(first - 1) !== 'the' || !view.spaceBefore(first)) return false;
  const plural = view.lower(prefixEnd);
  return plural.length > 3 && plural.endsWith('s') && !plural.endsWith('ss') && view.isCapitalized(prefixEnd) && !view.isAllCaps(prefixEnd);
}
