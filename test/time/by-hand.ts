import type { EntityManager } from '@mikro-orm/postgresql';
import { plusMonths } from '../support/dates';
import { TEST_TODAY } from '../support/today';

// The regime through time computed again by hand, in TypeScript, from the rows as the database holds
// them: what the time queries must answer (docs/domain.md#time). Written apart from src/ on purpose.

export interface Rows {
  trusts: { id: string; ods: string; name: string; sector: string; system: string }[];
  inspections: Record<string, string | null>[];
  episodes: { id: string; trust_id: string; placed_on: string; exited_on: string | null; exit_type: string | null; entry_inspection_id: string | null; extensions: number }[];
  tenures: { trust_id: string; role: string; name: string; started_on: string; ended_on: string | null }[];
  appointments: { trust_id: string; director_id: string; starts_on: string; ends_on: string | null }[];
  contracts: { supported_trust_id: string; partner_trust_id: string; status: string; starts_on: string; ends_on: string }[];
}

export async function loadRows(em: EntityManager): Promise<Rows> {
  const q = <T>(sql: string) => em.getConnection().execute<T[]>(sql);
  return {
    trusts: await q(`select t.id, t.ods_code as ods, t.name, t.sector, s.code as system from trust t join local_system s on s.id = t.local_system_id`),
    inspections: await q(`select id, trust_id, inspected_on::text, published_on::text, overall, safe, effective, caring, responsive, well_led from inspection`),
    episodes: await q(`select id, trust_id, placed_on::text, exited_on::text, exit_type, entry_inspection_id, extensions from special_measures_episode`),
    tenures: await q(`select trust_id, role, name, started_on::text, ended_on::text from leadership_tenure`),
    appointments: await q(`select trust_id, director_id, starts_on::text, ends_on::text from director_appointment`),
    contracts: await q(`select supported_trust_id, partner_trust_id, status, starts_on::text, ends_on::text from buddy_contract`),
  };
}

/** Text in code point order, as the database's C collation sorts it. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const KEY_QUESTIONS = [['SAFE', 'safe'], ['EFFECTIVE', 'effective'], ['CARING', 'caring'], ['RESPONSIVE', 'responsive'], ['WELL_LED', 'well_led']] as const;
const SCALE = ['INADEQUATE', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING'];
const better = (a: string, b: string) => SCALE.indexOf(a) - SCALE.indexOf(b);

export function direction(rating: string, previous: string | null | undefined): string | null {
  if (!previous) return null;
  const d = better(rating, previous);
  return d > 0 ? 'IMPROVED' : d === 0 ? 'UNCHANGED' : 'DECLINED';
}

const byInspectedOn = (a: Record<string, string | null>, b: Record<string, string | null>) =>
  compare(a.inspected_on!, b.inspected_on!) || compare(a.id!, b.id!);
const isPublished = (i: Record<string, string | null>, on = TEST_TODAY) => i.published_on !== null && i.published_on <= on;

/** A trust's rating history: its published inspections, oldest first, each with how it moved. */
export function ratingHistory(rows: Rows, trustId: string) {
  const published = rows.inspections.filter((i) => i.trust_id === trustId && isPublished(i)).sort(byInspectedOn);
  return published.map((i, n) => {
    const previous = published[n - 1];
    return {
      inspection: { id: i.id, inspectedOn: i.inspected_on },
      publishedOn: i.published_on,
      overall: i.overall,
      overallDirection: direction(i.overall!, previous?.overall),
      keyQuestions: KEY_QUESTIONS.map(([keyQuestion, column]) => ({ keyQuestion, rating: i[column], direction: direction(i[column]!, previous?.[column]) })),
    };
  });
}

const stepOf = (rows: Rows, trustId: string, inspectionId: string | undefined) =>
  ratingHistory(rows, trustId).find((step) => step.inspection.id === inspectionId) ?? null;

