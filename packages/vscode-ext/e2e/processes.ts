// Process-tree helpers (Linux, via /proc). code-server's file watcher and
// extension host outlive their parent if only the parent is killed, so the
// harness kills every descendant of the PIDs it started, and nothing else.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

interface ProcInfo {
  pid: number;
  ppid: number;
  state: string;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces or
    // parentheses itself: parse from the last ')'.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const state = rest[0];
    const ppid = Number(rest[1]);
    if (state === undefined || !Number.isFinite(ppid)) return undefined;
    return { pid, ppid, state };
  } catch {
    return undefined; // gone meanwhile, or not readable
  }
}

function allProcesses(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const info = readProc(Number(name));
    if (info) out.push(info);
  }
  return out;
}

/** Every live descendant of `rootPid` (children, grandchildren, ...). */
export function descendantsOf(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of allProcesses()) {
    const list = children.get(p.ppid) ?? [];
    list.push(p.pid);
    children.set(p.ppid, list);
  }
  const result: number[] = [];
  const queue = [...(children.get(rootPid) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    result.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return result;
}

/** True while the process exists and is not a zombie (zombies are dead, just not reaped). */
export function isAlive(pid: number): boolean {
  const info = readProc(pid);
  return info !== undefined && info.state !== 'Z' && info.state !== 'X';
}

/** PIDs whose command line contains `needle` (used to find chromium by its unique profile folder). */
export function pidsWithCommandLineContaining(needle: string): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes(needle) && Number(name) !== process.pid) out.push(Number(name));
    } catch {
      // process gone or unreadable: skip
    }
  }
  return out;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // ESRCH (already gone) or EPERM (not ours any more): nothing to do
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Terminates `rootPid`, its process group (when it leads one) and all its
 * descendants: SIGTERM first, SIGKILL after `graceMs`. The tree is listed
 * BEFORE signalling, because once the root dies its children are re-parented
 * and can no longer be found through it. Safe to call on a dead PID.
 */
export async function killProcessTree(
  rootPid: number,
  { graceMs = 3000, leadsGroup = false }: { graceMs?: number; leadsGroup?: boolean } = {},
): Promise<void> {
  const targets = new Set<number>([rootPid, ...descendantsOf(rootPid)]);
  const send = (sig: NodeJS.Signals) => {
    // Descendants that appeared meanwhile are picked up on each pass.
    for (const pid of [...targets]) for (const d of descendantsOf(pid)) targets.add(d);
    if (leadsGroup) signal(-rootPid, sig);
    for (const pid of targets) signal(pid, sig);
  };

  send('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if ([...targets].every((pid) => !isAlive(pid))) return;
    await sleep(100);
  }
  send('SIGKILL');
  const killDeadline = Date.now() + 2000;
  while (Date.now() < killDeadline && [...targets].some((pid) => isAlive(pid))) await sleep(50);
}

/**
 * Runs a command with no stdin (a prompt fails fast instead of hanging), keeping its output, and
 * kills it after `timeoutMs`. Resolves with the exit code (null when killed) and the output.
 */
export function runCollecting(command: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
