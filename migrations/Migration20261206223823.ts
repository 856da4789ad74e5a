import { Migration } from '@mikro-orm/migrations';
import { PARTNER_OF_EVENT_SQL } from '../src/modules/audit/audit-chain';

// A partner trust reads the audit events about the contracts it is the partner of (the contract, its
// outcomes, payments and claims): each event now names that partner, so that the SQL filter and the
// ability's check of one event read the same column. The events written before are given theirs from
// the contract row they name; their hashes leave it out, and verifyChain checks it against that row
// (src/modules/audit/audit-chain.ts). The append-only trigger is lifted for this alone.
export class Migration20261206223823 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "partner_trust_id" uuid null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_partner_trust_id_foreign" foreign key ("partner_trust_id") references "trust" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "audit_event_partner_trust_id_index" on "audit_event" ("partner_trust_id");`);
    this.addSql(`alter table "audit_event" disable trigger audit_event_append_only;`);
    this.addSql(`update "audit_event" e set "partner_trust_id" = ${PARTNER_OF_EVENT_SQL}
      where e.entity in ('BuddyContract', 'ContractOutcome', 'IncentivePayment', 'ReimbursementClaim');`);
    this.addSql(`alter table "audit_event" enable trigger audit_event_append_only;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint "audit_event_partner_trust_id_foreign";`);

    this.addSql(`drop index "audit_event_partner_trust_id_index";`);
    this.addSql(`alter table "audit_event" drop column "partner_trust_id";`);
  }

}
