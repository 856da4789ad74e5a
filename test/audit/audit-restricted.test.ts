import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_JWT_ENV, tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { auditEvents, FINDINGS, makeAuditedChanges, type AuditedChanges } from './audit.helpers';

// What an event shows: "In changes, a field the reader may not read shows as "[restricted]"" (a
// trust never reads its reviews' findings, but reads the money of its own rows), and what it
// never holds: "Events never contain a token or a secret".

const env = useTestApi();
let made: AuditedChanges;
beforeAll(async () => {
  made = await makeAuditedChanges(env);
});

type Changes = Record<string, unknown>;
/** The changes of the one event about `entityId`, as `token` reads them. */
async function changesAbout(entityId: string, token: string): Promise<Changes> {
  const page = await auditEvents(env, { filter: { entityId }, first: 10 }, token);
  expect(page.nodes).toHaveLength(1);
  return page.nodes[0].changes as Changes;
}
const RN1 = () => tokenFor('TRUST', 'RN1');
const REGULATOR = () => tokenFor('REGULATOR', 'CQC');

describe('findings: "[restricted]" for a trust, in the events about its own reviews', () => {
  it('TRUST RN1 reads the event about its review, with its findings "[restricted]" and every other field as it is', async () => {
    const asTrust = await changesAbout(made.ids.review, RN1());
    const asRegulator = await changesAbout(made.ids.review, REGULATOR());
    expect(asTrust.findings).toBe('[restricted]');
    expect(asRegulator.findings).toEqual({ from: null, to: FINDINGS });
    const { findings: _hidden, ...rest } = asRegulator;
    expect(asTrust).toEqual({ ...rest, findings: '[restricted]' });
    expect(asTrust.outcome).toEqual({ from: null, to: 'CHANGE_REQUIRED' });
    expect(JSON.stringify(asTrust)).not.toContain('confidence');
  });

  it.each([['OVERSIGHT', 'MONITOR'], ['OVERSIGHT', 'TDA'], ['REGULATOR', 'CQC']])('%s %s reads the findings', async (role, org) => {
    expect((await changesAbout(made.ids.review, tokenFor(role, org))).findings).toEqual({ from: null, to: FINDINGS });
  });

  it('the log itself keeps the findings: the marker is the reader\'s view', async () => {
    const [row] = await env.db.orm.em.fork().getConnection().execute<{ changes: Changes }[]>(
      'select changes from audit_event where entity_id = ?', [made.ids.review]);
    expect(row.changes.findings).toEqual({ from: null, to: FINDINGS });
  });
});

describe('money: a trust reads the amounts of its own rows', () => {
  it('TRUST RN1 reads its forecast change in full, as MONITOR wrote it', async () => {
    const changes = await changesAbout(made.ids.rn1, RN1());
    expect(changes).toEqual(await changesAbout(made.ids.rn1, REGULATOR()));
    expect((changes.financialForecast as { to: string }).to).toBe('-1234567.89');
  });

  it('TRUST RN1 reads the amount its partner RH1 claimed on RN1\'s contract', async () => {
    const changes = await changesAbout(made.ids.claim, RN1());
    expect(changes.amount).toEqual({ from: null, to: '4321.50' });
    expect(changes).toEqual(await changesAbout(made.ids.claim, REGULATOR()));
  });

  it('TRUST RH1, the partner, reads the amount of its own claim on RN1\'s contract too: a partner reads a contract\'s money', async () => {
    const changes = await changesAbout(made.ids.claim, tokenFor('TRUST', 'RH1'));
    expect(changes).toEqual(await changesAbout(made.ids.claim, REGULATOR()));
    expect(changes.amount).toEqual({ from: null, to: '4321.50' });
  });

  it('TRUST RH2 reads the forecast TDA set for it', async () => {
    expect((await changesAbout(made.ids.rh2, tokenFor('TRUST', 'RH2'))).financialForecast).toMatchObject({ to: '250000.00' });
  });

  it('nothing else a trust reads of its own events is marked', async () => {
    const page = await auditEvents(env, { first: 500 }, RN1());
    const marked = page.nodes.filter((e) => JSON.stringify(e.changes).includes('[restricted]')).map((e) => [e.entity, e.entityId]);
    expect(marked).toEqual([['LeadershipReview', made.ids.review]]);
  });
});

describe('no token and no secret in any event', () => {
  it('every column of every event, changes included, is searched for each bearer token the changes were sent with', async () => {
    const rows = await env.db.orm.em.fork().getConnection().execute<{ id: string; subject: string; json: string }[]>(
      'select id, subject, row_to_json(e)::text as json from audit_event e');
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(made.tokens.length).toBeGreaterThanOrEqual(8);
    const secret = TEST_JWT_ENV.JWT_SECRET!;
    for (const row of rows) {
      for (const token of made.tokens) {
        const [header, payload, signature] = token.split('.');
        for (const part of [token, `${header}.${payload}`, payload, signature]) expect(row.json, row.id).not.toContain(part);
      }
      expect(row.json).not.toContain(secret);
      expect(row.json.toLowerCase()).not.toMatch(/bearer|authorization|jwt/);
      expect(row.subject).toMatch(/^test:/);
    }
  });

  it('nor in what the API returns of them', async () => {
    const page = await auditEvents(env, { first: 500 }, REGULATOR());
    const text = JSON.stringify(page);
    for (const token of made.tokens) expect(text).not.toContain(token.split('.')[2]);
    expect(text).not.toContain(TEST_JWT_ENV.JWT_SECRET!);
  });
});
