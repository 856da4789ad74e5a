import { Collection, Entity, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Commissioner } from '../commissioner/commissioner.entity';
import { Trust } from '../trust/trust.entity';

@ObjectType('LocalSystem')
@Entity()
export class LocalSystem extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @OneToMany(() => Trust, (trust) => trust.localSystem)
  trusts = new Collection<Trust>(this);

  @OneToMany(() => Commissioner, (commissioner) => commissioner.localSystem)
  commissioners = new Collection<Commissioner>(this);
}
