import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../auth/context';
import { AccessDecision, PermissionRule, PrincipalView } from './access.types';
import { accessService } from './access.service';

@Resolver()
export class AccessResolver {
  @Query(() => PrincipalView)
  me(@Ctx() ctx: RequestContext) {
    return accessService.me(ctx);
  }

  @Query(() => [PermissionRule])
  myPermissions(@Ctx() ctx: RequestContext) {
    return accessService.permissions(ctx);
  }

  @Query(() => AccessDecision, { description: 'Explain whether the caller may do ACTION (read, create, update) to SUBJECT (a type name), or to one row of it.' })
  canI(@Ctx() ctx: RequestContext, @Arg('action', () => String) action: string, @Arg('subject', () => String) subject: string, @Arg('id', () => ID, { nullable: true }) id: string | null) {
    return accessService.canI(ctx, action, subject, id);
  }
}
