import { lstatSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterHome, isRoot } from '../../src/db/embedded-cluster';
import { childrenOf, failedStart, freePort, processesNaming, runTool, SECRET, startServer, tempDir, type Started } from './helpers';

// `npm start` without DATABASE_URL, on a throwaway DATA_DIR: as root (CI) the cluster lives in the
// keyed folder under /var/lib, otherwise in DATA_DIR/postgres; either way it is removed afterwards.
const dir = tempDir('oversight-embedded-');
const dataDir = join(dir, 'data');
let home: string;
let pgPort: number;
let server: Started | undefined;

const env = () => ({ DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort), PORT: '0', JWT_SECRET: SECRET, TODAY: '2026-03-18' });
const oneLine = async (extra: Record<string, string>) => {
  const result = await failedStart({ ...env(), ...extra }, dir);
  expect(result.code).toBe(1);
  expect(result.ms).toBeLessThan(10_000);
  expect(result.lines).toHaveLength(1);
  return result.lines[0];
};

async function start(viaShell = false): Promise<string> {
  server = startServer(env(), dir, viaShell);
  const [, port] = await server.waitFor(/GraphQL at http:\/\/localhost:(\d+)\/graphql, explorer at http:\/\/localhost:\1\/,/, 60_000);
  return `http://127.0.0.1:${port}`;
}

async function stop(): Promise<{ code: number | null; ms: number }> {
  const began = Date.now();
  const stopping = server!;
  stopping.child.kill('SIGTERM');
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`still running 15 s after SIGTERM; stdout: ${stopping.stdout()}; stderr: ${stopping.stderr()}`)), 15_000).unref());
  const { code } = await Promise.race([stopping.exit, timeout]);
  server = undefined;
  return { code, ms: Date.now() - began };
}

const health = (url: string) => fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) }).then((r) => r.status);

beforeAll(async () => {
  mkdirSync(dataDir);
  home = clusterHome(dataDir);
  pgPort = await freePort();
});

