import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import { Commissioner, SpecialMeasuresEpisode, Trust } from '../../src/modules/entities';
import type { ExitSpecialMeasuresInput, PlaceInSpecialMeasuresInput } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { daysAgo } from '../support/dates';
import { TEST_TODAY } from '../support/today';
import { MONITOR, TDA, world } from './special-measures.helpers';

// placeInSpecialMeasures, extendSpecialMeasures and exitSpecialMeasures over HTTP: every refusal with
// its code, in the order of docs/domain.md#how-access-behaves, each writing nothing. The describe has a database of its own,
// from world() in special-measures.helpers.ts.

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
  const rn1Inspections = {} as Record<'unpublished' | 'beforePlacement' | 'notExit' | 'goodExit' | 'publishedLate' | 'validExit', string>;
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
    rn1Inspections.publishedLate = await t.record(rn1, { ...exitRatings, inspectedOn: daysAgo(4), publishedOn: daysAgo(1) });
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

    it('exit dated before its inspection was published (inspected before the exit date, published after it)', async () => {
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ exitInspectionId: rn1Inspections.publishedLate, exitedOn: daysAgo(2) }), MONITOR()));
      await t.expectRefused('FAILED_PRECONDITION', () => t.exit(validExit({ exitInspectionId: rn1Inspections.publishedLate, exitedOn: daysAgo(3) }), MONITOR()));
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
