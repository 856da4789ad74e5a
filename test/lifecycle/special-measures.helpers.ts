import { expect } from 'vitest';
import type { TrustType } from '../../src/common/enums';
import { AuditEvent, SpecialMeasuresEpisode, Trust } from '../../src/modules/entities';
import {
  ExitSpecialMeasuresDocument, ExtendSpecialMeasuresDocument, PlaceInSpecialMeasuresDocument, RecordInspectionDocument,
  type ExitSpecialMeasuresInput, type PlaceInSpecialMeasuresInput, type RecordInspectionInput,
} from '../generated/graphql';
import { tokenFor, type GraphQLResponse } from '../support/api';
import { daysAgo } from '../support/dates';
import { useTestApi } from '../support/test-api';
import { expectRefusedLeaving } from '../support/refusal';

// placeInSpecialMeasures, extendSpecialMeasures and exitSpecialMeasures over HTTP: their effects,
// their audit events, and every refusal with its code. Each describe that changes state has a
// database of its own, from world(). The special-measures-* test files share these helpers.

const REGULATOR = () => tokenFor('REGULATOR', 'CQC');
export const MONITOR = () => tokenFor('OVERSIGHT', 'MONITOR');
export const TDA = () => tokenFor('OVERSIGHT', 'TDA');

/** One database and server, with the helpers every describe needs. */
export function world() {
  const w = useTestApi();

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

  const expectRefused = (code: string, send: () => Promise<GraphQLResponse<unknown>>) => expectRefusedLeaving(snapshot, code, send);

  const place = (input: PlaceInSpecialMeasuresInput, token: string | null) => w.api.request(PlaceInSpecialMeasuresDocument, { input }, token);
  const extend = (episodeId: string, token: string | null) => w.api.request(ExtendSpecialMeasuresDocument, { episodeId }, token);
  const exit = (input: ExitSpecialMeasuresInput, token: string | null) => w.api.request(ExitSpecialMeasuresDocument, { input }, token);
  const auditOf = (entityId: string, action: string) => em().find(AuditEvent, { entityId, action });

  return { w, em, trust, trustNeverInSpecialMeasures, activeEpisode, record, snapshot, expectRefused, place, extend, exit, auditOf };
}
