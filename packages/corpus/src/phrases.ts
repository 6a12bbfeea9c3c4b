// The capitalised phrase around an offset of a note ("Add as alias of …", the hover while the
// corpus is indexing), and nothing else: it needs one word list (lexicon.ts), not the extraction.
// The language server imports it with import() instead of the whole library (`@dossier/corpus`),
// so a hover during a cold index does not leave the extraction's code and data in the server.
export { capitalisedPhraseAt, type NotePhrase } from './notes/notePhrases.js';
