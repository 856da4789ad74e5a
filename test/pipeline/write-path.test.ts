import { Client } from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { Trust } from '../../src/modules/entities';
import { AuditedForecastDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';

// A simple change costs few round trips: setFinancialForecast, as a trust on its own trust, is the
// transaction's BEGIN and COMMIT around three statements: the row checked against the caller's read
// filter, locked and read by one statement, the update with its audit event (and any NOTIFY) in one
// statement, and the answer read by the read engine. Every value is bound, none written into the SQL.
// The read check comes before the lock: a caller who may not read the row is refused at once while
// another change holds it; one who may read it waits for that change, then is refused or goes on.

const env = useTestApi();
let statements: { sql: string; bindings: unknown[] }[] = [];
let trustId: string;

beforeAll(async () => {
  trustId = (await env.db.orm.em.fork().findOneOrFail(Trust, { odsCode: 'RN1' })).id;
  env.db.orm.em.getConnection().getKnex().on('query', (query: { sql: string; bindings?: unknown[] }) => {
    statements.push({ sql: query.sql, bindings: query.bindings ?? [] });
  });
});

async function setForecast(forecast: string) {
  statements = [];
  const { body } = await env.api.request(AuditedForecastDocument, { trustId, forecast }, tokenFor('TRUST', 'RN1'));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data!.setFinancialForecast).toEqual({ id: trustId, financialForecast: forecast });
  return statements;
}

describe('setFinancialForecast on the caller\'s own trust', () => {
  it('is BEGIN, three statements and COMMIT', async () => {
    await setForecast('-100.00'); // the caller's scope is read once, then kept a few seconds
    const sent = await setForecast('-200.00');
    const text = sent.map((s) => s.sql.trim().toLowerCase());
    expect(text[0]).toMatch(/^begin/);
    expect(text[text.length - 1]).toMatch(/^commit/);
    expect(text.slice(1, -1)).toHaveLength(3);
    expect(text.filter((s) => s.includes('for no key update')), 'the row is locked once').toHaveLength(1);
    expect(text.filter((s) => s.includes('from "trust" t where')), 'and read once').toHaveLength(1);
    expect(text.filter((s) => s.includes('insert into audit_event')), 'its audit event').toHaveLength(1);
    expect(text.filter((s) => s.includes('update "trust"')), 'the update goes with the audit event').toEqual(text.filter((s) => s.includes('insert into audit_event')));
  });

  it('binds every value: neither the forecast nor the trust is written into a statement', async () => {
    const sent = await setForecast('-314159.26');
    for (const { sql } of sent) {
      expect(sql).not.toContain('314159');
      expect(sql).not.toContain(trustId);
    }
    expect(sent.some((s) => s.bindings.includes(trustId))).toBe(true);
    expect(sent.some((s) => s.bindings.includes('-314159.26'))).toBe(true);
  });

  it('reads none of the trust\'s derived facts, which no rule of this change needs', async () => {
    const sent = await setForecast('-300.00');
    const beforeTheAnswer = sent.slice(0, -2).map((s) => s.sql);
    for (const sql of beforeTheAnswer) expect(sql).not.toMatch(/special_measures_episode|inspection|leadership_tenure/);
  });
});

describe('the lock comes after the access check', () => {
  it('while another change holds a trust, a commissioner who may not read it is refused at once; one who may waits, then is refused', async () => {
    const holder = new Client({ connectionString: env.db.url });
    await holder.connect();
    const send = (commissioner: string) => env.api.request(AuditedForecastDocument, { trustId, forecast: '1.00' }, tokenFor('COMMISSIONER', commissioner));
    const codes = (body: { errors?: readonly { extensions?: { code?: unknown } }[] }) => body.errors?.map((e) => e.extensions?.code);
    try {
      await holder.query('begin');
      await holder.query('select 1 from trust where id = $1 for update', [trustId]);
      const started = Date.now();
      const otherSystem = await send('X3H'); // Harrowfield's commissioner: RN1 is Northmere's
      expect(codes(otherSystem.body)).toEqual(['NOT_FOUND']);
      expect(Date.now() - started).toBeLessThan(1500); // the lock would hold it for DATABASE_LOCK_TIMEOUT_MS (3 s), then SERVICE_UNAVAILABLE
      const ownSystem = send('X5N');
      expect(await Promise.race([ownSystem, new Promise((resolve) => setTimeout(() => resolve('waiting'), 1000))])).toBe('waiting');
      await holder.query('commit');
      expect(codes((await ownSystem).body)).toEqual(['FORBIDDEN']);
    } finally {
      await holder.end();
    }
  });
});
