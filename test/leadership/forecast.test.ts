import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Trust } from '../../src/modules/entities';
import { as, READERS_WHO_MAY_NOT_CHANGE_RN1, world } from './leadership.helpers';

// setFinancialForecast: TRUST sets its own, OVERSIGHT those of the trusts it oversees. A forecast is
// money: at most two decimals, at most 10,000,000 either way; a negative one is a deficit, not an
// error. Demo data: RN1 (foundation, X5N's system) forecasts -4,250,000.00, RB4 has no forecast.

const t = world();
const ids = {} as Record<'RN1' | 'RH1' | 'RH2' | 'RB4', string>;

beforeAll(async () => {
  for (const ods of ['RN1', 'RH1', 'RH2', 'RB4'] as const) ids[ods] = (await t.trust(ods)).id;
});

const storedForecast = async (ods: keyof typeof ids) => (await t.em().findOneOrFail(Trust, ids[ods])).financialForecast;

describe('refusals, each with its code, writing nothing', () => {
  it('NOT_FOUND: an unknown trust, even with a bad amount; for a commissioner, a trust outside its system', async () => {
    await t.expectRefused('NOT_FOUND', () => t.api.forecast(randomUUID(), '100.00', as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.forecast(randomUUID(), 'abc', as.monitor()));
    await t.expectRefused('NOT_FOUND', () => t.api.forecast(ids.RH1, '100.00', as.commissioner('X5N')));
  });

  it.each([
    ['more than two decimals', '1.234'], ['over 10,000,000', '10000000.01'], ['under -10,000,000', '-10000000.01'],
    ['not a number', 'abc'], ['empty', ''], ['an exponent', '1e5'], ['a thousands separator', '1,000'], ['a plus sign', '+5'],
    ['no integer part', '.5'], ['spaces', ' 12'],
  ])('BAD_USER_INPUT: %s (%j)', async (_what, forecast) => {
    await t.expectRefused('BAD_USER_INPUT', () => t.api.forecast(ids.RN1, forecast, as.trust('RN1')), /forecast/);
  });

  it('BAD_USER_INPUT: a JSON number rather than a decimal string', async () => {
    await t.expectRefused('BAD_USER_INPUT', () => t.api.forecast(ids.RN1, 125000 as unknown as string, as.trust('RN1')));
  });

  it('BAD_USER_INPUT comes before FORBIDDEN: TDA, another trust or PUBLIC sending a bad amount for RN1', async () => {
    await t.expectRefused('BAD_USER_INPUT', () => t.api.forecast(ids.RN1, 'abc', as.tda()));
    await t.expectRefused('BAD_USER_INPUT', () => t.api.forecast(ids.RN1, '1.234', as.trust('RH1')));
    await t.expectRefused('BAD_USER_INPUT', () => t.api.forecast(ids.RN1, '99999999', null));
  });

  it.each(READERS_WHO_MAY_NOT_CHANGE_RN1)("FORBIDDEN: %s sets no forecast of RN1", async (_who, token) => {
    await t.expectRefused('FORBIDDEN', () => t.api.forecast(ids.RN1, '-100.00', token()));
  });

  it('FORBIDDEN: a trust setting another\'s, MONITOR an NHS trust\'s', async () => {
    await t.expectRefused('FORBIDDEN', () => t.api.forecast(ids.RH1, '-100.00', as.trust('RN1')));
    await t.expectRefused('FORBIDDEN', () => t.api.forecast(ids.RH2, '-100.00', as.monitor()));
  });
});

describe('set by the trust or its oversight body', () => {
  it('RN1 sets its own deficit: two places, stored; one event on the Trust row', async () => {
    const { data, audit } = await t.expectChange(() => t.api.forecast(ids.RN1, '-1250000.5', as.trust('RN1')));
    expect(data.setFinancialForecast).toMatchObject({ odsCode: 'RN1', financialForecast: '-1250000.50' });
    expect(await storedForecast('RN1')).toBe('-1250000.50');
    t.expectAudited(audit, [{ action: 'setFinancialForecast', entity: 'Trust', entityId: ids.RN1 }]);
    expect(audit[0].changes).toEqual({ financialForecast: { from: '-4250000.00', to: '-1250000.50' } });
  });

  it('MONITOR sets RN1 to break even (0)', async () => {
    const { data } = await t.expectChange(() => t.api.forecast(ids.RN1, '0', as.monitor()));
    expect(data.setFinancialForecast.financialForecast).toBe('0.00');
    expect(await storedForecast('RN1')).toBe('0.00');
  });

  it('TDA sets RH2 to the limits, 10,000,000 either way', async () => {
    for (const forecast of ['10000000.00', '-10000000']) {
      const { audit } = await t.expectChange(() => t.api.forecast(ids.RH2, forecast, as.tda()));
      expect(audit.map((e) => [e.action, e.entityId])).toEqual([['setFinancialForecast', ids.RH2]]);
    }
    expect(await storedForecast('RH2')).toBe('-10000000.00');
  });

  it('RB4 sets its first forecast (none before)', async () => {
    expect(await storedForecast('RB4')).toBeNull();
    const { audit } = await t.expectChange(() => t.api.forecast(ids.RB4, '12.3', as.trust('RB4')));
    expect(await storedForecast('RB4')).toBe('12.30');
    expect(audit[0].changes).toEqual({ financialForecast: { from: null, to: '12.30' } });
  });
});
