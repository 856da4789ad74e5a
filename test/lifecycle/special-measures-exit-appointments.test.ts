import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { DirectorAppointment, ImprovementDirector, SpecialMeasuresEpisode, Trust } from '../../src/modules/entities';
import { TrustForecastDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { MONITOR, world } from './special-measures.helpers';

// An exit ends every director appointment open on the exit date, whatever end date it had planned,
// so no director keeps reading the trust's money and findings past it; one that has not started by
// then is cancelled: it ends on its own start date, so it never blocks the exit. RN1 is a foundation
// trust in special measures, with ID-001 appointed.

const GOOD_EXIT = {
  overall: 'GOOD', safe: 'GOOD', effective: 'GOOD', caring: 'GOOD', responsive: 'GOOD', wellLed: 'GOOD', recommendation: 'EXIT_SPECIAL_MEASURES',
} as const;

async function appointmentsOf(t: ReturnType<typeof world>, rn1: Trust) {
  const em = t.em();
  const open = await em.findOneOrFail(DirectorAppointment, { trust: rn1, endsOn: null }, { populate: ['director'] });
  const other = await em.findOneOrFail(ImprovementDirector, { code: 'ID-006' });
  return { em, open, other };
}

describe('an appointment with a planned end after the exit date', () => {
  const t = world();
  let rn1: Trust;
  let episode: SpecialMeasuresEpisode;
  let planned: DirectorAppointment;
  let endedEarlier: DirectorAppointment;
  const forecastAsDirector = () => t.w.api.request(TrustForecastDocument, { odsCode: 'RN1' }, tokenFor('IMPROVEMENT_DIRECTOR', 'ID-001'));

  beforeAll(async () => {
    rn1 = await t.trust('RN1');
    episode = await t.activeEpisode(rn1);
    const { em, open, other } = await appointmentsOf(t, rn1);
    expect(open.director.code).toBe('ID-001');
    open.endsOn = addDays(TEST_TODAY, 60);
    endedEarlier = em.create(DirectorAppointment, { director: other, trust: rn1, startsOn: addDays(episode.placedOn, 1), endsOn: addDays(episode.placedOn, 20) });
    await em.flush();
    planned = open;
  });

  it('lets its director read the trust before the exit', async () => {
    const { body } = await forecastAsDirector();
    expect(body.errors).toBeUndefined();
    expect(body.data!.trust!.financialForecast).not.toBeNull();
  });

  it('ends on the exit date; one that ended before it is left as it was; the director no longer reads the money', async () => {
    const exitInspection = await t.record(rn1, { ...GOOD_EXIT, inspectedOn: daysAgo(3), publishedOn: daysAgo(2) });
    const exitedOn = daysAgo(1);
    const { body } = await t.exit({ episodeId: episode.id, exitedOn, exitInspectionId: exitInspection, exitType: 'EXITED' }, MONITOR());
    expect(body.errors).toBeUndefined();

    const em = t.em();
    expect((await em.findOneOrFail(DirectorAppointment, planned.id)).endsOn).toBe(exitedOn);
    expect((await em.findOneOrFail(DirectorAppointment, endedEarlier.id)).endsOn).toBe(endedEarlier.endsOn);
    expect((await t.auditOf(planned.id, 'exitSpecialMeasures'))[0]?.changes?.endsOn).toEqual({ from: planned.endsOn, to: exitedOn });
    expect(await t.auditOf(endedEarlier.id, 'exitSpecialMeasures')).toEqual([]);

    const after = await forecastAsDirector();
    expect(after.body.data!.trust!.financialForecast).toBeNull();
    expect(after.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe.each([['on the exit date', 0], ['after the exit date', 14]] as const)('an appointment that starts %s', (_when, daysAfterExit) => {
  const t = world();

  it('is cancelled by the exit: it ends on its own start date, the exit goes through, and its director never reads the trust', async () => {
    const rn1 = await t.trust('RN1');
    const episode = await t.activeEpisode(rn1);
    const { em, open, other } = await appointmentsOf(t, rn1);
    const exitedOn = daysAgo(1);
    open.endsOn = exitedOn;
    await em.flush(); // ended first: one open appointment per trust
    const startsOn = addDays(exitedOn, daysAfterExit);
    const future = em.create(DirectorAppointment, { director: other, trust: rn1, startsOn });
    await em.flush();
    const exitInspection = await t.record(rn1, { ...GOOD_EXIT, inspectedOn: daysAgo(3), publishedOn: daysAgo(2) });
    const { body } = await t.exit({ episodeId: episode.id, exitedOn, exitInspectionId: exitInspection, exitType: 'EXITED' }, MONITOR());
    expect(body.errors).toBeUndefined();

    expect((await t.em().findOneOrFail(DirectorAppointment, future.id)).endsOn).toBe(startsOn);
    expect((await t.auditOf(future.id, 'exitSpecialMeasures'))[0]?.changes?.endsOn).toEqual({ from: null, to: startsOn });
    const read = await t.w.api.request(TrustForecastDocument, { odsCode: 'RN1' }, tokenFor('IMPROVEMENT_DIRECTOR', 'ID-006'));
    expect(read.body.data!.trust!.financialForecast).toBeNull();
  });
});
