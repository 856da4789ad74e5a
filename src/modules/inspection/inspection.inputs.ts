import { Field, ID, InputType } from 'type-graphql';
import { InspectionRecommendation, Rating } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@InputType('RecordInspectionInput')
export class RecordInspectionInput {
  @Field(() => ID) trustId!: string;
  @Field(() => DateScalar) inspectedOn!: string;
  @Field(() => DateScalar, { nullable: true }) publishedOn?: string | null;
  @Field(() => Rating) overall!: Rating;
  @Field(() => Rating) safe!: Rating;
  @Field(() => Rating) effective!: Rating;
  @Field(() => Rating) caring!: Rating;
  @Field(() => Rating) responsive!: Rating;
  @Field(() => Rating) wellLed!: Rating;
  @Field(() => InspectionRecommendation) recommendation!: InspectionRecommendation;
  @Field(() => String, { nullable: true }) summary?: string | null;
}
