import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { accessFilter } from '../../auth/access-filter';
import type { RequestContext } from '../../context';
import { RELATIONS } from '../../read/relations';
import { Commissioner } from '../commissioner/commissioner.entity';
import { Trust } from '../trust/trust.entity';
import { LocalSystem } from './local-system.entity';

@Resolver(() => LocalSystem)
export class LocalSystemResolver {
  @Query(() => [LocalSystem])
  localSystems(@Ctx() ctx: RequestContext) {
    return ctx.em.find(LocalSystem, accessFilter<LocalSystem>(ctx.ability, 'read', 'LocalSystem'), { orderBy: { name: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [Trust])
  trusts(@Root() system: LocalSystem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.LocalSystem.trusts, system);
  }

  @FieldResolver(() => [Commissioner])
  commissioners(@Root() system: LocalSystem, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.LocalSystem.commissioners, system);
  }
}
