import { Ctx, Query, Resolver } from 'type-graphql';
import { accessFilter } from '../../auth/access-filter';
import { list } from '../rows';
import type { RequestContext } from '../../auth/context';
import { LIST_BOUNDS } from '../../limits/query-limits';
import { LocalSystem } from './local-system.entity';

@Resolver(() => LocalSystem)
export class LocalSystemResolver {
  @Query(() => [LocalSystem])
  localSystems(@Ctx() ctx: RequestContext) {
    return list(LocalSystem, accessFilter(ctx.ability, 'read', 'LocalSystem'), { name: 'asc', id: 'asc' }, LIST_BOUNDS['Query.localSystems']);
  }
}
