import type { KpiDisplay } from '../base/kpi-display.js';
import { closedDeals, count, noDealsWon, q, wonDeals } from './words.js';

// What <kpi-card kpi="sales-cycle-length"> loads to show this KPI: its computation and catalogue entry, and its words.
export { salesCycleLength as kpi, salesCycleLengthInfo as info } from '../../engine/kpis/sales-cycle-length.js';

export const display: KpiDisplay = {
  nouns: { wonDeals, closedDeals },
  details: { ...q({ unit: 'days' }, count('wonDeals')), units: { median: 'days' } },
  formula: { 'zh-TW': '本期成交交易從建立到成交的平均日曆天數（cycleDeals 為 closed 時含失敗交易）' },
  reasons: {
    'zero-denominator': noDealsWon,
  },
  labels: {
    'zh-TW': { median: '中位數', deals: '交易' },
  },
};
