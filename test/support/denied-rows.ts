import type { MikroORM } from '@mikro-orm/postgresql';
import { TEST_TODAY } from './today';

// Rows and columns each demo caller must never get back, written from the domain's rules (who reads
// what), checked on any response whose objects carry __typename and id (see schema-arbitraries.ts).
// Rows are placed by the trust they belong to, looked up in the test's own database.

type Trusts = 'all' | string[];
interface View {
  /** Trusts whose rows (the trust itself, inspections, reviews) the caller may get at all. */
  trusts: Trusts;
  forecastOf: Trusts;
  /** Contracts (and their outcomes, payments, claims) the caller may get: by a side's trust. */
  contracts: Trusts | { supported: string[] };
  contractMoney: boolean;
  unpublishedInspectionsOf: Trusts;
  reviewsOf: Trusts;
  findings: boolean;
}

const NATIONAL: View = { trusts: 'all', forecastOf: 'all', contracts: 'all', contractMoney: true, unpublishedInspectionsOf: 'all', reviewsOf: 'all', findings: true };
const PUBLIC_VIEW: View = { trusts: 'all', forecastOf: [], contracts: [], contractMoney: false, unpublishedInspectionsOf: [], reviewsOf: [], findings: false };
const trustView = (ods: string): View => ({ ...PUBLIC_VIEW, forecastOf: [ods], contracts: [ods], contractMoney: true, unpublishedInspectionsOf: [ods], reviewsOf: [ods] });
const NORTHMERE_AND_FENWICK = ['RN1', 'RN2', 'RN3', 'RN4', 'RN5', 'RN6'];

export const VIEWS: Record<string, View> = {
  CQC: NATIONAL, MONITOR: NATIONAL, TDA: NATIONAL,
  RN1: trustView('RN1'), // never the findings about its own leaders
  RH1: trustView('RH1'),
  ID1: { ...PUBLIC_VIEW, forecastOf: ['RN1'], contracts: ['RN1'], contractMoney: true, reviewsOf: ['RN1'], findings: true }, // appointed at RN1
  ID6: PUBLIC_VIEW, // between appointments
  X5N: { ...PUBLIC_VIEW, trusts: NORTHMERE_AND_FENWICK, contracts: { supported: NORTHMERE_AND_FENWICK }, reviewsOf: NORTHMERE_AND_FENWICK },
  PUBLIC: PUBLIC_VIEW,
};

const CONTRACT_TYPES = ['BuddyContract', 'ContractOutcome', 'IncentivePayment', 'ReimbursementClaim'];
const MONEY: Record<string, string[]> = {
  BuddyContract: ['reimbursementCap', 'incentiveFund', 'incentiveApproved', 'incentivePaid', 'reimbursed'], IncentivePayment: ['amount'], ReimbursementClaim: ['amount'],
};
const has = (trusts: Trusts, ods: string | undefined) => trusts === 'all' || (ods !== undefined && trusts.includes(ods));

/** Which trust each row belongs to, read from the database (again whenever a row is not known yet). */
export class RowOwners {
  private trust = new Map<string, string>();
  private inspection = new Map<string, { ods: string; published: boolean }>();
  private contract = new Map<string, { supported: string; partner: string }>();
  private review = new Map<string, string>();
  constructor(private readonly orm: MikroORM) {}

  async refresh(): Promise<void> {
    const sql = (q: string) => this.orm.em.fork().getConnection().execute(q);
    this.trust = new Map((await sql('select id, ods_code from trust')).map((r) => [r.id, r.ods_code]));
    const published = `(i.published_on is not null and i.published_on <= '${TEST_TODAY}') as published`;
    this.inspection = new Map((await sql(`select i.id, t.ods_code, ${published} from inspection i join trust t on t.id = i.trust_id`))
      .map((r) => [r.id, { ods: r.ods_code, published: r.published }]));
    const parts = ['buddy_contract', 'contract_outcome', 'incentive_payment', 'reimbursement_claim'].map((t) => `select id, supported_trust_id, partner_trust_id from ${t}`);
    this.contract = new Map((await sql(`select x.id, s.ods_code as s, p.ods_code as p from (${parts.join(' union all ')}) x
      join trust s on s.id = x.supported_trust_id join trust p on p.id = x.partner_trust_id`)).map((r) => [r.id, { supported: r.s, partner: r.p }]));
    this.review = new Map((await sql('select r.id, t.ods_code from leadership_review r join trust t on t.id = r.trust_id')).map((r) => [r.id, r.ods_code]));
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
      const row = Object.fromEntries(Object.entries(value).map(([key, v]) => [key.replace(/_\d+$/, ''), v]));
      Object.values(value).forEach(visit);
      const type = row.__typename as string | undefined;
      const id = row.id as string | undefined;
      if (!type || !id) return;
      checked += 1;
      const say = (what: string) => denied.push(`${caller} got ${type} ${id}: ${what}`);
      const known = <T>(map: Map<string, T>) => map.get(id) ?? (unknown.push(`${type} ${id}`), undefined);
      if (type === 'Trust') {
        const ods = known(this.trust);
        if (!has(view.trusts, ods)) say(`trust ${ods} outside its view`);
        if (row.financialForecast != null && !has(view.forecastOf, ods)) say(`the forecast of ${ods}`);
      } else if (type === 'Inspection') {
        const inspection = known(this.inspection);
        if (inspection && !has(view.trusts, inspection.ods)) say(`an inspection of ${inspection.ods}`);
        if (inspection && !inspection.published && !has(view.unpublishedInspectionsOf, inspection.ods)) say(`unpublished, of ${inspection.ods}`);
      } else if (CONTRACT_TYPES.includes(type)) {
        const sides = known(this.contract);
        const { contracts } = view;
        const allowed = !sides ? true : contracts === 'all' ? true
          : Array.isArray(contracts) ? contracts.includes(sides.supported) || contracts.includes(sides.partner) : contracts.supported.includes(sides.supported);
        if (!allowed) say(`contract of ${sides!.supported} with ${sides!.partner}`);
        for (const field of MONEY[type] ?? []) if (row[field] != null && !view.contractMoney) say(`money: ${field}`);
      } else if (type === 'LeadershipReview') {
        const ods = known(this.review);
        if (!has(view.reviewsOf, ods)) say(`a review of ${ods}`);
        if (row.findings != null && !view.findings) say('findings');
      } else if (['InformationRequest', 'RequestAsker', 'AuditEvent'].includes(type) && view === PUBLIC_VIEW) {
        say('a row only askers, the trust asked and the national bodies read');
      }
    };
    visit(data);
    return { denied, unknown, checked };
  }
}
