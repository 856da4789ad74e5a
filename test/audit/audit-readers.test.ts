import { Cursor } from '@mikro-orm/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventPageQueryVariables } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { auditEvents, auditEventsRefused, makeAuditedChanges, type AuditedChanges } from './audit.helpers';

// auditEvents(filter, first, after), newest first. REGULATOR and OVERSIGHT read all. TRUST reads
// those about its own trust's rows, and those about a contract where it is the partner (the contract,
// its outcomes, payments and claims). Nobody else reads any. Filters by entity, entityId,
// organisation and since; cursor pagination, where a cursor the API did not give out is BAD_USER_INPUT.

const env = useTestApi();
type Stored = {
  id: string; trust_id: string | null; entity: string; entity_id: string; organisation: string | null; at: string; ods: string | null; partner: string | null;
};
let made: AuditedChanges;
/** Every event, newest first, as the database holds it. */
let stored: Stored[];
const ids = (events: { id: string }[]) => events.map((e) => e.id);

beforeAll(async () => {
  made = await makeAuditedChanges(env);
  stored = await env.db.orm.em.fork().getConnection().execute<Stored[]>(`select e.id, e.trust_id, e.entity, e.entity_id, e.organisation,
      to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, t.ods_code as ods, p.ods_code as partner
    from audit_event e left join trust t on t.id = e.trust_id left join trust p on p.id = e.partner_trust_id order by e.seq desc`);
});

describe('who reads which events', () => {
  it('the changes wrote events about several trusts, by several bodies', () => {
    expect(stored.length).toBeGreaterThanOrEqual(9);
    expect(new Set(stored.map((e) => e.ods)).size).toBeGreaterThanOrEqual(4);
  });

  it.each([['REGULATOR', 'CQC'], ['OVERSIGHT', 'MONITOR'], ['OVERSIGHT', 'TDA']])('%s %s reads every event, newest first', async (role, org) => {
    const page = await auditEvents(env, { first: 500 }, tokenFor(role, org));
    expect(ids(page.nodes)).toEqual(ids(stored));
    expect(page.totalCount).toBe(stored.length);
  });

  it.each(['RN1', 'RN2', 'RH1', 'RH2'])('TRUST %s reads the events about its own rows and its partner contracts only, newest first', async (ods) => {
    const page = await auditEvents(env, { first: 500 }, tokenFor('TRUST', ods));
    const own = stored.filter((e) => e.ods === ods || e.partner === ods);
    expect(own.length).toBeGreaterThan(0);
    expect(ids(page.nodes)).toEqual(ids(own));
    expect(page.totalCount).toBe(own.length);
  });

  it('RH1 reads the event about the claim it made on RN1\'s contract, as its partner, and none about RN1\'s other rows', async () => {
    const page = await auditEvents(env, { first: 500 }, tokenFor('TRUST', 'RH1'));
    const claim = stored.find((e) => e.entity_id === made.ids.claim)!;
    expect(claim).toMatchObject({ ods: 'RN1', partner: 'RH1' });
    expect(ids(page.nodes)).toContain(claim.id);
    expect(page.nodes.filter((e) => stored.find((s) => s.id === e.id)!.ods === 'RN1').map((e) => e.entity)).toEqual(['ReimbursementClaim']);
  });

  it('RN1 reads the events of changes others made to its rows (MONITOR, its director, its partner RH1), not those about RH1 or RH2', async () => {
    const page = await auditEvents(env, { first: 500 }, tokenFor('TRUST', 'RN1'));
    expect(new Set(page.nodes.map((e) => e.organisation))).toEqual(new Set(['MONITOR', 'RN1', 'ID-001', 'RH1']));
    expect(ids(page.nodes)).not.toContain(stored.find((e) => e.entity_id === made.ids.inspection)!.id);
    expect(ids(page.nodes)).not.toContain(stored.find((e) => e.entity_id === made.ids.rh2)!.id);
  });

  it.each([['IMPROVEMENT_DIRECTOR', 'ID-001', 'appointed at RN1'], ['IMPROVEMENT_DIRECTOR', 'ID-006', 'between appointments'],
    ['COMMISSIONER', 'X5N', 'RN1 and RN2 are in its system'], ['PUBLIC', null, 'no token']] as const)('%s %s (%s) reads none', async (role, org, _why) => {
    const page = await auditEvents(env, { first: 500 }, role === 'PUBLIC' ? null : tokenFor(role, org!));
    expect(page).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
  });
});

