/**
 * One dataset, many KPIs: a dataset object is validated and indexed once per time zone, and the index
 * is reused while the same object is passed again (spec §4). A caller that edits records in place must
 * pass a new object.
 */
import { InvalidOptionError, MissingFxRateError } from './errors.js';
import { fxRatesKind, type KindSpec } from './kinds.js';
import { currencyCode } from './records.js';
import type { Dataset, DatasetKind, Warning } from './types.js';

const MONEY_KINDS: DatasetKind[] = ['deals', 'subscriptions', 'spend', 'quotas'];

export class DatasetIndex {
  private readonly memo = new Map<string, unknown>();

  constructor(
    readonly data: Dataset,
    readonly timeZone: string,
  ) {}

  /** Computes once per index: derived tables and per-instant figures shared by every KPI. */
  cached<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  /** Whether the dataset carries the kind at all (an empty array counts: spec §6.20). */
  has(kind: DatasetKind): boolean {
    return Array.isArray(this.data[kind]);
  }

  /**
   * The validated table of a kind, built on first use and then the same object. Readers pass the spec
   * of the kind (kinds.ts), so a bundle carries only the kinds it reads.
   */
  kind<T extends { warnings: Warning[] }>(spec: KindSpec<T>): T {
    return this.cached(`kind:${spec.name}`, () => spec.build(this.data, this.timeZone));
  }

  /** Warnings of the named kinds whose tables are already built, in the order given. */
  builtWarnings(kinds: readonly DatasetKind[]): Warning[] {
    const out: Warning[] = [];
    for (const kind of kinds) {
      const table = this.memo.get(`kind:${kind}`) as { warnings: Warning[] } | undefined;
      if (table) out.push(...table.warnings);
    }
    return out;
  }

  /**
   * The reporting currency (spec §6.11): the option when given, else the one currency the records carry;
   * several without rates cannot be summed and throw MissingFxRateError.
   */
  reportingCurrency(option: unknown): string | undefined {
    if (option !== undefined && option !== null && option !== '') {
      const code = currencyCode(option);
      if (!code) {
        throw new InvalidOptionError('currency', `${JSON.stringify(option)} is not an ISO 4217 code such as "USD".`);
      }
      return code;
    }
    const carried = this.cached('currencies', () => {
      const found = new Set<string>();
      for (const kind of MONEY_KINDS) {
        const rows = this.data[kind];
        if (!Array.isArray(rows)) continue;
        for (const row of rows as unknown[]) {
          const code = currencyCode(
            row && typeof row === 'object' ? (row as { currency?: unknown }).currency : undefined,
          );
          if (code) found.add(code);
        }
      }
      return [...found].sort();
    });
    if (carried.length <= 1) return carried[0];
    const targets = new Set(
      this.kind(fxRatesKind)
        .table.targets()
        .filter((c) => carried.includes(c)),
    );
    if (targets.size === 1) return [...targets][0];
    throw new MissingFxRateError(carried[1]!, carried[0]!, 'any date (name options.currency)');
  }
}

const indexes = new WeakMap<object, Map<string, DatasetIndex>>();

/** The index of a dataset object in a zone, built on first use. */
export function indexDataset(data: Dataset, timeZone: string): DatasetIndex {
  let byZone = indexes.get(data);
  if (!byZone) {
    byZone = new Map();
    indexes.set(data, byZone);
  }
  let index = byZone.get(timeZone);
  if (!index) {
    index = new DatasetIndex(data, timeZone);
    byZone.set(timeZone, index);
  }
  return index;
}
