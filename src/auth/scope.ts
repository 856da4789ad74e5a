import { ChangeSetType, type ChangeSet } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../clock';
import { OversightBody, Role, trustTypeOverseenBy } from '../common/enums';
import { DirectorAppointment } from '../modules/entities';
import { openOn } from '../modules/improvement-director/open-appointment';
import { execute } from '../db/sql/execute';
import { param, Sql, sql } from '../db/sql/sql';
import { filterRenderer } from '../db/sql/where';
import type { TokenClaims } from './jwt';
import type { AccessScope, Principal } from './principal';

/** The token names an organisation that does not exist, or one its role cannot hold. */
export class UnknownOrganisationError extends Error {}

type Rows = { found?: string | null; id: string | null }[];

/** One statement per role: the trusts the organisation acts for, or null when the organisation does not exist. */
async function trustIdsFor(em: EntityManager, claims: TokenClaims): Promise<string[] | null> {
  const query = (statement: Sql) => execute<Rows[number]>(em, statement);
  const found = (rows: Rows) => (rows.length ? rows.flatMap((row) => (row.id ? [row.id] : [])) : null);
  switch (claims.role) {
    case Role.REGULATOR:
      return claims.org === 'CQC' ? [] : null;
    case Role.OVERSIGHT: {
      if (claims.org !== OversightBody.MONITOR && claims.org !== OversightBody.TDA) return null;
      return (await query(sql`select id from trust where type = ${param(trustTypeOverseenBy(claims.org))}`)).map((row) => row.id!);
    }
    case Role.TRUST:
      return found(await query(sql`select id from trust where ods_code = ${param(claims.org)}`));
    case Role.IMPROVEMENT_DIRECTOR: {
      const open = filterRenderer(em.getMetadata())(DirectorAppointment.name, openOn(today()), 'a');
      return found(await query(sql`select d.id as found, a.trust_id as id from improvement_director d
        left join director_appointment a on a.director_id = d.id and ${open} where d.code = ${param(claims.org)}`));
    }
    case Role.COMMISSIONER:
      return found(await query(sql`select c.id as found, t.id from commissioner c
        left join trust t on t.local_system_id = c.local_system_id where c.code = ${param(claims.org)}`));
    default:
      return null;
  }
}

/** The rows the statements above read, and of a trust the columns: a change to any other leaves every scope as it was. */
const SCOPE_ROWS: Record<string, readonly string[] | 'any'> = {
  Trust: ['type', 'odsCode', 'localSystem'], DirectorAppointment: 'any', ImprovementDirector: 'any', Commissioner: 'any', LocalSystem: 'any',
};

/** Whether a changed row may move someone's scope: a trust created or given another type, code or system, an appointment, a director… */
export function movesScopes(cs: ChangeSet<object>): boolean {
  const columns = SCOPE_ROWS[cs.name];
  if (!columns) return false;
  return columns === 'any' || cs.type === ChangeSetType.CREATE || Object.keys(cs.payload).some((field) => columns.includes(field));
}

/** Checks the token's organisation against the database and resolves the rows it acts for. */
export async function resolveAccess(em: EntityManager, claims: TokenClaims): Promise<{ principal: Principal; scope: AccessScope }> {
  const trustIds = await trustIdsFor(em, claims);
  if (trustIds === null) throw new UnknownOrganisationError(`no ${claims.role} organisation ${claims.org}`);
  return { principal: { role: claims.role, organisation: claims.org, subject: claims.sub }, scope: { trustIds } };
}
