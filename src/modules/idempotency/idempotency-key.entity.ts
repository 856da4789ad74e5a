import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A mutation request made with an Idempotency-Key header: claimed inside the mutation's own
 * transaction (so the effect and the claim commit together), answered afterwards. Written only by
 * raw SQL in src/change/idempotency-store.ts; the entity is here for the schema and its migrations.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyKey {
  /** Who asked: role, organisation and token subject. Keys are scoped to the caller. */
  @PrimaryKey({ type: 'string', length: 300 })
  caller!: string;

  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  /** sha256 of the query, operation name and variables: a retry must send the same request. */
  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** The first answer, replayed to every retry; null until it is sent. */
  @Property({ type: 'json', nullable: true })
  response: unknown = null;

  @Property({ type: 'datetime', defaultRaw: 'now()', index: true })
  createdAt!: Date;
}
