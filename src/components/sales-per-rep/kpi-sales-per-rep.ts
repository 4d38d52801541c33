/** Registers `<kpi-sales-per-rep>`. The only module of the widget with a side effect. */
import { KpiSalesPerRep } from './sales-per-rep.js';

KpiSalesPerRep.define('kpi-sales-per-rep');

export { KpiSalesPerRep };
