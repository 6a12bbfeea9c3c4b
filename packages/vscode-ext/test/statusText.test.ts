import { describe, expect, it } from 'vitest';
import { describeStatus } from '../src/statusText';
import { status } from './fixtures';

describe('describeStatus', () => {
  it('spins while the server starts', () => {
    expect(describeStatus('starting', undefined)).toMatchObject({ text: '$(sync~spin) Dossier', severity: 'normal' });
    expect(describeStatus('running', undefined).text).toBe('$(sync~spin) Dossier');
  });

  it('shows indexing progress', () => {
    const p = describeStatus('running', status({ state: 'indexing', done: 12, total: 40 }));
    expect(p.text).toBe('$(sync~spin) Dossier: indexing 12/40');
    expect(p.tooltip).toContain('12 files of 40 analysed (30%)');
  });

  it('counts entities and articles once ready', () => {
    const p = describeStatus('running', status({ state: 'ready', entities: 1234, articles: 1, files: 2 }));
    expect(p.text).toBe('$(book) 1,234 entities · 1 article');
    expect(p.tooltip).toContain('from 2 files');
    expect(p.severity).toBe('normal');
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
