import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  compute,
  computeSeries,
  computeSummary,
  InvalidOptionError,
  InvalidPeriodError,
  InvalidTimeZoneError,
  KpiError,
  listKpis,
  parseCsv,
  UnknownKpiError,
  type Dataset,
  type KpiId,
} from '../../src/engine/index.js';
import { kpiModules } from '../../src/engine/registry.js';

const opts = { period: '2024-05', currency: 'USD', timeZone: 'Asia/Taipei' };
const ids = listKpis().map((k) => k.id);

describe('errors', () => {
  const t = (expected: new (...a: never[]) => KpiError, code: string, call: () => unknown) => () => {
    assert.throws(
      call,
      (e: unknown) => e instanceof expected && e instanceof KpiError && (e as KpiError).code === code,
    );
  };
  it(
    'compute(unknown id) throws UnknownKpiError',
    t(UnknownKpiError, 'unknown-kpi', () => compute('nope' as KpiId, {}, opts)),
  );
  it(
    'compute(period 2024-13) throws InvalidPeriodError',
    t(InvalidPeriodError, 'invalid-period', () => compute('mrr', {}, { ...opts, period: '2024-13' })),
  );
  it(
    'compute(time zone Mars/Base) throws InvalidTimeZoneError',
    t(InvalidTimeZoneError, 'invalid-time-zone', () => compute('mrr', {}, { ...opts, timeZone: 'Mars/Base' })),
  );
  it('compute(compare yesterday) throws InvalidOptionError naming compare', () =>
    assert.throws(
      () => compute('mrr', {}, { ...opts, compare: 'yesterday' as never }),
      (e: unknown) => e instanceof InvalidOptionError && e.option === 'compare',
    ));
  it('compute(discountPolicy some) throws InvalidOptionError naming discountPolicy', () =>
    assert.throws(() => compute('mrr', { subscriptions: [] }, { ...opts, discountPolicy: 'some' as never }), {
      option: 'discountPolicy',
    }));
  it('compute(target abc) throws InvalidOptionError naming target', () =>
    assert.throws(() => compute('mrr', {}, { ...opts, target: 'abc' }), { option: 'target' }));
  it('compute(currency X) throws InvalidOptionError naming currency', () =>
    assert.throws(() => compute('mrr', {}, { ...opts, currency: 'X' }), { option: 'currency' }));
  it('compute(data: array) throws InvalidOptionError', () =>
    assert.throws(() => compute('mrr', [] as never, opts), { code: 'invalid-option' }));
});

describe('listKpis', () => {
  it('listKpis() lists the 28 KPIs of the contract, in its order', () =>
    assert.deepEqual(ids, [
      'cac',
      'cac-by-channel',
      'paid-cac',
      'opportunities-vs-leads',
      'pipeline-value',
      'monthly-sales-growth',
      'cltv',
      'sales-cycle-length',
      'mrr',
      'arr',
      'mrr-movements',
      'arpa',
      'sales-per-rep',
      'new-leads',
      'lead-conversion-rate',
      'win-rate',
      'average-deal-size',
      'customer-churn-rate',
      'customer-retention-rate',
      'net-revenue-retention',
      'gross-revenue-retention',
      'quota-attainment',
      'expansion-revenue',
      'sales-roi',
      'pipeline-velocity',
      'quick-ratio',
      'cac-payback',
      'ltv-to-cac',
    ]));
  it('listKpis() agrees with each compute module on unit, polarity and inputs', () => {
    for (const m of kpiModules()) {
      const k = listKpis().find((d) => d.id === m.id)!;
      assert.deepEqual([k.unit, k.polarity, k.inputs], [m.unit, m.polarity, m.inputs], m.id);
    }
    assert.equal(kpiModules().length, listKpis().length);
  });
  it('compute(id) gives each KPI its catalogue unit and polarity', () => {
    for (const k of listKpis()) {
      const r = compute(k.id, {}, opts);
      assert.deepEqual([r.id, r.unit, r.polarity], [k.id, k.unit, k.polarity]);
    }
  });
  it('listKpis() lists mrr, arr and mrr-movements with names in en and zh-TW', () => {
    const mrr = listKpis().find((k) => k.id === 'mrr')!;
    assert.deepEqual(mrr.names, { en: 'Monthly recurring revenue', 'zh-TW': '每月經常性收入' });
    assert.equal(mrr.unit, 'currency');
    assert.deepEqual(mrr.inputs, ['subscriptions', 'fxRates']);
    assert.ok(ids.includes('arr') && ids.includes('mrr-movements'));
  });
  it('listKpis() returns copies: editing one changes nothing', () => {
    listKpis()[0]!.names.en = 'changed';
    assert.notEqual(listKpis()[0]!.names.en, 'changed');
  });
});

