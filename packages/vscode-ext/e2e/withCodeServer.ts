// The one entry point for a real-VS-Code test: setup -> fresh profile ->
// install the .vsix -> start code-server -> launch chromium -> open the
// workbench -> run the test -> ALWAYS tear everything down, within an overall
// time limit, so a broken test fails with a message instead of hanging.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout } from 'node:timers';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, type BrowserSession } from './browser.js';
import { CodeServer } from './codeServer.js';
import { ARTIFACTS_DIR, RUNS_DIR, timestamp } from './paths.js';
import { pruneOldRuns } from './runs.js';
import { ensureSetup } from './setup.js';
import { openWorkbench, screenshot } from './workbench.js';

export interface Timing {
  phase: string;
  ms: number;
}

export interface HarnessOptions {
  /** The folder VS Code opens. */
  workspaceDir: string;
  /** Extension package(s) to install into the fresh profile. */
  vsix?: string | readonly string[];
  /** Extra VS Code user settings, merged over the lean ones. */
  settings?: Record<string, unknown>;
  /** Run folder (profiles, logs); default <repo>/.e2e/runs/<timestamp>. */
  runDir?: string;
  /** How many run folders to keep in <repo>/.e2e/runs (older ones are deleted first). Default 10. */
  keepRuns?: number;
  /** Where screenshots go; default packages/vscode-ext/e2e-artifacts. */
  artifactsDir?: string;
  /** Budget for everything after setup.sh (start, test, not teardown). Default 180 s. */
  timeoutMs?: number;
  /** Progress lines; default: stderr with an "[e2e]" prefix. */
  log?: (line: string) => void;
  /** Receives the phase timings after teardown (they are also saved as RUN/timings.json). */
  onTimings?: (timings: readonly Timing[]) => void;
  /**
   * Runs once chromium is up, before the workbench loads: for example to add an init script that
   * watches the status bar from the first frame (the extension may activate as the workspace opens).
   */
  beforeWorkbench?: (page: Page) => Promise<void>;
}

export interface Harness {
  page: Page;
  context: BrowserContext;
  codeServer: CodeServer;
  /** http://127.0.0.1:PORT */
  url: string;
  workspaceDir: string;
  runDir: string;
  artifactsDir: string;
  /** Records the time since the previous mark under `phase` (shows in the timings). */
  mark(phase: string): void;
  /** Screenshot into artifactsDir (waits 500 ms first). */
  screenshot(name: string): Promise<string>;
  /** Aborted when the overall timeout fires: long loops in a test may check it. */
  signal: AbortSignal;
}

