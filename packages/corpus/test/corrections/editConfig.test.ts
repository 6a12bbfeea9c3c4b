import { describe, expect, it } from 'vitest';
import { applyConfigEdit, textChange } from '../../src/config/editConfig.js';
import { parseDossierConfig } from '../../src/config/dossierConfig.js';
import { findNoteNames } from '../../src/notes/noteAnalysis.js';
import { noteAliasComment, noteAliasInsertOffset, readNoteAliases } from '../../src/notes/noteAliases.js';
import { entityNamed, indexTexts } from '../helpers/indexTexts.js';

const CONFIG = `# Corrections for the Korea desk
entities:
  - name: Kim Jong Un   # the leader
    type: person
    aliases: [Kim Jong-un]

exclude:
  - Presidential        # a cut-off teaser word
`;

describe('corrections written into dossier.yaml', () => {
  it('adds an alias to a declared entity, keeping comments and layout', () => {
    const after = applyConfigEdit(CONFIG, { kind: 'alias', entity: 'Kim Jong Un', alias: 'Marshal Kim' });
    expect(after).toBe(CONFIG.replace('aliases: [Kim Jong-un]', 'aliases: [Kim Jong-un, Marshal Kim]'));
  });

  it('declares an entity with the alias when dossier.yaml does not list it yet', () => {
    const after = applyConfigEdit(CONFIG, { kind: 'alias', entity: 'Kim Yo Jong', alias: 'First Sister' });
    expect(after).toContain('# Corrections for the Korea desk\n');
    expect(after).toBe(CONFIG.replace('\n\nexclude', '\n  - name: Kim Yo Jong\n    aliases: [First Sister]\n\nexclude'));
    expect(parseDossierConfig(after, 'dossier.yaml').corrections.entities.map((e) => [e.name, e.aliases])).toEqual([
      ['Kim Jong Un', ['Kim Jong-un']],
      ['Kim Yo Jong', ['First Sister']],
    ]);
  });

  it('keeps CRLF line ends', () => {
    const crlf = CONFIG.replace(/\n/g, '\r\n');
    expect(applyConfigEdit(crlf, { kind: 'exclude', name: 'X' })).toBe(crlf + '  - X\r\n');
  });

  it('creates the file from nothing', () => {
    expect(applyConfigEdit('', { kind: 'declare', name: 'Hong Min', type: 'person' })).toBe('entities:\n  - name: Hong Min\n    type: person\n');
    expect(applyConfigEdit('', { kind: 'exclude', name: 'Presidential' })).toBe('exclude:\n  - Presidential\n');
  });

  it('excludes a name once, under the existing comment', () => {
    const after = applyConfigEdit(CONFIG, { kind: 'exclude', name: 'Friday Meeting' });
    expect(after).toBe(CONFIG + '  - Friday Meeting\n');
    expect(applyConfigEdit(after, { kind: 'exclude', name: 'Friday Meeting' })).toBe(after);
  });

  it('splits a form, adding to an existing split of the same entity', () => {
    const once = applyConfigEdit(CONFIG, { kind: 'split', from: 'Kim Jong Un', form: 'Kim' });
    expect(once).toContain('split:\n  - from: Kim Jong Un\n    forms: [Kim]\n');
    const twice = applyConfigEdit(once, { kind: 'split', from: 'Kim Jong Un', form: 'Marshal' });
    expect(parseDossierConfig(twice, 'dossier.yaml').corrections.split).toEqual([{ from: 'Kim Jong Un', forms: ['Kim', 'Marshal'] }]);
  });

  it('refuses a file that does not parse rather than overwrite it', () => {
    expect(() => applyConfigEdit('entities: [\n', { kind: 'exclude', name: 'X' })).toThrow('dossier.yaml does not parse');
    expect(() => applyConfigEdit('exclude: yes\n', { kind: 'exclude', name: 'X' })).toThrow('"exclude" is not a list');
  });

  it('describes a change as the smallest replacement', () => {
    expect(textChange('a: [x]\n', 'a: [x, y]\n')).toEqual({ start: 5, end: 5, text: ', y' });
    expect(textChange('', 'new\n')).toEqual({ start: 0, end: 0, text: 'new\n' });
  });
});

