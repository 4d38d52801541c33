import type { KpiDisplay } from '../base/kpi-display.js';
import { count, money, newCustomers, noNewCustomers, q } from './words.js';

// What <kpi-card kpi="cac"> loads to show this KPI: its computation and catalogue entry, and its words.
export { cac as kpi, cacInfo as info } from '../../engine/kpis/cac.js';

export const display: KpiDisplay = {
  nouns: { newCustomers },
  details: q(money, count('newCustomers')),
  formula: {
    'zh-TW':
      '支出 ÷ 新客戶數（本期首次付費的客戶）；成本基礎 marketing（預設：有管道的支出）或 fully-loaded（全部支出）',
  },
  reasons: {
    'zero-denominator': noNewCustomers,
  },
  labels: {
    'zh-TW': { spend: '支出', newCustomers: '新客戶' },
  },
};
