/** Registers `<kpi-source>`. The only module of the element with a side effect. */
import { KpiSource } from './source.js';

KpiSource.define('kpi-source');

export { KpiSource };
