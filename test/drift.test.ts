import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
import { printServedSchema } from '../src/schema-print';
import { createTestDatabase, type TestDatabase } from './support/database';

const root = join(__dirname, '..');

describe('committed artefacts stay in step with the code', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('empty', 'owner'); // the catalog shows check constraints to their owner only
  });
  afterAll(() => db.drop());

  it('schema/schema.graphql is the schema the server serves (run `npm run schema:print`)', async () => {
    expect(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8')).toBe(await printServedSchema());
  });

  it('test/generated/ and examples/generated/ are what codegen makes of the schema and the operations (run `npm run codegen`)', async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') });
    const outputs: { filename: string; content: string }[] = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.map((output) => output.filename).sort()).toEqual(['examples/generated/graphql.ts', 'test/generated/graphql.ts']);
    for (const output of outputs) expect(readFileSync(join(root, output.filename), 'utf8'), output.filename).toBe(output.content);
  });

  it('migrations/ create exactly what the entities describe (run `npm run migration:create`)', async () => {
    const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('every migration in migrations/ is listed in migrations/index.ts', async () => {
    const pending = await db.orm.getMigrator().getPendingMigrations();
    const executed = await db.orm.getMigrator().getExecutedMigrations();
    expect(pending).toEqual([]);
    const files = require('node:fs').readdirSync(join(root, 'migrations')).filter((f: string) => /^Migration\d+.*\.ts$/.test(f));
    expect(executed.map((m) => m.name).sort()).toEqual(files.map((f: string) => f.replace(/\.ts$/, '')).sort());
  });
});
