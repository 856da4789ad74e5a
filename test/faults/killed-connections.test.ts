import { expect, it } from 'vitest';
import { verifyChain } from '../../src/modules/audit/audit-chain';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';
import { codesOf, graphql, sleep, type Answer } from './http';
import { RECORD_INSPECTION, useOwnerConnection } from './owner';

// Four clients send a stream of mutations while the test terminates the server's backends a few
// times (pg_terminate_backend, as an operator or a failover would). A mutation whose connection dies
// is not written and answers SERVICE_UNAVAILABLE, which a client may retry; no answer is an
// INTERNAL_SERVER_ERROR, every success is written once, and the audit chain stays whole.

const env = useTestApi('demo');
const owner = useOwnerConnection(env);
const regulator = tokenFor('REGULATOR', 'CQC');

it('connections killed under four clients sending mutations: each answer is a success or SERVICE_UNAVAILABLE, and only successes are written', async () => {
  const answers: { summary: string; answer: Answer }[] = [];
  let sending = true;
  const client = async (name: number) => {
    for (let i = 0; sending; i++) {
      const summary = `killed-connections ${name}.${i}`;
      answers.push({ summary, answer: await graphql(env.api.url, RECORD_INSPECTION, { token: regulator, variables: { trustId: owner.rn1, summary } }) });
    }
  };
  const clients = [1, 2, 3, 4].map(client);
  for (let kill = 0; kill < 6; kill++) {
    await sleep(150);
    await owner.admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
  }
  await sleep(150);
  sending = false;
  await Promise.all(clients);

  const codes = answers.map(({ answer }) => codesOf(answer).join(',') || 'ok');
  expect(new Set(codes)).toEqual(new Set(['ok', 'SERVICE_UNAVAILABLE']));
  const written = (await owner.admin.query<{ summary: string }>("select summary from inspection where summary like 'killed-connections %'")).rows.map((row) => row.summary);
  const succeeded = answers.filter(({ answer }) => !answer.body.errors).map(({ summary }) => summary);
  expect(written.sort()).toEqual(succeeded.sort());
  const events = (await owner.admin.query<{ n: number }>('select count(*)::int as n from audit_event')).rows[0].n;
  expect(await verifyChain(env.db.orm.em.fork())).toMatchObject({ count: events, broken: [] });
}, 20_000);
