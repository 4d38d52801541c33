import type { KpiDisplay } from '../base/kpi-display.js';
import { count, money, newCustomers, q } from './words.js';

// What <kpi-card kpi="paid-cac"> loads to show this KPI: its computation and catalogue entry, and its words.
export { paidCac as kpi, paidCacInfo as info } from '../../engine/kpis/paid-cac.js';

export const display: KpiDisplay = {
  nouns: { newCustomers },
  details: q(money, count('newCustomers')),
  formula: { 'zh-TW': '有管道的付費支出 ÷ 有付費支出之管道的新客戶數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no new customers from paid channels',
      'zh-TW': '無法計算：付費管道沒有新客戶',
    },
  },
  labels: {
    'zh-TW': { spend: '支出', newCustomers: '新客戶' },
  },
};
