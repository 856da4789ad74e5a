import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LocalSystem } from '../local-system/local-system.entity';

@ObjectType('Commissioner')
@Entity()
export class Commissioner extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => LocalSystem, { index: true })
  localSystem!: LocalSystem;
}
