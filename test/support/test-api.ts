import { afterAll, beforeAll } from 'vitest';
import { startApi, type TestApi } from './api';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestEnvironment {
  readonly db: TestDatabase;
  readonly api: TestApi;
}

/**
 * A database of its own (cloned from the demo or empty template) and the real HTTP server over it,
 * for the describe this is called in (or the whole file, at top level): made in a beforeAll,
 * stopped and dropped in an afterAll. The properties are there once that beforeAll has run, so
 * read them inside hooks and tests, never while the file is being collected. A file that needs more
 * setup once the server runs registers its own beforeAll after this call, which runs after it.
 */
export function useTestApi(contents: 'demo' | 'empty' = 'demo'): TestEnvironment {
  let db: TestDatabase | undefined;
  let api: TestApi | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(contents);
    api = await startApi(db.orm);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });
  const ready = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`useTestApi: ${name} is read before its beforeAll has run`);
    return value;
  };
  return {
    get db() {
      return ready(db, 'db');
    },
    get api() {
      return ready(api, 'api');
    },
  };
}
