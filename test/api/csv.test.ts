import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvOf } from '../../src/http/csv';
import { tokenFor } from '../support/api';
import { postGraphQL } from '../support/raw-graphql';
import { useTestApi } from '../support/test-api';

// CSV for analysts: a query's one root list, flattened, with the same access rules as its JSON,
// read back with a CSV parser as a spreadsheet would.

const env = useTestApi('demo');
const DASHBOARD = readFileSync(join(__dirname, '../../examples/operations/regulator-dashboard.graphql'), 'utf8');
const CSV = 'text/csv';

type Row = Record<string, string>;

async function getCsv(query: string, token: string | null, accept = CSV) {
  const response = await fetch(`${env.api.url}/graphql?${new URLSearchParams({ query })}`, {
    headers: { accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const text = await response.text();
  const csv = response.headers.get('content-type')?.startsWith(CSV);
  return {
    status: response.status, headers: response.headers, text,
    rows: csv ? (parse(text, { bom: true, columns: true }) as Row[]) : [],
    errors: JSON.parse(response.headers.get('graphql-errors') ?? '[]') as { code: string; path: string; count: number }[],
  };
}

describe("the regulator's dashboard as CSV", () => {
  it('is one row per trust, a nested list as its length, the same values as its JSON', async () => {
    const token = tokenFor('REGULATOR', 'CQC');
    const [csv, json] = await Promise.all([getCsv(DASHBOARD, token), postGraphQL(env.api.url, DASHBOARD, {}, token)]);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="trusts.csv"');
    expect(csv.headers.get('graphql-errors')).toBeNull();
    const trusts = (json.body.data as { trusts: { nodes: Record<string, unknown>[] } }).trusts.nodes;
    expect(csv.rows).toHaveLength(trusts.length);
    expect(Object.keys(csv.rows[0])).toEqual([
      'id', 'odsCode', 'name', 'oversightBody', 'currentRating', 'inSpecialMeasures', 'meetsSpecialMeasuresCriteria',
      'financialForecast', 'specialMeasuresEpisodes', 'directorAppointments', 'buddyContracts',
    ]);
    csv.rows.forEach((row, i) => {
      const trust = trusts[i];
      expect(row).toEqual({
        id: trust.id, odsCode: trust.odsCode, name: trust.name, oversightBody: trust.oversightBody, currentRating: trust.currentRating ?? '',
        inSpecialMeasures: String(trust.inSpecialMeasures), meetsSpecialMeasuresCriteria: String(trust.meetsSpecialMeasuresCriteria),
        financialForecast: trust.financialForecast ?? '',
        specialMeasuresEpisodes: String((trust.specialMeasuresEpisodes as unknown[]).length),
        directorAppointments: String((trust.directorAppointments as unknown[]).length),
        buddyContracts: String((trust.buddyContracts as unknown[]).length),
      });
    });
  });

  it('as PUBLIC: the same trusts, money as empty cells, and the FORBIDDEN errors counted in the GraphQL-Errors header', async () => {
    const csv = await getCsv('{ trusts(first: 500) { nodes { odsCode financialForecast } } }', null);
    expect(csv.status).toBe(200);
    expect(csv.rows.length).toBeGreaterThan(0);
    expect(csv.rows.every((row) => row.financialForecast === '')).toBe(true);
    expect(csv.errors).toEqual([expect.objectContaining({ code: 'FORBIDDEN', path: 'trusts.nodes.*.financialForecast', count: csv.rows.length })]);
  });

  it('as COMMISSIONER: only the rows its JSON has, nested objects as dotted columns', async () => {
    const query = '{ trusts(first: 500) { nodes { odsCode localSystem { code name } } } }';
    const token = tokenFor('COMMISSIONER', 'X5N');
    const [csv, json] = await Promise.all([getCsv(query, token), postGraphQL(env.api.url, query, {}, token)]);
    const nodes = (json.body.data as { trusts: { nodes: { odsCode: string; localSystem: { code: string; name: string } }[] } }).trusts.nodes;
    expect(csv.rows).toEqual(nodes.map((t) => ({ odsCode: t.odsCode, 'localSystem.code': t.localSystem.code, 'localSystem.name': t.localSystem.name })));
    expect(new Set(csv.rows.map((row) => row['localSystem.code']))).toEqual(new Set(['NMERE']));
  });

  it('is CSV over POST too', async () => {
    const response = await postGraphQL(env.api.url, '{ trusts(first: 3) { nodes { odsCode } } }', {}, null, 10_000, { accept: CSV });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(parse(response.text, { bom: true, columns: true })).toHaveLength(3);
  });
});

describe('what has no CSV answer', () => {
  it.each([
    ['two root fields', '{ me { role } trusts { totalCount } }'],
    ['no list', '{ me { role organisation } }'],
  ])('%s: 406 NOT_ACCEPTABLE, saying why', async (_what, query) => {
    const answer = await getCsv(query, null);
    expect(answer.status).toBe(406);
    expect(JSON.parse(answer.text).errors[0]).toMatchObject({ message: expect.stringMatching(/CSV answer/), extensions: { code: 'NOT_ACCEPTABLE' } });
  });

  it('a mutation: 406 before it runs', async () => {
    const mutation = 'mutation($t: ID!) { askInformation(input: { trustId: $t, topic: MATERNITY, period: "2026-01", question: "As CSV?", dueOn: "2099-01-31" }) { id } }';
    const events = async () => (await env.db.orm.em.getConnection().execute('select count(*)::int as n from audit_event'))[0].n as number;
    const before = await events();
    const regulator = tokenFor('REGULATOR', 'CQC');
    const trust = await postGraphQL(env.api.url, '{ trust(odsCode: "RN1") { id } }', {}, regulator);
    const answer = await postGraphQL(env.api.url, mutation, { t: (trust.body.data as { trust: { id: string } }).trust.id }, regulator, 10_000, { accept: CSV });
    expect(answer.status).toBe(406);
    expect(answer.body.errors?.[0].message).toMatch(/only a query/);
    expect(await events()).toBe(before);
  });

  it('a request error: its JSON answer, status and all', async () => {
    const answer = await getCsv('{ trusts { nodes { noSuchField } } }', null);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it.each([
    ['*/*', '*/*'],
    ['a browser', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
    ['JSON before CSV', `application/json, ${CSV};q=0.5`],
  ])('an Accept of %s: JSON', async (_what, accept) => {
    const answer = await getCsv('{ trusts(first: 1) { nodes { odsCode } } }', null, accept);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });
});

describe('cells', () => {
  it('text a spreadsheet would run as a formula starts with a quote; numbers and plain text stay as they are', () => {
    const answer = { data: { list: [{ a: '=HYPERLINK("x")', b: '-125000.00', c: '@SUM(A1)', d: 'plain', e: -3, f: true, g: null }] } };
    const outcome = csvOf(answer);
    expect(outcome && 'csv' in outcome && parse(outcome.csv, { bom: true, columns: true })).toEqual([
      { a: '\'=HYPERLINK("x")', b: '-125000.00', c: "'@SUM(A1)", d: 'plain', e: '-3', f: 'true', g: '' },
    ]);
  });

  it('a nested object null in one row and present in another: its columns, empty where null', () => {
    const outcome = csvOf({ data: { list: [{ id: 1, director: null }, { id: 2, director: { name: 'Dr Marsh' } }] } });
    expect(outcome && 'csv' in outcome && parse(outcome.csv, { bom: true, columns: true })).toEqual([
      { id: '1', 'director.name': '' },
      { id: '2', 'director.name': 'Dr Marsh' },
    ]);
  });
});
