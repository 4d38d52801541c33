import type { KpiDisplay } from '../base/kpi-display.js';
import { count, money, noun, q } from './words.js';

// What <kpi-card kpi="arpa"> loads to show this KPI: its computation and catalogue entry, and its words.
export { arpa as kpi, arpaInfo as info } from '../../engine/kpis/arpa.js';

export const display: KpiDisplay = {
  nouns: { customers: noun('paying customer', '付費客戶', '位') },
  details: q(money, count('customers')),
  formula: { 'zh-TW': '期末 MRR ÷ 期末付費客戶數' },
  reasons: {
    'zero-denominator': {
      en: 'Not defined: no paying customers',
      'zh-TW': '無法計算：沒有付費客戶',
    },
  },
  labels: {
    en: { mrr: 'MRR', customers: 'Paying customers' },
    'zh-TW': { mrr: 'MRR', customers: '付費客戶' },
  },
};
