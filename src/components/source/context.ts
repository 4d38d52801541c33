import { createContext, ContextEvent, type ContextCallback } from '@lit/context';
import type { Dataset } from '../../engine/types.js';
import type { KpiComputer } from '../base/computer.js';

/** Where a `<kpi-source>` stands; the same words as a widget's `state`. */
export type KpiSourceState = 'empty' | 'loading' | 'ready' | 'error' | 'stale';

/** What a `<kpi-source>` shares with the KPI elements inside it. */
export interface KpiSourceValue {
  state: KpiSourceState;
  /** The records, once loaded (kept while a refresh fails: `stale`). */
  dataset?: Dataset;
  /** Why the last load failed (`error` and `stale`). */
  error?: unknown;
  /** When the records were fetched (ms since the epoch); absent for `.data`. */
  updatedAt?: number;
  /** True when the records come from `src` (so cards say when they were updated). */
  fetched: boolean;
  /** Options for elements that do not set their own. */
  period?: string;
  currency?: string;
  timeZone?: string;
  /** Where the elements compute, when the source says (a worker, later). */
  computer?: KpiComputer;
  /** Settles when the load under way ends, whatever its outcome. */
  settled: Promise<void>;
  /** Reloads the source's `src`. */
  refresh(): Promise<void>;
}

/** The context `<kpi-source>` provides; shared by every copy of the kit on a page. */
export const kpiSourceContext = createContext<KpiSourceValue | undefined>(Symbol.for('kpi-elements/kpi-source'));

interface Pending {
  element: WeakRef<Element>;
  callback: WeakRef<ContextCallback<KpiSourceValue | undefined>>;
}

let watching = false;

/**
 * Lets a `<kpi-source>` defined after the widgets inside it still reach them: a widget's request that no
 * source answered is kept (weakly) at the document, and asked again when a source connects. Only this
 * kit's context is kept, so other libraries' contexts on the page are left alone.
 */
export function watchLateSources(doc: Document = document): void {
  if (watching) return;
  watching = true;
  let pending: Pending[] = [];
  doc.addEventListener('context-request', (event) => {
    const e = event as ContextEvent<typeof kpiSourceContext>;
    if (e.context !== kpiSourceContext || !e.subscribe) return;
    const element = (e.contextTarget ?? e.composedPath()[0]) as Element;
    if (pending.some((p) => p.element.deref() === element && p.callback.deref() === e.callback)) return;
    pending.push({ element: new WeakRef(element), callback: new WeakRef(e.callback) });
  });
  doc.addEventListener('context-provider', (event) => {
    if ((event as Event & { context?: unknown }).context !== kpiSourceContext) return;
    const retry = pending;
    pending = [];
    for (const p of retry) {
      const element = p.element.deref();
      const callback = p.callback.deref();
      // A request still unanswered comes back to the listener above and is kept again.
      if (element?.isConnected && callback) {
        element.dispatchEvent(new ContextEvent(kpiSourceContext, element, callback, true));
      }
    }
  });
}
