import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs } from '../../common/pagination';
import type { RequestContext } from '../../auth/context';
import { AuditEvent } from './audit-event.entity';
import { AuditFilter } from './audit.inputs';
import { auditService } from './audit.service';

const AuditEventConnection = Connection(AuditEvent, 'AuditEventConnection');

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: 'Newest first.' })
  auditEvents(@Ctx() ctx: RequestContext, @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null, @Args(() => PageArgs) page: PageArgs) {
    return auditService.list(ctx, filter, page);
  }
}
