import { gazetteer, isCity } from '../gazetteer.js';
import { COMPASS, HEAD_WORDS, isCommonWord, isFrequentSurname, isGivenName, isListedSurname, LANDFORM_OPENERS, LEGAL_SUFFIXES, NAME_PARTICLES, NICKNAMES, REGNAL_NUMERALS } from '../lexicon.js';
import type { MentionDraft } from '../mentionDraft.js';
import { PATRONYMIC_PARTICLES, isPersonWithName, quotedNicknameOf, oneMentionPerName, capitalisedOrParticles, wordCount, generationOf, particleSurnameOf, NO_WORDS, surnameAfterEnglishNameOf, isTitleAndOneWord, isTitledKey } from './nameKeyWords.js';

/**
 * "St. Theodorus of Tabennese" where the story also says "Theodorus of Tabennese": a saint's title
 * before a name the story gives without it is that name. Not a city ("St. Louis", "St. Petersburg").
 */
export function linkSaintsNames(story: MentionDraft[]): void {
  let keys: Set<string> | null = null;
  for (const d of story) {
    // A full name only: "Saint Jerome" is the name "Jerome" stands for, not the other way round.
    const rest = /^(?:st|saint) (.+ .+)$/.exec(d.key)?.[1];
    if (!rest || d.link || isCity(d.key) || gazetteer().byKey.has(d.key)) continue;
    keys ??= new Set(story.map((x) => x.key));
    if (keys.has(rest)) d.link = rest;
  }
}

/**
 * "Eugene Nida" and "Eugene A. Nida", "Brock Holt" and "Brock Wyatt Holt": in one story, a name
 * whose first and last words are those of a fuller name of capitalised words and initials is that
 * name without its middle names. "Bank of Korea" is no short form of "Bank of South Korea", nor
 * "Make America Great Again" of "Make American Shipbuilding Great Again": names with lower-case
 * words, ending in a head word or opening with a dictionary word are left alone.
 */
export function linkMiddleNames(story: MentionDraft[]): void {
  const fullest = new Map<string, MentionDraft>();
  const { plainNames, generationNames } = plainFullNamesOf(story);
  // "Vinícius Júnior … Vini Jr.": one plain name and a clipped one with "Jr." (see clippedNameWords);
  // "Bobby Kennedy Jr." and "Robert F. Kennedy Jr.": two names with "Jr." (see linkNicknames).
  if (generationNames.size === 0 && (plainNames.size === 0 || (plainNames.size === 1 && !story.some((d) => generationOf(d.key) === 'jr')))) return;
  const plain = (d: MentionDraft) => plainNames.has(d);
  const ends = (d: MentionDraft) => `${d.shortFormKeys[0]}|${d.shortFormKeys[1]}`;
  for (const d of story) {
    if (!plain(d)) continue;
    const best = fullest.get(ends(d));
    if (!best || wordCount(d.key) > wordCount(best.key)) fullest.set(ends(d), d);
  }
  const fuller = new Map<string, string>();
  for (const d of story) {
    const best = plain(d) ? fullest.get(ends(d)) : undefined;
    if (best && wordCount(best.key) > wordCount(d.key) && middleNamesAgree(d.key, best.key)) fuller.set(d.key, best.key);
  }
  // "Martínez Cantón" for "Clara Martínez Cantón" (two surnames), "Higuchi Ichiyō" for "Ichiyō Higuchi" (family name first).
  // A variant two fuller names share is nobody's for sure.
  const byKey = new Map<string, string | null>();
  // Each name once: its other mentions would set the same variants to the same key again.
  for (const d of oneMentionPerName(plainNames)) {
    for (const variant of otherOrders(d.key, d.surface)) if (variant !== d.relativeOfNamesake) byKey.set(variant, byKey.has(variant) && byKey.get(variant) !== d.key ? null : d.key);
  }
  // A name inside a longer one is no other order of it: "Jeff McBride" in "Jeff McBride Experience".
  for (const d of story) {
    const target = plain(d) && !d.modifier && !fuller.has(d.key) ? byKey.get(d.key) : undefined;
    if (target && target !== d.key && target !== d.relativeOfNamesake) fuller.set(d.key, fuller.get(target) ?? target);
  }
  linkNicknames(story, { plainNames, generationNames }, fuller);
  // Short forms the article already linked to "Joshua Norton" follow it to "Joshua Abraham Norton".
  for (const d of story) {
    const target = fuller.get(d.link ?? d.key);
    if (target) d.link = target;
  }
}

