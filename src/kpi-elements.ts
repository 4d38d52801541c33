/**
 * Every element, registered: the entry of the self-registering CDN bundle (and handy for prototyping).
 * Each tag is defined by its own `kpi-*.js` module, which tolerates a second copy of the kit.
 * `<kpi-source>` comes first so that the elements inside it find it as they connect.
 */
import './components/source/kpi-source.js';
import './components/card/kpi-card.js';
import './components/mrr/kpi-mrr.js';
import './components/arr/kpi-arr.js';

export * from './components/index.js';
