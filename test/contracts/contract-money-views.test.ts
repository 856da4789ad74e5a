import { beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/common/enums';
import { ContractOutcome, IncentivePayment, ReimbursementClaim } from '../../src/modules/entities';
import { ContractWithMoneyDocument, ContractsWithMoneyDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { ALL_PRINCIPALS, contextFor } from '../support/principals';
import { TEST_TODAY } from '../support/today';
import { contractWorld, MONITOR } from './contracts.helpers';

// Who reads contracts and their money, for every demo principal, on the demo data plus a contract
// whose outcomes, payments and claims were all made through the mutations. Which contracts each
// principal reads is worked out here in SQL from the words of docs/domain.md#who-reads-what, not from the ability; the money
// is summed in SQL too, and compared as exact decimal strings. A commissioner gets each money field
// null with a FORBIDDEN error at its path; PUBLIC reads no contract at all.

const t = contractWorld();
const MONEY = ['reimbursementCap', 'incentiveFund', 'incentiveApproved', 'incentivePaid', 'reimbursed'] as const;
let created: string;

beforeAll(async () => {
  // Amounts whose float sum is not exact: 0.10 + 0.20 is 0.30000000000000004 in JavaScript.
  const c = await t.contract('RN1', 'RH5', { incentiveFund: '0.30', reimbursementCap: '0.30' });
  for (const [measure, amount] of [['Tenth', '0.10'], ['Fifth', '0.20']]) t.ok(await t.api.approve(await t.payment(c, await t.outcome(c, measure), amount), MONITOR()));
  for (const [period, amount] of [['2026-01', '0.10'], ['2026-02', '0.20']]) t.ok(await t.api.decide(await t.claim(c, period, amount), 'APPROVED', MONITOR()));
  await t.claim(c, '2026-03', '99.99');
  created = c.id;
});

/** The contracts docs/domain.md#who-reads-what lets this principal read, by id, found in SQL. */
async function readableContracts(p: { role: Role; org: string | null }): Promise<string[]> {
  const where: Record<Role, string> = {
    [Role.REGULATOR]: 'true',
    [Role.OVERSIGHT]: 'true',
    [Role.TRUST]: 's.ods_code = :org or p.ods_code = :org',
    [Role.IMPROVEMENT_DIRECTOR]: `exists (select 1 from director_appointment a join improvement_director d on d.id = a.director_id
      where d.code = :org and a.trust_id in (s.id, p.id) and a.starts_on <= :today and (a.ends_on is null or a.ends_on > :today))`,
    [Role.COMMISSIONER]: 's.local_system_id = (select local_system_id from commissioner where code = :org)',
    [Role.PUBLIC]: 'false',
  };
  const query = `select c.id from buddy_contract c join trust s on s.id = c.supported_trust_id join trust p on p.id = c.partner_trust_id where ${where[p.role]}`;
  const rows = await t.sql<{ id: string }>(query.replaceAll(':org', '?').replaceAll(':today', '?'), [...query.matchAll(/:(org|today)/g)].map((m) => (m[1] === 'org' ? p.org : TEST_TODAY)));
  return rows.map((r) => r.id).sort();
}

/** Each contract's money, derived in SQL: approved + paid payments, paid payments, approved claims. */
async function moneyInSql(): Promise<Map<string, Record<(typeof MONEY)[number], string>>> {
  const sum = (table: string, statuses: string) => `(select coalesce(sum(amount), 0) from ${table} x where x.contract_id = c.id and x.status in (${statuses}))::numeric(14, 2)::text`;
  const rows = await t.sql<{ id: string } & Record<(typeof MONEY)[number], string>>(`select c.id, c.reimbursement_cap::text as "reimbursementCap", c.incentive_fund::text as "incentiveFund",
    ${sum('incentive_payment', `'APPROVED', 'PAID'`)} as "incentiveApproved", ${sum('incentive_payment', `'PAID'`)} as "incentivePaid",
    ${sum('reimbursement_claim', `'APPROVED'`)} as "reimbursed" from buddy_contract c`);
  return new Map(rows.map(({ id, ...money }) => [id, money]));
}

const tokenOf = (p: { role: Role; org: string | null }) => (p.role === Role.PUBLIC ? null : tokenFor(p.role, p.org));

describe.each(ALL_PRINCIPALS.map((p) => [`${p.role} ${p.org ?? ''}`, p] as const))('%s', (_name, p) => {
  const seesMoney = p.role !== Role.COMMISSIONER;

  it('lists exactly the contracts docs/domain.md#who-reads-what lets it read, with their money or null + FORBIDDEN at each money path', async () => {
    const expected = await readableContracts(p);
    const { body } = await t.w.api.request(ContractsWithMoneyDocument, {}, tokenOf(p));
    const nodes = body.data!.buddyContracts.nodes;
    expect(nodes.map((n) => n.id).sort()).toEqual(expected);
    expect(body.data!.buddyContracts.totalCount).toBe(expected.length);
    // Only PUBLIC and a director between appointments (ID-006) read no contract.
    expect(expected.length === 0).toBe(p.role === Role.PUBLIC || p.org === 'ID-006');
    if (expected.length === 0) return expect(body.errors).toBeUndefined();
    const money = await moneyInSql();
    const forbidden: string[] = [];
    nodes.forEach((node, i) => {
      if (seesMoney) expect(Object.fromEntries(MONEY.map((f) => [f, node[f]])), node.reference).toEqual(money.get(node.id));
      else MONEY.forEach((f) => { expect(node[f]).toBeNull(); forbidden.push(`buddyContracts.nodes.${i}.${f}`); });
      node.payments.forEach((row, j) => (seesMoney ? expect(row.amount).toMatch(/^\d+\.\d{2}$/) : (expect(row.amount).toBeNull(), forbidden.push(`buddyContracts.nodes.${i}.payments.${j}.amount`))));
      node.reimbursementClaims.forEach((row, j) => (seesMoney ? expect(row.amount).toMatch(/^\d+\.\d{2}$/) : (expect(row.amount).toBeNull(), forbidden.push(`buddyContracts.nodes.${i}.reimbursementClaims.${j}.amount`))));
    });
    // Both trusts of a contract are there, but for a commissioner a partner outside its system is null.
    const outside = new Set((await t.sql<{ id: string }>(`select c.id from buddy_contract c join trust p on p.id = c.partner_trust_id
      where p.local_system_id <> (select local_system_id from commissioner where code = 'X5N')`)).map((r) => r.id));
    for (const node of nodes) {
      expect(node.supportedTrust).not.toBeNull();
      expect(node.partnerTrust === null, node.reference).toBe(!seesMoney && outside.has(node.id));
    }
    if (!seesMoney) expect(nodes.filter((n) => n.partnerTrust === null).length).toBeGreaterThan(0);
    if (!seesMoney) expect(nodes.filter((n) => n.partnerTrust !== null).length).toBeGreaterThan(0);
    const errors = (body.errors ?? []).map((e) => `${e.extensions?.code} ${e.path!.join('.')}`).sort();
    expect(errors).toEqual(forbidden.map((path) => `FORBIDDEN ${path}`).sort());
    if (!seesMoney) expect(forbidden.some((path) => path.endsWith('.payments.0.amount'))).toBe(true);
  });

  it("the outcomes, payments and claims under each contract are exactly the rows its ability reads", async () => {
    const ability = (await contextFor(t.w.db.orm, p)).ability;
    const { body } = await t.w.api.request(ContractsWithMoneyDocument, {}, tokenOf(p));
    const em = t.em();
    for (const [entity, key] of [[ContractOutcome, 'outcomes'], [IncentivePayment, 'payments'], [ReimbursementClaim, 'reimbursementClaims']] as const) {
      const listed = body.data!.buddyContracts.nodes.flatMap((n) => n[key].map((row) => row.id)).sort();
      const allowed = (await em.find(entity as typeof ContractOutcome, {})).filter((row) => ability.can('read', row)).map((row) => row.id).sort();
      expect(listed, key).toEqual(allowed);
    }
  });

  it('reads the contract made through the mutations, its money exact, or not at all', async () => {
    const { body } = await t.w.api.request(ContractWithMoneyDocument, { id: created }, tokenOf(p));
    const contract = body.data!.buddyContract;
    if (!(await readableContracts(p)).includes(created)) return expect(contract).toBeNull();
    expect(contract!.incentiveFund).toBe(seesMoney ? '0.30' : null);
    expect(contract!.payments.map((row) => row.amount).sort()).toEqual(seesMoney ? ['0.10', '0.20'] : [null, null]);
  });
});

it('the new contract\'s derived money is exact: 0.10 + 0.20 is 0.30, and the fund and cap are met exactly', async () => {
  const money = (await moneyInSql()).get(created)!;
  expect(money).toEqual({ reimbursementCap: '0.30', incentiveFund: '0.30', incentiveApproved: '0.30', incentivePaid: '0.00', reimbursed: '0.30' });
  const demo = (await moneyInSql()).get(await t.demoContractId('RN1', 'RH1'))!;
  expect(demo).toMatchObject({ incentiveFund: '150000.00', incentiveApproved: '45000.00', incentivePaid: '30000.00' });
});

it('money is numeric(14, 2) in the database, never a float', async () => {
  const columns = await t.sql(`select table_name || '.' || column_name as col, data_type || '(' || numeric_precision || ',' || numeric_scale || ')' as type
    from information_schema.columns where table_schema = current_schema() and (column_name in ('reimbursement_cap', 'incentive_fund') or (column_name = 'amount' and table_name in ('incentive_payment', 'reimbursement_claim')))
    order by 1`);
  expect(columns).toEqual(['buddy_contract.incentive_fund', 'buddy_contract.reimbursement_cap', 'incentive_payment.amount', 'reimbursement_claim.amount'].map((col) => ({ col, type: 'numeric(14,2)' })));
});
