import { describe, expect, it } from 'vitest';
import { parseArticles, type ParsedFile } from '../../src/segment/articles.js';
import { builtinRules, compileRules, firstCodePoints, lastCodePoint, RuleError, withUserRules, type FurnitureRule } from '../../src/segment/rules.js';
import { corpusText, textAt } from '../helpers/corpusText.js';

const BODY =
  'The ministry said on Monday that talks would resume next week, according to officials familiar with the plan who asked not to be named.';
const BODY2 = 'A second paragraph follows with more detail about the negotiations and the positions of both sides in the dispute.';

function parse(page: string, rules: readonly FurnitureRule[]): ParsedFile {
  return parseArticles(corpusText(page), { capturedAt: new Date('2025-01-01T12:00:00Z'), rules });
}

function bodyText(page: string, parsed: ParsedFile): string {
  return parsed.articles.flatMap((a) => a.paragraphs.map((p) => textAt(page, p.range))).join('\n');
}

interface RuleCase {
  rule: string;
  page: string;
  /** True when the rule did its job on the page. */
  holds: (parsed: ParsedFile, page: string) => boolean;
}

const header = (source: string, title: string) => `${source}\n2 hours ago\n- ${source}\n${title}\n`;

const CASES: RuleCase[] = [
  {
    rule: 'aggregator-hashtags',
    page: `Title Of The Lead\n${BODY}\nHashtags\nPolitics\nDiplomacy\n`,
    holds: (p, page) => !bodyText(page, p).includes('Diplomacy') && !bodyText(page, p).includes('Hashtags'),
  },
  {
    rule: 'aggregator-ai-widget',
    page: `Title Of The Lead\n${BODY}\nExplore what Daily8 AI can do for you:\n${BODY2}\n`,
    holds: (p, page) => !bodyText(page, p).includes('Daily8'),
  },
  {
    rule: 'comments-header',
    page: `Title Of The Lead\n${BODY}\nComments\nJohn: great article, totally agree with this.\n`,
    holds: (p, page) => !bodyText(page, p).includes('great article'),
  },
  {
    rule: 'comments-empty',
    page: `Title Of The Lead\n${BODY}\nNo comments yet...\n${BODY2}\n`,
    holds: (p, page) => !bodyText(page, p).includes('No comments'),
  },
  {
    rule: 'related-articles',
    page: `Title Of The Lead\n${BODY}\nRelated Articles\nSee also: our coverage of the talks.\n${header('Japan Today', 'Talks Resume')}${BODY2}\n`,
    holds: (p, page) => !bodyText(page, p).includes('See also') && p.articles.length === 2,
  },
  {
    rule: 'share-buttons',
    page: `Title Of The Lead\n${BODY}\nShare this article\n${BODY2}\n`,
    holds: (p, page) => !bodyText(page, p).includes('Share'),
  },
  {
    rule: 'share-buttons',
    page: `Title Of The Lead\n${BODY}\nShare on Facebook Share on X Email\n${BODY2}\n`,
    holds: (p, page) => !bodyText(page, p).includes('Share') && !bodyText(page, p).includes('Email'),
  },
  {
    rule: 'related-articles',
    page: `Title Of The Lead\n${BODY}\nRELATED COVERAGE\nWho is the new minister?\n`,
    holds: (p, page) => !bodyText(page, p).includes('Who is'),
  },
  {
    rule: 'photo-credit-trailing',
    page: `Title Of The Lead\n${BODY}\nThe minister arrives at the palace in the capital on Tuesday. (AP Photo/Thomas Padilla)\n${BODY2} (Photo by Sergei Supinsky/AFP via Getty Images)\n`,
    holds: (p, page) => !bodyText(page, p).includes('Padilla') && !bodyText(page, p).includes('Supinsky') && bodyText(page, p).includes('on Tuesday.'),
  },
  {
    rule: 'advertisement',
    page: `Title Of The Lead\n${BODY}\nAdvertisement\n${BODY2}\n`,
    holds: (p, page) => !bodyText(page, p).includes('Advertisement'),
  },
  {
    rule: 'subscribe-prompt',
    page: `Title Of The Lead\n${BODY}\nSign up for our daily briefing newsletter\n${BODY2}\n`,
    holds: (p, page) => !bodyText(page, p).includes('newsletter'),
  },
  {
    rule: 'copyright-line',
    page: `Title Of The Lead\n${BODY}\nCopyright 2025 The Daily Example. All rights reserved\n`,
    holds: (p, page) => !bodyText(page, p).includes('Copyright'),
  },
  {
    rule: 'copyright-trailing',
    page: `Title Of The Lead\n${BODY} © Thomson Reuters 2025.\n`,
    holds: (p, page) => !bodyText(page, p).includes('Thomson') && bodyText(page, p).endsWith('named.'),
  },
  {
    rule: 'agency-credit-trailing',
    page: `Title Of The Lead\n${BODY} (Yonhap)\n`,
    holds: (p, page) => !bodyText(page, p).includes('Yonhap') && bodyText(page, p).endsWith('named.'),
  },
  {
    rule: 'reporting-credit-trailing',
    page: `Title Of The Lead\n${BODY} (Reporting by Sanne Vos in Amsterdam; Editing by Tom Hollis)\n`,
    holds: (p, page) => !bodyText(page, p).includes('Sanne Vos') && bodyText(page, p).endsWith('named.'),
  },
  {
    rule: 'reporting-credit-line',
    page: `Title Of The Lead\n${BODY}\nReporting by Sanne Vos in Amsterdam; Editing by Tom Hollis\n`,
    holds: (p, page) => !bodyText(page, p).includes('Sanne Vos') && bodyText(page, p).endsWith('named.'),
  },
  {
    rule: 'trust-principles-line',
    page: `Title Of The Lead\n${BODY}\nOur Standards: The Thomson Reuters Trust Principles.\n`,
    holds: (p, page) => !bodyText(page, p).includes('Trust Principles') && bodyText(page, p).endsWith('named.'),
  },
  {
    rule: 'contributor-line',
    page: `Title Of The Lead\n${BODY}\nAssociated Press writer Marta Zielinska in Warsaw contributed to this report.\n`,
    holds: (p, page) => !bodyText(page, p).includes('Warsaw'),
  },
  {
    rule: 'photo-credit-line',
    page: `${BODY}\nPhoto: Kremlin via Reuters\n${BODY2}\n`,
    holds: (p, page) => !bodyText(page, p).includes('Kremlin') && p.articles[0]!.captions[0]?.credit === 'Photo: Kremlin via Reuters',
  },
  {
    rule: 'file-photo-caption',
    page: `FILE PHOTO: A minister arrives at a meeting in Berlin, Germany, May 2, 2024. REUTERS/Lisi Niesner/File Photo ${BODY}\n`,
    holds: (p, page) =>
      p.articles[0]!.captions[0]?.text === 'A minister arrives at a meeting in Berlin, Germany, May 2, 2024.' &&
      bodyText(page, p).startsWith('The ministry said'),
  },
  {
    rule: 'live-blog-label',
    page: `LIVE UPDATES:\nWATCH:\nUPDATE 2-Drugmaker Velmora cuts forecast\n${BODY}\n`,
    holds: (p) => p.articles.length === 1 && p.articles[0]!.title === 'UPDATE 2-Drugmaker Velmora cuts forecast',
  },
  {
    rule: 'byline-line',
    page: `Record Defence Budget Sought For Next Year\nBy Kenta Morimoto\n${BODY}\n`,
    holds: (p, page) => p.articles.length === 1 && p.articles[0]!.byline === 'Kenta Morimoto' && !bodyText(page, p).includes('Morimoto'),
  },
  {
    rule: 'byline-role-line',
    page: `Record Defence Budget Sought For Next Year\nBy Kenta Morimoto\nStaff Writer\n${BODY}\n`,
    holds: (p, page) => p.articles.length === 1 && p.articles[0]!.source === null && !bodyText(page, p).includes('Staff Writer'),
  },
  {
    rule: 'byline-leading',
    page: `By Jack Kim The ministry said on Monday that talks would resume next week, officials said.\n`,
    holds: (p, page) => p.articles[0]!.byline === 'Jack Kim' && bodyText(page, p).startsWith('The ministry'),
  },
  {
    rule: 'dateline',
    page: `SEOUL, South Korea (AP) — ${BODY}\n`,
    holds: (p, page) => p.articles[0]!.dateline === 'SEOUL, South Korea (AP)' && bodyText(page, p).startsWith('The ministry'),
  },
  {
    rule: 'file-photo-label',
    page: `Storm Reaches The Coast\n\nFILE - Security officers stand outside the ministry in Tamsford, Oct. 9, 2024.\n\n${BODY}\n`,
    holds: (p, page) =>
      p.articles.length === 1 && p.articles[0]!.dateline === null && bodyText(page, p).startsWith('Security officers stand') && !bodyText(page, p).includes('FILE'),
  },
  {
    rule: 'match-clock-label',
    page: `Northam City v Castlebury Town: live\n\nFT: Northam City 2-1 Castlebury Town, a late header settling it.\n\nHT - Northam City 1-1 Castlebury Town.\n`,
    holds: (p, page) => p.articles.length === 1 && bodyText(page, p).startsWith('Northam City 2-1') && !bodyText(page, p).includes('FT') && !bodyText(page, p).includes('HT'),
  },
  {
    rule: 'dateline-dash',
    page: `DUBAI, United Arab Emirates — ${BODY}\n`,
    holds: (p, page) => p.articles[0]!.dateline === 'DUBAI, United Arab Emirates' && bodyText(page, p).startsWith('The ministry'),
  },
  {
    rule: 'kicker',
    page: `${BODY}\nDEFENSE: The navy said it would hold drills near the islands next month, a statement from the ministry in the capital said on\n`,
    holds: (p) => p.articles.length === 2 && p.articles[1]!.kicker === 'DEFENSE',
  },
  {
    rule: 'teaser-deck',
    page: `${BODY}\nDEFENSE: Drills will start next month near the islands, a spokesman said The navy said it would hold drills near the islands, a statement from the ministry in the capital said on\n`,
    holds: (p) => p.articles[1]?.title === 'Drills will start next month near the islands, a spokesman said',
  },
  {
    rule: 'source-dash',
    page: `${header('Japan Today', 'Talks Resume')}${BODY}\n`,
    holds: (p) => p.articles[0]!.source === 'Japan Today' && p.articles[0]!.title === 'Talks Resume',
  },
];

