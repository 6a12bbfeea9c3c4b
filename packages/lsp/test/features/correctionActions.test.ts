import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { CorrectionActionProvider } from '../../src/features/correctionActions.js';
import { NoteAnalyses } from '../../src/features/noteAnalysis.js';
import { NoteTargets } from '../../src/features/noteTargets.js';
import { ApplyCorrectionsCommand } from '../../src/protocol.js';
import { ARTICLE_KIM, ARTICLE_SUMMIT, memoryAccess, memoryCorpus, note, positionOf } from '../helpers/memoryCorpus.js';
import { memoryCorrections, silentLog } from '../helpers/memoryCorrections.js';

const corpus = { 'kim.txt': ARTICLE_KIM, 'summit.txt': ARTICLE_SUMMIT };

function provider(config: string | null = null, canCreateFiles = true, editable = true) {
  const { index, texts } = memoryCorpus(corpus);
  const corrections = memoryCorrections(config, canCreateFiles, editable);
  const analyses = new NoteAnalyses();
  return new CorrectionActionProvider(memoryAccess(index, texts), analyses, new NoteTargets(analyses), corrections, silentLog);
}

async function actionsAt(doc: TextDocument, needle: string, config: string | null = null, canCreateFiles = true) {
  const at = positionOf(doc, needle);
  return provider(config, canCreateFiles).provideCorrectionActions(doc, { start: at, end: at });
}

describe('correction code actions, in memory', () => {
  it('edits the note at the right places with CRLF line ends, emoji and CJK before the name', async () => {
    const doc = note('# 🚢 北朝鮮\r\n\r\nKim Yo Jong 🙂 spoke. Kim answered.\r\n');
    const actions = await actionsAt(doc, 'Kim answered');
    const here = actions.find((a) => a.title === 'Here "Kim" means Kim Jong Un (person)')!;
    expect(TextDocument.applyEdits(doc, here.edit!.changes![doc.uri]!)).toBe('<!-- dossier: Kim = Kim Jong Un -->\r\n# 🚢 北朝鮮\r\n\r\nKim Yo Jong 🙂 spoke. Kim answered.\r\n');
    const cite = (await actionsAt(doc, 'Kim Yo Jong')).find((a) => a.title === 'Insert citation for Kim Yo Jong')!;
    const cited = TextDocument.applyEdits(doc, cite.edit!.changes![doc.uri]!);
    expect(cited).toBe(
      '# 🚢 北朝鮮\r\n\r\nKim Yo Jong[^kim-yo-jong] 🙂 spoke. Kim answered.\r\n\r\n' +
        `[^kim-yo-jong]: “Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, said on Thursday that Seoul's hopes were a "pipe dream."” — “Sister Speaks Out”, undated, corpus/kim.txt:2.\r\n`,
    );
  });

  it('replaces an earlier comment for the same form rather than adding a second', async () => {
    const doc = note('<!-- dossier: Kim = Kim Yo Jong -->\nKim Yo Jong spoke. Kim answered.\n');
    const here = (await actionsAt(doc, 'Kim answered')).find((a) => a.title.startsWith('Here "Kim" means Kim Jong Un'))!;
    expect(TextDocument.applyEdits(doc, here.edit!.changes![doc.uri]!)).toBe('<!-- dossier: Kim = Kim Jong Un -->\nKim Yo Jong spoke. Kim answered.\n');
  });

  it('edits dossier.yaml in place when it exists, and hands the server the new text', async () => {
    const config = '# mine\nexclude: [Presidential]\n';
    const doc = note('Vladivostok was busy.\n');
    const exclude = (await actionsAt(doc, 'Vladivostok', config)).find((a) => a.title === 'Not an entity: exclude "Vladivostok"')!;
    expect(exclude.edit).toEqual({ changes: { 'file:///workspace/dossier.yaml': [{ range: { start: { line: 1, character: 22 }, end: { line: 1, character: 22 } }, newText: ', Vladivostok' }] } });
    expect(exclude.command).toEqual({ title: exclude.title, command: ApplyCorrectionsCommand, arguments: [{ file: '/workspace/dossier.yaml', text: '# mine\nexclude: [Presidential, Vladivostok]\n' }] });
  });

  it('with a shared index (corrections in its database) edits no dossier.yaml, and still edits the note', async () => {
    const doc = note('Vladivostok was busy. Kim Yo Jong spoke. Kim answered.\n');
    const at = (needle: string) => provider('exclude: [Presidential]\n', true, false).provideCorrectionActions(doc, { start: positionOf(doc, needle), end: positionOf(doc, needle) });
    const all = [...(await at('Vladivostok')), ...(await at('Kim answered'))];
    expect(all.filter((a) => a.command?.command === ApplyCorrectionsCommand)).toEqual([]);
    expect(all.some((a) => a.title.startsWith('Here "Kim" means '))).toBe(true);
  });

  it('lets the server write a new dossier.yaml for a client that cannot create files', async () => {
    const doc = note('Choe Son Hui flew in.\n');
    const declare = (await actionsAt(doc, 'Choe', null, false)).find((a) => a.title === 'Declare "Choe Son Hui" as new person')!;
    expect(declare.edit).toBeUndefined();
    expect(declare.command!.arguments).toEqual([{ file: '/workspace/dossier.yaml', text: 'entities:\n  - name: Choe Son Hui\n    type: person\n', write: true }]);
  });

  it('offers nothing to add or declare on a lone common word, and never overwrites a broken dossier.yaml', async () => {
    expect(await actionsAt(note('The talks went on.\n'), 'The')).toEqual([]);
    const broken = await actionsAt(note('Choe Son Hui flew in.\n'), 'Choe', 'entities: [\n');
    expect(broken).toEqual([]);
  });

  it('offers the closest entities by name and by what the section names', async () => {
    const doc = note('# Summit\n\nThe Supreme Leader met Vladimir Putin. Marshal Kim left.\n');
    const titles = (await actionsAt(doc, 'Marshal')).map((a) => a.title).filter((t) => t.startsWith('Add'));
    expect(titles.slice(0, 2).sort()).toEqual(['Add "Marshal Kim" as alias of Kim Jong Un (person)', 'Add "Marshal Kim" as alias of Kim Yo Jong (person)']);
    expect(titles.length).toBeLessThanOrEqual(3);
  });
});
