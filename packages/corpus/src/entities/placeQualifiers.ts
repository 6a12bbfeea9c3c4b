import { isCountry, isKnownPlace, isRegion } from './gazetteer.js';
import { addEvidence, weightOf, WEIGHT } from './evidence.js';
import { isTitleWord } from './lexicon.js';
import type { MentionDraft } from './mentionDraft.js';

/**
 * "born in Cambridge, Massachusetts, in 1928", "SEOUL, South Korea (AP) —", "Oldham, Lancashire,
 * England": a town written with its region or country after a comma is named by both, the way an
 * address, a dateline or a Wikipedia title writes it. The town's mention reaches over the
 * qualifier (its key and its text stay the town's: "Paris, France" is a mention of Paris), and the
 * qualifier stays a mention of its own inside it ("France"). A chain is read from its end, so
 * "Lancashire, England" is one qualifier of Oldham.
 *
 * Not a list: "Paris, London and Rome", "Ohio, Texas, and Florida" (a name after the qualifier
 * and its comma or "and" continues the list); not a country before its comma ("France, Germany");
 * not a person ("President Lincoln, Nebraska's …": a title says whom, a possessive goes on).
 */
export function widenOverPlaceQualifiers(text: string, mentions: readonly MentionDraft[]): void {
  // Most articles have no name before ", ": nothing to sort or index for them.
  if (!mentions.some((m) => followedByCommaAndSpace(text, m))) return;
  const startingAt = new Map<number, MentionDraft>();
  for (const m of mentions) {
    const other = startingAt.get(m.start);
    if (!other || m.end > other.end) startingAt.set(m.start, m);
  }
  // The address each widened mention ends with: "Trento, Italy" is a country's, as a qualifier too.
  const endsWithCountry = new Map<MentionDraft, boolean>();
  const fromTheEnd = [...mentions].sort((a, b) => b.start - a.start);
  for (const town of fromTheEnd) {
    if (!followedByCommaAndSpace(text, town)) continue;
    // "Amsterdam, the Netherlands": a country's name may take its article.
    const the = text.startsWith('the ', town.end + 2) ? startingAt.get(town.end + 6) : undefined;
    const qualifier = the && isCountry(keyOf(the)) && takesTheArticle(the) ? the : startingAt.get(town.end + 2);
    if (!qualifier || !isTown(text, town, qualifier)) continue;
    const country = endsWithCountry.get(qualifier) ?? isCountry(keyOf(qualifier));
    if (!country && !endsWithCountry.has(qualifier) && !isRegion(keyOf(qualifier))) continue;
    const after = text.slice(qualifier.end, qualifier.end + 40);
    if (country && isPlaceListGoingOn(text, qualifier, startingAt)) continue;
    if (opensTheMainClause(text, town, qualifier)) continue;
    if (!(country ? endsTheAddressAfterCountry(after) : ENDS_THE_ADDRESS.test(after)) && !isAddressBeforeAddress(text, qualifier, startingAt, endsWithCountry)) continue;
    town.end = qualifier.end;
    // The address says what the town is, whatever else its word may be: "HELENA, Mont. —" in a
    // dateline the segmenter missed was an organization (an all-capitals word is an acronym's).
    addEvidence(town.evidence, 'place', WEIGHT.contextNoun);
    endsWithCountry.set(town, country);
  }
}

/**
 * "offices in Madrid, Spain and Brussels, Belgium": "and" and a town already read as an address (the
 * chain is read from its end) make a list of addresses, not of places, so the first is one too (it
 * was "Madrid" and "Spain" apart beside "Brussels, Belgium"); "Gaza, Israel and Egypt" stays a list.
 */
