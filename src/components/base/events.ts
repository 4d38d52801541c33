import type { Dataset, KpiResult, Warning } from '../../engine/types.js';

/** A result computed alongside the widget's own KPI (see `KpiWidget.extras()`). */
export interface KpiExtraResult {
  result: KpiResult;
  /** Monthly results ending with the period's last month, when asked for. */
  series?: KpiResult[];
}

/** Detail of `kpi-load` from a widget: the result it now shows, with the series and extras it drew. */
export interface KpiResultLoad {
  result: KpiResult;
  series?: KpiResult[];
  extras?: Record<string, KpiExtraResult>;
  dataset?: never;
}
/** Detail of `kpi-load` from `<kpi-source>`: the records it now shares. */
export interface KpiSourceLoad {
  dataset: Dataset;
  /** When the records were fetched (ms since the epoch); absent for `.data`. */
  updatedAt?: number;
  result?: never;
}
export type KpiLoadDetail = KpiResultLoad | KpiSourceLoad;

/** Detail of `kpi-error`: what went wrong (never thrown into the page). */
export interface KpiErrorDetail {
  error: unknown;
  message: string;
  /** The attribute to fix, when one is at fault: `data`, `period`, `won`, `kpi`, ... */
  attribute?: string;
  /** The HTTP status of a failed fetch. */
  status?: number;
}
/** Detail of `kpi-warning`: records the engine skipped, with their ids. */
export interface KpiWarningDetail {
  warnings: Warning[];
}
/** Detail of `kpi-select`: the bar, funnel step or segment a user activated. */
export interface KpiSelectDetail {
  /** Its key: a channel, rep id, month ('2024-05') or step. */
  key: string;
  /** Its value as decimal text, or null when it has none. */
  value: string | null;
}

export type KpiLoadEvent = CustomEvent<KpiLoadDetail>;
export type KpiErrorEvent = CustomEvent<KpiErrorDetail>;
export type KpiWarningEvent = CustomEvent<KpiWarningDetail>;
export type KpiSelectEvent = CustomEvent<KpiSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'kpi-load': KpiLoadEvent;
    'kpi-error': KpiErrorEvent;
    'kpi-warning': KpiWarningEvent;
    'kpi-select': KpiSelectEvent;
  }
}
