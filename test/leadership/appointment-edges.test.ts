import { describe, it } from 'vitest';
import { addDays } from '../../src/clock';
import { DirectorAppointment } from '../../src/modules/entities';
import { TEST_TODAY } from '../support/today';
import { as, world } from './leadership.helpers';

// Two edges of the appointment rules of docs/domain.md#entities-and-rules that a first version missed: a planned end moved past
// the next appointment's start, and authorising a trust whose director answers to the TDA. The steps
// before each refusal are tests of their own, so a refusal cannot pass because its set-up broke.

const t = world();

describe('re-dating a planned end cannot make two appointments of one trust open at once', () => {
  // At most one open appointment per trust and per director.
  it('MONITOR plans the end of ID-001 at RN1 in 60 days, and appoints ID-006 from that day', async () => {
    const open = await t.openAppointment('RN1');
    await t.expectChange(() => t.api.endAppointment(open.id, addDays(TEST_TODAY, 60), as.monitor()));
    const [id006, rn1] = [(await t.director('ID-006')).id, (await t.trust('RN1')).id];
    await t.expectChange(() => t.api.appoint({ directorId: id006, trustId: rn1, startsOn: addDays(TEST_TODAY, 60) }, as.monitor()));
  });

  it('moving ID-001\'s end to day 90, past ID-006\'s start, is refused with CONFLICT and writes nothing', async () => {
    const rn1 = await t.trust('RN1');
    // ID-001's appointment planned to end in 60 days (not its appointment at RN1 years ago).
    const first = await t.em().findOneOrFail(DirectorAppointment, { trust: rn1, director: await t.director('ID-001'), endsOn: { $gt: TEST_TODAY } });
    await t.expectRefused('CONFLICT', () => t.api.endAppointment(first.id, addDays(TEST_TODAY, 90), as.monitor()));
  });
});

describe('authorising a trust cannot leave a TDA director appointed to a foundation trust', () => {
  // A director is accountable to the oversight body of every trust it is
  // appointed to; after authorisation RS5's oversight body would be MONITOR.
  it('TDA appoints ID-009 (accountable to TDA) at RS5, an eligible NHS trust', async () => {
    const [id009, rs5] = [(await t.director('ID-009')).id, (await t.trust('RS5')).id];
    await t.expectChange(() => t.api.appoint({ directorId: id009, trustId: rs5, startsOn: TEST_TODAY }, as.tda()));
  });

  it('MONITOR authorising RS5 is refused with FAILED_PRECONDITION while that appointment is open, and writes nothing', async () => {
    const rs5 = (await t.trust('RS5')).id;
    await t.expectRefused('FAILED_PRECONDITION', () => t.api.authorise(rs5, TEST_TODAY, as.monitor()));
  });
});