function isAddressBeforeAddress(text: string, qualifier: MentionDraft, startingAt: ReadonlyMap<number, MentionDraft>, addresses: ReadonlyMap<MentionDraft, boolean>): boolean {
  const conjunction = /^,?\s+(?:and|or|&)\s+/.exec(text.slice(qualifier.end, qualifier.end + 8));
  if (!conjunction) return false;
  const next = startingAt.get(qualifier.end + conjunction[0].length);
  return next !== undefined && addresses.has(next);
}

/**
 * "for North Carolina, South Carolina, Georgia, Florida and Virginia": a country's name (Georgia is
 * one) followed by a comma and another place the lists know goes on with a list, no address (it was
 * one mention "North Carolina, South Carolina, Georgia"). "Sochi, Russia, Wikinews interviewed" is one.
 */
function isPlaceListGoingOn(text: string, qualifier: MentionDraft, startingAt: ReadonlyMap<number, MentionDraft>): boolean {
  if (!followedByCommaAndSpace(text, qualifier)) return false;
  const next = startingAt.get(qualifier.end + 2);
  return next !== undefined && isKnownPlace(keyOf(next));
}

/**
 * "On Wednesday at Edgbaston, England will become the first team", "Yet on the eve of their opener
 * in Dublin, Scotland fans could be forgiven": the comma closes a sentence's opening phrase (a
 * preposition opens the sentence and no comma comes before the town), and the name after it is the
 * main clause's subject, before its verb (an auxiliary or a modal, right after it or after one
 * noun), no qualifier (both were one mention "Edgbaston, England" of the town). "In Cambridge,
 * Massachusetts, the firm …" keeps its comma and stays an address.
 */
function opensTheMainClause(text: string, town: MentionDraft, qualifier: MentionDraft): boolean {
  if (!SUBJECTS_VERB_AFTER.test(text.slice(qualifier.end, qualifier.end + 40))) return false;
  const from = Math.max(0, town.start - 300);
  const before = text.slice(from, town.start);
  const sentenceEnd = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  if (sentenceEnd < 0 && from > 0) return false;
  return OPENING_PHRASE.test(before.slice(sentenceEnd + 1).trimStart());
}

/**
 * An auxiliary or a modal right after the name, or after one lower-case word: "England will",
 * "Scotland fans could"; or a verb in the past right after it: "Early in the final hour at the MCG,
 * Australia won an epic Test" (it was one mention "MCG, Australia").
 */
const SUBJECTS_VERB_AFTER = /^ (?:(?:\p{Ll}+ )?(?:will|would|could|can|may|might|must|shall|should|has|have|had|is|are|was|were|does|did)|won|lost|beat|drew|took|made|held|\p{Ll}{3,}ed)\b/u;

/** A sentence opened by a preposition (after a connective or not), with no comma up to the town: "On Wednesday at ", "Yet on the eve of their opener in ", "Early in the final hour at ". */
const OPENING_PHRASE = /^(?:(?:Yet|But|And|So|Then|Later|Earlier|Meanwhile|Now|Back|Early|Late|Shortly|Just)\s+)?(?:in|at|on|from|after|before|during|near|outside|inside|across|around|over|since|until|under|against)\s[^,]*$/iu;

/**
 * "the Netherlands", "the Philippines", "the United States", "the UK", "the Gambia": a country whose
 * name takes "the" (a plural, a union's word, letters). "Pat Cummins, the Australia captain" was an
 * address, the person's mention reaching over "the Australia".
 */
function takesTheArticle(country: MentionDraft): boolean {
  const key = country.key;
  return key.endsWith('s') || country.acronym || key === 'gambia' || key === 'congo' || / (?:republic|kingdom|emirates)\b/.test(key) || key.startsWith('republic');
}

function followedByCommaAndSpace(text: string, m: MentionDraft): boolean {
  // Within the text first: a name closing the file read past its end, and the optimized
  // widenOverPlaceQualifiers was thrown away (an "out of bounds" deopt) and compiled again.
  return m.end + 1 < text.length && text.charCodeAt(m.end) === 0x2c && text.charCodeAt(m.end + 1) === 0x20;
}

