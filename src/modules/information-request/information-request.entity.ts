import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { RequestStatus, RequestTopic } from '../../common/enums';
import { DateScalar } from '../../common/scalars';
import { today } from '../../clock';
import { DerivedFormula } from '../../common/derived';
import { param, sql } from '../../db/sql/sql';
import { Trust } from '../trust/trust.entity';

@ObjectType('InformationRequest', {
  description: 'One question put to a trust. Bodies that ask the same trust about the same topic and period share one request, and the trust answers it once.',
})
@Entity()
// One live request per trust, topic and period, under concurrency too; a withdrawn one makes way for a new ask.
@Index({
  name: 'information_request_one_live_per_subject',
  expression: `create unique index "information_request_one_live_per_subject" on "information_request" ("trust_id", "topic", "period") where "status" <> 'WITHDRAWN'`,
})
export class InformationRequest extends BaseEntity {
  [OptionalProps]?: 'status' | 'answer' | 'answeredOn' | 'overdue' | 'version';

  @ManyToOne(() => Trust, { index: true })
  trust!: Trust;

  @Field(() => RequestTopic) @Enum({ items: () => RequestTopic }) topic!: RequestTopic;

  @Field(() => String, { description: 'The month the information covers, YYYY-MM.' })
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Field(() => DateScalar, { description: 'The earliest due date of its current askers.' })
  @Property({ type: 'date', index: true })
  dueOn!: string;

  @Field(() => RequestStatus)
  @Enum({ items: () => RequestStatus, default: RequestStatus.OPEN })
  status: RequestStatus = RequestStatus.OPEN;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20_000, nullable: true })
  answer: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  answeredOn: string | null = null;

  @Field(() => Boolean, { description: 'True when OPEN and dueOn is before today.' })
  @DerivedFormula((r) => sql`(${r.column('status')} = 'OPEN' and ${r.column('due_on')} < ${param(today())}::date)`, 'boolean')
  overdue!: boolean;

  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: number;
}
