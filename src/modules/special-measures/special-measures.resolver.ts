import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { RELATIONS } from '../../read/relations';
import { Inspection } from '../inspection/inspection.entity';
import { Trust } from '../trust/trust.entity';
import { SpecialMeasuresEpisode } from './special-measures.entity';
import { ExitSpecialMeasuresInput, PlaceInSpecialMeasuresInput } from './special-measures.inputs';
import { specialMeasuresService } from './special-measures.service';

@Resolver(() => SpecialMeasuresEpisode)
export class SpecialMeasuresResolver {
  @Mutation(() => SpecialMeasuresEpisode)
  placeInSpecialMeasures(@Ctx() ctx: RequestContext, @Arg('input', () => PlaceInSpecialMeasuresInput) input: PlaceInSpecialMeasuresInput) {
    return specialMeasuresService.place(ctx, input);
  }

  @Mutation(() => SpecialMeasuresEpisode)
  extendSpecialMeasures(@Ctx() ctx: RequestContext, @Arg('episodeId', () => ID) episodeId: string) {
    return specialMeasuresService.extend(ctx, episodeId);
  }

  @Mutation(() => SpecialMeasuresEpisode)
  exitSpecialMeasures(@Ctx() ctx: RequestContext, @Arg('input', () => ExitSpecialMeasuresInput) input: ExitSpecialMeasuresInput) {
    return specialMeasuresService.exit(ctx, input);
  }

  @FieldResolver(() => Trust)
  trust(@Root() episode: SpecialMeasuresEpisode, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.SpecialMeasuresEpisode.trust, episode);
  }

  @FieldResolver(() => Inspection, { nullable: true })
  entryInspection(@Root() episode: SpecialMeasuresEpisode, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.SpecialMeasuresEpisode.entryInspection, episode);
  }

  @FieldResolver(() => Inspection, { nullable: true })
  exitInspection(@Root() episode: SpecialMeasuresEpisode, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.SpecialMeasuresEpisode.exitInspection, episode);
  }
}
