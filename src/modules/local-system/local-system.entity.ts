import { Collection, Entity, OneToMany } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { ReferenceEntity } from '../../common/reference.entity';
import { Commissioner } from '../commissioner/commissioner.entity';
import { Trust } from '../trust/trust.entity';

@ObjectType('LocalSystem')
@Entity()
export class LocalSystem extends ReferenceEntity {
  @OneToMany(() => Trust, (trust) => trust.localSystem)
  trusts = new Collection<Trust>(this);

  @OneToMany(() => Commissioner, (commissioner) => commissioner.localSystem)
  commissioners = new Collection<Commissioner>(this);
}
