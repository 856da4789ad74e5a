import { Entity, ManyToOne } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { ReferenceEntity } from '../../common/reference.entity';
import { LocalSystem } from '../local-system/local-system.entity';

@ObjectType('Commissioner')
@Entity()
export class Commissioner extends ReferenceEntity {
  @ManyToOne(() => LocalSystem, { index: true })
  localSystem!: LocalSystem;
}
