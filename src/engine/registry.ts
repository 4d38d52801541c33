import type { KpiModule } from './context.js';
import { UnknownKpiError } from './errors.js';
import { arr } from './kpis/arr.js';
import { mrrMovements } from './kpis/mrr-movements.js';
import { mrr } from './kpis/mrr.js';

const modules = new Map<string, KpiModule>([mrr, arr, mrrMovements].map((m) => [m.id, m]));

/** The compute module of a KPI id; throws UnknownKpiError. */
export function kpiModule(id: unknown): KpiModule {
  const m = typeof id === 'string' ? modules.get(id) : undefined;
  if (!m) throw new UnknownKpiError(String(id));
  return m;
}
