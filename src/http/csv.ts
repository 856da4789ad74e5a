// CSV for analysts: a query asked with `Accept: text/csv` runs as any other (same token, same rules,
// same limits); this layer then reads the GraphQL JSON answer the server wrote and, when its one root
// field holds one list, answers that list as CSV, one row per item. Nested objects become dotted
// columns, a nested list its length, a FORBIDDEN (or any null) field an empty cell; the answer's
// errors go in the GraphQL-Errors response header. Anything else keeps its JSON answer.
import { stringify } from 'csv-stringify/sync';
import type { Request, RequestHandler, Response } from 'express';
import { getOperationAST, parse, type DocumentNode } from 'graphql';
import { CSV, JSON_TYPES } from './media-types';

export const ERRORS_HEADER = 'graphql-errors';

/** Accept prefers CSV to both JSON types (`*∕*` alone does not). */
export function wantsCsv(req: Request): boolean {
  return req.get('accept') !== undefined && req.accepts([...JSON_TYPES, CSV]) === CSV;
}

function refuse(res: Response, status: number, message: string): void {
  res.status(status).type('application/json').send(JSON.stringify({ errors: [{ message, extensions: { code: 'NOT_ACCEPTABLE' } }] }));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Row = { [key: string]: Json };
type GraphQLError = { message?: string; path?: (string | number)[]; extensions?: { code?: string } };
type Answer = { data?: Row | null; errors?: GraphQLError[] };

const isObject = (value: Json | undefined): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The columns every row has or may have: an object's keys become "parent.child", in the order first seen. */
type Shape = Map<string, Shape | null>;

function learn(shape: Shape, row: Row): void {
  for (const [key, value] of Object.entries(row)) {
    const known = shape.get(key);
    if (isObject(value)) {
      const child = known ?? new Map();
      shape.set(key, child);
      learn(child, value);
    } else if (known === undefined) {
      shape.set(key, null);
    }
  }
}

const columnsOf = (shape: Shape, prefix: string[] = []): string[][] =>
  [...shape].flatMap(([key, child]) => (child ? columnsOf(child, [...prefix, key]) : [[...prefix, key]]));

const NUMBER = /^[-+]?\d+(\.\d+)?$/;

/** One cell: null is empty, a list its length; text a spreadsheet would run as a formula starts with a quote. */
function cell(row: Row, path: string[]): string {
  let value: Json | undefined = row;
  for (const key of path) value = isObject(value) ? value[key] : undefined;
  if (value === null || value === undefined || isObject(value)) return '';
  if (Array.isArray(value)) return String(value.length);
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** The errors, one entry per code and path (list indexes as *), counted: short enough for a header whatever the row count. */
function errorsHeader(errors: GraphQLError[]): string {
  const grouped = new Map<string, { code: string; path: string; count: number; message: string }>();
  for (const error of errors) {
    const code = error.extensions?.code ?? 'ERROR';
    const path = (error.path ?? []).map((key) => (typeof key === 'number' ? '*' : key)).join('.');
    const entry = grouped.get(`${code} ${path}`) ?? { code, path, count: 0, message: error.message ?? '' };
    entry.count++;
    grouped.set(`${code} ${path}`, entry);
  }
  return JSON.stringify([...grouped.values()]).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Outcome = { csv: string; filename: string; errors?: string } | { refusal: string } | undefined;

/** The CSV of an answer, why it has none (its shape), or undefined when its JSON should go as it is (no data: errors say why). */
export function csvOf(answer: Answer): Outcome {
  if (!isObject(answer.data ?? null)) return undefined;
  const roots = Object.entries(answer.data as Row);
  if (roots.length !== 1) return { refusal: `a CSV answer is the list of one root field: this query has ${roots.length}` };
  const [[name, root]] = roots;
  if (root === null) return undefined;
  const lists = Array.isArray(root) ? [[name, root] as const] : Object.entries(root as Row).filter(([, value]) => Array.isArray(value));
  if (lists.length !== 1) return { refusal: `a CSV answer is one list at the root field: ${name} has ${lists.length} (select nodes or edges, not both)` };
  const [listName, items] = lists[0] as [string, Json[]];
  const rows = items.map((item) => (isObject(item) ? item : { [listName]: item }));
  const shape: Shape = new Map();
  for (const row of rows) learn(shape, row);
  const columns = columnsOf(shape);
  const csv = stringify([columns.map((path) => path.join('.')), ...rows.map((row) => columns.map((path) => cell(row, path)))], { bom: true, record_delimiter: 'windows' });
  return { csv, filename: `${name}.csv`, errors: answer.errors?.length ? errorsHeader(answer.errors) : undefined };
}

/** Why this request cannot have a CSV answer before it runs (only a query can), or undefined. */
function refusalBeforeRunning(params: { query?: unknown; operationName?: unknown } | undefined): string | undefined {
  if (typeof params?.query !== 'string') return 'a CSV answer needs the query in the request (no persisted query by hash alone)';
  let document: DocumentNode;
  try {
    document = parse(params.query, { noLocation: true });
  } catch {
    return undefined; // the server answers the syntax error as JSON
  }
  const operation = getOperationAST(document, typeof params.operationName === 'string' && params.operationName ? params.operationName : undefined);
  if (operation && operation.operation !== 'query') return `only a query has a CSV answer, not a ${operation.operation}: it was not run`;
  return undefined;
}

/** Holds back what the handlers after it write, then hands the whole body to `rewrite`. */
function captureBody(res: Response, rewrite: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const add = (chunk: unknown, encoding?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    }
  };
  res.write = ((chunk: unknown, encoding?: unknown) => {
    add(chunk, encoding);
    return true;
  }) as Response['write'];
  res.end = ((chunk?: unknown, encoding?: unknown) => {
    add(chunk, encoding);
    rewrite(Buffer.concat(chunks));
    return res;
  }) as Response['end'];
}

/** Mounted on /graphql after the body parser, before the server runs the operation. */
export function csvAnswers(): RequestHandler {
  return (req, res, next) => {
    if (!wantsCsv(req)) return next();
    const refusal = refusalBeforeRunning(req.method === 'GET' ? (req.query as Record<string, unknown>) : req.body);
    if (refusal) return refuse(res, 406, refusal);
    req.headers.accept = 'application/json'; // the server writes JSON, which is read back below
    const { write, end } = res;
    captureBody(res, (body) => {
      res.write = write;
      res.end = end;
      let outcome: Outcome;
      try {
        outcome = res.statusCode === 200 ? csvOf(JSON.parse(body.toString('utf8')) as Answer) : undefined;
      } catch {
        outcome = undefined;
      }
      if (outcome === undefined) return void res.end(body);
      res.removeHeader('content-length');
      res.removeHeader('etag');
      if ('refusal' in outcome) return void refuse(res, 406, `${outcome.refusal}; ask for JSON instead`);
      res.setHeader('content-type', `${CSV}; charset=utf-8; header=present`);
      res.setHeader('content-disposition', `attachment; filename="${outcome.filename}"`);
      if (outcome.errors) res.setHeader(ERRORS_HEADER, outcome.errors);
      res.end(outcome.csv);
    });
    next();
  };
}
