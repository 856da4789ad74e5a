import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { OversightBody } from '../../common/enums';

@ObjectType('ImprovementDirector')
@Entity()
export class ImprovementDirector extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => OversightBody)
  @Enum({ items: () => OversightBody })
  accountableTo!: OversightBody;
}
