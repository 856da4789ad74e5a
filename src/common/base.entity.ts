import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType() // not in the schema: no field returns it; its fields are inherited
@Entity({ abstract: true })
export abstract class BaseEntity {
  // Made here, not by the database: a new row's id is known before it is inserted, so the audit
  // subscriber can name it within the same flush.
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}
