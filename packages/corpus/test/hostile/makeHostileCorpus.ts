/**
 * Writes a corpus that a careless scraper could have saved: binary files with a .txt name,
 * invalid UTF-8, NUL bytes, byte-order marks, UTF-16, CRLF and lone CR line breaks, empty and
 * blank files, one 2 MiB line, a file over the configured size limit, 80 nested folders, symbolic
 * link loops, an unreadable file, files that are not articles, emoji before names, and file names
 * full of regular-expression and shell characters. Next to the good files it records what the
 * indexer must skip, what it must repair, and where the real names are (UTF-16 positions in the
 * text an editor shows).
 *
 * Generated at test time into a temporary folder: nothing large is committed. By hand:
 *   npx tsx test/hostile/makeHostileCorpus.ts <folder> [--big]
 * (--big adds a 100 MiB file, for the long `npm run fuzz` run only.)
 */
import { accessSync, chmodSync, constants, mkdirSync, openSync, closeSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Position, Range } from '../../src/text/positions.js';

export type { Position, Range };

/** A name an editor shows at `range` of `file` (relative to the corpus root, with "/"). */
export interface ExpectedName {
  file: string;
  text: string;
  range: Range;
}

export interface HostileCorpus {
  /** The corpus folder (`<folder>/corpus`). */
  root: string;
  /** The limit tests configure (maxFileBytes); `big/over-limit.txt` is larger, every other file smaller. */
  maxFileBytes: number;
  /** Files the indexer must leave out, and what the warning must say. */
  skipped: { file: string; reason: RegExp }[];
  /** Files indexed after a repair, and the warning naming the repair. */
  repaired: { file: string; warning: RegExp }[];
  /** Warnings about folders and links (not files): loops, depth, broken links. */
  folderWarnings: { path: string; warning: RegExp }[];
  /** Real names in the good and repaired files, at exact positions. */
  expected: ExpectedName[];
  /** Names written only where the indexer must not read (past the size cap, too deep, in scripts). */
  absent: string[];
  /** A name written only past the size cap: found when the cap is the default (64 MiB). */
  pastTheCap: string;
  /** The file the tests delete between discovery and reading. */
  vanishing: string;
  /** False when chmod 000 does not stop this process from reading (root): the EACCES check is skipped. */
  unreadableIsUnreadable: boolean;
  /** Files that are not articles (by extension); they must never be read or run. */
  notArticles: string[];
  /** Where a shell script in the corpus would leave a mark if anything ran it. */
  executionMarker: string;
  /** The 100 MiB file (only with `big`). */
  huge: string | null;
}

export interface HostileOptions {
  /** Also write a 100 MiB file (the long fuzz run only; never in CI). */
  big?: boolean;
}

const MAX_FILE_BYTES = 2_500_000;
const DEPTH = 80;

