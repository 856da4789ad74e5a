import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import {
  AnswerInformationRequestDocument, AskInformationDocument, InformationRequestDocument, InformationRequestsDocument, ReportingBurdenDocument,
  TrustInformationRequestsDocument, WithdrawInformationAskDocument,
  type AskInformationInput, type InformationRequestFilter, type RequestStateFragment, type RequestStatus, type RequestTopic,
} from '../generated/graphql';
import { tokenFor, type GraphQLResponse } from '../support/api';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';
import { expectRefusedLeaving, fingerprintTables } from '../support/refusal';

// Information requests over HTTP with real tokens: one wrapper per operation, asks made
// through the API as the bodies allowed to, a snapshot of every table an ask, an answer or a
// withdrawal writes, and the audit events written since the last look. The files of
// test/information-requests/ share these; each has a database of its own.

export const CQC = () => tokenFor('REGULATOR', 'CQC');
export const MONITOR = () => tokenFor('OVERSIGHT', 'MONITOR');
export const TDA = () => tokenFor('OVERSIGHT', 'TDA');
export const COMMISSIONER = (code = 'X5N') => tokenFor('COMMISSIONER', code);
export const DIRECTOR = (code = 'ID-001') => tokenFor('IMPROVEMENT_DIRECTOR', code);
export const TRUST = (odsCode: string) => tokenFor('TRUST', odsCode);
export const PUBLIC = (): null => null;

export const THIS_MONTH = TEST_TODAY.slice(0, 7);
/** The n-th month before THIS_MONTH, YYYY-MM. */
export function monthsBack(n: number): string {
  const index = Number(THIS_MONTH.slice(0, 4)) * 12 + Number(THIS_MONTH.slice(5)) - 1 - n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every table a request change writes: a refusal leaves each exactly as it was. */
const TABLES = ['information_request', 'request_asker', 'audit_event'] as const;

export interface AuditRow { action: string; entity: string; entityId: string; organisation: string | null; trustId: string | null; changes: Record<string, { from: unknown; to: unknown }> }

const TOPICS: RequestTopic[] = ['MATERNITY', 'PERFORMANCE', 'IMPROVEMENT_PLAN', 'WORKFORCE', 'FINANCE', 'GOVERNANCE', 'QUALITY_AND_SAFETY', 'INFECTION_CONTROL'];
let subjects = 0;
/** A topic and period no demo request and no earlier call of this file uses (the demo asks about the last two months only). */
export function freshSubject(): { topic: RequestTopic; period: string } {
  const n = subjects++;
  return { topic: TOPICS[n % TOPICS.length], period: monthsBack(3 + Math.floor(n / TOPICS.length)) };
}

export function requestWorld(contents: 'demo' | 'empty' = 'demo') {
  const w = useTestApi(contents);
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => w.db.orm.em.getConnection().execute<T[]>(query, params);
  const trustId = async (odsCode: string) => (await sql<{ id: string }>('select id from trust where ods_code = ?', [odsCode]))[0].id;

  /** The data of a response that must have succeeded. */
  function ok<T>(response: GraphQLResponse<T>): T {
    expect(response.body.errors, JSON.stringify(response.body.errors)).toBeUndefined();
    return response.body.data!;
  }
  async function send<T, V>(document: TypedDocumentNode<T, V>, variables: V, token: string | null): Promise<T> {
    return ok(await w.api.request(document, variables, token));
  }

  const snapshot = () => fingerprintTables(w.db.orm, TABLES);
  /** The change is refused with `code` and a message naming the rule, and writes nothing. */
  const expectRefused = (code: string, message: RegExp, request: () => Promise<GraphQLResponse<unknown>>) =>
    expectRefusedLeaving(snapshot, code, request, message);

  const seen = new Set<string>();
  /** The audit events written since the last call (the first call only marks what is there), by action, entity and id. */
  async function newAuditEvents(): Promise<AuditRow[]> {
    const rows = await sql<AuditRow & { id: string }>(
      'select id, action, entity, entity_id as "entityId", organisation, trust_id as "trustId", changes from audit_event order by seq');
    const fresh = rows.filter((row) => !seen.has(row.id));
    fresh.forEach((row) => seen.add(row.id));
    return fresh.map(({ id: _id, ...row }) => row).sort((a, b) => `${a.action}${a.entity}${a.entityId}`.localeCompare(`${b.action}${b.entity}${b.entityId}`));
  }

  /** The id of a body's ask (current, else its latest) of a request. */
  const askId = async (requestId: string, organisation: string) => (await sql<{ id: string }>(
    'select id from request_asker where request_id = ? and organisation = ? order by withdrawn_on is null desc, asked_at desc limit 1', [requestId, organisation]))[0].id;

  /** The request's row as the database holds it, with its current askers first asker first. */
  async function row(requestId: string) {
    const [request] = await sql<{ status: RequestStatus; dueOn: string; version: number; answer: string | null }>(
      'select status, due_on::text as "dueOn", version, answer from information_request where id = ?', [requestId]);
    const askers = await sql<{ organisation: string }>('select organisation from request_asker where request_id = ? and withdrawn_on is null order by asked_at, id', [requestId]);
    return { ...request, askers: askers.map((a) => a.organisation) };
  }

  const api = {
    ask: (input: AskInformationInput, token: string | null) => w.api.request(AskInformationDocument, { input }, token),
    answer: (id: string, answer: string, version: number, token: string | null) => w.api.request(AnswerInformationRequestDocument, { id, answer, version }, token),
    withdraw: (id: string, token: string | null) => w.api.request(WithdrawInformationAskDocument, { id }, token),
    get: (id: string, token: string | null) => w.api.request(InformationRequestDocument, { id }, token),
    list: (token: string | null, filter?: InformationRequestFilter | null, first?: number | null, after?: string | null) =>
      w.api.request(InformationRequestsDocument, { filter, first, after }, token),
    burden: (token: string | null, from?: string | null, to?: string | null) => w.api.request(ReportingBurdenDocument, { from, to }, token),
    ofTrust: (odsCode: string, token: string | null, status?: RequestStatus | null) => w.api.request(TrustInformationRequestsDocument, { odsCode, status }, token),
  };

  /** A valid ask of `odsCode` about `subject` (a fresh one unless given). */
  async function askInput(odsCode: string, overrides: Partial<AskInformationInput> = {}): Promise<AskInformationInput> {
    return { trustId: await trustId(odsCode), ...freshSubject(), question: 'Walk us through it, please.', dueOn: '2026-04-30', ...overrides };
  }

  /** An ask that must succeed: the request it opened or joined. */
  async function ask(token: string, input: AskInformationInput): Promise<RequestStateFragment> {
    return send(AskInformationDocument, { input }, token).then((data) => data.askInformation);
  }

  /** The demo request to `odsCode` about `topic` (one per trust and topic in the demo). */
  const demoRequestId = async (odsCode: string, topic: RequestTopic) => (await sql<{ id: string }>(
    'select r.id from information_request r join trust t on t.id = r.trust_id where t.ods_code = ? and r.topic = ?', [odsCode, topic]))[0].id;

  return { w, sql, trustId, ok, send, snapshot, expectRefused, newAuditEvents, askId, row, api, askInput, ask, demoRequestId };
}

export type RequestWorld = ReturnType<typeof requestWorld>;

/** An audit event as the tests compare it: [action, entity, entityId], and the fields it changed. */
export const eventSummary = (events: AuditRow[]) => events.map((e) => [e.action, e.entity, e.entityId, Object.keys(e.changes).sort().join(' ')]);
