import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFile, buildCorpusIndex, fromBytes, parseArticles, formatOf } from '@dossier/corpus';
import { pick, rng, shuffle } from './random.js';

/**
 * A deterministic generator of realistic corpora, derived from the seed pages and the invented
 * gold articles: paragraphs reordered, people renamed with generated names (so a large corpus has
 * many distinct entities), the same page furniture, headers, captions and teasers, nested folders.
 */

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['Japan Today', 'The Diplomat', 'Yomiuri Shimbun', 'Taipei Times', 'Korea Herald', 'Kyiv Independent', 'Nikkei Asia', 'Baltic Times', 'Gulf Monitor', 'Sahel Post'];
const TIMES = ['12 minutes ago', '33 minutes ago', 'an hour ago', '2 hours ago', '5 hours ago', 'yesterday', '3 days ago'];
const KICKERS = ['SECURITY', 'CRITICAL MOVE', 'DEFENSE', 'ENERGY', 'DIPLOMACY', 'TRADE'];
const FURNITURE = ['Hashtags', '', 'Try Our AI Features', 'Explore what Daily8 AI can do for you:', 'Comments', 'No comments yet...', 'Related Articles', '', ''];
const GIVEN_A = ['An', 'Bo', 'Ca', 'Da', 'El', 'Fe', 'Ga', 'Hi', 'Io', 'Ju', 'Ka', 'Le', 'Mi', 'No', 'Ol', 'Pa', 'Ro', 'Sa', 'Ta', 'Ve'];
const GIVEN_B = ['dre', 'rin', 'lia', 'mir', 'ton', 'sa', 'vel', 'na', 'ko', 'ro', 'dan', 'mel', 'ris', 'tan', 'lo', 'zia', 'bert', 'nor', 'vin', 'ka'];
const FAMILY_A = ['Var', 'Kel', 'Dor', 'Mar', 'Tal', 'Ras', 'Ober', 'Sen', 'Lund', 'Har', 'Vol', 'Pet', 'Gor', 'Bel', 'Nak', 'Sor', 'Quin', 'Zel', 'Hof', 'Tam'];
const FAMILY_B = ['ov', 'enko', 'ski', 'son', 'ez', 'ani', 'berg', 'ard', 'ic', 'escu', 'ura', 'idis', 'stad', 'ley', 'ola', 'eira', 'mann', 'elli', 'ovic', 'uk'];

interface SourceArticle {
  title: string | null;
  paragraphs: string[];
  /** Person forms in the article, longest first, with what to put instead: 'first' | 'last' | 'full'. */
  people: { form: string; role: 'first' | 'last' | 'full'; person: number }[];
}

export interface GeneratedCorpus {
  files: number;
  articles: number;
  bytes: number;
  dir: string;
}

/** The articles of the seeds and the invented gold articles, with their people found by Dossier itself. */
function sourceArticles(): SourceArticle[] {
  const paths = [
    ...readdirSync(join(REPO, 'seeds')).map((f) => join(REPO, 'seeds', f)),
    ...readdirSync(join(REPO, 'packages/corpus/test/fixtures/articles')).map((f) => join(REPO, 'packages/corpus/test/fixtures/articles', f)),
  ];
  const files = paths.map((path) => {
    const outcome = fromBytes(path, formatOf(path) ?? 'text', readFileSync(path));
    if (outcome.kind !== 'read') throw new Error(outcome.reason);
    return outcome.file;
  });
  const index = buildCorpusIndex(files.map((file) => ({ analysis: analyzeFile(file), displayPath: file.path })));
  const out: SourceArticle[] = [];
  for (const file of files) {
    const text = file.analysisText;
    for (const article of parseArticles(file).articles) {
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
      const at = (p: { line: number; character: number }) => lineStarts[p.line]! + p.character;
      const paragraphs = article.paragraphs.map((p) => text.slice(at(p.range.start), at(p.range.end)).replace(/\r/g, ''));
      if (paragraphs.length === 0) continue;
      const people: SourceArticle['people'] = [];
      const articleId = `${file.path}#${article.ordinal}`;
      index.entities.forEach((entity, personIndex) => {
        if (entity.type !== 'person') return;
        const forms = new Set(index.mentionsOf(entity).filter((m) => m.articleId === articleId).map((m) => m.text));
        const words = entity.name.split(/\s+/);
        for (const form of forms) {
          const role = form.includes(' ') ? 'full' : form === words[0] ? 'first' : 'last';
          people.push({ form, role, person: personIndex });
        }
      });
      people.sort((a, b) => b.form.length - a.form.length);
      out.push({ title: article.title, paragraphs, people });
    }
  }
  return out;
}

