import type { KpiDisplay } from '../base/kpi-display.js';
import { count, money, noDealsWon, q, wonDeals } from './words.js';

// What <kpi-card kpi="average-deal-size"> loads to show this KPI: its computation and catalogue entry, and its words.
export { averageDealSize as kpi, averageDealSizeInfo as info } from '../../engine/kpis/average-deal-size.js';

export const display: KpiDisplay = {
  nouns: { wonDeals },
  details: q(money, count('wonDeals')),
  formula: { 'zh-TW': '成交銷售額 ÷ 成交交易數' },
  reasons: {
    'zero-denominator': noDealsWon,
  },
};
