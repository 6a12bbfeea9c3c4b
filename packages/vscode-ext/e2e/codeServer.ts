// One code-server (VS Code 1.100.3 served over HTTP) with a throwaway profile.
// Everything it writes (user data, extensions, XDG folders, temp files, logs)
// stays inside one run folder, so runs never see each other's state and
// nothing lands in $HOME or /tmp.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { isAlive, killProcessTree } from './processes.js';
import { RUNS_DIR, timestamp } from './paths.js';
import { shortPathFor, type ShortPath } from './shortPath.js';

/** The recipe's lean settings: no walkthroughs, tips, telemetry, updates or git. */
export const LEAN_SETTINGS: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  // git's extension scans the workspace and halves start-up speed on 2 cores.
  'git.enabled': false,
  // Hovers appear quickly; the default (300 ms) only slows tests down.
  'editor.hover.delay': 100,
};

export interface CodeServerOptions {
  /** Path of the code-server binary (the last line printed by scripts/e2e/setup.sh). */
  binary: string;
  /** Run folder to use; default: <repo>/.e2e/runs/<timestamp>. Created if missing. */
  runDir?: string;
  /** Extra settings, merged over LEAN_SETTINGS. */
  settings?: Record<string, unknown>;
}

export class CodeServer {
  readonly binary: string;
  readonly runDir: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** code-server's stdout and stderr, for every command this object runs. */
  readonly logFile: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly configFile: string;
  /** The run folder as code-server sees it: a short path (see shortPath.ts). */
  private readonly short: ShortPath;
  private child: ChildProcess | undefined;
  private port: number | undefined;

