import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../src/analysis/fileAnalysis.js';
import { buildCorpusIndex } from '../../src/corpusIndex/buildIndex.js';
import { parseArticles } from '../../src/segment/articles.js';
import { analysisText } from '../../src/text/markup.js';
import { corpusText, textAt } from '../helpers/corpusText.js';

const HTML = `<!doctype html>
<html><head><title>Talks resume</title><script>var tracking = "Kim Jong Un";</script><style>p { color: red }</style></head>
<body>
<h1>Seoul and Pyongyang Resume Talks</h1>
<p>North Korean leader <b>Kim Jong Un</b> met envoys from Seoul on Monday, state media said, and called the talks &ldquo;useful&rdquo; for both sides of the border.</p>
<p>Kim said the two sides would meet again in Panmunjom next month, according to the KCNA news agency &amp; officials.</p>
</body></html>
`;

const MARKDOWN = `# Seoul and Pyongyang Resume Talks

North Korean leader **Kim Jong Un** met envoys from [Seoul](https://example.org/seoul) on Monday, state media said, and called the talks useful.

Kim said the two sides would meet again in _Panmunjom_ next month, according to the KCNA news agency.
`;

describe('HTML and Markdown articles', () => {
  it('reads HTML without tags, scripts or styles, keeping every offset an offset of the file', () => {
    const file = corpusText(HTML, 'page.html', 'html');
    expect(file.analysisText.length).toBe(HTML.length);
    const index = buildCorpusIndex([{ analysis: analyzeFile(file), displayPath: 'page.html' }]);
    const kim = index.entities.find((e) => e.name === 'Kim Jong Un')!;
    const mentions = index.mentionsOf(kim);
    // The name in <script> is not a mention; the two in the body are, at their places in the HTML source.
    expect(mentions.map((m) => textAt(HTML, m.range))).toEqual(['Kim Jong Un', 'Kim']);
    expect(mentions[0]!.range.start.line).toBe(4);
    const article = parseArticles(file).articles[0]!;
    expect(article.title).toBe('Seoul and Pyongyang Resume Talks');
  });

  it('reads Markdown articles: heading as title, emphasis and link syntax blanked', () => {
    const file = corpusText(MARKDOWN, 'article.md', 'markdown');
    const article = parseArticles(file).articles[0]!;
    expect(article.title).toBe('Seoul and Pyongyang Resume Talks');
    const index = buildCorpusIndex([{ analysis: analyzeFile(file), displayPath: 'article.md' }]);
    const names = index.entities.map((e) => e.name).sort();
    expect(names).toEqual(['KCNA', 'Kim Jong Un', 'Panmunjom', 'Pyongyang', 'Seoul']);
    const seoul = index.mentionsOf(index.entities.find((e) => e.name === 'Seoul')!);
    expect(seoul.map((m) => textAt(MARKDOWN, m.range))).toEqual(['Seoul', 'Seoul']);
  });
});

describe('encyclopedia paragraphs with reference markers', () => {
  // "… his death in 1938. [4]" ends a sentence: the paragraph is whole, and the next paragraph,
  // on another topic, still belongs to the same article. Read as cut off, each such paragraph
  // closed an article, and a biography fell apart into one "article" per paragraph.
  const paragraph = (topic: string, marker: string) =>
    `${topic} worked at the observatory for many years, publishing catalogues of variable stars and comets that later astronomers used until his death in 1938.${marker}`;
  const TEXT = [
    'Anton Weber',
    paragraph('Anton Weber', ' [4]'),
    paragraph('The Carnegie Institution', '[12][13]'),
    paragraph('Maria Lindqvist', ' [citation needed]'),
    paragraph('The Uppsala Society', ''),
  ].join('\n\n') + '\n';

  it('keeps the paragraphs in one article, not truncated', () => {
    const articles = parseArticles(corpusText(TEXT, 'bio.txt', 'text')).articles;
    expect(articles.length).toBe(1);
    expect(articles[0]!.truncated).toBe(false);
    expect(articles[0]!.paragraphs.length).toBe(4);
  });

  it('still reads a paragraph that stops mid-sentence as cut off', () => {
    const cut = paragraph('Anton Weber', ' [4]').replace(/ in 1938\. \[4\]$/, ' in the');
    const articles = parseArticles(corpusText(`Anton Weber\n\n${cut}\n\n${paragraph('The Uppsala Society', '')}\n`, 'bio.txt', 'text')).articles;
    expect(articles.map((a) => a.truncated)).toEqual([true, false]);
  });
});

describe('paragraphs that hand over to the next one', () => {
  const long = (text: string) => `${text} `.repeat(4).trim();
  it('a colon before a quote or list, a list item\'s semicolon, and speech broken off are not cut off', () => {
    const TEXT = [
      'The Emperor of Ruritania',
      long('In the autumn the emperor issued a decree to the city and its officials, in which he wrote') + ' this:',
      long('The congress of the state is abolished and its members are dismissed from their offices.'),
      long('The officials of the city shall keep the peace and collect the taxes of the province') + ';',
      long('The witness told the court that the contract had been signed after the first meeting, and after about') + ' --',
      long('The judge asked the witness to go on with his account of the meetings and the payments.'),
    ].join('\n\n') + '\n';
    const articles = parseArticles(corpusText(TEXT, 'decree.txt', 'text')).articles;
    expect(articles.map((a) => [a.paragraphs.length, a.truncated])).toEqual([[5, false]]);
  });
});


describe('titles set in italics', () => {
  // Blanked to spaces, "*The Land in Winter*" left its dictionary words out ("Winter" was a place), and
  // "*Flesh*" by its author was a person: italics around a few capitalised words inside a sentence
  // are a work's title, read as the quoted title it is.
  const names = (text: string, path: string, format: 'markdown' | 'html') => {
    const index = buildCorpusIndex([{ analysis: analyzeFile(corpusText(text, path, format)), displayPath: path }]);
    return index.entities.map((e) => `${e.name}: ${e.type}`).sort();
  };
  const SENTENCE = 'The shortlist includes Andrew Miller\'s {The Land in Winter} and {Flesh} by David Szalay, the judges said on Tuesday in London.\n';

  it('reads a Markdown italic title whole, with quotation marks where its markers were', () => {
    const markdown = SENTENCE.replace(/\{(.*?)\}/g, '*$1*');
    expect(analysisText(markdown, 'markdown')).toContain('\u201cThe Land in Winter\u201d and \u201cFlesh\u201d by');
    expect(names(markdown, 'books.md', 'markdown')).toEqual(['Andrew Miller: person', 'David Szalay: person', 'Flesh: other', 'Land in Winter: other', 'London: place']);
  });

  it('reads an HTML italic title whole', () => {
    const html = `<p>${SENTENCE.trim().replace(/\{(.*?)\}/g, '<i>$1</i>')}</p>`;
    expect(names(html, 'books.html', 'html')).toEqual(['Andrew Miller: person', 'David Szalay: person', 'Flesh: other', 'Land in Winter: other', 'London: place']);
  });

  it('blanks bold, a word in lower case and a whole italic line', () => {
    const markdown = '**Why it matters:** a *really* odd year.\n\n*Reporting by Jane Smith in London*\n';
    expect(analysisText(markdown, 'markdown')).toBe('  Why it matters:   a  really  odd year.\n\n Reporting by Jane Smith in London \n');
  });
});
