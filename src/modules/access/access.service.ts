import type { EntityClass } from '@mikro-orm/core';
import type { Action } from '../../auth/abilities';
import { findReadable } from '../../auth/guard';
import type { RequestContext } from '../../auth/context';
import { BadInputError } from '../../errors';
import { entitiesByName, type SubjectName } from '../entities';
import type { AccessDecision, PermissionRule, PrincipalView } from './access.types';

const ACTIONS: Action[] = ['read', 'create', 'update'];

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

type RuleLike = { action: string | string[]; subject?: string | string[]; fields?: string | string[]; conditions?: unknown; inverted: boolean };

function describe(rule: RuleLike, role: string): string {
  const fields = rule.fields ? ` (fields ${asList(rule.fields).join(', ')})` : '';
  const where = rule.conditions ? ` where ${JSON.stringify(rule.conditions)}` : '';
  return `the ${role} rule "${rule.inverted ? 'cannot' : 'can'} ${asList(rule.action).join('/')} ${asList(rule.subject).join('/')}${fields}${where}"`;
}

export const accessService = {
  me(ctx: RequestContext): PrincipalView {
    return { ...ctx.principal };
  },

  permissions(ctx: RequestContext): PermissionRule[] {
    return ctx.ability.rules.flatMap((rule) =>
      asList(rule.action).flatMap((action) =>
        asList(rule.subject as string | string[]).map((subject) => ({
          action, subject, fields: rule.fields ? asList(rule.fields) : null, conditions: rule.conditions ?? null, inverted: Boolean(rule.inverted),
        })),
      ),
    );
  },

  /** Whether the caller may `action` `subject` (some row of it, or the row `id`), and which rule says so. */
  async canI(ctx: RequestContext, action: string, subject: string, id?: string | null): Promise<AccessDecision> {
    if (!ACTIONS.includes(action as Action)) throw new BadInputError(`action must be one of ${ACTIONS.join(', ')}`);
    if (!Object.hasOwn(entitiesByName, subject)) throw new BadInputError(`subject must be a type name such as Trust or BuddyContract`);
    const role = ctx.principal.role;
    let target: object | SubjectName = subject as SubjectName;
    if (id != null) {
      const row = await findReadable(ctx, entitiesByName[subject as SubjectName] as EntityClass<{ id: string }>, id);
      if (!row) return { allowed: false, reason: `there is no ${subject} ${id} that ${role} may read` };
      target = row;
    }
    const allowed = ctx.ability.can(action as Action, target);
    const rule = ctx.ability.relevantRuleFor(action as Action, target);
    const scope = id != null ? `this ${subject}` : `some ${subject} rows`;
    if (!rule) return { allowed, reason: `no ${role} rule lets the caller ${action} ${scope}` };
    return { allowed, reason: `${allowed ? 'allowed' : 'refused'} for ${scope} by ${describe(rule, role)}` };
  },
};
