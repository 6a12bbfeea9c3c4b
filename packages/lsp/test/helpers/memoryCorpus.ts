import { analyzeFile, buildCorpusIndex, fromBytes, noCorrections, type CorpusIndex, type Corrections } from '@dossier/corpus';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CorpusAccess } from '../../src/corpusAccess.js';
import { createLanguageService } from '../../src/languageService.js';
import type { Logger } from '../../src/logger.js';
import type { NotesAccess } from '../../src/notesAccess.js';
import { memoryCorrections, silentLog } from './memoryCorrections.js';
import { DEFAULT_SETTINGS, type DossierSettings } from '../../src/workspace/settings.js';

export const CORPUS_DIR = '/corpus';

/**
 * A corpus of in-memory article files ("/corpus/<name>"), indexed exactly as files on disk are;
 * captured on 14 August 2025 unless `capturedAt` says otherwise (null: nothing says when).
 */
export function memoryCorpus(
  files: Record<string, string>,
  corrections: Corrections = noCorrections(),
  capturedAt: Date | null = new Date('2025-08-14T12:00:00Z'),
): { index: CorpusIndex; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const inputs = Object.entries(files).map(([name, text]) => {
    const path = `${CORPUS_DIR}/${name}`;
    const outcome = fromBytes(path, name.endsWith('.md') ? 'markdown' : 'text', new TextEncoder().encode(text));
    if (outcome.kind !== 'read') throw new Error(outcome.reason);
    texts.set(path, outcome.file.analysisText);
    return { analysis: analyzeFile(outcome.file, { capturedAt }), displayPath: `corpus/${name}` };
  });
  return { index: buildCorpusIndex(inputs, corrections), texts };
}

export function memoryAccess(index: CorpusIndex, texts: Map<string, string>, settings: DossierSettings = DEFAULT_SETTINGS): CorpusAccess {
  return {
    current: () => index,
    ready: async () => index,
    textOf: (path) => texts.get(path) ?? null,
    isLinkable: (path) => path.startsWith(CORPUS_DIR + '/'),
    settings: () => settings,
  };
}

export function note(text: string, uri = 'file:///notes/note.md', version = 1): TextDocument {
  return TextDocument.create(uri, 'markdown', version, text);
}

/** The language service over an in-memory corpus and notes. */
export function serviceFor(files: Record<string, string>, notes: TextDocument[] = [], settings?: DossierSettings, log: Logger = silentLog) {
  const { index, texts } = memoryCorpus(files);
  const access = memoryAccess(index, texts, settings);
  const notesAccess: NotesAccess = { all: async () => notes };
  return { index, texts, service: createLanguageService(access, notesAccess, memoryCorrections(), log) };
}

/** Position of the n-th occurrence of a string in a note, plus an offset into it. */
export function positionOf(doc: TextDocument, needle: string, into = 1, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = doc.getText().indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in note`);
  return doc.positionAt(at + into);
}

export const ARTICLE_KIM = `Sister Speaks Out
Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, said on Thursday that Seoul's hopes were a "pipe dream." Kim, who speaks for her brother, also criticised the United States.
The ministry in Seoul said it would keep its loudspeakers switched off while talks continued with partners.
`;

export const ARTICLE_SUMMIT = `North Korean leader Kim Jong Un and Russian President Vladimir Putin met at the Vostochny Cosmodrome in the Amur region. Kim toured the site and Putin said the two countries would cooperate on rockets.
Kim later visited Vladivostok, where officials showed him a frigate and new launch vehicles built for the navy.
`;
