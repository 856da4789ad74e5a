import { Migration } from '@mikro-orm/migrations';

// A monthly update freezes the plan's actions as they stand when it is inserted, so that the public
// sees month by month what was promised and what moved (PlanUpdate.actions). The database does it,
// in the inserting statement, whoever inserts: no path can publish an update without its snapshot.
// Updates published before this migration get the actions as they stand now: how they stood then
// was never recorded.
const SNAPSHOT = (plan: string) => `(select coalesce(jsonb_agg(jsonb_build_object('action_id', a.id, 'title', a.title,
    'key_question', a.key_question, 'due_on', a.due_on, 'status', a.status, 'n', a.n) order by a.n), '[]'::jsonb)
  from (select p.*, row_number() over (order by p.due_on, p.id) as n from plan_action p where p.plan_id = ${plan}) a)`;

export class Migration20261207012910 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "plan_update" add column "actions" jsonb null;`);
    this.addSql(`create function plan_update_freeze_actions() returns trigger language plpgsql as $$
      begin
        new.actions := ${SNAPSHOT('new.plan_id')};
        return new;
      end $$;`);
    this.addSql(`create trigger plan_update_freeze_actions before insert on "plan_update" for each row execute function plan_update_freeze_actions();`);
    this.addSql(`update "plan_update" u set "actions" = ${SNAPSHOT('u.plan_id')};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger plan_update_freeze_actions on "plan_update";`);
    this.addSql(`drop function plan_update_freeze_actions();`);
    this.addSql(`alter table "plan_update" drop column "actions";`);
  }

}
