import type { GraphQLField } from 'graphql';
import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getSchema } from '../../src/schema';
import { mutationSamples } from '../pipeline/mutation-samples';
import { inspectionOf, trustByOds } from '../pipeline/samples/sample';
import { tokenFor } from '../support/api';
import { TEST_TODAY } from '../support/today';
import { graphql, startTwoServers, subscribe, untilAllListen, type LiveEvent, type Subscriber, type TwoServers } from './live.helpers';

// Live updates (docs/domain.md#live-updates) across processes: subscribers on the first server, every change made through the
// second, as behind a load balancer. Each subscriber gets exactly the events whose row it may
// read (asked of the first server with canI, the read of that row), in commit order; nothing for
// a refused or a rolled-back change; and a lost LISTEN connection is replaced.
let two: TwoServers;
let fields: Record<string, GraphQLField<unknown, unknown>>;
const WHO: Record<string, string | null> = {
  REGULATOR: tokenFor('REGULATOR', 'CQC'),
  COMMISSIONER: tokenFor('COMMISSIONER', 'X5N'), // the Northmere and Fenwick system: RN1's
  TRUST: tokenFor('TRUST', 'RN1'),
  PUBLIC: null,
};
const subscribers: Record<string, Subscriber> = {};

/** The changed rows each mutation announces, by entity (every other mutation announces none). */
const KINDS: Record<string, Record<string, string>> = {
  publishInspection: { Inspection: 'INSPECTION_PUBLISHED' },
  placeInSpecialMeasures: { SpecialMeasuresEpisode: 'PLACED_IN_SPECIAL_MEASURES' },
  extendSpecialMeasures: { SpecialMeasuresEpisode: 'SPECIAL_MEASURES_EXTENDED' },
  exitSpecialMeasures: { SpecialMeasuresEpisode: 'EXITED_SPECIAL_MEASURES' },
  appointImprovementDirector: { DirectorAppointment: 'DIRECTOR_APPOINTED' },
  recordLeadershipChange: { LeadershipTenure: 'LEADERSHIP_CHANGED' }, // the new holder's tenure and the one it ends
  endLeadershipTenure: { LeadershipTenure: 'LEADERSHIP_CHANGED' },
  publishPlanUpdate: { PlanUpdate: 'PLAN_UPDATE_PUBLISHED' },
  reportContractOutcome: { ContractOutcome: 'CONTRACT_OUTCOME_REPORTED' },
  approveIncentivePayment: { IncentivePayment: 'INCENTIVE_PAYMENT_DECIDED' },
  withholdIncentivePayment: { IncentivePayment: 'INCENTIVE_PAYMENT_DECIDED' },
  askInformation: { InformationRequest: 'INFORMATION_REQUESTED' },
  answerInformationRequest: { InformationRequest: 'INFORMATION_ANSWERED' },
};

const REGULATOR = WHO.REGULATOR;
const writer = () => two.bases[1];
const reader = () => two.bases[0];

