import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Role } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { Trust } from '../trust/trust.entity';
import type { InformationRequest } from './information-request.entity';

/** One body's ask of a request, in its own words and with its own due date. */
@ObjectType('RequestAsker')
@Entity()
// One current ask per body per request, under concurrency too.
@Index({
  name: 'request_asker_one_current_per_body',
  expression: 'create unique index "request_asker_one_current_per_body" on "request_asker" ("request_id", "organisation") where "withdrawn_on" is null',
})
export class RequestAsker extends BaseEntity {
  [OptionalProps]?: 'withdrawnOn';

  @ManyToOne({ entity: 'InformationRequest', index: true })
  request!: InformationRequest;

  /** The request's trust, copied so that access rules need no join. */
  @ManyToOne(() => Trust, { index: true })
  trust!: Trust;

  @Field(() => Role) @Enum({ items: () => Role }) role!: Role;
  @Field(() => String) @Property({ type: 'string', length: 20 }) organisation!: string;
  @Field(() => DateScalar) @Property({ type: 'date' }) askedOn!: string;

  /** When it was asked, to list askers first asker first. */
  @Property({ type: 'datetime' })
  askedAt!: Date;

  @Field(() => String, { description: "The asker's own wording." })
  @Property({ type: 'string', length: 2_000 })
  question!: string;

  @Field(() => DateScalar) @Property({ type: 'date' }) dueOn!: string;

  @Property({ type: 'date', nullable: true })
  withdrawnOn: string | null = null;
}
