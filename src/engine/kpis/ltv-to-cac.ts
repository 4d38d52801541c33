import type { EngineKpiModule } from '../context.js';
import { cacParts, cltvInputs, cltvOf, costBasis, decimalOption } from '../acquisition.js';
import type { Dec } from '../decimal.js';
import { customersKind, fxRatesKind, spendKind, subscriptionsKind } from '../kinds.js';
import { noData } from '../result.js';
import type { KpiDefinition } from '../types.js';

/**
 * LTV to CAC: CLTV by the churn method (ARPA × grossMargin ÷ (1 − retention), the LTV the 3:1 guideline
 * means; spec §6.12) ÷ CAC of P (spend ÷ new customers with firstPaidAt in P, half-open; honours
 * `costBasis`). `arpa` and `retentionRate` come from options when given, else from subscriptions as in
 * `cltv`. Without `grossMargin`: null `missing-gross-margin`; churn 0: null `zero-churn`; no new customers,
 * zero spend or no paying customers: null `zero-denominator`. Ratio, higher is better. details: cltv,
 * cac, grossMargin, retentionRate, arpa, numerator (CLTV), denominator (CAC); the value is one division
 * of the exact fractions behind them.
 * @example compute('ltv-to-cac', data, { period: '2024-05', grossMargin: '0.8', arpa: '100', retentionRate: '0.95' }).value // 1600 ÷ CAC 500 = 3.2
 */
export const ltvToCac: EngineKpiModule = {
  id: 'ltv-to-cac',
  unit: 'ratio',
  polarity: 'higher-is-better',
  inputs: ['spend', 'customers', 'subscriptions', 'fxRates'],
  reads: [spendKind, customersKind, subscriptionsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    const basis = costBasis(ctx.options);
    const grossMargin = decimalOption(ctx.options, 'grossMargin');
    if (grossMargin === undefined) return { value: null, reason: 'missing-gross-margin' };
    if (!ctx.index.has('spend') || !ctx.index.has('customers')) return noData();
    const inputs = cltvInputs(ctx, period);
    if (!inputs) return noData();
    const ltv = cltvOf(inputs, 'churn');
    const { spend, newCustomers } = cacParts(ctx, period, basis);
    const cac = newCustomers.isZero() ? null : spend.div(newCustomers);
    let result: { value: Dec | null; reason?: string };
    if (!ltv.frac) result = { value: null, reason: ltv.core.reason ?? 'zero-denominator' };
    else if (cac === null || cac.isZero()) result = { value: null, reason: 'zero-denominator' };
    // (f.n ÷ f.d) ÷ (spend ÷ n) = f.n × n ÷ (f.d × spend)
    else result = { value: ltv.frac.n.times(newCustomers).div(ltv.frac.d.times(spend)) };
    if (baseline) return result;
    const d = ltv.core.details!;
    return {
      ...result,
      details: {
        cltv: ltv.core.value,
        cac,
        grossMargin,
        retentionRate: d.retentionRate ?? null,
        arpa: d.arpa ?? null,
        numerator: ltv.core.value,
        denominator: cac,
      },
    };
  },
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const ltvToCacInfo: KpiDefinition = {
  id: 'ltv-to-cac',
  names: { en: 'LTV to CAC', 'zh-TW': 'LTV 與 CAC 比' },
  unit: 'ratio',
  polarity: 'higher-is-better',
  formula: 'CLTV (churn method) ÷ CAC',
  inputs: ['spend', 'customers', 'subscriptions', 'fxRates'],
};
