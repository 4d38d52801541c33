import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compute, computeSeries, listKpis, parseCsv, type Dataset, type DatasetKind } from '../../src/engine/index.js';

// The sample company ships as one JSON file and as one CSV per record kind; both must give the same numbers.
const json = JSON.parse(readFileSync('demo/data/company.json', 'utf8')) as Dataset;
const files: Record<DatasetKind, string> = {
  leads: 'leads.csv',
  deals: 'deals.csv',
  customers: 'customers.csv',
  subscriptions: 'subscriptions.csv',
  spend: 'spend.csv',
  reps: 'reps.csv',
  quotas: 'quotas.csv',
  fxRates: 'fx-rates.csv',
};
const csv = Object.fromEntries(
  Object.entries(files).map(([kind, file]) => [
    kind,
    parseCsv(readFileSync(`demo/data/${file}`, 'utf8'), kind as DatasetKind),
  ]),
) as Dataset;
const options = { period: '2025-12', currency: 'USD', timeZone: 'America/New_York', grossMargin: '0.8' };

describe('sample company', () => {
  it('parseCsv reads every record kind of the sample company: as many rows as the JSON', () => {
    for (const kind of Object.keys(files) as DatasetKind[]) assert.equal(csv[kind]!.length, json[kind]!.length, kind);
  });
  it('compute(each KPI) gives the same result from the CSV files as from the JSON, with no warnings', () => {
    for (const { id } of listKpis()) {
      const a = compute(id, json, options);
      assert.deepEqual(a.warnings, [], id);
      assert.equal(JSON.stringify(compute(id, csv, options)), JSON.stringify(a), id);
    }
  });
  it('compute(mrr, 2025-12) of the sample company is $73,057.782302 from 254 paying customers', () => {
    const r = compute('mrr', json, options);
    assert.equal(r.value?.toString(), '73057.782302');
    assert.equal(r.details?.customers?.toString(), '254');
  });
  it('computeSeries(mrr) of the sample company grows every quarter of 2024 and 2025', () => {
    const quarterEnds = computeSeries('mrr', json, { ...options, from: '2024-01', to: '2025-12' }).filter(
      (_, i) => i % 3 === 2,
    );
    for (let i = 1; i < quarterEnds.length; i++) assert.ok(quarterEnds[i]!.value!.gt(quarterEnds[i - 1]!.value!));
  });
});
