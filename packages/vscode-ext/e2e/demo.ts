// `npm run demo:vscode` (in packages/vscode-ext): Dossier in a browser VS Code.
// Packages the extension, installs it into a private code-server profile and
// serves a workspace holding the seed corpus (seeds/) and the example notes
// (notes/) on http://127.0.0.1:8080 until Ctrl+C.
//   Options: --port N (or DOSSIER_DEMO_PORT), --no-package (reuse the .vsix).
// Everything it writes stays in .e2e/runs/<time>-demo/ (git-ignored).
import net from 'node:net';
import path from 'node:path';
import { CodeServer } from './codeServer.js';
import { VSIX_PATH, NOTE, packageDossier, writeDossierWorkspace } from './dossierFixtures.js';
import { REPO_ROOT, RUNS_DIR, timestamp } from './paths.js';
import { pruneOldRuns } from './runs.js';
import { ensureSetup } from './setup.js';

const log = (line: string) => process.stderr.write(`[demo] ${line}\n`);

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

/** True when nothing listens on 127.0.0.1:port (so code-server can). */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function main(): Promise<void> {
  const port = Number(option('port') ?? process.env.DOSSIER_DEMO_PORT ?? 8080);
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) throw new Error(`not a port: ${port}`);
  if (!(await portIsFree(port))) throw new Error(`127.0.0.1:${port} is in use: stop what runs there, or pass --port N`);

  if (process.argv.includes('--no-package')) log(`using ${path.relative(REPO_ROOT, VSIX_PATH)}`);
  else {
    log('packaging the extension (npm run package)...');
    await packageDossier();
  }
  log('checking code-server (scripts/e2e/setup.sh)...');
  const binary = await ensureSetup();

  pruneOldRuns(10);
  const runDir = path.join(RUNS_DIR, `${timestamp()}-demo`);
  const workspaceDir = writeDossierWorkspace(path.join(runDir, 'workspace'));
  const server = new CodeServer({ binary, runDir });

  // Ctrl+C (or a kill) stops code-server and everything it started, then exits.
  let stopping = false;
  const stop = async (exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping code-server...');
    await server.stop().catch((err: unknown) => log(`stop failed: ${String(err)}`));
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stop(130));
  process.once('SIGTERM', () => void stop(143));

  try {
    log(`installing ${path.basename(VSIX_PATH)} into a fresh profile in ${path.relative(REPO_ROOT, runDir)}...`);
    await server.installExtension(VSIX_PATH);
    const url = await server.start(workspaceDir, 60_000, { port });
    const folderUrl = `${url}/?folder=${encodeURIComponent(workspaceDir)}`;
    console.log(`\nDossier demo: open ${folderUrl}\n  then ${NOTE} and hover a name (Kim Yo Jong, Vladimir Putin...).\n  Workspace: ${workspaceDir}\n  Log: ${server.logFile}\nPress Ctrl+C to stop.\n`);
  } catch (err) {
    log(err instanceof Error ? err.message : String(err));
    await stop(1);
    return;
  }

  // Keep running while code-server answers; if it dies on its own, say so and exit.
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    if (stopping) return;
    const alive = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(3000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (!alive && !stopping) {
      log(`code-server stopped answering. Last lines of its log:\n${server.logTail(20)}`);
      await stop(1);
      return;
    }
  }
}

main().catch((err: unknown) => {
  log(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
