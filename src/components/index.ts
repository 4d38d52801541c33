/** Every element class of the kit. Importing this registers nothing: call `KpiMrr.define('kpi-mrr')`, or import `kpi-elements/kpi-mrr.js`. */
export { KpiElement } from './base/kpi-element.js';
export {
  KpiWidget,
  type KpiView,
  type KpiWidgetState,
  type KpiLoadDetail,
  type KpiErrorDetail,
  type KpiWarningDetail,
  type KpiLoadEvent,
  type KpiErrorEvent,
  type KpiWarningEvent,
} from './base/kpi-widget.js';
export { inThreadComputer, type KpiComputer } from './base/computer.js';
export { FormatController, matchLocale, type KpiLocale, type KpiMessages } from './controllers/format-controller.js';
export { KpiMrr } from './mrr/mrr.js';
