import { Field, ID, InputType, Int } from 'type-graphql';
import { ActionStatus, KeyQuestion } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@InputType('AddPlanActionInput')
export class AddPlanActionInput {
  @Field(() => ID) trustId!: string;
  @Field(() => String) title!: string;
  @Field(() => KeyQuestion) keyQuestion!: KeyQuestion;
  @Field(() => DateScalar) dueOn!: string;
}

@InputType('UpdatePlanActionInput')
export class UpdatePlanActionInput {
  @Field(() => ID) actionId!: string;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => Int, { description: 'The version the caller last read; a stale one is refused with CONFLICT.' }) version!: number;
}

@InputType('PublishPlanUpdateInput')
export class PublishPlanUpdateInput {
  @Field(() => ID) trustId!: string;
  @Field(() => String) month!: string;
  @Field(() => String) summary!: string;
}
