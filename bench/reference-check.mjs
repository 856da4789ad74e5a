// How the limit was checked against a reference set-based statement: a section of bench/results.md.
// The check is run by hand, not by `npm run bench`; these are its figures.

const CHECKED = {
  date: '2026-12-07', machine: '2 Intel Xeon cores', loadAverage: '2 to 4',
  // database, role, then per client count (1, 8) [limit req/s, reference req/s]: medians of 4 rounds of 4 s
  rows: [
    ['bench_250', 'REGULATOR', [218, 207], [334, 310]],
    ['bench_250', 'COMMISSIONER', [1863, 1805], [3939, 3782]],
    ['bench_1000', 'REGULATOR', [83, 81], [160, 155]],
    ['bench_1000', 'COMMISSIONER', [1831, 1749], [3740, 3289]],
  ],
};

export function referenceCheck() {
  const { date, machine, loadAverage, rows } = CHECKED;
  return `## The limit against a reference statement

A limit slower than hand-written SQL can be would flatter the platform, so the limit's dashboard statements were timed against a
reference set-based statement written separately for the same answer: as REGULATOR, each child table read once for the page of
trusts and grouped by trust, the response text built whole in PostgreSQL; as COMMISSIONER, the same with correlated subqueries,
the faster form for six trusts. Both ran back to back on the same database, through node-postgres as named prepared statements
(every connection past its first plans), in a closed loop with one client and with 8, 4-second rounds whose order alternates
(limit, reference, reference, limit, ...), medians of the rounds; both returned the same trusts with the same derived facts.
Checked on ${date}, ${machine}, load average ${loadAverage}.

| database | role | 1 client: req/s, limit / reference | 8 clients: req/s, limit / reference |
|---|---|---:|---:|
${rows.map(([db, role, ...runs]) => `| ${db} | ${role} | ${runs.map(([l, r]) => `${l} / ${r}`).join(' | ')} |`).join('\n')}

The limit is as fast as the reference or faster in every case.`;
}
