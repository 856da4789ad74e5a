// CPU time and memory of processes, from /proc: a server, and the PostgreSQL backends serving it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime of a process (all its threads), in milliseconds; NaN when it cannot be read. */
export function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // the command name may hold spaces
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** VmRSS and VmHWM of a process, in MB. */
export function memoryMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** Restarts VmHWM from the current RSS (Linux: clear_refs 5), so it is this case's peak. */
export function resetPeak(pid) {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The CPU time of the PostgreSQL backends whose application_name is `name`, read through `monitor`
 * (a pg client of the bench's own): the database is on this machine, so /proc has them.
 */
export async function backendsCpu(monitor, name) {
  const { rows } = await monitor.query('select pid from pg_stat_activity where application_name = $1', [name]);
  return new Map(rows.map(({ pid }) => [pid, cpuMs(pid)]));
}

/** CPU used by the backends in `after` since `before` (a backend that began meanwhile counts from zero). */
export function cpuBetween(before, after) {
  let total = 0;
  for (const [pid, ms] of after) if (Number.isFinite(ms)) total += ms - (before.get(pid) || 0);
  return total;
}
