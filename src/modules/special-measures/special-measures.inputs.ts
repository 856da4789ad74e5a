import { Field, ID, InputType } from 'type-graphql';
import { ExitType } from '../../common/enums';
import { DateScalar } from '../../common/scalars';

@InputType('PlaceInSpecialMeasuresInput')
export class PlaceInSpecialMeasuresInput {
  @Field(() => ID) trustId!: string;
  @Field(() => DateScalar) placedOn!: string;
  @Field(() => String) reason!: string;
  @Field(() => ID, { nullable: true }) entryInspectionId?: string | null;
}

@InputType('ExitSpecialMeasuresInput')
export class ExitSpecialMeasuresInput {
  @Field(() => ID) episodeId!: string;
  @Field(() => DateScalar) exitedOn!: string;
  @Field(() => ID) exitInspectionId!: string;
  @Field(() => ExitType) exitType!: ExitType;
}
