// `npm run migrate` applies every pending migration; `npm run migrate:down` undoes the last one applied.
// On DATABASE_URL's server, else on the embedded one `npm start` uses (DATA_DIR/postgres), running or not.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { config, StartError } from '../config';
import { ormConfig } from './config';
import { CONNECT_TIMEOUT_MS, ensureDatabase } from './database';
import { embeddedDatabase } from './connect';
import type { EmbeddedDatabase } from './embedded';

const USAGE = 'usage: node dist/src/db/migrate-cli.js up|down (npm run migrate, npm run migrate:down)';

/** Like connect() (src/db/connect.ts) but without applying the pending migrations, which `down` must not do. */
async function open(): Promise<{ orm: MikroORM; close(): Promise<void> }> {
  const settings = config();
  let embedded: EmbeddedDatabase | undefined;
  let url = settings.databaseUrl;
  if (!url) {
    const database = await embeddedDatabase({ dataDir: settings.dataDir, port: settings.embeddedPgPort }, 'beside a running server');
    embedded = database;
    url = database.databaseUrl;
  }
  try {
    await ensureDatabase(url);
    const orm = await MikroORM.init(ormConfig(url));
    return { orm, close: async () => { await orm.close(); await embedded?.stop(); } };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function migrate(direction: 'up' | 'down'): Promise<void> {
  const { orm, close } = await open();
  try {
    const migrator = orm.getMigrator();
    if (direction === 'up') {
      const applied = await migrator.up();
      for (const { name } of applied) console.log(`applied ${name}`);
      const total = (await migrator.getExecutedMigrations()).length;
      console.log(applied.length ? `${applied.length} applied; ${total} in all` : `nothing to apply: all ${total} migrations are applied`);
    } else {
      const undone = await migrator.down();
      for (const { name } of undone) console.log(`undid ${name}`);
      if (undone.length === 0) console.log('nothing to undo: no migration is applied');
    }
  } finally {
    await close();
  }
}

const direction = process.argv[2];
if (direction !== 'up' && direction !== 'down') {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  migrate(direction).catch((error) => {
    console.error(error instanceof StartError ? `cannot migrate: ${error.message}` : error);
    process.exitCode = 1;
  });
}
