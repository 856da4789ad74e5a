import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LeadershipRole, RequestStatus } from '../../common/enums';
import { Connection, PageArgs } from '../../common/pagination';
import type { RequestContext } from '../../context';
import {
  BuddyContract, DirectorAppointment, ImprovementPlan, InformationRequest, Inspection, LeadershipReview, LeadershipTenure,
  LocalSystem, SpecialMeasuresEpisode,
} from '../entities';
import { leadershipService } from '../leadership/leadership.service';
import { Trust } from './trust.entity';
import { TrustFilter } from './trust.inputs';
import { trustService } from './trust.service';

const TrustConnection = Connection(Trust, 'TrustConnection');

@Resolver(() => Trust)
export class TrustResolver {
  @Query(() => TrustConnection, { description: 'Ordered by name, then id. first: 1 to 500, default 50.' })
  trusts(@Ctx() ctx: RequestContext, @Arg('filter', () => TrustFilter, { nullable: true }) filter: TrustFilter | null, @Args(() => PageArgs) page: PageArgs) {
    return trustService.list(ctx, filter, page.first, page.after);
  }

  @Query(() => Trust, { nullable: true, description: 'Exactly one of id and odsCode.' })
  trust(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { nullable: true }) id: string | null, @Arg('odsCode', () => String, { nullable: true }) odsCode: string | null) {
    return trustService.find(ctx, id, odsCode);
  }

  @FieldResolver(() => LocalSystem)
  localSystem(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.readable(LocalSystem, trust.localSystem.id);
  }

  @FieldResolver(() => [Inspection])
  inspections(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(Inspection, 'trust', trust.id, { orderBy: { inspectedOn: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => [SpecialMeasuresEpisode])
  specialMeasuresEpisodes(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(SpecialMeasuresEpisode, 'trust', trust.id, { orderBy: { placedOn: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => [BuddyContract], { description: 'Contracts in which this trust is the one supported.' })
  buddyContracts(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(BuddyContract, 'supportedTrust', trust.id, { orderBy: { reference: 'asc' } });
  }

  @FieldResolver(() => [BuddyContract], { description: 'Contracts in which this trust is the buddy (partner) giving support.' })
  partnerContracts(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(BuddyContract, 'partnerTrust', trust.id, { orderBy: { reference: 'asc' } });
  }

  @FieldResolver(() => [DirectorAppointment], { description: 'Improvement director appointments in this trust, newest first.' })
  directorAppointments(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(DirectorAppointment, 'trust', trust.id, { orderBy: { startsOn: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => [LeadershipReview])
  leadershipReviews(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.children(LeadershipReview, 'trust', trust.id, { orderBy: { reviewedOn: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => [LeadershipTenure])
  leaders(
    @Root() trust: Trust,
    @Ctx() ctx: RequestContext,
    @Arg('role', () => LeadershipRole, { nullable: true }) role: LeadershipRole | null,
    @Arg('current', () => Boolean, { nullable: true }) current: boolean | null,
  ) {
    return leadershipService.leadersOf(ctx, trust.id, role, current);
  }

  @FieldResolver(() => ImprovementPlan, { nullable: true })
  async improvementPlan(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    const [plan] = await ctx.loaders.children(ImprovementPlan, 'trust', trust.id, { orderBy: { id: 'asc' } });
    return plan ?? null;
  }

  @FieldResolver(() => [InformationRequest], { description: 'Information requests put to this trust, by due date.' })
  informationRequests(@Root() trust: Trust, @Ctx() ctx: RequestContext, @Arg('status', () => RequestStatus, { nullable: true }) status: RequestStatus | null) {
    return ctx.loaders.children(InformationRequest, 'trust', trust.id, { orderBy: { dueOn: 'asc', id: 'asc' }, where: status ? { status } : {} });
  }
}
