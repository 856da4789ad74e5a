import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { RELATIONS } from '../../read/relations';
import { LocalSystem } from '../local-system/local-system.entity';
import { Commissioner } from './commissioner.entity';

@Resolver(() => Commissioner)
export class CommissionerResolver {
  @FieldResolver(() => LocalSystem)
  localSystem(@Root() commissioner: Commissioner, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Commissioner.localSystem, commissioner);
  }
}
