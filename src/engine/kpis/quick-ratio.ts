import type { EngineKpiModule } from '../context.js';
import { ZERO, type Dec } from '../decimal.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData, quotient } from '../result.js';
import { mrrMovements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * SaaS quick ratio: (new + expansion + reactivation MRR) ÷ (contraction + churn MRR) of P, a plain
 * ratio (4 means four dollars gained per dollar lost). Movements compare each customer's MRR at the
 * last instants before P.start and P.end. No contraction and no churn gives null with
 * `zero-denominator`, like every quotient here (spec §6.20); `details.numerator` tells growth without
 * losses from a quiet period.
 * details: `new`, `expansion`, `reactivation`, `contraction`, `churn`, `numerator`, `denominator`.
 * Summary: `{ new, expansion, reactivation, contraction, churn }`, or without `reactivation`.
 * @example compute('quick-ratio', data, { period: '2024-05' }).value // Decimal 1.555555555555555555555555555555556 (280 ÷ 180)
 */
export const quickRatio: EngineKpiModule = {
  id: 'quick-ratio',
  unit: 'ratio',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const m = mrrMovements(ctx, period);
    return quick(m.new, m.expansion, m.reactivation, m.contraction, m.churn);
  },
  summary: [
    {
      inputs: ['new', 'expansion', 'reactivation', 'contraction', 'churn'],
      compute: (v) => quick(v.new!, v.expansion!, v.reactivation!, v.contraction!, v.churn!),
    },
    {
      inputs: ['new', 'expansion', 'contraction', 'churn'],
      compute: (v) => quick(v.new!, v.expansion!, ZERO, v.contraction!, v.churn!),
    },
  ],
};

function quick(gained: Dec, expansion: Dec, reactivation: Dec, contraction: Dec, churn: Dec) {
  return quotient(gained.plus(expansion).plus(reactivation), contraction.plus(churn), {
    new: gained,
    expansion,
    reactivation,
    contraction,
    churn,
  });
}

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const quickRatioInfo: KpiDefinition = {
  id: 'quick-ratio',
  names: { en: 'SaaS quick ratio', 'zh-TW': '快速比率' },
  unit: 'ratio',
  polarity: 'higher-is-better',
  formula: '(new + expansion + reactivation MRR) ÷ (contraction + churn MRR)',
  inputs: ['subscriptions', 'fxRates'],
};
