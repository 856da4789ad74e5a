// How the limit's SQL was checked against a reference set-based statement: a paragraph of the report,
// with the figures of that check (it is run by hand, not by `npm run bench`).
export const LIMIT_AGAINST_REFERENCE = 'TODO';
