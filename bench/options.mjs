// Command-line options of `npm run bench -- [options]`.
import { parseArgs } from 'node:util';
import { CASES, ROLES } from './cases.mjs';

// "Today" for the server and the data, fixed so that every run computes the same derived facts.
export const TODAY = '2026-06-15';

const USAGE = `usage: npm run bench -- [options]
  --trusts N            data set for the cases (default 250)
  --duration S          seconds measured per case and server (default 20)
  --warmup S            seconds of warm-up before each (default 3)
  --connections N       concurrent connections (default 8)
  --scales A,B,C        trust counts for the dashboard's scale series (default 250,1000,4000; "none" skips it)
  --full-texts N        also run every case on N trusts whose texts are full length (an information request's
                        answer 20,000 characters, summaries and narratives 5,000, ...): bench_<N>_full
                        (default 1000; "none" skips it)
  --cases LIST          some of ${Object.keys(CASES).join(',')} (default all)
  --roles LIST          some of ${ROLES.join(',')} (default all; each case runs as the roles it has:
                        setFinancialForecast as OVERSIGHT, the others as REGULATOR and COMMISSIONER)
  --database-url URL    PostgreSQL server on which the bench_* databases are made
                        (default BENCH_DATABASE_URL, else postgresql://postgres@127.0.0.1:5432/postgres)
  --no-check            measure even when the platform's data differs from the limit's
  --load-only           only make (or reuse) the databases, then stop
  --output FILE         where to write the results (default bench/results.md)`;

function count(name, value, min) {
  if (!/^\d+$/.test(value) || Number(value) < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
  return Number(value);
}

function list(name, value, allowed) {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item));
  if (unknown.length || !items.length) throw new Error(`--${name} takes some of ${allowed.join(',')}`);
  return items;
}

export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      trusts: { type: 'string', default: '250' },
      duration: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '8' },
      scales: { type: 'string', default: '250,1000,4000' },
      'full-texts': { type: 'string', default: '1000' },
      cases: { type: 'string', default: Object.keys(CASES).join(',') },
      roles: { type: 'string', default: ROLES.join(',') },
      'database-url': { type: 'string', default: process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/postgres' },
      'no-check': { type: 'boolean', default: false },
      'load-only': { type: 'boolean', default: false },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  const url = new URL(values['database-url']);
  if (!['postgres:', 'postgresql:'].includes(url.protocol)) throw new Error('--database-url must be a postgres:// URL');
  return {
    trusts: count('trusts', values.trusts, 30),
    duration: count('duration', values.duration, 1),
    warmup: count('warmup', values.warmup, 0),
    connections: count('connections', values.connections, 1),
    scales: values.scales === 'none' ? [] : values.scales.split(',').map((scale) => count('scales', scale.trim(), 30)),
    fullTexts: values['full-texts'] === 'none' ? null : count('full-texts', values['full-texts'], 30),
    cases: list('cases', values.cases, Object.keys(CASES)),
    roles: list('roles', values.roles.toUpperCase(), ROLES),
    databaseUrl: url.toString(),
    check: !values['no-check'],
    loadOnly: values['load-only'],
    output: values.output ?? null,
    today: TODAY,
  };
}

export { USAGE };
