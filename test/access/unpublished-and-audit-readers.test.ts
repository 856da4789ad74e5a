import { beforeAll, describe, expect, it } from 'vitest';
import { accessFilter } from '../../src/auth/access-filter';
import { Role } from '../../src/common/enums';
import { AuditEvent, Trust } from '../../src/modules/entities';
import { makeRuleExercisingChanges, TRUSTS_WITH_UNPUBLISHED, type ExercisingRows } from '../fixtures/rule-exercising-changes';
import { InspectionByIdDocument, TrustInspectionListDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { ALL_PRINCIPALS, contextFor } from '../support/principals';
import { useTestApi } from '../support/test-api';

// Who reads the rows that only some may read, as docs/domain.md#who-reads-what says, on rows made through the API:
// "Unpublished inspections are read by REGULATOR, OVERSIGHT and the inspected trust only", and
// "Audit events: REGULATOR and OVERSIGHT read all. TRUST reads those about its own trust's rows,
// and those about a contract where it is the partner. Nobody else reads any."

const env = useTestApi();
let rows: ExercisingRows;
beforeAll(async () => {
  rows = await makeRuleExercisingChanges(env);
});

type Principal = (typeof ALL_PRINCIPALS)[number];
const label = (p: Principal) => `${p.role} ${p.org ?? ''}`;
const tokenOf = (p: Principal) => (p.role === Role.PUBLIC ? null : tokenFor(p.role, p.org));
const readsEverything = (p: Principal) => p.role === Role.REGULATOR || p.role === Role.OVERSIGHT;

/** docs/domain.md#who-reads-what: an inspection not yet published is read by REGULATOR, OVERSIGHT and the inspected trust only. */
const readsUnpublishedOf = (p: Principal, odsCode: string) => readsEverything(p) || (p.role === Role.TRUST && p.org === odsCode);

describe.each(['unpublished', 'scheduled'] as const)('the %s inspection of each demo principal\'s trust', (kind) => {
  it.each(TRUSTS_WITH_UNPUBLISHED)('of %s: read by REGULATOR, OVERSIGHT and that trust only, by id and in its list', async (odsCode) => {
    const id = rows[kind][odsCode];
    const readers: string[] = [];
    for (const p of ALL_PRINCIPALS) {
      const byId = await env.api.request(InspectionByIdDocument, { id }, tokenOf(p));
      expect(byId.body.errors).toBeUndefined();
      const list = await env.api.request(TrustInspectionListDocument, { odsCode }, tokenOf(p));
      const listed = (list.body.data?.trust?.inspections ?? []).some((inspection) => inspection.id === id);
      expect(listed, `${label(p)}: in the trust's list as by id`).toBe(byId.body.data!.inspection !== null);
      if (listed) readers.push(label(p));
    }
    expect(readers).toEqual(ALL_PRINCIPALS.filter((p) => readsUnpublishedOf(p, odsCode)).map(label));
    expect(readers).toContain('REGULATOR CQC');
    expect(readers.length).toBeLessThan(ALL_PRINCIPALS.length);
  });
});

it('an inspection published today is read by everyone, PUBLIC included (X5N aside: RH2 is outside its system)', async () => {
  for (const p of ALL_PRINCIPALS) {
    const { body } = await env.api.request(InspectionByIdDocument, { id: rows.publishedToday }, tokenOf(p));
    expect(body.data!.inspection?.id ?? null, label(p)).toBe(p.role === Role.COMMISSIONER ? null : rows.publishedToday);
  }
});

describe('audit events', () => {
  let events: AuditEvent[];
  const trustOf = (event: AuditEvent) => event.trust?.id ?? null;
  const partnerOf = (event: AuditEvent) => event.partnerTrust?.id ?? null;
  beforeAll(async () => {
    events = await env.db.orm.em.fork().find(AuditEvent, {});
  });

  it('the changes wrote events about several trusts', () => {
    expect(new Set(events.map(trustOf).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
  });

  it.each(ALL_PRINCIPALS.map((p) => [label(p), p] as const))('%s reads all of them, those about its own trust and its partner contracts, or none', async (_name, p) => {
    const ctx = await contextFor(env.db.orm, p);
    const listed = (await env.db.orm.em.fork().find(AuditEvent, accessFilter<AuditEvent>(ctx.ability, 'read', 'AuditEvent'))).map((e) => e.id).sort();
    const allowed = events.filter((event) => ctx.ability.can('read', event)).map((e) => e.id).sort();
    expect(listed).toEqual(allowed);

    const own = p.role === Role.TRUST ? (await env.db.orm.em.fork().findOneOrFail(Trust, { odsCode: p.org! })).id : null;
    const expected = readsEverything(p) ? events : events.filter((event) => own !== null && (trustOf(event) === own || partnerOf(event) === own));
    expect(allowed).toEqual(expected.map((e) => e.id).sort());
    if (p.role === Role.TRUST) {
      expect(allowed.length, 'the trust has events about its own rows').toBeGreaterThan(0);
      expect(allowed.length, 'and there are events about other trusts').toBeLessThan(events.length);
    }
  });
});
