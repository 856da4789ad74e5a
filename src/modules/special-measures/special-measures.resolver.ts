import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../auth/context';
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
}
