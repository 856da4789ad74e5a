import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The head of each chain of the audit log: how many events it has and the last one's hash. Written
 * only by the database's trigger as it appends an event (the application may read it, never write
 * it); its row is the lock that orders the events of one chain. `audit:verify` checks it against the
 * events, which finds a chain's newest events removed.
 */
@Entity()
export class AuditChain {
  /** The trust's id; NO_TRUST_CHAIN or FIRST_CHAIN (audit-chain.ts) otherwise. */
  @PrimaryKey({ type: 'uuid' })
  chain!: string;

  @Property({ type: 'integer' })
  length!: number;

  @Property({ type: 'string', length: 64 })
  head!: string;
}
