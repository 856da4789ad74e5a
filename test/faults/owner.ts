import { Client } from 'pg';
import { afterAll, beforeAll } from 'vitest';
import type { TestEnvironment } from '../support/test-api';
import { TEST_TODAY } from '../support/today';

// What the tests that cut a mutation's connection share: the owner's own connection to the test
// database (it holds locks and terminates the server's backends), RN1's id, and the mutation they send.

/** recordInspection on a trust, with a summary that tells the test's rows apart. */
export const RECORD_INSPECTION = `mutation($trustId: ID!, $summary: String) { recordInspection(input: { trustId: $trustId, inspectedOn: "${TEST_TODAY}",
  overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE, summary: $summary }) { id } }`;

/** The owner's connection and RN1's id, made in a beforeAll registered after `env`'s, closed in an afterAll. */
export function useOwnerConnection(env: TestEnvironment): { readonly admin: Client; readonly rn1: string } {
  const state = {} as { admin: Client; rn1: string };
  beforeAll(async () => {
    state.admin = new Client({ connectionString: env.db.url });
    await state.admin.connect();
    [{ id: state.rn1 }] = (await state.admin.query<{ id: string }>("select id from trust where ods_code = 'RN1'")).rows;
  });
  afterAll(() => state.admin?.end());
  return state;
}
