import type { KpiDisplay } from '../base/kpi-display.js';
import { closedDeals, count, q, wonDeals } from './words.js';

// What <kpi-card kpi="win-rate"> loads to show this KPI: its computation and catalogue entry, and its words.
export { winRate as kpi, winRateInfo as info } from '../../engine/kpis/win-rate.js';

export const display: KpiDisplay = {
  nouns: { wonDeals, closedDeals },
  details: q(count('wonDeals'), count('closedDeals')),
  formula: { 'zh-TW': '成交 ÷（成交 + 失敗），以本期結案者計（加權：依金額）' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no deals closed in this period',
      'zh-TW': '無法計算：本期沒有結案的交易',
    },
  },
  labels: {
    'zh-TW': { won: '成交', lost: '失敗' },
  },
};
