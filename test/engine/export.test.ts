import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The built `kpi-elements/engine` export, loaded the way users load it: by package name, in plain Node
// (no DOM globals), with code generation from strings disallowed (so no eval or new Function inside).
describe('kpi-elements/engine (built)', () => {
  it('imports in Node with no DOM and computes MRR from the package export', () => {
    assert.ok(existsSync('dist/engine.js'), 'dist/engine.js is built by npm test before the engine tests');
    const script = `
      if (typeof window !== 'undefined' || typeof document !== 'undefined') throw new Error('a DOM is present');
      const m = await import('kpi-elements/engine');
      const r = m.compute('mrr', { subscriptions: [{ id: 's', customerId: 'c', amount: '49.50', interval: 'month', startAt: '2024-01-01' }] }, { period: '2024-05', currency: 'USD' });
      console.log(JSON.stringify({ keys: Object.keys(m).sort(), value: r.value }));`;
    const out = execFileSync(
      process.execPath,
      ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
      },
    );
    const { keys, value } = JSON.parse(out);
    for (const name of ['compute', 'computeSeries', 'computeSummary', 'listKpis', 'parseCsv'])
      assert.ok(keys.includes(name), name);
    assert.equal(value, '49.5');
  });
});
