import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/index.js';
import { nameEvidenceMemoCheck } from '../../src/entities/cues/nameEvidence.js';
import { indexTexts } from '../helpers/indexTexts.js';

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

  it('tells a maker\'s possessive from another\'s, and a release verb before "the" from another verb, two tokens before the name', () => {
    // "Sarah's Pixel 9" and "Google's Pixel 9" differ only in the word two tokens before the name,
    // as "bought the Pixel 9" and "unveiled the Pixel 9" do: a key without it gave the second the
    // first one's evidence (a vessel's, by the number, where a maker's possessive says product).
    const hits = nameEvidenceMemoCheck.hits;
    indexTexts({ 'a.txt': "Sarah's Pixel 9 broke on Monday. Google's Pixel 9 sold well. He bought the Pixel 9 in May. Google unveiled the Pixel 9 in June.\n" });
    expect(nameEvidenceMemoCheck.hits).toBeGreaterThan(hits);
    expect(nameEvidenceMemoCheck.mismatches).toEqual([]);
  });
});
