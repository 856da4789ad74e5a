import { afterAll, expect, it } from 'vitest';
import { startApi, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { captureLog } from './log-capture';

let db: TestDatabase | undefined;
let api: TestApi | undefined;
afterAll(async () => {
  await api?.stop();
  await db?.drop();
});

it('writes one line when the server listens, one when it starts draining and one when it has stopped', async () => {
  const log = captureLog();
  db = await createTestDatabase('empty');
  api = await startApi(db.orm, { logger: log.logger });
  const events = () => log.lines().filter((line) => line.event).map(({ event, port }) => ({ event, port }));
  expect(events()).toEqual([{ event: 'listening', port: Number(new URL(api.url).port) }]);
  await api.stop();
  api = undefined;
  expect(events().map(({ event }) => event)).toEqual(['listening', 'stopping', 'stopped']);
});
