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

export * from './components/index.js';
