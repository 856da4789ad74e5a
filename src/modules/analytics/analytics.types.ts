import { Field, Float, Int, ObjectType } from 'type-graphql';
import { KeyQuestion } from '../../common/enums';
import { SpecialMeasuresEpisode } from '../special-measures/special-measures.entity';
import { Trust } from '../trust/trust.entity';

@ObjectType('KeyQuestionAgreement', { description: "How often the overall rating equals one key question's rating." })
export class KeyQuestionAgreement {
  @Field(() => KeyQuestion) keyQuestion!: KeyQuestion;
  @Field(() => Int) inspectionCount!: number;
  @Field(() => Int) matchingOverall!: number;
  @Field(() => Float, { description: 'matchingOverall / inspectionCount * 100, rounded half up to one decimal place; 0 when there are none.' })
  percentage!: number;
}

@ObjectType('SpecialMeasuresStatus', { description: 'One trust in special measures now.' })
export class SpecialMeasuresStatus {
  @Field(() => Trust) trust!: Trust;
  @Field(() => SpecialMeasuresEpisode) episode!: SpecialMeasuresEpisode;
  @Field(() => Int, { description: 'Whole months since placement.' }) monthsInSpecialMeasures!: number;
  @Field(() => Int, { description: 'Negative when re-inspection is overdue.' }) daysUntilReinspectionDue!: number;
}

@ObjectType('SpecialMeasuresYear')
export class SpecialMeasuresYear {
  @Field(() => Int) year!: number;
  @Field(() => Int) entered!: number;
  @Field(() => Int) exited!: number;
}
