import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/clock';
import {
  EverythingOverTimeDocument, InterventionOutcomesDocument, OneYearOnDocument, RatingHistoryDocument, StatusOnAndLiveDocument, TrustsOnDocument,
} from '../generated/graphql';
import { tokenFor } from '../support/api';
import { plusMonths } from '../support/dates';
import { ALL_PRINCIPALS } from '../support/principals';
import { useTestApi } from '../support/test-api';
import { TEST_TODAY } from '../support/today';
import * as byHand from './by-hand';
import { compare } from './by-hand';

// The regime through time (docs/domain.md#time), each answer against the same computed by hand
// from the rows (by-hand.ts), as each role reads it: histories, standings on past dates that straddle
// a placement, an exit, an extension, a late publication and a leadership change, one year on, and
// the interventions each episode received.

const env = useTestApi();
let rows: byHand.Rows;
const tokenOf = (p: (typeof ALL_PRINCIPALS)[number]) => (p.org === null ? null : tokenFor(p.role, p.org));
const REGULATOR = tokenFor('REGULATOR', 'CQC');
const COMMISSIONER = tokenFor('COMMISSIONER', 'X5N');
const systemTrusts = (system: string) => new Set(rows.trusts.filter((t) => t.system === system).map((t) => t.id));
const everyTrust = () => new Set(rows.trusts.map((t) => t.id));

