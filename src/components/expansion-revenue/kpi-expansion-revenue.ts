/** Registers `<kpi-expansion-revenue>`. The only module of the widget with a side effect. */
import { KpiExpansionRevenue } from './expansion-revenue.js';

KpiExpansionRevenue.define('kpi-expansion-revenue');

export { KpiExpansionRevenue };
