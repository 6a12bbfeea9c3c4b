import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../src/settings';

const from = (values: Record<string, unknown>) => ({ get: (key: string) => values[key] });

describe('readSettings', () => {
  it('gives the defaults for an empty configuration', () => {
    expect(readSettings(from({}))).toEqual(DEFAULT_SETTINGS);
  });

  it('reads every setting', () => {
    expect(
      readSettings(
        from({
          'corpus.paths': ['news'],
          'corpus.exclude': ['**/drafts/**'],
          'corpus.maxFileBytes': 1000,
          'hover.snippets': 5,
          'diagnostics.spellingVariants': false,
          'diagnostics.quotes': false,
          'codeLens.enabled': false,
          'codeLens.maxNoteLines': 200,
          'index.database': ' TEAM_DB ',
        }),
      ),
    ).toEqual({
      corpus: { paths: ['news'], exclude: ['**/drafts/**'], maxFileBytes: 1000 },
      hover: { snippets: 5 },
      diagnostics: { spellingVariants: false, quotes: false },
      codeLens: { enabled: false, maxNoteLines: 200 },
      index: { database: 'TEAM_DB' },
    });
  });

  it('falls back to defaults for values of the wrong type and clamps the snippet count', () => {
    const s = readSettings(from({ 'corpus.paths': 'seeds', 'hover.snippets': 99, 'diagnostics.quotes': 'yes' }));
    expect(s.corpus.paths).toEqual(DEFAULT_SETTINGS.corpus.paths);
    expect(s.hover.snippets).toBe(10);
    expect(s.diagnostics.quotes).toBe(true);
  });

  it('applies the server\'s rules: blank paths dropped, names trimmed, a size that is not positive refused', () => {
    const s = readSettings(from({ 'corpus.paths': ['', ' news ', 3], 'corpus.maxFileBytes': -5, 'hover.snippets': 2.6 }));
    expect(s.corpus.paths).toEqual(['news']);
    expect(s.corpus.maxFileBytes).toBe(DEFAULT_SETTINGS.corpus.maxFileBytes);
    expect(s.hover.snippets).toBe(3);
  });
});
