import { ImprovementPlan, PlanAction, Trust } from '../../src/modules/entities';
import {
  AddPlanActionDocument, PublishPlanUpdateDocument, UpdatePlanActionDocument,
  type AddPlanActionInput, type PublishPlanUpdateInput, type UpdatePlanActionInput,
} from '../generated/graphql';
import { tokenFor, type GraphQLResponse } from '../support/api';
import { useTestApi } from '../support/test-api';
import { expectRefusedLeaving } from '../support/refusal';

// addPlanAction, updatePlanAction and publishPlanUpdate over HTTP. Each test file calls plansWorld()
// once, for a database and server of its own.

export const TRUST = (ods: string) => tokenFor('TRUST', ods);
export const DIRECTOR = (code: string) => tokenFor('IMPROVEMENT_DIRECTOR', code);

export function plansWorld() {
  const w = useTestApi();
  const em = () => w.db.orm.em.fork();
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => em().getConnection().execute<T[]>(query, params);
  const trust = (odsCode: string) => em().findOneOrFail(Trust, { odsCode });
  const planOf = async (odsCode: string) => em().findOne(ImprovementPlan, { trust: await trust(odsCode) });

  /** The first action of the trust's plan, by due date. */
  const firstAction = async (odsCode: string) =>
    em().findOneOrFail(PlanAction, { trust: await trust(odsCode) }, { orderBy: { dueOn: 'asc', id: 'asc' } });

  /** Everything a plan mutation may write, row by row: a refused one must leave all of it as it was. */
  async function snapshot() {
    return {
      plans: await sql('select * from improvement_plan order by id'),
      actions: await sql('select * from plan_action order by id'),
      updates: await sql('select * from plan_update order by id'),
      audit: await sql('select id from audit_event order by id'),
    };
  }

  const expectRefused = (code: string, send: () => Promise<GraphQLResponse<unknown>>) => expectRefusedLeaving(snapshot, code, send);

  const add = (input: AddPlanActionInput, token: string | null) => w.api.request(AddPlanActionDocument, { input }, token);
  const update = (input: UpdatePlanActionInput, token: string | null) => w.api.request(UpdatePlanActionDocument, { input }, token);
  const publish = (input: PublishPlanUpdateInput, token: string | null) => w.api.request(PublishPlanUpdateDocument, { input }, token);

  /** The audit events written about one row, oldest first. */
  const eventsAbout = (entityId: string) =>
    sql<{ action: string; entity: string; organisation: string; trust_id: string }>(
      'select action, entity, organisation, trust_id from audit_event where entity_id = ? order by seq', [entityId]);

  return { w, em, sql, trust, planOf, firstAction, snapshot, expectRefused, add, update, publish, eventsAbout };
}
