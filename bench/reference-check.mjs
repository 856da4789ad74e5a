// How the limit was checked against a reference set-based statement: a section of bench/results.md.
// The check is run by hand, not by `npm run bench`; these are its figures.

const CHECKED = {
  date: '2026-12-06', loadAverage: '9 to 11',
  // database, role, then per client count [limit req/s, reference req/s, limit PostgreSQL CPU ms a statement, reference's]
  rows: [
    ['bench_250', 'REGULATOR', [207, 195, 3.21, 3.33], [330, 360, 4.70, 4.97]],
    ['bench_250', 'COMMISSIONER', [2800, 2347, 0.24, 0.28], [4815, 4664, 0.27, 0.28]],
    ['bench_1000', 'REGULATOR', [65, 49, 9.55, 9.66], [126, 127, 11.16, 10.64]],
    ['bench_1000', 'COMMISSIONER', [2069, 1492, 0.28, 0.34], [3877, 3541, 0.32, 0.35]],
  ],
  // A second run, the regulator's dashboard with 8 clients only, 4 rounds: [database, limit req/s, reference req/s].
  again: [['bench_250', 422, 391], ['bench_1000', 151, 139], ['bench_4000', 124, 85]],
};

export function referenceCheck() {
  const { date, loadAverage, rows, again } = CHECKED;
  return `## The limit against a reference statement

A limit slower than hand-written SQL can be would flatter the platform, so the limit's dashboard statements were timed against a
reference set-based statement written separately for the same answer: as REGULATOR, each child table read once for the page of
trusts and grouped by trust, the response text built whole in PostgreSQL; as COMMISSIONER, the same with correlated subqueries,
the faster form for six trusts. Both ran back to back on the same database, through node-postgres as named prepared statements
(every connection past its first plans), in a closed loop with one client and with 8, 4-second rounds whose order alternates
(limit, reference, reference, limit, ...), medians of the rounds; both returned the same data. PostgreSQL CPU a statement is the
backends' utime + stime in a round divided by the statements it ran (median of the rounds), which the machine's other work
disturbs least. Checked on ${date}, load average ${loadAverage} (a shared machine: the req/s are noisy, the CPU less so).

| database | role | 1 client: req/s, limit / reference | PostgreSQL CPU a statement | 8 clients: req/s, limit / reference | PostgreSQL CPU a statement |
|---|---|---:|---:|---:|---:|
${rows.map(([db, role, ...runs]) => `| ${db} | ${role} | ${runs.map(([l, r, lc, rc]) => `${l} / ${r} | ${lc.toFixed(2)} / ${rc.toFixed(2)} ms`).join(' | ')} |`).join('\n')}

The limit is faster with one client in every case and uses less PostgreSQL CPU a statement in all but one; with 8 clients on two
cores the regulator's dashboard is level with the reference within the spread of the rounds (a second run, 8 clients only:
${again.map(([db, l, r]) => `${l} against ${r} req/s on ${db}`).join(', ')}). The commissioner's is faster throughout.`;
}
