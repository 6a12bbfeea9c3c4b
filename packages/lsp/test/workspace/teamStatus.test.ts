import { describe, expect, it } from 'vitest';
import type { ReaderStatus } from '@dossier/store-pg';
import { teamStatus } from '../../src/workspace/teamWorkspace.js';
import { memoryCorpus } from '../helpers/memoryCorpus.js';

const reader = (status: Partial<ReaderStatus>): ReaderStatus => ({ state: 'connected', location: 'postgresql://reader@db:5432/team', problem: null, version: 3, fromCache: false, ...status });
const { index } = memoryCorpus({ 'a.txt': 'Vladimir Putin met Kim Jong Un in Vladivostok on Monday, the agency said.\n' });

describe('teamStatus: what the status bar says of a shared index', () => {
  it('counts the index and names where it comes from', () => {
    expect(teamStatus(index, reader({}))).toEqual({
      state: 'ready',
      done: 1,
      total: 1,
      entities: index.entities.length,
      articles: 1,
      files: 1,
      message: 'Shared index postgresql://reader@db:5432/team, version 3',
    });
  });

  it('keeps the counts and warns while the copy is served', () => {
    const status = teamStatus(index, reader({ state: 'unreachable', problem: 'cannot reach the database postgresql://reader@db:5432/team: connect ECONNREFUSED 10.0.0.5:5432' }));
    expect(status).toMatchObject({ state: 'ready', entities: index.entities.length });
    expect(status.warning).toBe('The shared index is unreachable (cannot reach the database postgresql://reader@db:5432/team: connect ECONNREFUSED 10.0.0.5:5432). Answering from the copy of version 3; trying again.');
  });

  it('without an index: fetching, or the reason there is none', () => {
    expect(teamStatus(null, reader({ state: 'connecting', version: 0 }))).toMatchObject({ state: 'indexing', message: 'Fetching the shared index from postgresql://reader@db:5432/team' });
    expect(teamStatus(null, reader({ state: 'misconfigured', problem: 'the environment variable TEAM_DB (named as the database) is not set' }))).toMatchObject({
      state: 'error',
      message: 'the environment variable TEAM_DB (named as the database) is not set',
    });
  });
});
