import { beforeAll, describe, expect, it } from 'vitest';
import { TrustEpisodesDocument } from '../generated/graphql';
import { plusMonths } from '../support/dates';
import { type Node, published, useReadApi } from './read-api.helpers';

// The read API against expectations computed by hand from the demo rows: every derived fact of a
// trust and of its special measures episodes.

const { env, rows, latestPublished, expectedFacts, listTrusts } = useReadApi();

describe('derived facts, computed by hand from the rows', () => {
  let nodes: Node[];
  beforeAll(async () => {
    nodes = await listTrusts(null, null);
  });

  it('every trust: oversightBody, currentRating, inSpecialMeasures, meetsSpecialMeasuresCriteria, eligibleForFoundationStatus, chiefExecutivesInLast12Months', () => {
    for (const node of nodes) {
      const trust = rows.trusts.find((t) => t.id === node.id)!;
      expect(
        {
          oversightBody: node.oversightBody, currentRating: node.currentRating, inSpecialMeasures: node.inSpecialMeasures,
          meetsSpecialMeasuresCriteria: node.meetsSpecialMeasuresCriteria, eligibleForFoundationStatus: node.eligibleForFoundationStatus,
          chiefExecutivesInLast12Months: node.chiefExecutivesInLast12Months,
        },
        trust.odsCode,
      ).toEqual(expectedFacts(trust));
    }
  });

  it('the facts are not vacuous on the demo data', () => {
    const facts = rows.trusts.map(expectedFacts);
    expect(facts.some((f) => f.meetsSpecialMeasuresCriteria)).toBe(true);
    expect(facts.some((f) => !f.meetsSpecialMeasuresCriteria)).toBe(true);
    expect(facts.some((f) => !f.eligibleForFoundationStatus && f.currentRating === 'GOOD')).toBe(true);
    expect(facts.some((f) => f.eligibleForFoundationStatus)).toBe(true);
    expect(facts.some((f) => f.inSpecialMeasures)).toBe(true);
    expect(facts.some((f) => f.currentRating === null) || rows.inspections.some((i) => !published(i))).toBe(true);
  });

  it('currentRating ignores unpublished (or scheduled) inspections that are newer than the latest published one', () => {
    const shadowed = rows.trusts.filter((t) => {
      const latest = latestPublished(t);
      return rows.inspections.some((i) => i.trust.id === t.id && !published(i) && (!latest || i.inspectedOn > latest.inspectedOn) && i.overall !== latest?.overall);
    });
    expect(shadowed.length, 'the demo has an unpublished newer inspection with another rating').toBeGreaterThan(0);
    for (const trust of shadowed) {
      expect(nodes.find((n) => n.id === trust.id)!.currentRating).toBe(latestPublished(trust)?.overall ?? null);
    }
  });

  it('counts three chief executives in the last 12 months for the trust that had three, interims included', () => {
    const three = rows.trusts.filter((t) => expectedFacts(t).chiefExecutivesInLast12Months === 3);
    expect(three.length).toBeGreaterThan(0);
    for (const trust of three) expect(nodes.find((n) => n.id === trust.id)!.chiefExecutivesInLast12Months).toBe(3);
    expect(rows.tenures.some((t) => three.some((x) => x.id === t.trust.id) && t.role === 'CHIEF_EXECUTIVE' && t.interim)).toBe(true);
  });

  it('autonomySuspended only for a foundation trust in special measures', () => {
    const suspended = nodes.filter((n) => n.autonomySuspended);
    expect(suspended.length).toBeGreaterThan(0);
    for (const node of suspended) expect([node.type, node.inSpecialMeasures]).toEqual(['FOUNDATION_TRUST', true]);
  });

  it('reinspectionDueOn = placedOn + 12 months + 6 per extension, clamped to the month end', async () => {
    const { body } = await env.api.request(TrustEpisodesDocument, {});
    expect(body.errors).toBeUndefined();
    const episodes = body.data!.trusts.nodes.flatMap((t) => t.specialMeasuresEpisodes);
    expect(episodes.length).toBe(rows.episodes.length);
    expect(episodes.some((e) => e.extensions > 0)).toBe(true);
    for (const episode of episodes) {
      const row = rows.episodes.find((e) => e.id === episode.id)!;
      expect(episode.extensions).toBe(row.extensions);
      expect(episode.reinspectionDueOn, episode.id).toBe(plusMonths(row.placedOn, 12 + 6 * row.extensions));
      expect(episode.active).toBe(row.exitedOn === null);
    }
  });
});
