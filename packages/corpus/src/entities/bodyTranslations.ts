import { HEAD_TRANSLATIONS, NAME_CONNECTORS, translationsOf } from './lexicon.js';
import type { AliasDefinition, MentionDraft } from './mentionDraft.js';

/**
 * A body's name in Spanish, Portuguese, French, Italian or German and its English name, written in
 * one story with no parenthesis between them: "Researchers at the Universidade Estadual de Rio Claro
 * … The State University of Rio Claro said" (they were two bodies), "Banca Popolare di Casalfiore …
 * The People's Bank of Casalfiore", "Landgericht Oberfeld … The Regional Court of Oberfeld". The
 * foreign name opens with a head word of another language that HEAD_TRANSLATIONS (lexicon.ts) renders;
 * every word of either name is matched by a word of the other, the same word ("Rio", "Claro") or
 * its translation in TRANSLATIONS; one word the same in both or more is no word a translation
 * renders ("Federal", "Agriculture"), so
 * "Ministerio de Salud" and "Ministry of Health" (Chile's? Britain's?) stay apart, as do
 * "Universidade de Coimbra" and "Federal University of Pelotas".
 */

/** English words that say nothing of which body a name names: connectors and the possessive. */
const ENGLISH_CONNECTORS = new Set(['of', 'the', 'and', 'for', "'s", 'on', 'in']);

/** Other words of a body's name, written as HEAD_TRANSLATION_LINES in lexicon.ts: "Estadual" is "State", "Popolare" "People's". */
const WORD_TRANSLATION_LINES = `
  state: estatal estadual statale staatliche
  national: nacional nationale nazionale
  central: centrale zentrale
  polytechnic: politecnica politecnico polytechnique
  technical: tecnica tecnico technique technische
  autonomous: autonoma autonomo autonome
  catholic: catolica catolico catholique cattolica katholische
  people|popular: popular popolare populaire
  supreme: supremo suprema
  superior|higher|high: superior superiore superieur
  constitutional: constitucional constitutionnel costituzionale
  administrative: administrativo administrativa administratif amministrativo
  agriculture: agricultura agricoltura landwirtschaft
  health: salud saude sante salute gesundheit
  justice: justicia justica giustizia justiz
  education: educacion educacao istruzione bildung
  finance: hacienda finanzas financas finances finanze finanzen
  defence|defense: defensa defesa difesa verteidigung
  economy: economia economie wirtschaft
  culture: cultura kultur
  labour|labor: trabajo trabalho travail lavoro arbeit
  research: investigacion pesquisa recherche ricerca forschung
  science|sciences: ciencia ciencias scienze wissenschaft wissenschaften
  arts: artes arti kunste
  fine: bellas belas beaux belle
`;

const TRANSLATIONS: ReadonlyMap<string, readonly string[][]> = new Map([...HEAD_TRANSLATIONS, ...translationsOf(WORD_TRANSLATION_LINES)]);

/** Every English word a rendering holds: no word that tells one body from another ("federal", "national"). */
const RENDERED_WORDS: ReadonlySet<string> = new Set([...TRANSLATIONS.values()].flat(2));

/** "l'agriculture", "dell'arte": the elided article before a word of a French or Italian name. */
const ELIDED_ARTICLE = /^(?:l|d|dell|all|nell|sull)'/;

/** A name's words that say which body it is: no connectors, no elided articles. */
function foreignContentWords(key: string): string[] {
  return key
    .split(' ')
    .filter((w) => !NAME_CONNECTORS.has(w))
    .map((w) => w.replace(ELIDED_ARTICLE, ''));
}

function englishContentWords(key: string): string[] {
  return key.split(' ').filter((w) => !ENGLISH_CONNECTORS.has(w));
}

/**
 * Whether every word of the foreign name and of the English one is matched by a word of the other
 * (the same word or a rendering of it in TRANSLATIONS), the head rendered, and one word or more
 * the same that no translation renders.
 */
export function translatesBodysName(foreignKey: string, englishKey: string): boolean {
  const foreign = foreignContentWords(foreignKey);
  if (!opensWithForeignHead(foreign)) return false;
  const left = englishContentWords(englishKey);
  let same = 0;
  for (const word of foreign) {
    const at = left.indexOf(word);
    if (at >= 0) {
      left.splice(at, 1);
      if (!RENDERED_WORDS.has(word)) same++;
      continue;
    }
    const rendering = (TRANSLATIONS.get(word) ?? []).find((words) => words.every((w) => left.includes(w)));
    if (!rendering) return false;
    for (const w of rendering) left.splice(left.indexOf(w), 1);
  }
  return left.length === 0 && same > 0;
}

/** "universidade estadual de rio claro": the name's first content word is a foreign body's head word that HEAD_TRANSLATIONS renders. */
function opensWithForeignHead(foreign: readonly string[]): boolean {
  return HEAD_TRANSLATIONS.has(foreign[0] ?? '');
}

/** foreignContentWords(key)[0] ?? '', without splitting the whole key: "universidade" of "universidade de coimbra". */
function firstContentWord(key: string): string {
  for (let start = 0; start <= key.length; ) {
    const space = key.indexOf(' ', start);
    const end = space < 0 ? key.length : space;
    const word = key.slice(start, end);
    if (!NAME_CONNECTORS.has(word)) return word.replace(ELIDED_ARTICLE, '');
    start = end + 1;
  }
  return '';
}

/**
 * The translations a story gives without a parenthesis: each name a foreign head word opens whose
 * English name, the only one of the story that translates it, is written there too.
 */
export function linkTranslatedBodies(mentions: readonly MentionDraft[], aliases: readonly AliasDefinition[]): AliasDefinition[] {
  const keys = new Set<string>();
  for (const m of mentions) if (!m.link && !m.modifier && m.key.includes(' ')) keys.add(m.key);
  // Asked once per name, not once per pair: most names open with no foreign head ("Prime Minister
  // Keir Starmer"), and splitting each of them again against every other name of the story was
  // 12% of what the analysis allocated on the 10k corpus.
  const foreignKeys = [...keys].filter((key) => HEAD_TRANSLATIONS.has(firstContentWord(key)));
  if (foreignKeys.length === 0) return [];
  const defined = new Set(aliases.map((a) => `${a.alias}\u0000${a.of}`));
  const found: AliasDefinition[] = [];
  for (const foreign of foreignKeys) {
    const english = [...keys].filter((k) => k !== foreign && translatesBodysName(foreign, k));
    if (english.length !== 1 || defined.has(`${foreign}\u0000${english[0]}`) || defined.has(`${english[0]}\u0000${foreign}`)) continue;
    found.push({ alias: foreign, of: english[0]!, kind: 'translation' });
  }
  return found;
}