/** Writes the corpus under `<folder>/corpus` and describes it. */
export function makeHostileCorpus(folder: string, options: HostileOptions = {}): HostileCorpus {
  const root = join(folder, 'corpus');
  mkdirSync(root, { recursive: true });
  const corpus: HostileCorpus = {
    root,
    maxFileBytes: MAX_FILE_BYTES,
    skipped: [],
    repaired: [],
    folderWarnings: [],
    expected: [],
    absent: [],
    pastTheCap: 'Aurelio Vantongeren',
    vanishing: 'vanish/gone.txt',
    unreadableIsUnreadable: false,
    notArticles: [],
    executionMarker: join(folder, 'PWNED'),
    huge: null,
  };
  const write = (file: string, data: string | Uint8Array) => {
    const path = join(root, ...file.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
    return path;
  };
  /** Records every listed name at its position in `text` (the text an editor shows). */
  const expect = (file: string, text: string, ...names: (string | [string, number])[]) => {
    for (const n of names) {
      const [name, occurrence] = typeof n === 'string' ? [n, 0] : n;
      corpus.expected.push({ file, text: name, range: rangeOf(text, name, occurrence) });
    }
  };

  // --- Good files: the names in them must be found, at exact positions. ---
  const plain =
    'Seabed Patrols Expand\nPolish officials said on Tuesday that Vladimir Putin had ordered new patrols in the Baltic Sea. ' +
    'The ministry in Warsaw said NATO ships would follow the Russian vessels near Gdansk.\n';
  write('good/plain.txt', plain);
  expect('good/plain.txt', plain, 'Vladimir Putin', 'NATO', 'Gdansk');

  // Astral characters (two UTF-16 units each), ZWJ sequences, flags and combining marks before names.
  const emoji =
    '🚢🚢🚢 Harbour watch 🌊\n👩‍👩‍👧‍👦 Families waited as 😀 Kim Jong Un toured the 🏭 shipyard with Vladimir Putin on Tuesday. ' +
    '🇰🇷 Officials in Seoul said 🚀 Taiwan Semiconductor Manufacturing Co (TSMC, 台積電) would invest. ' +
    '𝐁𝐨𝐥𝐝 text and e\u0301 marks before Volodymyr Zelenskyy spoke.\n';
  write('good/emoji.txt', emoji);
  expect('good/emoji.txt', emoji, 'Kim Jong Un', 'Vladimir Putin', 'Seoul', 'Taiwan Semiconductor Manufacturing Co', 'TSMC', '台積電', 'Volodymyr Zelenskyy');

  // Markdown links and images before the names: blanking them must keep every offset.
  const links =
    '# Baltic Watch\n\n[Reuters](https://www.reuters.com/world) and [AP](https://apnews.com) reported that Vladimir Putin had ordered patrols. ' +
    '![map](https://example.com/map.png) Officials in Warsaw said NATO would respond.\n\n- Gdansk harbour was closed.\n';
  write('good/links.md', links);
  expect('good/links.md', links, 'Vladimir Putin', 'Warsaw', 'NATO');

  // HTML: entities before a name, and a name inside a script that must never count.
  const html =
    '<html><head><title>Harbour</title><script>var who = "Kim Yo Jong";</script></head>\n' +
    '<body><p>AT&amp;T staff said Vladimir Putin met Kim Jong Un in Vladivostok on Tuesday.</p></body></html>\n';
  write('good/page.html', html);
  expect('good/page.html', html, 'Vladimir Putin', 'Kim Jong Un');
  corpus.absent.push('Kim Yo Jong');

  // --- Files that are text after a repair, or that are valid but unusual. ---
  const bomText = 'Tanker Seized\nSouth Korean officials said Kim Jong Un had approved the transfer near Nampo.\n';
  write('repaired/bom.txt', concat(bytes(0xef, 0xbb, 0xbf), utf8(bomText)));
  // The BOM is not part of the text an editor shows: positions count from the first letter.
  expect('repaired/bom.txt', bomText, 'Kim Jong Un');

  const crlf = 'Summit Report\r\n\r\nOfficials said Vladimir Putin and Kim Jong Un met in Vladivostok.\r\nLater NATO said it was watching.\r\n';
  write('repaired/crlf.txt', crlf);
  expect('repaired/crlf.txt', crlf, 'Vladimir Putin', 'Kim Jong Un', 'NATO');

  const loneCr = 'Summit Report\r\rOfficials said Vladimir Putin and Kim Jong Un met in Vladivostok.\rLater NATO said it was watching.\r';
  write('repaired/lone-cr.txt', loneCr);
  expect('repaired/lone-cr.txt', loneCr, 'Vladimir Putin', 'Kim Jong Un', 'NATO');

  // Three invalid bytes: an editor shows each as U+FFFD, one UTF-16 unit.
  const invalid = [utf8('Tanker Report\nOfficials said '), bytes(0xff), utf8(' Kim Jong Un '), bytes(0xfe, 0x80), utf8('met Vladimir Putin in Vladivostok.\n')];
  write('repaired/invalid-utf8.txt', concat(...invalid));
  const invalidText = 'Tanker Report\nOfficials said \uFFFD Kim Jong Un \uFFFD\uFFFDmet Vladimir Putin in Vladivostok.\n';
  expect('repaired/invalid-utf8.txt', invalidText, 'Kim Jong Un', 'Vladimir Putin');
  corpus.repaired.push({ file: 'repaired/invalid-utf8.txt', warning: /invalid UTF-8: 3 sequence\(s\) replaced with U\+FFFD/ });

  // Two stray NULs: replaced by spaces, one unit each, so later positions do not move.
  const nul = 'Port Closed\nOfficials said\u0000 Kim Jong Un met\u0000 Vladimir Putin in Vladivostok.\n';
  write('repaired/nul.txt', utf8(nul));
  expect('repaired/nul.txt', nul, 'Kim Jong Un', 'Vladimir Putin');
  corpus.repaired.push({ file: 'repaired/nul.txt', warning: /2 NUL character\(s\) replaced with spaces/ });

  const utf16 = 'Drone Strike\nUkrainian officials said Volodymyr Zelenskyy visited Kharkiv.\n';
  write('repaired/utf16.txt', concat(bytes(0xff, 0xfe), new Uint8Array(Buffer.from(utf16, 'utf16le'))));
  expect('repaired/utf16.txt', utf16, 'Volodymyr Zelenskyy');
  corpus.repaired.push({ file: 'repaired/utf16.txt', warning: /decoded as UTF-16LE/ });

  // --- Files that must be skipped, each with its reason. ---
  write('skipped/binary.txt', binaryBytes(8192));
  corpus.skipped.push({ file: 'skipped/binary.txt', reason: /binary content/ });
  write('skipped/empty.txt', '');
  corpus.skipped.push({ file: 'skipped/empty.txt', reason: /empty/ });
  write('skipped/blank.md', '   \n\t\r\n \u00a0 \r\n\n');
  corpus.skipped.push({ file: 'skipped/blank.md', reason: /empty|white space/ });

  // --- Size: one 2 MiB line, and a file over the configured limit. ---
  const filler = 'the ministry said the talks went on for hours ';
  const oneLine = filler.repeat(Math.ceil((2 * 1024 * 1024) / filler.length)) + 'and Volodymyr Zelenskyy said the talks would go on.';
  write('big/one-line.txt', oneLine);
  expect('big/one-line.txt', oneLine, 'Volodymyr Zelenskyy');

  const head = 'Harbour Files\nOfficials said Ingrid Valtersen had signed the order in Gdansk.\n';
  const fillerLine = 'the harbour office said the cranes were idle and the ships waited in the bay.\n';
  const body = fillerLine.repeat(Math.ceil((MAX_FILE_BYTES + 100_000) / fillerLine.length));
  const tail = `Officials said ${corpus.pastTheCap} had signed the order in Gdynia.\n`;
  const overLimit = head + body + tail;
  write('big/over-limit.txt', overLimit);
  expect('big/over-limit.txt', overLimit, 'Ingrid Valtersen');
  corpus.repaired.push({
    file: 'big/over-limit.txt',
    warning: new RegExp(`file is ${Buffer.byteLength(overLimit)} bytes; only the first ${MAX_FILE_BYTES} were read \\(limit ${MAX_FILE_BYTES}`),
  });

  // --- Folders: 80 levels deep (the walker stops at 64), symbolic link loops, broken links. ---
  const shallowDir = Array.from({ length: 10 }, (_, i) => `d${i + 1}`).join('/');
  const deepDir = Array.from({ length: DEPTH }, (_, i) => `d${i + 1}`).join('/');
  const shallow = 'Deep Archive\nOfficials said Marta Kowalczyk had filed the report in Gdansk.\n';
  write(`deep/${shallowDir}/shallow.txt`, shallow);
  expect(`deep/${shallowDir}/shallow.txt`, shallow, 'Marta Kowalczyk');
  write(`deep/${deepDir}/deep.txt`, 'Deepest Archive\nOfficials said Tomasz Wierzbicki had filed the report in Gdansk.\n');
  corpus.absent.push('Tomasz Wierzbicki');
  corpus.folderWarnings.push({ path: `deep/${Array.from({ length: 64 }, (_, i) => `d${i + 1}`).join('/')}`, warning: /deeper than 64 folders/ });

  const looped = 'Loop Report\nOfficials said Henrik Solberg had visited Tromso.\n';
  write('loop/article.txt', looped);
  expect('loop/article.txt', looped, 'Henrik Solberg');
  symlinkSync('.', join(root, 'loop', 'again')); // loop/again/again/again/... is loop
  corpus.folderWarnings.push({ path: 'loop/again', warning: /symbolic link loop/ });
  symlinkSync('nowhere.txt', join(root, 'loop', 'dangling.txt'));
  corpus.folderWarnings.push({ path: 'loop/dangling.txt', warning: /broken symbolic link/ });
  symlinkSync('ouroboros.txt', join(root, 'loop', 'ouroboros.txt')); // ELOOP
  corpus.folderWarnings.push({ path: 'loop/ouroboros.txt', warning: /broken symbolic link|ELOOP/ });

  // --- An unreadable file (as root, chmod does not stop reading: the tests say so and skip that check). ---
  const locked = write('unreadable/locked.txt', 'Locked Report\nOfficials said Lars Eriksen had visited Oslo.\n');
  chmodSync(locked, 0o000);
  corpus.unreadableIsUnreadable = !canRead(locked);
  if (corpus.unreadableIsUnreadable) corpus.skipped.push({ file: 'unreadable/locked.txt', reason: /cannot open: EACCES/ });

  // --- Files that are not articles, including one that would leave a mark if anything ran it. ---
  write('other/photo.jpg', concat(bytes(0xff, 0xd8, 0xff, 0xe0), binaryBytes(1024)));
  write('other/report.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
  const script = write('other/run.sh', `#!/bin/sh\ntouch '${corpus.executionMarker}'\n`);
  chmodSync(script, 0o755);
  write('other/data.json', '{"name": "Kim Jong Un"}\n');
  corpus.notArticles.push('other/photo.jpg', 'other/report.pdf', 'other/run.sh', 'other/data.json');

  // --- A file the tests delete after discovery, before it is read. ---
  write(corpus.vanishing, 'Gone Report\nOfficials said Piotr Nowicki had left Gdansk.\n');

  // --- Names and file names full of regular-expression and shell characters. ---
  const regexNames = '(a+)+$ and [[[ (.*)* ^$ met Kim Jong Un. The (a|a)*b group said ((((( Vladimir Putin ]]]] \\1 $& would act.\n';
  write('names/(a+)+$ [[[.txt', regexNames);
  expect('names/(a+)+$ [[[.txt', regexNames, 'Kim Jong Un', 'Vladimir Putin');
  const odd = 'Odd Names\nOfficials in Gdansk said $(touch PWNED) `id` ; rm -rf / was not run by Vladimir Putin.\n';
  write('names/$(touch PWNED) `id`.txt', odd);
  expect('names/$(touch PWNED) `id`.txt', odd, 'Vladimir Putin');
  const unicodeName = 'Unicode Names\nOfficials said Kim Jong Un visited Pyongyang.\n';
  write('names/Ünïcödé 台積電 😀.txt', unicodeName);
  expect('names/Ünïcödé 台積電 😀.txt', unicodeName, 'Kim Jong Un');

  if (options.big) corpus.huge = writeHuge(join(root, 'huge', 'huge.txt'), 100 * 1024 * 1024);
  return corpus;
}

/**
 * A file of exactly `size` bytes written in chunks (never held in memory at once): a name in its
 * first lines, then prose without names. (Many names in one huge article hit a known quadratic
 * step of the extractor, which performance.test.ts covers on its own.)
 */
function writeHuge(path: string, size: number): string {
  mkdirSync(dirname(path), { recursive: true });
  const head = Buffer.from('Harbour Files\nOfficials said Ingrid Valtersen had signed the order in Gdansk.\n');
  const line = 'the port authority said the cranes were idle and the ships waited in the bay.\n';
  const chunk = Buffer.from(line.repeat(Math.floor((1024 * 1024) / line.length)));
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    for (let written = head.length; written < size; written += chunk.length) writeSync(fd, chunk, 0, Math.min(chunk.length, size - written));
  } finally {
    closeSync(fd);
  }
  return path;
}

/** Absolute path of a corpus file. */
export function pathOf(corpus: HostileCorpus, file: string): string {
  return join(corpus.root, ...file.split('/'));
}

/** A file's path relative to the corpus root, with "/", from an absolute path. */
export function fileOf(corpus: HostileCorpus, path: string): string {
  const abs = resolve(path);
  return abs.startsWith(corpus.root + sep) ? abs.slice(corpus.root.length + 1).split(sep).join('/') : abs;
}

/** The LSP range of the n-th occurrence of `needle`: lines end at \r\n, \r or \n; characters are UTF-16 units. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" is not in the text`);
  }
  return { start: positionOf(text, at), end: positionOf(text, at + needle.length) };
}

function positionOf(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m && m.index < offset; m = re.exec(text)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, character: offset - lineStart };
}

function canRead(path: string): boolean {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Deterministic bytes that look like an image: a PNG signature, then noise with many NULs. */
function binaryBytes(length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let x = 0x2545f491;
  for (let i = 8; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = i % 4 === 0 ? 0 : x & 0xff;
  }
  return out;
}

// By hand: npx tsx test/hostile/makeHostileCorpus.ts <folder> [--big]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [folder, flag] = process.argv.slice(2);
  if (!folder) {
    console.error('usage: makeHostileCorpus.ts <folder> [--big]');
    process.exit(2);
  }
  const corpus = makeHostileCorpus(resolve(folder), { big: flag === '--big' });
  console.log(`hostile corpus written to ${corpus.root}`);
}
