/** Registers `<kpi-arr>`. The only module of the widget with a side effect. */
import { KpiArr } from './arr.js';

KpiArr.define('kpi-arr');

export { KpiArr };
