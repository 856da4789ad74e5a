// How the limit was checked against a reference set-based statement: a section of bench/results.md.
// The check is run by hand, not by `npm run bench`; these are its figures.

const CHECKED = {
  date: '2026-12-06', loadAverage: '12 to 13',
  // [database, role, limit req/s with 1 client, reference, limit with 8 clients, reference, PostgreSQL CPU ms per statement: limit, reference]
  rows: [
    ['bench_250', 'REGULATOR', 104, 97, 271, 268, 3.92, 4.12],
    ['bench_250', 'COMMISSIONER', 1295, 1167, 3378, 3494, 0.29, 0.32],
    ['bench_1000', 'REGULATOR', 48, 37, 123, 117, 10.65, 11.12],
    ['bench_1000', 'COMMISSIONER', 1091, 921, 3656, 3088, 0.33, 0.38],
  ],
};

export function referenceCheck() {
  const { date, loadAverage, rows } = CHECKED;
  return `## The limit against a reference statement

A limit slower than hand-written SQL can be would flatter the platform, so the limit's dashboard statements were timed against a
reference set-based statement written separately for the same answer: as REGULATOR, each child table read once for the page of
trusts and grouped by trust (hash joins), the response text built whole in PostgreSQL; as COMMISSIONER, the same with correlated
subqueries, the faster form for six trusts. Both ran back to back on the same database, through node-postgres as named prepared
statements, in a closed loop with one client and with 8, 4-second rounds whose order alternates (limit, reference, reference,
limit, ...), medians of the rounds; both returned the same data. PostgreSQL CPU per statement is the backends' utime + stime
in a round divided by the statements it ran (median of the rounds): the machine's other work disturbs it least. Checked on ${date}, load average
${loadAverage} (the machine was shared: the req/s are noisy, the CPU per statement less so).

| database | role | 1 client: limit / reference req/s | 8 clients: limit / reference req/s | PostgreSQL CPU per statement, limit / reference |
|---|---|---:|---:|---:|
${rows.map(([db, role, l1, r1, l8, r8, lc, rc]) => `| ${db} | ${role} | ${l1} / ${r1} | ${l8} / ${r8} | ${lc.toFixed(2)} / ${rc.toFixed(2)} ms |`).join('\n')}`;
}
