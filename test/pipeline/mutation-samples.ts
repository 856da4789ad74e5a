import { contractSamples } from './samples/contract.samples';
import { informationRequestSamples } from './samples/information-request.samples';
import { leadershipSamples } from './samples/leadership.samples';
import { lifecycleSamples } from './samples/lifecycle.samples';
import { planSamples } from './samples/plan.samples';
import type { MutationSample } from './samples/sample';

export type { MutationSample };

/** A successful use of every mutation, walked in this order over one database. */
export const mutationSamples: Record<string, MutationSample> = { ...contractSamples, ...leadershipSamples, ...planSamples, ...informationRequestSamples, ...lifecycleSamples };
