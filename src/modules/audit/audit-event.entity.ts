import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Role } from '../../common/enums';
import { Derived } from '../../common/derived';
import { DateTimeScalar, JSONScalar } from '../../common/scalars';
import { visibleChanges } from './audit-changes';
import { Trust } from '../trust/trust.entity';

/**
 * Who changed what, when. Written in the change's own transaction; the database refuses updates and
 * deletes, and each event's hash chains it to the one before (audit-chain.ts).
 */
@ObjectType('AuditEvent')
@Entity()
@Index({ properties: ['entity', 'entityId'] })
export class AuditEvent extends BaseEntity {
  [OptionalProps]?: 'seq';

  /** Position in the chain, given by the database in insert order. */
  @Property({ type: 'bigint', generated: 'by default as identity', autoincrement: true, unique: true })
  seq!: string;

  @Field(() => DateTimeScalar) @Property({ type: 'datetime', index: true }) at!: Date;
  @Field(() => String) @Property({ type: 'string', length: 200 }) subject!: string;
  @Field(() => Role) @Enum({ items: () => Role }) role!: Role;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  organisation: string | null = null;

  @Field(() => String, { description: "The mutation's name." })
  @Property({ type: 'string', length: 100 })
  action!: string;

  @Field(() => String, { description: 'The GraphQL type name of the changed row.' })
  @Property({ type: 'string', length: 100 })
  entity!: string;

  @Field(() => String) @Property({ type: 'string', length: 40 }) entityId!: string;

  /** The trust the changed row belongs to, if any: a trust reads the events about its own rows. */
  @ManyToOne(() => Trust, { nullable: true, index: true })
  trust: Trust | null = null;

  /** The partner trust of the contract the changed row belongs to (the contract, its outcomes, payments and claims): it reads those events too. */
  @ManyToOne(() => Trust, { nullable: true, index: true })
  partnerTrust: Trust | null = null;

  @Field(() => JSONScalar, { nullable: true, description: 'Before and after values; fields the caller may not read are replaced by "[restricted]".' })
  @Derived(visibleChanges)
  @Property({ type: 'json', nullable: true })
  changes: Record<string, { from: unknown; to: unknown }> | null = null;

  /** sha256 of the previous event's hash and this event's content. */
  @Property({ type: 'string', length: 64 })
  hash!: string;
}