/** The data of a query that must answer without errors, cast to the shape a test compares. */
async function ask<T>(document: TypedDocumentNode<unknown, never>, variables: object, token: string | null): Promise<T> {
  const { body } = await env.api.request(document as TypedDocumentNode<unknown, object>, variables, token);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

beforeAll(async () => {
  rows = await byHand.loadRows(env.db.orm.em.fork());
});

describe('Trust.ratingHistory', () => {
  it('is every published inspection, oldest first, with each rating\'s direction, for every trust', async () => {
    const withHistory = rows.trusts.filter((t) => byHand.ratingHistory(rows, t.id).length >= 3);
    expect(withHistory.length).toBeGreaterThan(3);
    for (const trust of rows.trusts) {
      const data = await ask<{ trust: { ratingHistory: unknown[] } }>(RatingHistoryDocument, { id: trust.id }, null);
      expect(data.trust.ratingHistory, trust.ods).toEqual(byHand.ratingHistory(rows, trust.id));
    }
  });

  it('leaves out an inspection not yet published, even for the readers who may read it', async () => {
    const unpublished = rows.inspections.find((i) => i.published_on === null || i.published_on > TEST_TODAY)!;
    expect(unpublished).toBeDefined();
    const data = await ask<{ trust: { ratingHistory: { inspection: { id: string } }[] } }>(RatingHistoryDocument, { id: unpublished.trust_id }, REGULATOR);
    expect(data.trust.ratingHistory.map((s) => s.inspection.id)).not.toContain(unpublished.id);
    expect(data.trust.ratingHistory).toEqual(byHand.ratingHistory(rows, unpublished.trust_id!));
  });

  it('takes first, like every nested list', async () => {
    const trust = rows.trusts.find((t) => byHand.ratingHistory(rows, t.id).length >= 3)!;
    const data = await ask<{ trust: { ratingHistory: unknown[] } }>(RatingHistoryDocument, { id: trust.id, first: 2 }, null);
    expect(data.trust.ratingHistory).toEqual(byHand.ratingHistory(rows, trust.id).slice(0, 2));
  });
});

type Standing = {
  trust: { id: string; odsCode: string }; date: string; rating: string | null; inSpecialMeasures: boolean; meetsSpecialMeasuresCriteria: boolean;
  chiefExecutivesInLast12Months: number; episode: { id: string } | null; director: { id: string; code: string } | null;
};
const flat = (s: Standing) => ({
  date: s.date, rating: s.rating, inSpecialMeasures: s.inSpecialMeasures, meetsSpecialMeasuresCriteria: s.meetsSpecialMeasuresCriteria,
  chiefExecutivesInLast12Months: s.chiefExecutivesInLast12Months, episodeId: s.episode?.id ?? null, directorId: s.director?.id ?? null,
});

describe('Trust.statusOn(today) equals the live facts', () => {
  it.each(ALL_PRINCIPALS.map((p) => [p.role, p.org, p] as const))('for every trust %s %s reads', async (_role, _org, p) => {
    type Live = {
      id: string; currentRating: string | null; inSpecialMeasures: boolean; meetsSpecialMeasuresCriteria: boolean; chiefExecutivesInLast12Months: number;
      specialMeasuresEpisodes: { id: string; active: boolean }[]; directorAppointments: { startsOn: string; endsOn: string | null; director: { id: string } }[];
      statusOn: Standing;
    };
    const data = await ask<{ trusts: { nodes: Live[] } }>(StatusOnAndLiveDocument, { first: 500, date: TEST_TODAY }, tokenOf(p));
    expect(data.trusts.nodes.length).toBeGreaterThan(0);
    for (const t of data.trusts.nodes) {
      const open = t.directorAppointments.find((a) => a.startsOn <= TEST_TODAY && (a.endsOn === null || a.endsOn >= TEST_TODAY));
      expect(flat(t.statusOn), t.id).toEqual({
        date: TEST_TODAY, rating: t.currentRating, inSpecialMeasures: t.inSpecialMeasures, meetsSpecialMeasuresCriteria: t.meetsSpecialMeasuresCriteria,
        chiefExecutivesInLast12Months: t.chiefExecutivesInLast12Months,
        episodeId: t.specialMeasuresEpisodes.find((e) => e.active)?.id ?? null, directorId: open?.director.id ?? null,
      });
      expect(t.statusOn.trust.id).toBe(t.id);
    }
  });
});

/** Dates where something changed, and the day before each: placements, exits, extensions' old due dates, publications, leadership changes. */
function turningPoints(): string[] {
  const dates = new Set<string>();
  const around = (date: string | null) => {
    if (date && date <= TEST_TODAY && date >= '1900-01-01') [addDays(date, -1), date].forEach((d) => dates.add(d));
  };
  rows.episodes.forEach((e) => { around(e.placed_on); around(e.exited_on); if (e.extensions) around(addDays(plusMonths(e.placed_on, 12), 1)); });
  rows.inspections.filter((i) => i.published_on && i.published_on !== i.inspected_on).slice(0, 12).forEach((i) => { around(i.inspected_on); around(i.published_on); });
  rows.tenures.filter((l) => l.role === 'CHIEF_EXECUTIVE').slice(0, 12).forEach((l) => around(l.started_on));
  rows.appointments.slice(0, 8).forEach((a) => { around(a.starts_on); around(a.ends_on); });
  return [...dates].sort();
}

describe('trustsOn(date) and statusOn(date) on past dates', () => {
  it('stand as the rows stood, on every turning point and the day before, for the regulator and a commissioner', async () => {
    const dates = turningPoints();
    expect(dates.length).toBeGreaterThan(40);
    const changes = new Set<string>();
    for (const date of dates) {
      for (const [token, trusts] of [[REGULATOR, everyTrust()], [COMMISSIONER, systemTrusts('NMERE')]] as const) {
        const data = await ask<{ trustsOn: Standing[] }>(TrustsOnDocument, { date }, token);
        const expected = rows.trusts.filter((t) => trusts.has(t.id)).sort((a, b) => compare(a.name, b.name) || compare(a.id, b.id))
          .map((t) => ({ ods: t.ods, ...byHand.standing(rows, t.id, date) }));
        expect(data.trustsOn.map((s) => ({ ods: s.trust.odsCode, ...flat(s) })), date).toEqual(expected);
        expected.forEach((s) => changes.add(JSON.stringify({ ...s, date: undefined })));
      }
    }
    expect(changes.size).toBeGreaterThan(rows.trusts.length * 2); // the dates did move the facts
  });

  it('filters on special measures then', async () => {
    const placed = rows.episodes.find((e) => e.exited_on !== null)!;
    for (const date of [addDays(placed.placed_on, -1), placed.placed_on, addDays(placed.exited_on!, -1), placed.exited_on!]) {
      const [inside, outside] = await Promise.all([true, false].map((inSpecialMeasures) =>
        ask<{ trustsOn: Standing[] }>(TrustsOnDocument, { date, inSpecialMeasures }, REGULATOR)));
      const expected = rows.trusts.filter((t) => byHand.standing(rows, t.id, date).inSpecialMeasures).map((t) => t.ods).sort();
      expect(inside.trustsOn.map((s) => s.trust.odsCode).sort(), date).toEqual(expected);
      expect(outside.trustsOn.length + inside.trustsOn.length).toBe(rows.trusts.length);
      expect(inside.trustsOn.some((s) => s.trust.id === placed.trust_id), date).toBe(date >= placed.placed_on && date < placed.exited_on!);
    }
  });

  it('refuses a date before 1900 or after today as BAD_USER_INPUT, at the root and nested', async () => {
    for (const date of ['1899-12-31', addDays(TEST_TODAY, 1)]) {
      const root = await env.api.request(TrustsOnDocument, { date }, null);
      expect(root.body.errors?.[0].extensions?.code, date).toBe('BAD_USER_INPUT');
      const nested = await env.api.request(StatusOnAndLiveDocument, { first: 1, date }, null);
      expect(nested.body.errors?.[0].extensions?.code, date).toBe('BAD_USER_INPUT');
    }
    const oldest = await ask<{ trustsOn: Standing[] }>(TrustsOnDocument, { date: '1900-01-01' }, null);
    expect(oldest.trustsOn.every((s) => s.rating === null && !s.inSpecialMeasures)).toBe(true);
  });
});

describe('oneYearOn', () => {
  it('compares each episode at placement with its first published re-inspection, as counted by hand', async () => {
    type Progress = { episode: { id: string }; atPlacement: unknown; atReinspection: unknown; improved: number; declined: number; monthsToReinspection: number | null };
    const data = await ask<{ oneYearOn: Progress[] }>(OneYearOnDocument, {}, null);
    const answered = data.oneYearOn.map(({ episode, ...rest }) => ({ episodeId: episode.id, ...rest }));
    expect(answered).toEqual(byHand.oneYearOn(rows, everyTrust()));
    expect(answered.some((p) => p.improved > 0 && p.atReinspection !== null)).toBe(true);
    expect(answered.some((p) => p.atReinspection === null)).toBe(true); // an episode not yet re-inspected
  });

  it('reads a commissioner\'s system only, and a range of placements', async () => {
    const placed = rows.episodes.map((e) => e.placed_on).sort();
    const [from, to] = [placed[1], placed[placed.length - 2]];
    const data = await ask<{ oneYearOn: { episode: { id: string } }[] }>(OneYearOnDocument, { placedFrom: from, placedTo: to }, COMMISSIONER);
    expect(data.oneYearOn.map((p) => p.episode.id)).toEqual(byHand.oneYearOn(rows, systemTrusts('NMERE'), from, to).map((p) => p.episodeId));
    const refused = await env.api.request(OneYearOnDocument, { placedFrom: to, placedTo: from }, null);
    expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('interventionOutcomes', () => {
  it('gives each episode\'s buddying, director, leadership change, months and end, as counted by hand', async () => {
    type Outcome = { episode: { id: string } } & Record<string, unknown>;
    for (const [token, trusts] of [[null, everyTrust()], [REGULATOR, everyTrust()], [COMMISSIONER, systemTrusts('NMERE')]] as const) {
      const data = await ask<{ interventionOutcomes: Outcome[] }>(InterventionOutcomesDocument, {}, token);
      const answered = data.interventionOutcomes.map(({ episode, ...rest }) => ({ episodeId: episode.id, ...rest }));
      expect(answered).toEqual(byHand.interventionOutcomes(rows, trusts));
    }
    const all = byHand.interventionOutcomes(rows, everyTrust());
    expect(new Set(all.map((o) => o.buddied))).toEqual(new Set([true, false]));
    expect(all.some((o) => o.buddySameSector === false)).toBe(true);
  });
});

describe('on the planned read path', () => {
  it('answers every time query of one request in one SQL statement', async () => {
    let statements = 0;
    const count = () => statements++;
    const knex = env.db.orm.em.getConnection().getKnex();
    knex.on('query', count);
    try {
      const trust = rows.episodes[0].trust_id;
      const data = await ask<{ trustsOn: unknown[] }>(EverythingOverTimeDocument, { date: addDays(TEST_TODAY, -400), id: trust }, REGULATOR);
      expect(data.trustsOn).toHaveLength(rows.trusts.length);
    } finally {
      knex.off('query', count);
    }
    expect(statements).toBe(1);
  });
});
