import { describe, expect, it } from 'vitest';
import { ServedIndex } from '../../src/workspace/servedIndex.js';
import { countedToken } from '../helpers/countedToken.js';
import { memoryCorpus } from '../helpers/memoryCorpus.js';

const { index } = memoryCorpus({ 'a.txt': 'Vladimir Putin met Kim Jong Un in Vladivostok on Monday, the agency said.\n' });

describe('ServedIndex: requests waiting for the first index', () => {
  it('answers a cancelled request with nothing at once, and the others with the index once it is served', async () => {
    const served = new ServedIndex();
    const cancelled = countedToken();
    const waiting = countedToken();
    const gaveUp = served.readyUnless(cancelled);
    const answered = served.readyUnless(waiting);
    const plain = served.ready();
    cancelled.cancel();
    expect(await gaveUp).toBeNull();
    served.serve(index);
    expect(await answered).toBe(index);
    expect(await plain).toBe(index);
    expect((await served.readyUnless(countedToken()))?.entities.map((e) => e.name)).toContain('Vladimir Putin');
  });

  it('keeps nothing of a wait once it is cancelled or answered: no listener on any request token', async () => {
    const served = new ServedIndex();
    const tokens = Array.from({ length: 1_000 }, () => countedToken());
    const waits = tokens.map((token) => served.readyUnless(token));
    expect(tokens.reduce((sum, token) => sum + token.listeners, 0)).toBe(1_000);
    for (const token of tokens.slice(0, 999)) token.cancel();
    expect(tokens.reduce((sum, token) => sum + token.listeners, 0)).toBe(1);
    served.serve(index);
    expect((await Promise.all(waits)).filter((answer) => answer === index)).toHaveLength(1);
    expect(tokens[999]!.listeners).toBe(0);
  });

  it('answers a request already cancelled with nothing, without listening to its token', async () => {
    const served = new ServedIndex();
    const token = countedToken();
    token.cancel();
    expect(await served.readyUnless(token)).toBeNull();
    expect(token.listeners).toBe(0);
  });
});
