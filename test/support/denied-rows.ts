import type { MikroORM } from '@mikro-orm/postgresql';
import { TEST_TODAY } from './today';

// Rows and columns each demo caller must never get back, written from the domain's rules (who reads
// what), checked on any response whose objects carry __typename and id (see schema-arbitraries.ts).
// Rows are placed by the trust they belong to, looked up in the test's own database.

type Trusts = 'all' | string[];
/** GraphQL types whose rows belong to one trust, and the SQL that says which (null: no trust). */
const TRUST_OF_ROW = {
  Trust: 'select id, ods_code from trust',
  Inspection: 'select x.id, t.ods_code from inspection x join trust t on t.id = x.trust_id',
  LeadershipReview: 'select x.id, t.ods_code from leadership_review x join trust t on t.id = x.trust_id',
  InformationRequest: 'select x.id, t.ods_code from information_request x join trust t on t.id = x.trust_id',
  RequestAsker: 'select x.id, t.ods_code from request_asker x join trust t on t.id = x.trust_id',
  AuditEvent: 'select x.id, t.ods_code from audit_event x left join trust t on t.id = x.trust_id',
};
type TrustRowType = keyof typeof TRUST_OF_ROW;

interface View {
  /** Of each type, the trusts whose rows the caller may get (an inspection: once published). */
  rows: Record<TrustRowType, Trusts>;
  unpublishedInspectionsOf: Trusts;
  /** Contracts (and their outcomes, payments, claims) the caller may get: by either side's trust, or by the supported one. */
  contracts: Trusts | { supported: string[] };
  forecastOf: Trusts;
  contractMoney: boolean;
  findings: boolean;
}

const rowsOf = (trusts: Trusts, own: Trusts, asked: Trusts, audit: Trusts = []): View['rows'] =>
  ({ Trust: trusts, Inspection: trusts, LeadershipReview: own, InformationRequest: asked, RequestAsker: asked, AuditEvent: audit });
const NATIONAL: View = { rows: rowsOf('all', 'all', 'all', 'all'), unpublishedInspectionsOf: 'all', contracts: 'all', forecastOf: 'all', contractMoney: true, findings: true };
const PUBLIC_VIEW: View = { rows: rowsOf('all', [], []), unpublishedInspectionsOf: [], contracts: [], forecastOf: [], contractMoney: false, findings: false };
const about = (ods: string): View => ({ ...PUBLIC_VIEW, rows: rowsOf('all', [ods], [ods]), contracts: [ods], forecastOf: [ods], contractMoney: true });
const NORTHMERE_AND_FENWICK = ['RN1', 'RN2', 'RN3', 'RN4', 'RN5', 'RN6'];

export const VIEWS: Record<string, View> = {
  CQC: NATIONAL, MONITOR: NATIONAL, TDA: NATIONAL,
  RN1: { ...about('RN1'), rows: rowsOf('all', ['RN1'], ['RN1'], ['RN1']), unpublishedInspectionsOf: ['RN1'] }, // never the findings about its own leaders
  RH1: { ...about('RH1'), rows: rowsOf('all', ['RH1'], ['RH1'], ['RH1']), unpublishedInspectionsOf: ['RH1'] },
  ID1: { ...about('RN1'), findings: true }, // appointed at RN1
  ID6: PUBLIC_VIEW, // between appointments
  X5N: { ...PUBLIC_VIEW, rows: rowsOf(NORTHMERE_AND_FENWICK, NORTHMERE_AND_FENWICK, NORTHMERE_AND_FENWICK), contracts: { supported: NORTHMERE_AND_FENWICK } },
  PUBLIC: PUBLIC_VIEW,
};

const CONTRACT_PARTS = 'select id, supported_trust_id, partner_trust_id from buddy_contract union all select id, supported_trust_id, partner_trust_id from contract_outcome'
  + ' union all select id, supported_trust_id, partner_trust_id from incentive_payment union all select id, supported_trust_id, partner_trust_id from reimbursement_claim';
const MONEY: Record<string, string[]> = {
  BuddyContract: ['reimbursementCap', 'incentiveFund', 'incentiveApproved', 'incentivePaid', 'reimbursed'], ContractOutcome: [], IncentivePayment: ['amount'], ReimbursementClaim: ['amount'],
};
const has = (trusts: Trusts, ods: string | null | undefined) => trusts === 'all' || (!!ods && trusts.includes(ods));

/** Which trust each row belongs to, read from the database (again whenever a row is not known yet). */
export class RowOwners {
  private trustOf = new Map<string, string | null>();
  private published = new Set<string>();
  private sides = new Map<string, { supported: string; partner: string }>();
  constructor(private readonly orm: MikroORM) {}

  async refresh(): Promise<void> {
    const sql = (q: string) => this.orm.em.fork().getConnection().execute(q);
    this.trustOf = new Map((await Promise.all(Object.values(TRUST_OF_ROW).map(sql))).flat().map((r) => [r.id, r.ods_code]));
    this.published = new Set((await sql(`select id from inspection where published_on <= '${TEST_TODAY}'`)).map((r) => r.id));
    const sides = await sql(`select x.id, s.ods_code as s, p.ods_code as p from (${CONTRACT_PARTS}) x join trust s on s.id = x.supported_trust_id join trust p on p.id = x.partner_trust_id`);
    this.sides = new Map(sides.map((r) => [r.id, { supported: r.s, partner: r.p }]));
  }

  /** What `caller` got in `data` that its view denies; `unknown` names rows not in the database as last read. */
  denied(caller: string, data: unknown): { denied: string[]; unknown: string[]; checked: number } {
    const view = VIEWS[caller];
    const denied: string[] = [];
    const unknown: string[] = [];
    let checked = 0;
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(visit);
      if (value === null || typeof value !== 'object') return;
      Object.values(value).forEach(visit);
      const row = Object.fromEntries(Object.entries(value).map(([key, v]) => [key.replace(/_\d+$/, ''), v])); // aliases are <field>_<n>
      const { __typename: type, id } = row as { __typename?: string; id?: string };
      if (!type || !id) return;
      checked += 1;
      const say = (what: string) => denied.push(`${caller} got ${type} ${id}: ${what}`);
      if (type in TRUST_OF_ROW) {
        if (!this.trustOf.has(id)) return void unknown.push(`${type} ${id}`);
        const ods = this.trustOf.get(id);
        if (!has(view.rows[type as TrustRowType], ods)) say(`a row of ${ods ?? 'no trust'}`);
        if (type === 'Inspection' && !this.published.has(id) && !has(view.unpublishedInspectionsOf, ods)) say(`unpublished, of ${ods}`);
        if (type === 'Trust' && row.financialForecast != null && !has(view.forecastOf, ods)) say(`the forecast of ${ods}`);
        if (type === 'LeadershipReview' && row.findings != null && !view.findings) say('findings');
      } else if (type in MONEY) {
        const sides = this.sides.get(id);
        if (!sides) return void unknown.push(`${type} ${id}`);
        const { contracts } = view;
        const allowed = contracts === 'all' || (Array.isArray(contracts)
          ? contracts.includes(sides.supported) || contracts.includes(sides.partner) : contracts.supported.includes(sides.supported));
        if (!allowed) say(`a contract of ${sides.supported} with ${sides.partner}`);
        for (const field of MONEY[type]) if (row[field] != null && !view.contractMoney) say(`money: ${field}`);
      }
    };
    visit(data);
    return { denied, unknown, checked };
  }
}
