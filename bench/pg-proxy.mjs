// A TCP proxy between a server and PostgreSQL that counts the statements the server sends, without
// instrumenting it: the PostgreSQL wire protocol's 'Q' (simple query) and 'E' (execute) messages
// from the client after its startup message. It runs on a worker thread of the bench process, so
// the load generator's event loop never delays the server's queries; the count is shared memory.
import net from 'node:net';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const QUERY = 0x51; // 'Q'
const EXECUTE = 0x45; // 'E'

/** Starts a proxy to `target` (host, port); resolves with its port and the running statement count. */
export function startProxy(target) {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL(import.meta.url), { workerData: { target, counter } });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', ({ port }) => resolve({
      port,
      statements: () => Atomics.load(counter, 0),
      close: () => worker.terminate(),
    }));
  });
}

/** Feeds the client's bytes through a message parser that calls `onStatement` per Q or E message. */
function messageCounter(onStatement) {
  let startup = true; // an untyped startup message (or SSL/GSS request) comes first
  let head = Buffer.alloc(0);
  let skip = 0;
  return (chunk) => {
    let at = 0;
    while (at < chunk.length) {
      if (skip > 0) {
        const n = Math.min(skip, chunk.length - at);
        skip -= n;
        at += n;
        continue;
      }
      const size = startup ? 8 : 5;
      const take = chunk.subarray(at, at + size - head.length);
      head = head.length ? Buffer.concat([head, take]) : take;
      at += take.length;
      if (head.length < size) break;
      if (startup) {
        const code = head.readInt32BE(4);
        skip = head.readInt32BE(0) - 8;
        if (code !== SSL_REQUEST && code !== GSS_REQUEST) startup = false;
      } else {
        if (head[0] === QUERY || head[0] === EXECUTE) onStatement();
        skip = head.readInt32BE(1) - 4;
      }
      head = Buffer.alloc(0);
    }
  };
}

function serve({ target, counter }) {
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    client.setNoDelay(true); // no Nagle delay on either side: a relayed reply is sent at once
    upstream.setNoDelay(true);
    const count = messageCounter(() => Atomics.add(counter, 0, 1));
    client.on('data', count);
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
}

if (!isMainThread && workerData?.counter) serve(workerData);
