// Information requests, each asked by one to three bodies: ask once, answer once.
import { addDays, addMonths, monthOf } from '../../clock';
import { RequestStatus } from '../../common/enums';
import { InformationRequest, RequestAsker } from '../../modules/entities';
import { firstOf } from './calendar';
import { stableId } from './ids';
import { check, insert } from './rows';
import type { RequestSpec } from './requests.data';
import type { SeedContext } from './seed-context';

export function buildRequest(ctx: SeedContext, spec: RequestSpec): void {
  const trust = ctx.trusts.get(spec.trust)!;
  const key = `${spec.trust}/${spec.topic}`;
  const period = monthOf(addMonths(firstOf(ctx.cal.lastFullMonth), -spec.monthsBack));
  const asks = spec.asks.map((ask) => ({ ...ask, askedOn: ctx.cal.daysAgo(ask.askedDaysAgo), dueOn: addDays(ctx.cal.daysAgo(ask.askedDaysAgo), ask.dueInDays) }));
  check(ctx.activeEpisode(spec.trust) !== undefined, `${key}: requests go to trusts in special measures`);
  check(new Set(asks.map((a) => a.org)).size === asks.length, `${key}: one ask per body`);
  const answeredOn = spec.answeredDaysAgo === undefined ? null : ctx.cal.daysAgo(spec.answeredDaysAgo);
  check(answeredOn === null || asks.every((a) => a.askedOn <= answeredOn), `${key}: answered after it was asked`);
  const request = insert(ctx.em, InformationRequest, {
    id: stableId('information-request', key), trust, topic: spec.topic, period,
    dueOn: asks.map((a) => a.dueOn).sort()[0],
    status: answeredOn ? RequestStatus.ANSWERED : RequestStatus.OPEN, answer: spec.answer ?? null, answeredOn,
  });
  asks.forEach((ask, i) => {
    insert(ctx.em, RequestAsker, {
      id: stableId('request-asker', `${key}/${ask.org}`), request, trust, role: ask.role, organisation: ask.org,
      askedOn: ask.askedOn, askedAt: ctx.cal.instant(ask.askedOn, 9 + i), question: ask.question, dueOn: ask.dueOn,
    });
  });
}
