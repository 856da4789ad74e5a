import { expect } from 'vitest';
import { AuditEvent, DirectorAppointment, ImprovementDirector, LeadershipTenure, Trust } from '../../src/modules/entities';
import type { LeadershipRole as Role } from '../../src/common/enums';
import {
  AppointImprovementDirectorDocument, AuthoriseFoundationTrustDocument, EndDirectorAppointmentDocument, EndLeadershipTenureDocument,
  RecordLeadershipChangeDocument, RecordLeadershipReviewDocument, SetFinancialForecastDocument, SetFoundationAutonomySuspendedDocument,
  TrustFoundationStateDocument, TrustLeadersDocument,
  type AppointImprovementDirectorInput, type LeadershipRole, type RecordLeadershipChangeInput, type RecordLeadershipReviewInput,
} from '../generated/graphql';
import { tokenFor, type GraphQLResponse } from '../support/api';
import { useTestApi } from '../support/test-api';
import { expectRefusedLeaving, fingerprintTables } from '../support/refusal';

// The leadership mutations over HTTP, with real tokens: each file of test/leadership/ calls
// world() once for a database and server of its own. A success is checked in the rows and in its
// audit events (one per changed row, action = the mutation's name); a refusal by its one code and by
// a fingerprint of every table these mutations touch, equal before and after.

export const as = {
  regulator: () => tokenFor('REGULATOR', 'CQC'),
  monitor: () => tokenFor('OVERSIGHT', 'MONITOR'),
  tda: () => tokenFor('OVERSIGHT', 'TDA'),
  trust: (ods: string) => tokenFor('TRUST', ods),
  director: (code: string) => tokenFor('IMPROVEMENT_DIRECTOR', code),
  commissioner: (code: string) => tokenFor('COMMISSIONER', code),
};

/** Callers who may read RN1 (a foundation trust in X5N's system) but change none of its leadership. */
export const READERS_WHO_MAY_NOT_CHANGE_RN1: [string, () => string | null][] = [
  ['REGULATOR', as.regulator],
  ['OVERSIGHT TDA', as.tda],
  ['TRUST RH1 (another trust)', () => as.trust('RH1')],
  ['IMPROVEMENT_DIRECTOR ID-001 (appointed there)', () => as.director('ID-001')],
  ['COMMISSIONER X5N (its system)', () => as.commissioner('X5N')],
  ['PUBLIC', () => null],
];

type Audited = { action: string; entity: string; entityId: string };

export function world() {
  const w = useTestApi();
  const em = () => w.db.orm.em.fork();
  const trust = (odsCode: string) => em().findOneOrFail(Trust, { odsCode });
  const director = (code: string) => em().findOneOrFail(ImprovementDirector, { code });
  const openAppointment = async (odsCode: string) =>
    em().findOneOrFail(DirectorAppointment, { trust: await trust(odsCode), endsOn: null }, { populate: ['director'] });
  const tenures = async (odsCode: string, role: LeadershipRole) =>
    em().find(LeadershipTenure, { trust: await trust(odsCode), role: role as Role }, { orderBy: { startedOn: 'asc' } });

  /** Every row the leadership mutations write, and the audit log: a refused change leaves all of it as it was. */
  const fingerprint = () => fingerprintTables(w.db.orm, ['audit_event', 'director_appointment', 'leadership_review', 'leadership_tenure', 'trust']);
  /** The refusal has exactly this code (and a message matching `message`, if given), and writes nothing. */
  const expectRefused = (code: string, send: () => Promise<GraphQLResponse<unknown>>, message?: RegExp) =>
    expectRefusedLeaving(fingerprint, code, send, message);

  /** Runs a change that must succeed; returns its data and the audit events it wrote. */
  async function expectChange<T>(send: () => Promise<GraphQLResponse<T>>): Promise<{ data: T; audit: AuditEvent[] }> {
    const seen = new Set((await em().find(AuditEvent, {}, { fields: ['id'] })).map((e) => e.id));
    const { body } = await send();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const audit = (await em().find(AuditEvent, {}, { orderBy: { seq: 'asc' } })).filter((e) => !seen.has(e.id));
    return { data: body.data!, audit };
  }

  /** The events as (action, entity, entityId), in any order. */
  const audited = (events: AuditEvent[]): Audited[] =>
    events.map(({ action, entity, entityId }) => ({ action, entity, entityId })).sort((a, b) => a.entityId.localeCompare(b.entityId));
  const expectAudited = (events: AuditEvent[], expected: Audited[]) =>
    expect(audited(events)).toEqual([...expected].sort((a, b) => a.entityId.localeCompare(b.entityId)));

  const api = {
    appoint: (input: AppointImprovementDirectorInput, token: string | null) => w.api.request(AppointImprovementDirectorDocument, { input }, token),
    endAppointment: (id: string, endsOn: string, token: string | null) => w.api.request(EndDirectorAppointmentDocument, { id, endsOn }, token),
    review: (input: RecordLeadershipReviewInput, token: string | null) => w.api.request(RecordLeadershipReviewDocument, { input }, token),
    change: (input: RecordLeadershipChangeInput, token: string | null) => w.api.request(RecordLeadershipChangeDocument, { input }, token),
    endTenure: (id: string, endedOn: string, token: string | null) => w.api.request(EndLeadershipTenureDocument, { id, endedOn }, token),
    suspend: (trustId: string, suspended: boolean, token: string | null) =>
      w.api.request(SetFoundationAutonomySuspendedDocument, { trustId, suspended }, token),
    authorise: (trustId: string, authorisedOn: string, token: string | null) =>
      w.api.request(AuthoriseFoundationTrustDocument, { trustId, authorisedOn }, token),
    forecast: (trustId: string, forecast: string, token: string | null) => w.api.request(SetFinancialForecastDocument, { trustId, forecast }, token),
  };

  /** A trust's public facts as anyone reads them. */
  async function foundationState(odsCode: string) {
    const { body } = await w.api.request(TrustFoundationStateDocument, { odsCode }, null);
    expect(body.errors).toBeUndefined();
    return body.data!.trust!;
  }

  async function leaders(odsCode: string, args: { role?: LeadershipRole; current?: boolean } = {}) {
    const { body } = await w.api.request(TrustLeadersDocument, { odsCode, ...args }, null);
    expect(body.errors).toBeUndefined();
    return body.data!.trust!;
  }

  return { w, em, trust, director, openAppointment, tenures, fingerprint, expectRefused, expectChange, expectAudited, api, foundationState, leaders };
}
