import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, signDevToken } from '../../src/auth/jwt';
import { AuditEvent, Inspection, Trust } from '../../src/modules/entities';
import { MeDocument, RecordInspectionDocument } from '../generated/graphql';
import { loadConfig } from '../../src/config';
import { TEST_JWT_ENV, tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

/** Another server's key: its tokens are forged here. */
const OTHER_KEY = loadConfig({ JWT_SECRET: 'a-completely-different-secret-0123456789abcdef' }).jwt;

// Authentication over HTTP: no header is PUBLIC; a good token is its principal; anything else is
// HTTP 401 UNAUTHENTICATED with no data, and nothing runs (docs/domain.md#error-codes).

const env = useTestApi();

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;

/** A request with exactly this Authorization header (or none). */
const meWithHeader = (authorization?: string) => env.api.request(MeDocument, {}, null, authorization === undefined ? {} : { authorization });

function expectUnauthenticated(response: Awaited<ReturnType<typeof meWithHeader>>) {
  expect(response.status).toBe(401);
  expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(response.body.data).toBeUndefined();
}

describe('who the caller is', () => {
  it('no Authorization header is the PUBLIC role', async () => {
    const response = await meWithHeader();
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.me.role).toBe('PUBLIC');
    expect(response.body.data!.me.organisation).toBeNull();
  });

  it.each([
    ['REGULATOR', 'CQC'],
    ['OVERSIGHT', 'MONITOR'],
    ['OVERSIGHT', 'TDA'],
    ['TRUST', 'RN1'],
    ['IMPROVEMENT_DIRECTOR', 'ID-001'],
    ['COMMISSIONER', 'X5N'],
  ])('a valid %s token for %s is that principal', async (role, org) => {
    const response = await env.api.request(MeDocument, {}, tokenFor(role, org, { sub: `user-${org}` }));
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.me).toEqual({ role, organisation: org, subject: `user-${org}` });
  });
});

describe('refused tokens: HTTP 401, UNAUTHENTICATED, no data', () => {
  const valid = { sub: 'someone', role: 'REGULATOR', org: 'CQC' };

  it('a token signed with another secret (forged)', async () => {
    const forged = signDevToken(valid, { expiresIn: '10m' }, OTHER_KEY);
    expectUnauthenticated(await meWithHeader(`Bearer ${forged}`));
  });

  it('an expired token', async () => {
    expectUnauthenticated(await meWithHeader(`Bearer ${tokenFor('REGULATOR', 'CQC', { expiresIn: -120 })}`));
  });

  it('an unsigned alg:none token', async () => {
    const payload = { ...valid, iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, exp: inOneHour() };
    const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    expectUnauthenticated(await meWithHeader(`Bearer ${unsigned}`));
  });

  it('an HS256 token whose payload was altered after signing', async () => {
    const [header, , signature] = tokenFor('TRUST', 'RN1').split('.');
    const tampered = `${header}.${b64({ ...valid, iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, exp: inOneHour() })}.${signature}`;
    expectUnauthenticated(await meWithHeader(`Bearer ${tampered}`));
  });

  it('a token without exp, signed with the right secret', async () => {
    const noExp = jwt.sign({ ...valid, iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE }, TEST_JWT_ENV.JWT_SECRET!, { algorithm: 'HS256' });
    expectUnauthenticated(await meWithHeader(`Bearer ${noExp}`));
  });

  it.each([
    ['garbage', 'Bearer not-a-jwt'],
    ['a Basic header', 'Basic x'],
    ['a bare token without "Bearer"', tokenFor('REGULATOR', 'CQC')],
    ['an empty Bearer', 'Bearer '],
  ])('%s', async (_name, header) => {
    expectUnauthenticated(await meWithHeader(header));
  });

  it('a token claiming the PUBLIC role', async () => {
    expectUnauthenticated(await meWithHeader(`Bearer ${tokenFor('PUBLIC', 'CQC')}`));
  });

  it.each([
    ['TRUST', 'RZZ', 'an ODS code no trust has'],
    ['COMMISSIONER', 'X0X', 'no such commissioner'],
    ['IMPROVEMENT_DIRECTOR', 'ID-999', 'no such director'],
    ['REGULATOR', 'MONITOR', 'a regulator must be CQC'],
    ['OVERSIGHT', 'CQC', 'an oversight body is MONITOR or TDA'],
    ['TRUST', 'X5N', 'a commissioner code is not a trust'],
    ['COMMISSIONER', 'RN1', 'a trust code is not a commissioner'],
    ['IMPROVEMENT_DIRECTOR', 'RN1', 'a trust code is not a director'],
  ])('a well-signed %s token for %s (%s)', async (role, org) => {
    expectUnauthenticated(await meWithHeader(`Bearer ${tokenFor(role, org)}`));
  });
});

describe('a refused token runs nothing', () => {
  it('a mutation sent with a bad token writes no row and no audit event', async () => {
    const em = env.db.orm.em.fork();
    const trust = await em.findOneOrFail(Trust, { odsCode: 'RN1' });
    const auditBefore = await em.count(AuditEvent);
    const inspectionsBefore = await em.count(Inspection);
    const input = {
      trustId: trust.id, inspectedOn: TEST_TODAY, publishedOn: TEST_TODAY, overall: 'GOOD', safe: 'GOOD', effective: 'GOOD',
      caring: 'GOOD', responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'NONE',
    } as const;
    const badTokens = [
      signDevToken({ sub: 'x', role: 'REGULATOR', org: 'CQC' }, { expiresIn: '10m' }, OTHER_KEY),
      tokenFor('REGULATOR', 'CQC', { expiresIn: -120 }),
      tokenFor('REGULATOR', 'MONITOR'),
    ];
    for (const token of badTokens) {
      const response = await env.api.request(RecordInspectionDocument, { input }, token);
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.body.data).toBeUndefined();
    }
    const after = env.db.orm.em.fork();
    expect(await after.count(AuditEvent)).toBe(auditBefore);
    expect(await after.count(Inspection)).toBe(inspectionsBefore);

    // The same mutation with a good token does write: the check above could fail.
    const ok = await env.api.request(RecordInspectionDocument, { input }, tokenFor('REGULATOR', 'CQC'));
    expect(ok.body.errors).toBeUndefined();
    expect(await env.db.orm.em.fork().count(Inspection)).toBe(inspectionsBefore + 1);
    expect(await env.db.orm.em.fork().count(AuditEvent)).toBeGreaterThan(auditBefore);
  });
});
