import { Field, InputType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';

@InputType('AuditFilter')
export class AuditFilter {
  @Field(() => String, { nullable: true }) entity?: string | null;
  @Field(() => String, { nullable: true }) entityId?: string | null;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) since?: Date | null;
}
