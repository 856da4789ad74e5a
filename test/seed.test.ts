import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../src/clock';
import { Role } from '../src/common/enums';
import { DEMO_PRINCIPALS } from '../src/db/demo-principals';
import { isDatabaseEmpty, seedDemoData, stableId } from '../src/db/seed';
import { Trust } from '../src/modules/entities';
import { createTestDatabase, type TestDatabase } from './support/database';
import { TEST_TODAY } from './support/today';

// The demo data: deterministic for a given today, true to the rules of docs/domain.md#entities-and-rules,
// with rows for the interventions of docs/domain.md#what-the-platform-is-for. The demo template of
// the global setup was seeded at TEST_TODAY, as createTestDatabase sets the clock.

let demo: TestDatabase;
let fresh: TestDatabase;
beforeAll(async () => {
  [demo, fresh] = await Promise.all([createTestDatabase('demo'), createTestDatabase('empty')]);
});
afterAll(async () => {
  await Promise.all([demo?.drop(), fresh?.drop()]);
});

const rows = async (db: TestDatabase, sql: string) => db.orm.em.fork().getConnection().execute(sql);
const TABLES = [
  'local_system', 'commissioner', 'trust', 'inspection', 'special_measures_episode', 'buddy_contract', 'contract_outcome',
  'incentive_payment', 'reimbursement_claim', 'improvement_director', 'director_appointment', 'leadership_review',
  'leadership_tenure', 'improvement_plan', 'plan_action', 'plan_update', 'audit_event',
];
const fingerprint = (db: TestDatabase) =>
  rows(db, TABLES.map((t) => `select '${t}' as t, count(*)::int as n, md5(coalesce(string_agg(x::text, ',' order by x.id), '')) as h from "${t}" x`).join(' union all '));

