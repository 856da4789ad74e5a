import { Migration } from '@mikro-orm/migrations';

// The database as the last line: the application's connections act as smo_app (src/db/config.ts
// sets the role on each), which may read and write every table but only read and append to the
// audit log, so not even a hole in the application can rewrite, delete or empty it. Migrations and
// `npm run seed -- --force` act as the owner. Roles belong to the whole cluster, not this database:
// the role is made only if missing, and another database's migration may be making it at the same moment.
export class Migration20261125035300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$
      begin
        if not exists (select from pg_roles where rolname = 'smo_app') then
          create role smo_app nologin;
        end if;
      exception when duplicate_object or unique_violation then null;
      end $$;`);
    // The owner (when not a superuser) must be a member to SET ROLE to it.
    this.addSql(`do $$
      begin
        if not pg_has_role(current_user, 'smo_app', 'member') then
          execute format('grant smo_app to %I', current_user);
        end if;
      exception when duplicate_object or unique_violation then null;
      end $$;`);
    this.addSql(`grant usage on schema public to smo_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to smo_app;`);
    this.addSql(`revoke update, delete, truncate on "audit_event" from smo_app;`);
    this.addSql(`revoke insert, update, delete, truncate on "mikro_orm_migrations" from smo_app;`);
    this.addSql(`grant usage, select on all sequences in schema public to smo_app;`);
    // Tables and sequences the owner creates later get the same grants (a new table is written, never the audit log).
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to smo_app;`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to smo_app;`);
  }

  override async down(): Promise<void> {
    // The role stays: other databases of the cluster may use it.
    this.addSql(`alter default privileges in schema public revoke all on tables from smo_app;`);
    this.addSql(`alter default privileges in schema public revoke all on sequences from smo_app;`);
    this.addSql(`revoke all on all tables in schema public from smo_app;`);
    this.addSql(`revoke all on all sequences in schema public from smo_app;`);
    this.addSql(`revoke usage on schema public from smo_app;`);
  }
}
