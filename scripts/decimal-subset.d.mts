import type { Plugin } from 'rollup';
/** Instance and static method names the kit's decimal.js does not carry. */
export declare const DROPPED: string[];
export declare function decimalSubset(): Plugin;
