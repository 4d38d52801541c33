import type { KpiDisplay } from '../base/kpi-display.js';
import { money, q } from './words.js';

// What <kpi-card kpi="quick-ratio"> loads to show this KPI: its computation and catalogue entry, and its words.
export { quickRatio as kpi, quickRatioInfo as info } from '../../engine/kpis/quick-ratio.js';

export const display: KpiDisplay = {
  details: q(money, money),
  formula: { 'zh-TW': '（新增 + 擴充 + 重新啟用 MRR）÷（縮減 + 流失 MRR）' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no contraction or churn in this period',
      'zh-TW': '無法計算：本期沒有縮減或流失',
    },
  },
  labels: {
    en: {
      new: 'New MRR',
      expansion: 'Expansion MRR',
      reactivation: 'Reactivation MRR',
      contraction: 'Contraction MRR',
      churn: 'Churned MRR',
    },
    'zh-TW': {
      new: '新增 MRR',
      expansion: '擴充 MRR',
      reactivation: '重新啟用 MRR',
      contraction: '縮減 MRR',
      churn: '流失 MRR',
    },
  },
};
