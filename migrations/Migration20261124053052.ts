import { Migration } from '@mikro-orm/migrations';

export class Migration20261124053052 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "improvement_director" ("id" uuid not null, "code" varchar(20) not null, "name" varchar(200) not null, "accountable_to" text check ("accountable_to" in ('MONITOR', 'TDA')) not null, constraint "improvement_director_pkey" primary key ("id"));`);
    this.addSql(`alter table "improvement_director" add constraint "improvement_director_code_unique" unique ("code");`);

    this.addSql(`create table "local_system" ("id" uuid not null, "code" varchar(20) not null, "name" varchar(200) not null, constraint "local_system_pkey" primary key ("id"));`);
    this.addSql(`alter table "local_system" add constraint "local_system_code_unique" unique ("code");`);

    this.addSql(`create table "commissioner" ("id" uuid not null, "code" varchar(20) not null, "name" varchar(200) not null, "local_system_id" uuid not null, constraint "commissioner_pkey" primary key ("id"));`);
    this.addSql(`alter table "commissioner" add constraint "commissioner_code_unique" unique ("code");`);
    this.addSql(`create index "commissioner_local_system_id_index" on "commissioner" ("local_system_id");`);

    this.addSql(`create table "trust" ("id" uuid not null, "ods_code" varchar(10) not null, "name" varchar(200) not null, "type" text check ("type" in ('NHS_TRUST', 'FOUNDATION_TRUST')) not null, "sector" text check ("sector" in ('ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'AMBULANCE')) not null, "local_system_id" uuid not null, "financial_forecast" numeric(14,2) null, "autonomy_suspended" boolean not null default false, "foundation_authorised_on" date null, constraint "trust_pkey" primary key ("id"));`);
    this.addSql(`alter table "trust" add constraint "trust_ods_code_unique" unique ("ods_code");`);
    this.addSql(`create index "trust_name_index" on "trust" ("name");`);
    this.addSql(`create index "trust_type_index" on "trust" ("type");`);
    this.addSql(`create index "trust_local_system_id_index" on "trust" ("local_system_id");`);

    this.addSql(`create table "leadership_tenure" ("id" uuid not null, "trust_id" uuid not null, "role" text check ("role" in ('CHIEF_EXECUTIVE', 'CHAIR', 'MEDICAL_DIRECTOR', 'DIRECTOR_OF_NURSING', 'FINANCE_DIRECTOR')) not null, "name" varchar(200) not null, "started_on" date not null, "ended_on" date null, "interim" boolean not null default false, constraint "leadership_tenure_pkey" primary key ("id"), constraint leadership_tenure_ends_after_start check (ended_on is null or ended_on >= started_on));`);
    this.addSql(`create index "leadership_tenure_trust_id_role_started_on_index" on "leadership_tenure" ("trust_id", "role", "started_on");`);

    this.addSql(`create table "leadership_review" ("id" uuid not null, "trust_id" uuid not null, "reviewed_on" date not null, "reviewer" text check ("reviewer" in ('MONITOR', 'TDA')) not null, "scope" text check ("scope" in ('BOARD', 'CHAIR', 'CHIEF_EXECUTIVE', 'EXECUTIVE_TEAM')) not null, "outcome" text check ("outcome" in ('CAPABLE', 'CONCERNS', 'CHANGE_REQUIRED')) not null, "findings" text not null, constraint "leadership_review_pkey" primary key ("id"));`);
    this.addSql(`create index "leadership_review_trust_id_index" on "leadership_review" ("trust_id");`);

    this.addSql(`create table "inspection" ("id" uuid not null, "trust_id" uuid not null, "inspected_on" date not null, "published_on" date null, "overall" text check ("overall" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')) not null, "safe" text check ("safe" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')) not null, "effective" text check ("effective" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')) not null, "caring" text check ("caring" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')) not null, "responsive" text check ("responsive" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')) not null, "well_led" text check ("well_led" in ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')) not null, "recommendation" text check ("recommendation" in ('NONE', 'ENTER_SPECIAL_MEASURES', 'REMAIN_IN_SPECIAL_MEASURES', 'EXIT_SPECIAL_MEASURES')) not null, "summary" text null, constraint "inspection_pkey" primary key ("id"));`);
    this.addSql(`create index "inspection_published_on_index" on "inspection" ("published_on");`);
    this.addSql(`create index "inspection_trust_id_inspected_on_index" on "inspection" ("trust_id", "inspected_on");`);

    this.addSql(`create table "special_measures_episode" ("id" uuid not null, "trust_id" uuid not null, "placed_on" date not null, "reason" text not null, "entry_inspection_id" uuid null, "extensions" int not null default 0, "exited_on" date null, "exit_type" text check ("exit_type" in ('EXITED', 'EXITED_WITH_SUPPORT')) null, "exit_inspection_id" uuid null, constraint "special_measures_episode_pkey" primary key ("id"));`);
    this.addSql(`create index "special_measures_episode_trust_id_index" on "special_measures_episode" ("trust_id");`);
    this.addSql(`create unique index "special_measures_episode_one_active_per_trust" on "special_measures_episode" ("trust_id") where "exited_on" is null;`);

    this.addSql(`create table "improvement_plan" ("id" uuid not null, "trust_id" uuid not null, constraint "improvement_plan_pkey" primary key ("id"));`);
    this.addSql(`alter table "improvement_plan" add constraint "improvement_plan_trust_id_unique" unique ("trust_id");`);

    this.addSql(`create table "plan_update" ("id" uuid not null, "plan_id" uuid not null, "trust_id" uuid not null, "month" varchar(7) not null, "summary" text not null, "published_at" timestamptz not null, constraint "plan_update_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_update_trust_id_index" on "plan_update" ("trust_id");`);
    this.addSql(`alter table "plan_update" add constraint "plan_update_plan_id_month_unique" unique ("plan_id", "month");`);

    this.addSql(`create table "plan_action" ("id" uuid not null, "plan_id" uuid not null, "trust_id" uuid not null, "title" varchar(300) not null, "key_question" text check ("key_question" in ('SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED')) not null, "due_on" date not null, "status" text check ("status" in ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'COMPLETE')) not null default 'NOT_STARTED', "version" int not null default 1, constraint "plan_action_pkey" primary key ("id"));`);
    this.addSql(`create index "plan_action_plan_id_index" on "plan_action" ("plan_id");`);
    this.addSql(`create index "plan_action_trust_id_index" on "plan_action" ("trust_id");`);

    this.addSql(`create table "director_appointment" ("id" uuid not null, "director_id" uuid not null, "trust_id" uuid not null, "starts_on" date not null, "ends_on" date null, constraint "director_appointment_pkey" primary key ("id"), constraint director_appointment_ends_after_start check (ends_on is null or ends_on > starts_on));`);
    this.addSql(`create index "director_appointment_director_id_index" on "director_appointment" ("director_id");`);
    this.addSql(`create index "director_appointment_trust_id_index" on "director_appointment" ("trust_id");`);
    this.addSql(`create unique index "director_appointment_one_open_per_director" on "director_appointment" ("director_id") where "ends_on" is null;`);
    this.addSql(`create unique index "director_appointment_one_open_per_trust" on "director_appointment" ("trust_id") where "ends_on" is null;`);

    this.addSql(`create table "buddy_contract" ("id" uuid not null, "reference" varchar(40) not null, "supported_trust_id" uuid not null, "partner_trust_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "status" text check ("status" in ('DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED')) not null default 'DRAFT', "reimbursement_cap" numeric(14,2) not null, "incentive_fund" numeric(14,2) not null, "version" int not null default 1, constraint "buddy_contract_pkey" primary key ("id"), constraint buddy_contract_term_in_order check (ends_on > starts_on), constraint buddy_contract_partner_is_not_supported check (partner_trust_id <> supported_trust_id));`);
    this.addSql(`alter table "buddy_contract" add constraint "buddy_contract_reference_unique" unique ("reference");`);
    this.addSql(`create index "buddy_contract_supported_trust_id_index" on "buddy_contract" ("supported_trust_id");`);
    this.addSql(`create index "buddy_contract_partner_trust_id_index" on "buddy_contract" ("partner_trust_id");`);

    this.addSql(`create table "reimbursement_claim" ("id" uuid not null, "contract_id" uuid not null, "supported_trust_id" uuid not null, "partner_trust_id" uuid not null, "period" varchar(7) not null, "days_given" double precision not null, "amount" numeric(14,2) not null, "status" text check ("status" in ('SUBMITTED', 'APPROVED', 'REJECTED')) not null default 'SUBMITTED', "submitted_at" timestamptz not null, constraint "reimbursement_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "reimbursement_claim_contract_id_index" on "reimbursement_claim" ("contract_id");`);
    this.addSql(`create index "reimbursement_claim_supported_trust_id_index" on "reimbursement_claim" ("supported_trust_id");`);
    this.addSql(`create index "reimbursement_claim_partner_trust_id_index" on "reimbursement_claim" ("partner_trust_id");`);
    this.addSql(`alter table "reimbursement_claim" add constraint "reimbursement_claim_contract_id_period_unique" unique ("contract_id", "period");`);

    this.addSql(`create table "contract_outcome" ("id" uuid not null, "contract_id" uuid not null, "supported_trust_id" uuid not null, "partner_trust_id" uuid not null, "period" varchar(7) not null, "measure" varchar(200) not null, "target" varchar(200) not null, "achieved" varchar(200) not null, "narrative" text null, "reported_at" timestamptz not null, "verification" text check ("verification" in ('PENDING', 'VERIFIED', 'REJECTED')) not null default 'PENDING', constraint "contract_outcome_pkey" primary key ("id"));`);
    this.addSql(`create index "contract_outcome_contract_id_index" on "contract_outcome" ("contract_id");`);
    this.addSql(`create index "contract_outcome_supported_trust_id_index" on "contract_outcome" ("supported_trust_id");`);
    this.addSql(`create index "contract_outcome_partner_trust_id_index" on "contract_outcome" ("partner_trust_id");`);
    this.addSql(`alter table "contract_outcome" add constraint "contract_outcome_contract_id_measure_period_unique" unique ("contract_id", "measure", "period");`);

    this.addSql(`create table "incentive_payment" ("id" uuid not null, "contract_id" uuid not null, "supported_trust_id" uuid not null, "partner_trust_id" uuid not null, "outcome_id" uuid not null, "amount" numeric(14,2) not null, "status" text check ("status" in ('PROPOSED', 'APPROVED', 'PAID', 'WITHHELD')) not null default 'PROPOSED', "approved_at" timestamptz null, "paid_on" date null, constraint "incentive_payment_pkey" primary key ("id"));`);
    this.addSql(`create index "incentive_payment_contract_id_index" on "incentive_payment" ("contract_id");`);
    this.addSql(`create index "incentive_payment_supported_trust_id_index" on "incentive_payment" ("supported_trust_id");`);
    this.addSql(`create index "incentive_payment_partner_trust_id_index" on "incentive_payment" ("partner_trust_id");`);
    this.addSql(`create unique index "incentive_payment_one_per_outcome" on "incentive_payment" ("outcome_id") where "status" <> 'WITHHELD';`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "subject" varchar(200) not null, "role" text check ("role" in ('REGULATOR', 'OVERSIGHT', 'TRUST', 'IMPROVEMENT_DIRECTOR', 'COMMISSIONER', 'PUBLIC')) not null, "organisation" varchar(20) null, "action" varchar(100) not null, "entity" varchar(100) not null, "entity_id" varchar(40) not null, "trust_id" uuid null, "changes" jsonb null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_at_index" on "audit_event" ("at");`);
    this.addSql(`create index "audit_event_trust_id_index" on "audit_event" ("trust_id");`);
    this.addSql(`create index "audit_event_entity_entity_id_index" on "audit_event" ("entity", "entity_id");`);

    this.addSql(`alter table "commissioner" add constraint "commissioner_local_system_id_foreign" foreign key ("local_system_id") references "local_system" ("id") on update cascade;`);

    this.addSql(`alter table "trust" add constraint "trust_local_system_id_foreign" foreign key ("local_system_id") references "local_system" ("id") on update cascade;`);

    this.addSql(`alter table "leadership_tenure" add constraint "leadership_tenure_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "leadership_review" add constraint "leadership_review_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "inspection" add constraint "inspection_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "special_measures_episode" add constraint "special_measures_episode_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);
    this.addSql(`alter table "special_measures_episode" add constraint "special_measures_episode_entry_inspection_id_foreign" foreign key ("entry_inspection_id") references "inspection" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "special_measures_episode" add constraint "special_measures_episode_exit_inspection_id_foreign" foreign key ("exit_inspection_id") references "inspection" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "improvement_plan" add constraint "improvement_plan_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "plan_update" add constraint "plan_update_plan_id_foreign" foreign key ("plan_id") references "improvement_plan" ("id") on update cascade;`);
    this.addSql(`alter table "plan_update" add constraint "plan_update_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "plan_action" add constraint "plan_action_plan_id_foreign" foreign key ("plan_id") references "improvement_plan" ("id") on update cascade;`);
    this.addSql(`alter table "plan_action" add constraint "plan_action_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "director_appointment" add constraint "director_appointment_director_id_foreign" foreign key ("director_id") references "improvement_director" ("id") on update cascade;`);
    this.addSql(`alter table "director_appointment" add constraint "director_appointment_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "buddy_contract" add constraint "buddy_contract_supported_trust_id_foreign" foreign key ("supported_trust_id") references "trust" ("id") on update cascade;`);
    this.addSql(`alter table "buddy_contract" add constraint "buddy_contract_partner_trust_id_foreign" foreign key ("partner_trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "reimbursement_claim" add constraint "reimbursement_claim_contract_id_foreign" foreign key ("contract_id") references "buddy_contract" ("id") on update cascade;`);
    this.addSql(`alter table "reimbursement_claim" add constraint "reimbursement_claim_supported_trust_id_foreign" foreign key ("supported_trust_id") references "trust" ("id") on update cascade;`);
    this.addSql(`alter table "reimbursement_claim" add constraint "reimbursement_claim_partner_trust_id_foreign" foreign key ("partner_trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "contract_outcome" add constraint "contract_outcome_contract_id_foreign" foreign key ("contract_id") references "buddy_contract" ("id") on update cascade;`);
    this.addSql(`alter table "contract_outcome" add constraint "contract_outcome_supported_trust_id_foreign" foreign key ("supported_trust_id") references "trust" ("id") on update cascade;`);
    this.addSql(`alter table "contract_outcome" add constraint "contract_outcome_partner_trust_id_foreign" foreign key ("partner_trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "incentive_payment" add constraint "incentive_payment_contract_id_foreign" foreign key ("contract_id") references "buddy_contract" ("id") on update cascade;`);
    this.addSql(`alter table "incentive_payment" add constraint "incentive_payment_supported_trust_id_foreign" foreign key ("supported_trust_id") references "trust" ("id") on update cascade;`);
    this.addSql(`alter table "incentive_payment" add constraint "incentive_payment_partner_trust_id_foreign" foreign key ("partner_trust_id") references "trust" ("id") on update cascade;`);
    this.addSql(`alter table "incentive_payment" add constraint "incentive_payment_outcome_id_foreign" foreign key ("outcome_id") references "contract_outcome" ("id") on update cascade;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade on delete set null;`);

    // Audit events are never updated or deleted, whoever connects.
    this.addSql(`create function audit_event_is_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit events are never updated or deleted'; end $$;`);
    this.addSql(`create trigger audit_event_append_only before update or delete on "audit_event"
      for each row execute function audit_event_is_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_event_append_only on "audit_event";`);
    this.addSql(`drop function if exists audit_event_is_append_only();`);
    this.addSql(`alter table "director_appointment" drop constraint "director_appointment_director_id_foreign";`);

    this.addSql(`alter table "commissioner" drop constraint "commissioner_local_system_id_foreign";`);

    this.addSql(`alter table "trust" drop constraint "trust_local_system_id_foreign";`);

    this.addSql(`alter table "leadership_tenure" drop constraint "leadership_tenure_trust_id_foreign";`);

    this.addSql(`alter table "leadership_review" drop constraint "leadership_review_trust_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_trust_id_foreign";`);

    this.addSql(`alter table "special_measures_episode" drop constraint "special_measures_episode_trust_id_foreign";`);

    this.addSql(`alter table "improvement_plan" drop constraint "improvement_plan_trust_id_foreign";`);

    this.addSql(`alter table "plan_update" drop constraint "plan_update_trust_id_foreign";`);

    this.addSql(`alter table "plan_action" drop constraint "plan_action_trust_id_foreign";`);

    this.addSql(`alter table "director_appointment" drop constraint "director_appointment_trust_id_foreign";`);

    this.addSql(`alter table "buddy_contract" drop constraint "buddy_contract_supported_trust_id_foreign";`);

    this.addSql(`alter table "buddy_contract" drop constraint "buddy_contract_partner_trust_id_foreign";`);

    this.addSql(`alter table "reimbursement_claim" drop constraint "reimbursement_claim_supported_trust_id_foreign";`);

    this.addSql(`alter table "reimbursement_claim" drop constraint "reimbursement_claim_partner_trust_id_foreign";`);

    this.addSql(`alter table "contract_outcome" drop constraint "contract_outcome_supported_trust_id_foreign";`);

    this.addSql(`alter table "contract_outcome" drop constraint "contract_outcome_partner_trust_id_foreign";`);

    this.addSql(`alter table "incentive_payment" drop constraint "incentive_payment_supported_trust_id_foreign";`);

    this.addSql(`alter table "incentive_payment" drop constraint "incentive_payment_partner_trust_id_foreign";`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_trust_id_foreign";`);

    this.addSql(`alter table "special_measures_episode" drop constraint "special_measures_episode_entry_inspection_id_foreign";`);

    this.addSql(`alter table "special_measures_episode" drop constraint "special_measures_episode_exit_inspection_id_foreign";`);

    this.addSql(`alter table "plan_update" drop constraint "plan_update_plan_id_foreign";`);

    this.addSql(`alter table "plan_action" drop constraint "plan_action_plan_id_foreign";`);

    this.addSql(`alter table "reimbursement_claim" drop constraint "reimbursement_claim_contract_id_foreign";`);

    this.addSql(`alter table "contract_outcome" drop constraint "contract_outcome_contract_id_foreign";`);

    this.addSql(`alter table "incentive_payment" drop constraint "incentive_payment_contract_id_foreign";`);

    this.addSql(`alter table "incentive_payment" drop constraint "incentive_payment_outcome_id_foreign";`);

    this.addSql(`drop table if exists "improvement_director" cascade;`);

    this.addSql(`drop table if exists "local_system" cascade;`);

    this.addSql(`drop table if exists "commissioner" cascade;`);

    this.addSql(`drop table if exists "trust" cascade;`);

    this.addSql(`drop table if exists "leadership_tenure" cascade;`);

    this.addSql(`drop table if exists "leadership_review" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "special_measures_episode" cascade;`);

    this.addSql(`drop table if exists "improvement_plan" cascade;`);

    this.addSql(`drop table if exists "plan_update" cascade;`);

    this.addSql(`drop table if exists "plan_action" cascade;`);

    this.addSql(`drop table if exists "director_appointment" cascade;`);

    this.addSql(`drop table if exists "buddy_contract" cascade;`);

    this.addSql(`drop table if exists "reimbursement_claim" cascade;`);

    this.addSql(`drop table if exists "contract_outcome" cascade;`);

    this.addSql(`drop table if exists "incentive_payment" cascade;`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
  }

}
