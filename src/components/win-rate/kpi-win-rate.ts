/** Registers `<kpi-win-rate>`. The only module of the widget with a side effect. */
import { KpiWinRate } from './win-rate.js';

KpiWinRate.define('kpi-win-rate');

export { KpiWinRate };
