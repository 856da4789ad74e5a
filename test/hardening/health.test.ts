import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifier } from '../../src/auth/jwt';
import { ormConfig } from '../../src/db/config';
import { POOL_STUCK_MS } from '../../src/db/pools';
import { createServer, READY_TIMEOUT_MS } from '../../src/server';
import { TEST_JWT } from '../support/api';
import { useTestApi } from '../support/test-api';

// /health says the process is alive and never waits for the database; /ready says whether the
// database can serve (it answers, every migration is applied), on a connection of its own, so
// requests holding every pooled connection neither starve the one nor the other; and whether the
// pool can: a request that has waited over a second for a connection makes it 503.

async function probe(url: string) {
  const started = Date.now();
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as { status: string; reason?: string }, ms: Date.now() - started };
}

describe('over a healthy database', () => {
  const env = useTestApi('empty');
  let statements = 0;
  beforeAll(() => {
    env.db.orm.em.getConnection().getKnex().on('query', () => statements++);
  });

  it('/health answers 200 and sends nothing to the database', async () => {
    statements = 0;
    expect(await probe(`${env.api.url}/health`)).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(statements).toBe(0);
  });

  it('/ready answers 200 when PostgreSQL answers and every migration is applied', async () => {
    expect(await probe(`${env.api.url}/ready`)).toMatchObject({ status: 200, body: { status: 'ready' } });
  });

  it('while requests hold every pooled connection, both answer at once and tell the truth', async () => {
    const poolSize = env.db.orm.config.get('pool')?.max ?? 10;
    const held = Array.from({ length: poolSize }, () => env.db.orm.em.fork().getConnection().execute('select pg_sleep(3)'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // the pool is now taken
    const health = await probe(`${env.api.url}/health`);
    const ready = await probe(`${env.api.url}/ready`);
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(ready).toMatchObject({ status: 200, body: { status: 'ready' } });
    expect(health.ms).toBeLessThan(500);
    expect(ready.ms).toBeLessThan(READY_TIMEOUT_MS);
    await Promise.all(held);
  });

  it('while a request waits for a connection the held pool cannot give, /ready is 503 saying so, and 200 once the pool serves again', async () => {
    const poolSize = env.db.orm.config.get('pool')?.max ?? 10;
    const held = Array.from({ length: poolSize }, () => env.db.orm.em.fork().getConnection().execute('select pg_sleep(2)'));
    const waiting = env.db.orm.em.fork().getConnection().execute('select 1'); // queued behind them
    await new Promise((resolve) => setTimeout(resolve, POOL_STUCK_MS + 200));
    const stuck = await probe(`${env.api.url}/ready`);
    expect(stuck).toMatchObject({ status: 503, body: { status: 'unavailable', reason: expect.stringMatching(/^a request has waited 1\.\d s for a pooled database connection$/) } });
    expect(stuck.ms).toBeLessThan(500);
    await Promise.all([...held, waiting]);
    expect(await probe(`${env.api.url}/ready`)).toMatchObject({ status: 200, body: { status: 'ready' } });
  });

  it('/ready answers 503 when every pooled connection has been held for over a second, even with no request waiting', async () => {
    const poolSize = env.db.orm.config.get('pool')?.max ?? 10;
    const held = Array.from({ length: poolSize }, () => env.db.orm.em.fork().getConnection().execute('select pg_sleep(2)'));
    await new Promise((resolve) => setTimeout(resolve, POOL_STUCK_MS + 200));
    expect(await probe(`${env.api.url}/ready`)).toMatchObject({ status: 503, body: { reason: `all ${poolSize} pooled database connections have been in use for over 1 s` } });
    await Promise.all(held);
  });

  it('/ready answers 503 naming a migration that is not applied, and 200 once it is', async () => {
    const owner = new Client({ connectionString: env.db.url }); // the application role may not touch the migrations table
    await owner.connect();
    try {
      const [last] = (await owner.query('delete from mikro_orm_migrations where id = (select max(id) from mikro_orm_migrations) returning name, executed_at')).rows;
      const ready = await probe(`${env.api.url}/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ status: 'unavailable', reason: `migrations not applied: ${last.name}` });
      await owner.query('insert into mikro_orm_migrations (name, executed_at) values ($1, $2)', [last.name, last.executed_at]);
      expect((await probe(`${env.api.url}/ready`)).status).toBe(200);
    } finally {
      await owner.end();
    }
  });

  it('/health still answers 200 with the database closed under the server: it is the process that lives', async () => {
    await env.db.orm.close();
    expect((await probe(`${env.api.url}/health`)).status).toBe(200);
  });
});

describe('when PostgreSQL does not answer', () => {
  let silent: NetServer;
  const sockets: Socket[] = [];
  const servers: { stop(): Promise<void> }[] = [];
  const orms: MikroORM[] = [];

  beforeAll(async () => {
    silent = createNetServer((socket) => sockets.push(socket)); // accepts, then never says a word
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    for (const orm of orms) await orm.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  async function serverOver(port: number): Promise<string> {
    const orm = await MikroORM.init(ormConfig(`postgresql://postgres@127.0.0.1:${port}/nowhere`, { connect: false }));
    orms.push(orm);
    const server = await createServer(orm, createVerifier(TEST_JWT));
    servers.push(server);
    return `http://127.0.0.1:${await server.listen(0)}`;
  }

  it('a server that accepts and stays silent: /ready is 503 within its timeout, /health 200', async () => {
    const url = await serverOver((silent.address() as { port: number }).port);
    const ready = await probe(`${url}/ready`);
    expect(ready).toMatchObject({ status: 503, body: { status: 'unavailable', reason: `PostgreSQL did not answer within ${READY_TIMEOUT_MS} ms` } });
    expect(ready.ms).toBeLessThan(READY_TIMEOUT_MS + 1000);
    expect((await probe(`${url}/health`)).status).toBe(200);
  });

  it('nothing listening: /ready is 503 at once, saying so', async () => {
    const closed = createNetServer();
    const port = await new Promise<number>((resolve) => closed.listen(0, '127.0.0.1', () => resolve((closed.address() as { port: number }).port)));
    await new Promise((resolve) => closed.close(resolve));
    const ready = await probe(`${await serverOver(port)}/ready`);
    expect(ready).toMatchObject({ status: 503, body: { reason: 'PostgreSQL cannot be reached' } });
    expect(ready.ms).toBeLessThan(READY_TIMEOUT_MS);
  });
});
