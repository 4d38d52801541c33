/** Registers `<kpi-conversion-rate>`. The only module of the widget with a side effect. */
import { KpiConversionRate } from './conversion-rate.js';

KpiConversionRate.define('kpi-conversion-rate');

export { KpiConversionRate };
