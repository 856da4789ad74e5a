// A trust's inspections, its history's first: dates from the story (publication 6 to 10 weeks after the visit unless the
// story says otherwise), ratings from the "O:GGGGG" strings, and a summary written from both.
import { addDays } from '../../clock';
import { InspectionRecommendation as Rec, Rating } from '../../common/enums';
import { Inspection, type Trust } from '../../modules/entities';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';
import type { InspectionSpec, TrustSpec } from './specs';

const RATING_BY_LETTER: Record<string, Rating> = { O: Rating.OUTSTANDING, G: Rating.GOOD, R: Rating.REQUIRES_IMPROVEMENT, I: Rating.INADEQUATE };
const KEY_QUESTION_NAMES = ['safety', 'effectiveness', 'caring', 'responsiveness', 'leadership'];

function ratingsOf(rated: string) {
  const match = /^([OGRI]):([OGRI]{5})$/.exec(rated);
  if (!match) throw new Error(`bad rating string ${rated}`);
  const [safe, effective, caring, responsive, wellLed] = [...match[2]].map((letter) => RATING_BY_LETTER[letter]);
  return { overall: RATING_BY_LETTER[match[1]], safe, effective, caring, responsive, wellLed };
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function inspectionSummary(rated: string, rec: Rec): string {
  const letters = rated.slice(2);
  const below = (letter: string) => KEY_QUESTION_NAMES.filter((_, i) => letters[i] === letter);
  const inadequate = joinWords(below('I'));
  const improve = joinWords(below('R'));
  switch (rec) {
    case Rec.ENTER_SPECIAL_MEASURES:
      return `Inadequate overall, with serious concerns about ${inadequate}. The Chief Inspector of Hospitals recommends special measures.`;
    case Rec.REMAIN_IN_SPECIAL_MEASURES:
      return `Some progress since the last inspection, but ${inadequate || improve} still below the standard expected. The trust should remain in special measures.`;
    case Rec.EXIT_SPECIAL_MEASURES:
      return `Significant improvement across the trust${improve ? `; ${improve} still require improvement` : ''}. The Chief Inspector recommends that the trust leaves special measures.`;
    default:
      if (rated[0] === 'O') return 'Outstanding: a strong culture of learning, with staff and patients involved in improvement.';
      if (rated[0] === 'G') return `Good overall${improve ? `, though ${improve} require improvement` : ''}.`;
      return `Requires improvement overall: concerns about ${improve || inadequate}${inadequate && improve ? `, and ${inadequate} inadequate` : ''}.`;
  }
}

export function buildInspections(ctx: SeedContext, trust: Trust, spec: TrustSpec, index: number): void {
  const past = (spec.history?.inspections ?? []).map((inspection, i) => buildInspection(ctx, trust, spec, index, inspection, i + 7, `h${i}`));
  const present = spec.inspections.map((inspection, i) => buildInspection(ctx, trust, spec, index, inspection, i, `${i}`));
  const rows = [...past, ...present];
  for (let i = 1; i < rows.length; i++) check(rows[i - 1].inspectedOn < rows[i].inspectedOn, `${spec.ods}: inspections in order`);
  ctx.pastInspections.set(spec.ods, past);
  ctx.inspections.set(spec.ods, rows);
}

/** `salt` spreads the days of the visit and of publication; `key` names the row. */
function buildInspection(ctx: SeedContext, trust: Trust, spec: TrustSpec, index: number, inspection: InspectionSpec, salt: number, key: string): Inspection {
  const inspectedOn = inspection.daysAgo !== undefined
    ? ctx.cal.daysAgo(inspection.daysAgo)
    : ctx.cal.monthsAgo(inspection.monthsAgo!, (index * 5 + salt * 3) % 12);
  const publishedOn = inspection.publishedInDays === undefined
    ? addDays(inspectedOn, 42 + ((index * 7 + salt * 11) % 29))
    : inspection.publishedInDays === null ? null : addDays(ctx.cal.today, inspection.publishedInDays);
  check(inspection.publishedInDays !== undefined || publishedOn! <= ctx.cal.today,
    `${spec.ods}: inspection ${key} should be published by now`);
  return insert(ctx.em, Inspection, {
    id: stableId('inspection', `${spec.ods}#${key}`),
    trust,
    inspectedOn,
    publishedOn,
    ...ratingsOf(inspection.rated),
    recommendation: inspection.rec,
    summary: inspectionSummary(inspection.rated, inspection.rec),
  });
}
