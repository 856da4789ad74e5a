// `npm run seed [-- --force]`: fills the database (DATABASE_URL, else the embedded one) with the
// demo data, dated relative to today (TODAY=YYYY-MM-DD sets it). Refuses a database that already has
// trusts unless --force is given, which first empties every table: as the tables' owner, since the
// application's role may not empty the audit log.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { setToday, today } from '../clock';
import { config, StartError } from '../config';
import {
  BuddyContract, ContractOutcome, DirectorAppointment, ImprovementDirector, ImprovementPlan, IncentivePayment,
  Inspection, LeadershipReview, LeadershipTenure, PlanAction, PlanUpdate, ReimbursementClaim,
  SpecialMeasuresEpisode, Trust,
} from '../modules/entities';
import { connect } from './connect';
import { isDatabaseEmpty, seedDemoData } from './seed';

/**
 * Empties every entity table in one statement. The audit log refuses TRUNCATE too: as the owner of
 * the tables, a deliberate reset lifts that trigger for its own transaction only.
 */
async function truncateAll(em: EntityManager): Promise<void> {
  const tables = Object.values(em.getMetadata().getAll())
    .filter((meta) => !meta.abstract && !meta.embeddable && meta.tableName)
    .map((meta) => `"${meta.tableName}"`);
  const run = (sql: string) => em.getConnection().execute(sql, [], 'run', em.getTransactionContext());
  await run('alter table "audit_event" disable trigger audit_event_no_truncate');
  await run(`truncate table ${[...new Set(tables)].join(', ')} cascade`);
  await run('alter table "audit_event" enable trigger audit_event_no_truncate');
}

async function summary(em: EntityManager): Promise<string> {
  const counted = {
    trusts: Trust, inspections: Inspection, episodes: SpecialMeasuresEpisode, contracts: BuddyContract,
    outcomes: ContractOutcome, payments: IncentivePayment, claims: ReimbursementClaim, directors: ImprovementDirector,
    appointments: DirectorAppointment, reviews: LeadershipReview, tenures: LeadershipTenure, plans: ImprovementPlan,
    actions: PlanAction, updates: PlanUpdate,
  };
  const parts: string[] = [];
  for (const [label, entity] of Object.entries(counted)) parts.push(`${await em.count(entity, {})} ${label}`);
  return parts.join(', ');
}

async function main(): Promise<number> {
  const force = process.argv.includes('--force');
  const settings = config();
  setToday(settings.today ?? null);
  const { orm, close } = await connect(settings, force ? 'owner' : 'application', 'beside a running server');
  try {
    const em = orm.em.fork();
    if (!force && !(await isDatabaseEmpty(em))) {
      console.error('The database already has data; not seeding. Run `npm run seed -- --force` to empty every table (audit log included) and seed again.');
      return 1;
    }
    await em.transactional(async (tx) => {
      if (force) await truncateAll(tx);
      await seedDemoData(tx);
    });
    console.log(`Seeded demo data as of ${today()}: ${await summary(orm.em.fork())}.`);
    return 0;
  } finally {
    await close();
  }
}

main().then(
  (code) => { process.exitCode = code; },
  (error) => {
    console.error(error instanceof StartError ? `cannot seed: ${error.message}` : error);
    process.exitCode = 1;
  },
);