export async function withCodeServer<T>(options: HarnessOptions, test: (harness: Harness) => Promise<T>): Promise<T> {
  const log = options.log ?? ((line: string) => process.stderr.write(`[e2e] ${line}\n`));
  const timeoutMs = options.timeoutMs ?? 180_000;
  const runDir = path.resolve(options.runDir ?? path.join(RUNS_DIR, timestamp()));
  const artifactsDir = path.resolve(options.artifactsDir ?? ARTIFACTS_DIR);
  const workspaceDir = path.resolve(options.workspaceDir);
  const vsixes = options.vsix === undefined ? [] : typeof options.vsix === 'string' ? [options.vsix] : [...options.vsix];

  const timings: Timing[] = [];
  let phase = 'setup';
  let last = Date.now();
  const mark = (done: string) => {
    const now = Date.now();
    timings.push({ phase: done, ms: now - last });
    last = now;
  };
  const begin = (next: string) => {
    phase = next;
    log(`${next}...`);
  };

  pruneOldRuns(options.keepRuns ?? 10);

  // Setup (installs on first use) is outside the overall budget: it may take minutes once.
  log('setup (scripts/e2e/setup.sh)...');
  const binary = await ensureSetup();
  mark('setup');

  // Everything started below is registered here and closed in reverse order.
  // A resource that appears after teardown began (a late launch after a
  // timeout) is closed at once instead of leaking.
  const cleanups: (() => Promise<void>)[] = [];
  let tearingDown = false;
  const own = async (cleanup: () => Promise<void>) => {
    if (tearingDown) await cleanup().catch(() => undefined);
    else cleanups.push(cleanup);
  };
  let teardownDone: Promise<void> | undefined;
  const teardown = () =>
    (teardownDone ??= (async () => {
      tearingDown = true;
      for (const cleanup of cleanups.reverse()) {
        await cleanup().catch((err: unknown) => log(`teardown error: ${String(err)}`));
      }
    })());

  // Ctrl+C or a killed test runner still tears down (exit code 130/143).
  const onSignal = (sig: NodeJS.Signals) => {
    log(`${sig}: tearing down`);
    void teardown().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const controller = new AbortController();
  let browser: BrowserSession | undefined;
  let codeServer: CodeServer | undefined;

  const run = async (): Promise<T> => {
    begin('profile');
    const server = new CodeServer({ binary, runDir, ...(options.settings ? { settings: options.settings } : {}) });
    codeServer = server;
    await own(() => server.stop());
    log(`run folder: ${runDir}`);
    mark('profile');

    for (const vsix of vsixes) {
      begin(`install ${path.basename(vsix)}`);
      await server.installExtension(vsix);
    }
    if (vsixes.length > 0) mark('install-extension');

    begin('start code-server');
    const url = await server.start(workspaceDir);
    mark('code-server-up');

    begin('launch chromium');
    const session = await launchBrowser({
      profileDir: path.join(runDir, 'chromium-profile'),
      consoleLog: path.join(runDir, 'browser-console.log'),
      env: {
        XDG_CONFIG_HOME: path.join(runDir, 'chromium-xdg/config'),
        XDG_CACHE_HOME: path.join(runDir, 'chromium-xdg/cache'),
        XDG_DATA_HOME: path.join(runDir, 'chromium-xdg/data'),
        TMPDIR: path.join(runDir, 'tmp'),
      },
    });
    browser = session;
    await own(() => session.close());
    mark('chromium-up');

    if (options.beforeWorkbench) await options.beforeWorkbench(session.page);
    begin('open workbench');
    await openWorkbench(session.page, url, workspaceDir);
    mark('workbench');

    begin('test');
    const value = await test({
      page: session.page,
      context: session.context,
      codeServer: server,
      url,
      workspaceDir,
      runDir,
      artifactsDir,
      mark: (name) => {
        mark(name);
        log(`${name} done`);
      },
      screenshot: (name) => screenshot(session.page, name, artifactsDir),
      signal: controller.signal,
    });
    mark('test (rest)');
    return value;
  };

  let timer: NodeJS.Timeout | undefined;
  const overall = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(
        new Error(
          `e2e timed out after ${timeoutMs} ms during "${phase}". Run folder: ${runDir}\n` +
            (codeServer ? `code-server log tail:\n${codeServer.logTail(15)}` : ''),
        ),
      );
    }, timeoutMs);
  });

  try {
    return await Promise.race([run(), overall]);
  } catch (err) {
    // A picture of the failure is the quickest diagnosis; never let it block teardown.
    if (browser) {
      const shot = await Promise.race([
        screenshot(browser.page, `failure-${timestamp()}`, artifactsDir).catch(() => undefined),
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000).unref()),
      ]);
      if (shot) log(`failure screenshot: ${shot}`);
    }
    log(`failed during "${phase}"; logs in ${runDir}`);
    throw err;
  } finally {
    clearTimeout(timer);
    const t0 = Date.now();
    await teardown();
    timings.push({ phase: 'teardown', ms: Date.now() - t0 });
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    try {
      writeFileSync(path.join(runDir, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
    } catch {
      // the run folder may not exist if setup failed
    }
    log(`timings: ${timings.map((t) => `${t.phase} ${(t.ms / 1000).toFixed(1)}s`).join(', ')}`);
    options.onTimings?.(timings);
  }
}
