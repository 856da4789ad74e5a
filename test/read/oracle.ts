import { subject } from '@casl/ability';
import { buildSchema, execute, GraphQLError, parse, printSchema, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Client, types } from 'pg';
import type { AppAbility } from '../../src/auth/abilities';
import { addMonths, monthOf } from '../../src/clock';
import { RELATIONS } from '../../src/modules/relations';
import { TEST_TODAY } from '../support/today';

// An independent answer to any read of the API, computed in memory from every row of the database:
// access by the ability's own in-memory check (ability.can on each row and restricted field, as
// the access tests use it), derived facts by their definitions in docs/domain.md#derived-facts written here again in
// JavaScript, and graphql-js executing the served schema's text over it. Nothing here renders SQL.

type Row = Record<string, unknown> & { id: string; __type: string };
type Rows = Record<string, Row[]>;

const TABLES: Record<string, string> = {
  LocalSystem: 'local_system', Commissioner: 'commissioner', Trust: 'trust', Inspection: 'inspection', SpecialMeasuresEpisode: 'special_measures_episode',
  BuddyContract: 'buddy_contract', ContractOutcome: 'contract_outcome', IncentivePayment: 'incentive_payment', ReimbursementClaim: 'reimbursement_claim',
  ImprovementDirector: 'improvement_director', DirectorAppointment: 'director_appointment', LeadershipReview: 'leadership_review',
  LeadershipTenure: 'leadership_tenure', ImprovementPlan: 'improvement_plan', PlanAction: 'plan_action', PlanUpdate: 'plan_update',
  AuditEvent: 'audit_event', InformationRequest: 'information_request', RequestAsker: 'request_asker',
};
const RESTRICTED: Record<string, string[]> = {
  Trust: ['financialForecast'], BuddyContract: ['reimbursementCap', 'incentiveFund', 'incentiveApproved', 'incentivePaid', 'reimbursed'],
  IncentivePayment: ['amount'], ReimbursementClaim: ['amount'], LeadershipReview: ['findings'],
};

/** snake_case columns as properties; a foreign key `x_id` as the property `x` holding the id (an audit event's entity_id is no key). */
const property = (column: string) => (column === 'entity_id' ? column : column.replace(/_id$/, '')).replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export async function loadRows(url: string): Promise<Rows> {
  const text = (value: string) => value;
  const instant = (value: string) => new Date(value).toISOString();
  const client = new Client({
    connectionString: url,
    types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => ({ 1082: text, 1114: instant, 1184: instant, 20: text }[oid] ?? types.getTypeParser(oid, format)) as never },
  });
  await client.connect();
  const rows: Rows = {};
  try {
    for (const [type, table] of Object.entries(TABLES)) {
      const { rows: found } = await client.query(`select * from "${table}"`);
      rows[type] = found.map((r) => ({ __type: type, ...Object.fromEntries(Object.entries(r).map(([k, v]) => [property(k), v])) }) as Row);
    }
  } finally {
    await client.end();
  }
  derive(rows);
  return rows;
}

const pence = (amount: unknown) => BigInt(String(amount).replace('.', ''));
const pounds = (total: bigint) => `${total / 100n}.${String(total % 100n).padStart(2, '0')}`; // sums here are never negative
const sum = (rows: Row[]) => pounds(rows.reduce((total, r) => total + pence(r.amount), 0n));
const byDesc = (key: string) => (a: Row, b: Row) => (String(a[key]) < String(b[key]) ? 1 : String(a[key]) > String(b[key]) ? -1 : a.id < b.id ? 1 : -1);

