import type { Dec } from './decimal.js';
import { MissingFxRateError } from './errors.js';
import { compareText, type FxRecord } from './records.js';

/** Exchange rates by pair, each list sorted by date, for "the latest rate on or before the date" (spec §6.10). */
export class FxTable {
  private readonly pairs = new Map<string, { date: string; rate: Dec }[]>();

  constructor(rates: FxRecord[]) {
    for (const r of rates) {
      const key = `${r.from}>${r.to}`;
      const list = this.pairs.get(key) ?? [];
      list.push({ date: r.date, rate: r.rate });
      this.pairs.set(key, list);
    }
    for (const list of this.pairs.values()) list.sort((a, b) => compareText(a.date, b.date));
  }

  /** Currencies that some rate converts into. */
  targets(): string[] {
    return [...this.pairs.keys()].map((k) => k.split('>')[1]!);
  }

  private latest(from: string, to: string, date: string): Dec | undefined {
    const list = this.pairs.get(`${from}>${to}`);
    if (!list) return undefined;
    let found: Dec | undefined;
    for (const entry of list) {
      if (entry.date > date) break;
      found = entry.rate;
    }
    return found;
  }

  /** Converts an amount on a local date; a reverse pair is inverted; throws MissingFxRateError. */
  convert(amount: Dec, from: string, to: string, date: string): Dec {
    if (from === to) return amount;
    const direct = this.latest(from, to, date);
    if (direct) return amount.times(direct);
    const reverse = this.latest(to, from, date);
    if (reverse) return amount.div(reverse);
    throw new MissingFxRateError(from, to, date);
  }
}
