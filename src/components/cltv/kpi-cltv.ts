/** Registers `<kpi-cltv>`. The only module of the widget with a side effect. */
import { KpiCltv } from './cltv.js';

KpiCltv.define('kpi-cltv');

export { KpiCltv };
