import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import { Trust } from '../../src/modules/entities';
import {
  ApproveIncentivePaymentDocument, ClaimReimbursementDocument, CreateBuddyContractDocument, DecideReimbursementClaimDocument,
  MarkIncentivePaymentPaidDocument, ProposeIncentivePaymentDocument, ReportContractOutcomeDocument, SetBuddyContractStatusDocument,
  VerifyContractOutcomeDocument, WithholdIncentivePaymentDocument,
  type ClaimReimbursementInput, type ClaimStatus, type ContractStateFragment, type ContractStatus, type CreateBuddyContractInput,
  type OutcomeVerification, type ProposeIncentivePaymentInput, type ReportContractOutcomeInput,
} from '../generated/graphql';
import { tokenFor, type GraphQLResponse } from '../support/api';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';
import { expectRefusedLeaving, fingerprintTables } from '../support/refusal';

// The buddy contract mutations over HTTP with real tokens: one wrapper per mutation, builders that
// make rows through the API as the bodies allowed to, a snapshot of every table a contract change
// writes, and the audit events written since the last look. The test/contracts/ files share these.

export const MONITOR = () => tokenFor('OVERSIGHT', 'MONITOR');
export const TDA = () => tokenFor('OVERSIGHT', 'TDA');
export const REGULATOR = () => tokenFor('REGULATOR', 'CQC');
export const COMMISSIONER = () => tokenFor('COMMISSIONER', 'X5N');
export const DIRECTOR = () => tokenFor('IMPROVEMENT_DIRECTOR', 'ID-001');
export const TRUST = (odsCode: string) => tokenFor('TRUST', odsCode);
export const THIS_MONTH = TEST_TODAY.slice(0, 7);

/** Every table a contract change writes: a refusal leaves each exactly as it was. */
const TABLES = ['buddy_contract', 'contract_outcome', 'incentive_payment', 'reimbursement_claim', 'audit_event'] as const;

/** What the tests need of a contract: a created one (DRAFT) or one read back after a change. */
export type ContractRef = Pick<ContractStateFragment, 'id' | 'reference' | 'status' | 'version' | 'supportedTrust' | 'partnerTrust'>;

export interface AuditRow { action: string; entity: string; entityId: string; organisation: string | null; changes: Record<string, { from: unknown; to: unknown }> }

let references = 0;
/** A reference no other contract of the run has. */
export const newReference = (prefix = 'BC-T') => `${prefix}-${process.pid}-${++references}`;

