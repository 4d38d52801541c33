/**
 * Period look-ups over the dataset index: records sorted once by a timestamp field (cached on the
 * index), then each period is two binary searches instead of a scan.
 */
import type { KpiContext } from './context.js';
import type { DatasetIndex } from './dataset-index.js';
import { periodInstants, type Period } from './period.js';

type Kind = 'deals' | 'leads' | 'customers';
type RecordOf<K extends Kind> = DatasetIndex[K]['records'][number];
type TimeField<K extends Kind> = {
  [F in keyof RecordOf<K>]: RecordOf<K>[F] extends number | undefined ? F : never;
}[keyof RecordOf<K>];

/** Records of a kind that carry `field`, sorted by it (ties by id), built once per dataset and zone. */
export function sortedBy<K extends Kind>(ctx: KpiContext, kind: K, field: TimeField<K>): RecordOf<K>[] {
  return ctx.index.cached(`sorted:${kind}:${String(field)}`, () => {
    const records = (ctx.index[kind].records as RecordOf<K>[]).filter((r) => r[field] !== undefined);
    return records.sort(
      (a, b) => (a[field] as number) - (b[field] as number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  });
}

function lowerBound<T>(list: T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Records whose `field` lies in the half-open period P (by local date in the context's zone). */
export function recordsIn<K extends Kind>(
  ctx: KpiContext,
  kind: K,
  field: TimeField<K>,
  period: Period,
): RecordOf<K>[] {
  const list = sortedBy(ctx, kind, field);
  const { start, end } = periodInstants(period, ctx.timeZone);
  const key = (r: RecordOf<K>) => r[field] as number;
  return list.slice(lowerBound(list, start, key), lowerBound(list, end, key));
}

/** Records whose `field` comes before the instant P.end (e.g. deals created before the period ends). */
export function recordsBefore<K extends Kind>(
  ctx: KpiContext,
  kind: K,
  field: TimeField<K>,
  period: Period,
): RecordOf<K>[] {
  const list = sortedBy(ctx, kind, field);
  const { end } = periodInstants(period, ctx.timeZone);
  return list.slice(
    0,
    lowerBound(list, end, (r) => r[field] as number),
  );
}
