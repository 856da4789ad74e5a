import type { GraphQLSchema } from 'graphql';
import { decode } from 'jsonwebtoken';
import { beforeAll, describe, expect, it } from 'vitest';
import { RESTRICTED_FIELDS } from '../../src/auth/abilities';
import { getSchema } from '../../src/schema';
import { mutationSamples } from '../pipeline/mutation-samples';
import { tokenFor } from '../support/api';
import { fingerprintWholeDatabase, trustsNamedBy } from '../support/database-rows';
import { mutationOperation, postGraphQL } from '../support/raw-graphql';
import { expectRefusedLeaving } from '../support/refusal';
import { useTestApi, type TestEnvironment } from '../support/test-api';
import { AUTHORIZATION_MATRIX, CALLERS, describeRow, matrixSize, type ChangeRow, type MatrixRow, type ReadRow } from './authorization-matrix.table';

// Runs every row of the authorization matrix over HTTP against the real server on the demo data:
// each mutation on a database of its own (refusals first, each checked to write nothing, then the
// sample's allowed change; any other caller allowed gets a fresh database), and every read of a
// restricted field on one database.

const CHANGES = AUTHORIZATION_MATRIX.filter((r): r is ChangeRow => r.kind === 'change');
const READS = AUTHORIZATION_MATRIX.filter((r): r is ReadRow => r.kind === 'read');
const tokenOf = (row: MatrixRow) => (CALLERS[row.caller].org === null ? null : tokenFor(CALLERS[row.caller].role, CALLERS[row.caller].org));
const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await getSchema();
});

describe('the authorization matrix', () => {
  it(`covers ${AUTHORIZATION_MATRIX.length} cases: every mutation and every restricted field, as every caller`, () => {
    console.log(matrixSize());
    expect(sorted(CHANGES.map((r) => r.mutation))).toEqual(sorted(Object.keys(schema.getMutationType()!.getFields())));
    const restricted = Object.values(RESTRICTED_FIELDS).flatMap((bySubject) =>
      Object.entries(bySubject).flatMap(([subject, fields]) => fields!.map((field) => `${subject}.${field}`)));
    expect(sorted(READS.map((r) => `${r.entity}.${r.field}`))).toEqual(sorted(restricted));
  });

  it('names every caller once for each mutation, and every caller for each restricted field', () => {
    for (const mutation of sorted(CHANGES.map((r) => r.mutation))) {
      expect(CHANGES.filter((r) => r.mutation === mutation).map((r) => r.caller).sort(), mutation).toEqual(sorted(Object.keys(CALLERS)));
    }
    for (const field of sorted(READS.map((r) => `${r.entity}.${r.field}`))) {
      expect(sorted(READS.filter((r) => `${r.entity}.${r.field}` === field).map((r) => r.caller)), field).toEqual(sorted(Object.keys(CALLERS)));
    }
  });
});

const sendChange = (env: TestEnvironment, row: ChangeRow, variables: Record<string, unknown>) =>
  postGraphQL(env.api.url, mutationOperation(schema, row.mutation), variables, tokenOf(row));
const auditEvents = async (env: TestEnvironment) =>
  Number((await env.db.orm.em.fork().getConnection().execute('select count(*) as n from audit_event'))[0].n);

async function expectAllowed(env: TestEnvironment, row: ChangeRow, variables: Record<string, unknown>): Promise<void> {
  const before = await auditEvents(env);
  const { body } = await sendChange(env, row, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data?.[row.mutation]).toBeTruthy();
  expect(await auditEvents(env)).toBeGreaterThan(before); // it went through the pipeline and changed rows
}

/** The sample's variables on this database, after checking they name the table's target and the sample's caller is one the table allows. */
function preparedSample(env: TestEnvironment, mutation: string) {
  const prepared: { variables: Record<string, unknown> } = { variables: {} };
  beforeAll(async () => {
    const { variables, token } = await mutationSamples[mutation].prepare(env.db.orm.em.fork());
    const rows = CHANGES.filter((r) => r.mutation === mutation);
    expect(await trustsNamedBy(env.db.orm, variables), `${mutation}: the sample's row belongs to the table's target`).toContain(rows[0].target);
    const { role, org } = decode(token) as { role: string; org: string };
    const allowed = rows.filter((r) => r.expected === 'allowed').map((r) => `${CALLERS[r.caller].role}:${CALLERS[r.caller].org}`);
    expect(allowed, `${mutation}: the sample's own caller is allowed in the table too`).toContain(`${role}:${org}`);
    prepared.variables = variables;
  });
  return prepared;
}