function personName(n: number): { first: string; last: string } {
  const first = GIVEN_A[n % 20]! + GIVEN_B[Math.floor(n / 20) % 20]!;
  const last = FAMILY_A[Math.floor(n / 400) % 20]! + FAMILY_B[Math.floor(n / 8000) % 20]!;
  return { first, last };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Renames the article's people with generated names: every form of one person gets the same new person. */
function rename(text: string, article: SourceArticle, newPeople: Map<number, { first: string; last: string }>): string {
  if (article.people.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}])(?:${article.people.map((p) => escapeRegExp(p.form)).join('|')})(?![\\p{L}])`, 'gu');
  return text.replace(pattern, (form) => {
    const p = article.people.find((x) => x.form === form)!;
    const name = newPeople.get(p.person)!;
    return p.role === 'full' ? `${name.first} ${name.last}` : p.role === 'first' ? name.first : name.last;
  });
}

function renderArticle(random: () => number, article: SourceArticle, peoplePool: number): { title: string; paragraphs: string[] } {
  const newPeople = new Map<number, { first: string; last: string }>();
  for (const p of article.people) if (!newPeople.has(p.person)) newPeople.set(p.person, personName(Math.floor(random() * peoplePool)));
  const [first, ...rest] = article.paragraphs;
  const paragraphs = [first!, ...shuffle(random, [...rest])].map((p) => rename(p, article, newPeople));
  const title = rename(article.title ?? paragraphs[0]!.split(/[.!?]/)[0]!.slice(0, 90), article, newPeople);
  return { title, paragraphs };
}

/** A paragraph cut mid-sentence, as teaser blocks end. */
function cutOff(random: () => number, paragraph: string): string {
  const words = paragraph.split(' ');
  const keep = Math.max(25, Math.floor(words.length * (0.5 + random() * 0.4)));
  return words.slice(0, keep).join(' ').replace(/[.!?,;:"'”’)]+$/, '');
}

/** Writes `articles` articles (approximately: pages hold several) under dir; returns what it wrote. */
export function generateCorpus(dir: string, articles: number, seed = 42, onProgress?: (files: number, articles: number) => void): GeneratedCorpus {
  const random = rng(seed);
  const sources = sourceArticles().filter((a) => a.paragraphs.join(' ').length > 400);
  // Enough people that the corpus has many entities, few enough that people recur across articles.
  const peoplePool = Math.max(200, Math.floor(articles / 3));
  let written = 0;
  let files = 0;
  let bytes = 0;
  while (written < articles) {
    const kind = random();
    const lines: string[] = [];
    const source = pick(random, SOURCES);
    let count = 0;
    if (kind < 0.55) {
      // Aggregator page: a lead article, furniture, related articles with headers.
      const lead = renderArticle(random, pick(random, sources), peoplePool);
      lines.push('', lead.title, ...lead.paragraphs.slice(0, 2 + Math.floor(random() * 5)), ...FURNITURE, '');
      count++;
      const related = 1 + Math.floor(random() * 3);
      for (let r = 0; r < related; r++) {
        const a = renderArticle(random, pick(random, sources), peoplePool);
        const s = pick(random, SOURCES);
        lines.push(s, pick(random, TIMES), `- ${s}`, a.title, a.paragraphs.join(' '), '', '');
        count++;
      }
    } else {
      // An article followed by cut-off teasers, some with kickers.
      const main = renderArticle(random, pick(random, sources), peoplePool);
      lines.push(...main.paragraphs);
      count++;
      const teasers = Math.floor(random() * 4);
      for (let t = 0; t < teasers; t++) {
        const a = renderArticle(random, pick(random, sources), peoplePool);
        const kicker = random() < 0.4 ? `${pick(random, KICKERS)}: ` : '';
        lines.push(kicker + cutOff(random, a.paragraphs.join(' ')));
        count++;
      }
    }
    const text = lines.join('\n');
    const year = 2020 + (files % 6);
    const month = String(1 + (files % 12)).padStart(2, '0');
    const folder = join(dir, source.replace(/\s+/g, '-').toLowerCase(), String(year), month);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${String(files).padStart(7, '0')}.txt`), text);
    files++;
    bytes += Buffer.byteLength(text);
    written += count;
    if (onProgress && files % 10_000 === 0) onProgress(files, written);
  }
  return { files, articles: written, bytes, dir };
}

/** Analyst notes of a given size about generated people and the seeds' places, with quotations. */
export function generateNote(bytes: number, seed = 7, peoplePool = 2000): string {
  const random = rng(seed);
  const places = ['Seoul', 'Pyongyang', 'Moscow', 'Kyiv', 'Taiwan Strait', 'Hong Kong', 'Alaska', 'Vladivostok', 'Kursk', 'Pokrovsk'];
  const orgs = ['KCNA', 'TSMC', 'NATO', 'the Kremlin', 'the Coast Guard Administration', 'RIA Novosti'];
  const parts: string[] = ['# Working notes', ''];
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const p = personName(Math.floor(random() * peoplePool));
    const line =
      n % 12 === 0
        ? `\n## Section ${n / 12 + 1}\n`
        : `- ${p.first} ${p.last} met officials in ${pick(random, places)}; ${p.last} told ${pick(random, orgs)} that "the talks will continue next week whatever the outcome" (unverified).`;
    parts.push(line);
    size += line.length + 1;
    n++;
  }
  return parts.join('\n') + '\n';
}
