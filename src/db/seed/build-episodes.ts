// A trust's special measures episodes: placed a week after the entry inspection is published, and
// left a week after the exit inspection is.
import { addDays } from '../../clock';
import { ExitType, InspectionRecommendation as Rec, Rating } from '../../common/enums';
import { SpecialMeasuresEpisode, type Inspection, type Trust } from '../../modules/entities';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';
import type { EpisodeSpec, TrustSpec } from './specs';

export function buildEpisodes(ctx: SeedContext, trust: Trust, spec: TrustSpec): void {
  const past = ctx.pastInspections.get(spec.ods)!;
  const pastRows = (spec.history?.episodes ?? []).map((episode, i) => {
    check(episode.exit !== undefined, `${spec.ods}: a past episode has ended`);
    return buildEpisode(ctx, trust, episode, past, `h${i}`);
  });
  const present = ctx.inspections.get(spec.ods)!.slice(past.length);
  const rows = (spec.episodes ?? []).map((episode, i) => buildEpisode(ctx, trust, episode, present, `${i}`));
  const all = [...pastRows, ...rows];
  for (let i = 1; i < all.length; i++) check(all[i - 1].exitedOn !== null && all[i - 1].exitedOn! < all[i].placedOn, `${trust.odsCode}: one episode at a time`);
  ctx.pastEpisodes.set(spec.ods, pastRows);
  ctx.episodes.set(spec.ods, rows);
}

/** `inspections` are those the episode's entry and exit index into; `key` names the row. */
function buildEpisode(ctx: SeedContext, trust: Trust, episode: EpisodeSpec, inspections: Inspection[], key: string): SpecialMeasuresEpisode {
  const ods = trust.odsCode;
  const entry = inspections[episode.entry];
  check(entry?.recommendation === Rec.ENTER_SPECIAL_MEASURES && ctx.isPublished(entry), `${ods}: entry inspection`);
  const placedOn = addDays(entry.publishedOn!, 7);
  const exit = episode.exit === undefined ? null : inspections[episode.exit];
  const exitedOn = exit ? addDays(exit.publishedOn!, 7) : null;
  if (exit) {
    check(exit.recommendation === Rec.EXIT_SPECIAL_MEASURES && ctx.isPublished(exit) && exit.inspectedOn > placedOn,
      `${ods}: exit inspection`);
    check(episode.exitType !== ExitType.EXITED_WITH_SUPPORT || exit.overall === Rating.REQUIRES_IMPROVEMENT,
      `${ods}: exit with support needs a requires-improvement rating`);
  }
  check(placedOn <= ctx.cal.today && (exitedOn === null || exitedOn <= ctx.cal.today), `${ods}: episode in the past`);
  return insert(ctx.em, SpecialMeasuresEpisode, {
    id: stableId('special-measures-episode', `${ods}#${key}`),
    trust,
    placedOn,
    reason: episode.reason,
    entryInspection: entry,
    extensions: episode.extensions ?? 0,
    exitedOn,
    exitType: exit ? episode.exitType! : null,
    exitInspection: exit,
  });
}
