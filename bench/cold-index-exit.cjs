// Loaded into the indexing process by bench/cold-index-threads.mjs (`--require`): as its main
// thread exits, writes the process's CPU time (ended threads included), its peak resident memory
// and its live threads' CPU to the file named by DOSSIER_BENCH_EXIT_FILE. Worker threads load
// preloads too: each writes its thread id to that file's name + '.workers'.
const { isMainThread } = require('node:worker_threads');
const { appendFileSync, readdirSync, readFileSync, readlinkSync, writeFileSync } = require('node:fs');

const outFile = process.env.DOSSIER_BENCH_EXIT_FILE;
// A worker thread says which thread it is (its id, from /proc/thread-self: "<pid>/task/<tid>").
if (!isMainThread && outFile) appendFileSync(`${outFile}.workers`, `${readlinkSync('/proc/thread-self').split('/').pop()}\n`);
if (isMainThread && outFile) {
  process.on('exit', () => {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    const threads = readdirSync('/proc/self/task').map((tid) => ({ tid: Number(tid), ...ticksOf(`/proc/self/task/${tid}`) }));
    const own = ticksOf('/proc/self');
    writeFileSync(outFile, JSON.stringify({ cpuSeconds: own.ticks / 100, hwmKb: Number(hwm?.[1] ?? 0), threads }));
  });
}

function ticksOf(dir) {
  const stat = readFileSync(`${dir}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { comm: readFileSync(`${dir}/comm`, 'utf8').trim(), ticks: Number(fields[11]) + Number(fields[12]) };
}
