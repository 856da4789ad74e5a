import { Migration } from '@mikro-orm/migrations';
import { FIRST_CHAIN, GENESIS_HASH, LINK_HASH_SQL, NO_TRUST_CHAIN } from '../src/modules/audit/audit-chain';

// The audit log becomes a chain per trust (and one for the events about no trust), so that changes of
// different trusts no longer queue behind one lock. The application writes each event with the hash
// of its content; the trigger audit_event_chain appends it to its chain under the lock of that
// chain's head row (audit_chain): its position, and its hash from the previous one. The events
// written before stay as they are, the first chain, closed: its head is recorded here, and every
// trust's chain starts from its last hash (src/modules/audit/audit-chain.ts, docs/audit.md).
export class Migration20261206234824 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "audit_chain" ("chain" uuid not null, "length" int not null, "head" varchar(64) not null, constraint "audit_chain_pkey" primary key ("chain"));`);

    this.addSql(`alter table "audit_event" add column "content_hash" varchar(64) null, add column "chain_position" int null;`);
    this.addSql(`create unique index "audit_event_chain_position" on "audit_event" (coalesce("trust_id", '00000000-0000-0000-0000-000000000000'::uuid), "chain_position");`);

    // The first chain's head: its events, all written before this migration, and the last one's hash.
    this.addSql(`insert into "audit_chain" ("chain", "length", "head")
      select '${FIRST_CHAIN}', count(*), (select "hash" from "audit_event" order by "seq" desc limit 1) from "audit_event" having count(*) > 0;`);
    // Only the trigger writes the heads: the application's role reads them.
    this.addSql(`revoke insert, update, delete, truncate on "audit_chain" from smo_app;`);

    const [{ schema }] = await this.execute(`select current_schema() as schema`);
    this.addSql(`create function audit_event_chain() returns trigger language plpgsql
      security definer set search_path = pg_catalog, "${schema}" as $$
      begin
        if new.content_hash is null then
          raise exception 'an audit event is written with the hash of its content (content_hash)' using errcode = 'not_null_violation';
        end if;
        insert into audit_chain as c (chain, length, head)
          values (coalesce(new.trust_id, '${NO_TRUST_CHAIN}'::uuid), 1,
            ${LINK_HASH_SQL(`coalesce((select f.head from audit_chain f where f.chain = '${FIRST_CHAIN}'), '${GENESIS_HASH}')`, 'new.content_hash')})
          on conflict (chain) do update set length = c.length + 1, head = ${LINK_HASH_SQL('c.head', 'new.content_hash')}
          returning c.length, c.head into new.chain_position, new.hash;
        return new;
      end $$;`);
    this.addSql(`create trigger audit_event_chain before insert on "audit_event" for each row execute function audit_event_chain();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_chain on "audit_event";`);
    this.addSql(`drop function if exists audit_event_chain();`);
    this.addSql(`drop table if exists "audit_chain" cascade;`);

    this.addSql(`drop index "audit_event_chain_position";`);
    this.addSql(`alter table "audit_event" drop column "content_hash", drop column "chain_position";`);
  }

}
