/** Registers `<kpi-card>`. The only module of the element with a side effect. */
import { KpiCard } from './card.js';

KpiCard.define('kpi-card');

export { KpiCard };
