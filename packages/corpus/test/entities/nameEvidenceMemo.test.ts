import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/index.js';
import { nameEvidenceMemoCheck } from '../../src/entities/cues.js';

// cuesFor keeps a name's own evidence (nameEvidenceFor) by a key of what the rules read: the name's
// text and tokens and a few tokens beside it. A rule that reads further would get another context's
// evidence from the memo without any other test noticing. Here every memo hit over the fixture
// corpora is worked out again and compared, and the hits are counted, so that a run that never hit
// the memo cannot pass.
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const CORPORA = ['gum-dev/texts', 'articles', 'dev2/articles', 'heldout/articles'];

describe('the memo of a name\'s own evidence', () => {
  beforeAll(() => {
    nameEvidenceMemoCheck.enabled = true;
  });
  afterAll(() => {
    nameEvidenceMemoCheck.enabled = false;
  });

  it('gives what nameEvidenceFor works out afresh, on every hit over real text and the three gold sets', async () => {
    for (const corpus of CORPORA) {
      const index = await indexCorpus([join(FIXTURES, corpus)], { baseDir: FIXTURES });
      expect(index.entities.length, corpus).toBeGreaterThan(50);
    }
    expect(nameEvidenceMemoCheck.hits).toBeGreaterThan(1000);
    expect(nameEvidenceMemoCheck.mismatches).toEqual([]);
  });
});