for (const mutation of sorted(CHANGES.map((r) => r.mutation))) {
  const rows = CHANGES.filter((r) => r.mutation === mutation);
  const [firstAllowed, ...moreAllowed] = rows.filter((r) => r.expected === 'allowed');
  describe(mutation, () => {
    const env = useTestApi();
    const sample = preparedSample(env, mutation);
    for (const row of rows.filter((r) => r.expected !== 'allowed')) {
      it(describeRow(row), () =>
        expectRefusedLeaving(() => fingerprintWholeDatabase(env.db.orm), row.expected, () => sendChange(env, row, sample.variables) as never));
    }
    it(describeRow(firstAllowed), () => expectAllowed(env, firstAllowed, sample.variables));
  });
  for (const row of moreAllowed) {
    describe(`${mutation}, on a fresh database`, () => {
      const env = useTestApi();
      const sample = preparedSample(env, mutation);
      it(describeRow(row), () => expectAllowed(env, row, sample.variables));
    });
  }
}

/** How each restricted field is read: the query, its variables for the target, and the rows it returns. */
const READ_PATHS: Record<string, { query: (field: string) => string; by: 'trust' | 'contract'; rows: (data: any) => Record<string, unknown>[] }> = {
  Trust: { by: 'trust', query: (f) => `query($ods: String!) { trust(odsCode: $ods) { ${f} } }`, rows: (d) => (d.trust ? [d.trust] : []) },
  LeadershipReview: { by: 'trust', query: (f) => `query($ods: String!) { trust(odsCode: $ods) { leadershipReviews { ${f} } } }`, rows: (d) => d.trust?.leadershipReviews ?? [] },
  BuddyContract: { by: 'contract', query: (f) => `query($id: ID!) { buddyContract(id: $id) { ${f} } }`, rows: (d) => (d.buddyContract ? [d.buddyContract] : []) },
  IncentivePayment: { by: 'contract', query: (f) => `query($id: ID!) { buddyContract(id: $id) { payments { ${f} } } }`, rows: (d) => d.buddyContract?.payments ?? [] },
  ReimbursementClaim: { by: 'contract', query: (f) => `query($id: ID!) { buddyContract(id: $id) { reimbursementClaims { ${f} } } }`, rows: (d) => d.buddyContract?.reimbursementClaims ?? [] },
};

describe('restricted fields', () => {
  const env = useTestApi();
  const contractOf = async (ods: string) => {
    const sql = 'select c.id from buddy_contract c join trust t on t.id = c.supported_trust_id where t.ods_code = ?';
    const found = await env.db.orm.em.fork().getConnection().execute(sql, [ods]);
    expect(found, `one contract supports ${ods}`).toHaveLength(1);
    return found[0].id as string;
  };

  for (const row of READS) {
    it(describeRow(row), async () => {
      const path = READ_PATHS[row.entity];
      const variables = path.by === 'trust' ? { ods: row.target } : { id: await contractOf(row.target) };
      const { body } = await postGraphQL(env.api.url, path.query(row.field), variables, tokenOf(row));
      const found = path.rows(body.data ?? {});
      const errors = body.errors ?? [];
      const seen = found.length === 0 && errors.length === 0 ? 'hidden'
        : found.length > 0 && errors.length === 0 && found.every((r) => r[row.field] !== null) ? 'value'
          : found.length > 0 && found.every((r) => r[row.field] === null) && errors.length === found.length
            && errors.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.at(-1) === row.field) ? 'null+FORBIDDEN'
            : `unexpected: ${JSON.stringify(body)}`;
      expect(seen).toBe(row.expected);
    });
  }
});
