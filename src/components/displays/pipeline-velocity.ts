import type { KpiDisplay } from '../base/kpi-display.js';
import { money, q } from './words.js';

// What <kpi-card kpi="pipeline-velocity"> loads to show this KPI: its computation and catalogue entry, and its words.
export { pipelineVelocity as kpi, pipelineVelocityInfo as info } from '../../engine/kpis/pipeline-velocity.js';

export const display: KpiDisplay = {
  details: q(money, { unit: 'days' }),
  formula: { 'zh-TW': '開啟中交易數 × 平均成交金額 × 成交率 ÷ 銷售週期天數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no won deals or no cycle to measure',
      'zh-TW': '無法計算：沒有成交交易或無法衡量銷售週期',
    },
  },
  labels: {
    en: { salesCycleDays: 'Sales cycle' },
    'zh-TW': {
      openDeals: '開啟中的交易',
      averageDealSize: '平均成交金額',
      winRate: '成交率',
      salesCycleDays: '銷售週期',
    },
  },
};
