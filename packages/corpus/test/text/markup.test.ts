import { describe, expect, it } from 'vitest';
import { analysisText } from '../../src/text/markup.js';

describe('HTML blanking, with htmlparser2 and entities loaded on first use', () => {
  it('blanks tags, the head, scripts and comments and decodes entities in place, as when they were imported with the module', () => {
    const html =
      '<html><head><title>T</title><script>var x = "<b>";</script></head><body><!-- c --><p>Caf&eacute; &amp; Kim&#8217;s <b>talks</b></p><br/><div>Seoul&nbsp;&unknown; end</div></body></html>';
    // The output of main ba804b4, which imported both packages statically.
    const before =
      '            \n       \n                                                             \n  Caf\u00e9        &     Kim\u2019      s    talks    \n   \n    \n    Seoul\u00a0     &unknown; end\n                   ';
    expect(analysisText(html, 'html')).toBe(before);
    expect(analysisText(html, 'html')).toBe(before);
    expect(analysisText('plain & <b>text</b>', 'text')).toBe('plain & <b>text</b>');
  });
});