/** The derived facts of docs/domain.md#derived-facts, computed from the rows as of TEST_TODAY. */
function derive(rows: Rows): void {
  const today = TEST_TODAY;
  const yearAgo = addMonths(today, -12);
  const of = (type: string, key: string, id: string) => rows[type].filter((r) => r[key] === id);
  for (const trust of rows.Trust) {
    const latest = of('Inspection', 'trust', trust.id).filter((i) => i.publishedOn && String(i.publishedOn) <= today).sort(byDesc('inspectedOn'))[0];
    const inadequate = (...values: unknown[]) => values.filter((v) => v === 'INADEQUATE').length;
    trust.currentRating = latest?.overall ?? null;
    trust.meetsSpecialMeasuresCriteria = Boolean(latest && latest.wellLed === 'INADEQUATE' && inadequate(latest.safe, latest.effective, latest.caring, latest.responsive) >= 1);
    trust.inSpecialMeasures = of('SpecialMeasuresEpisode', 'trust', trust.id).some((e) => e.exitedOn === null);
    trust.chiefExecutivesInLast12Months = new Set(of('LeadershipTenure', 'trust', trust.id)
      .filter((t) => t.role === 'CHIEF_EXECUTIVE' && String(t.startedOn) <= today && (t.endedOn === null || String(t.endedOn) >= yearAgo)).map((t) => t.name)).size;
    trust.oversightBody = trust.type === 'FOUNDATION_TRUST' ? 'MONITOR' : 'TDA';
    trust.eligibleForFoundationStatus = trust.type === 'NHS_TRUST' && ['GOOD', 'OUTSTANDING'].includes(trust.currentRating as string) && !trust.inSpecialMeasures;
  }
  for (const e of rows.SpecialMeasuresEpisode) {
    e.active = e.exitedOn === null;
    e.reinspectionDueOn = addMonths(String(e.placedOn), 12 + 6 * Number(e.extensions));
  }
  for (const c of rows.BuddyContract) {
    const payments = of('IncentivePayment', 'contract', c.id);
    c.incentiveApproved = sum(payments.filter((p) => p.status === 'APPROVED' || p.status === 'PAID'));
    c.incentivePaid = sum(payments.filter((p) => p.status === 'PAID'));
    c.reimbursed = sum(of('ReimbursementClaim', 'contract', c.id).filter((claim) => claim.status === 'APPROVED'));
    c.contractingBody = rows.Trust.find((t) => t.id === c.supportedTrust)!.oversightBody;
  }
  for (const r of rows.InformationRequest) r.overdue = r.status === 'OPEN' && String(r.dueOn) < today;
  const lastFullMonth = monthOf(addMonths(`${monthOf(today)}-01`, -1));
  for (const p of rows.ImprovementPlan) p.updateOverdue = !of('PlanUpdate', 'plan', p.id).some((u) => u.month === lastFullMonth);
}

interface Context { ability: AppAbility; organisation: string | null }

/** A relation's filter (src/modules/relations.ts) on a row in memory: equality, null, ordering, $or, $and and $not. */
function matches(filter: Record<string, unknown>, row: Row): boolean {
  return Object.entries(filter).every(([key, value]) => {
    if (key === '$or') return (value as Record<string, unknown>[]).some((part) => matches(part, row));
    if (key === '$and') return (value as Record<string, unknown>[]).every((part) => matches(part, row));
    if (key === '$not') return !matches(value as Record<string, unknown>, row);
    const actual = row[key] as string | null;
    if (value === null || typeof value !== 'object') return actual === value;
    return Object.entries(value).every(([op, operand]) => actual !== null && (
      op === '$lte' ? actual <= (operand as string) : op === '$gte' ? actual >= (operand as string)
        : op === '$lt' ? actual < (operand as string) : op === '$gt' ? actual > (operand as string) : false));
  });
}

const readable = (ctx: Context, row: Row | undefined) => (row && ctx.ability.can('read', subject(row.__type, row) as never) ? row : null);
const forbidden = (field: string, type: string) => new GraphQLError(`you may not read the ${field} of this ${type}`, { extensions: { code: 'FORBIDDEN' } });

function ordered(list: Row[], orderBy: Record<string, string>): Row[] {
  return [...list].sort((a, b) => {
    for (const [key, dir] of Object.entries(orderBy)) {
      const [x, y] = [String(a[key]), String(b[key])];
      if (x !== y) return (x < y ? -1 : 1) * (dir === 'desc' ? -1 : 1);
    }
    return 0;
  });
}

function connection(list: Row[], first: number | null | undefined) {
  const size = first ?? 50;
  const nodes = list.slice(0, size);
  const cursor = nodes.length ? 'a cursor' : null; // the engine's own: compared by being there
  const pageInfo = { hasNextPage: list.length > size, hasPreviousPage: false, startCursor: cursor, endCursor: cursor };
  return { nodes, edges: nodes.map((node) => ({ node, cursor: 'a cursor' })), totalCount: list.length, pageInfo };
}

/** Every changed field of an event the reader may not read of the changed row (as far as the event knows it) reads "[restricted]". */
function visibleChanges(ctx: Context, event: Row): unknown {
  const changes = event.changes as Record<string, unknown> | null;
  if (!changes) return null;
  const row = subject(String(event.entity), { id: event.entityId, trust: event.trust, supportedTrust: event.trust, partnerTrust: event.partnerTrust });
  return Object.fromEntries(Object.entries(changes).map(([field, value]) =>
    [field, (RESTRICTED[String(event.entity)] ?? []).includes(field) && !ctx.ability.can('read', row as never, field) ? '[restricted]' : value]));
}

