import { Entity, ManyToOne } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Trust } from '../trust/trust.entity';
import { BuddyContract } from './buddy-contract.entity';

/**
 * A row that belongs to a contract. It copies the contract's two trusts (which never change), so
 * that access rules compare the row's own columns: no join in SQL, nothing unloaded in memory.
 */
@ObjectType() // not in the schema itself: its subclasses inherit `id` through it
@Entity({ abstract: true })
export abstract class ContractPart extends BaseEntity {
  @ManyToOne(() => BuddyContract, { index: true })
  contract!: BuddyContract;

  @ManyToOne(() => Trust, { index: true })
  supportedTrust!: Trust;

  @ManyToOne(() => Trust, { index: true })
  partnerTrust!: Trust;
}

/** The columns a new ContractPart takes from its contract. */
export function partsOf(contract: BuddyContract) {
  return { contract, supportedTrust: contract.supportedTrust, partnerTrust: contract.partnerTrust };
}
