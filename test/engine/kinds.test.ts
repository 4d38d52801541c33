// Record kinds as specs (issue 7, size): a KPI module names the specs of the kinds it reads, the index
// builds each kind once, and a bundle of one KPI carries the validation of its own kinds and no other.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { computeWith, listKpis, type Dataset, type KpiModule } from '../../src/engine/index.js';
import type { EngineKpiModule } from '../../src/engine/context.js';
import { indexDataset } from '../../src/engine/dataset-index.js';
import { dealsKind, fxRatesKind, leadsKind, subscriptionsKind } from '../../src/engine/kinds.js';
import { kpiModules } from '../../src/engine/registry.js';
import type { DatasetKind } from '../../src/engine/types.js';

const modules = kpiModules() as EngineKpiModule[];

/** The row reader of each kind: a bundle that validates the kind carries it. */
const READER: Record<DatasetKind, string> = {
  deals: 'readDeal',
  leads: 'readLead',
  customers: 'readCustomer',
  subscriptions: 'readSubscription',
  spend: 'readSpend',
  reps: 'readRep',
  quotas: 'readQuota',
  fxRates: 'readFxRate',
};

/** The kinds whose row reader a bundle of `computeWith` and one KPI module (as a widget imports them) carries. */
async function bundledKinds(file: string, name: string): Promise<DatasetKind[]> {
  const out = await build({
    stdin: {
      contents: `export { computeWith } from './src/engine/compute.ts'; export { ${name} } from './src/engine/kpis/${file}.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    treeShaking: true,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.text;
  return (Object.keys(READER) as DatasetKind[]).filter((k) => new RegExp(`function ${READER[k]}\\d*\\(`).test(code));
}

const camel = (id: string) => id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe('kind specs', () => {
  it('every KPI module reads the specs of its inputs, in the order of its inputs and of listKpis()', () => {
    const listed = new Map(listKpis().map((k) => [k.id, k.inputs]));
    assert.equal(modules.length, listed.size);
    for (const m of modules) {
      assert.deepEqual(
        m.reads.map((s) => s.name),
        m.inputs,
        m.id,
      );
      assert.deepEqual(m.inputs, listed.get(m.id), m.id);
    }
  });

  it('index.kind(spec) builds a kind once per dataset and zone, on first use', () => {
    const data: Dataset = { deals: [{ id: 'd', createdAt: '2024-05-01', stage: 'lead', amount: '10' }] };
    const index = indexDataset(data, 'Asia/Taipei');
    const deals = index.kind(dealsKind);
    assert.equal(index.kind(dealsKind), deals);
    assert.equal(deals.count, 1);
    assert.notEqual(indexDataset(data, 'UTC').kind(dealsKind), deals);
    assert.deepEqual(index.builtWarnings(['leads']), []);
    index.kind(leadsKind);
    assert.deepEqual(index.builtWarnings(['leads', 'deals']), []);
  });

  it('computeWith(mrr) warns of bad rows of subscriptions and fxRates, and of no kind it does not read', () => {
    const mrr = modules.find((m) => m.id === 'mrr')!;
    const data = {
      subscriptions: [{ id: 's1', customerId: 'c', amount: 'x', interval: 'month', startAt: '2024-01-01' }],
      fxRates: [{ base: 'EUR', quote: 'USD', rate: 'no', date: '2024-01-01' }],
      deals: [{ id: 'bad-deal' }],
    } as unknown as Dataset;
    const r = computeWith(mrr, data, { period: '2024-05', currency: 'USD' });
    assert.deepEqual(
      r.warnings.map((w) => w.recordId),
      ['s1', 'fxRates[0]'],
    );
  });

  it('computeWith(a module without specs) warns of its named inputs that the index has built', () => {
    const data = {
      subscriptions: [{ id: 's1', customerId: 'c', amount: 'x', interval: 'month', startAt: '2024-01-01' }],
      leads: [{ id: 'bad-lead' }],
    } as unknown as Dataset;
    const own: KpiModule = {
      id: 'mrr',
      unit: 'count',
      polarity: 'higher-is-better',
      inputs: ['subscriptions', 'leads'],
      compute(ctx) {
        ctx.index.kind(subscriptionsKind);
        return { value: null, reason: 'no-data' };
      },
    };
    const r = computeWith(own, data, { period: '2024-05' });
    assert.deepEqual(
      r.warnings.map((w) => w.recordId),
      ['s1'],
    );
  });

  it('a bundle of computeWith and one KPI carries the row readers of its inputs (and fx rates) only', async () => {
    for (const m of modules) {
      const kinds = await bundledKinds(m.id, camel(m.id));
      const expected = (Object.keys(READER) as DatasetKind[]).filter(
        (k) => m.inputs.includes(k) || k === fxRatesKind.name,
      );
      assert.deepEqual(kinds, expected, m.id);
    }
  });
});
