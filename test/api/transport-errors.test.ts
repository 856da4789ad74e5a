import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../support/test-api';

// A body the server cannot read is answered as a GraphQL error in JSON, with a 4xx status and a
// message a client can act on: never an HTML page, a stack trace or a file path.

const env = useTestApi('empty');

async function post(body: string | Buffer, headers: Record<string, string>) {
  const response = await fetch(`${env.api.url}/graphql`, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('an unreadable request body', () => {
  it.each([
    ['malformed JSON', () => post('{"query": "{ me { role } }"', JSON_TYPE), 400, /not valid JSON/],
    ['a 2 MB body', () => post(JSON.stringify({ query: `{ me { role } }${' '.repeat(2_000_000)}` }), JSON_TYPE), 413, /larger than 1 MB/],
    ['an unknown charset', () => post('{"query":"{ me { role } }"}', { 'content-type': 'application/json; charset=klingon' }), 415, /UTF-8/],
    ['an unknown content encoding', () => post('{"query":"{ me { role } }"}', { ...JSON_TYPE, 'content-encoding': 'zstd-nope' }), 415, /identity, gzip/],
    ['a broken gzip body', () => post(gzipSync('{"query":"{ me { role } }"}').subarray(0, 12), { ...JSON_TYPE, 'content-encoding': 'gzip' }), 400, /could not be read|ended before/],
    // Bytes that are no UTF-8 (\xff\xfe) in a string: refused, never stored as replacement characters.
    ['invalid UTF-8', () => post(Buffer.concat([Buffer.from('{"query":"{ me { role } }","variables":{"name":"Dr '), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]), JSON_TYPE),
      400, /^the request body is not valid UTF-8$/],
    ['invalid UTF-8, gzipped', () => post(gzipSync(Buffer.concat([Buffer.from('{"query":"{ me { role } }","x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')])),
      { ...JSON_TYPE, 'content-encoding': 'gzip' }), 400, /^the request body is not valid UTF-8$/],
  ] as const)('%s: a GraphQL JSON error with its 4xx status, no stack or path', async (_what, send, status, message) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.type).toMatch(/^application\/json/);
    const body = JSON.parse(response.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].message).toMatch(message);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(response.text).not.toMatch(/<html|node_modules|at \w+ \(|\/work\/|body-parser/i);
  });

  it('a readable body still gets its answer (the handler is only for errors)', async () => {
    const response = await post('{"query":"{ me { role } }"}', JSON_TYPE);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ data: { me: { role: 'PUBLIC' } } });
  });
});
