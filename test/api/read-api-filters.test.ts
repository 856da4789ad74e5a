import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Trust } from '../../src/modules/entities';
import { TrustDetailDocument, TrustListingDocument, type TrustFilter } from '../generated/graphql';
import { codeOf, regulator, sortedIds, useReadApi } from './read-api.helpers';

// The read API against expectations computed by hand from the demo rows: every filter of trusts,
// and trust(id, odsCode).

const { env, rows, expectedFacts, listTrusts } = useReadApi();

describe('trusts: every filter', () => {
  const expectFilter = async (filter: TrustFilter, predicate: (t: Trust) => boolean, { nonEmpty = true } = {}) => {
    const expected = rows.trusts.filter(predicate);
    if (nonEmpty) expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
    const nodes = await listTrusts(filter);
    expect(sortedIds(nodes), JSON.stringify(filter)).toEqual(sortedIds(expected));
    return nodes;
  };

  it.each([true, false])('inSpecialMeasures: %s', async (value) => {
    const nodes = await expectFilter({ inSpecialMeasures: value }, (t) => expectedFacts(t).inSpecialMeasures === value);
    for (const node of nodes) expect(node.inSpecialMeasures).toBe(value);
  });

  it.each(['NHS_TRUST', 'FOUNDATION_TRUST'] as const)('type: %s', async (type) => {
    await expectFilter({ type }, (t) => t.type === type);
  });

  it.each(['ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'AMBULANCE'] as const)('sector: %s', async (sector) => {
    await expectFilter({ sector }, (t) => t.sector === sector);
  });

  it('localSystemCode: each system, an unknown one, a malformed one', async () => {
    const codes = [...new Set(rows.trusts.map((t) => t.localSystem.code))];
    expect(codes.length).toBeGreaterThan(1);
    for (const code of codes) await expectFilter({ localSystemCode: code }, (t) => t.localSystem.code === code);
    await expectFilter({ localSystemCode: 'NOSUCHSYS' }, () => false, { nonEmpty: false });
    const { body } = await env.api.request(TrustListingDocument, { filter: { localSystemCode: 'not a code' } }, regulator());
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
  });

  it('oversightBody: MONITOR is exactly the foundation trusts, TDA the NHS trusts', async () => {
    const monitor = await expectFilter({ oversightBody: 'MONITOR' }, (t) => t.type === 'FOUNDATION_TRUST');
    for (const node of monitor) expect([node.type, node.oversightBody]).toEqual(['FOUNDATION_TRUST', 'MONITOR']);
    const tda = await expectFilter({ oversightBody: 'TDA' }, (t) => t.type === 'NHS_TRUST');
    for (const node of tda) expect([node.type, node.oversightBody]).toEqual(['NHS_TRUST', 'TDA']);
  });

  it.each(['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'] as const)('currentRating: %s (latest published inspection)', async (rating) => {
    const nodes = await expectFilter({ currentRating: rating }, (t) => expectedFacts(t).currentRating === rating);
    for (const node of nodes) expect(node.currentRating).toBe(rating);
  });

  it('nameContains: case-insensitive substring, with % and _ taken literally', async () => {
    const word = rows.trusts[0].name.split(' ')[0];
    await expectFilter({ nameContains: word.toUpperCase() }, (t) => t.name.toLowerCase().includes(word.toLowerCase()));
    await expectFilter({ nameContains: 'nhs foundation' }, (t) => t.name.toLowerCase().includes('nhs foundation'));
    await expectFilter({ nameContains: '%' }, (t) => t.name.includes('%'), { nonEmpty: false });
    await expectFilter({ nameContains: '_' }, (t) => t.name.includes('_'), { nonEmpty: false });
  });

  it('refuses a nameContains that is empty or holds a NUL character with BAD_USER_INPUT', async () => {
    for (const nameContains of ['', 'North\u0000mere']) {
      const { body } = await env.api.request(TrustListingDocument, { filter: { nameContains } }, regulator());
      expect(codeOf(body), JSON.stringify(nameContains)).toBe('BAD_USER_INPUT');
    }
  });

  it('combines filters with AND', async () => {
    await expectFilter(
      { type: 'FOUNDATION_TRUST', inSpecialMeasures: true },
      (t) => t.type === 'FOUNDATION_TRUST' && expectedFacts(t).inSpecialMeasures,
    );
  });
});

describe('trust(id, odsCode)', () => {
  it('finds a trust by either', async () => {
    const trust = rows.trusts[0];
    const byOds = await env.api.request(TrustDetailDocument, { odsCode: trust.odsCode });
    const byId = await env.api.request(TrustDetailDocument, { id: trust.id });
    expect(byOds.body.data!.trust!.id).toBe(trust.id);
    expect(byId.body.data!.trust!.odsCode).toBe(trust.odsCode);
  });

  it('refuses both or neither with BAD_USER_INPUT', async () => {
    const trust = rows.trusts[0];
    expect(codeOf((await env.api.request(TrustDetailDocument, { id: trust.id, odsCode: trust.odsCode })).body)).toBe('BAD_USER_INPUT');
    expect(codeOf((await env.api.request(TrustDetailDocument, {})).body)).toBe('BAD_USER_INPUT');
  });

  it('answers null for an unknown trust', async () => {
    for (const variables of [{ odsCode: 'RZZ' }, { id: randomUUID() }, { id: 'not-a-uuid' }]) {
      const { body } = await env.api.request(TrustDetailDocument, variables);
      expect(body.errors, JSON.stringify(variables)).toBeUndefined();
      expect(body.data!.trust, JSON.stringify(variables)).toBeNull();
    }
  });
});
