// Dossier indexing a generated 10k corpus in a real VS Code (issue 15: "one progress item through
// the merge, and an answer from a hover during indexing"):
//   npm run test:e2e -w packages/vscode-ext      (packages the .vsix first; runs dossier.e2e.ts too)
// The workspace holds the bench's generated corpus (10,002 articles in 3,628 files, seed 42) and a
// short note. From the first frame, the page records every Dossier item of the status bar, every
// notification toast and every hover (progressRecorder.ts); the test hovers a name while the server
// indexes, waits for the index, hovers again, then reads the film: exactly one progress item at
// every moment, its count advancing, the merge said in words until the index is ready. Times are
// written to RUN/indexing-10k.json and the log, never asserted (a loaded 2-core machine).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { ensureDossierVsix } from './dossierFixtures.js';
import { ensureGeneratedCorpus, NOTE, PERSON, writeGeneratedWorkspace, type GeneratedCorpus } from './generatedCorpus.js';
import { hoversSeen, readFilm, READY_TEXT, type IndexingFilm } from './indexingFilm.js';
import { RUNS_DIR, timestamp } from './paths.js';
import { readIndexingFrames, recordIndexingFrames } from './progressRecorder.js';
import { hoverWord, openFile } from './workbench.js';
import { withCodeServer } from './withCodeServer.js';

const log = (line: string) => process.stderr.write(`[dossier-e2e-10k] ${line}\n`);
// The server logs every answer (name, time, null or not) to the Dossier output channel, whose log
// is kept in the run folder (user/logs/*/exthost1/dossier.dossier/Dossier.log): a run in which no
// hover showed for 30 s during indexing left no trace of whether the hovers were asked or answered.
process.env.DOSSIER_TRACE_REQUESTS = '1';
/** What the server's hover says before the first index (packages/lsp/src/features/hover.ts). */
const INDEXING_HOVER = /^Dossier is indexing the corpus: (?:([\d,]+)\/([\d,]+) files|merging ([\d,]+) files into entities|saving the index|looking for article files) \(\d+%\)\. Cards appear when it is done\.$/;
/**
 * A card from the preview of the files analysed so far (a cold index serves one after its first
 * 15 s: packages/lsp/src/indexing/coldPreview.ts), its first line as rendered.
 */
const PREVIEW_CARD = /Preview from ([\d,]+) of ([\d,]+) files: indexing continues\./;
/** What a hover on a name may say while the server indexes: how far it is, or the name's card from the preview. */
const DURING_INDEXING = new RegExp(`Dossier is indexing the corpus|${PREVIEW_CARD.source}`);

let vsix: string;
let corpus: GeneratedCorpus;

beforeAll(async () => {
  vsix = await ensureDossierVsix(log);
  corpus = await ensureGeneratedCorpus();
  log(`corpus: ${corpus.articles} articles in ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB (${corpus.dir})`);
}, 240_000);

test('10k corpus in real VS Code: one progress item through the merge, a hover that answers while indexing', async () => {
  const runDir = path.join(RUNS_DIR, `${timestamp()}-indexing-10k`);
  const workspaceDir = writeGeneratedWorkspace(path.join(runDir, 'workspace'), corpus);
  let opened = 0;

  await withCodeServer(
    {
      workspaceDir,
      vsix,
      runDir,
      timeoutMs: 540_000,
      beforeWorkbench: async (page) => {
        await recordIndexingFrames(page);
        opened = Date.now(); // the workspace opens now; the extension activates on its corpus/ folder
      },
    },
    async ({ page, mark, screenshot }) => {
      try {
        await watchIndexing(page, opened, mark, screenshot, runDir);
      } catch (error) {
        // What the server answered to each hover, in the failure's own output.
        for (const line of tracedHovers(runDir)) log(`server: ${line}`);
        throw error;
      } finally {
        // The film is the diagnosis of a failure too: saved before teardown in every case.
        const frames = await readIndexingFrames(page).catch(() => []);
        writeFileSync(path.join(runDir, 'indexing-frames.json'), JSON.stringify(frames, null, 1) + '\n');
      }
    },
  );
}, 600_000);

async function watchIndexing(page: Page, opened: number, mark: (phase: string) => void, screenshot: (name: string) => Promise<string>, runDir: string): Promise<void> {
  await openFile(page, NOTE);
  mark('open note');

  // During indexing: the server answers at once with how far it is, not VS Code's bare "Loading...".
  const hoverAsked = Date.now();
  const early = await hoverWord(page, PERSON, { expectText: DURING_INDEXING, timeoutMs: 120_000 });
  const hoverAnswered = Date.now();
  mark('hover during indexing');
  await screenshot('indexing-10k-hover');
  checkHoverDuringIndexing(early, corpus.files);

  // Once the files are counted, a hover says how many of them are done ("Dossier is indexing the corpus:
  // 1,204/3,628 files (29%)"), or, once the first files make a preview, gives the name's card from
  // it: hover again until it does, still before the index is ready.
  const counting = await hoverWord(page, PERSON, { expectText: new RegExp(`indexing the corpus: [1-9][\\d,]*\\/[\\d,]+ files|${PREVIEW_CARD.source}`), timeoutMs: 240_000 });
  const countingAnswered = Date.now();
  mark('hover while counting');
  checkHoverDuringIndexing(counting, corpus.files);
  if (!PREVIEW_CARD.test(counting)) expect(Number(INDEXING_HOVER.exec(counting)![2]!.replace(/,/g, ''))).toBe(corpus.files);

  const readyItem = page.locator('.statusbar-item').filter({ hasText: READY_TEXT }).first();
  await readyItem.waitFor({ state: 'visible', timeout: 480_000 });
  mark('index ready');

  // After indexing: the same name has its card.
  const card = await hoverWord(page, PERSON, { expectText: new RegExp(`${PERSON}\\s*·\\s*person`), timeoutMs: 60_000 });
  expect(card).toMatch(/\d+ mentions · \d+ articles/);
  expect(card).not.toMatch(PREVIEW_CARD);
  mark('entity card');
  await screenshot('indexing-10k-card');

  const frames = await readIndexingFrames(page);
  const film = readFilm(frames);
  const report = describe(film, { opened, hoverAsked, hoverAnswered, early, countingAnswered, counting, hovers: hoversSeen(frames) });
  writeFileSync(path.join(runDir, 'indexing-10k.json'), JSON.stringify({ ...report, film }, null, 1) + '\n');
  log(JSON.stringify(report));

  checkFilm(film, corpus.files);
  // Both hovers were answered before the index was ready.
  expect(hoverAnswered).toBeLessThan(film.ready!);
  expect(countingAnswered).toBeLessThan(film.ready!);
  await checkNoLoadingLeft(page);
}