  constructor(options: CodeServerOptions) {
    this.binary = options.binary;
    this.runDir = path.resolve(options.runDir ?? path.join(RUNS_DIR, timestamp()));
    this.userDataDir = path.join(this.runDir, 'user');
    this.extensionsDir = path.join(this.runDir, 'ext');
    this.logFile = path.join(this.runDir, 'code-server.log');
    this.configFile = path.join(this.runDir, 'code-server-config.yaml');

    mkdirSync(this.runDir, { recursive: true });
    // code-server listens on user-data-dir/code-server-ipc.sock and VS Code on
    // $XDG_RUNTIME_DIR/vscode-ipc-<uuid>.sock; Unix socket paths are limited to
    // 107 bytes, so every path handed to code-server goes through a short one.
    this.short = shortPathFor(this.runDir);
    const dirs = {
      XDG_CONFIG_HOME: this.shortPath('xdg/config'),
      XDG_DATA_HOME: this.shortPath('xdg/data'),
      XDG_CACHE_HOME: this.shortPath('xdg/cache'),
      XDG_STATE_HOME: this.shortPath('xdg/state'),
      TMPDIR: this.shortPath('tmp'),
      // VS Code puts its IPC sockets here (else in TMPDIR): keep them in the run folder.
      XDG_RUNTIME_DIR: this.shortPath('tmp'),
    };
    for (const dir of [this.userDataDir, this.extensionsDir, ...Object.values(dirs)]) {
      mkdirSync(dir, { recursive: true });
    }
    // Variables set by a surrounding VS Code (for example VSCODE_IPC_HOOK_CLI in
    // its terminal) turn code-server into a client of that VS Code instead.
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !key.startsWith('VSCODE_') && key !== 'ELECTRON_RUN_AS_NODE',
      ),
    );
    this.env = { ...inherited, ...dirs };

    // An explicit config file: otherwise code-server writes a default one
    // (with a generated password) into $XDG_CONFIG_HOME on every start.
    writeFileSync(this.configFile, 'auth: none\ncert: false\n');
    const settingsDir = path.join(this.userDataDir, 'User');
    mkdirSync(settingsDir, { recursive: true });
    writeFileSync(
      path.join(settingsDir, 'settings.json'),
      JSON.stringify({ ...LEAN_SETTINGS, ...options.settings }, null, 2) + '\n',
    );
  }

  /** http://127.0.0.1:PORT once start() has resolved. */
  get url(): string {
    if (this.port === undefined) throw new Error('code-server is not started');
    return `http://127.0.0.1:${this.port}`;
  }

  /** `relative` inside the run folder, through the short path. */
  private shortPath(relative: string): string {
    return path.join(this.short.path, relative);
  }

  private profileArgs(): string[] {
    return [
      '--config', this.shortPath(path.relative(this.runDir, this.configFile)),
      '--user-data-dir', this.shortPath(path.relative(this.runDir, this.userDataDir)),
      '--extensions-dir', this.shortPath(path.relative(this.runDir, this.extensionsDir)),
    ];
  }

  /** Spawns code-server with output appended to the log file; own process group. */
  private spawnLogged(args: string[]): ChildProcess {
    const fd = openSync(this.logFile, 'a');
    try {
      writeFileSync(fd, `\n$ code-server ${args.join(' ')}\n`);
      // detached: a new process group, so stop() can signal the whole group.
      return spawn(this.binary, args, {
        cwd: this.runDir,
        env: this.env,
        stdio: ['ignore', fd, fd],
        detached: true,
      });
    } finally {
      closeSync(fd); // the child holds its own copy
    }
  }

  /** Last lines of the log, for error messages. */
  logTail(lines = 40): string {
    try {
      return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** `code-server --install-extension VSIX`, into this run's extensions folder. */
  async installExtension(vsixPath: string, timeoutMs = 120_000): Promise<void> {
    const child = this.spawnLogged([
      ...this.profileArgs(),
      '--force',
      '--install-extension',
      path.resolve(vsixPath),
    ]);
    const code = await new Promise<number | string>((resolve, reject) => {
      const timer = setTimeout(() => {
        void killProcessTree(child.pid!, { leadsGroup: true });
        reject(new Error(`installing ${vsixPath} took over ${timeoutMs} ms\n${this.logTail()}`));
      }, timeoutMs);
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.once('exit', (exitCode, sig) => {
        clearTimeout(timer);
        resolve(exitCode ?? sig ?? 'unknown');
      });
    });
    // The CLI may leave helpers behind; they must not outlive the install.
    if (child.pid !== undefined) await killProcessTree(child.pid, { leadsGroup: true, graceMs: 500 });
    const log = this.logTail(20);
    if (code !== 0 || !/successfully installed/i.test(log)) {
      throw new Error(`code-server --install-extension ${vsixPath} failed (exit ${code}):\n${log}`);
    }
  }

  /**
   * Starts code-server on 127.0.0.1 (a free port unless `options.port` is
   * given, no auth) serving `workspaceDir`, and resolves once /healthz answers.
   */
  async start(workspaceDir: string, timeoutMs = 60_000, options: { port?: number } = {}): Promise<string> {
    if (this.child) throw new Error('code-server already started');
    this.port = options.port ?? (await freePort());
    const child = this.spawnLogged([
      ...this.profileArgs(),
      '--bind-addr', `127.0.0.1:${this.port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      path.resolve(workspaceDir),
    ]);
    this.child = child;
    let exited: string | undefined;
    child.once('exit', (code, sig) => {
      exited = `exit code ${code ?? ''}${sig ?? ''}`;
    });
    child.once('error', (err) => {
      exited = `spawn error: ${err.message}`;
    });

    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (exited) {
        throw new Error(`code-server stopped during start-up (${exited}):\n${this.logTail()}`);
      }
      try {
        const res = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(1000) });
        if (res.ok) return this.url;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    throw new Error(`code-server did not answer /healthz within ${timeoutMs} ms:\n${this.logTail()}`);
  }

  /**
   * Kills code-server and every process it started, and removes the short
   * symlink (if any). Always call it, even after installExtension() alone.
   * Safe to call twice; the object cannot be started again afterwards.
   */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    try {
      if (child?.pid === undefined) return;
      await killProcessTree(child.pid, { leadsGroup: true });
      if (isAlive(child.pid)) throw new Error(`code-server (pid ${child.pid}) survived SIGKILL`);
    } finally {
      this.short.dispose();
    }
  }
}

/** Asks the kernel for a free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
