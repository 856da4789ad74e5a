import type { GraphQLField } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../../src/schema';
import { useTestApi } from '../support/test-api';
import { mutationSamples } from './mutation-samples';

// Every field of the served Mutation type, walked: as PUBLIC each is refused and writes nothing;
// for a caller allowed to, its success writes exactly one audit event for each row it created or
// changed, whatever the service remembered, and every statement it sends binds its values (no id or
// date written into the SQL). Rows are compared column by column, before and after.

const env = useTestApi();
let fields: Record<string, GraphQLField<unknown, unknown>>;
let statements: string[] | null = null;
beforeAll(async () => {
  fields = (await getSchema()).getMutationType()!.getFields();
  env.db.orm.em.getConnection().getKnex().on('query', (query: { sql: string }) => statements?.push(query.sql));
});

/** A value written into a statement's text: a quoted id or date (bound values travel apart, as $1, $2…). */
const LITERAL = /'[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'|'\d{4}-\d{2}-\d{2}/;

/** Every row of every entity table, as table:primary key → a hash of the whole row. */
async function rowsNow(): Promise<Map<string, string>> {
  const tables = Object.values(env.db.orm.getMetadata().getAll()).filter((m) => !m.abstract && m.tableName);
  const rows = new Map<string, string>();
  for (const meta of tables) {
    const key = meta.primaryKeys.map((pk) => `t."${meta.properties[pk].fieldNames[0]}"::text`).join(", ':', ");
    for (const row of await env.db.orm.em.getConnection().execute(`select concat(${key}) as id, md5(t::text) as h from "${meta.tableName}" t`)) {
      rows.set(`${meta.className}:${row.id}`, row.h);
    }
  }
  return rows;
}

/** Rows of the audit log itself: its events, and its chains' heads that each event moves. */
const isAuditLog = (key: string) => key.startsWith('AuditEvent:') || key.startsWith('AuditChain:');
const changedRows = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([key, hash]) => before.get(key) !== hash && !isAuditLog(key)).map(([key]) => key).sort();
const auditEventsIn = async (keys: string[]) =>
  (await env.db.orm.em.fork().getConnection().execute(`select entity, entity_id, action from audit_event where id in (${keys.map((k) => `'${k.split(':')[1]}'`).join(',') || 'null'})`));

function operation(name: string): string {
  const args = fields[name].args;
  const declared = args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation Walk${args.length ? `(${declared})` : ''} { ${name}${args.length ? `(${passed})` : ''} { __typename } }`;
}

async function send(name: string, variables: Record<string, unknown>, token: string | null) {
  const response = await fetch(`${env.api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: operation(name), variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
}

it('every field of the served Mutation type has a sample here (a new mutation must add one)', () => {
  expect(Object.keys(fields).sort()).toEqual(Object.keys(mutationSamples).sort());
});

describe.each(Object.keys(mutationSamples))('%s', (name) => {
  const sample = mutationSamples[name];
  let variables: Record<string, unknown>;
  let token: string;
  beforeAll(async () => {
    ({ variables, token } = await sample.prepare(env.db.orm.em.fork()));
  });

  it(`as PUBLIC is refused (${sample.asPublic}) and writes nothing`, async () => {
    const before = await rowsNow();
    const body = await send(name, variables, null);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual([sample.asPublic]);
    expect(await rowsNow()).toEqual(before);
  });

  it('succeeds for a caller allowed to, with exactly one audit event for each row it created or changed', async () => {
    const before = await rowsNow();
    statements = [];
    const body = await send(name, variables, token);
    const sent = statements;
    statements = null;
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(sent.filter((sql) => LITERAL.test(sql)), 'statements with a value written into them').toEqual([]);
    const after = await rowsNow();
    const changed = changedRows(before, after);
    expect(changed.length).toBeGreaterThan(0);
    expect([...before.keys()].filter((key) => !after.has(key))).toEqual([]); // nothing deleted
    const newEvents = [...after.keys()].filter((key) => key.startsWith('AuditEvent:') && !before.has(key));
    const events = await auditEventsIn(newEvents);
    expect(events.every((e) => e.action === name)).toBe(true);
    expect(events.map((e) => `${e.entity}:${e.entity_id}`).sort()).toEqual(changed);
  });
});
