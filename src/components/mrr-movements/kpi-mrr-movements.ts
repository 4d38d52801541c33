/** Registers `<kpi-mrr-movements>`. The only module of the widget with a side effect. */
import { KpiMrrMovements } from './mrr-movements.js';

KpiMrrMovements.define('kpi-mrr-movements');

export { KpiMrrMovements };
