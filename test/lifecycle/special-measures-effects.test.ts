import { describe, expect, it } from 'vitest';
import { AuditEvent, DirectorAppointment, SpecialMeasuresEpisode } from '../../src/modules/entities';
import { TrustForecastDocument, TrustStateDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { MONITOR, TDA, world } from './special-measures.helpers';

// placeInSpecialMeasures, extendSpecialMeasures and exitSpecialMeasures over HTTP: what a change does
// beyond its episode (an exit ends the director appointments and restores autonomy, each change
// audited), and concurrent placements. Each describe has a database of its own, from world() in
// special-measures.helpers.ts.

describe('exit of a foundation trust with an improvement director (RN1, MONITOR)', () => {
  const t = world();

  it('ends the open director appointments on the exit date, restores autonomy, audits each change', async () => {
    const rn1 = await t.trust('RN1');
    expect(rn1.autonomySuspended).toBe(true);
    const episode = await t.activeEpisode(rn1);
    const open = await t.em().find(DirectorAppointment, { trust: rn1, endsOn: null });
    expect(open.length).toBeGreaterThan(0);
    const inspectedOn = daysAgo(3);
    expect(inspectedOn > episode.placedOn).toBe(true);
    const exitInspection = await t.record(rn1, {
      inspectedOn, publishedOn: daysAgo(1), overall: 'GOOD', safe: 'GOOD', effective: 'GOOD', responsive: 'GOOD', wellLed: 'GOOD',
      recommendation: 'EXIT_SPECIAL_MEASURES',
    });

    const { body } = await t.exit({ episodeId: episode.id, exitedOn: TEST_TODAY, exitInspectionId: exitInspection, exitType: 'EXITED' }, MONITOR());
    expect(body.errors).toBeUndefined();
    const exited = body.data!.exitSpecialMeasures;
    expect(exited).toMatchObject({ id: episode.id, exitedOn: TEST_TODAY, exitType: 'EXITED', active: false, trust: { inSpecialMeasures: false, autonomySuspended: false } });

    const after = await t.em().find(DirectorAppointment, { id: { $in: open.map((a) => a.id) } });
    for (const appointment of after) expect(appointment.endsOn).toBe(TEST_TODAY);
    expect(await t.em().count(DirectorAppointment, { trust: rn1, endsOn: null })).toBe(0);
    const state = (await t.w.api.request(TrustStateDocument, { odsCode: 'RN1' })).body.data!.trust!;
    expect(state).toMatchObject({ inSpecialMeasures: false, autonomySuspended: false });
    expect((await t.trust('RN1')).autonomySuspended).toBe(false);

    const events = await t.em().find(AuditEvent, { action: 'exitSpecialMeasures' });
    for (const event of events) expect(event).toMatchObject({ subject: 'test:oversight:MONITOR', role: 'OVERSIGHT', organisation: 'MONITOR' });
    const byEntity = (entity: string, id: string) => events.find((e) => e.entity === entity && e.entityId === id);
    expect(byEntity('SpecialMeasuresEpisode', episode.id)?.changes?.exitedOn).toEqual({ from: null, to: TEST_TODAY });
    for (const appointment of open) {
      expect(byEntity('DirectorAppointment', appointment.id)?.changes?.endsOn, appointment.id).toEqual({ from: null, to: TEST_TODAY });
    }
    expect(byEntity('Trust', rn1.id)?.changes?.autonomySuspended).toEqual({ from: true, to: false });
    expect(events).toHaveLength(2 + open.length);
  });

  it('the director whose appointment ended no longer reads the trust as appointed', async () => {
    const { body } = await t.w.api.request(TrustForecastDocument, { odsCode: 'RN1' }, tokenFor('IMPROVEMENT_DIRECTOR', 'ID-001'));
    expect(body.data!.trust!.financialForecast).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('two concurrent placements of the same trust', () => {
  const t = world();

  it('exactly one succeeds; the other is CONFLICT and writes nothing', async () => {
    const trust = await t.trustNeverInSpecialMeasures('NHS_TRUST');
    const auditBefore = await t.em().count(AuditEvent);
    const input = { trustId: trust.id, placedOn: daysAgo(1), reason: 'Raced placement' };
    const responses = await Promise.all([t.place(input, TDA()), t.place(input, TDA())]);

    const succeeded = responses.filter((r) => r.body.data?.placeInSpecialMeasures);
    const refused = responses.filter((r) => r.body.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused.map((r) => r.body.errors!.map((e) => e.extensions?.code))).toEqual([['CONFLICT']]);

    expect(await t.em().count(SpecialMeasuresEpisode, { trust, exitedOn: null })).toBe(1);
    const events = await t.em().find(AuditEvent, { action: 'placeInSpecialMeasures' });
    expect(events.map((e) => e.entityId)).toEqual([succeeded[0].body.data!.placeInSpecialMeasures.id]);
    expect(await t.em().count(AuditEvent)).toBe(auditBefore + 1);
  });

  it('and so for several concurrent placements of another trust', async () => {
    const trust = await t.trustNeverInSpecialMeasures('NHS_TRUST');
    const input = { trustId: trust.id, placedOn: daysAgo(1), reason: 'Raced again' };
    const responses = await Promise.all(Array.from({ length: 5 }, () => t.place(input, TDA())));
    const codes = responses.map((r) => (r.body.errors ? r.body.errors[0].extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await t.em().count(SpecialMeasuresEpisode, { trust, exitedOn: null })).toBe(1);
  });
});
