import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { accessFilter } from '../../auth/access-filter';
import type { RequestContext } from '../../context';
import { Trust } from '../trust/trust.entity';
import { DirectorAppointment } from './director-appointment.entity';
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
    return ctx.loaders.children(DirectorAppointment, 'director', director.id, { orderBy: { startsOn: 'desc', id: 'asc' } });
  }
}

@Resolver(() => DirectorAppointment)
export class DirectorAppointmentResolver {
  @FieldResolver(() => ImprovementDirector)
  director(@Root() appointment: DirectorAppointment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.readable(ImprovementDirector, appointment.director.id);
  }

  @FieldResolver(() => Trust, { nullable: true, description: 'Null where the caller may not read that trust.' })
  trust(@Root() appointment: DirectorAppointment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.readable(Trust, appointment.trust.id);
  }
}
