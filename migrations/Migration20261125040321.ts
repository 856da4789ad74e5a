import { Migration } from '@mikro-orm/migrations';

export class Migration20261125040321 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_key" ("caller" varchar(300) not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "response" jsonb null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("caller", "key"));`);
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
  }

}
