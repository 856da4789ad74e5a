import { requiredLengthOf } from '../../common/lengths';
import { loadForChange, loadReadable } from '../../auth/guard';
import { change } from '../../change/change';
import { now } from '../../clock';
import type { OutcomeVerification } from '../../common/enums';
import { checkLabel, checkOptionalText, checkPastMonth, checkText } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { ConflictError } from '../../errors';
import { BuddyContract } from './buddy-contract.entity';
import { checkActive, checkMove } from './buddy-contract.rules';
import { ContractOutcome } from './contract-outcome.entity';
import { partsOf } from './contract-part.entity';
import type { ReportContractOutcomeInput } from './contract-part.inputs';
import { countRows } from '../../db/entity-rows';

export const contractOutcomeService = {
  /** The partner trust reports what its support achieved in a month, for the contracting body to verify. */
  report(ctx: RequestContext, input: ReportContractOutcomeInput): Promise<ContractOutcome> {
    return change(ctx, {
      load: () => loadReadable(ctx, BuddyContract, input.contractId, 'buddy contract'),
      validate: () => ({
        period: checkPastMonth(input.period, 'period'),
        measure: checkLabel(input.measure, 'measure', { max: 200 }),
        target: checkText(input.target, 'target', { max: 200 }),
        achieved: checkText(input.achieved, 'achieved', { max: 200 }),
        narrative: checkOptionalText(input.narrative, 'narrative', requiredLengthOf(ContractOutcome, 'narrative')),
      }),
      subject: (contract, valid) => ({ create: ctx.em.create(ContractOutcome, { ...partsOf(contract), ...valid, reportedAt: now() }, { persist: false }) }),
      rules: async (contract, { measure, period }) => {
        checkActive(contract, 'outcomes are reported');
        if (await countRows(ctx.em, ContractOutcome, { contract, measure, period })) {
          throw new ConflictError(`an outcome for "${measure}" in ${period} was already reported on this contract`);
        }
      },
    });
  },

  /** The contracting body verifies or rejects a reported outcome, once. */
  verify(ctx: RequestContext, id: string, verification: OutcomeVerification): Promise<ContractOutcome> {
    return change(ctx, {
      load: () => loadForChange(ctx, ContractOutcome, id, 'contract outcome'),
      subject: (outcome) => ({ update: outcome }),
      rules: (outcome) => checkMove('outcome', outcome.verification, verification),
      apply: (outcome) => {
        outcome.verification = verification;
      },
    });
  },
};
