// The improvement directors, and their appointments to trusts in special measures: one at a time for
// each director, and an open one for every trust in special measures.
import { addDays } from '../../clock';
import { oversightBodyOf } from '../../common/enums';
import { DirectorAppointment, ImprovementDirector } from '../../modules/entities';
import { APPOINTMENTS, DIRECTORS } from './directors.data';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';

export function buildDirectorsAndAppointments(ctx: SeedContext): void {
  for (const { code, name, accountableTo } of DIRECTORS) {
    ctx.directors.set(code, insert(ctx.em, ImprovementDirector, { id: stableId('improvement-director', code), code, name, accountableTo }));
  }
  const open = new Set<string>();
  const lastEnd = new Map<string, string>();
  for (const spec of APPOINTMENTS) {
    const director = ctx.directors.get(spec.director)!;
    const trust = ctx.trusts.get(spec.trust)!;
    const episode = (spec.past ? ctx.pastEpisodes : ctx.episodes).get(spec.trust)![spec.episode];
    check(episode !== undefined, `${spec.director} at ${spec.trust}: episode ${spec.episode}`);
    check(director.accountableTo === oversightBodyOf(trust.type), `${spec.director} is accountable to ${trust.odsCode}'s oversight body`);
    const startsOn = spec.startsMonthsAgo === undefined ? addDays(episode.placedOn, spec.afterDays ?? 14) : ctx.cal.monthsAgo(spec.startsMonthsAgo);
    const endsOn = spec.endsMonthsAgo === undefined ? episode.exitedOn : ctx.cal.monthsAgo(spec.endsMonthsAgo);
    check(startsOn >= episode.placedOn && startsOn <= ctx.cal.today && (endsOn === null || endsOn > startsOn),
      `${spec.director} at ${spec.trust}: dates`);
    check(!open.has(spec.director) && (lastEnd.get(spec.director) ?? '') <= startsOn, `${spec.director}: one appointment at a time`);
    if (endsOn !== null) {
      lastEnd.set(spec.director, endsOn);
    } else {
      check(!open.has(spec.trust), `${spec.trust}: one open appointment`);
      open.add(spec.director).add(spec.trust);
    }
    insert(ctx.em, DirectorAppointment, {
      id: stableId('director-appointment', `${spec.director}@${spec.trust}#${spec.past ? 'h' : ''}${spec.episode}`),
      director, trust, startsOn, endsOn,
    });
  }
  for (const ods of ctx.trusts.keys()) {
    check(ctx.activeEpisode(ods) === undefined || open.has(ods), `${ods}: a trust in special measures has an improvement director`);
  }
}
