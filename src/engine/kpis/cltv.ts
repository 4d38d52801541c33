import type { EngineKpiModule } from '../context.js';
import { choice } from '../context.js';
import { checkRange, CLTV_METHODS, cltvInputs, cltvOf, decimalOption, whole } from '../acquisition.js';
import { ZERO } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData } from '../result.js';
import type { KpiDefinition } from '../types.js';

/**
 * Customer lifetime value, with m = grossMargin × ARPA and r = retention rate:
 * `method: 'simple'` (default, the source article) m × r; `'churn'` m ÷ (1 − r); `'discounted'`
 * m × r ÷ (1 + d − r), d = `discountRate` (default 0). `grossMargin` has no default: without it the value
 * is null `missing-gross-margin` (spec §6.12). `arpa` and `retentionRate` come from options when given,
 * else from subscriptions: ARPA = end MRR ÷ paying customers at the end of P, retention = 1 − customers
 * churned in P ÷ paying customers at the start (P half-open). No paying customers at the end or the
 * start: null `zero-denominator`; churn 0 (and d = 0 when discounted): null `zero-churn`. Currency,
 * higher is better. details: grossMargin, retentionRate, arpa, discountRate; the churn and discounted
 * methods add numerator (m, or m × r) and denominator (1 − r, or 1 + d − r). The value is one division of
 * the exact fraction behind those parts. Summary: `{ grossMargin, retentionRate, arpa }` by the simple method.
 * @example compute('cltv', data, { period: '2024-05', grossMargin: '0.8', retentionRate: '0.9', arpa: '1000' }).value // 720
 */
export const cltv: EngineKpiModule = {
  id: 'cltv',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    const method = choice(ctx.options, 'method', CLTV_METHODS, 'simple');
    const inputs = cltvInputs(ctx, period);
    if (!inputs) {
      // A missing margin is named first: it is what the caller must supply whatever the data.
      return decimalOption(ctx.options, 'grossMargin') === undefined
        ? { value: null, reason: 'missing-gross-margin' }
        : noData();
    }
    return cltvOf(inputs, method).core;
  },
  summary: [
    {
      inputs: ['grossMargin', 'retentionRate', 'arpa'],
      compute: ({ grossMargin, retentionRate, arpa }) =>
        cltvOf(
          {
            grossMargin: checkRange('grossMargin', grossMargin!),
            retention: whole(checkRange('retentionRate', retentionRate!)),
            arpa: whole(checkRange('arpa', arpa!)),
            discountRate: ZERO,
          },
          'simple',
        ).core,
    },
  ],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const cltvInfo: KpiDefinition = {
  id: 'cltv',
  names: { en: 'Customer lifetime value', 'zh-TW': '客戶終身價值' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula:
    'gross margin × retention rate × average revenue per customer; churn method: ARPA × margin ÷ churn rate; discounted: m·r ÷ (1 + d − r)',
  inputs: ['subscriptions', 'fxRates'],
};