/** What a qualifier names: "Ore." is linked to Oregon by stateAbbreviations. */
function keyOf(m: MentionDraft): string {
  return m.link ?? m.key;
}

/** The name before the comma is a town's (or a region's, before its country), not a country's nor a person's. */
function isTown(text: string, town: MentionDraft, qualifier: MentionDraft): boolean {
  if (town.modifier || town.link !== null || isCountry(town.key) || town.key === keyOf(qualifier)) return false;
  if (weightOf(town.evidence, 'person') >= WEIGHT.title || weightOf(town.nameEvidence, 'organization') > weightOf(town.nameEvidence, 'place')) return false;
  if (isKnownPlace(town.key) || PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, town.start - 8), town.start))) return true;
  if (town.initial) return !isWrittenAsAPersonsName(text, town);
  // "the modern town of Esna, Egypt", "the village of Thionk Essil, Senegal": a place's noun before the name says a town no list knows.
  return PLACE_NOUN_OF_BEFORE.test(text.slice(Math.max(0, town.start - 16), town.start));
}

/**
 * A sentence's opening name that its own words make a person's, in mixed case: "Ali Vaez, Iran
 * project director at the International Crisis Group, said" was one mention "Ali Vaez, Iran". A
 * dateline the segmenter missed is in capitals ("HELENA, Mont. —") and stays a town.
 */
function isWrittenAsAPersonsName(text: string, town: MentionDraft): boolean {
  const surface = text.slice(town.start, town.end);
  if (surface === surface.toUpperCase()) return false;
  return weightOf(town.nameEvidence, 'person') > weightOf(town.nameEvidence, 'place');
}

/** A place's noun and "of" right before the name: "the town of", "the village of". */
const PLACE_NOUN_OF_BEFORE = /(?:^|[^\p{L}])(?:town|city|village|hamlet|port|district|province|region|county)\s+of\s+$/u;

/** "in", "at", "near", "from", "to" right before the name: "grew up in Ballarat, Victoria". */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|near|from|to)\s+$/u;

/**
 * What may follow an address: the line's or the text's end, a closing or clause mark, a comma
 * or a word in lower case that goes on with the sentence ("Cambridge, Massachusetts, where"),
 * a bracket ("(AP)"). Not a name after it, nor "and" and a name: that is a list.
 */
const ENDS_THE_ADDRESS = /^(?:$|[\r\n]|\s*(?:[.;:!?)\]"”—–]|’(?!s\b))|\s+[-–—([]|,(?!\s*(?:and|or)\s+\p{Lu})(?!\s*\p{Lu})|\s+(?!(?:and|or|&)\s+\p{Lu})[\p{Ll}\d])/u;

/**
 * After a country a list of towns is rare and a new sentence or a dateline's story may follow at
 * once: "Sochi, Russia, Wikinews interviewed", "Preston, Victoria, Australia On Saturday". Only a
 * possessive ("Paris, France's") or "and" and a name ("Gaza, Israel and Egypt") end it otherwise.
 */
const COUNTRY_ENDS_THE_ADDRESS = /^(?![’']s\b|\s+(?:and|or|&)\s+\p{Lu})/u;

/**
 * Nor a title the country's word qualifies: "In Riyadh, Saudi Crown Prince Mohammed bin Salman
 * received him" (it was one mention "Riyadh, Saudi"), "In Ankara, Turkey Foreign Minister …" —
 * a title among the next two capitalised words.
 */
function endsTheAddressAfterCountry(after: string): boolean {
  if (!COUNTRY_ENDS_THE_ADDRESS.test(after)) return false;
  const words = /^ (\p{Lu}[\p{L}.-]*)(?: (\p{Lu}[\p{L}.-]*))?/u.exec(after);
  return !words || !words.slice(1).some((word) => word !== undefined && isTitleWord(word.toLowerCase()));
}
