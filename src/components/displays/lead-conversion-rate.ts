import type { KpiDisplay } from '../base/kpi-display.js';
import { count, leads, noLeads, noun, q } from './words.js';

// What <kpi-card kpi="lead-conversion-rate"> loads to show this KPI: its computation and catalogue entry, and its words.
export { leadConversionRate as kpi, leadConversionRateInfo as info } from '../../engine/kpis/lead-conversion-rate.js';

export const display: KpiDisplay = {
  nouns: { convertedLeads: noun('converted lead', '已轉換線索', '筆'), leads },
  details: q(count('convertedLeads'), count('leads')),
  formula: { 'zh-TW': '本期建立且已轉換的線索 ÷ 本期建立的線索' },
  reasons: {
    'zero-denominator': noLeads,
  },
};
