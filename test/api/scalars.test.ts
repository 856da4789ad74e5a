import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Inspection } from '../../src/modules/entities';
import { PublishOnImpossibleLiteralDateDocument, PublishOnVariableDateDocument } from '../generated/graphql';
import { startApi, tokenFor, type TestApi } from '../support/api';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('a Date that is no calendar date is bad input, however it is sent', () => {
  let db: TestDatabase;
  let api: TestApi;
  let unpublishedId: string;
  beforeAll(async () => {
    db = await createTestDatabase('demo');
    api = await startApi(db.orm);
    unpublishedId = (await db.orm.em.fork().findOneOrFail(Inspection, { publishedOn: null })).id;
  });
  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  it.each(['2025-02-30', '2025-2-3', '30/01/2025', ''])('in a variable: %j', async (publishedOn) => {
    const response = await api.request(PublishOnVariableDateDocument, { id: unpublishedId, publishedOn }, tokenFor('REGULATOR', 'CQC'));
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const row = await db.orm.em.fork().findOneOrFail(Inspection, unpublishedId);
    expect(row.publishedOn).toBeNull();
  });

  it('written in the query', async () => {
    const response = await api.request(PublishOnImpossibleLiteralDateDocument, { id: unpublishedId }, tokenFor('REGULATOR', 'CQC'));
    expect(response.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.body.data ?? null).toBeNull();
  });
});
