import { describe, expect, it } from 'vitest';
import { articleNodes, entityNodes, groupByType, mentionNodes, positionLabel, presentNode, rootNodes } from '../src/entityTree';
import { KCNA, KIM_YO_JONG, KIM_YO_JONG_DETAILS, KURSK, PUTIN } from './fixtures';

describe('groupByType', () => {
  it('groups entities under their type, in display order, the most mentioned first', () => {
    const groups = groupByType([KURSK, KIM_YO_JONG, KCNA, PUTIN]);
    expect(groups.map((g) => g.type)).toEqual(['person', 'organization', 'place']);
    expect(groups[0]!.entities.map((e) => e.name)).toEqual(['Vladimir Putin', 'Kim Yo Jong']);
  });

  it('keeps a type it does not know, after the known ones', () => {
    const groups = groupByType([{ ...KCNA, id: 'x', type: 'weather' as never }, KURSK]);
    expect(groups.map((g) => g.type)).toEqual(['place', 'weather']);
    expect(presentNode(groups[1]!)).toMatchObject({ label: 'weather', icon: 'symbol-misc' });
  });
});

describe('rootNodes', () => {
  it('adds a notice when the server cut the list at the limit', () => {
    const nodes = rootNodes([PUTIN, KCNA], 2, undefined);
    expect(nodes.at(-1)).toEqual({ kind: 'notice', message: 'Showing the first 2 entities: filter the view to find others.' });
  });

  it('says so when a filter matches nothing (instead of the welcome text)', () => {
    expect(rootNodes([], 100, 'Nobody')).toEqual([{ kind: 'notice', message: 'No entity matches "Nobody".' }]);
  });

  it('returns nothing for an empty corpus, so the view shows its welcome text', () => {
    expect(rootNodes([], 100, undefined)).toEqual([]);
  });
});

describe('presentNode', () => {
  it('shows a type group with its count and icon', () => {
    const [people] = groupByType([KIM_YO_JONG, PUTIN]);
    expect(presentNode(people!)).toMatchObject({
      label: 'People',
      description: '2',
      icon: 'person',
      iconColor: 'symbolIcon.variableForeground',
      collapsible: 'collapsed',
      contextValue: 'dossier.type',
    });
  });

  it('shows an entity with its counts, description and aliases', () => {
    const [people] = groupByType([KIM_YO_JONG]);
    const p = presentNode(entityNodes(people!)[0]!);
    expect(p.label).toBe('Kim Yo Jong');
    expect(p.description).toBe('6 mentions · 2 articles');
    expect(p.tooltip).toContain("a senior official in the North's ruling Workers' Party");
    expect(p.tooltip).toContain('Also written as: Kim Yo-jong');
    expect(p.contextValue).toBe('dossier.entity');
    expect(p.id).toBe('entity:kim-yo-jong');
  });

  it('shows articles with title, source, date and mention count; a file name when untitled', () => {
    const [first, second] = articleNodes(KIM_YO_JONG_DETAILS);
    expect(presentNode(first!)).toMatchObject({
      label: "N Korea says S Korea's peace overtures a 'pipe dream'",
      description: 'Japan Today · c. 2025 · 2 mentions',
      icon: 'file-text',
    });
    expect(presentNode(second!)).toMatchObject({ label: '003_5b77008bbbd4f7c5.txt', description: 'undated · 1 mention' });
    expect(presentNode(second!).tooltip).toBe('source unknown\nundated\n003_5b77008bbbd4f7c5.txt');
  });

  it('lists mentions in document order; a click opens the article with the mention selected', () => {
    const [article] = articleNodes(KIM_YO_JONG_DETAILS);
    const mentions = mentionNodes(article!);
    expect(mentions.map((m) => m.mention.range.start.character)).toEqual([12, 400]);
    const p = presentNode(mentions[0]!);
    expect(p).toMatchObject({
      // Issue 13, defect 11: the words around the mention, and its sentence as the tooltip.
      label: 'FILE PHOTO: Kim Yo Jong, sister of North Korea’s leader Kim Jong…',
      tooltip: "FILE PHOTO: Kim Yo Jong, sister of North Korea's leader Kim Jong Un, arrives at the Vostochny Cosmodrome.\n\n000_a964fcedf6c508e9.txt, Ln 20, Col 13",
      description: 'Ln 20, Col 13',
      collapsible: 'none',
      open: {
        uri: 'file:///work/notes/seeds/000_a964fcedf6c508e9.txt',
        range: { start: { line: 19, character: 12 }, end: { line: 19, character: 23 } },
      },
    });
  });

  it('gives every node of one entity a distinct id (VS Code requires it)', () => {
    const articles = articleNodes(KIM_YO_JONG_DETAILS);
    const ids = [...articles, ...articles.flatMap(mentionNodes)].map((n) => presentNode(n).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('positionLabel', () => {
  it('is one-based like the status bar', () => {
    expect(positionLabel({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } })).toBe('Ln 1, Col 1');
  });
});
