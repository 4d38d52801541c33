import type { KpiDisplay } from '../base/kpi-display.js';
import { money, q, reps } from './words.js';

// What <kpi-card kpi="quota-attainment"> loads to show this KPI: its computation and catalogue entry, and its words.
export { quotaAttainment as kpi, quotaAttainmentInfo as info } from '../../engine/kpis/quota-attainment.js';

export const display: KpiDisplay = {
  nouns: { reps },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no quota in this period',
      'zh-TW': '無法計算：本期沒有配額',
    },
    'no-quota': { en: 'No quota in this period', 'zh-TW': '本期沒有配額' },
    unassigned: { en: 'No rep, so no quota', 'zh-TW': '沒有業務代表，因此沒有配額' },
  },
  details: { ...q(money, money), units: { won: 'money' } },
  formula: { 'zh-TW': '有配額之業務代表的成交總和 ÷ 其本期配額總和' },
  labels: {
    en: {
      repsAtQuota: 'Share of reps at quota',
      repsWithQuota: 'Reps with a quota',
      repsReachingQuota: 'Reps who reached quota',
    },
    'zh-TW': {
      repsAtQuota: '達成配額的業務代表比例',
      repsWithQuota: '有配額的業務代表人數',
      repsReachingQuota: '達成配額的業務代表人數',
      won: '成交',
      quota: '配額',
    },
  },
};
