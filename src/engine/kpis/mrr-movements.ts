import type { EngineKpiModule } from '../context.js';
import { fxRatesKind, subscriptionsKind } from '../kinds.js';
import { noData } from '../result.js';
import { mrrMovements as movements } from '../subscriptions.js';
import type { KpiDefinition } from '../types.js';

/**
 * MRR movements of P, classified per customer (spec §4): value = net new MRR = end − start.
 * details: start, new, expansion, reactivation, contraction, churn, end, with
 * start + new + expansion + reactivation − contraction − churn = end.
 * @example compute('mrr-movements', data, { period: '2024-05' }).details.churn
 */
export const mrrMovements: EngineKpiModule = {
  id: 'mrr-movements',
  unit: 'currency',
  polarity: 'higher-is-better',
  inputs: ['subscriptions', 'fxRates'],
  reads: [subscriptionsKind, fxRatesKind],
  compute(ctx, period) {
    if (!ctx.index.has('subscriptions')) return noData();
    const m = movements(ctx, period);
    return {
      value: m.end.minus(m.start),
      details: {
        start: m.start,
        new: m.new,
        expansion: m.expansion,
        reactivation: m.reactivation,
        contraction: m.contraction,
        churn: m.churn,
        end: m.end,
      },
    };
  },
  summary: [
    {
      inputs: ['start', 'new', 'expansion', 'reactivation', 'contraction', 'churn'],
      compute: (v) => {
        const net = v.new!.plus(v.expansion!).plus(v.reactivation!).minus(v.contraction!).minus(v.churn!);
        return {
          value: net,
          details: {
            start: v.start!,
            new: v.new!,
            expansion: v.expansion!,
            reactivation: v.reactivation!,
            contraction: v.contraction!,
            churn: v.churn!,
            end: v.start!.plus(net),
          },
        };
      },
    },
  ],
};

/** Its catalogue entry: names, unit, polarity, formula in words and inputs (`listKpis()`). */
export const mrrMovementsInfo: KpiDefinition = {
  id: 'mrr-movements',
  names: { en: 'MRR movements', 'zh-TW': 'MRR 變動' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'net new MRR = new + expansion + reactivation − contraction − churn',
  inputs: ['subscriptions', 'fxRates'],
};
