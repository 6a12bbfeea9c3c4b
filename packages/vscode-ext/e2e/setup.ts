// Runs scripts/e2e/setup.sh (idempotent; about 0.5 s once everything is
// installed, 1-2 min the first time) and returns the code-server binary path.
import { spawn } from 'node:child_process';
import { SETUP_SCRIPT } from './paths.js';

let cached: Promise<string> | undefined;

/** Ensures chromium, code-server and playwright-core; resolves to the code-server path. Runs once per process. */
export function ensureSetup(timeoutMs = 10 * 60_000): Promise<string> {
  cached ??= runSetup(timeoutMs).catch((err: unknown) => {
    cached = undefined; // allow a retry after a failure
    throw err;
  });
  return cached;
}

function runSetup(timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // stderr is inherited: setup.sh is silent unless it installs something,
    // and then its progress lines should be seen.
    const child = spawn('bash', [SETUP_SCRIPT], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${SETUP_SCRIPT} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      const binary = stdout.trim().split('\n').at(-1)?.trim() ?? '';
      if (code !== 0 || binary === '') {
        reject(new Error(`${SETUP_SCRIPT} failed (exit ${code}); see the messages above`));
      } else {
        resolve(binary);
      }
    });
  });
}
