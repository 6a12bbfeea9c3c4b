// Debian's chromium, driven by playwright-core. Never `npx playwright install`:
// it downloads a browser and fails on these machines.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { setTimeout } from 'node:timers';
// Type-only: erased at run time. The module itself is loaded lazily in
// launchBrowser(), after scripts/e2e/setup.sh has linked it into e2e/node_modules.
import type { BrowserContext, Page } from 'playwright-core';
import { killProcessTree, pidsWithCommandLineContaining } from './processes.js';
import { shortPathFor } from './shortPath.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface BrowserSession {
  context: BrowserContext;
  /** The context's first tab. */
  page: Page;
  profileDir: string;
  /** Closes chromium; kills it if it does not close in time. Safe to call twice. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** A fresh folder for chromium's profile (created). Its path also identifies chromium's processes. */
  profileDir: string;
  /** Browser console messages and page errors are appended here (helps when a test fails). */
  consoleLog?: string;
  /** Environment folders for chromium (XDG_*, TMPDIR), so it writes nothing in $HOME or /tmp. */
  env?: Record<string, string>;
  /** Default timeout for Playwright actions. */
  actionTimeoutMs?: number;
}

export async function launchBrowser(options: LaunchOptions): Promise<BrowserSession> {
  const profileDir = path.resolve(options.profileDir);
  mkdirSync(profileDir, { recursive: true });
  for (const dir of Object.values(options.env ?? {})) mkdirSync(dir, { recursive: true });

  let playwright: typeof import('playwright-core');
  try {
    playwright = await import('playwright-core');
  } catch (err) {
    throw new Error(
      `playwright-core is not available: run scripts/e2e/setup.sh (it links it into packages/vscode-ext/e2e/node_modules). ${String(err)}`,
    );
  }

  // chromium's singleton socket goes in TMPDIR: keep that path short (shortPath.ts).
  const env = { ...stringEnv(process.env), ...options.env };
  const tmp = env.TMPDIR !== undefined ? shortPathFor(env.TMPDIR) : undefined;
  if (tmp) env.TMPDIR = tmp.path;

  let context: BrowserContext;
  try {
    context = await playwright.chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1400, height: 900 },
      // Playwright refuses --user-data-dir here; the persistent context passes
      // profileDir instead. Without the networking flags chromium tries to reach
      // the (unreachable) internet and stalls.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      env,
      timeout: 60_000,
      // The harness tears down itself (withCodeServer handles signals).
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (err) {
    tmp?.dispose();
    throw err;
  }

  // tsx (esbuild, keepNames) wraps named functions in __name(...) calls. Code
  // passed to page.evaluate() is serialised with those calls but runs in the
  // page, where __name does not exist: give the page a no-op one.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  if (options.actionTimeoutMs !== undefined) context.setDefaultTimeout(options.actionTimeoutMs);
  const page = context.pages()[0] ?? (await context.newPage());

  if (options.consoleLog) {
    const file = options.consoleLog;
    const log = (line: string) => {
      try {
        appendFileSync(file, `${new Date().toISOString()} ${line}\n`);
      } catch {
        // logging must never break a test
      }
    };
    context.on('page', (p) => log(`[page opened] ${p.url()}`));
    page.on('console', (msg) => log(`[console.${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (err) => log(`[pageerror] ${err.message}`));
  }

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      const timedOut = await Promise.race([
        context.close().then(() => false, () => false),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 10_000).unref()),
      ]);
      // Whether or not close() worked, make sure no chromium process using this
      // (unique) profile folder survives: those are ours, and only those.
      const leftovers = pidsWithCommandLineContaining(profileDir);
      for (const pid of leftovers) await killProcessTree(pid, { graceMs: timedOut ? 0 : 1000 });
      tmp?.dispose();
    })();
    return closed;
  };

  return { context, page, profileDir, close };
}

function stringEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return out;
}