describe('filters', () => {
  const REGULATOR = () => tokenFor('REGULATOR', 'CQC');
  const expectFiltered = async (filter: AuditEventPageQueryVariables['filter'], expected: Stored[], token = REGULATOR()) => {
    expect(expected.length, 'the filter keeps some events').toBeGreaterThan(0);
    expect(ids((await auditEvents(env, { filter, first: 500 }, token)).nodes)).toEqual(ids(expected));
  };

  it('entity: the type name of the changed row', async () => {
    await expectFiltered({ entity: 'PlanAction' }, stored.filter((e) => e.entity === 'PlanAction'));
    await expectFiltered({ entity: 'ImprovementPlan' }, stored.filter((e) => e.entity === 'ImprovementPlan'));
  });

  it('entityId: the changed row', async () => {
    await expectFiltered({ entityId: made.ids.rn1 }, stored.filter((e) => e.entity_id === made.ids.rn1));
    await expectFiltered({ entity: 'LeadershipReview', entityId: made.ids.review }, stored.filter((e) => e.entity_id === made.ids.review));
  });

  it('organisation: who made the change', async () => {
    await expectFiltered({ organisation: 'MONITOR' }, stored.filter((e) => e.organisation === 'MONITOR'));
    await expectFiltered({ organisation: 'RH1' }, stored.filter((e) => e.organisation === 'RH1'));
  });

  it('since: events at or after an instant', async () => {
    const since = stored.find((e) => e.entity_id === made.ids.claim)!.at;
    const expected = stored.filter((e) => e.at >= since);
    expect(expected.length).toBeLessThan(stored.length);
    await expectFiltered({ since }, expected);
  });

  it('filters narrow what the reader may read, never widen it', async () => {
    const rn1 = tokenFor('TRUST', 'RN1');
    await expectFiltered({ organisation: 'ID-001' }, stored.filter((e) => e.organisation === 'ID-001' && e.ods === 'RN1'), rn1);
    expect((await auditEvents(env, { filter: { organisation: 'TDA' } }, rn1)).totalCount).toBe(0);
    expect((await auditEvents(env, { filter: { entityId: made.ids.rh2 } }, rn1)).totalCount).toBe(0);
  });

  it.each([[{ organisation: 'not a code' }], [{ organisation: 'x' }], [{ entity: '' }], [{ entity: 'E'.repeat(101) }], [{ entityId: 'i'.repeat(41) }]])(
    'a malformed filter %j is BAD_USER_INPUT', async (filter) => {
      expect(await auditEventsRefused(env, { filter }, REGULATOR())).toEqual(['BAD_USER_INPUT']);
    });
});

describe('pagination, newest first', () => {
  it('pages of 3 follow each other to the end, with the same totalCount, and make up the whole list', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 20; page++) {
      const result: Awaited<ReturnType<typeof auditEvents>> = await auditEvents(env, { first: 3, after }, tokenFor('OVERSIGHT', 'TDA'));
      expect(result.totalCount).toBe(stored.length);
      seen.push(...ids(result.nodes));
      expect(result.pageInfo.hasNextPage).toBe(seen.length < stored.length);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids(stored));
  });

  it('a trust\'s pages hold its own events only', async () => {
    const own = stored.filter((e) => e.ods === 'RN1');
    const first = await auditEvents(env, { first: 2 }, tokenFor('TRUST', 'RN1'));
    const second = await auditEvents(env, { first: 500, after: first.pageInfo.endCursor }, tokenFor('TRUST', 'RN1'));
    expect([...ids(first.nodes), ...ids(second.nodes)]).toEqual(ids(own));
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor!'], ['a value that is not a position', Cursor.encode(['1 or 1=1'])], ['a number', Cursor.encode([1] as never)],
    ['two values', Cursor.encode(['1', '2'])], ['another list\'s cursor (name, id)', Cursor.encode(['Northmere', '0c7a6b1e-2a7f-4e55-9a55-3f3b0b7f0a11'])],
    ['an object', Buffer.from('{"seq":"1"}').toString('base64url')],
  ])('a forged cursor (%s) is BAD_USER_INPUT', async (_what, after) => {
    expect(await auditEventsRefused(env, { first: 2, after }, tokenFor('REGULATOR', 'CQC'))).toEqual(['BAD_USER_INPUT']);
  });

  it.each([0, -1, 501])('first: %i is BAD_USER_INPUT', async (first) => {
    expect(await auditEventsRefused(env, { first }, tokenFor('REGULATOR', 'CQC'))).toEqual(['BAD_USER_INPUT']);
  });
});
