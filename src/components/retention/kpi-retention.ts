/** Registers `<kpi-retention>`. The only module of the widget with a side effect. */
import { KpiRetention } from './retention.js';

KpiRetention.define('kpi-retention');

export { KpiRetention };
