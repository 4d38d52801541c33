/** Registers `<kpi-cac>`. The only module of the widget with a side effect. */
import { KpiCac } from './cac.js';

KpiCac.define('kpi-cac');

export { KpiCac };
