import { Migration } from '@mikro-orm/migrations';

// At exit, an appointment that had not started yet is cancelled: it ends on its own start date,
// the one case where the two are equal (src/modules/special-measures/special-measures.service.ts).
export class Migration20261206223822 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "director_appointment" drop constraint director_appointment_ends_after_start;`);

    this.addSql(`alter table "director_appointment" add constraint director_appointment_ends_after_start check(ends_on is null or ends_on >= starts_on);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "director_appointment" drop constraint director_appointment_ends_after_start;`);

    this.addSql(`alter table "director_appointment" add constraint director_appointment_ends_after_start check((ends_on IS NULL) OR (ends_on > starts_on));`);
  }

}
