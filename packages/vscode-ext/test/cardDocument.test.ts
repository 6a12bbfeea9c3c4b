import { describe, expect, it } from 'vitest';
import { cardDocumentMarkdown, cardFileName, escapeMarkdownText, lineLink, relativeFileLinks } from '../src/cardDocument';
import { defuseCommandLinks } from '../src/markdownSafety';
import { KIM_YO_JONG_DETAILS } from './fixtures';

describe('cardDocumentMarkdown', () => {
  const text = cardDocumentMarkdown(KIM_YO_JONG_DETAILS);

  it('starts with the name, once, and the server card', () => {
    expect(text.startsWith('# Kim Yo Jong\n\na senior official  \n6 mentions')).toBe(true);
  });

  it('lists the articles with a link to the best mention of each (where F12 goes), and each date or "undated"', () => {
    expect(text).toContain('## Mentioned in 2 articles');
    // Issue 13, defect 7: the article's best mention (Ln 20, Col 401), not its first one (the caption, Col 13).
    expect(text).toContain(
      "- [N Korea says S Korea's peace overtures a 'pipe dream'](<file:///work/notes/seeds/000_a964fcedf6c508e9.txt#L20,401>) — Japan Today · c. 2025 · 2 mentions",
    );
    expect(text).toContain('- [003\\_5b77008bbbd4f7c5.txt](<file:///work/notes/seeds/003_5b77008bbbd4f7c5.txt#L5,1>) — undated · 1 mention');
  });

  it('defuses command links in the untrusted card', () => {
    const evil = cardDocumentMarkdown({ ...KIM_YO_JONG_DETAILS, card: 'Click [here](command:workbench.action.terminal.new) or <command:foo>' });
    expect(evil).not.toMatch(/\(command:|<command:/);
    expect(evil).toContain('[here](#blocked-command:workbench.action.terminal.new)');
  });

  it('escapes Markdown in article titles', () => {
    const details = { ...KIM_YO_JONG_DETAILS, articles: [{ ...KIM_YO_JONG_DETAILS.articles[0]!, title: '[x](command:evil) *bold*' }] };
    expect(cardDocumentMarkdown(details)).toContain('\\[x\\]\\(command:evil\\) \\*bold\\*');
  });
});

describe('relativeFileLinks (the Markdown preview refuses file: links)', () => {
  const base = 'file:///home/me/.vscode/storage/cards/kim-yo-jong';

  it('makes the card links relative to the card file, keeping the line fragment', () => {
    const text = cardDocumentMarkdown(KIM_YO_JONG_DETAILS, base);
    expect(text).toContain('](<../../../../../../work/notes/seeds/000_a964fcedf6c508e9.txt#L20,401>)');
    expect(text).not.toContain('file:');
  });

  it('rewrites the server card\'s plain links and decodes escaped characters', () => {
    expect(relativeFileLinks('[a](file:///home/me/my%20seeds/a.txt#L2,1)', 'file:///home/me/cards')).toBe('[a](<../my seeds/a.txt#L2,1>)');
  });

  it('leaves links it cannot reach relatively', () => {
    const other = '[a](file:///d%3A/seeds/a.txt)';
    expect(relativeFileLinks(other, 'file:///c%3A/cards')).toBe(other);
    const unc = '[a](file://server/share/a.txt)';
    expect(relativeFileLinks(unc, 'file:///c%3A/cards')).toBe(unc);
    expect(relativeFileLinks('[a](https://example.com)', 'file:///cards')).toBe('[a](https://example.com)');
  });
});

describe('defuseCommandLinks', () => {
  it.each([
    ['[a](command:x)', '[a](#blocked-command:x)'],
    ['[a]( command:x)', '[a]( #blocked-command:x)'],
    ['<COMMAND:x>', '<#blocked-command:x>'],
    ['<a href="command:x">a</a>', '<a href="#blocked-command:x">a</a>'],
    ["<a href='command:x'>a</a>", "<a href='#blocked-command:x'>a</a>"],
    ['[a]: command:x', '[a]: #blocked-command:x'],
  ])('%s', (input, output) => {
    expect(defuseCommandLinks(input)).toBe(output);
  });

  it('leaves the word "command:" in running text alone', () => {
    expect(defuseCommandLinks('The command: hold the line.')).toBe('The command: hold the line.');
  });
});

describe('helpers', () => {
  it('lineLink is one-based and replaces a fragment', () => {
    expect(lineLink('file:///a.txt#old', 0, 4)).toBe('file:///a.txt#L1,5');
  });
  it('cardFileName keeps names readable and paths safe', () => {
    expect(cardFileName('Kim Yo Jong')).toBe('Kim Yo Jong.md');
    expect(cardFileName('AC/DC: #1?')).toBe('AC DC 1.md');
    expect(cardFileName('///')).toBe('entity.md');
  });
  it('escapeMarkdownText flattens newlines', () => {
    expect(escapeMarkdownText('a\nb_c')).toBe('a b\\_c');
  });
});
