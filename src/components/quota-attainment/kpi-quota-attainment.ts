/** Registers `<kpi-quota-attainment>`. The only module of the widget with a side effect. */
import { KpiQuotaAttainment } from './quota-attainment.js';

KpiQuotaAttainment.define('kpi-quota-attainment');

export { KpiQuotaAttainment };
