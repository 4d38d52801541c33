import type { KpiDisplay } from '../base/kpi-display.js';

// What <kpi-card kpi="mrr-movements"> loads to show this KPI: its computation and catalogue entry, and its words.
export { mrrMovements as kpi, mrrMovementsInfo as info } from '../../engine/kpis/mrr-movements.js';

export const display: KpiDisplay = {
  formula: { 'zh-TW': '淨新增 MRR = 新增 + 擴充 + 重新啟用 − 縮減 − 流失' },
  labels: {
    en: {
      start: 'MRR at the start',
      new: 'New MRR',
      expansion: 'Expansion MRR',
      reactivation: 'Reactivation MRR',
      contraction: 'Contraction MRR',
      churn: 'Churned MRR',
      end: 'MRR at the end',
    },
    'zh-TW': {
      start: '期初 MRR',
      new: '新增 MRR',
      expansion: '擴充 MRR',
      reactivation: '重新啟用 MRR',
      contraction: '縮減 MRR',
      churn: '流失 MRR',
      end: '期末 MRR',
    },
  },
};
