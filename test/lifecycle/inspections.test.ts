import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { AuditEvent, Commissioner, Inspection, Trust } from '../../src/modules/entities';
import {
  InspectionByIdDocument, PublishInspectionDocument, RecordInspectionDocument, TrustStateDocument, type RecordInspectionInput,
} from '../generated/graphql';
import { tokenFor, type GraphQLResponse } from '../support/api';
import { daysAgo } from '../support/dates';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// recordInspection and publishInspection over HTTP: who may, what they change, what they audit,
// and every refusal with its code, in the order of docs/domain.md#how-access-behaves (NOT_FOUND, BAD_USER_INPUT, FORBIDDEN,
// FAILED_PRECONDITION). A refused change writes nothing.

const env = useTestApi();
let rn1: Trust;
let rh1: Trust;
let outsideX5N: Trust;

const REGULATOR = () => tokenFor('REGULATOR', 'CQC');

beforeAll(async () => {
  const em = env.db.orm.em.fork();
  rn1 = await em.findOneOrFail(Trust, { odsCode: 'RN1' });
  rh1 = await em.findOneOrFail(Trust, { odsCode: 'RH1' });
  const x5n = await em.findOneOrFail(Commissioner, { code: 'X5N' });
  outsideX5N = await em.findOneOrFail(Trust, { localSystem: { $ne: x5n.localSystem } });
});

const input = (trust: Trust, overrides: Partial<RecordInspectionInput> = {}): RecordInspectionInput => ({
  trustId: trust.id, inspectedOn: daysAgo(30), publishedOn: daysAgo(2), overall: 'REQUIRES_IMPROVEMENT', safe: 'REQUIRES_IMPROVEMENT',
  effective: 'GOOD', caring: 'GOOD', responsive: 'REQUIRES_IMPROVEMENT', wellLed: 'REQUIRES_IMPROVEMENT', recommendation: 'NONE',
  summary: 'Recorded by the test suite.', ...overrides,
});

async function record(overrides: Partial<RecordInspectionInput>, trust = rn1): Promise<string> {
  const { body } = await env.api.request(RecordInspectionDocument, { input: input(trust, overrides) }, REGULATOR());
  expect(body.errors).toBeUndefined();
  return body.data!.recordInspection.id;
}

/** Rows a refused change must not have written. */
async function snapshot() {
  const em = env.db.orm.em.fork();
  const [published] = await em.getConnection().execute<{ n: string }[]>(`select count(*) as n from inspection where published_on is not null`);
  return { audit: await em.count(AuditEvent), inspections: await em.count(Inspection), withPublishedOn: Number(published.n) };
}

async function expectRefused(code: string, send: () => Promise<GraphQLResponse<unknown>>) {
  const before = await snapshot();
  const { body } = await send();
  expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
  expect(body.data ?? null).toBeNull();
  expect(await snapshot()).toEqual(before);
}

describe('recordInspection by REGULATOR', () => {
  it('records the inspection, and the trust is rated by it once it is the latest published', async () => {
    const overall = rn1.currentRating === 'GOOD' ? 'OUTSTANDING' : 'GOOD';
    const ratings = { overall, safe: overall, effective: overall, caring: overall, responsive: overall, wellLed: overall } as const;
    const { body } = await env.api.request(RecordInspectionDocument, { input: input(rn1, { ...ratings, inspectedOn: TEST_TODAY, publishedOn: TEST_TODAY }) }, REGULATOR());
    expect(body.errors).toBeUndefined();
    const recorded = body.data!.recordInspection;
    expect(recorded).toMatchObject({ inspectedOn: TEST_TODAY, publishedOn: TEST_TODAY, overall, wellLed: overall, recommendation: 'NONE', trust: { id: rn1.id } });

    const row = await env.db.orm.em.fork().findOneOrFail(Inspection, recorded.id);
    expect(row).toMatchObject({ inspectedOn: TEST_TODAY, publishedOn: TEST_TODAY, overall, summary: 'Recorded by the test suite.' });
    const state = await env.api.request(TrustStateDocument, { odsCode: 'RN1' });
    expect(state.body.data!.trust!.currentRating).toBe(overall);
  });

  it('writes one audit event naming the caller, the mutation, the row and its new values', async () => {
    const id = await record({ inspectedOn: daysAgo(40), publishedOn: daysAgo(20), overall: 'INADEQUATE' });
    const events = await env.db.orm.em.fork().find(AuditEvent, { entityId: id });
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      action: 'recordInspection', entity: 'Inspection', entityId: id, subject: 'test:regulator:CQC', role: 'REGULATOR', organisation: 'CQC',
    });
    expect(event.changes!.overall).toEqual({ from: null, to: 'INADEQUATE' });
    expect(event.changes!.inspectedOn).toEqual({ from: null, to: daysAgo(40) });
    expect(event.changes!.publishedOn).toEqual({ from: null, to: daysAgo(20) });
  });

  it('records an unpublished inspection, which the public cannot read and which does not rate the trust', async () => {
    const before = (await env.api.request(TrustStateDocument, { odsCode: 'RH1' })).body.data!.trust!.currentRating;
    const other = before === 'INADEQUATE' ? 'GOOD' : 'INADEQUATE';
    const { body } = await env.api.request(RecordInspectionDocument, { input: input(rh1, { inspectedOn: TEST_TODAY, publishedOn: null, overall: other }) }, REGULATOR());
    expect(body.data!.recordInspection.publishedOn).toBeNull();
    const id = body.data!.recordInspection.id;
    expect((await env.api.request(InspectionByIdDocument, { id })).body.data!.inspection).toBeNull();
    expect((await env.api.request(InspectionByIdDocument, { id }, REGULATOR())).body.data!.inspection?.id).toBe(id);
    expect((await env.api.request(TrustStateDocument, { odsCode: 'RH1' })).body.data!.trust!.currentRating).toBe(before);
  });
});

