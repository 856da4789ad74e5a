import { print, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Resolver, Root, Subscription } from 'type-graphql';
import { rows, type Rows } from '../modules/rows';
import type { RequestContext } from '../auth/context';
import { param, sql } from '../db/sql/sql';
import { Trust } from '../modules/trust/trust.entity';
import { accessDigest, readForExecutor } from '../read/engine';
import type { Delivery, EventFilter } from './live-updates';
import { RegimeEvent, RegimeEventKind } from './regime-event';

/** The context a subscription starts in (src/live/websocket.ts): its connection's way to subscribe. */
export interface SubscriptionContext {
  subscribe(filter: EventFilter): AsyncIterableIterator<Delivery>;
}

/** An event as a row the read engine reads: its fields from the event, its trust read as the subscriber may (null where it may not). */
function eventRow(event: RegimeEvent): Rows {
  return rows({
    kind: 'derived', typeName: 'RegimeEvent', limit: 1, single: true,
    sql: sql`select ${param(event.kind)}::text as kind, ${param(event.at.toISOString())}::timestamptz as at, ${param(event.subjectType)}::text as subject_type,
      ${param(event.subjectId)}::text as subject_id, ${param(event.trustId)}::uuid as trust_id, 1 as n`,
    columns: { kind: 'kind', at: 'at', subjectType: 'subject_type', subjectId: 'subject_id' },
    relations: { trust: { kind: 'one', target: () => Trust, key: 'trust_id', nullable: true } },
  });
}

/** Each event's answers, by reader and selection: subscribers of the same access and query share one read. */
const answers = new WeakMap<RegimeEvent, Map<string, Promise<unknown>>>();

function answerOf(event: RegimeEvent, ctx: RequestContext, info: GraphQLResolveInfo): Promise<unknown> {
  let byReader = answers.get(event);
  if (!byReader) answers.set(event, (byReader = new Map()));
  const key = [accessDigest(ctx), print(info.operation), JSON.stringify(info.variableValues)].join('\u0000');
  let answer = byReader.get(key);
  if (!answer) byReader.set(key, (answer = readForExecutor(ctx, info, eventRow(event))));
  return answer;
}

@Resolver(() => RegimeEvent)
export class RegimeEventsResolver {
  @Subscription(() => RegimeEvent, {
    description: 'Changes the caller may read, as each is committed, from any server process. Filtered by the same rules as every read.',
    subscribe: ({ args, context }) => (context as SubscriptionContext).subscribe(args as EventFilter),
  })
  regimeEvents(
    @Root() event: RegimeEvent,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('trustId', () => ID, { nullable: true }) _trustId: string | null,
    @Arg('kinds', () => [RegimeEventKind], { nullable: true }) _kinds: RegimeEventKind[] | null,
  ): Promise<unknown> {
    return answerOf(event, ctx, info);
  }
}
