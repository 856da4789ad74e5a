import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';

@InputType('AppointImprovementDirectorInput')
export class AppointImprovementDirectorInput {
  @Field(() => ID) directorId!: string;
  @Field(() => ID) trustId!: string;
  @Field(() => DateScalar) startsOn!: string;
}
