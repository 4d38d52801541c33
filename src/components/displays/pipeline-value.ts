import type { KpiDisplay } from '../base/kpi-display.js';

// What <kpi-card kpi="pipeline-value"> loads to show this KPI: its computation and catalogue entry, and its words.
export { pipelineValue as kpi, pipelineValueInfo as info } from '../../engine/kpis/pipeline-value.js';

export const display: KpiDisplay = {
  formula: { 'zh-TW': '期末仍開啟之交易金額總和（加權：× 成交機率）' },
  labels: {
    en: { weighted: 'Weighted by probability' },
    'zh-TW': { weighted: '依成交機率加權', deals: '交易' },
  },
};
