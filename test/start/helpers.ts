import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The built server (dist/, built by the global setup) started the way `npm start` does, in a clean
// environment: nothing of the suite's own (DATABASE_URL, say) reaches it unless a test passes it.

export const ROOT = process.cwd();
export const PATH = `${dirname(process.execPath)}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`;
export const SECRET = 'start-test-secret-0123456789abcdef0123456789';

export const tempDir = (prefix: string) => realpathSync(mkdtempSync(join(tmpdir(), prefix)));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

export interface Exit { code: number | null; signal: string | null; ms: number }

export interface Started {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exit: Promise<Exit>;
  /** Resolves with the first stdout match; rejects when the server exits first or after `ms`. */
  waitFor(pattern: RegExp, ms?: number): Promise<RegExpMatchArray>;
}

/** The built server; `viaShell` puts a shell between, as `npm start` does (`; true` keeps it from exec-ing node). */
export function startServer(env: Record<string, string>, cwd: string, viaShell = false): Started {
  const began = Date.now();
  const main = join(ROOT, 'dist', 'src', 'main.js');
  const [file, args] = viaShell ? ['sh', ['-c', `"${process.execPath}" "${main}"; true`]] : [process.execPath, [main]];
  const child = spawn(file, args, { cwd, env: { PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk) => (out += chunk));
  child.stderr!.on('data', (chunk) => (err += chunk));
  const exit = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - began })));
  const waitFor = (pattern: RegExp, ms = 30_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms; stdout: ${out}; stderr: ${err}`)), ms);
      const check = () => {
        const match = out.match(pattern);
        if (match) {
          clearTimeout(timer);
          resolve(match);
        }
      };
      child.stdout!.on('data', check);
      check();
      void exit.then((e) => {
        clearTimeout(timer);
        reject(new Error(`exited (${e.code ?? e.signal}) before ${pattern}; stdout: ${out}; stderr: ${err}`));
      });
    });
  return { child, stdout: () => out, stderr: () => err, exit, waitFor };
}

/** Starts a server that must fail: its exit and its stderr's lines. Kills it after 20 s so nothing hangs. */
export async function failedStart(env: Record<string, string>, cwd: string): Promise<Exit & { lines: string[] }> {
  const started = startServer(env, cwd);
  const killer = setTimeout(() => started.child.kill('SIGKILL'), 20_000);
  const exit = await started.exit;
  clearTimeout(killer);
  return { ...exit, lines: started.stderr().split('\n').filter((line) => line.trim() !== '') };
}

/** Runs one of the built command-line tools (`db/seed-cli.js`, say) to its end, as npm would, within 60 s. */
export function runTool(script: string, env: Record<string, string>, cwd: string, args: string[] = []): Promise<Exit & { stdout: string; stderr: string }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(ROOT, 'dist', 'src', script), ...args], { cwd, env: { PATH, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, signal: null, ms: Date.now() - started, stdout, stderr });
    });
  });
}

/** Processes whose command line contains `fragment` (a cluster's folder, say), other than this one. */
export function processesNaming(fragment: string): string[] {
  if (!existsSync('/proc')) {
    return execFileSync('ps', ['-eo', 'pid=,args=']).toString().split('\n').filter((line) => line.includes(fragment));
  }
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (command.includes(fragment)) found.push(`${pid} ${command}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The pids whose parent is `pid` (Linux; none elsewhere). */
export function childrenOf(pid: number): number[] {
  if (!existsSync('/proc')) return [];
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((name) => {
    try {
      return Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === pid;
    } catch {
      return false;
    }
  }).map(Number);
}
