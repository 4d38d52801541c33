import type { KpiDisplay } from '../base/kpi-display.js';
import { count, money, q, reps } from './words.js';

// What <kpi-card kpi="sales-per-rep"> loads to show this KPI: its computation and catalogue entry, and its words.
export { salesPerRep as kpi, salesPerRepInfo as info } from '../../engine/kpis/sales-per-rep.js';

export const display: KpiDisplay = {
  nouns: { reps },
  details: q(money, count('reps')),
  formula: { 'zh-TW': '成交銷售額 ÷ 本期在職的業務代表數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no active reps',
      'zh-TW': '無法計算：沒有在職的業務代表',
    },
  },
};
