import { Migration } from '@mikro-orm/migrations';

export class Migration20261125023027 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "information_request" ("id" uuid not null, "trust_id" uuid not null, "topic" text check ("topic" in ('QUALITY_AND_SAFETY', 'WORKFORCE', 'FINANCE', 'GOVERNANCE', 'PERFORMANCE', 'MATERNITY', 'INFECTION_CONTROL', 'IMPROVEMENT_PLAN')) not null, "period" varchar(7) not null, "due_on" date not null, "status" text check ("status" in ('OPEN', 'ANSWERED', 'WITHDRAWN')) not null default 'OPEN', "answer" text null, "answered_on" date null, "version" int not null default 1, constraint "information_request_pkey" primary key ("id"));`);
    this.addSql(`create index "information_request_trust_id_index" on "information_request" ("trust_id");`);
    this.addSql(`create index "information_request_due_on_index" on "information_request" ("due_on");`);
    this.addSql(`create unique index "information_request_one_live_per_subject" on "information_request" ("trust_id", "topic", "period") where "status" <> 'WITHDRAWN';`);

    this.addSql(`create table "request_asker" ("id" uuid not null, "request_id" uuid not null, "trust_id" uuid not null, "role" text check ("role" in ('REGULATOR', 'OVERSIGHT', 'TRUST', 'IMPROVEMENT_DIRECTOR', 'COMMISSIONER', 'PUBLIC')) not null, "organisation" varchar(20) not null, "asked_on" date not null, "asked_at" timestamptz not null, "question" text not null, "due_on" date not null, "withdrawn_on" date null, constraint "request_asker_pkey" primary key ("id"));`);
    this.addSql(`create index "request_asker_request_id_index" on "request_asker" ("request_id");`);
    this.addSql(`create index "request_asker_trust_id_index" on "request_asker" ("trust_id");`);
    this.addSql(`create unique index "request_asker_one_current_per_body" on "request_asker" ("request_id", "organisation") where "withdrawn_on" is null;`);

    this.addSql(`alter table "information_request" add constraint "information_request_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);

    this.addSql(`alter table "request_asker" add constraint "request_asker_request_id_foreign" foreign key ("request_id") references "information_request" ("id") on update cascade;`);
    this.addSql(`alter table "request_asker" add constraint "request_asker_trust_id_foreign" foreign key ("trust_id") references "trust" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "request_asker" drop constraint "request_asker_request_id_foreign";`);

    this.addSql(`drop table if exists "information_request" cascade;`);

    this.addSql(`drop table if exists "request_asker" cascade;`);
  }

}
