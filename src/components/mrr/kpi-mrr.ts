/** Registers `<kpi-mrr>`. The only module of the widget with a side effect. */
import { KpiMrr } from './mrr.js';

KpiMrr.define('kpi-mrr');

export { KpiMrr };
