import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection, OversightBody, Rating, Sector, TrustType } from '../../common/enums';

@InputType('TrustFilter')
export class TrustFilter {
  @Field(() => Boolean, { nullable: true }) inSpecialMeasures?: boolean | null;
  @Field(() => TrustType, { nullable: true }) type?: TrustType | null;
  @Field(() => Sector, { nullable: true }) sector?: Sector | null;
  @Field(() => String, { nullable: true }) localSystemCode?: string | null;
  @Field(() => OversightBody, { nullable: true }) oversightBody?: OversightBody | null;
  @Field(() => Rating, { nullable: true }) currentRating?: Rating | null;
  @Field(() => String, { nullable: true }) nameContains?: string | null;
}

export enum TrustOrderField {
  NAME = 'NAME', ODS_CODE = 'ODS_CODE', CURRENT_RATING = 'CURRENT_RATING', REINSPECTION_DUE_ON = 'REINSPECTION_DUE_ON',
  CHIEF_EXECUTIVES_IN_LAST_12_MONTHS = 'CHIEF_EXECUTIVES_IN_LAST_12_MONTHS',
}
registerEnumType(TrustOrderField, {
  name: 'TrustOrderField',
  description: 'How trusts may be ordered; id breaks ties. A trust without the value (no published rating, not in special measures) comes last. '
    + 'CURRENT_RATING goes down the scale (OUTSTANDING first) when ASC.',
});

@InputType('TrustOrderBy')
export class TrustOrderBy {
  @Field(() => TrustOrderField) field!: TrustOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC }) direction?: OrderDirection | null;
}
