// The two servers under test, each a process of its own: the platform (node dist/src/main.js) and
// the limit (bench/limit/server.mjs). For the counting phase each reaches PostgreSQL through a proxy
// that counts its statements; for the timed phase, directly. Each names its connections (PGAPPNAME,
// which node-postgres reads) so the bench can find their PostgreSQL backends and read their CPU time.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startProxy } from './pg-proxy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// Both servers run as a deployment would: the platform with NODE_ENV=production, tokens RS256 and
// checked against a public key (made afresh for each run), request logs JSON at info level.
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const JWT_PRIVATE_KEY = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
export const JWT_PUBLIC_KEY = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** A port nothing listens on now, for a server about to start. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

async function waitForHealth(child, url, log) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-15).join('\n');
  throw new Error(`${log} did not become healthy:\n${tail}`);
}

/** Starts `script` with its own log (bench/<name>.log), behind a fresh proxy to `dbUrl`'s server when `counted`. */
async function start(name, script, dbUrl, env, counted) {
  const db = new URL(dbUrl);
  const proxy = counted ? await startProxy({ host: db.hostname, port: Number(db.port || 5432) }) : null;
  if (proxy) {
    db.hostname = '127.0.0.1';
    db.port = String(proxy.port);
  }
  const port = await freePort();
  const log = join(here, `${name}.log`);
  // The caller's NODE_ENV, database or token settings must not reach the servers: the bench sets its own.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|DATABASE_URL|JWT_)/.test(name)));
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...inherited, ...env, DATABASE_URL: db.toString(), PORT: String(port), PGAPPNAME: `bench-${name}` },
    stdio: ['ignore', openSync(log, 'w'), openSync(log, 'a')],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(child, url, log).catch(async (error) => {
    await proxy?.close();
    throw error;
  });
  return {
    name,
    url,
    pid: child.pid,
    applicationName: `bench-${name}`,
    statements: proxy?.statements,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await proxy?.close();
    },
  };
}

export function startPlatform(dbUrl, today, counted) {
  return start('platform', join(root, 'dist', 'src', 'main.js'), dbUrl, { NODE_ENV: 'production', JWT_PUBLIC_KEY, TODAY: today }, counted);
}

export function startLimit(dbUrl, today, poolSize, counted) {
  return start('limit', join(here, 'limit', 'server.mjs'), dbUrl, { JWT_PUBLIC_KEY, TODAY: today, POOL_SIZE: String(poolSize) }, counted);
}
