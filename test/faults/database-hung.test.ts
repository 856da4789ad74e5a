import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createVerifier } from '../../src/auth/jwt';
import { ormConfig, POOL_ACQUIRE_TIMEOUT_MS } from '../../src/db/config';
import { createServer, type Server } from '../../src/server';
import { TEST_JWT } from '../support/api';
import { codesOf, graphql } from './http';

// A PostgreSQL that accepts connections and never answers (hung, or a network dropping replies):
// nothing but the pool's acquire timeout ends the wait, so requests fail inside 5 s, not knex's 60.

let silent: NetServer;
const sockets: Socket[] = [];
let orm: MikroORM;
let server: Server;
let base: string;

beforeAll(async () => {
  silent = createNetServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  orm = await MikroORM.init(ormConfig(`postgresql://postgres@127.0.0.1:${port}/nowhere`, { connect: false }, 'application'));
  server = await createServer(orm, createVerifier(TEST_JWT));
  base = `http://127.0.0.1:${await server.listen(0)}`;
});

afterAll(async () => {
  await server.stop();
  for (const socket of sockets) socket.destroy(); // the pending connection attempts fail, so the pool can close
  await orm.close();
  await new Promise((resolve) => silent.close(resolve));
});

it('a read and a change both answer SERVICE_UNAVAILABLE once the acquire timeout passes, inside 5 s', async () => {
  const [read, change] = await Promise.all([
    graphql(base, '{ trusts(first: 3) { nodes { odsCode } } }'),
    graphql(base, 'mutation { setFinancialForecast(trustId: "00000000-0000-4000-8000-000000000000", forecast: "1") { id } }'),
  ]);
  for (const answer of [read, change]) {
    expect(codesOf(answer)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(answer.ms).toBeGreaterThanOrEqual(POOL_ACQUIRE_TIMEOUT_MS - 100);
    expect(answer.ms).toBeLessThan(5000);
  }
  expect(read.status).toBe(503);
});
