import type { KpiDisplay } from '../base/kpi-display.js';
import { money, q } from './words.js';

// What <kpi-card kpi="sales-roi"> loads to show this KPI: its computation and catalogue entry, and its words.
export { salesRoi as kpi, salesRoiInfo as info } from '../../engine/kpis/sales-roi.js';

export const display: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（成交銷售額 − 支出）÷ 支出，含全部支出' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no spend in this period',
      'zh-TW': '無法計算：本期沒有支出',
    },
  },
  labels: {
    'zh-TW': { wonSales: '成交銷售額', spend: '支出' },
  },
};