/**
 * 'Robert "Bobby" Tanaka … Bobby Tanaka, 41, finished …', 'Michael "Big Mike" Delaney … Players
 * called him Big Mike': the nickname a person's full name gives in quotes, before the surname or
 * alone where it has two words or more, is that person (they were two). A form two full names
 * give is neither's. One word alone is a short form like a surname (shortKeysByWords).
 */
export function linkQuotedNicknames(story: MentionDraft[]): void {
  let byForm: Map<string, string | null> | null = null;
  for (const d of story) {
    const nickname = d.shortFormKeys.length > 0 && !d.link ? quotedNicknameOf(d.key) : null;
    if (!nickname || !isPersonWithName(d)) continue;
    byForm ??= new Map();
    const forms = nickname.includes(' ') ? [`${nickname} ${d.shortFormKeys[1]}`, nickname] : [`${nickname} ${d.shortFormKeys[1]}`];
    for (const form of forms) byForm.set(form, byForm.has(form) && byForm.get(form) !== d.key ? null : d.key);
  }
  if (!byForm) return;
  for (const d of story) {
    const target = d.modifier ? undefined : byForm.get(d.link ?? d.key);
    if (target && target !== d.key) d.link = target;
  }
}

/**
 * Whether the middle names a shorter name writes are the fuller name's, in order, word for word or
 * as initials: "Eugene A. Nida" of "Eugene Albert Nida", "Hillary Rodham Clinton" of "Hillary
 * Diane Rodham Clinton", "George Bush" (none written) of "George H. W. Bush". An initial stands for
 * the middle name in its own place, so "George W. Bush" is not "George H. W. Bush": a different
 * first middle initial is a different person. Particles are the surname's ("von der Leyen").
 */
function middleNamesAgree(shortKey: string, fullKey: string): boolean {
  const short = middleWords(shortKey);
  const full = middleWords(fullKey);
  let at = 0;
  for (const word of short) {
    // An initial stands for the middle name in its place; a whole middle name may skip ones before it.
    if (word.length > 1) while (at < full.length && !sameOrInitial(word, full[at]!)) at++;
    if (at >= full.length || !sameOrInitial(word, full[at]!)) return false;
    at++;
  }
  return true;
}

function middleWords(key: string): string[] {
  return key.split(' ').slice(1, -1).filter((word) => !NAME_PARTICLES.has(word));
}

