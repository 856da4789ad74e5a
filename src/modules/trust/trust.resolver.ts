import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LeadershipRole, RequestStatus } from '../../common/enums';
import { Connection, PageArgs } from '../../common/pagination';
import type { RequestContext } from '../../context';
import { RELATIONS } from '../../read/relations';
import {
  BuddyContract, DirectorAppointment, ImprovementPlan, InformationRequest, Inspection, LeadershipReview, LeadershipTenure,
  LocalSystem, SpecialMeasuresEpisode,
} from '../entities';
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
    return ctx.loaders.related(RELATIONS.Trust.localSystem, trust);
  }

  @FieldResolver(() => [Inspection])
  inspections(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Trust.inspections, trust);
  }

  @FieldResolver(() => [SpecialMeasuresEpisode])
  specialMeasuresEpisodes(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Trust.specialMeasuresEpisodes, trust);
  }

  @FieldResolver(() => [BuddyContract], { description: 'Contracts in which this trust is the one supported.' })
  buddyContracts(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Trust.buddyContracts, trust);
  }

  @FieldResolver(() => [BuddyContract], { description: 'Contracts in which this trust is the buddy (partner) giving support.' })
  partnerContracts(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Trust.partnerContracts, trust);
  }

  @FieldResolver(() => [DirectorAppointment], { description: 'Improvement director appointments in this trust, newest first.' })
  directorAppointments(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Trust.directorAppointments, trust);
  }

  @FieldResolver(() => [LeadershipReview])
  leadershipReviews(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Trust.leadershipReviews, trust);
  }

  @FieldResolver(() => [LeadershipTenure])
  leaders(
    @Root() trust: Trust,
    @Ctx() ctx: RequestContext,
    @Arg('role', () => LeadershipRole, { nullable: true }) role: LeadershipRole | null,
    @Arg('current', () => Boolean, { nullable: true }) current: boolean | null,
  ) {
    return ctx.loaders.related(RELATIONS.Trust.leaders, trust, { role, current });
  }

  @FieldResolver(() => ImprovementPlan, { nullable: true })
  improvementPlan(@Root() trust: Trust, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.Trust.improvementPlan, trust);
  }

  @FieldResolver(() => [InformationRequest], { description: 'Information requests put to this trust, by due date.' })
  informationRequests(@Root() trust: Trust, @Ctx() ctx: RequestContext, @Arg('status', () => RequestStatus, { nullable: true }) status: RequestStatus | null) {
    return ctx.loaders.related(RELATIONS.Trust.informationRequests, trust, { status });
  }
}