describe('computeSummary', () => {
  const value = (id: KpiId, inputs: Record<string, string | number>) =>
    computeSummary(id, inputs, { currency: 'USD' }).value?.toString();
  it('computeSummary(mrr) is paying customers × ARPA', () =>
    assert.equal(value('mrr', { payingCustomers: '120', arpa: '49.50' }), '5940'));
  it('computeSummary(mrr) multiplies exactly where floats would not', () =>
    assert.equal(value('mrr', { payingCustomers: 3, arpa: 0.1 }), '0.3'));
  it('computeSummary(mrr) takes a given mrr', () => assert.equal(value('mrr', { mrr: '5940' }), '5940'));
  it('computeSummary(arr) is the source article ARR: annual + additional − cancellations', () =>
    assert.equal(
      value('arr', { annualSubscriptionRevenue: '60000', additionalRecurring: '6000', cancellations: '4500' }),
      '61500',
    ));
  it('computeSummary(arr) from mrr is × 12', () => assert.equal(value('arr', { mrr: '5940' }), '71280'));
  it('computeSummary(mrr-movements) nets the movements and derives the end', () => {
    const r = computeSummary('mrr-movements', {
      start: '1000',
      new: '200',
      expansion: '50',
      reactivation: '10',
      contraction: '30',
      churn: '80',
    });
    assert.equal(r.value?.toString(), '150');
    assert.equal(r.details?.end?.toString(), '1150');
  });
  it('computeSummary(mrr, previous) compares with the previous value', () => {
    const r = computeSummary('mrr', { mrr: '5940', previous: '5400' }, { period: '2024-05' });
    assert.deepEqual(
      [r.comparison?.baseline?.toString(), r.comparison?.delta?.toString(), r.comparison?.deltaPercent?.toString()],
      ['5400', '540', '0.1'],
    );
    assert.deepEqual(r.comparison?.period, { start: '2024-04-01', end: '2024-05-01' });
    assert.deepEqual(r.period, { start: '2024-05-01', end: '2024-06-01' });
  });
  it('computeSummary(mrr, previous 0) gives deltaPercent null no-baseline', () => {
    const c = computeSummary('mrr', { mrr: '10', previous: '0' }).comparison!;
    assert.equal(c.deltaPercent, null);
    assert.equal(c.reason, 'no-baseline');
  });
  it('computeSummary(mrr, previous negative) gives negative-baseline', () =>
    assert.equal(computeSummary('mrr', { mrr: '10', previous: '-5' }).comparison?.reason, 'negative-baseline'));
  it('computeSummary(mrr) names a malformed input', () =>
    assert.throws(
      () => computeSummary('mrr', { payingCustomers: 'abc', arpa: '1' }),
      (e: unknown) => e instanceof InvalidOptionError && e.option === 'payingCustomers',
    ));
  it('computeSummary(mrr) with an incomplete form lists the forms it takes', () =>
    assert.throws(() => computeSummary('mrr', { arpa: '1' }), /payingCustomers \+ arpa/));
});

