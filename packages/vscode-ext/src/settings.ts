// The "dossier.*" settings as the server receives them in initializationOptions
// (later changes reach it through workspace/configuration). VS Code-free: the
// reader is given a `get` function, in VS Code that of getConfiguration('dossier').

// One definition of the settings and their defaults: the server's own file, compiled into the
// bundle as protocol.ts is.
import { DEFAULT_SETTINGS, type DossierSettings } from '../../lsp/src/workspace/settings';

export { DEFAULT_SETTINGS, type DossierSettings };

/** A settings section: `get('corpus.paths')`, as vscode.WorkspaceConfiguration offers. */
export interface SettingsSource {
  get(key: string): unknown;
}

const strings = (value: unknown, fallback: string[]): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);
const number = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

/**
 * Reads the settings, falling back to the defaults for values of the wrong
 * type (settings.json is hand-edited). The server validates them again.
 */
export function readSettings(source: SettingsSource): DossierSettings {
  return {
    corpus: {
      paths: strings(source.get('corpus.paths'), DEFAULT_SETTINGS.corpus.paths),
      exclude: strings(source.get('corpus.exclude'), DEFAULT_SETTINGS.corpus.exclude),
      maxFileBytes: number(source.get('corpus.maxFileBytes'), DEFAULT_SETTINGS.corpus.maxFileBytes),
    },
    hover: { snippets: Math.max(0, Math.min(10, Math.round(number(source.get('hover.snippets'), DEFAULT_SETTINGS.hover.snippets)))) },
    diagnostics: {
      spellingVariants: bool(source.get('diagnostics.spellingVariants'), DEFAULT_SETTINGS.diagnostics.spellingVariants),
      quotes: bool(source.get('diagnostics.quotes'), DEFAULT_SETTINGS.diagnostics.quotes),
    },
    codeLens: {
      enabled: bool(source.get('codeLens.enabled'), DEFAULT_SETTINGS.codeLens.enabled),
      maxNoteLines: Math.max(1, Math.round(number(source.get('codeLens.maxNoteLines'), DEFAULT_SETTINGS.codeLens.maxNoteLines))),
    },
  };
}
