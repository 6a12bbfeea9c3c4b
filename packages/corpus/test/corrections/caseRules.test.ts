import { describe, expect, it } from 'vitest';
import { parseDossierConfig } from '../../src/config/dossierConfig.js';
import { deserializeIndex, serializeIndex } from '../../src/corpusIndex/snapshot.js';
import { findNoteNames } from '../../src/notes/noteAnalysis.js';
import { indexTexts } from '../helpers/indexTexts.js';

const ARTICLES = {
  'who.txt': 'The WHO said on Monday that the outbreak in Goma was under control, and the US pledged funds.\n',
  'it.txt': 'The ministry said its IT staff in Kyiv restored the systems on Friday, officials said.\n',
  'nato.txt': 'NATO ministers met in Brussels on Tuesday, the alliance said.\n',
  'rna.txt': 'Researchers at Moderna said RNA vaccines were ready, the company said on Wednesday.\n',
};

/** The names found in a note, as "text→entity". */
function names(config: string, note: string): string[] {
  const { corrections } = parseDossierConfig(config, 'dossier.yaml');
  const index = indexTexts(ARTICLES, corrections);
  return findNoteNames(index, note).map((n) => `${n.text}→${n.entity.name}`);
}

describe('case rules per alias', () => {
  it('matches all-capital aliases by case: "US", "WHO" and "IT" but not "us", "who" and "it"', () => {
    // "IT" is no name to the extractor (a common acronym): the analyst declares the IT Army by it.
    const found = names('entities:\n  - name: IT Army\n    aliases: [IT]\n', 'Let us ask who paid for it: the US, the WHO and the IT team.\n');
    expect(found).toEqual(['US→United States', 'WHO→World Health Organization', 'IT→IT Army']);
  });

  it('matches other aliases ignoring case after the capital: "Kyiv" and "KYIV", never "kyiv"', () => {
    const found = names('', 'KYIV and Kyiv, but not kyiv.\n');
    expect(found).toEqual(['KYIV→Kyiv', 'Kyiv→Kyiv']);
  });

  it('caseSensitive: false on an entity matches any case ("who" too, when the analyst says so)', () => {
    const found = names('entities:\n  - name: WHO\n    caseSensitive: false\n', 'Ask who: the WHO, the Who.\n');
    expect(found).toEqual(['who→WHO', 'WHO→WHO', 'Who→WHO']);
  });

  it('keeps its case rules through a snapshot', () => {
    const { corrections } = parseDossierConfig('entities:\n  - name: NATO\n    aliases: [{ name: Nato, caseSensitive: false }]\n  - name: IT Army\n    aliases: [IT]\n', 'dossier.yaml');
    const { index } = deserializeIndex(serializeIndex(indexTexts(ARTICLES, corrections), null));
    const found = findNoteNames(index, 'nato, Nato and NATO; the IT team, not it.\n').map((n) => `${n.text}→${n.entity.name}`);
    expect(found).toEqual(['nato→NATO', 'Nato→NATO', 'NATO→NATO', 'IT→IT Army']);
  });

  it('caseSensitive: false on one alias only ("Nato" and "nato" as the British press writes it)', () => {
    const found = names('entities:\n  - name: NATO\n    aliases: [{ name: Nato, caseSensitive: false }]\n', 'nato, Nato and NATO; not NaTo? It is.\n');
    expect(found).toEqual(['nato→NATO', 'Nato→NATO', 'NATO→NATO', 'NaTo→NATO']);
  });

  it('caseSensitive: true keeps a mixed-case name to its own spelling ("Moderna", never "MODERNA")', () => {
    const config = 'entities:\n  - name: Moderna\n    caseSensitive: true\n';
    expect(names('', 'MODERNA and Moderna.\n')).toEqual(['MODERNA→Moderna', 'Moderna→Moderna']);
    expect(names(config, 'MODERNA and Moderna.\n')).toEqual(['Moderna→Moderna']);
  });

  it('an alias rule wins over its entity rule', () => {
    const config = 'entities:\n  - name: WHO\n    caseSensitive: false\n    aliases: [{ name: World Health Organization, caseSensitive: true }]\n';
    expect(names(config, 'world health organization, World Health Organization, who.\n')).toEqual(['World Health Organization→WHO', 'who→WHO']);
  });

  it('reports a caseSensitive that is not a boolean with its line', () => {
    expect(() => parseDossierConfig('entities:\n  - name: WHO\n    caseSensitive: maybe\n', 'dossier.yaml')).toThrow('dossier.yaml:3: entities[1].caseSensitive: expected true or false');
    expect(() => parseDossierConfig('entities:\n  - name: WHO\n    aliases: [{ name: Who, case: 1 }]\n', 'dossier.yaml')).toThrow('entities[1].aliases[1]: expected a name, or { name, caseSensitive: true|false }');
  });
});
