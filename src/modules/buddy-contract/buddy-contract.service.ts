import type { FilterQuery } from '@mikro-orm/core';
import { accessFilter, readableRow } from '../../auth/access-filter';
import { loadForChange, loadReadable } from '../../auth/guard';
import { change, checkVersion } from '../../change/change';
import { type ContractStatus, trustTypeOverseenBy } from '../../common/enums';
import { parseId } from '../../common/ids';
import type { PageArgs } from '../../common/pagination';
import { page, type PageOrderKey, type Rows } from '../rows';
import { checkLabel, checkMoney } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { BadInputError, ConflictError } from '../../errors';
import { Trust } from '../trust/trust.entity';
import { BuddyContract } from './buddy-contract.entity';
import type { ContractFilter, CreateBuddyContractInput } from './buddy-contract.inputs';
import { checkCanCreateContract, checkMove } from './buddy-contract.rules';
import { countRows } from '../../db/entity-rows';

const NO_ROW = '00000000-0000-0000-0000-000000000000';
const BY_REFERENCE: PageOrderKey[] = [{ name: 'reference', kind: 'text' }];

function filterWhere(ctx: RequestContext, filter: ContractFilter | null | undefined): FilterQuery<BuddyContract>[] {
  if (!filter) return [];
  const where: FilterQuery<BuddyContract>[] = [];
  if (filter.status != null) where.push({ status: filter.status });
  // An id that cannot name a trust, or names one the caller may not read, matches no contract.
  const trust = (id: string) => readableRow<Trust>(ctx.ability, 'Trust', parseId(id) ?? NO_ROW);
  if (filter.supportedTrustId != null) where.push({ supportedTrust: trust(filter.supportedTrustId) });
  if (filter.partnerTrustId != null) where.push({ partnerTrust: trust(filter.partnerTrustId) });
  if (filter.contractingBody != null) {
    where.push({ supportedTrust: { type: trustTypeOverseenBy(filter.contractingBody) } });
  }
  return where;
}

export const buddyContractService = {
  /** Contracts the caller may read, filtered in SQL, a page at a time by reference (unique). */
  list(ctx: RequestContext, filter: ContractFilter | null | undefined, args: PageArgs): Rows {
    const where = { $and: [accessFilter<BuddyContract>(ctx.ability, 'read', 'BuddyContract'), ...filterWhere(ctx, filter)] };
    return page(BuddyContract, where, BY_REFERENCE, args);
  },

  /** A DRAFT contract between a trust in special measures and a well-rated partner. */
  create(ctx: RequestContext, input: CreateBuddyContractInput): Promise<BuddyContract> {
    return change(ctx, {
      load: async () => ({
        supportedTrust: await loadReadable(ctx, Trust, input.supportedTrustId, 'supported trust', { facts: ['inSpecialMeasures'] }),
        partnerTrust: await loadReadable(ctx, Trust, input.partnerTrustId, 'partner trust', { facts: ['currentRating', 'inSpecialMeasures'] }),
      }),
      validate: ({ supportedTrust, partnerTrust }) => {
        if (supportedTrust.id === partnerTrust.id) throw new BadInputError('the partner trust must be another trust than the one supported');
        if (input.endsOn <= input.startsOn) throw new BadInputError('endsOn must be after startsOn');
        return {
          reference: checkLabel(input.reference, 'reference', { max: 40 }),
          reimbursementCap: checkMoney(input.reimbursementCap, 'reimbursementCap'),
          incentiveFund: checkMoney(input.incentiveFund, 'incentiveFund'),
        };
      },
      subject: (trusts, valid) => ({
        create: ctx.em.create(BuddyContract, { ...trusts, ...valid, startsOn: input.startsOn, endsOn: input.endsOn }, { persist: false }),
      }),
      rules: async ({ supportedTrust, partnerTrust }, { reference }) => {
        checkCanCreateContract(supportedTrust, partnerTrust);
        if (await countRows(ctx.em, BuddyContract, { reference })) throw new ConflictError(`a contract with reference ${reference} already exists`);
      },
    });
  },

  /** Activates, completes or terminates a contract read at `version`. */
  setStatus(ctx: RequestContext, id: string, status: ContractStatus, version: number): Promise<BuddyContract> {
    return change(ctx, {
      load: () => loadForChange(ctx, BuddyContract, id, 'buddy contract'),
      subject: (contract) => ({ update: contract }),
      rules: (contract) => {
        checkVersion('contract', contract, version);
        checkMove('contract', contract.status, status);
      },
      apply: (contract) => {
        contract.status = status;
      },
    });
  },
};