function sameOrInitial(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/**
 * "Larry Lessig" and "Lawrence Lessig", "Bill Clinton" and "William Jefferson Clinton": in one
 * story, a full name whose first word is a hypocoristic of another full name's first word, with
 * the same last word, is that name. So is one with the other's generation, or none where the formal
 * name has one: "Joe Biden" is "Joseph R. Biden Jr.", "Bobby Kennedy Jr." is "Robert F. Kennedy Jr."
 * (they were two persons each), but "Bobby Kennedy Jr." is no "Robert Kennedy", his father. Adds to
 * `fuller` (name key → the key it stands for).
 */
function linkNicknames(story: MentionDraft[], names: FullNamesOfStory, fuller: Map<string, string>): void {
  const formalBySurname = formalNamesBySurname(names);
  for (const d of story) {
    if (fuller.has(d.key)) continue;
    const formals = names.plainNames.has(d) || names.generationNames.has(d) ? NICKNAMES.get(d.shortFormKeys[0]!) : undefined;
    const clipped = formals ? null : clippedNameWords(d, names.plainNames);
    if (!formals && !clipped) continue;
    const [given, surname] = clipped ?? (d.shortFormKeys as [string, string]);
    const targets = new Set<string>();
    for (const formal of formalBySurname.get(surname) ?? []) {
      if (formal === d) continue;
      const agrees = formals ? formals.includes(formal.shortFormKeys[0]!) && generationsAgree(d.key, formal.key) : names.plainNames.has(formal) && isClippingOf(given, formal.shortFormKeys[0]!);
      if (agrees) targets.add(fuller.get(formal.key) ?? formal.key);
    }
    // "Chris Evans" beside a "Christopher Evans" and a "Christine Evans" is neither for sure.
    if (targets.size === 1) fuller.set(d.key, [...targets][0]!);
  }
}

/** A story's plain full names (plainFullNamesOf) and those closing with a generation ("Joseph R. Biden Jr."). */
interface FullNamesOfStory {
  plainNames: ReadonlySet<MentionDraft>;
  generationNames: ReadonlySet<MentionDraft>;
}

/** The story's full names opening with no hypocoristic, by their surname's key. */
function formalNamesBySurname(names: FullNamesOfStory): Map<string, MentionDraft[]> {
  const formalBySurname = new Map<string, MentionDraft[]>();
  for (const d of [...names.plainNames, ...names.generationNames]) {
    if (NICKNAMES.has(d.shortFormKeys[0]!)) continue;
    const list = formalBySurname.get(d.shortFormKeys[1]!) ?? [];
    list.push(d);
    formalBySurname.set(d.shortFormKeys[1]!, list);
  }
  return formalBySurname;
}

/**
 * A name written with a hypocoristic may be a formal name with the same generation, or with one
 * where it writes none ("Joe Biden" of "Joseph R. Biden Jr."); one with "Jr." is no name without it.
 */
function generationsAgree(shortKey: string, formalKey: string): boolean {
  const generation = generationOf(shortKey);
  return generation === null || generation === generationOf(formalKey);
}

/**
 * "Vini Júnior", "Vini Jr." beside "Vinícius Júnior": a given name no list holds, written as the
 * start of another's, and a surname, or "Jr." for a surname that is "Júnior" (Brazilian names carry
 * it as a name, "Jr." as its short form). Its given name and surname keys, or null.
 */
function clippedNameWords(d: MentionDraft, plainNames: ReadonlySet<MentionDraft>): [string, string] | null {
  if (plainNames.has(d)) return isGivenName(d.shortFormKeys[0]!, true) ? null : [d.shortFormKeys[0]!, d.shortFormKeys[1]!];
  const space = d.key.indexOf(' ');
  if (space < 0 || d.key.indexOf(' ', space + 1) >= 0 || generationOf(d.key) !== 'jr' || !/^\p{Lu}\p{Ll}+ Jr\.?$/u.test(d.surface)) return null;
  const given = d.key.slice(0, space);
  return isGivenName(given, true) || isCommonWord(given) ? null : [given, 'junior'];
}

/** "vini" of "vinicius", "rodri" of "rodrigo": three letters or more that open a given name two letters longer or more. */
export function isClippingOf(short: string, given: string): boolean {
  return short.length >= 3 && given.length >= short.length + 2 && given.startsWith(short);
}

/**
 * The story's plain full names, in its order: those of capitalised words and initials only, no known
 * place, opening with no dictionary word (but a hypocoristic that is one: "Bill Clinton", "Frank
 * Smith") and closing with no head word; and apart, those closing with a generation ("Joseph R.
 * Biden Jr.", "Bobby Kennedy Jr."): "Donald Trump Jr." is the son, not "Donald Trump" with a middle
 * name. Each mention asked once (it was asked twice, once for each set).
 */
function plainFullNamesOf(story: readonly MentionDraft[]): FullNamesOfStory {
  const plainNames = new Set<MentionDraft>();
  const generationNames = new Set<MentionDraft>();
  for (const d of story) if (isPlainNameOfAnyGeneration(d)) (generationOf(d.key) === null ? plainNames : generationNames).add(d);
  return { plainNames, generationNames };
}

function isPlainNameOfAnyGeneration(d: MentionDraft): boolean {
  return (
    // What the draft says first, then its words against the lists.
    d.shortFormKeys.length === 2 &&
    !d.link &&
    !d.commonWordsOnly &&
    // "San Francisco" is the city, not the "San Francisco Bulletin" without its last word.
    !isCity(d.key) &&
    !gazetteer().byKey.has(d.key) &&
    (!isCommonWord(d.shortFormKeys[0]!) || NICKNAMES.has(d.shortFormKeys[0]!) || isFamilyNameFirst(d.shortFormKeys)) &&
    !HEAD_WORDS.has(d.key.slice(d.key.lastIndexOf(' ') + 1)) &&
    capitalisedOrParticles(d.surface)
  );
}

/**
 * "Jeff McBride Experience", "Zaha Hadid Architects", "Jeff McBride Show": a dictionary word closing a
 * name makes it a thing named after someone, no other order of "Jeff McBride"'s name; a frequent
 * surname does not ("Amy Hagstrom Miller"), nor a company's legal form.
 */
function closesWithThingWord(lastKey: string): boolean {
  return isCommonWord(lastKey) && !isFrequentSurname(lastKey) && !LEGAL_SUFFIXES.has(lastKey);
}

/**
 * "Lee Hsien Yang": a family name first may be a dictionary word ("lee", "park", "moon") where the
 * name's last word is none. "Golden State Warriors", "Black Lives Matter" stay no person's names.
 */
function isFamilyNameFirst(shortFormKeys: readonly string[]): boolean {
  // "Lake Tahoe", "South Lake Tahoe", "Mount Hood": a landform's or a compass word, though a surname
  // too, opens a place's name ("Lake Tahoe" was "South Lake Tahoe" without its given name).
  const first = shortFormKeys[0]!;
  return isListedSurname(first) && !isCommonWord(shortFormKeys[1]!) && !LANDFORM_OPENERS.has(first) && !COMPASS.has(first);
}

/**
 * The keys a name is also written as: its two words reversed ("Higuchi Ichiyō"); of a longer name,
 * its last two words ("Martínez Cantón"), its first two ("Pierre Charles") and any other of its
 * names with the last ("Otto Jespersen" for "Jens Otto Harry Jespersen").
 */
function otherOrders(key: string, surface: string): string[] {
  const words = key.split(' ');
  if (words.length === 2) return [`${words[1]} ${words[0]}`];
  if (words.length < 3) return [];
  const last = words[words.length - 1]!;
  // "Taylor Swift Week", "Jeff McBride Experience": a thing named after a person, whose first two
  // words are the person, not it. The word as written: "Støre" of "Jonas Gahr Støre" folds to "store", but is none.
  if (closesWithThingWord(last) && surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase() === last) return [];
  const withoutEnglishName = surnameAfterEnglishNameOf({ key, surface }) ? [words.slice(1).join(' ')] : NO_WORDS;
  return [...new Set([words.slice(-2).join(' '), words.slice(0, 2).join(' '), ...words.slice(1, -1).map((w) => `${w} ${last}`), ...surnamesBeforeParticle(key), ...withoutFamilyName(words), ...surnamesJoinedByY(words), ...withoutEnglishName, ...givenNameBeforeSurnameFirst(words)])];
}

/**
 * "emmerson mnangagwa" of "mnangagwa emmerson dambudzo": an official list's or a roll's order, the
 * surname first and then the given names, written as a story writes it, the first given name and the
 * surname ("themba gumede" of "gumede themba sipho"). Not where the first word is a given name:
 * "Jackson Michael Reyes" is no Michael Jackson.
 */
function givenNameBeforeSurnameFirst(words: readonly string[]): readonly string[] {
  if (words.length !== 3 || isGivenName(words[0]!) || isCommonWord(words[1]!)) return NO_WORDS;
  return [`${words[1]} ${words[0]}`];
}

/**
 * "ortega y gasset" of "josé ortega y gasset": a father's and a mother's surname joined by the
 * Spanish "y" are written together without the given name.
 */
function surnamesJoinedByY(words: readonly string[]): readonly string[] {
  const y = words.indexOf('y', 2);
  return y > 0 && y === words.length - 2 ? [words.slice(y - 1).join(' ')] : NO_WORDS;
}

/**
 * "Faisal bin Farhan" of "Faisal bin Farhan Al Saud", "Tamim bin Hamad" of "Tamim bin Hamad Al
 * Thani": a given name and a father's name after "bin" or "ibn", without the family name after them.
 */
function withoutFamilyName(words: readonly string[]): readonly string[] {
  const particle = words.findIndex((w, i) => i > 0 && PATRONYMIC_PARTICLES.has(w));
  return particle > 0 && particle + 2 < words.length ? [words.slice(0, particle + 2).join(' ')] : NO_WORDS;
}

/**
 * "fernández de kirchner" of "cristina fernández de kirchner": a father's surname joined to a
 * husband's or mother's by a particle is written with the particle, the given name dropped.
 */
function surnamesBeforeParticle(key: string): readonly string[] {
  const particleSurname = particleSurnameOf(key);
  if (!particleSurname) return NO_WORDS;
  const before = key.slice(0, key.length - particleSurname.length - 1);
  const space = before.lastIndexOf(' ');
  return space < 0 ? NO_WORDS : [`${before.slice(space + 1)} ${particleSurname}`];
}

/**
 * "David Cameron, now Lord Cameron … Lord Cameron said", "Federico Lombardi … Father Lombardi
 * said": a title and the surname of the article's one full name ending so is that person's name
 * with a title. Beside "Samantha Cameron" too it is neither's for sure.
 */
export function linkTitledSurnames(found: MentionDraft[], byShortKey: ReadonlyMap<string, Set<string>>): void {
  let people: Set<string> | null = null;
  for (const d of found) {
    if (d.link || !isTitleAndOneWord(d)) continue;
    const surname = d.shortFormKeys[1]!;
    // "President William Ruto spoke at Harambee House … Later, at State House, he met envoys": a
    // word after a title word ("State") is no surname of a name its words and context make no person's.
    people ??= new Set(found.filter((o) => o.shortFormKeys.length > 0 && isPersonWithName(o)).map((o) => o.link ?? o.key));
    const owners = [...(byShortKey.get(surname) ?? [])].filter((full) => !isTitledKey(full) && full.endsWith(` ${surname}`) && people!.has(full));
    if (owners.length === 1) d.link = owners[0]!;
  }
}

/**
 * "Joshua Abraham Norton … proclaimed himself Norton I": a regnal name whose name is the surname of
 * the article's one full name ending so is that person's. Not a given name's: "Elizabeth I" is no
 * "Elizabeth Taylor".
 */
export function linkRegnalNames(found: MentionDraft[], byShortKey: Map<string, Set<string>>): void {
  for (const d of found) {
    if (d.link || d.shortFormKeys.length === 0 || !REGNAL_NUMERALS.has(d.shortFormKeys[1]!)) continue;
    const name = d.shortFormKeys[0]!;
    const owners = [...(byShortKey.get(name) ?? [])].filter((full) => full !== d.key && full.endsWith(` ${name}`));
    if (owners.length === 1) d.link = owners[0]!;
  }
}
