// REGULATOR (CQC): the national dashboard, one row per trust, in one request.
import type { Client, GraphQLErrorEntry } from './client';
import { RegulatorDashboardDocument, type RegulatorDashboardQuery } from './generated/graphql';

type DashboardTrust = RegulatorDashboardQuery['trusts']['nodes'][number];

export interface DashboardRow {
  odsCode: string;
  name: string;
  rating: string;
  inSpecialMeasures: boolean;
  /** The open episode's re-inspection date, if any. */
  reinspectionDueOn: string | null;
  /** The improvement director whose appointment has no end date, if any. */
  director: string | null;
  activeContracts: number;
  /** Incentive fund of the active contracts supporting it, in pounds (Money is a decimal string). */
  incentiveFund: string;
  financialForecast: string | null;
}

/** Adds Money strings ("125000.00") exactly, in pence. */
export function addMoney(amounts: (string | null | undefined)[]): string {
  const pence = amounts.reduce((sum, amount) => sum + (amount ? BigInt(amount.replace('.', '')) : 0n), 0n);
  const sign = pence < 0n ? '-' : '';
  const digits = (pence < 0n ? -pence : pence).toString().padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function rowOf(trust: DashboardTrust): DashboardRow {
  const active = trust.buddyContracts.filter((contract) => contract.status === 'ACTIVE');
  return {
    odsCode: trust.odsCode,
    name: trust.name,
    rating: trust.currentRating ?? 'not yet rated',
    inSpecialMeasures: trust.inSpecialMeasures,
    reinspectionDueOn: trust.specialMeasuresEpisodes.find((episode) => episode.active)?.reinspectionDueOn ?? null,
    director: trust.directorAppointments.find((appointment) => !appointment.endsOn)?.director.name ?? null,
    activeContracts: active.length,
    incentiveFund: addMoney(active.map((contract) => contract.incentiveFund)),
    financialForecast: trust.financialForecast ?? null,
  };
}

/**
 * Every trust, those in special measures first, the soonest re-inspection first among them. A caller
 * who may not read the money gets the rest, with nulls and FORBIDDEN errors where the money would be.
 */
export async function regulatorDashboard(client: Client): Promise<{ totalCount: number; rows: DashboardRow[]; errors: GraphQLErrorEntry[] }> {
  const { data: { trusts }, errors } = await client.request(RegulatorDashboardDocument);
  const rows = trusts.nodes.map(rowOf).sort((a, b) =>
    Number(b.inSpecialMeasures) - Number(a.inSpecialMeasures) || (a.reinspectionDueOn ?? '').localeCompare(b.reinspectionDueOn ?? '') || a.odsCode.localeCompare(b.odsCode));
  return { totalCount: trusts.totalCount, rows, errors };
}
