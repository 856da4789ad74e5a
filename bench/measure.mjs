// The timed run of one case against one server, connected directly to PostgreSQL: a warm-up, then
// the measured run with autocannon, reading meanwhile the CPU time of the server process and of the
// PostgreSQL backends serving it, and the server's memory. Nothing counts statements here.
import autocannon from 'autocannon';
import { backendsCpu, cpuBetween, cpuMs, memoryMb, resetPeak } from './process-stats.mjs';

/** The `share` quantile of sorted `values` (nearest rank). */
const quantile = (values, share) => (values.length ? values[Math.min(values.length - 1, Math.ceil(share * values.length) - 1)] : NaN);

async function load(url, request, options, duration) {
  // A mutation's request makes a new body for every call, and its answers are read: an error there is
  // a failed change (HTTP 200 all the same).
  let failed = 0;
  const requests = request.next ? [{
    setupRequest: (req) => ({ ...req, body: request.next() }),
    onResponse: (status, body) => void (body.includes('"errors"') && (failed += 1)),
  }] : undefined;
  const tracker = autocannon({
    url, method: 'POST', headers: request.headers, body: request.body, requests,
    connections: options.connections, pipelining: 1, duration, timeout: 120,
  });
  // Latencies kept to the microsecond (autocannon's own histogram rounds to whole milliseconds).
  const latencies = [];
  tracker.on('response', (client, status, bytes, ms) => void (status < 300 && latencies.push(ms)));
  const result = await tracker;
  latencies.sort((a, b) => a - b);
  return {
    ...result, errors: result.errors + failed,
    latency: { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99), max: latencies.at(-1) ?? 0 },
  };
}

/** Samples the RSS of `pid` every `every` ms until stopped; the highest seen. */
function rssSampler(pid, every = 100) {
  let peak = memoryMb(pid).rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, memoryMb(pid).rss);
  }, every);
  return { stop: () => (clearInterval(timer), Math.max(peak, memoryMb(pid).rss)) };
}

export const ALONE = 3;

/** Requests sent one at a time: the slowest, and the most the server's RSS grew above where it stood before each. */
async function alone(server, url, request) {
  let slowest = 0;
  let growth = 0;
  for (let i = 0; i < ALONE; i += 1) {
    const sampler = rssSampler(server.pid, 20);
    const before = memoryMb(server.pid).rss;
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.next ? request.next() : request.body });
    await response.arrayBuffer(); // the whole body received, not parsed
    slowest = Math.max(slowest, performance.now() - started);
    growth = Math.max(growth, sampler.stop() - before);
  }
  return { slowest, growth };
}

/** Measures `request` (headers, body[, next]) sent to `server` (url, pid, applicationName) at `path`. */
export async function measure(server, path, request, options, monitor) {
  const url = `${server.url}${path}`;
  const single = await alone(server, url, request);
  const rssBefore = memoryMb(server.pid).rss; // growth counts from here, the warm-up's requests included
  const whole = rssSampler(server.pid);
  const warm = options.warmup > 0 ? await load(url, request, options, options.warmup) : null;

  const hwmReset = resetPeak(server.pid);
  const run = rssSampler(server.pid);
  const [cpuBefore, backendsBefore] = [cpuMs(server.pid), await backendsCpu(monitor, server.applicationName)];
  const result = await load(url, request, options, options.duration);
  const cpu = cpuMs(server.pid) - cpuBefore;
  const postgresCpu = cpuBetween(backendsBefore, await backendsCpu(monitor, server.applicationName));
  const peakRss = run.stop();
  const wholePeak = whole.stop();

  const requests = result.requests.total;
  return {
    requests,
    rps: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    maxLatency: Math.max(result.latency.max, warm?.latency.max ?? 0),
    slowestAlone: single.slowest,
    rssGrowthAlone: single.growth,
    non2xx: result.non2xx + (warm?.non2xx ?? 0),
    errors: result.errors + result.timeouts + (warm ? warm.errors + warm.timeouts : 0),
    cpuPerRequest: requests ? cpu / requests : NaN,
    postgresCpuPerRequest: requests ? postgresCpu / requests : NaN,
    peakRss,
    hwm: hwmReset ? memoryMb(server.pid).hwm : NaN,
    rssGrowth: wholePeak - rssBefore,
  };
}