describe('parseCsv', () => {
  it('parseCsv keeps amounts as decimal strings', () =>
    assert.equal(
      (parseCsv('id,createdAt,stage,amount\nx,2024-05-01,won,12.30\n', 'deals')[0] as { amount: string }).amount,
      '12.30',
    ));
  it('parseCsv reads quoted commas, doubled quotes and line breaks (RFC 4180)', () => {
    const [row] = parseCsv('id,name\r\n"r1","Lee, ""Ace""\nSmith"\r\n', 'reps') as { id: string; name: string }[];
    assert.equal(row!.name, 'Lee, "Ace"\nSmith');
  });
  it('parseCsv strips a byte-order mark and skips blank lines', () =>
    assert.deepEqual(
      parseCsv('\uFEFFid,firstPaidAt\n\nc1,2024-05-01\n\n', 'customers').map((r) => ({ ...r })),
      [{ id: 'c1', firstPaidAt: '2024-05-01' }],
    ));
  it('parseCsv leaves empty cells out and reads paid as a boolean', () =>
    assert.deepEqual(
      { ...parseCsv('periodStart,periodEnd,amount,channel,paid\n2024-05-01,,100,,TRUE\n', 'spend')[0] },
      { periodStart: '2024-05-01', amount: '100', paid: true },
    ));
  it('parseCsv builds null-prototype rows: a __proto__ column is plain data', () => {
    const [row] = parseCsv('id,__proto__,constructor\nx,{"polluted":1},y\n', 'reps') as unknown as Record<
      string,
      unknown
    >[];
    assert.equal(Object.getPrototypeOf(row), null);
    assert.equal(row!['__proto__'], '{"polluted":1}');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
  it('parseCsv throws CsvError with the line of an unclosed quote', () =>
    assert.throws(() => parseCsv('id,name\nr1,"open\n', 'reps'), { code: 'invalid-csv', line: 2 }));
  it('parseCsv rejects an unknown kind', () =>
    assert.throws(() => parseCsv('id\n1', 'widgets' as never), { option: 'kind' }));
  it('parseCsv output feeds compute', () => {
    const subscriptions = parseCsv(
      'id,customerId,amount,interval,startAt\ns1,c1,49.50,month,2024-01-01\n',
      'subscriptions',
    );
    assert.equal(compute('mrr', { subscriptions } as Dataset, opts).value?.toString(), '49.5');
  });
});

describe('purity', () => {
  const deepFreeze = <T>(o: T): T => {
    if (o && typeof o === 'object') {
      Object.values(o).forEach(deepFreeze);
      Object.freeze(o);
    }
    return o;
  };
  it('compute never mutates its inputs: every KPI over a frozen dataset and options', () => {
    const data = deepFreeze({
      subscriptions: [
        { id: 's', customerId: 'c', amount: '10', interval: 'month', startAt: '2024-01-01', discountPercent: '10' },
      ],
      fxRates: [{ date: '2024-01-01', from: 'EUR', to: 'USD', rate: '1.1' }],
    }) as Dataset;
    const options = deepFreeze({ ...opts, target: '100' });
    for (const id of ids) {
      assert.doesNotThrow(() => compute(id, data, options));
      assert.doesNotThrow(() => computeSeries(id, data, { from: '2024-01', to: '2024-03', currency: 'USD' }));
    }
  });
  it('compute reuses the index of a dataset object: each record field is read once for many KPIs', () => {
    let reads = 0;
    const row = { id: 's', customerId: 'c', interval: 'month', startAt: '2024-01-01' };
    Object.defineProperty(row, 'amount', { enumerable: true, get: () => (reads++, '10') });
    const data = { subscriptions: [row] } as unknown as Dataset;
    for (const id of ids) compute(id, data, opts);
    computeSeries('mrr', data, { from: '2024-01', to: '2024-12', timeZone: 'Asia/Taipei' });
    assert.equal(reads, 1); // once to validate (the JSON text is only made for a duplicate id)
    compute('mrr', { ...data }, opts);
    assert.equal(reads, 2); // a new object is indexed anew
  });
});
