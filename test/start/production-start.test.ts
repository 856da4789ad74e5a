import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { freePort, startServer, tempDir, type Started } from './helpers';

// NODE_ENV=production on a database without trusts: the server starts and serves it as it is. The
// demo data is for trying the platform, never for a production database.
let db: TestDatabase;
let server: Started;
let url: string;

beforeAll(async () => {
  db = await createTestDatabase('empty');
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const port = await freePort();
  server = startServer({
    NODE_ENV: 'production', DATABASE_URL: db.url, PORT: String(port), DATA_DIR: tempDir('oversight-prod-'),
    JWT_PUBLIC_KEY: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }, process.cwd());
  await server.waitFor(/GraphQL at/);
  url = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server?.child.kill('SIGTERM');
  await server?.exit;
  await db?.drop();
});

describe('a production start on an empty database', () => {
  it('names no explorer in its start line: production has none', () => {
    expect(server.stdout()).toMatch(/GraphQL at http:\/\/localhost:\d+\/graphql, health at/);
    expect(server.stdout()).not.toMatch(/explorer/);
  });

  it('loads no demo data: the database still holds no trust, and the API lists none', async () => {
    const [{ count }] = await db.orm.em.fork().getConnection().execute<{ count: number }[]>('select count(*)::int as count from trust');
    expect(count).toBe(0);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ trusts { totalCount } }' }),
    });
    expect(((await response.json()) as { data: { trusts: { totalCount: number } } }).data.trusts.totalCount).toBe(0);
    expect(server.stdout()).not.toMatch(/demo data/);
  });
});
