import { Entity, Enum } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { ReferenceEntity } from '../../common/reference.entity';
import { OversightBody } from '../../common/enums';

@ObjectType('ImprovementDirector')
@Entity()
export class ImprovementDirector extends ReferenceEntity {
  @Field(() => OversightBody)
  @Enum({ items: () => OversightBody })
  accountableTo!: OversightBody;
}
