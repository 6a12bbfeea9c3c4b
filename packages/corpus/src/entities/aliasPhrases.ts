import { gazetteer, isKnownPlace } from './gazetteer.js';
import { HEAD_WORDS, givenNameGender, isBodyWord, isCommonWord, isGivenName, isTitleWord, ROLE_NOUNS } from './lexicon.js';
import { nameKey } from '../text/tokenize.js';

/** What linkAliasPhrases reads and links of a mention. */
export interface LinkableMention {
  start: number;
  end: number;
  key: string;
  sentence: number;
  /** The key of the name this one stands for, if any. */
  link: string | null;
}

/**
 * What may stand between a name and another name of the same bearer, after an optional
 * parenthesis ("Joshua Abraham Norton (c. 1818 – January 8, 1880), known as Emperor Norton"):
 * "also known as", "a.k.a.", "better known by her pseudonym", "known by its French acronym"
 * ("Reporters Without Borders, known by its French acronym RSF"), "self-identified as" ("Pierre Charles
 * L'Enfant (…), self-identified as Peter Charles L'Enfant"), "known formally as" ("Foxconn, known
 * formally as Hon Hai Precision Industry Co"), "known locally as" ("Tropical Storm Trami, known locally
 * as Kristine", a storm's Philippine name), "née", "born", "formerly"; the other name may open
 * with a quote ('Jimmy Chérizier, known as "Barbecue,"'); "formally" and "officially" alone say it too
 * ("Foxconn, formally Hon Hai Precision Industry Co.", "Czechia, officially the Czech Republic"); a relative clause may hold the phrase
 * ("Lee Jae-yong, who is also known as Jay Y. Lee") or a sentence ("Sharaa was known as …"); a fighter's nom de guerre, however long known by
 * it ("Sharaa was known for years by his nom de guerre, Abu Mohammed al-Golani"); a dash may open the
 * phrase as a comma does ("People's Party for Freedom and Democracy — known by its Dutch initials VVD —");
 * the name one goes by now ("Kanye West, who now goes by Ye", "Sean Combs, who goes by Diddy",
 * "Kanye West, now known as Ye"; only after a comma, as "a bus that goes by City Hall" names no one); a stage name ("Stefani
 * Germanotta, known professionally as Lady Gaga"), "known widely as" or "known simply as" ("Mohamed Hamdan Dagalo,
 * known widely as Hemedti" made an other "Hemedti"); the name written in full ("Ventura, a singer whose full
 * name is Casandra Ventura"; not a "real name", which a one-word stage name that a place list knows
 * would lend a place's type: "Bono, whose real name is Paul Hewson"); "dubbed" or "nicknamed" with no
 * "as" ("Frank Delmonico, dubbed the Subway Bard by commuters": it named nothing).
 */
