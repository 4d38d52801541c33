import type { KpiDisplay } from '../base/kpi-display.js';
import { money, needsGrossMargin, q } from './words.js';

// What <kpi-card kpi="cac-payback"> loads to show this KPI: its computation and catalogue entry, and its words.
export { cacPayback as kpi, cacPaybackInfo as info } from '../../engine/kpis/cac-payback.js';

export const display: KpiDisplay = {
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no new customers or no revenue per account',
      'zh-TW': '無法計算：沒有新客戶或沒有每位客戶收入',
    },
    'missing-gross-margin': needsGrossMargin,
  },
  details: q(money, money),
  formula: { 'zh-TW': 'CAC ÷（ARPA × 毛利率）' },
  labels: {
    en: { cac: 'CAC', arpa: 'ARPA' },
    'zh-TW': { cac: 'CAC', arpa: 'ARPA', grossMargin: '毛利率' },
  },
};
