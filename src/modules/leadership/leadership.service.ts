import { today } from '../../clock';
import type { LeadershipRole } from '../../common/enums';
import type { RequestContext } from '../../context';
import { LeadershipTenure } from './leadership-tenure.entity';

export const leadershipService = {
  /** A trust's leaders, newest first: of one role if given; in post today (current) or not. */
  leadersOf(ctx: RequestContext, trustId: string, role: LeadershipRole | null, current: boolean | null): Promise<LeadershipTenure[]> {
    const inPost = { startedOn: { $lte: today() }, $or: [{ endedOn: null }, { endedOn: { $gte: today() } }] };
    const where = { ...(role ? { role } : {}), ...(current === true ? inPost : {}), ...(current === false ? { $not: inPost } : {}) };
    return ctx.loaders.children(LeadershipTenure, 'trust', trustId, { orderBy: { startedOn: 'desc', id: 'asc' }, where });
  },
};
