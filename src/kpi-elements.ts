/**
 * Every element, registered: the entry of the self-registering CDN bundle (and handy for prototyping).
 * Each tag is defined by its own `kpi-*.js` module, which tolerates a second copy of the kit.
 * `<kpi-source>` comes first so that the elements inside it find it as they connect.
 */
import './components/source/kpi-source.js';
import './components/card/kpi-card.js';
import './components/mrr/kpi-mrr.js';
import './components/arr/kpi-arr.js';
import './components/cac/kpi-cac.js';
import './components/cac-by-channel/kpi-cac-by-channel.js';
import './components/cltv/kpi-cltv.js';
import './components/opportunities-vs-leads/kpi-opportunities-vs-leads.js';
import './components/sales-growth/kpi-sales-growth.js';
import './components/sales-cycle/kpi-sales-cycle.js';
import './components/sales-per-rep/kpi-sales-per-rep.js';
import './components/quota-attainment/kpi-quota-attainment.js';
import './components/mrr-movements/kpi-mrr-movements.js';
import './components/new-leads/kpi-new-leads.js';
import './components/win-rate/kpi-win-rate.js';
import './components/conversion-rate/kpi-conversion-rate.js';
import './components/retention/kpi-retention.js';
import './components/expansion-revenue/kpi-expansion-revenue.js';

export * from './components/index.js';
