import { loadForChange } from '../../auth/guard';
import { change } from '../../change/change';
import { TrustType } from '../../common/enums';
import { checkMoney, checkNotFuture } from '../../common/validate';
import type { RequestContext } from '../../auth/context';
import { BusinessRuleError } from '../../errors';
import { DirectorAppointment } from '../improvement-director/director-appointment.entity';
import { notEndedBy } from '../improvement-director/open-appointment';
import { Trust } from './trust.entity';
import { countRows } from '../../db/entity-rows';

// Changes to a trust's own columns. Each is a change of one field, authorised for that field.

export const trustChangesService = {
  /** Suspends or restores a foundation trust's freedoms; a suspension needs the trust in special measures. */
  setAutonomySuspended(ctx: RequestContext, trustId: string, suspended: boolean): Promise<Trust> {
    return change(ctx, {
      load: () => loadForChange(ctx, Trust, trustId, 'Trust', { facts: ['inSpecialMeasures'] }),
      subject: (trust) => ({ update: trust, field: 'autonomySuspended' }),
      rules: (trust) => {
        if (!suspended) return;
        if (trust.type !== TrustType.FOUNDATION_TRUST) throw new BusinessRuleError(`${trust.name} is not a foundation trust: only a foundation trust's freedoms can be suspended`);
        if (!trust.inSpecialMeasures) throw new BusinessRuleError(`${trust.name} is not in special measures: only then can its freedoms be suspended`);
      },
      apply: (trust) => {
        trust.autonomySuspended = suspended;
      },
    });
  },

  /** Makes an eligible NHS trust a foundation trust: from then on MONITOR oversees it. */
  authoriseFoundationTrust(ctx: RequestContext, trustId: string, authorisedOn: string): Promise<Trust> {
    return change(ctx, {
      load: () => loadForChange(ctx, Trust, trustId, 'Trust', { facts: ['currentRating', 'inSpecialMeasures'] }), // eligibleForFoundationStatus
      validate: () => checkNotFuture(authorisedOn, 'authorisedOn'),
      subject: (trust) => ({ update: trust, field: 'type' }),
      rules: async (trust) => {
        if (!trust.eligibleForFoundationStatus) {
          throw new BusinessRuleError(`${trust.name} is not eligible for foundation status: it must be an NHS trust rated GOOD or OUTSTANDING and not in special measures`);
        }
        // Its director would answer to the TDA while the trust answers to MONITOR.
        if (await countRows(ctx.em, DirectorAppointment, { trust, ...notEndedBy(authorisedOn) })) {
          throw new BusinessRuleError(`${trust.name} has an improvement director appointed by the TDA on ${authorisedOn}: end the appointment first`);
        }
      },
      apply: (trust) => {
        trust.type = TrustType.FOUNDATION_TRUST;
        trust.foundationAuthorisedOn = authorisedOn;
      },
    });
  },

  setFinancialForecast(ctx: RequestContext, trustId: string, forecast: string): Promise<Trust> {
    return change(ctx, {
      load: () => loadForChange(ctx, Trust, trustId),
      validate: () => ({ forecast: checkMoney(forecast, 'forecast', { signed: true }) }),
      subject: (trust) => ({ update: trust, field: 'financialForecast' }),
      apply: (trust, valid) => {
        trust.financialForecast = valid.forecast;
      },
    });
  },
};