const ALIAS_PHRASE =
  /^(?:,|\s*[—–])?\s*(?:(?:who|which)\s+)?(?:(?:is|was|are|were)\s+)?(?:(?:now|also|better|commonly|popularly|widely|later|simply|often|usually|locally|universally|affectionately|formally|officially)\s+)?(?:known|called|nicknamed|styled|dubbed|self-identified)\s+(?:(?:formally|officially|locally|internationally|popularly|commonly|colloquially|affectionately|professionally|publicly|widely|simply|generally|mostly|universally)\s+)?(?:for\s+(?:years|decades|a time)\s+)?(?:as|by\s+(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+)?(?:pseudonym|nickname|stage name|pen name|nom de guerre|alias|moniker|code name|name|acronym|initials|abbreviation))(?:,\s*|\s+)(?:the\s+)?["“'‘]?$|^,?\s*(?:a\.\s?k\.\s?a\.|aka)\s+$|^,\s*(?:who\s+)?(?:(?:now|also|still|later|simply|professionally)\s+)?(?:goes|go|went|going)\s+by\s+(?:(?:the|his|her|their)\s+(?:(?:real|full|birth|legal|own)\s+)?(?:name|nickname|stage name|moniker)\s+(?:of\s+)?)?["“'‘]?$|^\s*[(,]\s*(?:née|nee|born|formerly|formally|officially|real name:?|birth name:?|(?:formerly|previously)\s+(?:known\s+as|called|named))\s+["“'‘]?$|^,\s*(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,3})?whose\s+(?:full|legal|given|official)\s+name\s+(?:is|was)\s+["“'‘]?$|^,\s*(?:(?:also|later|affectionately|widely|once|since)\s+)?(?:dubbed|nicknamed)\s+(?:the\s+)?["“'‘]?$/iu;

/**
 * "(née Buckley)", "born Smith", "formerly Jones": a name the bearer no longer goes by, which another may still bear;
 * "Meta Platforms, formerly known as Facebook" and "previously called" too (neither linked the old name before).
 */
const BIRTH_NAME_PHRASE = /[(,]\s*(?:née|nee|born|formerly|real name:?|birth name:?|(?:formerly|previously)\s+(?:known\s+as|called|named))\s+["“'‘]?$/iu;

/**
 * "Jane Orwell (née Pratt) … Jane Pratt, as she was known when she first ran": a given name and
 * the maiden surname after "née" or "born" are the woman the full name before it names, wherever
 * the article writes them (they were a person apart). The surname alone stays linked only where
 * it stands (her family may bear it).
 */
function linkGivenAndMaidenName(text: string, outermost: readonly LinkableMention[], name: LinkableMention, maiden: LinkableMention, of: string): void {
  const space = of.indexOf(' ');
  if (space < 0 || maiden.key.includes(' ') || !MAIDEN_NAME_PHRASE.test(text.slice(name.end, maiden.start))) return;
  const given = of.slice(0, space);
  if (!isGivenName(given, true)) return;
  const form = `${given} ${maiden.key}`;
  for (const m of outermost) if (m.key === form && !m.link) m.link = of;
}

/** "(née Pratt)", ", born Baird": a woman's maiden surname follows. */
const MAIDEN_NAME_PHRASE = /[(,]\s*(?:née|nee|born)\s+["“'‘]?$/iu;

/**
 * "Ichiyō Higuchi (…) was a pen name of Japanese author Natsu Higuchi": a pseudonym's bearer, up
 * to two words of description before the name.
 */
const PEN_NAME_OF = /^,?\s*(?:is|was)\s+(?:a|the)\s+(?:pen name|pen-name|pseudonym|stage name|nom de plume|ring name)\s+(?:of|for|used by)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "(/ dʒəˈroʊm /; Latin: ", "(French: ": a language's label inside the parenthesis after a name. */
const LANGUAGE_LABEL = /^\s*\((?:[^()]*;\s*)?(\p{Lu}\p{Ll}+):\s*$/u;

/** A parenthesis right after the name ("(born 3 April 1978)", "(c. 314 – 368)"), skipped before the phrase. */
const LEADING_PARENTHESIS = /^\s*\([^()]*\)/;

/**
 * Names the text gives as other names of the name just before: "Theodorus of Tabennese (c. 314 –
 * 368), also known as Abba Theodorus and Theodore the Sanctified", "Katherine (née Buckley)",
 * "Jerome (…; Latin: Eusebius Sophronius Hieronymus; …)", "Jenna Nicole Mourey (…), better known by
 * her pseudonym Jenna Marbles". Each later name is the first one's entity: two full names by a
 * definition (returned, and joined corpus-wide like an acronym's), a single word by its link. Only the
 * name right before the phrase counts: in "Tina McKenzie, a former member of the national team,
 * known as the Gliders" the team is known so, not she. `mentions` are in text order; names inside
 * another name are skipped.
 */
export function linkAliasPhrases(text: string, mentions: readonly LinkableMention[]): { alias: string; of: string }[] {
  const outermost = outermostOf(mentions);
  const definitions: { alias: string; of: string }[] = [];
  const define = (name: LinkableMention, other: LinkableMention) => {
    const of = name.link ?? name.key;
    // Two full names are one bearer's wherever they stand ("Ahmed al-Sharaa" and "Abu Mohammed
    // al-Jolani"); a maiden name ("née Buckley") is so only here, while an acronym ("known by its
    // French acronym RSF") or a nickname ("Mohamed Hamdan Dagalo, known as Hemedti … Hemedti said")
    // is so through the rest of the article: elsewhere RSF may be Sudan's Rapid Support Forces.
    if (of.includes(' ') && other.key.includes(' ')) definitions.push({ alias: other.key, of });
    else if (isAcronymText(text, other) || !BIRTH_NAME_PHRASE.test(text.slice(name.end, other.start))) linkFrom(outermost, other, of);
    else {
      other.link = of;
      linkGivenAndMaidenName(text, outermost, name, other, of);
    }
  };
  for (let i = 1; i < outermost.length; i++) {
    const other = outermost[i]!;
    const name = namedBefore(text, outermost, i) ?? bearerDescribedBefore(text, outermost, i);
    if (!name || isPlaceNotSpellingAcronym(text, name, other) || isWhereBeforeBareAliasPhrase(text, name, other) || isNarrowedByNationality(text, name) || closesListOfThree(text, outermost, name, other)) continue;
    define(name, other);
    // "also known as Abba Theodorus and Theodore the Sanctified": the next name of the list too.
    const next = outermost[i + 1];
    if (next && next.sentence === name.sentence && !next.link && /^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(other.end, next.start))) define(name, next);
  }
  definitions.push(...birthNamesOpeningSentences(text, outermost));
  definitions.push(...namesCalledByPronoun(text, outermost));
  linkAsTheHeadIsKnown(text, outermost);
  linkWhatOthersCallIt(text, outermost);
  return definitions;
}

/**
 * "the South China Sea, which Vietnam calls the East Sea", "the Gulf, which Iran calls the Persian Gulf": the
 * name a country or a body gives the name before is that one's through the rest of the article,
 * and only there (the lists' "East Sea" is the Sea of Japan, as Korea calls it; it was that sea).
 */
function linkWhatOthersCallIt(text: string, outermost: readonly LinkableMention[]): void {
  for (let i = 2; i < outermost.length; i++) {
    const [name, caller, other] = [outermost[i - 2]!, outermost[i - 1]!, outermost[i]!];
    if (other.link || name.sentence !== other.sentence || name.key === other.key) continue;
    if (WHICH_BEFORE_CALLER.test(text.slice(name.end, caller.start)) && CALLS_AFTER_CALLER.test(text.slice(caller.end, other.start))) linkFrom(outermost, other, name.link ?? name.key);
  }
}

const WHICH_BEFORE_CALLER = /^,?\s*(?:which|what)\s+(?:the\s+)?$/u;
const CALLS_AFTER_CALLER = /^\s+(?:calls|call|refers\s+to\s+as|knows\s+as)\s+(?:the\s+)?["“'‘]?$/u;

/**
 * "Brazil's Supreme Federal Court ordered … The STF, as the court is known, voted": a name followed
 * by "as the <noun> is known" is another name of the last name before it that closes with that noun,
 * in its sentence or the four before. "The Berlinale, as it is known," names no noun and links nothing.
 */
function linkAsTheHeadIsKnown(text: string, outermost: readonly LinkableMention[]): void {
  for (let i = 1; i < outermost.length; i++) {
    const other = outermost[i]!;
    if (other.link || text.charCodeAt(other.end) !== 44) continue;
    const head = AS_THE_HEAD_IS_KNOWN.exec(text.slice(other.end, other.end + 60))?.[1];
    if (!head) continue;
    const named = lastNameClosingWith(outermost, i, ' ' + head.toLowerCase());
    if (named) linkFrom(outermost, other, named.link ?? named.key);
  }
}

const AS_THE_HEAD_IS_KNOWN = /^,\s+as\s+the\s+(\p{Ll}+)\s+is\s+(?:(?:commonly|widely|locally|popularly|informally|often|also|better)\s+)?(?:known|called)\b/u;

/** The last name before `outermost[i]`, in its sentence or the four before, whose key closes with `ending` (" court"). */
function lastNameClosingWith(outermost: readonly LinkableMention[], i: number, ending: string): LinkableMention | undefined {
  const sentence = outermost[i]!.sentence;
  for (let k = i - 1; k >= 0 && sentence - outermost[k]!.sentence <= 4; k--) {
    const m = outermost[k]!;
    if ((m.link ?? m.key).endsWith(ending)) return m;
  }
  return undefined;
}

/**
 * "Ngũgĩ wa Thiong'o … has died at 87. Born James Ngugi in Kamiriithu in 1938, he studied …": a
 * full name after "Born" opening a sentence whose subject is "he" or "she" is the birth name of the
 * full name last written in the two sentences before, and so is one whose subject is a word of that
 * name ("Born James Ngugi in 1938, Ngũgĩ studied"; not "…, Smith studied"), or a full name that is
 * the subject itself ("Born Norma Jeane Mortenson, Marilyn Monroe grew up"). "Born in Kamiriithu,
 * he …" names no one, and "Born Free, the film, …" has no pronoun or name for a subject.
 */
function birthNamesOpeningSentences(text: string, outermost: readonly LinkableMention[]): { alias: string; of: string }[] {
  const definitions: { alias: string; of: string }[] = [];
  for (let i = 0; i < outermost.length; i++) {
    const other = outermost[i]!;
    if (other.link || !other.key.includes(' ') || !BORN_OPENING.test(text.slice(Math.max(0, other.start - 8), other.start))) continue;
    const after = text.slice(other.end, other.end + 80);
    const bearer = fullNameSubjectAfter(text, outermost, i, after);
    if (bearer) {
      definitions.push({ alias: other.key, of: bearer.link ?? bearer.key });
      continue;
    }
    const pronoun = PRONOUN_SUBJECT_AFTER.exec(after)?.[1];
    const subject = pronoun ? undefined : NAME_SUBJECT_AFTER.exec(after)?.[1];
    if (!pronoun && !subject) continue;
    // "has died in the United States. Born James Ngugi in 1938, Ngũgĩ studied": the name the subject is a word of.
    const name = (pronoun ? (sameGivenNameBefore(text, outermost, i) ?? namesakeBefore(text, outermost, i)) : null) ?? lastFullNameBefore(text, outermost, i, pronoun ? (named) => !isIntroducedAsRelative(text, named) && !isOfOtherSex(named, pronoun) : (named) => isWordOfName(subject!, named));
    if (name) definitions.push({ alias: other.key, of: name.link ?? name.key });
  }
  return definitions;
}

/**
 * "Leonora Reyes-Lim … Friends call her "Nora."", "her supporters call her "Mama Ngozi."": a quoted
 * name after "call her" or "call him" is another name of the full name last written before it, in
 * its sentence or the two before, that is not of the other sex (a man is no "her"). Two full names
 * are a definition; one word is linked through the rest of the article.
 */
function namesCalledByPronoun(text: string, outermost: readonly LinkableMention[]): { alias: string; of: string }[] {
  const definitions: { alias: string; of: string }[] = [];
  for (let i = 1; i < outermost.length; i++) {
    const other = outermost[i]!;
    // "Patients mostly call her "Doctor."": a title or a dictionary word is what she is called, no name of hers.
    // The quotation mark before the name first: most names have none, and need no word list, slice or pattern.
    const pronoun = !opensQuotation(text, other.start) || other.link || isTitleWord(other.key) || isCommonWord(other.key) ? undefined : CALLED_BY_PRONOUN.exec(text.slice(Math.max(0, other.start - 40), other.start))?.[1];
    if (!pronoun) continue;
    const bearer = lastFullNameBefore(text, outermost, i, (named) => !isOfOtherSex(named, pronoun === 'him' ? 'he' : 'she'), true);
    if (!bearer) continue;
    const of = bearer.link ?? bearer.key;
    if (other.key.includes(' ')) definitions.push({ alias: other.key, of });
    else linkFrom(outermost, other, of);
  }
  return definitions;
}

/** "Friends call her "", "everyone calls him "": a quotation mark right after "call" and a pronoun. */
const CALLED_BY_PRONOUN = /\b(?:call|calls|called)\s+(him|her)\s+["“]$/;

/** A straight or an opening curly quotation mark right before `start`, as CALLED_BY_PRONOUN closes with: '"Nora' in 'call her "Nora."'. */
function opensQuotation(text: string, start: number): boolean {
  const code = start > 0 ? text.charCodeAt(start - 1) : 0;
  return code === 0x22 || code === 0x201c;
}

/**
 * "Born Norma Jeane Mortenson, Marilyn Monroe grew up in foster homes": the full name that opens
 * the clause after the birth name's phrase and a comma, before a verb, is the sentence's subject
 * and the one born so ("Born Free, the film, …" has none).
 */
function fullNameSubjectAfter(text: string, outermost: readonly LinkableMention[], i: number, after: string): LinkableMention | undefined {
  const comma = COMMA_BEFORE_SUBJECT.exec(after);
  if (!comma) return undefined;
  const start = outermost[i]!.end + comma[0].length;
  let j = i + 1;
  while (j < outermost.length && outermost[j]!.start < start) j++;
  const name = outermost[j];
  if (!name || name.start !== start || !name.key.includes(' ') || !VERB_AFTER.test(text.slice(name.end, name.end + 3))) return undefined;
  return name;
}

const COMMA_BEFORE_SUBJECT = /^[^.;,]*,\s+(?=\p{Lu})/u;
const VERB_AFTER = /^\s+\p{Ll}/u;

/**
 * "Margaret Sinclair Hume … Her son, Andrew Hume, said. Born Margaret Anne Sinclair in Glasgow, she
 * studied": the full name before, anywhere in the article, that opens with the birth name's given
 * name is the one born so, not the relative named last (nor, in a profile, the rival named just
 * before: "Femi Bakare … Born Ngozi Adeyemi in Ibadan, she trained" after "Ngozi Adeyemi-Bello").
 */
function sameGivenNameBefore(text: string, outermost: readonly LinkableMention[], i: number): LinkableMention | null {
  const other = outermost[i]!;
  const given = other.key.slice(0, other.key.indexOf(' ') + 1);
  for (let j = i - 1; j >= 0; j--) {
    const name = outermost[j]!;
    const key = name.link ?? name.key;
    if (key.startsWith(given) && key !== other.key && !isBodysOrPrizesName(text, name) && !isIntroducedAsRelative(text, name)) return name;
  }
  return null;
}

/** "Andrew Hume" for "Born Margaret Anne Sinclair …, she": a full name whose given name is listed for the other sex than the pronoun's. */
function isOfOtherSex(name: LinkableMention, pronoun: string): boolean {
  const key = name.link ?? name.key;
  const sex = givenNameGender(key.slice(0, key.indexOf(' ')));
  return sex !== null && sex !== (pronoun.toLowerCase() === 'she' ? 'female' : 'male');
}

/**
 * "Gena Rowlands … has died. … her son, Nick Cassavetes, said. Born Virginia Cathryn Rowlands in Madison,
 * Wisconsin, in 1930, she moved": the full name before, anywhere in the article, that ends with the birth
 * name's surname is the one born so, before the last one named (the son took her birth name).
 */
function namesakeBefore(text: string, outermost: readonly LinkableMention[], i: number): LinkableMention | null {
  const other = outermost[i]!;
  const surname = other.key.slice(other.key.lastIndexOf(' '));
  for (let j = i - 1; j >= 0; j--) {
    const name = outermost[j]!;
    const key = name.link ?? name.key;
    if (key.endsWith(surname) && key !== other.key && key.includes(' ') && !isBodysOrPrizesName(text, name)) return name;
  }
  return null;
}

/**
 * "… said her daughter, Miriam Kessler-Ross. Born Lorraine Ruth Adelson in the Bronx, she …": a name
 * written after a possessive's kinship noun is the subject's relative, not the one the pronoun is.
 */
function isIntroducedAsRelative(text: string, name: LinkableMention): boolean {
  return RELATIVE_BEFORE.test(text.slice(Math.max(0, name.start - 40), name.start));
}

const RELATIVE_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:(?:half-|step|grand)?(?:brother|sister|son|daughter|father|mother|child)|wife|husband|partner|cousin|uncle|aunt|nephew|niece),?\s+$/u;

/** The full name last written before `outermost[i]` (that `fits`), in the two sentences before its own (or in its own too); null if none. */
function lastFullNameBefore(text: string, outermost: readonly LinkableMention[], i: number, fits?: (name: LinkableMention) => boolean, ownSentence = false): LinkableMention | null {
  const other = outermost[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const name = outermost[j]!;
    if (name.sentence === other.sentence && !ownSentence) continue;
    if (name.sentence < other.sentence - 2) return null;
    if ((name.link ?? name.key).includes(' ') && name.key !== other.key && !isBodysOrPrizesName(text, name) && (!fits || fits(name))) return name;
  }
  return null;
}

/**
 * "Ngũgĩ … was named a contender for the Nobel Prize in Literature. Born James Ngugi …, he": a name
 * holding a lower-case connector ("in", "of", "for", "and", "the") or closing with a body's, a
 * place's or an event's head word after a word no given name is no one's to be born as ("Grace
 * Park" may be); "Ngũgĩ wa Thiong'o" and "Gonzalo de la Torre" hold only a surname's particles.
 */
function isBodysOrPrizesName(text: string, name: LinkableMention): boolean {
  const key = name.link ?? name.key;
  if (HEAD_WORDS.has(key.slice(key.lastIndexOf(' ') + 1)) && !isGivenName(key.slice(0, key.indexOf(' ')))) return true;
  return CONNECTOR_INSIDE.test(text.slice(name.start, name.end));
}

/** A lower-case word inside a name that joins a body's or a prize's words, no surname's particle. */
const CONNECTOR_INSIDE = /\s(?:in|of|for|and|on|at|to|the)\s/u;

/** "Born " opening a sentence (or the text). */
const BORN_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)Born\s+$/;
/**
 * ", he studied", "in Kamiriithu in 1938, she", "in Madison, Wisconsin, in 1930, she": the sentence's
 * subject, a pronoun, after the birth name's phrase; an abbreviation's period before a comma ends no
 * sentence ("in Albany, Ga., in 1936, she").
 */
const PRONOUN_SUBJECT_AFTER = /^(?:[^.;]|\.(?=,))*?,\s+(he|she)\b/;
/** ", Ngũgĩ studied": the sentence's subject, one capitalised word and a lower-case verb, after the birth name's phrase. */
const NAME_SUBJECT_AFTER = /^[^.;,]*,\s+(\p{Lu}[\p{L}'’-]*)\s+\p{Ll}/u;

/** "Ngũgĩ" of "Ngũgĩ wa Thiong'o", "Malcolm" of "Malcolm X": one of the name's words. */
function isWordOfName(word: string, name: LinkableMention): boolean {
  return ` ${name.link ?? name.key} `.includes(` ${nameKey(word)} `);
}

/**
 * The name that `outermost[i]` is given as another name of: the name right before it, or, when a
 * parenthesis holding other names stands between, the name before that parenthesis ("Jerome (…;
 * Latin: Eusebius Sophronius Hieronymus; Greek: Εὐσέβιος …)", "Natsu Higuchi (樋口 奈津 Higuchi
 * Natsu), also known as Natsuko Higuchi").
 */
function namedBefore(text: string, outermost: readonly LinkableMention[], i: number): LinkableMention | null {
  const other = outermost[i]!;
  if (other.link) return null;
  const previous = outermost[i - 1]!;
  const candidates = [previous, beforeParenthesis(text, outermost, i)];
  for (const name of candidates) {
    if (!name || name.sentence !== other.sentence || name.key === other.key) continue;
    if (introducesAlias(text.slice(name.end, other.start)) || isBodyAppositive(text, name, other) || isShortNameAppositive(text, name, other) || isBirthNameAfterVerb(text, name, other) || isEpithetAppositive(text, name, other)) return name;
  }
  return null;
}

/**
 * "Frank Delmonico has read his verses on the F train. The poet, dubbed the Subway Bard by riders,
 * won …": a sentence opened by "The" and a person's role noun, then the epithet's phrase, gives the
 * epithet to the person the two sentences before last named in full, with a given name first (it
 * named nothing, and "the Bard said" was a person "Bard" of its own).
 */
function bearerDescribedBefore(text: string, outermost: readonly LinkableMention[], i: number): LinkableMention | null {
  const other = outermost[i]!;
  if (other.link) return null;
  const noun = DESCRIBED_BEARER.exec(text.slice(Math.max(0, other.start - 80), other.start))?.[1];
  if (!noun || !ROLE_NOUNS.has(noun)) return null;
  return lastFullNameBefore(text, outermost, i, (name) => isGivenName(name.key.slice(0, name.key.indexOf(' ')), true));
}

/** "The poet, dubbed the ": a sentence's "The" and a role noun (captured), a comma and "dubbed" or "nicknamed". */
const DESCRIBED_BEARER = /(?:^|[.!?]["”’]?\s+|\n\s*)The\s+(\p{Ll}+),\s*(?:(?:also|later|affectionately|widely|once|since)\s+)?(?:dubbed|nicknamed)\s+(?:the\s+)?["“'‘]?$/u;

/**
 * "Ali was born Cassius Clay in Louisville", "Elton John, who was born Reginald Dwight,": a full name
 * right after "was born" is the birth name of the name before. One word is no one's ("he was born
 * Catholic"), nor a place after "in" ("was born in New York").
 */
function isBirthNameAfterVerb(text: string, name: LinkableMention, other: LinkableMention): boolean {
  return other.key.includes(' ') && /^,?\s+(?:who\s+)?(?:was|is)\s+born\s+$/u.test(text.slice(name.end, other.start)) && gazetteer().byKey.get(other.key)?.type !== 'place';
}

/**
 * "Gavi, the Vaccine Alliance, said", "UNICEF, the United Nations Children's Fund, will": a name, a
 * comma, "the" and a body's name of two words or more closing with an organisation's head word, then
 * a comma and a lower-case word or the sentence's end, is that body's other name. Not a list ("the
 * FBI, the Justice Department, and the CIA", "…, the CIA"), nor a place or a person the lists know ("In Geneva, the
 * World Health Organization, which …"), nor a role ("Biden, the president,": no name).
 */
function isBodyAppositive(text: string, name: LinkableMention, other: LinkableMention): boolean {
  if (!/^,\s+the\s+$/.test(text.slice(name.end, other.start)) || !other.key.includes(' ')) return false;
  if (HEAD_WORDS.get(other.key.slice(other.key.lastIndexOf(' ') + 1)) !== 'organization') return false;
  const entry = gazetteer().byKey.get(name.key);
  const known = entry?.type;
  // "the FBI, the Justice Department.": two bodies the lists know apart are two.
  const otherEntry = gazetteer().byKey.get(other.key);
  if (entry && otherEntry && entry !== otherEntry) return false;
  if (known === 'place' || known === 'person' || /\b(?:in|at|to|on|near)\s+$/i.test(text.slice(Math.max(0, name.start - 6), name.start))) return false;
  // "bought by Gavi, the Vaccine Alliance, which …", "funds from Gavi, the Vaccine Alliance.": after
  // a preposition of whom or whence, only a place is refused ("from Zurich, the … Association.").
  if (/\b(?:from|for|of|by|with)\s+$/i.test(text.slice(Math.max(0, name.start - 6), name.start)) && isKnownPlace(name.key)) return false;
  return BODY_APPOSITIVE_END.test(text.slice(other.end, other.end + 30));
}

/** After a body's other name: a comma and a lower-case word going on ("…, said"), or the sentence's end ("…, the Vaccine Alliance."). */
const BODY_APPOSITIVE_END = /^(?:,\s+(?!(?:and|or|the|as|but)\b)\p{Ll}|[.;:](?:\s|$))/u;

/**
 * "The Islamic Resistance Movement, Hamas, said", "the Federal Security Service, FSB, said": a
 * body's name of two words or more closing with an organisation's head word, a comma, then an
 * acronym or a body the lists know, then a comma and a lower-case word, is that body's short name.
 * Not a list ("the Islamic Resistance Movement, Hamas, and Hezbollah") nor someone after a
 * committee ("the Senate Judiciary Committee, Garland, who"): no person's name, no relative pronoun.
 */
function isShortNameAppositive(text: string, name: LinkableMention, other: LinkableMention): boolean {
  if (!/^,\s+$/.test(text.slice(name.end, other.start)) || !name.key.includes(' ') || other.key.includes(' ')) return false;
  if (HEAD_WORDS.get(name.key.slice(name.key.lastIndexOf(' ') + 1)) !== 'organization') return false;
  if (!isAcronymText(text, other) && gazetteer().byKey.get(other.key)?.type !== 'organization') return false;
  return /^,\s+(?!(?:and|or|the|as|but|who|whose|which|where|when|while)\b)\p{Ll}/u.test(text.slice(other.end, other.end + 30));
}

/**
 * "Reed Callister, the Tornado King, has chased storms": an appositive of two or three capitalised
 * dictionary words after "the" closing with a ruler's title, between commas, right after a person's
 * full name, is that person's epithet (it named nothing, and "The Tornado King has filmed" no one).
 * Not an office or a body ("Jane Hale, the Deputy Mayor,", "Sarah Kim, the Public Defender,": its
 * epithet would join every "Public Defender" of the corpus to her), nor a rank ("the Crown Prince"),
 * nor a name the lists know ("the Burger King").
 */
function isEpithetAppositive(text: string, name: LinkableMention, other: LinkableMention): boolean {
  if (!/^,\s+the\s+$/.test(text.slice(name.end, other.start)) || text.charCodeAt(other.end) !== 44) return false;
  if (name.link || !isPersonsFullNameShape(name.key)) return false;
  const words = other.key.split(' ');
  if (words.length < 2 || words.length > 3 || gazetteer().byKey.has(other.key)) return false;
  // A ruler's title closes it, after words of its own: "Public Defender", "Chief Economist" are offices.
  const last = words.length - 1;
  if (!RULERS_OF_EPITHETS.has(words[last]!) || RULERS_RANKS.has(words[last - 1]!)) return false;
  for (const word of words.slice(0, last)) if (!isCommonWord(word) || isTitleWord(word) || isBodyWord(word) || HEAD_WORDS.has(word)) return false;
  return /^(?:\p{Lu}\p{Ll}+\s+){1,2}\p{Lu}\p{Ll}+$/u.test(text.slice(other.start, other.end));
}

/** Two or three words, none a body's or a place's head word, no name the lists know: "Reed Callister", not "Acme Holdings" or "New Mexico". */
function isPersonsFullNameShape(key: string): boolean {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 3 || gazetteer().byKey.has(key)) return false;
  for (const word of words) if (HEAD_WORDS.has(word) || isBodyWord(word)) return false;
  return true;
}

/** A ruler's title closing an epithet after words of its own: "the Tornado King", "the Iron Lady", "the Pop Princess". */
const RULERS_OF_EPITHETS = new Set(['king', 'queen', 'prince', 'princess', 'lord', 'lady', 'emperor', 'empress', 'baron', 'duke', 'czar', 'tsar']);
/** Words that make such a title a rank, no epithet: "the Crown Prince", "the Grand Duke", "the Queen Mother" (its "queen" is a title). */
const RULERS_RANKS = new Set(['crown', 'grand', 'dowager', 'royal', 'high']);

/** The name right before the parenthesis that holds `outermost[i]`'s start or closes just before it, if any. */
function beforeParenthesis(text: string, outermost: readonly LinkableMention[], i: number): LinkableMention | null {
  const other = outermost[i]!;
  const previous = outermost[i - 1]!;
  // introducesAlias reads at most 200 characters: no parenthesis further back matters. Searched
  // in a slice of those, so that most names (no parenthesis before them) cost one native scan.
  const limit = Math.max(0, other.start - 200);
  const window = text.slice(limit, other.start + 1);
  // The last "(" before the name: the one that holds it, or that closes just before it.
  const inWindow = window.lastIndexOf('(');
  if (inWindow < 0) return null;
  const open = limit + inWindow;
  if (open >= previous.start) return null;
  for (let j = i - 1; j >= 0; j--) {
    const m = outermost[j]!;
    if (m.end <= open) return /^\s*$/.test(text.slice(m.end, open)) ? m : null;
  }
  return null;
}

/** Links `other` and every later mention of the same key that is not linked yet to `of`. */
function linkFrom(mentions: readonly LinkableMention[], other: LinkableMention, of: string): void {
  for (const m of mentions) if (m.start >= other.start && m.key === other.key && !m.link) m.link = of;
}

function isAcronymText(text: string, m: LinkableMention): boolean {
  return /^\p{Lu}{2,}$/u.test(text.slice(m.start, m.end).replace(/\./g, ''));
}

/**
 * "The U.N. Assistance Mission in Afghanistan, known as UNAMA": the body's name was cut before "in",
 * so the name right before the phrase is the country's. A place the list knows is known by an
 * acronym only when its words spell it ("the United Arab Emirates, known as UAE").
 */
function isPlaceNotSpellingAcronym(text: string, name: LinkableMention, other: LinkableMention): boolean {
  if (!isAcronymText(text, other) || gazetteer().byKey.get(name.key)?.type !== 'place') return false;
  return !spellsInitials(text, name, other);
}

/**
 * 'a man in Barranquilla known as "El Flaco"': a known place after "in", "from", "at" or "near" and
 * an alias phrase with no comma before it says where the one so known is, whom the sentence named
 * before; the alias is no other name of the town unless it is a place too (the town was "El Flaco").
 * 'in Myanmar, also known as Burma' keeps its comma and links.
 */
function isWhereBeforeBareAliasPhrase(text: string, name: LinkableMention, other: LinkableMention): boolean {
  if (!/^\s+(?:also\s+)?known\s+as\b/u.test(text.slice(name.end, other.start))) return false;
  if (!/\b(?:in|from|at|near)\s+$/u.test(text.slice(Math.max(0, name.start - 8), name.start))) return false;
  return isKnownPlace(name.key) && !isKnownPlace(other.key);
}

/** `other` is an acronym of the capitalised words of `name`: "UAE" of "United Arab Emirates". */
function spellsInitials(text: string, name: LinkableMention, other: LinkableMention): boolean {
  if (!isAcronymText(text, other)) return false;
  const acronym = text.slice(other.start, other.end).replace(/\./g, '');
  const initials = (text.slice(name.start, name.end).match(/\p{Lu}\p{L}*/gu) ?? []).map((w) => w[0]).join('');
  return initials === acronym;
}

/**
 * "Talks mediated by the United States, Saudi Arabia, Egypt and the United Arab Emirates, known as
 * the Quad, have failed": the name closing a list of three or more, then a comma and the phrase,
 * is one of the group the phrase names, not its bearer. An acronym of its own words is still its
 * own ("…, Egypt and the United Arab Emirates, known as UAE"); a pair ("the party and President
 * Bola Tinubu, known as Jagaban") says nothing either way and keeps the phrase.
 */
function closesListOfThree(text: string, outermost: readonly LinkableMention[], name: LinkableMention, other: LinkableMention): boolean {
  // "Britain, France and Germany — known as the E3 —": a dash opens the phrase as a comma does.
  if (!/^\s*[,—–]/.test(text.slice(name.end, other.start)) || spellsInitials(text, name, other)) return false;
  const at = outermost.indexOf(name);
  const [second, first] = [outermost[at - 1], outermost[at - 2]];
  if (!first || !second || first.sentence !== name.sentence) return false;
  return /^,?\s+(?:and|or)\s+(?:the\s+)?$/.test(text.slice(second.end, name.start)) && /^,\s+(?:the\s+)?$/.test(text.slice(first.end, second.start));
}

/**
 * "the Pakistani Taliban, known as Tehrik-e-Taliban Pakistan or TTP": a nationality before the name
 * narrows it to another body, the one the phrase names; it is no other name of the Taliban.
 */
function isNarrowedByNationality(text: string, name: LinkableMention): boolean {
  const word = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, name.start - 30), name.start))?.[1];
  return !!word && gazetteer().demonyms.has(word.toLowerCase());
}

function introducesAlias(between: string): boolean {
  if (between.length > 200) return false;
  const label = LANGUAGE_LABEL.exec(between);
  if (label) return isLanguage(label[1]!.toLowerCase());
  const after = withoutBodyNoun(between).replace(LEADING_PARENTHESIS, '').replace(SHORT_DESCRIPTION, ' ');
  return ALIAS_PHRASE.test(after) || PEN_NAME_OF.test(after);
}

/**
 * "Jacob Zuma's new uMkhonto weSizwe party, known as MK": a body's head word in lower case after its
 * name goes with it (MK was a body of its own). Only a body's word: "Biden's dog, known as Commander"
 * is the dog's name, not the president's.
 */
function withoutBodyNoun(between: string): string {
  // The noun's comma first: most text between two names holds none.
  const noun = between.includes(',') ? BODY_NOUN_AFTER_NAME.exec(between) : null;
  return noun && isBodyWord(noun[1]!) ? between.slice(noun[0].length) : between;
}

const BODY_NOUN_AFTER_NAME = /^\s+(\p{Ll}+)(?=,)/u;

/**
 * "Sean Combs, the music mogul known as Diddy", "Mohamed Hamdan Dagalo, a general better known as
 * Hemedti": "the" or "a" and up to three lower-case words between the name and the phrase describe
 * the bearer. After a comma ("Tina McKenzie, a former member of the national team, known as the
 * Gliders") the phrase is of the last name, not hers.
 */
const SHORT_DESCRIPTION = /^,\s+(?:the|a|an)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?=(?:(?:also|better|commonly|popularly|widely)\s+)?(?:known|nicknamed|dubbed)\s)/u;

/** "Latin", "Greek", "French": the adjectives of nations, and the classical languages. */
function isLanguage(lower: string): boolean {
  return gazetteer().demonyms.has(lower) || lower === 'latin' || lower === 'sanskrit';
}

function outermostOf<T extends LinkableMention>(mentions: readonly T[]): T[] {
  const out: T[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && m.start >= last.start && m.end <= last.end) continue;
    out.push(m);
  }
  return out;
}
