import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context';
import { authorize } from './guard';

/**
 * Runs only on fields marked @Restricted (type-graphql's @Authorized underneath), never globally:
 * the ability decides whether this caller reads this field of this row. A refusal throws CASL's
 * ForbiddenError, which formatError reports as FORBIDDEN at the field's path; the field is null.
 */
export const restrictedFieldChecker: AuthChecker<RequestContext> = ({ root, context, info }) => {
  authorize(context, 'read', root as object, info.fieldName);
  return true;
};
