/** Registers `<kpi-new-leads>`. The only module of the widget with a side effect. */
import { KpiNewLeads } from './new-leads.js';

KpiNewLeads.define('kpi-new-leads');

export { KpiNewLeads };
