import type { ChangeSet } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { now } from '../clock';
import { eventsOf } from './event-kinds';

/** The PostgreSQL channel every server process listens on (src/live/listener.ts). */
export const REGIME_EVENTS_CHANNEL = 'regime_events';

/**
 * Sends the change's events with NOTIFY inside its transaction: PostgreSQL delivers them to every
 * listening process when, and only if, the transaction commits, after those of earlier commits.
 * One statement, and none for a change without events.
 */
export async function announceChanges(em: EntityManager, changeSets: ChangeSet<object>[]): Promise<void> {
  const events = eventsOf(changeSets, now());
  if (events.length === 0) return;
  const payloads = JSON.stringify(events.map((event) => JSON.stringify(event)));
  await em.execute('select pg_notify(?, e.payload) from json_array_elements_text(?::json) with ordinality as e(payload, n) order by e.n', [REGIME_EVENTS_CHANNEL, payloads]);
}
