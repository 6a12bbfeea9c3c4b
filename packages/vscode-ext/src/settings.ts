// The "dossier.*" settings as the server receives them in initializationOptions
// (later changes reach it through workspace/configuration). VS Code-free: the
// reader is given a `get` function, in VS Code that of getConfiguration('dossier').

// One definition of the settings and their defaults: the server's own file, compiled into the
// bundle as protocol.ts is.
import { DEFAULT_SETTINGS, settingsFrom, type DossierSettings } from '../../lsp/src/workspace/settings';

export { DEFAULT_SETTINGS, type DossierSettings };

/** A settings section: `get('corpus.paths')`, as vscode.WorkspaceConfiguration offers. */
export interface SettingsSource {
  get(key: string): unknown;
}

/**
 * Reads every setting the server knows ("corpus.paths", "hover.snippets"...: the keys of its
 * defaults) and validates them with the server's own rules (settingsFrom), so that the two sides
 * cannot disagree: settings.json is hand-edited, and a wrong value falls back to its default.
 */
export function readSettings(source: SettingsSource): DossierSettings {
  const raw: Record<string, Record<string, unknown>> = {};
  for (const [section, defaults] of Object.entries(DEFAULT_SETTINGS)) {
    raw[section] = Object.fromEntries(Object.keys(defaults).map((key) => [key, source.get(`${section}.${key}`)]));
  }
  return settingsFrom(raw);
}