describe('furniture rules', () => {
  it('every built-in rule has a case below', () => {
    expect(builtinRules().map((r) => r.id).sort()).toEqual([...new Set(CASES.map((c) => c.rule))].sort());
  });

  for (const [i, c] of CASES.entries()) {
    it(`${c.rule} (case ${i + 1}): applies, and the page reads differently without it`, () => {
      const all = builtinRules();
      expect(c.holds(parse(c.page, all), c.page)).toBe(true);
      const without = all.filter((r) => r.id !== c.rule);
      expect(without.length).toBe(all.length - 1);
      expect(c.holds(parse(c.page, without), c.page)).toBe(false);
    });
  }
});

describe('bylines', () => {
  it('a byline with a desk\'s role after a comma, a bar or a dash is the byline whole ("By Jamal Rutherford-Okafor, City Hall Reporter" left "Rutherford-Okafor" in the body, a name of no one in the story)', () => {
    for (const line of ['By Jamal Rutherford-Okafor, City Hall Reporter', 'By Marisol Quintero-Haines | Agriculture Correspondent', 'By Hannah Gottlieb-Reyes - Environment and Climate Editor']) {
      const page = `Record Defence Budget Sought For Next Year\n${line}\n${BODY}\n`;
      const parsed = parse(page, builtinRules());
      expect(parsed.articles[0]!.byline, line).toBe(line.slice(3, line.search(/ ?[,|-] /)));
      expect(bodyText(page, parsed), line).toBe(BODY);
    }
  });

  it('a byline\'s role in lower case, then the outlet or the place, is the byline\'s too ("By Nick Triggle, Health correspondent, BBC News" left "Triggle" a person and "Health" a body)', () => {
    const lines = ['By Nick Triggle, Health correspondent, BBC News', 'By Fiona Harvey, Environment editor, in Dubai', 'By Jane Okafor, staff writer'];
    for (const line of lines) {
      const page = `Record Defence Budget Sought For Next Year\n${line}\n${BODY}\n`;
      const parsed = parse(page, builtinRules());
      expect(parsed.articles[0]!.byline, line).toBe(line.slice(3, line.indexOf(',')));
      expect(bodyText(page, parsed), line).toBe(BODY);
    }
  });

  it('a byline in capitals, as the wires write it, is the byline whole ("By MARCIA DUNN, AP Aerospace Writer" left a person "DUNN" and an other "AP Aerospace Writer")', () => {
    for (const [line, byline] of [['By MARCIA DUNN, AP Aerospace Writer', 'MARCIA DUNN'], ['By ZEKE MILLER and JOSH BOAK', 'ZEKE MILLER and JOSH BOAK']]) {
      const page = `Record Defence Budget Sought For Next Year\n${line}\n${BODY}\n`;
      const parsed = parse(page, builtinRules());
      expect(parsed.articles[0]!.byline, line).toBe(byline);
      expect(bodyText(page, parsed), line).toBe(BODY);
    }
  });

  it('the role under a byline is furniture whatever the desk ("Space and Science Editor" made "Space" a body of the story, "Climate Desk" too)', () => {
    for (const role of ['Space and Science Editor', 'Climate Desk', 'Agriculture Correspondent']) {
      const page = `Record Defence Budget Sought For Next Year\nBy Kenta Morimoto\n${role}\n${BODY}\n`;
      expect(bodyText(page, parse(page, builtinRules())), role).toBe(BODY);
    }
  });
});

