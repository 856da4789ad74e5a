// TRUST as a buddy (the partner trust of a contract): report this month's outcome on the active
// contract supporting another trust. The contracting body (MONITOR or TDA) verifies it later.
import type { Client } from './client';
import { BuddyPartnerContractsDocument, ReportBuddyOutcomeDocument, type ReportBuddyOutcomeMutation } from './generated/graphql';

export interface OutcomeReport {
  /** The buddy's own ODS code (its token's organisation). */
  buddyOdsCode: string;
  /** The trust the contract supports. */
  supportedOdsCode: string;
  /** YYYY-MM, not in the future. */
  period: string;
  measure: string;
  target: string;
  achieved: string;
  narrative?: string;
}

export type ReportedOutcome = ReportBuddyOutcomeMutation['reportContractOutcome'];

/** Finds the buddy's active contract with the supported trust, then reports the outcome on it. */
export async function reportBuddyOutcome(client: Client, report: OutcomeReport): Promise<ReportedOutcome> {
  const { data: { trust } } = await client.request(BuddyPartnerContractsDocument, { odsCode: report.buddyOdsCode });
  const contract = trust?.partnerContracts.find((c) => c.status === 'ACTIVE' && c.supportedTrust?.odsCode === report.supportedOdsCode);
  if (!contract) throw new Error(`${report.buddyOdsCode} has no active contract supporting ${report.supportedOdsCode}`);
  const { data: { reportContractOutcome } } = await client.request(ReportBuddyOutcomeDocument, {
    input: {
      contractId: contract.id, period: report.period, measure: report.measure,
      target: report.target, achieved: report.achieved, narrative: report.narrative,
    },
  });
  return reportContractOutcome;
}
