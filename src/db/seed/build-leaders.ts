// A trust's leaders: a chief executive and a chair (and, for a full board, a medical director, a
// director of nursing and a finance director), each role a succession of holders, former ones first.
import { addDays } from '../../clock';
import { LeadershipRole } from '../../common/enums';
import { LeadershipTenure, type Trust } from '../../modules/entities';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { SeedContext } from './seed-context';
import type { Holder, TrustSpec } from './specs';

export function buildLeaders(ctx: SeedContext, trust: Trust, spec: TrustSpec, index: number): void {
  const holders: Partial<Record<LeadershipRole, Holder[]>> = {
    [LeadershipRole.CHIEF_EXECUTIVE]: [16 + ((index * 11) % 60)],
    [LeadershipRole.CHAIR]: [13 + ((index * 7) % 50)],
    ...(spec.fullBoard ? {
      [LeadershipRole.MEDICAL_DIRECTOR]: [20 + ((index * 13) % 40)],
      [LeadershipRole.DIRECTOR_OF_NURSING]: [14 + ((index * 3) % 30)],
      [LeadershipRole.FINANCE_DIRECTOR]: [25 + ((index * 17) % 45)],
    } : {}),
    ...spec.leaders,
  };
  for (const [role, succession] of Object.entries(holders) as [LeadershipRole, Holder[]][]) {
    const former = spec.history?.leaders?.[role] ?? [];
    const starts = [...former, ...succession].map((h, i) => ({
      startedOn: ctx.cal.monthStart(typeof h === 'number' ? h : h.monthsAgo),
      interim: typeof h !== 'number',
      // Former holders are keyed back from the first present one (-1 the latest), who keeps #0.
      key: i - former.length,
    }));
    starts.forEach(({ startedOn, interim, key }, i) => {
      const next = starts[i + 1];
      insert(ctx.em, LeadershipTenure, {
        id: stableId('leadership-tenure', `${spec.ods}/${role}#${key}`),
        trust,
        role,
        name: ctx.nextLeaderName(role, key < 0),
        startedOn,
        endedOn: next ? addDays(next.startedOn, -1) : null,
        interim,
      });
      check(!next || next.startedOn > startedOn, `${spec.ods}: ${role} holders in order`);
    });
  }
}
