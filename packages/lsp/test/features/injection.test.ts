import { describe, expect, it } from 'vitest';
import { note, serviceFor } from '../helpers/memoryCorpus.js';

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