describe('datelines', () => {
  it('only a story\'s first paragraph has a dateline: a later paragraph opening with capitals and a dash keeps every word ("NATO — the alliance — met")', () => {
    const later = 'NATO — the alliance — met again on Tuesday to discuss the plan.';
    const page = `WASHINGTON — ${BODY}\n${later}\n`;
    const parsed = parse(page, builtinRules());
    expect(parsed.articles.map((a) => a.dateline)).toEqual(['WASHINGTON']);
    expect(bodyText(page, parsed)).toBe(`${BODY}\n${later}`);
  });

  it('an agency\'s credit without its dash before a sentence closes a dateline ("MOSCOW (Sputnik) The ministry …"), not a parenthesis inside a sentence', () => {
    const page = `MOSCOW (Sputnik) ${BODY}\n`;
    const parsed = parse(page, builtinRules());
    expect(parsed.articles[0]!.dateline).toBe('MOSCOW (Sputnik)');
    expect(bodyText(page, parsed)).toBe(BODY);
    const inside = `NATO (Brussels) said on Monday that talks would resume.\n`;
    expect(parse(inside, builtinRules()).articles[0]!.dateline).toBeNull();
  });

  it('a dash inside a sentence\'s capitals is no dateline ("US - China talks")', () => {
    const page = `US - China talks ended. ${BODY}\n`;
    const parsed = parse(page, builtinRules());
    expect(parsed.articles[0]!.dateline).toBeNull();
    expect(bodyText(page, parsed)).toBe(`US - China talks ended. ${BODY}`);
  });
});

