import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import { BuddyContract, Trust } from '../../src/modules/entities';
import {
  AddPlanActionDocument, AuditEventPageDocument, AuditedClaimDocument, AuditedForecastDocument, AuditedReviewDocument,
  PublishPlanUpdateDocument, RecordInspectionDocument, UpdatePlanActionDocument, type AuditEventPageQueryVariables,
} from '../generated/graphql';
import { tokenFor } from '../support/api';
import type { TestEnvironment } from '../support/test-api';

// Changes made through the API by the roles allowed to make them, whose audit events the tests of
// test/audit/ read: money (a forecast, a claim), confidential findings, and rows of several trusts.

export const FINDINGS = 'CONFIDENTIAL: the chair has lost the confidence of the clinical directors.';

export interface AuditedChanges {
  /** Every bearer token the changes were sent with. */
  tokens: string[];
  ids: { rn1: string; rh2: string; review: string; claim: string; inspection: string; update: string; action: string; rn2Action: string };
}

export async function makeAuditedChanges(env: TestEnvironment): Promise<AuditedChanges> {
  const em = () => env.db.orm.em.fork();
  const trust = async (odsCode: string) => (await em().findOneOrFail(Trust, { odsCode })).id;
  const tokens: string[] = [];
  async function send<T, V>(document: TypedDocumentNode<T, V>, variables: V, token: string): Promise<T> {
    tokens.push(token);
    const { body } = await env.api.request(document, variables, token);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  }
  const [rn1, rn2, rh1, rh2] = [await trust('RN1'), await trust('RN2'), await trust('RH1'), await trust('RH2')];
  const monitor = tokenFor('OVERSIGHT', 'MONITOR');
  await send(AuditedForecastDocument, { trustId: rn1, forecast: '-1234567.89' }, monitor);
  const review = (await send(AuditedReviewDocument, {
    input: { trustId: rn1, reviewedOn: '2026-03-02', scope: 'BOARD', outcome: 'CHANGE_REQUIRED', findings: FINDINGS },
  }, monitor)).recordLeadershipReview.id;
  await send(AuditedForecastDocument, { trustId: rh2, forecast: '250000.00' }, tokenFor('OVERSIGHT', 'TDA'));
  const inspection = (await send(RecordInspectionDocument, {
    input: {
      trustId: rh1, inspectedOn: '2026-03-10', publishedOn: null, overall: 'GOOD', safe: 'GOOD', effective: 'GOOD', caring: 'OUTSTANDING',
      responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'NONE',
    },
  }, tokenFor('REGULATOR', 'CQC'))).recordInspection.id;
  const update = (await send(PublishPlanUpdateDocument, { input: { trustId: rn1, month: '2026-03', summary: 'March: on track.' } }, tokenFor('TRUST', 'RN1')))
    .publishPlanUpdate.id;
  const action = (await send(AddPlanActionDocument, {
    input: { trustId: rn1, title: 'Audit the night rota monthly', keyQuestion: 'SAFE', dueOn: '2026-08-31' },
  }, tokenFor('TRUST', 'RN1'))).addPlanAction.id;
  await send(UpdatePlanActionDocument, { input: { actionId: action, status: 'ON_TRACK', version: 1 } }, tokenFor('IMPROVEMENT_DIRECTOR', 'ID-001'));
  const contract = await em().findOneOrFail(BuddyContract, { reference: 'BC-2025-005' });
  const claim = (await send(AuditedClaimDocument, { input: { contractId: contract.id, period: '2026-03', daysGiven: 3.5, amount: '4321.50' } }, tokenFor('TRUST', 'RH1')))
    .claimReimbursement.id;
  const rn2Action = (await send(AddPlanActionDocument, {
    input: { trustId: rn2, title: 'Publish a ligature risk register', keyQuestion: 'SAFE', dueOn: '2026-06-30' },
  }, tokenFor('TRUST', 'RN2'))).addPlanAction.id;
  return { tokens, ids: { rn1, rh2, review, claim, inspection, update, action, rn2Action } };
}

/** auditEvents as `token` reads it; fails on any error. */
export async function auditEvents(env: TestEnvironment, variables: AuditEventPageQueryVariables, token: string | null) {
  const { body } = await env.api.request(AuditEventPageDocument, variables, token);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.auditEvents;
}

/** The error codes of auditEvents as `token` reads it. */
export async function auditEventsRefused(env: TestEnvironment, variables: AuditEventPageQueryVariables, token: string | null) {
  const { body } = await env.api.request(AuditEventPageDocument, variables, token);
  return body.errors?.map((e) => e.extensions?.code);
}
