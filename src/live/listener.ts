import { Client } from 'pg';
import { CONNECT_TIMEOUT_MS } from '../db/database';
import type { Logger } from '../observability';
import { REGIME_EVENTS_CHANNEL } from './announce';

/** How the listening connection names itself in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'oversight-live-listener';
const FIRST_RETRY_MS = 100;
const LONGEST_RETRY_MS = 5_000;

export interface ChangeListener {
  /** Resolves once the first LISTEN is in place, or its first attempt failed (it then keeps trying). */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * The process's one LISTEN connection, outside the pool (a pooled connection would be handed to
 * others). A lost connection (PostgreSQL restarted, the backend terminated) is replaced at once,
 * then after longer and longer waits: whatever was committed in between is not delivered.
 */
export function listenForChanges(url: string, onPayload: (payload: string) => void, logger: Logger): ChangeListener {
  let current: Client | undefined;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const lost = (client: Client, error?: Error) => {
    if (closed || client !== current) return;
    current = undefined;
    client.end().catch(() => {});
    const wait = failures === 0 ? 0 : Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), LONGEST_RETRY_MS);
    failures += 1;
    logger.warn({ event: 'live listener lost', cause: (error as { code?: string } | undefined)?.code ?? error?.message, retryInMs: wait },
      'live updates: the LISTEN connection was lost; changes committed until it is back are not delivered');
    retry = setTimeout(() => void connect(), wait);
  };

  const connect = async (): Promise<void> => {
    // Timed out, so that a PostgreSQL that accepts and never answers costs a retry, not a start that hangs.
    const client = new Client({ connectionString: url, application_name: LISTENER_APPLICATION_NAME, keepAlive: true, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: CONNECT_TIMEOUT_MS });
    current = client;
    client.on('notification', (message) => {
      if (message.channel === REGIME_EVENTS_CHANNEL && message.payload) onPayload(message.payload);
    });
    client.on('error', (error) => lost(client, error));
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`listen ${REGIME_EVENTS_CHANNEL}`);
      if (closed) return void client.end().catch(() => {});
      if (failures > 0) logger.info({ event: 'live listener back', after: failures }, 'live updates: listening again');
      failures = 0;
    } catch (error) {
      lost(client, error as Error);
    }
  };

  return {
    ready: connect(),
    async close() {
      closed = true;
      clearTimeout(retry);
      await current?.end().catch(() => {});
      current = undefined;
    },
  };
}
