import { loadForChange, loadReadable } from '../../auth/guard';
import { change } from '../../change/change';
import { now } from '../../clock';
import { ClaimStatus } from '../../common/enums';
import { checkMoney, checkPastMonth } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { BadInputError, ConflictError } from '../../errors';
import { BuddyContract } from './buddy-contract.entity';
import { checkActive, checkMove } from './buddy-contract.rules';
import { checkWithinLimit } from './contract-money';
import { partsOf } from './contract-part.entity';
import type { ClaimReimbursementInput } from './contract-part.inputs';
import { ReimbursementClaim } from './reimbursement-claim.entity';
import { countRows } from '../../db/entity-rows';

const MAX_DAYS_IN_A_MONTH = 31;

export const reimbursementClaimService = {
  /** The partner trust claims the time it gave in one month. */
  claim(ctx: RequestContext, input: ClaimReimbursementInput): Promise<ReimbursementClaim> {
    return change(ctx, {
      load: () => loadReadable(ctx, BuddyContract, input.contractId, 'buddy contract'),
      validate: () => {
        const days = input.daysGiven;
        if (!/^\d+(\.\d{1,2})?$/.test(String(days)) || days <= 0 || days > MAX_DAYS_IN_A_MONTH) {
          throw new BadInputError(`daysGiven must be more than 0 and at most ${MAX_DAYS_IN_A_MONTH}, with at most two decimal places`);
        }
        return { period: checkPastMonth(input.period, 'period'), daysGiven: days, amount: checkMoney(input.amount, 'amount') };
      },
      subject: (contract, valid) => ({ create: ctx.em.create(ReimbursementClaim, { ...partsOf(contract), ...valid, submittedAt: now() }, { persist: false }) }),
      rules: async (contract, { period }) => {
        checkActive(contract, 'reimbursement is claimed');
        if (await countRows(ctx.em, ReimbursementClaim, { contract, period })) throw new ConflictError(`time for ${period} was already claimed on this contract: one claim per month`);
      },
    });
  },

  /** The contracting body approves or rejects a claim, once; approved claims stay within the cap. */
  decide(ctx: RequestContext, id: string, status: ClaimStatus): Promise<ReimbursementClaim> {
    return change(ctx, {
      load: () => loadForChange(ctx, ReimbursementClaim, id, 'reimbursement claim'),
      subject: (claim) => ({ update: claim }),
      rules: async (claim) => {
        checkMove('claim', claim.status, status);
        if (status === ClaimStatus.APPROVED) await checkWithinLimit(ctx, claim.contract.id, 'reimbursementCap', claim.amount);
      },
      apply: (claim) => {
        claim.status = status;
      },
    });
  },
};
