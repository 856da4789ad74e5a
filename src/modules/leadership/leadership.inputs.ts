import { Field, ID, InputType } from 'type-graphql';
import { LeadershipRole, ReviewOutcome, ReviewScope } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@InputType('RecordLeadershipReviewInput')
export class RecordLeadershipReviewInput {
  @Field(() => ID) trustId!: string;
  @Field(() => DateScalar) reviewedOn!: string;
  @Field(() => ReviewScope) scope!: ReviewScope;
  @Field(() => ReviewOutcome) outcome!: ReviewOutcome;
  @Field(() => String) findings!: string;
}

@InputType('RecordLeadershipChangeInput')
export class RecordLeadershipChangeInput {
  @Field(() => ID) trustId!: string;
  @Field(() => LeadershipRole) role!: LeadershipRole;
  @Field(() => String) name!: string;
  @Field(() => DateScalar) startedOn!: string;
  @Field(() => Boolean, { nullable: true }) interim?: boolean | null;
}
