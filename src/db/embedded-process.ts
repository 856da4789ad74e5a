// Child processes of the embedded PostgreSQL: spawned in their own process group, their last log
// lines kept, their outcome (ready, finished, failed, timed out) turned into one-line StartErrors.
import { spawn, type ChildProcess } from 'node:child_process';
import { StartError } from '../config';
import type { RunAs } from './embedded-cluster';

export const OTHER_SERVER = 'set DATABASE_URL to use another PostgreSQL server';
const ENV = { LC_ALL: 'C', LANG: 'C' }; // English log lines, which readiness is read from; none of our settings

export interface Run { child: ChildProcess; log: string[]; onLine(listener: (line: string) => void): void }

const alive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;
export const kill = (child: ChildProcess, signal: NodeJS.Signals) => alive(child) && child.pid !== undefined && child.kill(signal);

export function exited(child: ChildProcess, ms: number): Promise<boolean> {
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
export function spawnLogged(file: string, args: string[], owner: RunAs | undefined, cwd: string): Run {
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
export function outcome(run: Run, what: string, ms: number, ready?: string): Promise<void> {
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
