import { beforeAll, describe, expect, it } from 'vitest';
import { Trust } from '../../src/modules/entities';
import { RecordInspectionDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { daysAgo } from '../support/dates';
import { useTestApi } from '../support/test-api';

// docs/domain.md#entities-and-rules: an audit event is never updated or deleted. The database refuses both twice over:
// the application's role (smo_app) has no right to, and a trigger refuses even the owner, so no code
// path (nor a person with SQL access) can rewrite the log. That the log still takes new events is
// shown by the mutation that writes the event these tests try to change.

const env = useTestApi();
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => env.db.orm.em.fork().getConnection().execute<T[]>(query, params);
/** As the owner that ran the migrations: RESET ROLE, in a transaction of its own. */
const asOwner = (query: string, params: unknown[] = []) =>
  env.db.orm.em.fork().transactional(async (em) => {
    await em.getConnection().execute('reset role', [], 'run', em.getTransactionContext());
    return em.getConnection().execute(query, params, 'run', em.getTransactionContext());
  });
let eventId: string;

beforeAll(async () => {
  const trust = await env.db.orm.em.fork().findOneOrFail(Trust, { odsCode: 'RN1' });
  const input = {
    trustId: trust.id, inspectedOn: daysAgo(9), publishedOn: null, overall: 'GOOD', safe: 'GOOD', effective: 'GOOD', caring: 'GOOD',
    responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'NONE',
  } as const;
  const { body } = await env.api.request(RecordInspectionDocument, { input }, tokenFor('REGULATOR', 'CQC'));
  expect(body.errors).toBeUndefined();
  const events = await sql<{ id: string }>('select id from audit_event where entity_id = ?', [body.data!.recordInspection.id]);
  expect(events).toHaveLength(1);
  eventId = events[0].id;
});

const theEvent = () => sql('select * from audit_event where id = ?', [eventId]);

describe('the audit log is append-only', () => {
  it('an UPDATE of an audit event is refused, and the event stays as it was', async () => {
    const before = await theEvent();
    await expect(sql(`update audit_event set action = 'rewritten', changes = null where id = ?`, [eventId])).rejects.toThrow(/permission denied for table audit_event/);
    await expect(asOwner(`update audit_event set action = 'rewritten', changes = null where id = ?`, [eventId])).rejects.toThrow(/never updated or deleted/);
    expect(await theEvent()).toEqual(before);
  });

  it('a DELETE of an audit event is refused, and the event is still there', async () => {
    const before = await theEvent();
    expect(before).toHaveLength(1);
    await expect(sql('delete from audit_event where id = ?', [eventId])).rejects.toThrow(/permission denied for table audit_event/);
    await expect(asOwner('delete from audit_event where id = ?', [eventId])).rejects.toThrow(/never updated or deleted/);
    expect(await theEvent()).toEqual(before);
  });

  it('a TRUNCATE of the audit log is refused (it fires no row trigger), and the event is still there', async () => {
    const before = await theEvent();
    await expect(sql('truncate audit_event')).rejects.toThrow(/permission denied for table audit_event/);
    await expect(asOwner('truncate audit_event')).rejects.toThrow(/never updated or deleted/);
    expect(await theEvent()).toEqual(before);
  });
});
