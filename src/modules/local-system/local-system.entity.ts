import { Entity } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { ReferenceEntity } from '../../common/reference.entity';

@ObjectType('LocalSystem')
@Entity()
export class LocalSystem extends ReferenceEntity {}
