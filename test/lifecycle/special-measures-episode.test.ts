import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { Trust } from '../../src/modules/entities';
import { TrustStateDocument } from '../generated/graphql';
import { daysAgo, plusMonths } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { TDA, world } from './special-measures.helpers';

// placeInSpecialMeasures, extendSpecialMeasures and exitSpecialMeasures over HTTP: the life of an
// episode, its audit events, and its re-inspection date. Each describe has a database of its own,
// from world() in special-measures.helpers.ts.

describe('the life of an episode: place, extend, exit (NHS trust, TDA)', () => {
  const t = world();
  let trust: Trust;
  let entryId: string;
  let episodeId: string;
  const placedOn = daysAgo(40);

  beforeAll(async () => {
    trust = await t.trustNeverInSpecialMeasures('NHS_TRUST');
    entryId = await t.record(trust, { inspectedOn: daysAgo(60), publishedOn: daysAgo(45) });
  });

  it('placeInSpecialMeasures puts the trust in special measures, re-inspection due 12 months on', async () => {
    const { body } = await t.place({ trustId: trust.id, placedOn, reason: '  Inadequate overall and well-led.  ', entryInspectionId: entryId }, TDA());
    expect(body.errors).toBeUndefined();
    const episode = body.data!.placeInSpecialMeasures;
    episodeId = episode.id;
    expect(episode).toMatchObject({
      placedOn, reason: 'Inadequate overall and well-led.', extensions: 0, active: true, reinspectionDueOn: plusMonths(placedOn, 12),
      entryInspection: { id: entryId }, trust: { id: trust.id, inSpecialMeasures: true },
    });
    const state = (await t.w.api.request(TrustStateDocument, { odsCode: trust.odsCode })).body.data!.trust!;
    expect(state.inSpecialMeasures).toBe(true);
    expect(state.specialMeasuresEpisodes.filter((e) => e.active).map((e) => e.id)).toEqual([episodeId]);
  });

  it('audits the placement: action, entity, id, caller, and the new values', async () => {
    const events = await t.auditOf(episodeId, 'placeInSpecialMeasures');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entity: 'SpecialMeasuresEpisode', subject: 'test:oversight:TDA', role: 'OVERSIGHT', organisation: 'TDA',
    });
    expect(events[0].changes!.placedOn).toEqual({ from: null, to: placedOn });
    expect(events[0].changes!.reason).toEqual({ from: null, to: 'Inadequate overall and well-led.' });
  });

  it('extendSpecialMeasures moves re-inspection by 6 months each time, and is audited from/to', async () => {
    const first = await t.extend(episodeId, TDA());
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.extendSpecialMeasures).toMatchObject({ extensions: 1, reinspectionDueOn: plusMonths(placedOn, 18), active: true });
    const second = await t.extend(episodeId, TDA());
    expect(second.body.data!.extendSpecialMeasures).toMatchObject({ extensions: 2, reinspectionDueOn: plusMonths(placedOn, 24) });

    const events = (await t.auditOf(episodeId, 'extendSpecialMeasures')).map((e) => e.changes!.extensions);
    expect(events).toEqual(expect.arrayContaining([{ from: 0, to: 1 }, { from: 1, to: 2 }]));
    expect(events).toHaveLength(2);
    const [event] = await t.auditOf(episodeId, 'extendSpecialMeasures');
    expect(event).toMatchObject({ entity: 'SpecialMeasuresEpisode', subject: 'test:oversight:TDA', role: 'OVERSIGHT', organisation: 'TDA' });
  });

  it('exitSpecialMeasures with support, on an inspection rated REQUIRES_IMPROVEMENT that recommends exit', async () => {
    const exitInspection = await t.record(trust, {
      inspectedOn: daysAgo(8), publishedOn: daysAgo(3), overall: 'REQUIRES_IMPROVEMENT', safe: 'REQUIRES_IMPROVEMENT', wellLed: 'REQUIRES_IMPROVEMENT',
      recommendation: 'EXIT_SPECIAL_MEASURES',
    });
    const { body } = await t.exit({ episodeId, exitedOn: TEST_TODAY, exitInspectionId: exitInspection, exitType: 'EXITED_WITH_SUPPORT' }, TDA());
    expect(body.errors).toBeUndefined();
    expect(body.data!.exitSpecialMeasures).toMatchObject({
      exitedOn: TEST_TODAY, exitType: 'EXITED_WITH_SUPPORT', active: false, exitInspection: { id: exitInspection },
      trust: { id: trust.id, inSpecialMeasures: false, autonomySuspended: false },
    });
    const events = await t.auditOf(episodeId, 'exitSpecialMeasures');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity: 'SpecialMeasuresEpisode', subject: 'test:oversight:TDA', role: 'OVERSIGHT', organisation: 'TDA' });
    expect(events[0].changes!.exitedOn).toEqual({ from: null, to: TEST_TODAY });
    expect(events[0].changes!.exitType).toEqual({ from: null, to: 'EXITED_WITH_SUPPORT' });
  });

  it('an exited episode is not extended again, and the trust is placed anew only after its exit date', async () => {
    await t.expectRefused('FAILED_PRECONDITION', () => t.extend(episodeId, TDA()));
    await t.expectRefused('FAILED_PRECONDITION', () => t.exit({ episodeId, exitedOn: TEST_TODAY, exitInspectionId: entryId, exitType: 'EXITED' }, TDA()));
    await t.expectRefused('FAILED_PRECONDITION', () => t.place({ trustId: trust.id, placedOn: daysAgo(1), reason: 'Again' }, TDA()));
  });
});

describe('reinspectionDueOn is computed from placedOn and clamped to the month end', () => {
  const t = world();

  it('a placement on the 31st: +12, +18 (clamped) and +24 months (the 31st again, not drifting)', async () => {
    // The latest 31st before today whose 18-month date falls in a shorter month.
    let placedOn = TEST_TODAY;
    for (let back = 0; back < 800; back += 1) {
      const day = addDays(TEST_TODAY, -back);
      if (day.endsWith('-31') && Number(plusMonths(day, 18).slice(8)) < 31) {
        placedOn = day;
        break;
      }
    }
    expect(placedOn.endsWith('-31')).toBe(true);
    const trust = await t.trustNeverInSpecialMeasures('NHS_TRUST');
    const placed = await t.place({ trustId: trust.id, placedOn, reason: 'Month-end placement' }, TDA());
    expect(placed.body.errors).toBeUndefined();
    const episode = placed.body.data!.placeInSpecialMeasures;
    expect(episode.reinspectionDueOn).toBe(plusMonths(placedOn, 12));
    expect(episode.reinspectionDueOn.slice(8)).toBe('31');

    const once = (await t.extend(episode.id, TDA())).body.data!.extendSpecialMeasures.reinspectionDueOn;
    expect(once).toBe(plusMonths(placedOn, 18));
    expect(Number(once.slice(8))).toBeLessThan(31);
    const twice = (await t.extend(episode.id, TDA())).body.data!.extendSpecialMeasures.reinspectionDueOn;
    expect(twice).toBe(plusMonths(placedOn, 24));
    expect(twice.slice(8)).toBe('31');
  });
});
