import type { MikroORM } from '@mikro-orm/postgresql';
import type WebSocket from 'ws';
import { createRequestContext } from '../auth/request-context';
import type { Principal } from '../auth/principal';
import type { TokenClaims } from '../auth/token-claims';
import type { LiveLimits } from '../config';
import type { RequestContext } from '../auth/context';
import type { Logger } from '../observability';
import { DeliveryQueue } from './delivery-queue';
import { changeEventSchema, RegimeEvent, type RegimeEventKind } from './regime-event';
import { whoMayRead } from './who-may-read';

/** One WebSocket connection: who it is (its verified token's claims, null for PUBLIC) and its socket. */
export interface LiveSession {
  claims: TokenClaims | null;
  principal: Principal;
  socket: WebSocket;
}

export interface EventFilter {
  trustId?: string | null;
  kinds?: RegimeEventKind[] | null;
}

/** An event for one subscriber, with the context its selection is resolved in. */
export interface Delivery {
  event: RegimeEvent;
  context: RequestContext;
}

interface Subscriber {
  session: LiveSession;
  trustId: string | null;
  kinds: Set<RegimeEventKind> | null;
  queue: DeliveryQueue<Delivery>;
}

/** WebSocket close code for a consumer that fell too far behind (policy violation): it reconnects and catches up. */
export const SLOW_CONSUMER_CLOSE_CODE = 1008;

const accessKey = ({ session: { claims } }: Subscriber) => (claims ? `${claims.role}\u0000${claims.org}` : 'PUBLIC');

function byAccess(subscribers: Subscriber[]): Subscriber[][] {
  const groups = new Map<string, Subscriber[]>();
  for (const subscriber of subscribers) {
    const key = accessKey(subscriber);
    const group = groups.get(key);
    if (group) group.push(subscriber);
    else groups.set(key, [subscriber]);
  }
  return [...groups.values()];
}

/**
 * The subscriptions of one server process, and the delivery of each committed change to those
 * that may read it. Events are handled one after the other, in the order PostgreSQL sent them
 * (commit order), so every subscriber receives them in that order.
 */
export class LiveUpdates {
  private readonly subscribers = new Set<Subscriber>();
  private delivered: Promise<void> = Promise.resolve();

  constructor(private readonly orm: MikroORM, private readonly limits: LiveLimits, private readonly logger: Logger) {}

  subscribe(session: LiveSession, filter: EventFilter): AsyncIterableIterator<Delivery> {
    const subscriber: Subscriber = {
      session,
      trustId: filter.trustId ?? null,
      kinds: filter.kinds ? new Set(filter.kinds) : null,
      queue: new DeliveryQueue(() => this.subscribers.delete(subscriber)),
    };
    this.subscribers.add(subscriber);
    return subscriber.queue;
  }

  /** A NOTIFY payload from the listener. */
  receive(payload: string): void {
    let event: RegimeEvent;
    try {
      event = RegimeEvent.of(changeEventSchema.parse(JSON.parse(payload)));
    } catch {
      return void this.logger.warn({ event: 'live event unreadable' }, 'live updates: a notification that is no regime event was ignored');
    }
    this.delivered = this.delivered.then(() => this.deliver(event)).catch((error: unknown) => {
      this.logger.warn({ event: 'live event undelivered', err: error, kind: event.kind, subjectId: event.subjectId }, 'live updates: an event could not be delivered');
    });
  }

  private wants(subscriber: Subscriber, event: RegimeEvent): boolean {
    if (subscriber.session.socket.readyState !== subscriber.session.socket.OPEN) return false;
    if (subscriber.kinds && !subscriber.kinds.has(event.kind)) return false;
    return subscriber.trustId === null || subscriber.trustId === event.trustId;
  }

  /** Each access (role and organisation) among the subscribers is decided once: its context, and one statement for all of them. */
  private async deliver(event: RegimeEvent): Promise<void> {
    const groups = byAccess([...this.subscribers].filter((subscriber) => this.wants(subscriber, event)));
    const accesses = (await Promise.all(groups.map(async (members) => ({ members, context: await this.contextOf(members[0]) }))))
      .filter((access): access is { members: Subscriber[]; context: RequestContext } => access.context !== null);
    if (accesses.length === 0) return;
    const readable = await whoMayRead(this.orm, event, accesses.map((access) => access.context));
    accesses.forEach(({ members, context }, i) => {
      if (!readable[i].subject) return;
      for (const subscriber of members) {
        // A filter naming a trust the caller cannot read matches nothing, as in every list.
        if (subscriber.trustId !== null && !readable[i].trust) continue;
        if (this.fellBehind(subscriber)) continue;
        subscriber.queue.push({ event, context: { ...context, principal: subscriber.session.principal } });
      }
    });
  }

  /** The subscriber's access as of now (cached a few seconds, as a request's is); null, and the event not theirs, when it cannot be read. */
  private async contextOf({ session }: Subscriber): Promise<RequestContext | null> {
    try {
      return await createRequestContext(this.orm, session.claims);
    } catch (error) {
      this.logger.warn({ event: 'live access unreadable', err: error, role: session.principal.role, organisation: session.principal.organisation },
        'live updates: a subscriber\'s access could not be read; the event was not delivered to it');
      return null;
    }
  }

  /** A consumer that does not keep up is dropped (its connection closed), never buffered for without bound. */
  private fellBehind({ session, queue }: Subscriber): boolean {
    const { maxBufferedBytes, maxPendingEvents } = this.limits;
    const unsent = session.socket.bufferedAmount;
    if (unsent <= maxBufferedBytes && queue.length < maxPendingEvents) return false;
    this.logger.warn({ event: 'live consumer dropped', unsentBytes: unsent, pendingEvents: queue.length }, 'live updates: a connection that fell behind was closed');
    session.socket.close(SLOW_CONSUMER_CLOSE_CODE, `too slow: more than ${maxPendingEvents} events or ${maxBufferedBytes} bytes waiting to be sent`);
    queue.end();
    return true;
  }
}