describe('publishInspection by REGULATOR', () => {
  it('publishes: the public then reads it, the trust is rated by it, and the change is audited from null to the date', async () => {
    const current = (await env.api.request(TrustStateDocument, { odsCode: 'RH1' })).body.data!.trust!.currentRating;
    const overall = current === 'REQUIRES_IMPROVEMENT' ? 'GOOD' : 'REQUIRES_IMPROVEMENT';
    const id = await record({ inspectedOn: TEST_TODAY, publishedOn: null, overall }, rh1);
    expect((await env.api.request(InspectionByIdDocument, { id })).body.data!.inspection).toBeNull();

    const { body } = await env.api.request(PublishInspectionDocument, { id, publishedOn: TEST_TODAY }, REGULATOR());
    expect(body.errors).toBeUndefined();
    expect(body.data!.publishInspection).toEqual({ id, publishedOn: TEST_TODAY });
    expect((await env.api.request(InspectionByIdDocument, { id })).body.data!.inspection?.id).toBe(id);
    expect((await env.api.request(TrustStateDocument, { odsCode: 'RH1' })).body.data!.trust!.currentRating).toBe(overall);

    const [event] = await env.db.orm.em.fork().find(AuditEvent, { entityId: id, action: 'publishInspection' });
    expect(event).toMatchObject({ entity: 'Inspection', subject: 'test:regulator:CQC', role: 'REGULATOR', organisation: 'CQC' });
    expect(event.changes!.publishedOn).toEqual({ from: null, to: TEST_TODAY });
  });

  it('schedules with a later date: still unpublished until then', async () => {
    const id = await record({ inspectedOn: daysAgo(3), publishedOn: null });
    const later = addDays(TEST_TODAY, 14);
    const { body } = await env.api.request(PublishInspectionDocument, { id, publishedOn: later }, REGULATOR());
    expect(body.data!.publishInspection.publishedOn).toBe(later);
    expect((await env.api.request(InspectionByIdDocument, { id })).body.data!.inspection).toBeNull();
  });
});