/**
 * A hover during indexing: how far it is, over this corpus's files (while they are still being
 * found, it says so), or the name's card from the preview, which says of how many of them.
 */
function checkHoverDuringIndexing(text: string, files: number): void {
  const preview = PREVIEW_CARD.exec(text);
  if (preview) {
    expect(Number(preview[2]!.replace(/,/g, ''))).toBe(files);
    expect(Number(preview[1]!.replace(/,/g, ''))).toBeLessThan(files);
    expect(text).toMatch(new RegExp(`${PERSON}\\s*·\\s*person`));
    return;
  }
  expect(text).toMatch(INDEXING_HOVER);
  const [, , total, merging] = INDEXING_HOVER.exec(text) ?? [];
  if (total ?? merging) expect(Number((total ?? merging)!.replace(/,/g, ''))).toBe(files);
}

/** What a person saw, as the assertions read it. */
function checkFilm(film: IndexingFilm, files: number): void {
  expect(film.firstProgress, 'a progress item appeared').not.toBeNull();
  expect(film.ready, 'the status bar said the index is ready').not.toBeNull();
  // Exactly one Dossier progress item on screen at every moment from the first to the ready index.
  const notOne = film.views.filter((v) => v.items.length !== 1).map((v) => ({ t: v.t, items: v.items.map((i) => `${i.id}: ${i.text}`) }));
  expect(notOne, 'frames without exactly one progress item').toEqual([]);
  // Its count advances ("412/3,628 files" ... ) and counts this corpus's files.
  expect(film.counts.length, `counts shown: ${film.counts.join(', ')}`).toBeGreaterThanOrEqual(2);
  expect([...film.counts].sort((a, b) => a - b)).toEqual(film.counts);
  for (const view of film.views) if (view.total !== null) expect(view.total).toBe(files);
  // After the files, the merge is said in words, and the item stays until the index is ready.
  expect(film.mergeShown, 'the progress item said "merging … files into entities"').not.toBeNull();
  expect(film.views.at(-1)?.stage, 'what the progress item said last before the index was ready').toMatch(/^(merge|save)$/);
}

/** No hover of the note still says "Loading..." (a request the server never answered). */
async function checkNoLoadingLeft(page: Page): Promise<void> {
  const loading = page.locator('.monaco-hover:not(.workbench-hover):visible', { hasText: /Loading/ });
  expect(await loading.count()).toBe(0);
}

interface HoverTimes {
  opened: number;
  hoverAsked: number;
  hoverAnswered: number;
  early: string;
  countingAnswered: number;
  counting: string;
  hovers: { t: number; ms: number; text: string }[];
}

/** Seconds since the workspace opened, for the log and BENCHMARKS.md. */
function describe(film: IndexingFilm, times: HoverTimes) {
  const since = (t: number | null) => (t === null ? null : Number(((t - times.opened) / 1000).toFixed(1)));
  const loading = times.hovers.filter((h) => /^Loading/.test(h.text));
  return {
    firstProgress: since(film.firstProgress),
    filesDone: since(film.filesDone),
    mergeShown: since(film.mergeShown),
    saveShown: since(film.saveShown),
    ready: since(film.ready),
    readyText: film.readyText,
    hoverAsked: since(times.hoverAsked),
    hoverAnswered: since(times.hoverAnswered),
    hoverText: times.early,
    countingHoverAnswered: since(times.countingAnswered),
    countingHoverText: times.counting,
    // "Loading..." hovers: when each showed (s) and for how long (ms); 0 ms: still up at the end.
    loadingHovers: loading.map((h) => [since(h.t), h.ms]),
    countsShown: film.counts.length,
    maxItemsAtOnce: Math.max(0, ...film.views.map((v) => v.items.length)),
    lastProgressText: film.views.at(-1)?.items.map((i) => i.text).join(' | ') ?? null,
  };
}

/** The server's traced hover answers ("hover: nothing in 0.4 ms") from the Dossier output channel's log in the run folder. */
function tracedHovers(runDir: string): string[] {
  const logs = path.join(runDir, 'user', 'logs');
  if (!existsSync(logs)) return [];
  return readdirSync(logs).flatMap((session) => {
    const file = path.join(logs, session, 'exthost1', 'dossier.dossier', 'Dossier.log');
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((line) => / hover: /.test(line)) : [];
  });
}
