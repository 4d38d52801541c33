/** Registers `<kpi-sales-cycle>`. The only module of the widget with a side effect. */
import { KpiSalesCycle } from './sales-cycle.js';

KpiSalesCycle.define('kpi-sales-cycle');

export { KpiSalesCycle };
