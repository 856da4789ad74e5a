// COMMISSIONER: its local system's trusts, with their ratings and special measures, for the
// commissioning meeting. The API gives it no other trust, and no money or findings.
import type { Client, GraphQLErrorEntry } from './client';
import { CommissionerLocalViewDocument, type CommissionerLocalViewQuery } from './generated/graphql';

type LocalTrust = CommissionerLocalViewQuery['trusts']['nodes'][number];

export interface LocalTrustRow {
  odsCode: string;
  name: string;
  localSystem: string;
  rating: string;
  /** Published inspections, newest first, as "date: rating". */
  inspections: string[];
  inSpecialMeasures: boolean;
  /** Episodes of special measures, as "placed on – exited on (or re-inspection due)". */
  episodes: string[];
}

function rowOf(trust: LocalTrust): LocalTrustRow {
  return {
    odsCode: trust.odsCode,
    name: trust.name,
    localSystem: trust.localSystem.code,
    rating: trust.currentRating ?? 'not yet rated',
    inspections: [...trust.inspections]
      .sort((a, b) => b.inspectedOn.localeCompare(a.inspectedOn))
      .map((inspection) => `${inspection.inspectedOn}: ${inspection.overall}`),
    inSpecialMeasures: trust.inSpecialMeasures,
    episodes: trust.specialMeasuresEpisodes.map((episode) =>
      `${episode.placedOn} – ${episode.exitedOn ?? `open, re-inspection due ${episode.reinspectionDueOn}`}`),
  };
}

export async function commissionerLocalView(client: Client): Promise<{ rows: LocalTrustRow[]; errors: GraphQLErrorEntry[] }> {
  const { data: { trusts }, errors } = await client.request(CommissionerLocalViewDocument);
  return { rows: trusts.nodes.map(rowOf), errors };
}