describe('refusals, each writing nothing', () => {
  let rn1Unpublished: string;
  let rh1Unpublished: string;
  let published: string;
  beforeAll(async () => {
    rn1Unpublished = await record({ inspectedOn: daysAgo(6), publishedOn: null });
    rh1Unpublished = await record({ inspectedOn: daysAgo(6), publishedOn: null }, rh1);
    published = await record({ inspectedOn: daysAgo(60), publishedOn: daysAgo(30) });
  });

  describe('NOT_FOUND', () => {
    it('recordInspection for an unknown trust, even with a future date (NOT_FOUND comes first)', async () => {
      await expectRefused('NOT_FOUND', () => env.api.request(RecordInspectionDocument, { input: { ...input(rn1), trustId: randomUUID() } }, REGULATOR()));
      await expectRefused('NOT_FOUND', () =>
        env.api.request(RecordInspectionDocument, { input: { ...input(rn1, { inspectedOn: addDays(TEST_TODAY, 3) }), trustId: randomUUID() } }, REGULATOR()),
      );
      await expectRefused('NOT_FOUND', () => env.api.request(RecordInspectionDocument, { input: { ...input(rn1), trustId: 'RN1' } }, REGULATOR()));
    });

    it('recordInspection by a commissioner for a trust outside its system', async () => {
      await expectRefused('NOT_FOUND', () => env.api.request(RecordInspectionDocument, { input: input(outsideX5N) }, tokenFor('COMMISSIONER', 'X5N')));
    });

    it('publishInspection of an unknown id', async () => {
      await expectRefused('NOT_FOUND', () => env.api.request(PublishInspectionDocument, { id: randomUUID(), publishedOn: TEST_TODAY }, REGULATOR()));
    });

    it('publishInspection of an unpublished inspection the caller may not read', async () => {
      await expectRefused('NOT_FOUND', () => env.api.request(PublishInspectionDocument, { id: rh1Unpublished, publishedOn: TEST_TODAY }, tokenFor('TRUST', 'RN1')));
      await expectRefused('NOT_FOUND', () => env.api.request(PublishInspectionDocument, { id: rn1Unpublished, publishedOn: TEST_TODAY }, null));
      await expectRefused('NOT_FOUND', () => env.api.request(PublishInspectionDocument, { id: rn1Unpublished, publishedOn: TEST_TODAY }, tokenFor('COMMISSIONER', 'X5N')));
      await expectRefused('NOT_FOUND', () => env.api.request(PublishInspectionDocument, { id: rn1Unpublished, publishedOn: TEST_TODAY }, tokenFor('IMPROVEMENT_DIRECTOR', 'ID-001')));
    });
  });

  describe('BAD_USER_INPUT', () => {
    it('an inspection dated in the future', async () => {
      await expectRefused('BAD_USER_INPUT', () =>
        env.api.request(RecordInspectionDocument, { input: input(rn1, { inspectedOn: addDays(TEST_TODAY, 1), publishedOn: null }) }, REGULATOR()),
      );
    });

    it('publishedOn before inspectedOn in the same input', async () => {
      await expectRefused('BAD_USER_INPUT', () =>
        env.api.request(RecordInspectionDocument, { input: input(rn1, { inspectedOn: daysAgo(5), publishedOn: daysAgo(6) }) }, REGULATOR()),
      );
    });

    it('a date that is not a calendar date, and a summary over its length', async () => {
      await expectRefused('BAD_USER_INPUT', () => env.api.request(RecordInspectionDocument, { input: input(rn1, { inspectedOn: '2025-02-30' }) }, REGULATOR()));
      await expectRefused('BAD_USER_INPUT', () => env.api.request(RecordInspectionDocument, { input: input(rn1, { summary: 'x'.repeat(5001) }) }, REGULATOR()));
    });

    it('a summary holding a NUL character (text PostgreSQL cannot store) is a bad input, not an internal error', async () => {
      await expectRefused('BAD_USER_INPUT', () => env.api.request(RecordInspectionDocument, { input: input(rn1, { summary: 'Safe\u0000care' }) }, REGULATOR()));
    });

    it('comes before FORBIDDEN: a trust sending a future date hears of the date', async () => {
      await expectRefused('BAD_USER_INPUT', () =>
        env.api.request(RecordInspectionDocument, { input: input(rn1, { inspectedOn: addDays(TEST_TODAY, 1), publishedOn: null }) }, tokenFor('TRUST', 'RN1')),
      );
    });
  });

  describe('FORBIDDEN', () => {
    it.each([
      ['TRUST', 'RN1'],
      ['OVERSIGHT', 'MONITOR'],
      ['OVERSIGHT', 'TDA'],
      ['IMPROVEMENT_DIRECTOR', 'ID-001'],
      ['COMMISSIONER', 'X5N'],
    ])('%s %s may not record an inspection (of RN1, which it may read)', async (role, org) => {
      await expectRefused('FORBIDDEN', () => env.api.request(RecordInspectionDocument, { input: input(rn1) }, tokenFor(role, org)));
    });

    it('PUBLIC may not record an inspection', async () => {
      await expectRefused('FORBIDDEN', () => env.api.request(RecordInspectionDocument, { input: input(rn1) }, null));
    });

    it('a trust may not publish even its own inspection, nor OVERSIGHT any', async () => {
      await expectRefused('FORBIDDEN', () => env.api.request(PublishInspectionDocument, { id: rn1Unpublished, publishedOn: TEST_TODAY }, tokenFor('TRUST', 'RN1')));
      await expectRefused('FORBIDDEN', () => env.api.request(PublishInspectionDocument, { id: rn1Unpublished, publishedOn: TEST_TODAY }, tokenFor('OVERSIGHT', 'MONITOR')));
    });

    it('comes before FAILED_PRECONDITION: a trust re-publishing a published inspection is FORBIDDEN', async () => {
      await expectRefused('FORBIDDEN', () => env.api.request(PublishInspectionDocument, { id: published, publishedOn: TEST_TODAY }, tokenFor('TRUST', 'RN1')));
    });
  });

  describe('FAILED_PRECONDITION', () => {
    it('publishing an inspection that is already published', async () => {
      await expectRefused('FAILED_PRECONDITION', () => env.api.request(PublishInspectionDocument, { id: published, publishedOn: TEST_TODAY }, REGULATOR()));
    });
  });

  it('publishing before the inspection was carried out is refused (FAILED_PRECONDITION: the date is checked against the row)', async () => {
    await expectRefused('FAILED_PRECONDITION', () => env.api.request(PublishInspectionDocument, { id: rn1Unpublished, publishedOn: daysAgo(7) }, REGULATOR()));
  });
});
