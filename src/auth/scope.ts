import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../clock';
import { OversightBody, Role, trustTypeOverseenBy } from '../common/enums';
import { Commissioner, DirectorAppointment, ImprovementDirector, Trust } from '../modules/entities';
import { openOn } from '../modules/improvement-director/open-appointment';
import type { TokenClaims } from './jwt';
import type { AccessScope, Principal } from './principal';

/** The token names an organisation that does not exist, or one its role cannot hold. */
export class UnknownOrganisationError extends Error {}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

async function trustIdsFor(em: EntityManager, claims: TokenClaims): Promise<string[] | null> {
  switch (claims.role) {
    case Role.REGULATOR:
      return claims.org === 'CQC' ? [] : null;
    case Role.OVERSIGHT: {
      if (claims.org !== OversightBody.MONITOR && claims.org !== OversightBody.TDA) return null;
      return ids(await em.find(Trust, { type: trustTypeOverseenBy(claims.org) }, { fields: ['id'] }));
    }
    case Role.TRUST: {
      const trust = await em.findOne(Trust, { odsCode: claims.org }, { fields: ['id'] });
      return trust ? [trust.id] : null;
    }
    case Role.IMPROVEMENT_DIRECTOR: {
      const director = await em.findOne(ImprovementDirector, { code: claims.org }, { fields: ['id'] });
      if (!director) return null;
      return (await em.find(DirectorAppointment, { director, ...openOn(today()) }, { fields: ['trust'] })).map((a) => a.trust.id);
    }
    case Role.COMMISSIONER: {
      const commissioner = await em.findOne(Commissioner, { code: claims.org }, { fields: ['localSystem'] });
      if (!commissioner) return null;
      return ids(await em.find(Trust, { localSystem: commissioner.localSystem }, { fields: ['id'] }));
    }
    default:
      return null;
  }
}

/** Checks the token's organisation against the database and resolves the rows it acts for. */
export async function resolveAccess(em: EntityManager, claims: TokenClaims): Promise<{ principal: Principal; scope: AccessScope }> {
  const trustIds = await trustIdsFor(em, claims);
  if (trustIds === null) throw new UnknownOrganisationError(`no ${claims.role} organisation ${claims.org}`);
  return { principal: { role: claims.role, organisation: claims.org, subject: claims.sub }, scope: { trustIds } };
}
