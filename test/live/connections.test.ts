import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from '../../src/config';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';
import { graphql, subscribe, untilAllListen, type Subscriber } from './live.helpers';

// One server, in this process: what a connection may do, and what ends it (docs/domain.md#live-updates). Limits are small here
// so that each one is reached quickly.

const LIMITS: LiveLimits = { ...DEFAULT_LIVE_LIMITS, maxSubscriptionsPerConnection: 2 };
let db: TestDatabase;
let api: TestApi;
const open: Subscriber[] = [];
const REGULATOR = tokenFor('REGULATOR', 'CQC');
const ids = new Map<string, string>();

const connect = (...args: Parameters<typeof subscribe>) => {
  const subscriber = subscribe(...args);
  open.push(subscriber);
  return subscriber;
};

async function trustId(odsCode: string): Promise<string> {
  if (!ids.has(odsCode)) ids.set(odsCode, (await graphql(api.url, `{ trust(odsCode: "${odsCode}") { id } }`)).data!.trust.id);
  return ids.get(odsCode)!;
}

/** A published inspection of the trust, made over HTTP: an INSPECTION_PUBLISHED event anyone may read. */
async function publish(odsCode: string, summary = 'live'): Promise<string> {
  const body = await graphql(api.url, `mutation($id: ID!, $summary: String) { recordInspection(input: { trustId: $id, inspectedOn: "${TEST_TODAY}", publishedOn: "${TEST_TODAY}",
    overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD, recommendation: NONE, summary: $summary }) { id } }`,
  { id: await trustId(odsCode), summary }, REGULATOR);
  expect(body.errors).toBeUndefined();
  return body.data!.recordInspection.id;
}

const listening = (...subscribers: Subscriber[]) => untilAllListen(subscribers, () => publish('RN1', 'listening?'));

beforeAll(async () => {
  db = await createTestDatabase('demo');
  api = await startApi(db.orm, { live: LIMITS });
});

afterEach(async () => {
  const closing = open.splice(0);
  await Promise.all(closing.map((s) => s.client.dispose()));
  await Promise.all(closing.map((s) => s.closed));
});

afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

describe('connecting', () => {
  it('an upgrade to /graphql is a WebSocket (101), not Apollo\'s CSRF refusal; a plain GET is answered as a query', async () => {
    const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const status = await new Promise<number>((resolve, reject) => {
      socket.once('upgrade', (response) => resolve(response.statusCode!));
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode!));
      socket.once('error', reject);
    });
    socket.terminate();
    expect(status).toBe(101);
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { role } }')}`);
    expect([get.status, await get.json()]).toEqual([200, { data: { me: { role: 'PUBLIC' } } }]);
  });

  it.each([
    ['a forged token', 'Bearer not.a.token', /^Unauthenticated: invalid token/],
    ['an unknown organisation', `Bearer ${tokenFor('TRUST', 'ZZZ9')}`, /^Unauthenticated: .*ZZZ9/],
    ['no "Bearer"', REGULATOR, /^Unauthenticated: the Authorization header must be "Bearer <token>"/],
  ])('%s is refused at connection_init: closed with 4401 and the reason', async (_what, authorization, reason) => {
    const subscriber = connect(api.url, null, {}, undefined, { authorization });
    const closed = await subscriber.closed;
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(reason);
    expect(subscriber.events).toEqual([]);
  });

  it('is closed with 4401 when its token expires', async () => {
    const subscriber = connect(api.url, tokenFor('REGULATOR', 'CQC', { expiresIn: 3 }));
    await listening(subscriber);
    const started = Date.now();
    expect(await subscriber.closed).toEqual({ code: 4401, reason: 'Unauthenticated: token expired' });
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});

