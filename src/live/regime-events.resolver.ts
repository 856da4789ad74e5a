import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../context';
import { Trust } from '../modules/trust/trust.entity';
import type { Delivery, EventFilter } from './live-updates';
import { RegimeEvent, RegimeEventKind } from './regime-event';

/** The context a subscription starts in (src/live/websocket.ts): its connection's way to subscribe. */
export interface SubscriptionContext {
  subscribe(filter: EventFilter): AsyncIterableIterator<Delivery>;
}

/** The event's trust as the subscriber may read it: null where it may not. */
export function trustOf(ctx: RequestContext, event: RegimeEvent): Promise<Trust | null> | null {
  return event.trustId ? ctx.loaders.readable(Trust, event.trustId) : null;
}

@Resolver(() => RegimeEvent)
export class RegimeEventsResolver {
  @Subscription(() => RegimeEvent, {
    description: 'Changes the caller may read, as each is committed, from any server process. Filtered by the same rules as every read.',
    subscribe: ({ args, context }) => (context as SubscriptionContext).subscribe(args as EventFilter),
  })
  regimeEvents(
    @Root() event: RegimeEvent,
    @Arg('trustId', () => ID, { nullable: true }) _trustId: string | null,
    @Arg('kinds', () => [RegimeEventKind], { nullable: true }) _kinds: RegimeEventKind[] | null,
  ): RegimeEvent {
    return event;
  }

  @FieldResolver(() => Trust, { nullable: true, description: 'Null where the caller may not read the trust.' })
  trust(@Root() event: RegimeEvent, @Ctx() ctx: RequestContext) {
    return trustOf(ctx, event);
  }
}
