import type { EngineKpiModule } from '../context.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData } from '../result.js';
import { endMrr } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * Annual recurring revenue: end MRR of P × 12. details: `mrr`.
 * Summary: the source article's ARR = annual subscription revenue + additional recurring revenue
 * (upgrades, add-ons) − revenue lost to cancellations; or MRR × 12; or a given `arr`.
 * @example computeSummary('arr', { annualSubscriptionRevenue: 60000, additionalRecurring: 6000, cancellations: 4500 }).value // 61500
 */
export const arr: EngineKpiModule = {
  id: 'arr',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const end = endMrr(ctx, period);
    return { value: end.times(12), details: { mrr: end } };
  },
  summary: [
    {
      inputs: ['annualSubscriptionRevenue', 'additionalRecurring', 'cancellations'],
      compute: ({ annualSubscriptionRevenue, additionalRecurring, cancellations }) => ({
        value: annualSubscriptionRevenue!.plus(additionalRecurring!).minus(cancellations!),
        details: {
          annualSubscriptionRevenue: annualSubscriptionRevenue!,
          additionalRecurring: additionalRecurring!,
          cancellations: cancellations!,
        },
      }),
    },
    { inputs: ['mrr'], compute: ({ mrr }) => ({ value: mrr!.times(12), details: { mrr: mrr! } }) },
    { inputs: ['arr'], compute: ({ arr }) => ({ value: arr! }) },
  ],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const arrInfo: KpiDefinition = {
  id: 'arr',
  names: { en: 'Annual recurring revenue', 'zh-TW': '年度經常性收入' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula:
    'MRR at the end of the period × 12 (from totals: annual subscription revenue + additional recurring revenue − cancellations)',
  inputs: ['subscriptions', 'fxRates'],
};
