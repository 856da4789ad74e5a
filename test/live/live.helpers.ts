import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { TEST_JWT_ENV } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';
import { freePort, startServer, tempDir, type Started } from '../start/helpers';

export interface LiveEvent {
  kind: string;
  subjectType: string;
  subjectId: string;
  at: string;
  trust: { odsCode: string } | null;
}

export const EVENTS = 'subscription Live($trustId: ID, $kinds: [RegimeEventKind!]) { regimeEvents(trustId: $trustId, kinds: $kinds) { kind subjectType subjectId at trust { odsCode } } }';

/** What a connection was closed with, as the client saw it. */
export interface Closed { code: number; reason: string }

/** One graphql-ws client and the results of its one subscription, as they arrive. */
export interface Subscriber {
  /** Every result, as it came. */
  results: { data?: Record<string, any> | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] }[];
  /** The events of the results, with or without errors beside them. */
  events: LiveEvent[];
  errors: unknown[];
  /** Settles when the connection closes (resolves with its close code and reason). */
  closed: Promise<Closed>;
  client: Client;
  /** Waits until `count` events have arrived; fails after `ms` saying what arrived. */
  receive(count: number, ms?: number): Promise<LiveEvent[]>;
}

/** A graphql-ws client that never retries (a refusal stays visible) and subscribes at once. */
export function subscribe(base: string, token: string | null, variables: Record<string, unknown> = {}, query = EVENTS, params: Record<string, unknown> = {}): Subscriber {
  let closedWith!: (closed: Closed) => void;
  const closed = new Promise<Closed>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `${base.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...params },
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => closedWith({ code: (event as Closed).code, reason: String((event as Closed).reason) }) },
    onNonLazyError: () => {},
  });
  const subscriber: Subscriber = {
    results: [],
    events: [],
    errors: [],
    closed,
    client,
    async receive(count, ms = 10_000) {
      const until = Date.now() + ms;
      while (subscriber.events.length < count) {
        if (Date.now() > until) throw new Error(`${subscriber.events.length} of ${count} events within ${ms} ms: ${JSON.stringify(subscriber.events)} errors: ${JSON.stringify(subscriber.errors)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return subscriber.events;
    },
  };
  client.subscribe<{ regimeEvents: LiveEvent }>({ query, variables }, {
    next: (result) => {
      subscriber.results.push(result as Subscriber['results'][number]);
      if (result.errors) subscriber.errors.push(...result.errors);
      if (result.data) subscriber.events.push(result.data.regimeEvents);
    },
    error: (error) => subscriber.errors.push(error),
    complete: () => {},
  });
  return subscriber;
}

/**
 * Until every subscriber's last event is the one `publish` made: all of them are then subscribed
 * on the server (graphql-ws does not acknowledge a subscribe). Their events are then emptied.
 */
export async function untilAllListen(subscribers: Subscriber[], publish: (attempt: number) => Promise<string>): Promise<void> {
  const allHave = (id: string) => subscribers.every((s) => s.events.at(-1)?.subjectId === id);
  for (let attempt = 0; ; attempt++) {
    const id = await publish(attempt);
    for (const until = Date.now() + 1_000; Date.now() < until && !allHave(id);) await new Promise((r) => setTimeout(r, 20));
    if (allHave(id)) break;
    if (attempt === 20) throw new Error('the subscribers never all received an event');
  }
  for (const s of subscribers) s.events.length = 0;
}

export interface TwoServers {
  db: TestDatabase;
  bases: string[];
  servers: Started[];
  stop(): Promise<void>;
}

/** Two built servers on one database of the demo data, as behind a load balancer; `env` adds settings to both. */
export async function startTwoServers(env: Record<string, string> = {}): Promise<TwoServers> {
  const db = await createTestDatabase('demo');
  const servers: Started[] = [];
  const bases: string[] = [];
  for (let i = 0; i < 2; i++) {
    const port = await freePort();
    servers.push(startServer({ DATABASE_URL: db.url, PORT: String(port), DATA_DIR: tempDir('oversight-live-'), JWT_SECRET: TEST_JWT_ENV.JWT_SECRET!, TODAY: TEST_TODAY, ...env }, process.cwd()));
    bases.push(`http://127.0.0.1:${port}`);
  }
  await Promise.all(servers.map((server) => server.waitFor(/GraphQL at/)));
  return {
    db,
    bases,
    servers,
    async stop() {
      for (const server of servers) server.child.kill('SIGTERM');
      await Promise.all(servers.map((server) => server.exit));
      await db.drop();
    },
  };
}

/** POSTs one operation; the answer's body. */
export async function graphql(base: string, query: string, variables: Record<string, unknown> = {}, token: string | null = null) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] };
}
