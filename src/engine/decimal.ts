import { Decimal } from 'decimal.js';

/**
 * The engine's one decimal constructor: 34 significant digits, banker's rounding (spec §6.21).
 * A private clone, so a host page that calls `Decimal.set` on its own copy changes nothing here.
 */
export const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -40, toExpPos: 40 });
export type Dec = InstanceType<typeof D>;

export const ZERO = new D(0);
export const ONE = new D(1);

const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads an amount exactly: a decimal string as written, a finite number through its shortest decimal
 * text (so `0.1` is one tenth, not the binary float). Anything else (`'1,234'`, `''`, NaN, null) is undefined.
 */
export function parseDecimal(input: unknown): Dec | undefined {
  if (typeof input === 'number') {
    return Number.isFinite(input) ? new D(String(input)) : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (!DECIMAL_TEXT.test(text)) return undefined;
  const value = new D(text);
  return value.isFinite() ? value : undefined;
}

/** Sums decimals exactly. */
export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}
