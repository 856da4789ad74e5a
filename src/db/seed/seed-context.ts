// What the builders share while they write the demo rows: the entity manager, the calendar, the rows
// written so far (by code), and the questions later parts of the story ask about earlier ones.
import type { EntityManager } from '@mikro-orm/core';
import { type ActionStatus, LeadershipRole } from '../../common/enums';
import type {
  ImprovementDirector, Inspection, LocalSystem, PlanUpdate, SpecialMeasuresEpisode, Trust,
} from '../../modules/entities';
import type { DemoCalendar } from './calendar';
import { FIRST_NAMES, SURNAMES } from './texts';

export class SeedContext {
  readonly systems = new Map<string, LocalSystem>();
  readonly trusts = new Map<string, Trust>();
  /** Every inspection of a trust, its history's first; the history's alone. */
  readonly inspections = new Map<string, Inspection[]>();
  readonly pastInspections = new Map<string, Inspection[]>();
  /** A trust's present episodes, and those of its history. */
  readonly episodes = new Map<string, SpecialMeasuresEpisode[]>();
  readonly pastEpisodes = new Map<string, SpecialMeasuresEpisode[]>();
  readonly directors = new Map<string, ImprovementDirector>();
  readonly commissionerCodes: string[] = [];
  /**
   * Written after every other row, each plan's in order (`round`), its actions set as they stood
   * then (`statuses`): the database freezes the plan's actions into each update as it is inserted.
   */
  readonly planUpdates: { round: number; statuses: { id: string; status: ActionStatus }[]; update: PlanUpdate }[] = [];
  private leaderNames = 0;
  // Former leaders take names further along the list, so that the present ones keep theirs.
  private formerLeaderNames = 300;

  constructor(readonly em: EntityManager, readonly cal: DemoCalendar) {}

  isPublished(inspection: Inspection, on = this.cal.today): boolean {
    return inspection.publishedOn !== null && inspection.publishedOn <= on;
  }

  /** The trust's latest inspection published by `on`, by inspection date. */
  latestPublished(ods: string, on: string): Inspection | undefined {
    return (this.inspections.get(ods) ?? []).filter((i) => this.isPublished(i, on)).at(-1);
  }

  allEpisodes(ods: string): SpecialMeasuresEpisode[] {
    return [...this.pastEpisodes.get(ods) ?? [], ...this.episodes.get(ods) ?? []];
  }

  activeEpisode(ods: string): SpecialMeasuresEpisode | undefined {
    return this.allEpisodes(ods).find((e) => e.exitedOn === null);
  }

  /** Whether the trust was in special measures on `date`. */
  inSpecialMeasuresOn(ods: string, date: string): boolean {
    return this.allEpisodes(ods).some((e) => e.placedOn <= date && (e.exitedOn === null || e.exitedOn > date));
  }

  /** The next leader's name, in the order leaders are written. */
  nextLeaderName(role: LeadershipRole, former = false): string {
    const i = former ? this.formerLeaderNames++ : this.leaderNames++;
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]}`;
    return role === LeadershipRole.MEDICAL_DIRECTOR ? `Dr ${name}` : name;
  }
}
