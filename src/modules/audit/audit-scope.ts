import { AsyncLocalStorage } from 'node:async_hooks';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Role } from '../../common/enums';
import type { RequestContext } from '../../context';

/** Who is changing things, and through which mutation: what every audit event records. */
export interface AuditActor {
  subject: string;
  role: Role;
  organisation: string | null;
  action: string;
}

export const auditScope = new AsyncLocalStorage<AuditActor>();

const withAuditScope: MiddlewareFn<RequestContext> = ({ context, info }, next) => {
  const { principal } = context;
  const actor = { subject: principal.subject, role: principal.role, organisation: principal.organisation, action: info.fieldName };
  return auditScope.run(actor, next);
};

/** Put on every mutation (with @Mutation): its flushes are audited under the caller and its name. */
export const Audited = (): MethodDecorator => UseMiddleware(withAuditScope);
