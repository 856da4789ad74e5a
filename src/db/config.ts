import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrationsList } from '../../migrations';
import { allEntities } from '../modules/entities';
import { ChangeFlushGuard } from '../change/commit';

export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities: allEntities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, path: 'migrations', emit: 'ts', silent: true },
    subscribers: [new ChangeFlushGuard()],
    // Row filters come from the ability; nothing else may hide rows behind its back.
    filters: {},
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    ...overrides,
  });
}
