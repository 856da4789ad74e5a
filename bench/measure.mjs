// One case against one server: warm-up, a short sequential run that counts SQL statements, then the
// measured run with autocannon, reading the server's CPU time and memory from /proc meanwhile.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { send } from './check.mjs';

const COUNTED_REQUESTS = 10;
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process (all its threads), in milliseconds. */
function cpuMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the command name may hold spaces
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** VmRSS and VmHWM of a process, in MB. */
function memoryMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Restarts VmHWM from the current RSS (Linux: clear_refs 5), so it is this case's peak. */
function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function load(url, request, options, duration) {
  return autocannon({
    url, method: 'POST', headers: request.headers, body: request.body,
    connections: options.connections, pipelining: 1, duration, timeout: 120,
  });
}

/** Waits until the server sends no statement for 300 ms: requests still in flight after a run have finished. */
async function settle(server) {
  for (let last = -1, waited = 0; server.statements() !== last && waited < 30_000; waited += 300) {
    last = server.statements();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Measures `request` (headers, body) sent to `server` (url, pid, statements()) at `path`. */
export async function measure(server, path, request, options) {
  const url = `${server.url}${path}`;
  if (options.warmup > 0) await load(url, request, options, options.warmup);
  await settle(server);

  const before = server.statements();
  for (let i = 0; i < COUNTED_REQUESTS; i += 1) await send(url, request);
  const statements = (server.statements() - before) / COUNTED_REQUESTS;

  const hwmReset = resetPeak(server.pid);
  let peakRss = memoryMb(server.pid).rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, memoryMb(server.pid).rss);
  }, 100);
  const cpuBefore = cpuMs(server.pid);
  const result = await load(url, request, options, options.duration);
  const cpu = cpuMs(server.pid) - cpuBefore;
  clearInterval(sampler);
  const { hwm } = memoryMb(server.pid);

  const requests = result.requests.total;
  return {
    requests,
    rps: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statements,
    cpuPerRequest: requests ? cpu / requests : NaN,
    peakRss,
    hwm: hwmReset ? hwm : NaN,
  };
}