export function contractWorld() {
  const w = useTestApi();
  const em = () => w.db.orm.em.fork();
  const sql = <T = Record<string, string>>(query: string, params: unknown[] = []) => w.db.orm.em.getConnection().execute<T[]>(query, params);
  const trust = (odsCode: string) => em().findOneOrFail(Trust, { odsCode });
  /** The id of the demo contract between these two trusts. */
  const demoContractId = async (supported: string, partner: string) => (await sql<{ id: string }>(
    `select c.id from buddy_contract c join trust s on s.id = c.supported_trust_id join trust p on p.id = c.partner_trust_id
     where s.ods_code = ? and p.ods_code = ?`, [supported, partner]))[0].id;

  async function send<T, V>(document: TypedDocumentNode<T, V>, variables: V, token: string | null): Promise<T> {
    const { body } = await w.api.request(document, variables, token);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  }

  /** The data of a response that must have succeeded. */
  function ok<T>(response: GraphQLResponse<T>): T {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  }

  const snapshot = () => fingerprintTables(w.db.orm, TABLES);
  /** The change is refused with `code` and a message naming the rule, and writes nothing. */
  const expectRefused = (code: string, message: RegExp, request: () => Promise<GraphQLResponse<unknown>>) =>
    expectRefusedLeaving(snapshot, code, request, message);

  const seen = new Set<string>();
  /** The audit events written since the last call (the first call only marks what is there). */
  async function newAuditEvents(): Promise<AuditRow[]> {
    const rows = await sql<AuditRow & { id: string }>('select id, action, entity, entity_id as "entityId", organisation, changes from audit_event');
    const fresh = rows.filter((row) => !seen.has(row.id));
    fresh.forEach((row) => seen.add(row.id));
    return fresh.map(({ id: _id, ...row }) => row).sort((a, b) => `${a.action}${a.entity}`.localeCompare(`${b.action}${b.entity}`));
  }

  const api = {
    create: (input: CreateBuddyContractInput, token: string | null) => w.api.request(CreateBuddyContractDocument, { input }, token),
    setStatus: (id: string, status: ContractStatus, version: number, token: string | null) =>
      w.api.request(SetBuddyContractStatusDocument, { id, status, version }, token),
    report: (input: ReportContractOutcomeInput, token: string | null) => w.api.request(ReportContractOutcomeDocument, { input }, token),
    verify: (id: string, verification: OutcomeVerification, token: string | null) => w.api.request(VerifyContractOutcomeDocument, { id, verification }, token),
    propose: (input: ProposeIncentivePaymentInput, token: string | null) => w.api.request(ProposeIncentivePaymentDocument, { input }, token),
    approve: (id: string, token: string | null) => w.api.request(ApproveIncentivePaymentDocument, { id }, token),
    withhold: (id: string, token: string | null) => w.api.request(WithholdIncentivePaymentDocument, { id }, token),
    pay: (id: string, paidOn: string, token: string | null) => w.api.request(MarkIncentivePaymentPaidDocument, { id, paidOn }, token),
    claim: (input: ClaimReimbursementInput, token: string | null) => w.api.request(ClaimReimbursementDocument, { input }, token),
    decide: (id: string, status: ClaimStatus, token: string | null) => w.api.request(DecideReimbursementClaimDocument, { id, status }, token),
  };

  /** A valid input for a contract supporting `supported` (in special measures) with `partner` (well rated). */
  async function contractInput(supported: string, partner: string, overrides: Partial<CreateBuddyContractInput> = {}): Promise<CreateBuddyContractInput> {
    return {
      reference: newReference(), supportedTrustId: (await trust(supported)).id, partnerTrustId: (await trust(partner)).id,
      startsOn: '2026-03-01', endsOn: '2027-02-28', reimbursementCap: '250000.00', incentiveFund: '150000.00', ...overrides,
    };
  }

  /** A contract created (DRAFT) and, unless `draft`, activated by its contracting body. */
  async function contract(supported: string, partner: string, options: { body?: () => string; draft?: boolean } & Partial<CreateBuddyContractInput> = {}): Promise<ContractRef> {
    const { body = MONITOR, draft = false, ...overrides } = options;
    const created = (await send(CreateBuddyContractDocument, { input: await contractInput(supported, partner, overrides) }, body())).createBuddyContract;
    if (draft) return created;
    return (await send(SetBuddyContractStatusDocument, { id: created.id, status: 'ACTIVE', version: created.version }, body())).setBuddyContractStatus;
  }

  /** An outcome the partner reports and, unless left PENDING, the contracting body verifies. */
  async function outcome(c: ContractRef, measure: string, options: { period?: string; verification?: OutcomeVerification | 'PENDING'; body?: () => string } = {}) {
    const { period = THIS_MONTH, verification = 'VERIFIED', body = MONITOR } = options;
    const input = { contractId: c.id, period, measure, target: 'at least 90%', achieved: '91%' };
    const reported = (await send(ReportContractOutcomeDocument, { input }, TRUST(c.partnerTrust!.odsCode))).reportContractOutcome;
    if (verification !== 'PENDING') await send(VerifyContractOutcomeDocument, { id: reported.id, verification }, body());
    return reported.id;
  }

  /** A payment proposed by the contracting body for a verified outcome. */
  async function payment(c: ContractRef, outcomeId: string, amount: string, body = MONITOR) {
    return (await send(ProposeIncentivePaymentDocument, { input: { contractId: c.id, outcomeId, amount } }, body())).proposeIncentivePayment.id;
  }

  /** A claim the partner submits. */
  async function claim(c: ContractRef, period: string, amount: string, daysGiven = 5) {
    return (await send(ClaimReimbursementDocument, { input: { contractId: c.id, period, daysGiven, amount } }, TRUST(c.partnerTrust!.odsCode))).claimReimbursement.id;
  }

  return { w, em, sql, trust, demoContractId, send, ok, snapshot, expectRefused, newAuditEvents, api, contractInput, contract, outcome, payment, claim };
}

export type ContractWorld = ReturnType<typeof contractWorld>;
