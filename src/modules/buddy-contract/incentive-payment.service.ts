import { loadForChange, loadReadable } from '../../auth/guard';
import { change } from '../../change/change';
import { londonDateOf, now } from '../../clock';
import { OutcomeVerification, PaymentStatus } from '../../common/enums';
import { checkMoney, checkNotFuture } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { BusinessRuleError, ConflictError } from '../../errors';
import { BuddyContract } from './buddy-contract.entity';
import { checkMove, checkPayable } from './buddy-contract.rules';
import { checkWithinLimit } from './contract-money';
import { ContractOutcome } from './contract-outcome.entity';
import { partsOf } from './contract-part.entity';
import type { ProposeIncentivePaymentInput } from './contract-part.inputs';
import { IncentivePayment } from './incentive-payment.entity';
import { countRows, findRow } from '../../db/entity-rows';

interface MoveSteps {
  validate?(): void;
  rules?(payment: IncentivePayment, contract: BuddyContract): Promise<void> | void;
  apply?(payment: IncentivePayment): void;
}

/** A payment moved to `status`: the steps every decision on a payment shares, plus its own. */
function move(ctx: RequestContext, id: string, status: PaymentStatus, extra: MoveSteps = {}) {
  return change(ctx, {
    load: async () => {
      const payment = await loadForChange(ctx, IncentivePayment, id, 'incentive payment');
      return { payment, contract: (await findRow(ctx.em, BuddyContract, { id: payment.contract.id }))! }; // the payment's contract: a foreign key
    },
    validate: () => extra.validate?.(),
    subject: ({ payment }) => ({ update: payment }),
    rules: async ({ payment, contract }) => {
      checkMove('payment', payment.status, status);
      await extra.rules?.(payment, contract);
    },
    apply: ({ payment }) => {
      payment.status = status;
      extra.apply?.(payment);
    },
  });
}

export const incentivePaymentService = {
  /** The contracting body proposes a payment from the incentive fund for one verified outcome. */
  propose(ctx: RequestContext, input: ProposeIncentivePaymentInput): Promise<IncentivePayment> {
    return change(ctx, {
      load: async () => ({
        contract: await loadReadable(ctx, BuddyContract, input.contractId, 'buddy contract'),
        outcome: await loadReadable(ctx, ContractOutcome, input.outcomeId, 'contract outcome'),
      }),
      validate: () => ({ amount: checkMoney(input.amount, 'amount') }),
      subject: ({ contract, outcome }, { amount }) => ({ create: ctx.em.create(IncentivePayment, { ...partsOf(contract), outcome, amount }, { persist: false }) }),
      rules: async ({ contract, outcome }) => {
        if (outcome.contract.id !== contract.id) throw new BusinessRuleError('the outcome was reported on another contract');
        checkPayable(contract);
        if (outcome.verification !== OutcomeVerification.VERIFIED) {
          throw new BusinessRuleError(`a payment only for a VERIFIED outcome; this one is ${outcome.verification}`);
        }
        if (await countRows(ctx.em, IncentivePayment, { outcome, status: { $ne: PaymentStatus.WITHHELD } })) {
          throw new ConflictError('this outcome already has a payment that is not withheld: one payment per outcome');
        }
      },
    });
  },

  /** Approves a proposed payment, if the fund still covers it. */
  approve(ctx: RequestContext, id: string): Promise<IncentivePayment> {
    return move(ctx, id, PaymentStatus.APPROVED, {
      rules: async (payment, contract) => {
        checkPayable(contract);
        await checkWithinLimit(ctx, contract.id, 'incentiveFund', payment.amount);
      },
      apply: (payment) => {
        payment.approvedAt = now();
      },
    });
  },

  withhold(ctx: RequestContext, id: string): Promise<IncentivePayment> {
    return move(ctx, id, PaymentStatus.WITHHELD);
  },

  /** Records that an approved payment was paid on `paidOn`. */
  markPaid(ctx: RequestContext, id: string, paidOn: string): Promise<IncentivePayment> {
    return move(ctx, id, PaymentStatus.PAID, {
      validate: () => checkNotFuture(paidOn, 'paidOn'),
      rules: (payment) => {
        const approvedOn = payment.approvedAt && londonDateOf(payment.approvedAt);
        if (approvedOn && paidOn < approvedOn) throw new BusinessRuleError(`a payment cannot be paid (${paidOn}) before it was approved (${approvedOn})`);
      },
      apply: (payment) => {
        payment.paidOn = paidOn;
      },
    });
  },
};
