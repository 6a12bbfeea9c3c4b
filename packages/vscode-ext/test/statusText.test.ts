import { describe, expect, it } from 'vitest';
import { describeStatus, reindexDoneMessage } from '../src/statusText';
import { status } from './fixtures';

describe('describeStatus', () => {
  it('spins while the server starts', () => {
    expect(describeStatus('starting', undefined)).toMatchObject({ text: '$(sync~spin) Dossier', severity: 'normal' });
    expect(describeStatus('running', undefined).text).toBe('$(sync~spin) Dossier');
  });

  it('shows indexing progress', () => {
    const p = describeStatus('running', status({ state: 'indexing', phase: 'analysing', done: 1_212, total: 4_000 }));
    // The counts are the server's progress item's, and so is the spinner: one progress item on screen.
    expect(p.text).toBe('$(book) Dossier');
    expect(p.text).not.toMatch(/~spin/);
    expect(p.tooltip).toBe('Dossier is indexing the corpus: 1,212/4,000 files (27%).');
    const merging = describeStatus('running', status({ state: 'indexing', phase: 'merging', done: 4_000, total: 4_000 }));
    expect(merging.tooltip).toBe('Dossier is indexing the corpus: merging 4,000 files into entities (90%).');
  });

  it('counts entities and articles once ready', () => {
    const p = describeStatus('running', status({ state: 'ready', entities: 1234, articles: 1, files: 2 }));
    expect(p.text).toBe('$(book) 1,234 entities · 1 article');
    expect(p.tooltip).toContain('from 2 files');
    expect(p.severity).toBe('normal');
  });

  it('keeps the counts and warns when a shared index is served from its local copy', () => {
    const warning = 'The shared index is unreachable (cannot reach the database postgresql://reader@db:5432/team: connect ECONNREFUSED). Answering from the copy of version 7; trying again.';
    const p = describeStatus('running', status({ state: 'ready', entities: 40, articles: 9, files: 3, warning }));
    expect(p).toMatchObject({ text: '$(warning) 40 entities · 9 articles', severity: 'warning' });
    expect(p.tooltip.split('\n')[0]).toBe(warning);
  });

  it('warns when the corpus is empty, naming the setting', () => {
    const p = describeStatus('running', status({ state: 'empty' }));
    expect(p).toMatchObject({ text: '$(book) Dossier: no articles', severity: 'warning' });
    expect(p.tooltip).toContain('dossier.corpus.paths');
  });

  it('reports errors with the server message', () => {
    const p = describeStatus('running', status({ state: 'error', message: 'dossier.yaml:3: expected a list' }));
    expect(p).toMatchObject({ text: '$(warning) Dossier', severity: 'error' });
    expect(p.tooltip).toContain('dossier.yaml:3: expected a list');
  });

  it('says when the server process stopped, whatever it said last', () => {
    expect(describeStatus('stopped', status({ state: 'ready', entities: 3 }))).toMatchObject({ text: '$(error) Dossier', severity: 'error' });
  });
});

describe('Re-index Corpus reports completion (issue 13); its progress is the server\'s one item', () => {
  it('says what the new index holds, or why there is none', () => {
    expect(reindexDoneMessage(status({ state: 'ready', files: 2, entities: 86, articles: 9 }), 1234)).toBe('Dossier: re-indexed 2 files in 1.2 s: 86 entities in 9 articles.');
    expect(reindexDoneMessage(status({ state: 'empty' }), 300)).toBe('Dossier: re-indexed in 0.3 s, but found no article files (setting "dossier.corpus.paths").');
    expect(reindexDoneMessage(status({ state: 'error', message: 'EACCES' }), 300)).toBe('Dossier: re-indexing failed: EACCES.');
  });
});