function operation(name: string): string {
  const args = fields[name].args;
  const declared = args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation Walk${args.length ? `(${declared})` : ''} { ${name}${args.length ? `(${passed})` : ''} { __typename } }`;
}

/** A published inspection of RN1, which every subscriber here may read: the event that closes a sequence. */
async function marker(summary: string): Promise<string> {
  const body = await graphql(writer(), `mutation($id: ID!, $summary: String) { recordInspection(input: { trustId: $id, inspectedOn: "${TEST_TODAY}", publishedOn: "${TEST_TODAY}",
    overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE, summary: $summary }) { id } }`,
  { id: await trustId('RN1'), summary }, REGULATOR);
  expect(body.errors).toBeUndefined();
  return body.data!.recordInspection.id;
}

const trustIds = new Map<string, string>();
async function trustId(odsCode: string): Promise<string> {
  if (!trustIds.has(odsCode)) trustIds.set(odsCode, (await graphql(reader(), `{ trust(odsCode: "${odsCode}") { id } }`)).data!.trust.id);
  return trustIds.get(odsCode)!;
}

async function mayRead(token: string | null, subject: string, id: string): Promise<boolean> {
  const body = await graphql(reader(), 'query($subject: String!, $id: ID!) { canI(action: "read", subject: $subject, id: $id) { allowed } }', { subject, id }, token);
  return body.data!.canI.allowed;
}

/** The rows the last change wrote, as its audit events name them, in the order it wrote them. */
async function rowsChangedSince(seq: string): Promise<{ entity: string; entityId: string; trustId: string | null; odsCode: string | null; seq: string }[]> {
  const rows = await two.db.orm.em.fork().getConnection().execute(
    `select a.entity, a.entity_id, a.trust_id, t.ods_code, a.seq from audit_event a left join trust t on t.id = a.trust_id where a.seq > ? order by a.seq`, [seq]);
  return rows.map((r: Record<string, string>) => ({ entity: r.entity, entityId: r.entity_id, trustId: r.trust_id, odsCode: r.ods_code, seq: String(r.seq) }));
}

const lastSeq = async () => String((await two.db.orm.em.fork().getConnection().execute('select coalesce(max(seq), 0) as seq from audit_event'))[0].seq);
const withoutTime = ({ at, ...event }: LiveEvent) => (expect(Number.isNaN(Date.parse(at))).toBe(false), event);

beforeAll(async () => {
  fields = (await getSchema()).getMutationType()!.getFields();
  two = await startTwoServers();
  for (const [who, token] of Object.entries(WHO)) subscribers[who] = subscribe(reader(), token);
  await untilAllListen(Object.values(subscribers), (attempt) => marker(`listening? ${attempt}`));
});

afterAll(async () => {
  for (const s of Object.values(subscribers)) await s.client.dispose();
  await two?.stop();
});

it('every change, made through the other process, reaches each subscriber that may read its row, in commit order, and no other', async () => {
  const expected: Record<string, Omit<LiveEvent, 'at'>[]> = Object.fromEntries(Object.keys(WHO).map((who) => [who, []]));
  const expect_ = async (kind: string, subjectType: string, subjectId: string, trust: string | null, odsCode: string | null) => {
    for (const [who, token] of Object.entries(WHO)) {
      if (!(await mayRead(token, subjectType, subjectId))) continue;
      const trustShown = trust !== null && (await mayRead(token, 'Trust', trust));
      expected[who].push({ kind, subjectType, subjectId, trust: trustShown ? { odsCode: odsCode! } : null });
    }
  };
  for (const [name, sample] of Object.entries(mutationSamples)) {
    const { variables, token } = await sample.prepare(two.db.orm.em.fork());
    const refused = await graphql(writer(), operation(name), variables, null); // as PUBLIC: refused, so announced nowhere
    expect(refused.errors?.[0].extensions?.code, name).toBe(sample.asPublic);
    const since = await lastSeq();
    const done = await graphql(writer(), operation(name), variables, token);
    expect(done.errors, `${name}: ${JSON.stringify(done.errors)}`).toBeUndefined();
    for (const row of await rowsChangedSince(since)) {
      const kind = KINDS[name]?.[row.entity];
      if (kind) await expect_(kind, row.entity, row.entityId, row.trustId, row.odsCode);
    }
  }
  const last = await marker('the end');
  for (const who of Object.keys(WHO)) expected[who].push({ kind: 'INSPECTION_PUBLISHED', subjectType: 'Inspection', subjectId: last, trust: { odsCode: 'RN1' } });

  for (const [who, subscriber] of Object.entries(subscribers)) {
    await subscriber.receive(expected[who].length);
    expect(subscriber.errors, who).toEqual([]);
    expect(subscriber.events.map(withoutTime), who).toEqual(expected[who]);
  }
  // What each may read differs, and all of it is there: the restricted kinds only for those who read them.
  const kinds = (who: string) => new Set(expected[who].map((e) => e.kind));
  expect(kinds('REGULATOR').size).toBe(11);
  expect(kinds('PUBLIC')).toEqual(new Set(['INSPECTION_PUBLISHED', 'PLACED_IN_SPECIAL_MEASURES', 'SPECIAL_MEASURES_EXTENDED', 'EXITED_SPECIAL_MEASURES',
    'DIRECTOR_APPOINTED', 'LEADERSHIP_CHANGED', 'PLAN_UPDATE_PUBLISHED']));
  expect(expected.COMMISSIONER.length).toBeLessThan(expected.REGULATOR.length);
  expect(kinds('TRUST')).toContain('CONTRACT_OUTCOME_REPORTED');
  expect(expected.PUBLIC.length).toBeLessThan(expected.TRUST.length);
});

it('a change rolled back when it commits is announced to nobody, though its row is there to read', async () => {
  const em = two.db.orm.em.fork();
  const unpublished = await inspectionOf(em, await trustByOds(em, 'RN1'), { summary: 'rolled back at commit' }); // the regulator reads it
  const owner = new Client({ connectionString: two.db.url });
  await owner.connect();
  try {
    // A real refusal at COMMIT, after the change has sent its NOTIFY: PostgreSQL then drops the notification.
    await owner.query(`create function refuse_at_commit() returns trigger language plpgsql as $$
      begin if new.summary = 'rolled back at commit' then raise exception 'refused at commit'; end if; return new; end $$`);
    await owner.query('create constraint trigger refuse_at_commit after update on inspection deferrable initially deferred for each row execute function refuse_at_commit()');
    for (const s of Object.values(subscribers)) s.events.length = 0;
    const body = await graphql(writer(), `mutation($id: ID!) { publishInspection(id: $id, publishedOn: "${TEST_TODAY}") { id } }`, { id: unpublished.id }, REGULATOR);
    expect(body.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect((await owner.query('select published_on from inspection where id = $1', [unpublished.id])).rows).toEqual([{ published_on: null }]);
  } finally {
    await owner.end();
  }
  const after = await marker('after the rollback');
  for (const [who, subscriber] of Object.entries(subscribers)) {
    await subscriber.receive(1);
    expect(subscriber.events.map((e) => e.subjectId), who).toEqual([after]);
  }
});

it('a lost LISTEN connection is replaced: changes committed after it is back are delivered', async () => {
  const owner = new Client({ connectionString: two.db.url });
  await owner.connect();
  const listeners = async () =>
    (await owner.query<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and application_name = 'oversight-live-listener'`)).rows.map((r) => r.pid);
  try {
    const before = await listeners();
    expect(before).toHaveLength(2); // one per server process
    await owner.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = $1', ['oversight-live-listener']);
    for (const until = Date.now() + 10_000; ; await new Promise((r) => setTimeout(r, 50))) {
      const now = await listeners();
      if (now.length === 2 && now.every((pid) => !before.includes(pid))) break;
      if (Date.now() > until) throw new Error(`the listeners did not come back: ${JSON.stringify({ before, now })}`);
    }
  } finally {
    await owner.end();
  }
  for (const s of Object.values(subscribers)) s.events.length = 0;
  const after = await marker('after the reconnect');
  for (const [who, subscriber] of Object.entries(subscribers)) {
    await subscriber.receive(1);
    expect(subscriber.events.map((e) => e.subjectId), who).toEqual([after]);
  }
});
