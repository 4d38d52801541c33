import type { EngineKpiModule } from '../context.js';
import { arpaInput, cacParts, costBasis, decimalOption, value } from '../acquisition.js';
import { customersKind, fxRatesKind, spendKind, subscriptionsKind } from '../kinds.js';
import { noData } from '../result.js';
import type { KpiDefinition } from '../types.js';

/**
 * CAC payback: months of gross-margin revenue that pay back the cost of acquiring a customer,
 * CAC ÷ (ARPA × grossMargin). CAC is that of `cac` for P (spend ÷ new customers with firstPaidAt in P,
 * half-open; honours `costBasis`); ARPA is `options.arpa` when given, else end MRR ÷ paying customers at
 * the end of P. `grossMargin` has no default: without it null `missing-gross-margin` (spec §6.12).
 * No new customers, no paying customers or a zero ARPA × margin: null `zero-denominator`. Months, lower
 * is better. details: cac, arpa, grossMargin, numerator (CAC), denominator (ARPA × grossMargin); the value
 * is one division, spend × paying customers ÷ (new customers × end MRR × margin).
 * @example compute('cac-payback', data, { period: '2024-05', grossMargin: '0.8', arpa: '100' }).value // CAC 1000 ÷ 80 = 12.5
 */
export const cacPayback: EngineKpiModule = {
  id: 'cac-payback',
  unit: 'months',
  polarity: 'lower-is-better',
  inputs: ['spend', 'customers', 'subscriptions', 'fxRates'],
  reads: [spendKind, customersKind, subscriptionsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    const basis = costBasis(ctx.options);
    const grossMargin = decimalOption(ctx.options, 'grossMargin');
    if (grossMargin === undefined) return { value: null, reason: 'missing-gross-margin' };
    if (!ctx.index.has('spend') || !ctx.index.has('customers')) return noData();
    const arpa = arpaInput(ctx, period);
    if (!arpa) return noData();
    const { spend, newCustomers } = cacParts(ctx, period, basis);
    // (spend ÷ n) ÷ (margin × a.n ÷ a.d) = spend × a.d ÷ (n × margin × a.n)
    const top = spend.times(arpa.d);
    const bottom = newCustomers.times(grossMargin).times(arpa.n);
    const v = arpa.d.isZero() || bottom.isZero() ? null : top.div(bottom);
    const result = { value: v, ...(v === null ? { reason: 'zero-denominator' } : {}) };
    if (baseline) return result;
    const cac = newCustomers.isZero() ? null : spend.div(newCustomers);
    const arpaValue = value(arpa);
    return {
      ...result,
      details: {
        cac,
        arpa: arpaValue,
        grossMargin,
        numerator: cac,
        denominator: arpaValue === null ? null : arpaValue.times(grossMargin),
      },
    };
  },
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const cacPaybackInfo: KpiDefinition = {
  id: 'cac-payback',
  names: { en: 'CAC payback', 'zh-TW': 'CAC 回收期' },
  unit: 'months',
  polarity: 'lower-is-better',
  formula: 'CAC ÷ (ARPA × gross margin)',
  inputs: ['spend', 'customers', 'subscriptions', 'fxRates'],
};
