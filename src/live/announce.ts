import type { ChangeSet } from '@mikro-orm/core';
import { param, sql, type Sql } from '../db/sql/sql';
import { eventsOf } from './event-kinds';

/** The PostgreSQL channel every server process listens on (src/live/listener.ts). */
export const REGIME_EVENTS_CHANNEL = 'regime_events';

/**
 * The change's events sent with NOTIFY, as a query that counts them, for the change's own statement
 * (src/change/write.ts): PostgreSQL delivers them to every listening process when, and only if, the
 * transaction commits, after those of earlier commits, in this order. Null for a change without events.
 */
export function announcement(changeSets: ChangeSet<object>[], at: Date): { query: Sql; count: number } | null {
  const events = eventsOf(changeSets, at);
  if (events.length === 0) return null;
  const payloads = JSON.stringify(events.map((event) => JSON.stringify(event)));
  return {
    query: sql`select count(pg_notify(${param(REGIME_EVENTS_CHANNEL)}, e.payload)) as n from json_array_elements_text(${param(payloads)}::json) with ordinality as e(payload, n)`,
    count: events.length,
  };
}