afterAll(async () => {
  if (server) {
    server.child.kill('SIGTERM');
    const timer = setTimeout(() => server?.child.kill('SIGKILL'), 10_000);
    await server.exit;
    clearTimeout(timer);
  }
  for (const line of processesNaming(home)) process.kill(Number(line.split(' ')[0]), 'SIGKILL');
  rmSync(home, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('npm start on the embedded database', () => {
  it('initialises the cluster, loads the demo data and serves it', async () => {
    const url = await start();
    expect(server!.stdout()).toContain('empty database: loaded the demo data (dates relative to 2026-03-18)');
    expect(server!.stderr()).toBe('');
    expect(await health(url)).toBe(200);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ trusts(first: 100) { totalCount nodes { odsCode name } } }' }),
      signal: AbortSignal.timeout(10_000),
    });
    const { data } = (await response.json()) as { data: { trusts: { totalCount: number; nodes: { odsCode: string; name: string }[] } } };
    expect(data.trusts.totalCount).toBeGreaterThan(10);
    expect(data.trusts.nodes).toContainEqual({ odsCode: 'RN1', name: 'Northmere Hospitals NHS Foundation Trust' });
    expect(processesNaming(home)).toHaveLength(1); // the postmaster, on the cluster of this DATA_DIR
    expect(lstatSync(join(dataDir, 'postgres')).isSymbolicLink()).toBe(isRoot());
  }, 90_000);

  it('refuses a second start on the same cluster', async () => {
    const line = await oneLine({ EMBEDDED_PG_PORT: String(await freePort()) });
    expect(line).toMatch(/^cannot start: the embedded PostgreSQL failed: FATAL: lock file "postmaster.pid" already exists .*: another PostgreSQL runs on this cluster: stop it, or set DATA_DIR or DATABASE_URL$/);
    expect(processesNaming(home)).toHaveLength(1);
  }, 20_000);

  it('refuses an embedded port that something else holds, starting nothing', async () => {
    const other = join(dir, 'other');
    const line = await oneLine({ DATA_DIR: other });
    expect(line).toBe(`cannot start: port ${pgPort} is in use: free it, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL`);
    expect(processesNaming(other)).toEqual([]);
  }, 20_000);

  it('says when the server refuses the password of DATABASE_URL', async () => {
    const line = await oneLine({ DATA_DIR: join(dir, 'password'), DATABASE_URL: `postgresql://postgres:wrong@127.0.0.1:${pgPort}/oversight` });
    expect(line).toBe(`cannot start: PostgreSQL at 127.0.0.1:${pgPort} refused the password of postgres: check DATABASE_URL`);
  }, 20_000);

  it('lets the tools (seed, audit:verify, migrate) use the database of the running server, starting no other PostgreSQL', async () => {
    const verify = await runTool('db/audit-verify-cli.js', env(), dir);
    expect(verify.stdout).toMatch(/^intact \(\d+ events in \d+ chains\)$/m);
    expect(verify.code).toBe(0);
    const seed = await runTool('db/seed-cli.js', env(), dir);
    expect(seed.stderr).toMatch(/^The database already has data; not seeding/); // the demo data the server loaded
    const migrate = await runTool('db/migrate-cli.js', env(), dir, ['up']);
    expect(migrate.stdout).toMatch(/^nothing to apply: all \d+ migrations are applied$/m);
    expect(processesNaming(home)).toHaveLength(1);
    expect(server!.stderr()).toBe('');
  }, 60_000);

  it.each([
    ['no password', 'postgres', /asks for the password of postgres, which DATABASE_URL does not give/],
    ['a wrong password', 'postgres:wrong', /refused the password of postgres/],
  ])('audit:verify fails within seconds, saying so, given %s', async (_what, auth, said) => {
    const result = await runTool('db/audit-verify-cli.js', { ...env(), DATABASE_URL: `postgresql://${auth}@127.0.0.1:${pgPort}/oversight` }, dir);
    expect(result.stderr).toMatch(said);
    expect(result.code).not.toBe(0);
    expect(result.ms).toBeLessThan(10_000);
  }, 30_000);

  it('stops on SIGTERM within seconds with code 0, leaving no process', async () => {
    const { code, ms } = await stop();
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5000);
    expect(processesNaming(home)).toEqual([]);
  }, 20_000);

  it('reuses the data on the next start', async () => {
    const url = await start();
    expect(server!.stdout()).not.toContain('empty database');
    expect(await health(url)).toBe(200);
    expect((await stop()).code).toBe(0);
  }, 60_000);

  it('stops when the shell that started it dies, as SIGTERM to npm start leaves it', async () => {
    await start(true);
    const shell = server!;
    server = undefined;
    const closed = new Promise<boolean>((resolve) => {
      shell.child.stdout!.once('close', () => resolve(true)); // once the server, its last writer, has exited too
      setTimeout(() => resolve(false), 10_000).unref();
    });
    const orphans = childrenOf(shell.child.pid!);
    shell.child.kill('SIGKILL');
    const stopped = await closed;
    if (!stopped) for (const pid of orphans) process.kill(pid, 'SIGKILL'); // leave nothing behind (afterAll stops its postgres)
    expect(stopped).toBe(true);
    expect(shell.stdout()).toContain('parent exited: draining requests and closing the database');
    expect(processesNaming(home)).toEqual([]);
  }, 60_000);

  it('starts afresh once DATA_DIR/postgres is deleted', async () => {
    const password = readFileSync(join(home, 'password'), 'utf8');
    rmSync(join(dataDir, 'postgres'), { recursive: true, force: true }); // as root only the link: the cluster it named is a leftover
    await start();
    expect(server!.stdout()).toContain('empty database: loaded the demo data');
    expect(readFileSync(join(home, 'password'), 'utf8')).not.toBe(password);
    expect((await stop()).code).toBe(0);
    expect(processesNaming(home)).toEqual([]);
  }, 90_000);
});
