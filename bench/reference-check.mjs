// How the limit was checked against a reference set-based statement: a section of bench/results.md.
// The check is run by hand, not by `npm run bench`; these are its figures.

const CHECKED = {
  date: '2026-12-07', machine: '2 AMD EPYC cores', loadAverage: '2 to 3',
  // database, role, then per client count (1, 8) [limit req/s, reference req/s]: medians of 4 rounds of 4 s
  rows: [
    ['bench_250', 'REGULATOR', [106, 97], [255, 223]],
    ['bench_250', 'COMMISSIONER', [978, 982], [2832, 2397]],
    ['bench_1000', 'REGULATOR', [49, 47], [80, 84]],
    ['bench_1000', 'COMMISSIONER', [914, 822], [1768, 1631]],
  ],
  // A second run of bench_1000 REGULATOR gave 46 / 47 and 91 / 78: rounds differ by about 5% either way.
};

/** What the figures say: the slowest the limit was against the reference. */
function verdict(rows) {
  const ratios = rows.flatMap(([, , ...runs]) => runs.map(([limit, reference]) => limit / reference));
  const worst = Math.min(...ratios);
  return worst >= 1 ? 'The limit is as fast as the reference or faster in every case.'
    : `The limit is as fast as the reference or faster, or at worst ${Math.round((1 - worst) * 100)}% slower (within the rounds' spread), in every case.`;
}

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

${verdict(rows)}`;
}
