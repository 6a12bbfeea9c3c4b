/** The settings the server honours, from initializationOptions and workspace/configuration ("dossier"). */
export interface DossierSettings {
  corpus: {
    /** Folders (relative to each workspace folder, or absolute) holding the articles. */
    paths: string[];
    exclude: string[];
    maxFileBytes: number;
  };
  hover: { snippets: number };
  diagnostics: { spellingVariants: boolean; quotes: boolean };
  /** Entities and counts over note headings and first mentions; off in notes longer than maxNoteLines. */
  codeLens: { enabled: boolean; maxNoteLines: number };
  index: {
    /**
     * The team's shared index: a PostgreSQL URL, or the name of an environment variable that
     * holds one (no password in a settings file). Empty: index the corpus folders locally.
     */
    database: string;
  };
}

export const DEFAULT_SETTINGS: DossierSettings = {
  corpus: { paths: ['seeds', 'corpus', 'articles'], exclude: [], maxFileBytes: 64 * 1024 * 1024 },
  hover: { snippets: 3 },
  diagnostics: { spellingVariants: true, quotes: true },
  codeLens: { enabled: true, maxNoteLines: 1000 },
  index: { database: '' },
};

/** Settings from an untrusted JSON value: wrong types fall back to defaults rather than breaking the server. */
export function settingsFrom(raw: unknown, base: DossierSettings = DEFAULT_SETTINGS): DossierSettings {
  const r = (raw ?? {}) as Record<string, unknown>;
  const corpus = (r.corpus ?? {}) as Record<string, unknown>;
  const hover = (r.hover ?? {}) as Record<string, unknown>;
  const diagnostics = (r.diagnostics ?? {}) as Record<string, unknown>;
  const codeLens = (r.codeLens ?? {}) as Record<string, unknown>;
  const index = (r.index ?? {}) as Record<string, unknown>;
  return {
    corpus: {
      paths: stringList(corpus.paths) ?? base.corpus.paths,
      exclude: stringList(corpus.exclude) ?? base.corpus.exclude,
      maxFileBytes: positiveNumber(corpus.maxFileBytes) ?? base.corpus.maxFileBytes,
    },
    hover: { snippets: clamp(positiveNumber(hover.snippets, true) ?? base.hover.snippets, 0, 10) },
    diagnostics: {
      spellingVariants: typeof diagnostics.spellingVariants === 'boolean' ? diagnostics.spellingVariants : base.diagnostics.spellingVariants,
      quotes: typeof diagnostics.quotes === 'boolean' ? diagnostics.quotes : base.diagnostics.quotes,
    },
    codeLens: {
      enabled: typeof codeLens.enabled === 'boolean' ? codeLens.enabled : base.codeLens.enabled,
      maxNoteLines: Math.round(positiveNumber(codeLens.maxNoteLines) ?? base.codeLens.maxNoteLines),
    },
    index: { database: typeof index.database === 'string' ? index.database.trim() : base.index.database },
  };
}

function stringList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const list = value.filter((v): v is string => typeof v === 'string' && v.trim().length > 0).map((v) => v.trim());
  return list;
}

function positiveNumber(value: unknown, allowZero = false): number | null {
  return typeof value === 'number' && Number.isFinite(value) && (value > 0 || (allowZero && value === 0)) ? value : null;
}

function clamp(n: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(n)));
}
