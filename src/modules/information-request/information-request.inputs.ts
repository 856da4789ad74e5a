import { Field, ID, InputType } from 'type-graphql';
import { RequestStatus, RequestTopic } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@InputType('AskInformationInput')
export class AskInformationInput {
  @Field(() => ID) trustId!: string;
  @Field(() => RequestTopic) topic!: RequestTopic;
  @Field(() => String) period!: string;
  @Field(() => String) question!: string;
  @Field(() => DateScalar) dueOn!: string;
}

@InputType('InformationRequestFilter')
export class InformationRequestFilter {
  @Field(() => ID, { nullable: true }) trustId?: string | null;
  @Field(() => RequestTopic, { nullable: true }) topic?: RequestTopic | null;
  @Field(() => RequestStatus, { nullable: true }) status?: RequestStatus | null;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Requests the calling body is among the askers of.' }) mine?: boolean | null;
}
