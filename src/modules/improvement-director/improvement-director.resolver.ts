import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { accessFilter } from '../../auth/access-filter';
import type { RequestContext } from '../../context';
import { RELATIONS } from '../../read/relations';
import { Trust } from '../trust/trust.entity';
import { DirectorAppointment } from './director-appointment.entity';
import { AppointImprovementDirectorInput } from './director-appointment.inputs';
import { directorAppointmentService } from './director-appointment.service';
import { ImprovementDirector } from './improvement-director.entity';

@Resolver(() => ImprovementDirector)
export class ImprovementDirectorResolver {
  @Query(() => [ImprovementDirector])
  improvementDirectors(@Ctx() ctx: RequestContext) {
    const where = accessFilter<ImprovementDirector>(ctx.ability, 'read', 'ImprovementDirector');
    return ctx.em.find(ImprovementDirector, where, { orderBy: { name: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [DirectorAppointment])
  appointments(@Root() director: ImprovementDirector, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.ImprovementDirector.appointments, director);
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

  @FieldResolver(() => ImprovementDirector)
  director(@Root() appointment: DirectorAppointment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.DirectorAppointment.director, appointment);
  }

  @FieldResolver(() => Trust, { nullable: true, description: 'Null where the caller may not read that trust.' })
  trust(@Root() appointment: DirectorAppointment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.related(RELATIONS.DirectorAppointment.trust, appointment);
  }
}
