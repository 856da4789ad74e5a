import { requiredLengthOf } from '../../common/lengths';
import { loadForChange, loadReadable } from '../../auth/guard';
import { change, checkVersion } from '../../change/change';
import { now, today } from '../../clock';
import { RequestStatus } from '../../common/enums';
import { checkPastMonth, checkText, isMonth } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { BadInputError, BusinessRuleError, ConflictError } from '../../errors';
import { Trust } from '../trust/trust.entity';
import { InformationRequest } from './information-request.entity';
import type { AskInformationInput } from './information-request.inputs';
import { RequestAsker } from './request-asker.entity';
import { countRows, findRow, findRows, readRow, rowCondition } from '../../db/entity-rows';
import { run } from '../../db/sql/run';
import { param, sql } from '../../db/sql/sql';

// Ask once, answer once (docs/domain.md#information-requests): a body's ask joins the live request for the same trust, topic
// and period, or opens one; an asker withdraws only its own ask; the last one out withdraws it.

const LIVE = [RequestStatus.OPEN, RequestStatus.ANSWERED];
const current = (ctx: RequestContext, request: InformationRequest) => findRows(ctx.em, RequestAsker, { request, withdrawnOn: null }, { orderBy: { askedAt: 'asc', id: 'asc' } });
const earliest = (askers: RequestAsker[]) => askers.map((a) => a.dueOn).sort()[0];

/**
 * The live request for this trust, topic and period, if any. Asks for the same subject queue on a
 * transaction-scoped advisory lock first, so two bodies asking at once end on one request.
 */
async function liveRequest(ctx: RequestContext, trust: Trust, input: AskInformationInput): Promise<InformationRequest | null> {
  await run(ctx.em, sql`select pg_advisory_xact_lock(hashtext(${param(`information_request:${trust.id}:${input.topic}:${input.period}`)}))`);
  const found = await findRow(ctx.em, InformationRequest, { trust, topic: input.topic, period: input.period, status: { $in: LIVE } }, { refresh: true });
  if (!found) return null;
  // Locked, and read as it is once locked: an answer or a withdrawal may be under way.
  return readRow(ctx.em, InformationRequest, found.id, { lock: true, where: rowCondition(ctx.em, InformationRequest, { status: { $in: LIVE } }) });
}

export const askService = {
  async ask(ctx: RequestContext, input: AskInformationInput): Promise<InformationRequest> {
    const asker = await change(ctx, {
      load: async () => {
        const trust = await loadReadable(ctx, Trust, input.trustId);
        // A period that is no month names no request: the validate step refuses it, unread by the database.
        return { trust, request: isMonth(input.period) ? await liveRequest(ctx, trust, input) : null };
      },
      validate: () => {
        checkPastMonth(input.period, 'period');
        if (input.dueOn < today()) throw new BadInputError(`dueOn (${input.dueOn}) is in the past: give today or later`);
        return { question: checkText(input.question, 'question', { max: requiredLengthOf(RequestAsker, 'question') }) };
      },
      subject: ({ trust, request }, { question }) => {
        const { role, organisation } = ctx.principal;
        const joined = request ?? ctx.em.create(InformationRequest, { trust, topic: input.topic, period: input.period, dueOn: input.dueOn }, { persist: false });
        const row = { request: joined, trust, role, organisation: organisation ?? '', askedOn: today(), askedAt: now(), question, dueOn: input.dueOn };
        return { create: ctx.em.create(RequestAsker, row, { persist: false }) };
      },
      rules: async ({ request }) => {
        if (request && (await countRows(ctx.em, RequestAsker, { request, organisation: ctx.principal.organisation!, withdrawnOn: null }))) {
          throw new ConflictError(`${ctx.principal.organisation} already asks this request: one ask per body`);
        }
      },
      apply: ({ request }, _input, row) => {
        ctx.em.persist(row.request);
        if (request?.status === RequestStatus.OPEN && input.dueOn < request.dueOn) request.dueOn = input.dueOn;
      },
    });
    return asker.request;
  },

  /** The trust answers, once, while the request is OPEN, at the version it read. */
  answer(ctx: RequestContext, id: string, answer: string, version: number): Promise<InformationRequest> {
    return change(ctx, {
      load: () => loadForChange(ctx, InformationRequest, id, 'information request'),
      validate: () => ({ answer: checkText(answer, 'answer', { max: requiredLengthOf(InformationRequest, 'answer') }) }),
      subject: (request) => ({ update: request, field: 'answer' }),
      rules: (request) => {
        if (request.status !== RequestStatus.OPEN) throw new BusinessRuleError(`the request is ${request.status}${request.answeredOn ? ` (answered on ${request.answeredOn})` : ''}: it is answered once, while OPEN`);
        checkVersion('request', request, version);
      },
      apply: (request, valid) => {
        Object.assign(request, { answer: valid.answer, answeredOn: today(), status: RequestStatus.ANSWERED });
      },
    });
  },

  /** The calling body withdraws its own ask; without askers left, the request is WITHDRAWN. */
  async withdraw(ctx: RequestContext, id: string): Promise<InformationRequest> {
    const asker = await change(ctx, {
      load: async () => {
        const request = await loadForChange(ctx, InformationRequest, id, 'information request');
        const asks = await findRows(ctx.em, RequestAsker, { request }, { orderBy: { askedAt: 'desc', id: 'desc' } });
        return { request, asks };
      },
      // The caller's own ask; failing that, another's, which the ability then refuses.
      subject: ({ asks }) => {
        const own = asks.filter((a) => a.organisation === ctx.principal.organisation);
        const ask = own.find((a) => a.withdrawnOn === null) ?? own[0] ?? asks[0];
        if (!ask) throw new BusinessRuleError('the request has no askers');
        return { update: ask, field: 'withdrawnOn' };
      },
      rules: ({ request }, _input, ask) => {
        if (ask.withdrawnOn !== null) throw new BusinessRuleError(`your ask was already withdrawn on ${ask.withdrawnOn}`);
        if (request.status !== RequestStatus.OPEN) throw new BusinessRuleError(`the request is ${request.status}: an ask is withdrawn only while OPEN`);
      },
      apply: async ({ request }, _input, ask) => {
        ask.withdrawnOn = today();
        const remaining = (await current(ctx, request)).filter((a) => a.id !== ask.id);
        if (remaining.length === 0) request.status = RequestStatus.WITHDRAWN;
        else request.dueOn = earliest(remaining);
      },
    });
    return asker.request;
  },
};