/** A trust's standing on a date: the facts as the rows stood then. */
export function standing(rows: Rows, trustId: string, date: string) {
  const latest = rows.inspections.filter((i) => i.trust_id === trustId && isPublished(i, date)).sort(byInspectedOn).at(-1);
  const inadequate = (c: string) => latest?.[c] === 'INADEQUATE';
  const episode = rows.episodes.find((e) => e.trust_id === trustId && e.placed_on <= date && (e.exited_on === null || e.exited_on > date));
  const yearBefore = plusMonths(date, -12);
  const chiefExecutives = new Set(rows.tenures.filter((l) => l.trust_id === trustId && l.role === 'CHIEF_EXECUTIVE' && l.started_on <= date
    && (l.ended_on === null || l.ended_on >= yearBefore)).map((l) => l.name));
  const appointment = rows.appointments
    .filter((a) => a.trust_id === trustId && a.starts_on <= date && (a.ends_on === null || (a.ends_on >= date && a.ends_on > a.starts_on)))
    .sort((a, b) => compare(a.starts_on, b.starts_on)).at(-1);
  return {
    date,
    rating: latest?.overall ?? null,
    inSpecialMeasures: episode !== undefined,
    meetsSpecialMeasuresCriteria: inadequate('well_led') && ['safe', 'effective', 'caring', 'responsive'].some(inadequate),
    chiefExecutivesInLast12Months: chiefExecutives.size,
    episodeId: episode?.id ?? null,
    directorId: appointment?.director_id ?? null,
  };
}

/** Whole months from `from` to `to`, as PostgreSQL's age() counts them. */
export function wholeMonths(from: string, to: string): number {
  let months = 0;
  while (plusMonths(from, months + 1) <= to) months += 1;
  return months;
}
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** Episodes placed in the range, by placement date, trust name, id. */
export function episodesPlaced(rows: Rows, trustIds: Set<string>, from?: string, to?: string) {
  const name = new Map(rows.trusts.map((t) => [t.id, t.name]));
  return rows.episodes
    .filter((e) => trustIds.has(e.trust_id) && (!from || e.placed_on >= from) && (!to || e.placed_on <= to))
    .sort((a, b) => compare(a.placed_on, b.placed_on) || compare(name.get(a.trust_id)!, name.get(b.trust_id)!) || compare(a.id, b.id));
}

export function oneYearOn(rows: Rows, trustIds: Set<string>, from?: string, to?: string) {
  return episodesPlaced(rows, trustIds, from, to).map((e) => {
    const published = rows.inspections.filter((i) => i.trust_id === e.trust_id && isPublished(i)).sort(byInspectedOn);
    const entry = published.find((i) => i.id === e.entry_inspection_id);
    const atPlacement = e.entry_inspection_id ? entry : published.filter((i) => i.published_on! <= e.placed_on).at(-1);
    const atReinspection = published.find((i) => i.inspected_on! > e.placed_on);
    const moved = (sign: 1 | -1) => (atPlacement && atReinspection
      ? KEY_QUESTIONS.filter(([, c]) => Math.sign(better(atReinspection[c]!, atPlacement[c]!)) === sign).length : 0);
    return {
      episodeId: e.id,
      atPlacement: stepOf(rows, e.trust_id, atPlacement?.id ?? undefined),
      atReinspection: stepOf(rows, e.trust_id, atReinspection?.id ?? undefined),
      improved: moved(1),
      declined: moved(-1),
      monthsToReinspection: atReinspection ? wholeMonths(e.placed_on, atReinspection.inspected_on!) : null,
    };
  });
}

export function interventionOutcomes(rows: Rows, trustIds: Set<string>, from?: string, to?: string) {
  const sector = new Map(rows.trusts.map((t) => [t.id, t.sector]));
  return episodesPlaced(rows, trustIds, from, to).map((e) => {
    const end = e.exited_on ?? TEST_TODAY;
    const buddies = rows.contracts.filter((c) => c.supported_trust_id === e.trust_id && ['ACTIVE', 'COMPLETED'].includes(c.status)
      && c.starts_on <= end && c.ends_on >= e.placed_on);
    const firstDirector = rows.appointments
      .filter((a) => a.trust_id === e.trust_id && a.starts_on >= e.placed_on && (e.exited_on === null || a.starts_on < e.exited_on)
        && (a.ends_on === null || a.ends_on > a.starts_on))
      .map((a) => a.starts_on).sort()[0];
    const chiefExecutives = new Set(rows.tenures.filter((l) => l.trust_id === e.trust_id && l.role === 'CHIEF_EXECUTIVE'
      && l.started_on >= e.placed_on && l.started_on <= end).map((l) => l.name));
    return {
      episodeId: e.id,
      buddied: buddies.length > 0,
      buddySameSector: buddies.length ? buddies.some((c) => sector.get(c.partner_trust_id) === sector.get(e.trust_id)) : null,
      daysToDirector: firstDirector ? days(e.placed_on, firstDirector) : null,
      chiefExecutiveChanges: chiefExecutives.size,
      monthsInSpecialMeasures: wholeMonths(e.placed_on, end),
      exitType: e.exit_type,
    };
  });
}
