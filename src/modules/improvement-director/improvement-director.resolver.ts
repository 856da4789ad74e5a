import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { accessFilter } from '../../auth/access-filter';
import { list } from '../rows';
import { DateScalar } from '../../common/scalars';
import type { RequestContext } from '../../auth/context';
import { LIST_BOUNDS } from '../../limits/query-limits';
import { DirectorAppointment } from './director-appointment.entity';
import { AppointImprovementDirectorInput } from './director-appointment.inputs';
import { directorAppointmentService } from './director-appointment.service';
import { ImprovementDirector } from './improvement-director.entity';

@Resolver(() => ImprovementDirector)
export class ImprovementDirectorResolver {
  @Query(() => [ImprovementDirector])
  improvementDirectors(@Ctx() ctx: RequestContext) {
    const where = accessFilter(ctx.ability, 'read', 'ImprovementDirector');
    return list(ImprovementDirector, where, { name: 'asc', id: 'asc' }, LIST_BOUNDS['Query.improvementDirectors']);
  }
}

@Resolver(() => DirectorAppointment)
export class DirectorAppointmentResolver {
  @Mutation(() => DirectorAppointment)
  appointImprovementDirector(@Ctx() ctx: RequestContext, @Arg('input', () => AppointImprovementDirectorInput) input: AppointImprovementDirectorInput) {
    return directorAppointmentService.appoint(ctx, input);
  }

  @Mutation(() => DirectorAppointment)
  endDirectorAppointment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('endsOn', () => DateScalar) endsOn: string) {
    return directorAppointmentService.end(ctx, id, endsOn);
  }
}
