/** Registers `<kpi-sales-growth>`. The only module of the widget with a side effect. */
import { KpiSalesGrowth } from './sales-growth.js';

KpiSalesGrowth.define('kpi-sales-growth');

export { KpiSalesGrowth };
