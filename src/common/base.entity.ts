import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node';

@ObjectType({ implements: Node }) // not in the schema: no field returns it; its fields and interface are inherited
@Entity({ abstract: true })
export abstract class BaseEntity implements Node {
  // Made here, not by the database: a new row's id is known before it is inserted, so the audit
  // subscriber can name it within the same flush.
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}
