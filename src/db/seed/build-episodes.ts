// A trust's special measures episodes: placed a week after the entry inspection is published, and
// left a week after the exit inspection is.
import { addDays } from '../../clock';
import { ExitType, InspectionRecommendation as Rec, Rating } from '../../common/enums';
import { SpecialMeasuresEpisode, type Trust } from '../../modules/entities';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';
import type { TrustSpec } from './specs';

export function buildEpisodes(ctx: SeedContext, trust: Trust, spec: TrustSpec): void {
  const inspections = ctx.inspections.get(spec.ods)!;
  const rows = (spec.episodes ?? []).map((episode, i) => {
    const entry = inspections[episode.entry];
    check(entry?.recommendation === Rec.ENTER_SPECIAL_MEASURES && ctx.isPublished(entry), `${spec.ods}: entry inspection`);
    const placedOn = addDays(entry.publishedOn!, 7);
    const exit = episode.exit === undefined ? null : inspections[episode.exit];
    const exitedOn = exit ? addDays(exit.publishedOn!, 7) : null;
    if (exit) {
      check(exit.recommendation === Rec.EXIT_SPECIAL_MEASURES && ctx.isPublished(exit) && exit.inspectedOn > placedOn,
        `${spec.ods}: exit inspection`);
      check(episode.exitType !== ExitType.EXITED_WITH_SUPPORT || exit.overall === Rating.REQUIRES_IMPROVEMENT,
        `${spec.ods}: exit with support needs a requires-improvement rating`);
    }
    check(placedOn <= ctx.cal.today && (exitedOn === null || exitedOn <= ctx.cal.today), `${spec.ods}: episode in the past`);
    return insert(ctx.em, SpecialMeasuresEpisode, {
      id: stableId('special-measures-episode', `${spec.ods}#${i}`),
      trust,
      placedOn,
      reason: episode.reason,
      entryInspection: entry,
      extensions: episode.extensions ?? 0,
      exitedOn,
      exitType: exit ? episode.exitType! : null,
      exitInspection: exit,
    });
  });
  for (let i = 1; i < rows.length; i++) check(rows[i - 1].exitedOn !== null && rows[i - 1].exitedOn! < rows[i].placedOn, `${spec.ods}: one episode at a time`);
  ctx.episodes.set(spec.ods, rows);
}