describe('subscribing', () => {
  it('an unknown kind is a GraphQL error on that subscription, written in the query or in a variable', async () => {
    const literal = connect(api.url, null, {}, 'subscription { regimeEvents(kinds: [TRUST_RENAMED]) { kind } }');
    const variable = connect(api.url, null, { kinds: ['TRUST_RENAMED'] });
    await expect.poll(() => literal.errors.length + variable.errors.length).toBe(2);
    expect(literal.errors).toEqual([[expect.objectContaining({ message: expect.stringMatching(/"TRUST_RENAMED" does not exist in "RegimeEventKind" enum/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]]);
    expect(variable.errors).toEqual([[expect.objectContaining({ message: expect.stringMatching(/\$kinds.*"TRUST_RENAMED".*RegimeEventKind/), extensions: { code: 'BAD_USER_INPUT' } })]]);
  });

  it(`past LIVE_MAX_SUBSCRIPTIONS on one connection (${LIMITS.maxSubscriptionsPerConnection} here) the next is an error saying why; the others go on`, async () => {
    const first = connect(api.url, REGULATOR);
    const events: string[] = [];
    const errors: unknown[] = [];
    const more = Array.from({ length: LIMITS.maxSubscriptionsPerConnection }, () =>
      first.client.subscribe<{ regimeEvents: { subjectId: string } }>({ query: 'subscription { regimeEvents { subjectId } }' }, {
        next: (result) => events.push(result.data!.regimeEvents.subjectId), error: (error) => errors.push(error), complete: () => {},
      }));
    await expect.poll(() => errors.length).toBe(1);
    expect(errors).toEqual([[{
      message: `too many subscriptions on this connection: at most ${LIMITS.maxSubscriptionsPerConnection} at once; complete one, or open another connection`,
      extensions: { code: 'TOO_MANY_SUBSCRIPTIONS' },
    }]]);
    await listening(first);
    more.forEach((unsubscribe) => unsubscribe());
  });

  it('queries and mutations are for HTTP', async () => {
    const query = connect(api.url, null, {}, '{ me { role } }');
    await expect.poll(() => query.errors.length).toBe(1);
    expect(query.errors).toEqual([[{ message: 'only subscriptions are served over WebSocket: send queries and mutations over HTTP', extensions: { code: 'BAD_REQUEST' } }]]);
  });
});

describe('filtering', () => {
  it('trustId and kinds narrow the events to that trust and those kinds', async () => {
    const rh1 = connect(api.url, null, { trustId: await trustId('RH1') });
    const inspections = connect(api.url, REGULATOR, { kinds: ['INSPECTION_PUBLISHED'] });
    const plans = connect(api.url, REGULATOR, { kinds: ['PLAN_UPDATE_PUBLISHED'] });
    await untilAllListen([rh1, inspections], () => publish('RH1', 'listening?'));
    plans.events.length = 0;
    const ofRn1 = await publish('RN1');
    const ofRh1 = await publish('RH1');
    await inspections.receive(2);
    await rh1.receive(1);
    expect(inspections.events.map((e) => e.subjectId)).toEqual([ofRn1, ofRh1]);
    expect(rh1.events.map((e) => [e.subjectId, e.trust])).toEqual([[ofRh1, { odsCode: 'RH1' }]]);
    expect(plans.events).toEqual([]);
  });

  it('a field the subscriber may not read is null with FORBIDDEN at its path, as in any read', async () => {
    const query = 'subscription { regimeEvents { subjectId trust { odsCode financialForecast } } }';
    const commissioner = connect(api.url, tokenFor('COMMISSIONER', 'X5N'), {}, query);
    const regulator = connect(api.url, REGULATOR, {}, query);
    const last = (s: Subscriber) => s.results.at(-1);
    await listening(commissioner, regulator);
    const id = await publish('RN1', 'restricted?');
    await expect.poll(() => [commissioner, regulator].every((s) => last(s)?.data?.regimeEvents.subjectId === id), { timeout: 5_000 }).toBe(true);
    expect(last(commissioner)!.data!.regimeEvents.trust).toEqual({ odsCode: 'RN1', financialForecast: null });
    expect(last(commissioner)!.errors!.map((e) => [e.path, e.extensions?.code])).toEqual([[['regimeEvents', 'trust', 'financialForecast'], 'FORBIDDEN']]);
    expect(last(regulator)!.errors).toBeUndefined();
    expect(last(regulator)!.data!.regimeEvents.trust.financialForecast).toMatch(/^-?\d+\.\d{2}$/);
  });
});

describe('a process full of connections', () => {
  let full: TestApi;
  const MAX = 3;
  beforeAll(async () => {
    full = await startApi(db.orm, { live: { ...LIMITS, maxConnections: MAX } }); // a server of its own: no other test's sockets count
  });
  afterAll(() => full?.stop());

  it(`past LIVE_MAX_CONNECTIONS (${MAX} here) closes one more with 1013 saying why; a place freed is taken again`, async () => {
    const listeningThere = (...subscribers: Subscriber[]) => untilAllListen(subscribers, () => publish('RN1', 'listening?'));
    const connections = Array.from({ length: MAX }, () => connect(full.url, null));
    await listeningThere(...connections);
    const refused = connect(full.url, null);
    expect(await refused.closed).toEqual({ code: 1013, reason: `too many connections to this server process (at most ${MAX}): try again later` });
    await connections[0].client.dispose();
    await connections[0].closed;
    await expect.poll(async () => {
      const again = connect(full.url, null);
      return Promise.race([again.closed.then(() => false), untilAllListen([again], () => publish('RN1', 'listening?')).then(() => true)]);
    }, { timeout: 5_000 }).toBe(true);
  });
});

describe('a consumer that stops reading', () => {
  let slow: TestApi;
  const SLOW_LIMITS: LiveLimits = { ...LIMITS, maxSubscriptionsPerConnection: 10, maxPendingEvents: 5, maxBufferedBytes: 64 * 1024 };
  beforeAll(async () => {
    slow = await startApi(db.orm, { live: SLOW_LIMITS });
  });
  afterAll(() => slow?.stop());

  it('is closed with 1008 once it falls behind, never buffered for without bound', async () => {
    // The graphql-ws protocol by hand, so that the socket can stop reading (ws's pause()).
    const socket = new WebSocket(`${slow.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const received: { type: string; id?: string }[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data))));
    const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await expect.poll(() => received.some((m) => m.type === 'connection_ack')).toBe(true);
    // Each event carries every inspection of RN1 with its summary: they grow as the test publishes.
    const query = 'subscription { regimeEvents { trust { inspections { summary } } } }';
    const ids = Array.from({ length: SLOW_LIMITS.maxSubscriptionsPerConnection }, (_, i) => String(i));
    for (const id of ids) socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    const nextFor = (id: string) => received.some((m) => m.type === 'next' && m.id === id);
    await expect.poll(async () => (await publish('RN1', 'listening?'), ids.every(nextFor)), { interval: 200, timeout: 10_000 }).toBe(true);

    socket.pause();
    const PUBLISHED = 20;
    for (let i = 0; i < PUBLISHED; i++) await publish('RN1', `${i} `.padEnd(5000, 'x'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = received.length;
    socket.resume();
    const { code, reason } = await closed;
    expect(code).toBe(1008);
    expect(reason).toBe(`too slow: more than ${SLOW_LIMITS.maxPendingEvents} events or ${SLOW_LIMITS.maxBufferedBytes} bytes waiting to be sent`);
    expect(received.length - before).toBeLessThan(PUBLISHED * ids.length);
  });
});

describe('a server that stops', () => {
  it('closes its connections with 1001 (going away), and one that stopped reading does not hold the stop', async () => {
    const stopping = await startApi(db.orm, { live: LIMITS });
    const subscriber = connect(stopping.url, REGULATOR);
    await untilAllListen([subscriber], () => publish('RN1', 'listening?'));
    const stuck = new WebSocket(`${stopping.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => stuck.once('open', resolve));
    stuck.pause(); // it will never read the close frame, nor answer it
    const started = Date.now();
    await stopping.stop();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await subscriber.closed).code).toBe(1001);
    stuck.terminate();
  });
});
