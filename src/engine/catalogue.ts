/**
 * KPI metadata for people: names in English and Traditional Chinese and the formula in words. It lives
 * apart from the compute modules so that a widget bundle carries only the names it shows.
 */
import type { KpiDefinition } from './types.js';

export const mrrInfo: KpiDefinition = {
  id: 'mrr',
  names: { en: 'Monthly recurring revenue', 'zh-TW': '每月經常性收入' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'MRR at the end of the period: Σ active subscriptions, normalised to a month (paying customers × ARPA)',
  inputs: ['subscriptions', 'fxRates'],
};

export const arrInfo: KpiDefinition = {
  id: 'arr',
  names: { en: 'Annual recurring revenue', 'zh-TW': '年度經常性收入' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'end MRR × 12 (summary: annual subscription revenue + additional recurring revenue − cancellations)',
  inputs: ['subscriptions', 'fxRates'],
};

export const mrrMovementsInfo: KpiDefinition = {
  id: 'mrr-movements',
  names: { en: 'MRR movements', 'zh-TW': 'MRR 變動' },
  unit: 'currency',
  polarity: 'higher-is-better',
  formula: 'net new MRR = new + expansion + reactivation − contraction − churn',
  inputs: ['subscriptions', 'fxRates'],
};

/** Every KPI the engine computes, in catalogue order. */
export const catalogue: readonly KpiDefinition[] = [mrrInfo, arrInfo, mrrMovementsInfo];
