import type { EntityManager } from '@mikro-orm/postgresql';
import { InspectionRecommendation, Rating } from '../../../src/common/enums';
import { Inspection, Trust } from '../../../src/modules/entities';
import { daysAgo } from '../../support/dates';

/** One successful use of a mutation, for the walk over every field of the served Mutation type. */
export interface MutationSample {
  /** Makes the rows the change needs; returns the variables of a change that succeeds and a caller allowed to make it. */
  prepare(em: EntityManager): Promise<{ variables: Record<string, unknown>; token: string }>;
  /** How PUBLIC is refused: FORBIDDEN where it may read the row, NOT_FOUND where it may not. */
  asPublic: 'FORBIDDEN' | 'NOT_FOUND';
}

const { GOOD } = Rating;
export const RATINGS = { overall: GOOD, safe: GOOD, effective: GOOD, caring: GOOD, responsive: GOOD, wellLed: GOOD };

export const trustByOds = (em: EntityManager, odsCode: string) => em.findOneOrFail(Trust, { odsCode });

export async function inspectionOf(em: EntityManager, trust: Trust, fields: Partial<Inspection>): Promise<Inspection> {
  const inspection = em.create(Inspection, { trust, inspectedOn: daysAgo(6), ...RATINGS, recommendation: InspectionRecommendation.NONE, ...fields });
  await em.flush();
  return inspection;
}