function roots(rows: Rows, ctx: Context) {
  const all = (type: string) => rows[type].filter((row) => readable(ctx, row));
  const byId = (type: string, id: string) => readable(ctx, rows[type].find((row) => row.id === id));
  const like = (text: string, pattern: string) => text.toLowerCase().includes(pattern.toLowerCase());
  return {
    trusts: ({ filter = {}, first }: { filter?: Record<string, unknown>; first?: number }) => {
      const f = filter ?? {};
      const system = (t: Row) => rows.LocalSystem.find((s) => s.id === t.localSystem)!.code;
      const list = all('Trust').filter((t) => (f.inSpecialMeasures == null || t.inSpecialMeasures === f.inSpecialMeasures)
        && (f.currentRating == null || t.currentRating === f.currentRating) && (f.type == null || t.type === f.type)
        && (f.sector == null || t.sector === f.sector) && (f.oversightBody == null || t.oversightBody === f.oversightBody)
        && (f.localSystemCode == null || system(t) === f.localSystemCode) && (f.nameContains == null || like(String(t.name), String(f.nameContains))));
      return connection(ordered(list, { name: 'asc', id: 'asc' }), first);
    },
    trust: ({ id, odsCode }: { id?: string; odsCode?: string }) => readable(ctx, rows.Trust.find((t) => (id ? t.id === id : t.odsCode === odsCode))),
    localSystems: () => ordered(all('LocalSystem'), { name: 'asc', id: 'asc' }),
    improvementDirectors: () => ordered(all('ImprovementDirector'), { name: 'asc', id: 'asc' }),
    buddyContracts: ({ first }: { first?: number }) => connection(ordered(all('BuddyContract'), { reference: 'asc' }), first),
    buddyContract: ({ id }: { id: string }) => byId('BuddyContract', id),
    inspection: ({ id }: { id: string }) => byId('Inspection', id),
    informationRequest: ({ id }: { id: string }) => byId('InformationRequest', id),
    informationRequests: ({ filter, first }: { filter?: Record<string, unknown>; first?: number }) => {
      const mine = (r: Row) => rows.RequestAsker.some((a) => a.request === r.id && a.organisation === ctx.organisation && a.withdrawnOn === null);
      const list = all('InformationRequest').filter((r) => filter?.mine == null || mine(r) === filter.mine);
      return connection(ordered(list, { dueOn: 'asc', id: 'asc' }), first);
    },
    auditEvents: ({ first }: { first?: number }) =>
      connection(all('AuditEvent').sort((a, b) => Number(b.seq) - Number(a.seq)).map((e) => ({ ...e, changes: visibleChanges(ctx, e) })), first),
  };
}

/** graphql-js over the served schema's text: relations by the relation table, rows and fields as the ability allows. */
function resolver(rows: Rows, ctx: Context): GraphQLFieldResolver<unknown, unknown> {
  const top = roots(rows, ctx) as Record<string, (args: never) => unknown>;
  return (source, args, _context, info) => {
    const type = info.parentType.name;
    if (type === 'Query') return top[info.fieldName](args as never);
    const row = source as Row;
    const relation = RELATIONS[type]?.[info.fieldName];
    if (relation?.kind === 'one') return readable(ctx, rows[relation.target().name].find((r) => r.id === row[relation.key]));
    if (relation?.kind === 'many') {
      const where = relation.where?.(args as Record<string, unknown>) ?? {};
      const children = rows[relation.target().name].filter((r) => r[relation.key] === row.id && readable(ctx, r) && matches(where as Record<string, unknown>, r));
      const list = ordered(children, relation.orderBy as Record<string, string>);
      return relation.single ? (list[0] ?? null) : list.slice(0, (args as { first?: number }).first ?? 100);
    }
    if (row.__type && RESTRICTED[row.__type]?.includes(info.fieldName) && !ctx.ability.can('read', subject(row.__type, row) as never, info.fieldName)) {
      throw forbidden(info.fieldName, row.__type);
    }
    return row[info.fieldName];
  };
}

// The served schema's SDL without its resolvers, built once: building it took a third of this file's CPU.
const bareSchemas = new WeakMap<GraphQLSchema, GraphQLSchema>();

/** The oracle's answer to `query` for the reader whose ability this is. */
export function oracleAnswer(served: GraphQLSchema, rows: Rows, ctx: Context, query: string, variables: Record<string, unknown> = {}) {
  if (!bareSchemas.has(served)) bareSchemas.set(served, buildSchema(printSchema(served)));
  const schema = bareSchemas.get(served)!;
  const result = execute({ schema, document: parse(query), variableValues: variables, fieldResolver: resolver(rows, ctx) }) as ReturnType<typeof execute> & object;
  const { data, errors } = result as { data?: unknown; errors?: readonly GraphQLError[] };
  return JSON.parse(JSON.stringify({ data, errors: errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })) }));
}
