import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../common/enums';
import { JSONScalar } from '../../common/scalars';

@ObjectType('Principal', { description: 'Who the caller is, as the verified token says.' })
export class PrincipalView {
  @Field(() => Role) role!: Role;
  @Field(() => String, { nullable: true, description: "CQC, MONITOR, TDA, a trust's ODS code, a commissioner's code or a director's code; null for PUBLIC." })
  organisation!: string | null;
  @Field(() => String, { nullable: true }) subject!: string | null;
}

@ObjectType('PermissionRule', { description: "One CASL rule of the caller's ability, for clients that adapt their UI." })
export class PermissionRule {
  @Field(() => String) action!: string;
  @Field(() => String) subject!: string;
  @Field(() => [String], { nullable: true }) fields!: string[] | null;
  @Field(() => JSONScalar, { nullable: true }) conditions!: unknown;
  @Field(() => Boolean) inverted!: boolean;
}

@ObjectType('AccessDecision')
export class AccessDecision {
  @Field(() => Boolean) allowed!: boolean;
  @Field(() => String, { description: 'Why: the rule or missing rule that decided, in words.' }) reason!: string;
}