const ARTICLES = {
  'a.txt': 'Kim Yo Jong, the sister of leader Kim Jong Un, said on Thursday that talks were a pipe dream. Kim spoke for her brother.\n',
  'b.txt': 'Leader Kim Jong Un inspected a factory on Friday, officials said, and Kim praised the workers there at length.\n',
};

describe('corrections applied to the index', () => {
  it('an entity declared without any mention in the corpus still names something in notes', () => {
    const { corrections } = parseDossierConfig('entities:\n  - name: Choe Son Hui\n    type: person\n', 'dossier.yaml');
    const index = indexTexts(ARTICLES, corrections);
    const choe = entityNamed(index, 'Choe Son Hui');
    expect([choe.type, choe.mentions.length, choe.declared]).toEqual(['person', 0, true]);
    expect(findNoteNames(index, 'Choe Son Hui flew to Moscow.\n').map((n) => n.entity.name)).toEqual(['Choe Son Hui']);
  });

  it('an excluded form names nothing in notes, not even as a person short form', () => {
    const { corrections } = parseDossierConfig('exclude: [Kim]\n', 'dossier.yaml');
    const before = findNoteNames(indexTexts(ARTICLES), 'Kim met Kim Yo Jong.\n').map((n) => n.text);
    const after = findNoteNames(indexTexts(ARTICLES, corrections), 'Kim met Kim Yo Jong.\n').map((n) => n.text);
    expect(before).toEqual(['Kim', 'Kim Yo Jong']);
    expect(after).toEqual(['Kim Yo Jong']);
  });
});

describe('what a short name means in one note', () => {
  const index = indexTexts(ARTICLES);

  it('a dossier comment decides, over the note and the corpus, and its own words are no names', () => {
    const note = '<!-- dossier: Kim = Kim Jong Un -->\n# Notes\n\nKim Yo Jong spoke. Kim answered.\n';
    const names = findNoteNames(index, note);
    expect(names.map((n) => [n.text, n.entity.name, n.resolution])).toEqual([
      ['Kim Yo Jong', 'Kim Yo Jong', 'unique'],
      ['Kim', 'Kim Jong Un', 'here'],
    ]);
    const plain = findNoteNames(index, '# Notes\n\nKim Yo Jong spoke. Kim answered.\n');
    expect(plain.map((n) => [n.text, n.entity.name, n.resolution])[1]).toEqual(['Kim', 'Kim Yo Jong', 'note']);
  });

  it('front matter decides too', () => {
    const note = '---\ntitle: x\ndossier: { aliases: { Kim: Kim Jong Un } }\n---\nKim Yo Jong spoke. Kim answered.\n';
    expect(findNoteNames(index, note).find((n) => n.text === 'Kim')!.entity.name).toBe('Kim Jong Un');
  });

  it('writes the comment on one line, after front matter and earlier comments', () => {
    expect(noteAliasComment('Kim', 'Kim Yo Jong')).toBe('<!-- dossier: Kim = Kim Yo Jong -->');
    expect(noteAliasComment('A=B', 'x --> y\n')).toBe('<!-- dossier: A B = x y -->');
    const note = '---\na: 1\n---\n<!-- dossier: Kim = Kim Jong Un -->\nText\n';
    expect(note.slice(noteAliasInsertOffset(note))).toBe('Text\n');
    expect(noteAliasInsertOffset('Text')).toBe(0);
    expect([...readNoteAliases(note).byKey]).toEqual([['kim', 'Kim Jong Un']]);
  });

  it('ignores broken front matter', () => {
    expect(readNoteAliases('---\ndossier: [\n---\nKim\n').byKey.size).toBe(0);
  });
});