describe('user rules', () => {
  it('a user rule drops an aggregator line without touching code', () => {
    const page = `Title Of The Lead\n${BODY}\nPowered by NewsBlender\n${BODY2}\n`;
    const rules = withUserRules([{ id: 'newsblender', pattern: '^Powered by NewsBlender$', reason: 'aggregator footer' }]);
    expect(bodyText(page, parse(page, builtinRules()))).toContain('NewsBlender');
    expect(bodyText(page, parse(page, rules))).not.toContain('NewsBlender');
  });

  it('a user rule with a built-in id replaces the built-in rule', () => {
    const rules = withUserRules([{ id: 'advertisement', pattern: '^Werbung$', reason: 'German ads' }]);
    expect(rules.filter((r) => r.id === 'advertisement').map((r) => r.pattern)).toEqual(['^Werbung$']);
  });

  it('reports what is wrong with a bad rule', () => {
    expect(() => compileRules([{ id: 'x', pattern: '(', reason: 'r' }])).toThrow(/rule "x": invalid pattern/);
    expect(() => compileRules([{ id: 'x', pattern: 'a', reason: 'r', scope: 'page' }])).toThrow(RuleError);
    expect(() => compileRules([{ pattern: 'a', reason: 'r' }])).toThrow(/rule 1: "id" must be a non-empty string/);
  });
});

