import type { Plugin } from 'rollup';
/** Instance and static method names the kit's decimal.js does not carry. */
export declare const DROPPED: string[];
/** Static methods it does not carry besides those: the twins of instance methods (`Decimal.add`). */
export declare const DROPPED_STATICS: string[];
export declare function decimalSubset(): Plugin;
