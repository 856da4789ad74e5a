import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { readableById } from '../../auth/access-filter';
import { Connection, PageArgs } from '../../common/pagination';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../auth/context';
import { askService } from './ask.service';
import { InformationRequest } from './information-request.entity';
import { AskInformationInput, InformationRequestFilter } from './information-request.inputs';
import { informationRequestService } from './information-request.service';
import { ReportingBurden } from './reporting-burden.type';

const InformationRequestConnection = Connection(InformationRequest, 'InformationRequestConnection');

@Resolver(() => InformationRequest)
export class InformationRequestResolver {
  @Query(() => InformationRequestConnection, { description: 'Ordered by dueOn, then id.' })
  informationRequests(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => InformationRequestFilter, { nullable: true }) filter: InformationRequestFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ) {
    return informationRequestService.list(ctx, filter, page);
  }

  @Query(() => InformationRequest, { nullable: true })
  informationRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return readableById(ctx.ability, InformationRequest, id);
  }

  @Query(() => [ReportingBurden], { description: 'Per trust, the asks made in the range and what the trust had to answer: heaviest burden first.' })
  reportingBurden(@Ctx() ctx: RequestContext, @Arg('from', () => DateScalar, { nullable: true }) from: string | null, @Arg('to', () => DateScalar, { nullable: true }) to: string | null) {
    return informationRequestService.reportingBurden(ctx, from, to);
  }

  @Mutation(() => InformationRequest, { description: 'Ask a trust for information. Joins the open or answered request with the same trust, topic and period if there is one.' })
  askInformation(@Ctx() ctx: RequestContext, @Arg('input', () => AskInformationInput) input: AskInformationInput) {
    return askService.ask(ctx, input);
  }

  @Mutation(() => InformationRequest)
  answerInformationRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('answer', () => String) answer: string, @Arg('version', () => Int) version: number) {
    return askService.answer(ctx, id, answer, version);
  }

  @Mutation(() => InformationRequest, { description: "Withdraw the calling body's own ask; the request is WITHDRAWN when no asker remains." })
  withdrawInformationAsk(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return askService.withdraw(ctx, id);
  }
}