describe('first characters of a line rule', () => {
  const first = (pattern: string, flags = '') => {
    const points = firstCodePoints(pattern, flags);
    return points && [...points].map((p) => String.fromCodePoint(p)).sort().join('');
  };

  it('reads the literal first characters of an anchored pattern', () => {
    expect(first('^(?:Hashtags|Tags|Topics)$')).toBe('HT');
    expect(first('^(?:©|Copyright\\b|\\(c\\) )[^\\n]{0,100}$')).toBe('(C©');
    expect(first('^(?:Comments|\\d+ Comments?)$')).toBe('0123456789C');
    expect(first('^By (?<value>\\p{Lu}+)')).toBe('B');
    expect(first('^(?:(?:Staff|Senior) writer|Reporter)$')).toBe('RS');
  });

  it('says nothing when the pattern does not say plainly', () => {
    for (const pattern of ['Hashtags', '^Tags|Topics', '^(?:Tags|)$', '^T?ags', '^T*ags', '^T{0,2}ags', '^(?:Tags|Topics)?$', '^[-–—] x', '^\\p{Lu}x', '^\\s*x', '^(?=T)Tags', '^.x', '^\\bx']) {
      expect(first(pattern), pattern).toBeNull();
    }
    expect(first('^Tags', 'i')).toBeNull();
    expect(first('^Tags', 'm')).toBeNull();
  });

  it('never rules out a line that a built-in rule matches', () => {
    const lines = [
      ...CASES.flatMap((c) => c.page.split('\n')),
      ...Array.from({ length: 2000 }, (_, i) => String.fromCodePoint(0x20 + ((i * 7919) % 0x2fe0)) + 'ags'),
    ];
    for (const rule of builtinRules()) {
      if (!rule.firstCodePoints) continue;
      for (const line of lines) if (rule.regex.test(line)) expect(rule.firstCodePoints.has(line.codePointAt(0)!), `${rule.id}: ${line}`).toBe(true);
    }
    expect(builtinRules().filter((r) => r.scope === 'line' && r.firstCodePoints).length).toBeGreaterThan(8);
  });
});

describe('last character of a trailing rule', () => {
  const last = (pattern: string) => {
    const point = lastCodePoint(pattern);
    return point === null ? null : String.fromCodePoint(point);
  };

  it('reads an escaped punctuation character closing a pattern anchored at the end', () => {
    expect(last('\\s*\\((?:Reporting|Editing) by [^()\\n]{2,400}\\)$')).toBe(')');
    expect(last('\\s*\\((?:Yonhap|AFP)\\)$')).toBe(')');
    expect(builtinRules().filter((r) => r.scope === 'trailing' && r.lastCodePoint !== undefined).map((r) => r.id)).toEqual(expect.arrayContaining(['reporting-credit-trailing', 'agency-credit-trailing']));
  });

  it('says nothing when the pattern does not say plainly', () => {
    for (const pattern of ['\\)', 'a|\\)$', '\\)?$', 'x\\\\)$', '\\d{4}\\.?$', '[)]$', 'AP$', '\\s$']) expect(last(pattern), pattern).toBeNull();
  });

  it('never passes over a paragraph a built-in trailing rule strips', async () => {
    const { segmentText } = await import('../../src/segment/segmenter.js');
    const text = `${BODY}\n\n${BODY2} (Reporting by Jane Doe in Seoul; Editing by John Roe)\n\nA caption of the day. (Yonhap)\n`;
    const kept = segmentText(text, { capturedAt: new Date('2025-01-01T12:00:00Z') }).articles.flatMap((a) => a.paragraphs.map((p) => text.slice(p.start, p.end)));
    expect(kept.join('\n')).not.toMatch(/Reporting by|\(Yonhap\)/);
  });
});
