import type { EngineKpiModule } from '../context.js';
import { D } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData } from '../result.js';
import { endMrr, mrrMovements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * Monthly recurring revenue: the MRR at the last instant before P.end (spec §4), in the reporting
 * currency. details: `start` (MRR before P.start) and `customers` (paying customers at P's end).
 * Summary: paying customers × ARPA (the source article's formula), or a given `mrr`.
 * @example compute('mrr', data, { period: '2024-05' }).value // Decimal 5940
 */
export const mrr: EngineKpiModule = {
  id: 'mrr',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period, baseline) {
    if (!ctx.index.has('subscriptions')) return noData();
    if (baseline) return { value: endMrr(ctx, period) };
    const m = mrrMovements(ctx, period);
    return { value: m.end, details: { start: m.start, customers: new D(m.customersAtEnd) } };
  },
  summary: [
    {
      inputs: ['payingCustomers', 'arpa'],
      compute: ({ payingCustomers, arpa }) => ({
        value: payingCustomers!.times(arpa!),
        details: { customers: payingCustomers!, arpa: arpa! },
      }),
    },
    { inputs: ['mrr'], compute: ({ mrr }) => ({ value: mrr! }) },
  ],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const mrrInfo: KpiDefinition = {
  id: 'mrr',
  names: { en: 'Monthly recurring revenue', 'zh-TW': '每月經常性收入' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula:
    'paying customers × average revenue per account: every active subscription at the end of the period, as a monthly amount',
  inputs: ['subscriptions', 'fxRates'],
};
