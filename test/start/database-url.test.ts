import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failedStart, freePort, processesNaming, SECRET, tempDir } from './helpers';

// Start failures that need no embedded database: each prints one line, exits 1 within 10 s and
// leaves nothing running. (A refused password is checked against the embedded server in embedded.test.ts.)
const dir = tempDir('oversight-dburl-');
const sockets: Socket[] = [];
let silent: Server;
let silentPort: number;
let busy: Server;
let busyPort: number;
let rude: Server;
let rudePort: number;
let resetting: Server;
let resettingPort: number;

beforeAll(async () => {
  // Accepts connections and never answers, as a firewalled or hung server does.
  silent = createServer((socket) => sockets.push(socket)).listen(0, '127.0.0.1');
  busy = createServer().listen(0);
  rude = createServer((socket) => socket.destroy()).listen(0, '127.0.0.1'); // hangs up at once, as some proxies do
  resetting = createServer((socket) => socket.resetAndDestroy()).listen(0, '127.0.0.1'); // answers with a TCP reset
  await Promise.all([silent, busy, rude, resetting].map((server) => new Promise((resolve) => server.once('listening', resolve))));
  silentPort = (silent.address() as { port: number }).port;
  busyPort = (busy.address() as { port: number }).port;
  rudePort = (rude.address() as { port: number }).port;
  resettingPort = (resetting.address() as { port: number }).port;
});

afterAll(() => {
  for (const socket of sockets) socket.destroy();
  silent?.close();
  busy?.close();
  rude?.close();
  resetting?.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string>) => ({ DATA_DIR: join(dir, String(Math.random()).slice(2)), JWT_SECRET: SECRET, PORT: '0', ...extra });

describe('a start that cannot reach its database', () => {
  it('says nothing accepts connections at DATABASE_URL', async () => {
    const port = await freePort();
    const result = await failedStart(env({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/oversight` }), dir);
    expect(result.lines).toEqual([`cannot start: cannot reach PostgreSQL at 127.0.0.1:${port} (ECONNREFUSED): start it or check DATABASE_URL`]);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
  });

  it.each([['closes', () => rudePort], ['resets', () => resettingPort]])('says when what listens there %s the connection without answering', async (_how, port) => {
    const result = await failedStart(env({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${port()}/oversight` }), dir);
    expect(result.lines).toEqual([`cannot start: PostgreSQL at 127.0.0.1:${port()} closed the connection without answering (is it PostgreSQL?): check DATABASE_URL`]);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('gives up on a server that never answers within 10 s', async () => {
    const result = await failedStart(env({ DATABASE_URL: `postgresql://postgres@127.0.0.1:${silentPort}/oversight` }), dir);
    expect(result.lines).toEqual([`cannot start: PostgreSQL at 127.0.0.1:${silentPort} did not answer within 5 s: check DATABASE_URL`]);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
  }, 20_000);
});

describe('a start whose HTTP port is taken', () => {
  it('says so before starting the embedded database', async () => {
    const pgPort = String(await freePort());
    const settings = env({ PORT: String(busyPort), EMBEDDED_PG_PORT: pgPort });
    const result = await failedStart(settings, dir);
    expect(result.lines).toEqual([`cannot start: port ${busyPort} is in use: stop what listens there or set PORT`]);
    expect(result.code).toBe(1);
    expect(result.ms).toBeLessThan(10_000);
    expect(existsSync(settings.DATA_DIR)).toBe(false); // no cluster was made
    expect(processesNaming(settings.DATA_DIR)).toEqual([]);
    expect(processesNaming(`-p ${pgPort}`)).toEqual([]); // no cluster was started, even as root
  });
});
