import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { noCorrections } from '@dossier/corpus';
import { createLanguageService } from '../../src/languageService.js';
import { escapeNoteText } from '../../src/markdown/escape.js';
import { memoryAccess, memoryCorpus, note, serviceFor } from '../helpers/memoryCorpus.js';
import { memoryCorrections, silentLog } from '../helpers/memoryCorrections.js';

const HOSTILE =
  'Acme Dynamics said [click here](command:workbench.action.terminal.new) and <img src=x onerror=alert(1)> in a statement. ' +
  'Acme Dynamics later posted <script>alert("x")</script> and [data](data:text/html;base64,PHNjcmlwdD4=) plus [js](javascript:alert(1)) on its site.\n';

describe('article text in hovers is untrusted', () => {
  it('shows links, HTML and scripts from an article as harmless text', async () => {
    const doc = note('Acme Dynamics\n');
    const { service } = serviceFor({ 'hostile.txt': HOSTILE }, [doc]);
    const hover = await service.hover.provideHover(doc, { line: 0, character: 2 });
    const value = (hover!.contents as { value: string }).value;
    expect(value).not.toMatch(/\]\((?:command|data|javascript):/i);
    expect(value).not.toMatch(/(?:command|data|javascript):/i);
    expect(value).not.toContain('<img');
    expect(value).not.toContain('<script');
    expect(value).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(value).toContain('\\[click here\\]\\(command&#58;workbench\\.action\\.terminal\\.new\\)');
    // The only links are the server's own, to corpus files.
    const targets = [...value.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(t).toMatch(/^file:\/\/\/corpus\//);
  });
});

/** Link, HTML and scheme tricks from scraped pages and shared dossier.yaml files, everywhere they can surface. */
describe('untrusted text in every place it can surface', () => {
  const EVIL = '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <script>alert(1)</script> javascript:alert(1) data:text/html,x';
  const files = {
    // An aggregator header whose source and title carry the payload.
    'header.txt':
      `Evil Wire\n33 minutes ago\n- [Evil Wire](command:evil.run) <b>wire</b>\n${EVIL} Acme Dynamics\n` +
      'Acme Dynamics said on Monday that Acme Dynamics would open a plant in Gdansk. "Acme Dynamics will hire every engineer in the whole region next year," it said.\n',
    // A file whose name is a Markdown link.
    'evil](command:x) [y].txt': 'Acme Dynamics also said it would build ships in Gdansk for the navy.\n',
  };
  const corrections = {
    ...noCorrections(),
    entities: [{ name: 'Acme Dynamics', type: 'organization' as const, aliases: ['<img src=x onerror=alert(2)>', 'ACME'], description: `maker of [ships](javascript:alert(3)) <iframe src="command:x">` }],
  };
  const doc = note('Acme Dynamics and Acme Dynamics again.\n"Acme Dynamics will hire every engineer in the whole region next year"\n');
  const { index, texts } = memoryCorpus(files, corrections);
  const service = createLanguageService(memoryAccess(index, texts), { all: async () => [doc] }, memoryCorrections(), silentLog);

  const harmless = (markdown: string) => {
    const html = render(markdown);
    expect(html).not.toMatch(/<(img|script|iframe|b)\b/i);
    expect(links(html).length).toBeGreaterThan(0);
    for (const href of links(html)) expect(href).toMatch(/^file:\/\/\/corpus\//);
  };

  it('hover: name, aliases, description, sources and snippets are escaped; links go to corpus files only', async () => {
    const hover = await service.hover.provideHover(doc, { line: 0, character: 2 });
    const value = (hover!.contents as { value: string }).value;
    expect(value).toContain('**Acme Dynamics** · _organization_');
    expect(value).toContain('&lt;img src=x onerror=alert\\(2\\)&gt;'); // the alias, shown as text
    expect(value).toContain('javascript&#58;alert\\(3\\)'); // the description
    harmless(value);
  });

  it('entity details (the extension\'s card view): the card is escaped Markdown; links point into the corpus', async () => {
    const details = (await service.entities.details(index.entities.find((e) => e.name === 'Acme Dynamics')!.id))!;
    harmless(details.card);
    for (const a of details.articles) expect(a.uri.startsWith('file:///corpus/')).toBe(true);
  });

  it('workspace symbols and completion carry names as plain text, never as Markdown, and locate into the corpus', async () => {
    for (const s of await service.workspaceSymbols.provideWorkspaceSymbols('Acme')) expect(s.location.uri.startsWith('file:///corpus/')).toBe(true);
    const typing = note('Acm');
    const list = (await service.completion.provideCompletion(typing, { line: 0, character: 3 }))!;
    expect(list.items.length).toBeGreaterThan(0);
    for (const item of list.items) {
      // Plain strings are never rendered as Markdown by clients.
      expect(typeof item.documentation === 'string' || item.documentation === undefined).toBe(true);
      expect(typeof item.detail === 'string' || item.detail === undefined).toBe(true);
    }
  });

  it('quotation links point into the corpus only', async () => {
    const links = await service.documentLinks.provideDocumentLinks(doc);
    expect(links.length).toBe(1);
    expect(links[0]!.target).toMatch(/^file:\/\/\/corpus\/header\.txt#L\d+,\d+$/);
  });

  // The citation footnote goes into the analyst's note: a scraped title such as
  // "[click](command:…) <img onerror=…>" must stay text there, rendered by any Markdown client.
  it('the citation footnote written into a note escapes the article title and source', async () => {
    const citation = (await service.entities.citation(doc, { line: 0, character: 2 }))!;
    expect(citation.footnote).toContain('Acme Dynamics');
    expect(citation.footnote).toContain('\\[click\\](command:workbench.action.terminal.new) \\<img');
    const html = render(citation.footnote);
    expect(html).not.toMatch(/<(img|script|iframe|b|a)\b/i);
    // The plain-text citation (clipboard, messages) has no escapes at all.
    expect(citation.text).toContain('“[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>');
    expect(citation.text).not.toContain('\\');
  });
});

// encodeURIComponent leaves "(" and ")" as they are: a corpus file whose name held an unbalanced
// ")" used to end the snippet's link early, so the rest of the target showed as raw text and
// "..) evil.txt" pointed the link at file:///corpus/.., the folder above the corpus. fileLink
// (markdown/escape.ts) now encodes them as %28 and %29.
it('a corpus file name with a parenthesis cannot cut a snippet link short or point it outside the corpus', async () => {
  const doc = note('Acme Dynamics\n');
  const { service } = serviceFor({ '..) evil.txt': 'Acme Dynamics said it would build ships in Gdansk.\n' }, [doc]);
  const hover = await service.hover.provideHover(doc, { line: 0, character: 2 });
  const hrefs = links(render((hover!.contents as { value: string }).value));
  expect(hrefs.map((h) => decodeURI(h.replace(/#.*/, '')))).toEqual(['file:///corpus/..) evil.txt']);
});

// A citation footnote is read as plain text in the note: only what could make Markdown is escaped.
it('a footnote keeps a path and an apostrophe as written, and lets no emphasis, link, HTML or entity through', () => {
  const text = "seeds/000_a964f.txt: N Korea's _loud_ *bold* ~gone~ [x](command:evil) <img src=x> &#58;\nnext";
  const escaped = escapeNoteText(text);
  expect(escaped).toBe("seeds/000_a964f.txt: N Korea's \\_loud\\_ \\*bold\\* \\~gone\\~ \\[x\\](command:evil) \\<img src=x\\> &amp;#58; next");
  expect(render(escaped).trim()).toBe("<p>seeds/000_a964f.txt: N Korea's _loud_ *bold* ~gone~ [x](command:evil) &lt;img src=x&gt; &amp;#58; next</p>");
});

/**
 * The hover as a permissive client shows it: CommonMark with raw HTML allowed through and every
 * link scheme accepted (markdown-it drops javascript:, data: and file: links by default; some
 * clients do not), which is the strictest test of what the server sends.
 */
function render(markdown: string): string {
  const md = new MarkdownIt({ html: true });
  md.validateLink = () => true;
  return md.render(markdown);
}

function links(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}
