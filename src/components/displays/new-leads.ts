import type { KpiDisplay } from '../base/kpi-display.js';

// What <kpi-card kpi="new-leads"> loads to show this KPI: its computation and catalogue entry, and its words.
export { newLeads as kpi, newLeadsInfo as info } from '../../engine/kpis/new-leads.js';

export const display: KpiDisplay = {
  formula: { 'zh-TW': '本期建立的不重複線索（依 id，再依小寫電子郵件合併），依管道分列' },
};
