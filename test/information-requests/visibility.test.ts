import { beforeAll, describe, expect, it } from 'vitest';
import { EndDirectorAppointmentDocument } from '../generated/graphql';
import { TEST_TODAY } from '../support/today';
import { COMMISSIONER, CQC, DIRECTOR, MONITOR, PUBLIC, TDA, TRUST, requestWorld } from './requests.helpers';

// Who reads which requests (docs/domain.md#information-requests): REGULATOR and OVERSIGHT all; the trust its own; an
// improvement director those of the trusts where it holds an open appointment; a commissioner
// those of its system's trusts; PUBLIC none. The askers and the answer are read by the same
// readers, through informationRequests, informationRequest(id) and Trust.informationRequests.
// Expectations: the demo's rows, selected in SQL by the trusts each reader is written here to read.

const t = requestWorld();

const ALL = ['RH2', 'RN1', 'RN3', 'RS4'];
/** Each reader, and the trusts (of those the demo asks) whose requests it reads. */
const READERS: [string, () => string | null, string[]][] = [
  ['REGULATOR CQC', CQC, ALL],
  ['OVERSIGHT MONITOR', MONITOR, ALL],
  ['OVERSIGHT TDA', TDA, ALL],
  ['TRUST RN1', () => TRUST('RN1'), ['RN1']],
  ['TRUST RN3', () => TRUST('RN3'), ['RN3']],
  ['TRUST RH1 (asked nothing)', () => TRUST('RH1'), []],
  ['IMPROVEMENT_DIRECTOR ID-001 (at RN1)', () => DIRECTOR('ID-001'), ['RN1']],
  ['IMPROVEMENT_DIRECTOR ID-003 (at RN3)', () => DIRECTOR('ID-003'), ['RN3']],
  ['IMPROVEMENT_DIRECTOR ID-006 (between appointments)', () => DIRECTOR('ID-006'), []],
  ['COMMISSIONER X5N (Northmere and Fenwick)', () => COMMISSIONER('X5N'), ['RN1', 'RN3']],
  ['COMMISSIONER X3H (Harrowfield and Ashby)', () => COMMISSIONER('X3H'), ['RH2']],
  ['COMMISSIONER X7S (Sallowmoor)', () => COMMISSIONER('X7S'), ['RS4']],
  ['PUBLIC', PUBLIC, []],
];
/** The local system of each trust the demo asks, for whether a commissioner reads the trust at all. */
const SYSTEM_OF: Record<string, string> = { RN1: 'X5N', RN3: 'X5N', RH2: 'X3H', RS4: 'X7S' };

interface DemoRequest { id: string; odsCode: string; answer: string | null; askers: string[] }
let requests: DemoRequest[];

beforeAll(async () => {
  requests = await t.sql<DemoRequest>(`select r.id, t.ods_code as "odsCode", r.answer,
      (select coalesce(json_agg(a.organisation order by a.asked_at, a.id), '[]') from request_asker a where a.request_id = r.id and a.withdrawn_on is null) as askers
    from information_request r join trust t on t.id = r.trust_id order by r.due_on, r.id`);
  expect(requests.map((r) => r.odsCode).sort()).toEqual(['RH2', 'RN1', 'RN1', 'RN3', 'RS4']);
});

const readBy = (trusts: string[]) => requests.filter((r) => trusts.includes(r.odsCode));

describe.each(READERS)('%s', (name, token, trusts) => {
  const commissionerOf = name.match(/^COMMISSIONER (\S+)/)?.[1];
  it('informationRequests lists exactly the requests of the trusts it reads, with their askers and answers', async () => {
    const { body } = await t.api.list(token());
    expect(body.errors).toBeUndefined();
    const page = body.data!.informationRequests;
    expect(page.totalCount).toBe(readBy(trusts).length);
    expect(page.nodes.map((r) => ({ id: r.id, odsCode: r.trust.odsCode, answer: r.answer ?? null, askers: r.askers.map((a) => a.organisation) }))).toEqual(readBy(trusts));
  });

  it('informationRequest(id) is the request with askers and answer when it reads it, else null without an error', async () => {
    for (const request of requests) {
      const { body } = await t.api.get(request.id, token());
      expect(body.errors).toBeUndefined();
      const read = body.data!.informationRequest;
      if (!trusts.includes(request.odsCode)) expect(read, request.odsCode).toBeNull();
      else expect([read!.answer ?? null, read!.askers.map((a) => a.organisation)]).toEqual([request.answer, request.askers]);
    }
  });

  it('Trust.informationRequests: the same requests through each trust (null for a trust outside a commissioner\'s system), by status too', async () => {
    for (const odsCode of ALL) {
      const { body } = await t.api.ofTrust(odsCode, token());
      expect(body.errors).toBeUndefined();
      const trust = body.data!.trust;
      if (commissionerOf && commissionerOf !== SYSTEM_OF[odsCode]) {
        expect(trust, odsCode).toBeNull();
        continue;
      }
      expect(trust!.informationRequests.map((r) => r.id), odsCode).toEqual(readBy(trusts).filter((r) => r.odsCode === odsCode).map((r) => r.id));
      const answered = t.ok(await t.api.ofTrust(odsCode, token(), 'ANSWERED')).trust!.informationRequests;
      expect(answered.map((r) => r.id)).toEqual(readBy(trusts).filter((r) => r.odsCode === odsCode && r.answer !== null).map((r) => r.id));
    }
  });
});

describe('the public', () => {
  it('reads the trusts but never a request, also through Trust.informationRequests', async () => {
    const { body } = await t.api.ofTrust('RN1', PUBLIC());
    expect(body.errors).toBeUndefined();
    expect(body.data!.trust).toMatchObject({ odsCode: 'RN1', informationRequests: [] });
    expect(t.ok(await t.api.list(PUBLIC(), { trustId: body.data!.trust!.id })).informationRequests).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe('an improvement director reads them while appointed', () => {
  it("once MONITOR ends ID-001's appointment at RN1 today, RN1's requests are gone for it", async () => {
    const rn1 = readBy(['RN1']);
    expect(t.ok(await t.api.list(DIRECTOR('ID-001'))).informationRequests.totalCount).toBe(rn1.length);
    const [appointment] = await t.sql<{ id: string }>(`select a.id from director_appointment a join improvement_director d on d.id = a.director_id
      join trust t on t.id = a.trust_id where d.code = 'ID-001' and t.ods_code = 'RN1' and a.ends_on is null`);
    t.ok(await t.w.api.request(EndDirectorAppointmentDocument, { id: appointment.id, endsOn: TEST_TODAY }, MONITOR()));

    expect(t.ok(await t.api.list(DIRECTOR('ID-001'))).informationRequests.totalCount).toBe(0);
    for (const request of rn1) expect(t.ok(await t.api.get(request.id, DIRECTOR('ID-001'))).informationRequest).toBeNull();
    expect(t.ok(await t.api.ofTrust('RN1', DIRECTOR('ID-001'))).trust!.informationRequests).toEqual([]);
  });
});
