import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import type { TrustType } from '../../src/common/enums';
import { AuditEvent, Commissioner, DirectorAppointment, SpecialMeasuresEpisode, Trust } from '../../src/modules/entities';
import {
  ExitSpecialMeasuresDocument, ExtendSpecialMeasuresDocument, PlaceInSpecialMeasuresDocument, RecordInspectionDocument, TrustForecastDocument, TrustStateDocument,
  type ExitSpecialMeasuresInput, type PlaceInSpecialMeasuresInput, type RecordInspectionInput,
} from '../generated/graphql';
import { startApi, tokenFor, type GraphQLResponse, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_TODAY } from '../support/today';

// placeInSpecialMeasures, extendSpecialMeasures and exitSpecialMeasures over HTTP: their effects,
// their audit events, and every refusal with its code. Each describe that changes state has a
// database of its own.

const REGULATOR = () => tokenFor('REGULATOR', 'CQC');
const MONITOR = () => tokenFor('OVERSIGHT', 'MONITOR');
const TDA = () => tokenFor('OVERSIGHT', 'TDA');
const daysAgo = (n: number) => addDays(TEST_TODAY, -n);
const pad = (n: number) => String(n).padStart(2, '0');

/** date + months, clamped to the end of the target month (domain.md's rule, written again here). */
function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate()))}`;
}

/** One database and server, with the helpers every describe needs. */
function world() {
  const w = {} as { db: TestDatabase; api: TestApi };
  beforeAll(async () => {
    w.db = await createTestDatabase('demo');
    w.api = await startApi(w.db.orm);
  });
  afterAll(async () => {
    await w.api.stop();
    await w.db.drop();
  });

  const em = () => w.db.orm.em.fork();
  const trust = (odsCode: string) => em().findOneOrFail(Trust, { odsCode });

  /** An NHS or foundation trust that has never been in special measures. */
  async function trustNeverInSpecialMeasures(type: 'NHS_TRUST' | 'FOUNDATION_TRUST'): Promise<Trust> {
    const candidates = await em().find(Trust, { type: type as TrustType }, { orderBy: { odsCode: 'asc' } });
    const withEpisodes = new Set((await em().find(SpecialMeasuresEpisode, {})).map((e) => e.trust.id));
    const found = candidates.find((t) => !withEpisodes.has(t.id));
    expect(found, `a ${type} never in special measures`).toBeDefined();
    return found!;
  }

  async function activeEpisode(t: Trust): Promise<SpecialMeasuresEpisode> {
    return em().findOneOrFail(SpecialMeasuresEpisode, { trust: t, exitedOn: null });
  }

  /** Records an inspection as REGULATOR; returns its id. */
  async function record(t: Trust, overrides: Partial<RecordInspectionInput>): Promise<string> {
    const input: RecordInspectionInput = {
      trustId: t.id, inspectedOn: daysAgo(20), publishedOn: daysAgo(10), overall: 'INADEQUATE', safe: 'INADEQUATE', effective: 'REQUIRES_IMPROVEMENT',
      caring: 'GOOD', responsive: 'REQUIRES_IMPROVEMENT', wellLed: 'INADEQUATE', recommendation: 'ENTER_SPECIAL_MEASURES', ...overrides,
    };
    const { body } = await w.api.request(RecordInspectionDocument, { input }, REGULATOR());
    expect(body.errors).toBeUndefined();
    return body.data!.recordInspection.id;
  }

  /** What a refused change must leave as it was. */
  async function snapshot() {
    const [row] = await w.db.orm.em.getConnection().execute<Record<string, string>[]>(`select
      (select count(*) from audit_event) as audit,
      (select count(*) from special_measures_episode) as episodes,
      (select count(*) from special_measures_episode where exited_on is null) as active,
      (select coalesce(sum(extensions), 0) from special_measures_episode) as extensions,
      (select count(*) from director_appointment where ends_on is null) as open_appointments,
      (select count(*) from trust where autonomy_suspended) as suspended,
      (select count(*) from inspection) as inspections`);
    return row;
  }

  async function expectRefused(code: string, send: () => Promise<GraphQLResponse<unknown>>) {
    const before = await snapshot();
    const { body } = await send();
    expect(body.errors?.map((e) => e.extensions?.code), JSON.stringify(body.errors)).toEqual([code]);
    expect(body.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
  }

  const place = (input: PlaceInSpecialMeasuresInput, token: string | null) => w.api.request(PlaceInSpecialMeasuresDocument, { input }, token);
  const extend = (episodeId: string, token: string | null) => w.api.request(ExtendSpecialMeasuresDocument, { episodeId }, token);
  const exit = (input: ExitSpecialMeasuresInput, token: string | null) => w.api.request(ExitSpecialMeasuresDocument, { input }, token);
  const auditOf = (entityId: string, action: string) => em().find(AuditEvent, { entityId, action });

  return { w, em, trust, trustNeverInSpecialMeasures, activeEpisode, record, snapshot, expectRefused, place, extend, exit, auditOf };
}

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

describe('refusals, each writing nothing', () => {
  const t = world();
  let rn1: Trust;
  let rn1Episode: SpecialMeasuresEpisode;
  let nhsActive: SpecialMeasuresEpisode;
  let foundationExited: SpecialMeasuresEpisode;
  let freshNhs: Trust;
  let freshFoundation: Trust;
  let outsideX5NEpisode: SpecialMeasuresEpisode;
  /** Inspections of RN1, recorded for the exit refusals. */
  const rn1Inspections = {} as Record<'unpublished' | 'beforePlacement' | 'notExit' | 'goodExit' | 'validExit', string>;
  let otherTrustExit: string;
  let enterOfOther: string;
  let freshNhsNotEnter: string;
  let freshNhsEnter: string;

  beforeAll(async () => {
    const em = t.em();
    rn1 = await t.trust('RN1');
    rn1Episode = await t.activeEpisode(rn1);
    const episodes = await em.find(SpecialMeasuresEpisode, {}, { populate: ['trust'], orderBy: { placedOn: 'asc' } });
    nhsActive = episodes.find((e) => e.trust.type === 'NHS_TRUST' && e.exitedOn === null)!;
    foundationExited = episodes.find((e) => e.trust.type === 'FOUNDATION_TRUST' && e.exitedOn !== null)!;
    expect(nhsActive && foundationExited).toBeTruthy();
    const x5n = await em.findOneOrFail(Commissioner, { code: 'X5N' });
    outsideX5NEpisode = episodes.find((e) => e.trust.localSystem.id !== x5n.localSystem.id && e.exitedOn === null)!;
    expect(outsideX5NEpisode).toBeTruthy();
    freshNhs = await t.trustNeverInSpecialMeasures('NHS_TRUST');
    freshFoundation = await t.trustNeverInSpecialMeasures('FOUNDATION_TRUST');

    const exitRatings = { overall: 'REQUIRES_IMPROVEMENT', safe: 'REQUIRES_IMPROVEMENT', wellLed: 'REQUIRES_IMPROVEMENT', recommendation: 'EXIT_SPECIAL_MEASURES' } as const;
    rn1Inspections.unpublished = await t.record(rn1, { ...exitRatings, inspectedOn: daysAgo(4), publishedOn: null });
    rn1Inspections.beforePlacement = await t.record(rn1, { ...exitRatings, inspectedOn: addDays(rn1Episode.placedOn, -1), publishedOn: addDays(rn1Episode.placedOn, -1) });
    rn1Inspections.notExit = await t.record(rn1, { ...exitRatings, inspectedOn: daysAgo(4), publishedOn: daysAgo(2), recommendation: 'REMAIN_IN_SPECIAL_MEASURES' });
    rn1Inspections.goodExit = await t.record(rn1, { ...exitRatings, inspectedOn: daysAgo(4), publishedOn: daysAgo(2), overall: 'GOOD' });
    rn1Inspections.validExit = await t.record(rn1, { ...exitRatings, inspectedOn: daysAgo(4), publishedOn: daysAgo(2) });
    otherTrustExit = await t.record(nhsActive.trust, { ...exitRatings, inspectedOn: daysAgo(4), publishedOn: daysAgo(2) });
    enterOfOther = await t.record(nhsActive.trust, { inspectedOn: daysAgo(9), publishedOn: daysAgo(5) });
    freshNhsNotEnter = await t.record(freshNhs, { inspectedOn: daysAgo(9), publishedOn: daysAgo(5), recommendation: 'NONE' });
    freshNhsEnter = await t.record(freshNhs, { inspectedOn: daysAgo(9), publishedOn: daysAgo(5) });
  });

  const validExit = (overrides: Partial<ExitSpecialMeasuresInput> = {}): ExitSpecialMeasuresInput => ({
    episodeId: rn1Episode.id, exitedOn: TEST_TODAY, exitInspectionId: rn1Inspections.validExit, exitType: 'EXITED', ...overrides,
  });
  const placeFresh = (overrides: Partial<PlaceInSpecialMeasuresInput> = {}): PlaceInSpecialMeasuresInput => ({
    trustId: freshNhs.id, placedOn: daysAgo(2), reason: 'Inadequate', entryInspectionId: freshNhsEnter, ...overrides,
  });

  describe('NOT_FOUND', () => {
    it('unknown episode, trust or inspection ids', async () => {
      await t.expectRefused('NOT_FOUND', () => t.extend(randomUUID(), MONITOR()));
      await t.expectRefused('NOT_FOUND', () => t.extend('not-an-id', MONITOR()));
      await t.expectRefused('NOT_FOUND', () => t.place(placeFresh({ trustId: randomUUID() }), TDA()));
      await t.expectRefused('NOT_FOUND', () => t.place(placeFresh({ entryInspectionId: randomUUID() }), TDA()));
      await t.expectRefused('NOT_FOUND', () => t.exit(validExit({ episodeId: randomUUID() }), MONITOR()));
      await t.expectRefused('NOT_FOUND', () => t.exit(validExit({ exitInspectionId: randomUUID() }), MONITOR()));
    });

    it('comes before BAD_USER_INPUT: an unknown trust or episode with a future date', async () => {
      await t.expectRefused('NOT_FOUND', () => t.place(placeFresh({ trustId: randomUUID(), placedOn: addDays(TEST_TODAY, 5), reason: '' }), TDA()));
      await t.expectRefused('NOT_FOUND', () => t.exit(validExit({ episodeId: randomUUID(), exitedOn: addDays(TEST_TODAY, 5) }), MONITOR()));
    });

    it('a row the caller may not read: a commissioner, an episode outside its system', async () => {
      await t.expectRefused('NOT_FOUND', () => t.extend(outsideX5NEpisode.id, tokenFor('COMMISSIONER', 'X5N')));
      await t.expectRefused('NOT_FOUND', () => t.place(placeFresh({ trustId: outsideX5NEpisode.trust.id }), tokenFor('COMMISSIONER', 'X5N')));
    });

    it('a row the caller may not read: an unpublished exit inspection, for a commissioner (before FORBIDDEN)', async () => {
      await t.expectRefused('NOT_FOUND', () => t.exit(validExit({ exitInspectionId: rn1Inspections.unpublished }), tokenFor('COMMISSIONER', 'X5N')));
    });

    it("a row the caller may not read: another trust's unpublished inspection as entry, for a trust", async () => {
      const hidden = await t.record(freshNhs, { publishedOn: null });
      await t.expectRefused('NOT_FOUND', () => t.place({ trustId: rn1.id, placedOn: daysAgo(1), reason: 'x', entryInspectionId: hidden }, tokenFor('TRUST', 'RN1')));
    });
  });

  describe('BAD_USER_INPUT', () => {
    it('a placement dated in the future', async () => {
      await t.expectRefused('BAD_USER_INPUT', () => t.place(placeFresh({ placedOn: addDays(TEST_TODAY, 1) }), TDA()));
    });

    it.each(['', '   '])('an empty reason (%j)', async (reason) => {
      await t.expectRefused('BAD_USER_INPUT', () => t.place(placeFresh({ reason }), TDA()));
    });

    it('a reason over 2000 characters', async () => {
      await t.expectRefused('BAD_USER_INPUT', () => t.place(placeFresh({ reason: 'x'.repeat(2001) }), TDA()));
    });

    it('a reason holding a NUL character (text PostgreSQL cannot store) is a bad input, not an internal error', async () => {
      await t.expectRefused('BAD_USER_INPUT', () => t.place(placeFresh({ reason: 'Inadequate\u0000care' }), TDA()));
    });

    it('an exit dated in the future', async () => {
      await t.expectRefused('BAD_USER_INPUT', () => t.exit(validExit({ exitedOn: addDays(TEST_TODAY, 1) }), MONITOR()));
    });

    it('a date that is not a calendar date', async () => {
      await t.expectRefused('BAD_USER_INPUT', () => t.place(placeFresh({ placedOn: '2025-13-01' }), TDA()));
    });

    it('comes before FORBIDDEN: MONITOR placing an NHS trust with an empty reason, TDA exiting in the future', async () => {
      await t.expectRefused('BAD_USER_INPUT', () => t.place(placeFresh({ reason: ' ' }), MONITOR()));
      await t.expectRefused('BAD_USER_INPUT', () => t.exit(validExit({ exitedOn: addDays(TEST_TODAY, 1) }), TDA()));
    });
  });

  describe('FORBIDDEN', () => {
    it("OVERSIGHT TDA acting on a foundation trust's episode", async () => {
      await t.expectRefused('FORBIDDEN', () => t.extend(rn1Episode.id, TDA()));
      await t.expectRefused('FORBIDDEN', () => t.exit(validExit(), TDA()));
      await t.expectRefused('FORBIDDEN', () => t.place({ trustId: freshFoundation.id, placedOn: daysAgo(1), reason: 'x' }, TDA()));
    });

    it('OVERSIGHT MONITOR acting on an NHS trust', async () => {
      await t.expectRefused('FORBIDDEN', () => t.extend(nhsActive.id, MONITOR()));
      await t.expectRefused('FORBIDDEN', () => t.place(placeFresh(), MONITOR()));
    });

    it.each([
      ['REGULATOR', 'CQC'],
      ['TRUST', 'RN1'],
      ['IMPROVEMENT_DIRECTOR', 'ID-001'],
      ['COMMISSIONER', 'X5N'],
    ])('%s %s changes no episode', async (role, org) => {
      const token = tokenFor(role, org);
      await t.expectRefused('FORBIDDEN', () => t.extend(rn1Episode.id, token));
      await t.expectRefused('FORBIDDEN', () => t.exit(validExit(), token));
    });

    it('PUBLIC changes no episode', async () => {
      await t.expectRefused('FORBIDDEN', () => t.extend(rn1Episode.id, null));
      await t.expectRefused('FORBIDDEN', () => t.place(placeFresh({ entryInspectionId: null }), null));
    });

    it('comes before FAILED_PRECONDITION and CONFLICT', async () => {
      await t.expectRefused('FORBIDDEN', () => t.extend(foundationExited.id, TDA()));
      await t.expectRefused('FORBIDDEN', () => t.place({ trustId: rn1.id, placedOn: daysAgo(1), reason: 'again' }, TDA()));
      await t.expectRefused('FORBIDDEN', () => t.exit(validExit({ exitInspectionId: rn1Inspections.notExit }), TDA()));
    });
  });

  describe('FAILED_PRECONDITION', () => {
    it('extending or exiting an exited episode', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.extend(foundationExited.id, MONITOR()));
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ episodeId: foundationExited.id }), MONITOR()));
    });

    it('exit on an unpublished inspection', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ exitInspectionId: rn1Inspections.unpublished }), MONITOR()));
    });

    it("exit on another trust's inspection", async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ exitInspectionId: otherTrustExit }), MONITOR()));
    });

    it('exit on an inspection carried out before the placement', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ exitInspectionId: rn1Inspections.beforePlacement }), MONITOR()));
    });

    it('exit on an inspection that does not recommend exit', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ exitInspectionId: rn1Inspections.notExit }), MONITOR()));
    });

    it('EXITED_WITH_SUPPORT when the exit inspection is not rated REQUIRES_IMPROVEMENT overall', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ exitInspectionId: rn1Inspections.goodExit, exitType: 'EXITED_WITH_SUPPORT' }), MONITOR()));
    });

    it('exit dated before its inspection', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ exitedOn: daysAgo(5) }), MONITOR()));
    });

    it('entry inspection of another trust, or one not recommending special measures', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.place(placeFresh({ entryInspectionId: enterOfOther }), TDA()));
      await t.expectRefused('FAILED_PRECONDITION', () => t.place(placeFresh({ entryInspectionId: freshNhsNotEnter }), TDA()));
    });

    it('placement before its entry inspection', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.place(placeFresh({ placedOn: daysAgo(10) }), TDA()));
    });
  });

  describe('CONFLICT', () => {
    it('placing a trust already in special measures', async () => {
      await t.expectRefused('CONFLICT', () => t.place({ trustId: rn1.id, placedOn: daysAgo(1), reason: 'again' }, MONITOR()));
    });
  });

  it('the refused exits left RN1 as it was; a valid exit then succeeds (the refusals could have passed)', async () => {
    const { body } = await t.exit(validExit(), MONITOR());
    expect(body.errors).toBeUndefined();
    expect(body.data!.exitSpecialMeasures.active).toBe(false);
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
