import { Migration } from '@mikro-orm/migrations';

// Free-text columns get the length validation has always held them to, stated once on the entity:
// the database enforces it and the cost of a query counts it. No USING cast: one that truncated
// would lose text, where this fails instead.
export class Migration20261206233822 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "leadership_review" alter column "findings" type varchar(20000);`);

    this.addSql(`alter table "inspection" alter column "summary" type varchar(5000);`);

    this.addSql(`alter table "special_measures_episode" alter column "reason" type varchar(2000);`);

    this.addSql(`alter table "information_request" alter column "answer" type varchar(20000);`);

    this.addSql(`alter table "request_asker" alter column "question" type varchar(2000);`);

    this.addSql(`alter table "plan_update" alter column "summary" type varchar(5000);`);

    this.addSql(`alter table "contract_outcome" alter column "narrative" type varchar(5000);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "contract_outcome" alter column "narrative" type text using ("narrative"::text);`);

    this.addSql(`alter table "information_request" alter column "answer" type text using ("answer"::text);`);

    this.addSql(`alter table "inspection" alter column "summary" type text using ("summary"::text);`);

    this.addSql(`alter table "leadership_review" alter column "findings" type text using ("findings"::text);`);

    this.addSql(`alter table "plan_update" alter column "summary" type text using ("summary"::text);`);

    this.addSql(`alter table "request_asker" alter column "question" type text using ("question"::text);`);

    this.addSql(`alter table "special_measures_episode" alter column "reason" type text using ("reason"::text);`);
  }

}
