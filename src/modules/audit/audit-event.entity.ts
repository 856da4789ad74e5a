import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Role } from '../../common/enums';
import { Derived } from '../../common/derived';
import { DateTimeScalar, JSONScalar } from '../../common/scalars';
import { visibleChanges } from './audit-changes';
import { Trust } from '../trust/trust.entity';
import { NO_TRUST_CHAIN } from './audit-chain';

/**
 * Who changed what, when. Written in the change's own transaction; the database refuses updates and
 * deletes, and chains each event to the one before it in its trust's chain (audit-chain.ts).
 */
@ObjectType('AuditEvent')
@Entity()
@Index({ properties: ['entity', 'entityId'] })
// One event per position of each chain (its trust's, or the chain of events about no trust); the walk of `audit:verify` follows it.
@Index({
  name: 'audit_event_chain_position',
  expression: `create unique index "audit_event_chain_position" on "audit_event" (coalesce("trust_id", '${NO_TRUST_CHAIN}'::uuid), "chain_position")`,
})
export class AuditEvent extends BaseEntity {
  [OptionalProps]?: 'seq' | 'chainPosition' | 'hash';

  /** The order the database numbered the events in, across all chains. */
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

  /** sha256 of this event's content (audit-chain.ts, contentHash), written by the application; null in the first chain. */
  @Property({ type: 'string', length: 64, nullable: true })
  contentHash: string | null = null;

  /** Position in its trust's chain, from 1, set by the database as it appends the event; null in the first chain (ordered by seq). */
  @Property({ type: 'integer', nullable: true })
  chainPosition: number | null = null;

  /** sha256 of the previous event's hash and this event's content hash, set by the database (the first chain's: of its content). */
  @Property({ type: 'string', length: 64 })
  hash!: string;
}
