import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier } from '../../src/auth/jwt';
import { DEMO_PRINCIPALS } from '../../src/db/demo-principals';
import { explorerRouter } from '../../src/explorer/explorer.router';
import { createServer, type Server } from '../../src/server';
import { TEST_JWT, TEST_JWT_ENV } from '../support/api';
import { useTestApi } from '../support/test-api';

// The explorer's HTTP side without a browser: its page and assets, the token endpoint, and that
// production has neither.

process.env.JWT_SECRET = TEST_JWT_ENV.JWT_SECRET; // the explorer signs with the process's key: the suite's one

const env = useTestApi('demo');

const mint = (body: unknown, url = env.api.url) =>
  fetch(`${url}/explorer/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

async function me(token: string) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const response = await fetch(`${env.api.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: '{ me { role organisation } }' }) });
  return ((await response.json()) as { data: { me: unknown } }).data.me;
}

describe('in development', () => {
  it("serves the page with a CSP of 'self' alone, and no inline script or style", async () => {
    const response = await fetch(`${env.api.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(response.headers.get('content-security-policy')).toMatch(/(^|; )default-src 'self'(;|$)/);
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|https?:\/\//);
    for (const { role, org } of DEMO_PRINCIPALS) expect(html).toContain(`value="${role}:${org}"`);
  });

  it.each([
    ['graphiql.min.js', 'graphiql', 'graphiql.min.js', /javascript/],
    ['graphiql.min.css', 'graphiql', 'graphiql.min.css', /css/],
    ['react.production.min.js', 'react', 'umd/react.production.min.js', /javascript/],
    ['react-dom.production.min.js', 'react-dom', 'umd/react-dom.production.min.js', /javascript/],
  ])('serves %s exactly as installed in node_modules', async (name, pkg, file, type) => {
    const response = await fetch(`${env.api.url}/explorer/assets/${name}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
    const installed = readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
    expect(Buffer.from(await response.arrayBuffer()).equals(installed)).toBe(true);
  });

  it.each(['graphiql.js', '..%2Fpackage.json', 'constructor'])('serves no other file (%s)', async (name) => {
    expect((await fetch(`${env.api.url}/explorer/assets/${name}`)).status).toBe(404);
  });

  it.each(DEMO_PRINCIPALS.map((p) => [`${p.role} ${p.org}`, p] as const))('mints a token the API takes for %s', async (_name, { role, org }) => {
    const response = await mint({ role, org });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token } = (await response.json()) as { token: string };
    expect(await me(token)).toEqual({ role, organisation: org });
  });

  it.each([
    ['PUBLIC', { role: 'PUBLIC', org: null }],
    ['a role with an organisation not its demo one', { role: 'REGULATOR', org: 'MONITOR' }],
    ['a trust that is not a demo principal', { role: 'TRUST', org: 'RN2' }],
    ['no organisation', { role: 'COMMISSIONER' }],
    ['an empty body', {}],
  ])('refuses %s with 400', async (_what, body) => {
    const response = await mint(body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/not a demo principal/);
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', 'role=REGULATOR&org=CQC'],
    ['text/plain (what a cross-site page may send without a preflight)', 'text/plain', JSON.stringify({ role: 'REGULATOR', org: 'CQC' })],
  ])('mints nothing for %s: 415', async (_what, type, body) => {
    const response = await fetch(`${env.api.url}/explorer/token`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(response.status).toBe(415);
    expect(await response.json()).not.toHaveProperty('token');
  });

  it('hands out no token the server would refuse, saying why (503)', async () => {
    const app = express().use(explorerRouter({
      production: false,
      verifier: { verify: () => Promise.reject(new Error('signed with another key')) },
      signingSettings: () => TEST_JWT,
    }));
    const server = app.listen(0);
    try {
      const response = await mint({ role: 'REGULATOR', org: 'CQC' }, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: expect.stringMatching(/cannot mint a token this server accepts: signed with another key/) });
    } finally {
      server.close();
    }
  });
});

describe('in production', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = await createServer(env.db.orm, createVerifier(TEST_JWT), { production: true });
    url = `http://127.0.0.1:${await server.listen(0)}`;
  });
  afterAll(() => server?.stop());

  it.each([
    ['GET', '/'],
    ['GET', '/explorer/explorer.js'],
    ['GET', '/explorer/assets/graphiql.min.js'],
    ['POST', '/explorer/token'],
  ])('%s %s is a 404 in JSON', async (method, path) => {
    const response = await fetch(`${url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{"role":"REGULATOR","org":"CQC"}' : undefined });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.text()).not.toMatch(/token|<html/i);
  });
});
