/**
 * Period look-ups over the dataset index: records sorted once by a timestamp field (cached on the
 * index), then each period is two binary searches instead of a scan.
 */
import type { KpiContext } from './context.js';
import type { KindSpec } from './kinds.js';
import { periodInstants, type Period } from './period.js';
import { compareText, type LazyRecords } from './records.js';

/** A kind whose records are made on first use, with time columns (deals, leads, customers). */
type LazyKind<R> = KindSpec<LazyRecords<R>>;
type TimeField<R> = {
  [F in keyof R]: R[F] extends number | undefined ? F : never;
}[keyof R];

/**
 * The records that carry `field`, sorted by it, ties by id (ids are unique per kind, so this is one
 * total order whatever the input order). The keys are copied into a typed array first: the comparator
 * then reads contiguous numbers instead of a field of a million scattered objects.
 */
export function sortByTimeThenId<T extends { id: string }>(records: readonly T[], field: keyof T): T[] {
  const withField: T[] = [];
  for (const r of records) if (r[field] !== undefined) withField.push(r);
  const n = withField.length;
  // Arrays grow by push: V8 stores a `new Array(n)` of a million holes as a dictionary.
  const keys = new Float64Array(n);
  const ids: string[] = [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    keys[i] = withField[i]![field] as number;
    ids.push(withField[i]!.id);
    order.push(i);
  }
  order.sort((i, j) => {
    return keys[i]! - keys[j]! || compareText(ids[i]!, ids[j]!);
  });
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(withField[order[i]!]!);
  return out;
}

const DAY_MS = 86_400_000;

/**
 * Positions of the records of a kind that carry `field`, grouped by the UTC day of it, in one pass over
 * the kind's time column (see LazyRecords): a period then reads only its own days, makes only those
 * records and sorts only them.
 */
function byDay<R>(ctx: KpiContext, kind: LazyKind<R>, field: TimeField<R>): Map<number, number[]> {
  return ctx.index.cached(`days:${kind.name}:${String(field)}`, () => {
    const lazy = ctx.index.kind(kind);
    const times = lazy.time(String(field));
    const days = new Map<number, number[]>();
    for (let i = 0; i < lazy.count; i++) {
      const t = times[i]!;
      if (t !== t) continue; // NaN: absent
      const day = Math.floor(t / DAY_MS);
      const list = days.get(day);
      if (list) list.push(i);
      else days.set(day, [i]);
    }
    return days;
  });
}

/** The days of `days` from `first` to `last`, both included, in a look-up per day or one pass over all. */
function eachDay<T>(days: Map<number, T>, first: number, last: number, visit: (items: T) => void): void {
  if (last - first + 1 <= days.size) {
    for (let day = first; day <= last; day++) {
      const items = days.get(day);
      if (items) visit(items);
    }
  } else {
    for (const [day, items] of days) if (day >= first && day <= last) visit(items);
  }
}

/**
 * Records whose `field` lies in the half-open period P (by local date in the context's zone), sorted
 * by it, ties by id: the records of the UTC days P's instants touch, filtered to [start, end) and sorted
 * (cached per period; each call gets its own array).
 */
export function recordsIn<R extends { id: string }>(
  ctx: KpiContext,
  kind: LazyKind<R>,
  field: TimeField<R>,
  period: Period,
): R[] {
  const { start, end } = periodInstants(period, ctx.timeZone);
  const list = ctx.index.cached(`in:${kind.name}:${String(field)}:${start}:${end}`, () => {
    const first = Math.floor(start / DAY_MS);
    const last = Math.floor((end - 1) / DAY_MS);
    const picked: R[] = [];
    const lazy = ctx.index.kind(kind);
    const times = lazy.time(String(field));
    eachDay(byDay(ctx, kind, field), first, last, (positions) => {
      for (const i of positions) {
        const t = times[i]!;
        if (t >= start && t < end) picked.push(lazy.record(i));
      }
    });
    return sortByTimeThenId(picked, field);
  });
  return list.slice();
}

/** Records whose `field` comes before the instant P.end (e.g. deals created before the period ends). */
export function recordsBefore<R extends { id: string }>(
  ctx: KpiContext,
  kind: LazyKind<R>,
  field: TimeField<R>,
  period: Period,
): R[] {
  // The records that carry `field`, sorted by it (ties by id), once per dataset and zone.
  const list = ctx.index.cached(`sorted:${kind.name}:${String(field)}`, () =>
    sortByTimeThenId(ctx.index.kind(kind).records, field),
  );
  const { end } = periodInstants(period, ctx.timeZone);
  // A binary search for the first record at or after P.end.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]![field] as number) < end) lo = mid + 1;
    else hi = mid;
  }
  return list.slice(0, lo);
}
