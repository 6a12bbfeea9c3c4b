// Time from spawning a language server to its answer to `initialize`: node's start, loading the
// server's modules and the initialize handler, nothing else (BENCHMARKS.md, "Issue 15, server
// start pass"). The workspace folder may be empty: the server answers before it indexes.
//
//   node bench/start-time.mjs <server.js> <workspace folder> [--cpu-prof <dir>]   # prints ms
//
// Run two builds in turns (base, yours, base, ...): the machine is shared.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
const [server, ws] = process.argv.slice(2);
const profAt = process.argv.indexOf('--cpu-prof');
const nodeArgs = profAt > 0 ? ['--cpu-prof', '--cpu-prof-dir', process.argv[profAt + 1]] : [];
const t0 = performance.now();
const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const send = (msg) => { const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...msg })); child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`); child.stdin.write(body); };
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(ws).href, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }], capabilities: {} } });
let buf = Buffer.alloc(0);
child.stdout.on('data', (d) => {
  buf = Buffer.concat([buf, d]);
  for (;;) {
    const s = buf.indexOf('\r\n\r\n'); if (s < 0) return;
    const len = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, s).toString())[1]);
    if (buf.length < s + 4 + len) return;
    const msg = JSON.parse(buf.subarray(s + 4, s + 4 + len).toString()); buf = buf.subarray(s + 4 + len);
    if (msg.id === 1) {
      const ms = performance.now() - t0;
      console.log(ms.toFixed(0));
      send({ id: 2, method: 'shutdown' });
    } else if (msg.id === 2) { send({ method: 'exit' }); }
  }
});
child.on('exit', () => process.exit(0));
