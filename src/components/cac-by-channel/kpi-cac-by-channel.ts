/** Registers `<kpi-cac-by-channel>`. The only module of the widget with a side effect. */
import { KpiCacByChannel } from './cac-by-channel.js';

KpiCacByChannel.define('kpi-cac-by-channel');

export { KpiCacByChannel };
