import { addMonths, today } from '../../clock';
import { publishedSql } from '../inspection/published';

// SQL for the derived facts of a trust, given the trust table's alias. Each reads "today" from
// the one clock when the query is built. The date is validated YYYY-MM-DD, so inlining it is safe.
const day = (date: string) => `'${date}'::date`;

const latestPublishedInspection = (trust: string, columns: string) =>
  `(select ${columns} from inspection i where i.trust_id = ${trust}.id and ${publishedSql('i')}
    order by i.inspected_on desc, i.id desc limit 1)`;

export const trustFacts = {
  currentRating: (trust: string) => latestPublishedInspection(trust, 'i.overall'),

  inSpecialMeasures: (trust: string) =>
    `exists (select 1 from special_measures_episode e where e.trust_id = ${trust}.id and e.exited_on is null)`,

  meetsSpecialMeasuresCriteria: (trust: string) =>
    `coalesce(${latestPublishedInspection(
      trust,
      `i.well_led = 'INADEQUATE' and ((i.safe = 'INADEQUATE')::int + (i.effective = 'INADEQUATE')::int
        + (i.caring = 'INADEQUATE')::int + (i.responsive = 'INADEQUATE')::int) >= 1`,
    )}, false)`,

  chiefExecutivesInLast12Months: (trust: string) => {
    const from = addMonths(today(), -12);
    return `(select count(distinct t.name)::int from leadership_tenure t where t.trust_id = ${trust}.id
      and t.role = 'CHIEF_EXECUTIVE' and t.started_on <= ${day(today())}
      and (t.ended_on is null or t.ended_on >= ${day(from)}))`;
  },
};
