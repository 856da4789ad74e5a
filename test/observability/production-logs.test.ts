import { generateKeyPairSync } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql, sleep } from '../faults/http';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';
import { freePort, startServer, tempDir, type Started } from '../start/helpers';

// In production every line the process writes is JSON through the one logger, on stdout and stderr
// alike: knex's "Connection Error: …" warnings about connections PostgreSQL dropped (whose text
// holds the SQL that was running) included, and no SQL text reaches any line at info.
let db: TestDatabase;
let admin: Client;
let server: Started;
let base: string;

beforeAll(async () => {
  db = await createTestDatabase('demo');
  admin = new Client({ connectionString: db.url });
  await admin.connect();
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const port = await freePort();
  server = startServer({
    NODE_ENV: 'production', LOG_LEVEL: 'info', DATABASE_URL: db.url, PORT: String(port), DATA_DIR: tempDir('oversight-prod-logs-'), TODAY: TEST_TODAY,
    JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }, process.cwd());
  await server.waitFor(/GraphQL at/);
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await server?.exit;
  await admin?.end();
  await db?.drop();
});

it('with connections killed under it, the server writes JSON lines only, without SQL', async () => {
  const reads = ['{ trusts(first: 3) { nodes { odsCode } } }', '{ improvementDirectors { code appointments { startsOn } } }'];
  for (let round = 0; round < 4; round++) {
    await Promise.all(reads.map((query) => graphql(base, query)));
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    await sleep(100);
  }
  await Promise.all(reads.map((query) => graphql(base, query)));
  server.child.kill('SIGTERM');
  expect((await server.exit).code).toBe(0);

  const lines = (server.stdout() + server.stderr()).split('\n').filter((line) => line.trim() !== '');
  const notJson = lines.filter((line) => {
    try {
      return typeof JSON.parse(line) !== 'object';
    } catch {
      return true;
    }
  });
  expect(notJson).toEqual([]);
  const events = lines.map((line) => JSON.parse(line) as { event?: string });
  expect(events.map((line) => line.event)).toEqual(expect.arrayContaining(['started', 'database connection lost', 'signal', 'stopped']));
  expect(lines.filter((line) => /\bselect\b|\bfrom "/i.test(line))).toEqual([]);
});