describe('seedDemoData', () => {
  it('makes stable version-5-shaped UUIDs', () => {
    expect(stableId('trust', 'RN1')).toBe(stableId('trust', 'RN1'));
    expect(stableId('trust', 'RN1')).not.toBe(stableId('trust', 'RN2'));
    expect(stableId('trust', 'RN1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives the same rows for the same today, and no audit events', async () => {
    expect(await isDatabaseEmpty(fresh.orm.em.fork())).toBe(true);
    await seedDemoData(fresh.orm.em.fork());
    expect(await isDatabaseEmpty(fresh.orm.em.fork())).toBe(false);
    const [a, b] = await Promise.all([fingerprint(demo), fingerprint(fresh)]);
    expect(b).toEqual(a);
    expect(a.find((r) => r.t === 'audit_event')!.n).toBe(0);
    expect(a.find((r) => r.t === 'trust')!.n).toBe(30);
  });

  it('has an organisation for every demo principal', async () => {
    const orgs = new Set((await rows(demo, `select ods_code as code from trust union all select code from improvement_director
      union all select code from commissioner`)).map((r) => r.code as string));
    for (const p of DEMO_PRINCIPALS) {
      if (p.role === Role.TRUST || p.role === Role.IMPROVEMENT_DIRECTOR || p.role === Role.COMMISSIONER) expect(orgs).toContain(p.org);
    }
  });

  it('tells the story the demo needs', async () => {
    const em = demo.orm.em.fork();
    const facts = ['inSpecialMeasures', 'meetsSpecialMeasuresCriteria', 'chiefExecutivesInLast12Months', 'currentRating'] as const; // lazy: read when asked for
    const trusts = new Map((await em.find(Trust, {}, { populate: facts })).map((t) => [t.odsCode, t]));
    expect(trusts.get('RN1')).toMatchObject({ inSpecialMeasures: true, autonomySuspended: true, meetsSpecialMeasuresCriteria: true });
    expect(trusts.get('RB1')!.chiefExecutivesInLast12Months).toBe(3);
    expect(trusts.get('RS1')).toMatchObject({ inSpecialMeasures: false, meetsSpecialMeasuresCriteria: true });
    expect(trusts.get('RN6')!.currentRating).toBeNull();
    expect(['RH3', 'RW1', 'RW2', 'RS5', 'RB3'].every((ods) => trusts.get(ods)!.eligibleForFoundationStatus)).toBe(true);
    const [plans] = await rows(demo, `select count(*) filter (where overdue)::int as overdue, count(*)::int as total from (
      select not exists (select 1 from plan_update u where u.plan_id = p.id
        and u.month = (select max(month) from plan_update)) as overdue from improvement_plan p) x`);
    expect(plans).toEqual({ overdue: 1, total: 8 });
  });

  it('tells the history the questions over time need, years before today', async () => {
    // The cohort: placed together thirteen years ago, six still in special measures a year later, all out since.
    const cohorts = await rows(demo, `select placed_on::text as "placedOn", count(*)::int as placed,
        count(*) filter (where exited_on is null or exited_on > placed_on + interval '1 year')::int as "stillInAYearLater",
        count(exited_on)::int as exited,
        count(*) filter (where n.published_on - n.inspected_on >= 56)::int as "publishedWeeksAfterTheVisit"
      from special_measures_episode e join inspection n on n.id = e.entry_inspection_id group by placed_on having count(*) > 1`);
    expect(cohorts).toEqual([{ placedOn: addDays(TEST_TODAY, -13 * 365), placed: 11, stillInAYearLater: 6, exited: 11, publishedWeeksAfterTheVisit: 11 }]);

    // Past episodes, and what the interventions were: buddying, directors, new chief executives.
    const [past] = await rows(demo, `with e as (select e.*, t.sector from special_measures_episode e join trust t on t.id = e.trust_id
        where e.exited_on is not null),
      buddies as (select e.id, p.sector = e.sector as same from e join buddy_contract c on c.supported_trust_id = e.trust_id
        and c.status in ('ACTIVE', 'COMPLETED') and c.starts_on < e.exited_on and c.ends_on >= e.placed_on join trust p on p.id = c.partner_trust_id),
      directors as (select e.id, a.starts_on - e.placed_on as delay, a.ends_on = e.exited_on as "endedOnExit"
        from e join director_appointment a on a.trust_id = e.trust_id and a.starts_on >= e.placed_on and a.starts_on < e.exited_on)
      select (select count(*)::int from e) as exited,
        (select count(*)::int from e where exit_type = 'EXITED_WITH_SUPPORT') as "withSupport",
        (select count(*)::int from e where extensions > 0) as extended,
        (select count(*)::int from e where placed_on < date '${TEST_TODAY}' - interval '10 years') as "overTenYearsAgo",
        (select count(*)::int from (select trust_id from special_measures_episode group by trust_id having count(*) > 1) x) as "placedAgain",
        (select count(distinct id)::int from buddies where same) as "buddiedSameSector",
        (select count(distinct id)::int from buddies where not same) as "buddiedOtherSector",
        (select count(*)::int from e where id not in (select id from buddies)) as unbuddied,
        (select count(*)::int from e where id not in (select id from directors)) as "withoutDirector",
        (select count(distinct delay)::int from directors) as "directorDelays",
        (select bool_and("endedOnExit") from directors) as "directorsEndedOnExit",
        (select count(*)::int from e where exists (select 1 from leadership_tenure l where l.trust_id = e.trust_id
          and l.role = 'CHIEF_EXECUTIVE' and l.started_on > e.placed_on and l.started_on < e.exited_on)) as "newChiefExecutive"`);
    expect(past).toEqual({
      exited: 19, withSupport: 9, extended: 7, overTenYearsAgo: 12, placedAgain: 8, buddiedSameSector: 4, buddiedOtherSector: 3,
      unbuddied: 12, withoutDirector: 1, directorDelays: 10, directorsEndedOnExit: true, newChiefExecutive: 9,
    });
  });

  it('breaks none of the rules', async () => {
    const violations = {
      suspendedOutsideSpecialMeasures: `select t.id from trust t where t.autonomy_suspended and (t.type <> 'FOUNDATION_TRUST'
        or not exists (select 1 from special_measures_episode e where e.trust_id = t.id and e.exited_on is null))`,
      badEntryOrExit: `select e.id from special_measures_episode e join inspection n on n.id = e.entry_inspection_id
        left join inspection x on x.id = e.exit_inspection_id
        where n.trust_id <> e.trust_id or n.recommendation <> 'ENTER_SPECIAL_MEASURES' or (e.exited_on is not null and (x.trust_id <> e.trust_id
          or x.recommendation <> 'EXIT_SPECIAL_MEASURES' or x.published_on > e.exited_on or x.inspected_on <= e.placed_on
          or (e.exit_type = 'EXITED_WITH_SUPPORT' and x.overall <> 'REQUIRES_IMPROVEMENT')))`,
      directorOfAnotherBody: `select a.id from director_appointment a join improvement_director d on d.id = a.director_id
        join trust t on t.id = a.trust_id where d.accountable_to <> case t.type when 'FOUNDATION_TRUST' then 'MONITOR' else 'TDA' end`,
      reviewerNotTheOversightBody: `select r.id from leadership_review r join trust t on t.id = r.trust_id
        where r.reviewer <> case t.type when 'FOUNDATION_TRUST' then 'MONITOR' else 'TDA' end`,
      tenureNotHandedOver: `select a.id from leadership_tenure a join lateral (select b.started_on from leadership_tenure b
        where b.trust_id = a.trust_id and b.role = a.role and b.started_on > a.started_on order by b.started_on limit 1) n on true
        where a.ended_on is distinct from n.started_on - 1`,
      partNotCopyingItsContract: `select p.id from (select id, contract_id, supported_trust_id, partner_trust_id from contract_outcome
        union all select id, contract_id, supported_trust_id, partner_trust_id from incentive_payment
        union all select id, contract_id, supported_trust_id, partner_trust_id from reimbursement_claim) p
        join buddy_contract c on c.id = p.contract_id where p.supported_trust_id <> c.supported_trust_id or p.partner_trust_id <> c.partner_trust_id`,
      partOfANeverActiveContract: `select c.id from buddy_contract c where c.status not in ('ACTIVE', 'COMPLETED')
        and (exists (select 1 from contract_outcome o where o.contract_id = c.id) or exists (select 1 from reimbursement_claim r where r.contract_id = c.id))`,
      paymentForUnverifiedOutcome: `select p.id from incentive_payment p join contract_outcome o on o.id = p.outcome_id where o.verification <> 'VERIFIED'`,
      incentivesOverFund: `select c.id from buddy_contract c where c.incentive_fund < (select coalesce(sum(p.amount), 0)
        from incentive_payment p where p.contract_id = c.id and p.status in ('APPROVED', 'PAID'))`,
      claimsOverCap: `select c.id from buddy_contract c where c.reimbursement_cap < (select coalesce(sum(r.amount), 0)
        from reimbursement_claim r where r.contract_id = c.id and r.status = 'APPROVED')`,
      timestampInTheFuture: `select id from plan_update where published_at > now() union all select id from contract_outcome where reported_at > now()
        union all select id from reimbursement_claim where submitted_at > now()`,
    };
    for (const [rule, sql] of Object.entries(violations)) expect(await rows(demo, sql), rule).toEqual([]);

    const [statuses] = await rows(demo, `select
      (select string_agg(distinct status, ',' order by status) from buddy_contract) as contracts,
      (select string_agg(distinct status, ',' order by status) from incentive_payment) as payments,
      (select string_agg(distinct status, ',' order by status) from reimbursement_claim) as claims,
      (select string_agg(distinct verification, ',' order by verification) from contract_outcome) as outcomes`);
    expect(statuses).toEqual({
      contracts: 'ACTIVE,COMPLETED,DRAFT,TERMINATED',
      payments: 'APPROVED,PAID,PROPOSED,WITHHELD',
      claims: 'APPROVED,REJECTED,SUBMITTED',
      outcomes: 'PENDING,REJECTED,VERIFIED',
    });
  });
});
