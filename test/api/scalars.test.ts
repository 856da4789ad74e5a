import { beforeAll, describe, expect, it } from 'vitest';
import { Inspection } from '../../src/modules/entities';
import { PublishOnImpossibleLiteralDateDocument, PublishOnVariableDateDocument } from '../generated/graphql';
import { tokenFor } from '../support/api';
import { useTestApi } from '../support/test-api';

describe('a Date that is no calendar date is bad input, however it is sent', () => {
  const env = useTestApi();
  let unpublishedId: string;
  beforeAll(async () => {
    unpublishedId = (await env.db.orm.em.fork().findOneOrFail(Inspection, { publishedOn: null })).id;
  });

  it.each(['2025-02-30', '2025-2-3', '30/01/2025', ''])('in a variable: %j', async (publishedOn) => {
    const response = await env.api.request(PublishOnVariableDateDocument, { id: unpublishedId, publishedOn }, tokenFor('REGULATOR', 'CQC'));
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const row = await env.db.orm.em.fork().findOneOrFail(Inspection, unpublishedId);
    expect(row.publishedOn).toBeNull();
  });

  it('written in the query', async () => {
    const response = await env.api.request(PublishOnImpossibleLiteralDateDocument, { id: unpublishedId }, tokenFor('REGULATOR', 'CQC'));
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.data ?? null).toBeNull();
  });
});
