// Before measuring: both servers must return the same `data` for every request of the run.

/** POSTs a request; resolves with the status, the parsed body and its size in bytes. */
export async function send(url, request) {
  const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = { unparsable: text.slice(0, 200) };
  }
  return { status: response.status, json, bytes: Buffer.byteLength(text) };
}

const kind = (value) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);
const show = (value) => {
  const text = JSON.stringify(value);
  return text === undefined ? 'absent' : text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

/** The first path at which `a` and `b` differ, with both values there; null when deep-equal. */
export function firstDifference(a, b, path = 'data') {
  if (kind(a) !== kind(b)) return { path, a, b };
  if (kind(a) === 'array') {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const found = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (kind(a) === 'object') {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      const found = firstDifference(a[key], b[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return a === b ? null : { path, a, b };
}

/** What differs between the platform's and the limit's responses (send()'s results): empty when they agree. */
export function problemsOf(platform, limit) {
  const problems = [];
  if (platform.status !== 200) problems.push(`platform answered HTTP ${platform.status}`);
  if (limit.status !== 200) problems.push(`limit answered HTTP ${limit.status}`);
  if (platform.json.errors) problems.push(`platform errors: ${show(platform.json.errors)}`);
  if (limit.json.errors) problems.push(`limit errors: ${show(limit.json.errors)}`);
  if (platform.json.data == null) problems.push('platform returned no data');
  const difference = firstDifference(platform.json.data, limit.json.data);
  if (difference) problems.push(`first difference at ${difference.path}: platform ${show(difference.a)}, limit ${show(difference.b)}`);
  return problems;
}

export function printCheck(label, problems) {
  process.stderr.write(`check ${label}: ${problems.length ? `DIFFERS\n  ${problems.join('\n  ')}` : 'same data'}\n`);
}

/**
 * Sends `request` to both servers and compares their data. Returns the response sizes and a list of
 * problems (empty when they agree): a status other than 200, GraphQL errors, or the first difference.
 */
export async function compare(label, platformUrl, limitUrl, request) {
  const [platform, limit] = await Promise.all([send(platformUrl, request), send(limitUrl, request)]);
  const problems = problemsOf(platform, limit);
  printCheck(label, problems);
  return { problems, platformBytes: platform.bytes, limitBytes: limit.bytes };
}

/** A mutation case's check (forecast-case.mjs): the same answer, and the same audit event but for its id, time and hash. */
export async function compareChange(label, platformUrl, limitUrl, mutation) {
  const { platform, limit } = await mutation.check(platformUrl, limitUrl);
  const problems = problemsOf(platform, limit);
  if (!platform.event || !limit.event) problems.push('no audit event written');
  const difference = firstDifference(platform.event, limit.event, 'audit event');
  if (difference) problems.push(`first difference at ${difference.path}: platform ${show(difference.a)}, limit ${show(difference.b)}`);
  printCheck(label, problems);
  return { problems, platformBytes: platform.bytes, limitBytes: limit.bytes };
}
