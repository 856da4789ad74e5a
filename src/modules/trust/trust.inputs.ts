import { Field, InputType } from 'type-graphql';
import { OversightBody, Rating, Sector, TrustType } from '../../common/enums';

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
