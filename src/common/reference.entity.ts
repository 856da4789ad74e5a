import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';

/** A row known by a unique code and a name: local systems, commissioners, improvement directors. */
@ObjectType() // not in the schema itself: its subclasses inherit its fields
@Entity({ abstract: true })
export abstract class ReferenceEntity extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;
}
