/**
 * Every widget, registered: the entry of the self-registering CDN bundle (and handy for prototyping).
 * Each tag is defined by its own `kpi-*.js` module, which tolerates a second copy of the kit.
 */
import './components/mrr/kpi-mrr.js';

export * from './components/index.js';
