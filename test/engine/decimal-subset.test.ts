import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal as FullDecimal } from 'decimal.js';
import { DROPPED, DROPPED_STATICS } from '../../scripts/decimal-subset.mjs';

// The built package carries decimal.js without the functions in DROPPED (scripts/decimal-subset.mjs).
// These tests hold the subset to two promises: every Decimal method the kit's own code calls is still there,
// and what was dropped is really gone (so the README's list of missing methods is true).

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const fullMethods = new Set(Object.getOwnPropertyNames(FullDecimal.prototype));
const called = new Set<string>();
for (const file of sources('src')) {
  // Math.sin and friends are not Decimal calls.
  for (const m of readFileSync(file, 'utf8').matchAll(/(?<!Math)\.([A-Za-z]+)\(/g)) {
    if (fullMethods.has(m[1]!)) called.add(m[1]!);
  }
}

describe('decimal.js subset in the built package', async () => {
  // dist/ is built by npm test before the engine tests (a variable keeps typecheck from needing it earlier).
  const builtEngine = '../../dist/engine.js';
  const built = (await import(builtEngine)) as { Decimal: typeof FullDecimal };
  const proto = built.Decimal.prototype as unknown as Record<string, unknown>;

  it('keeps every method the kit calls', () => {
    assert.ok(called.size > 15, `found ${called.size} Decimal methods in src`);
    for (const name of called) {
      assert.ok(!DROPPED.includes(name), `${name} is called in src but dropped from the build`);
      assert.equal(typeof proto[name], 'function', `${name} missing from the built Decimal`);
    }
  });

  it('drops the listed methods, which the full decimal.js has', () => {
    const statics = built.Decimal as unknown as Record<string, unknown>;
    for (const name of DROPPED) {
      const inFull = name in FullDecimal.prototype || name in FullDecimal;
      assert.ok(inFull, `${name} is not a decimal.js method`);
      assert.equal(proto[name], undefined, `prototype still has ${name}`);
      // `precision` is also a setting (Decimal.precision = 34), which stays.
      if (typeof (FullDecimal as unknown as Record<string, unknown>)[name] === 'function') {
        assert.equal(statics[name], undefined, `constructor still has ${name}`);
      }
    }
    for (const name of DROPPED_STATICS) {
      const full = FullDecimal as unknown as Record<string, unknown>;
      assert.equal(typeof full[name], 'function', `Decimal.${name} is not in decimal.js`);
      assert.equal(statics[name], undefined, `constructor still has ${name}`);
    }
    for (const name of ['set', 'config', 'clone', 'isDecimal']) {
      assert.equal(typeof statics[name], 'function', `Decimal.${name} is gone`);
    }
  });

  it('computes what the full decimal.js computes with what it keeps', () => {
    const D = built.Decimal.clone({ precision: 34 });
    const F = FullDecimal.clone({ precision: 34 });
    const cases: [string, string][] = [
      ['1234.5678', '-0.0007'],
      ['1e15', '3'],
      ['49.50', '12'],
      ['-7', '0.1'],
    ];
    for (const [a, b] of cases) {
      for (const op of ['plus', 'minus', 'times', 'div', 'cmp'] as const) {
        const got = String((new D(a) as unknown as Record<string, (x: string) => unknown>)[op]!(b));
        const want = String((new F(a) as unknown as Record<string, (x: string) => unknown>)[op]!(b));
        assert.equal(got, want, `${a} ${op} ${b}`);
      }
      assert.equal(new D(a).toDecimalPlaces(3).toString(), new F(a).toDecimalPlaces(3).toString());
      assert.equal(new D(a).round().toString(), new F(a).round().toString());
      assert.equal(new D(a).toFixed(2), new F(a).toFixed(2));
    }
  });
});
