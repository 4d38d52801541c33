import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compute, computeSummary, InvalidOptionError, parseCsv, type Dataset } from '../../src/engine/index.js';

/**
 * Prototype pollution: `__proto__`, `constructor` and `prototype` keys in datasets, records, CSV headers
 * and summary inputs are ordinary data. JSON.parse makes `__proto__` an own key (an object literal would
 * set the prototype instead), which is how hostile JSON arrives. After each call nothing is added to
 * Object.prototype, and the KPI is computed from the ordinary fields.
 */

const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();
let before: string[];
beforeEach(() => {
  before = prototypeKeys();
});
afterEach(() => {
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.deepEqual(prototypeKeys(), before);
});

const may = { period: '2025-05', currency: 'USD', timeZone: 'UTC' } as const;
const str = (d: { toString(): string } | null | undefined) => (d === null || d === undefined ? d : d.toString());
const POISON = '{"polluted": 1, "amount": "999", "toString": "x", "valueOf": 1}';

/** Two subscriptions: 49.50 and 2 seats × 30: MRR 109.50 at the end of May 2025. */
const SUBSCRIPTIONS = `[
  {"id": "s1", "customerId": "c1", "amount": "49.50", "currency": "USD", "interval": "month", "startAt": "2025-01-15"},
  {"id": "s3", "customerId": "c3", "amount": "30", "currency": "USD", "quantity": 2, "interval": "month", "startAt": "2025-04-10"}
]`;

describe('compute with __proto__, constructor and prototype keys in the dataset', () => {
  it('compute(mrr) ignores dataset keys __proto__, constructor and prototype: 109.5', () => {
    const data = JSON.parse(
      `{"__proto__": {"subscriptions": [], ${POISON.slice(1)}, "constructor": {"prototype": ${POISON}},
        "prototype": ${POISON}, "subscriptions": ${SUBSCRIPTIONS}}`,
    ) as Dataset;
    assert.ok(Object.hasOwn(data, '__proto__'));
    const result = compute('mrr', data, may);
    assert.equal(str(result.value), '109.5');
    assert.deepEqual(result.warnings, []);
  });

  it('compute(mrr) with only a __proto__ key inherits no subscriptions: no data', () => {
    const data = JSON.parse(`{"__proto__": {"subscriptions": ${SUBSCRIPTIONS}}}`) as Dataset;
    const result = compute('mrr', data, may);
    assert.equal(result.value, null);
    assert.equal(result.reason, 'no-data');
  });

  it('compute(mrr) reads a record own fields: a __proto__ field with another amount changes nothing', () => {
    const data = JSON.parse(
      `{"subscriptions": [
        {"id": "s1", "customerId": "c1", "amount": "49.50", "currency": "USD", "interval": "month",
         "startAt": "2025-01-15", "__proto__": ${POISON}, "constructor": {"prototype": ${POISON}}, "prototype": ${POISON}},
        {"id": "s3", "customerId": "c3", "amount": "30", "currency": "USD", "quantity": 2, "interval": "month",
         "startAt": "2025-04-10"}
      ]}`,
    ) as Dataset;
    const result = compute('mrr', data, may);
    assert.equal(str(result.value), '109.5');
    assert.deepEqual(result.warnings, []);
  });

  it('compute(mrr) skips a record whose amount is only under __proto__, with a warning, and sums the rest: 60', () => {
    const data = JSON.parse(
      `{"subscriptions": [
        {"id": "s1", "customerId": "c1", "currency": "USD", "interval": "month", "startAt": "2025-01-15",
         "__proto__": {"amount": "49.50"}},
        {"id": "s3", "customerId": "c3", "amount": "30", "currency": "USD", "quantity": 2, "interval": "month",
         "startAt": "2025-04-10"}
      ]}`,
    ) as Dataset;
    const result = compute('mrr', data, may);
    assert.equal(str(result.value), '60');
    assert.deepEqual(
      result.warnings.map((w) => [w.code, w.recordId]),
      [['invalid-record', 's1']],
    );
    assert.match(result.warnings[0]!.message, /amount is missing/);
  });

  it('compute(mrr) takes __proto__, constructor and prototype as customer and record ids like any text', () => {
    const data = JSON.parse(
      `{"subscriptions": [
        {"id": "__proto__", "customerId": "constructor", "amount": "10", "currency": "USD", "interval": "month", "startAt": "2025-01-01"},
        {"id": "constructor", "customerId": "__proto__", "amount": "20", "currency": "USD", "interval": "month", "startAt": "2025-01-01"},
        {"id": "prototype", "customerId": "hasOwnProperty", "amount": "30", "currency": "USD", "interval": "month", "startAt": "2025-01-01"}
      ]}`,
    ) as Dataset;
    assert.equal(str(compute('mrr', data, may).value), '60');
    assert.equal(str(compute('arpa', data, may).value), '20');
  });

  it('compute(cac-by-channel) keeps channels named __proto__, constructor and prototype apart', () => {
    const channels = ['__proto__', 'constructor', 'prototype'];
    const data = JSON.parse(
      JSON.stringify({
        spend: channels.map((channel, i) => ({
          id: `sp${i}`,
          periodStart: '2025-05-01',
          periodEnd: '2025-06-01',
          amount: String(100 * (i + 1)),
          currency: 'USD',
          channel,
        })),
        customers: channels.map((channel, i) => ({ id: `c${i}`, firstPaidAt: '2025-05-10', channel })),
      }),
    ) as Dataset;
    const result = compute('cac-by-channel', data, may);
    assert.equal(str(result.value), '200');
    assert.deepEqual(
      (result.breakdown ?? []).map((b) => [b.key, str(b.value)]),
      [
        ['__proto__', '100'],
        ['constructor', '200'],
        ['prototype', '300'],
      ],
    );
  });
});

describe('parseCsv with __proto__, constructor and prototype headers', () => {
  const csv = [
    'id,customerId,amount,currency,interval,startAt,__proto__,constructor,prototype',
    's1,c1,49.50,USD,month,2025-01-15,999,x,y',
    's3,c3,30,USD,month,2025-04-10,,,',
    '',
  ].join('\n');

  it('parseCsv gives null-prototype rows whose __proto__ column is an own text field', () => {
    const rows = parseCsv(csv, 'subscriptions') as unknown as Record<string, unknown>[];
    assert.equal(rows.length, 2);
    assert.equal(Object.getPrototypeOf(rows[0]), null);
    assert.equal(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value, '999');
    assert.equal(Object.getOwnPropertyDescriptor(rows[0], 'constructor')?.value, 'x');
    assert.equal(rows[0]!.prototype, 'y');
    assert.equal(Object.hasOwn(rows[1]!, '__proto__'), false);
  });

  it('compute(mrr) over those rows ignores the extra columns: 79.5', () => {
    const rows = parseCsv(csv, 'subscriptions');
    const result = compute('mrr', { subscriptions: rows } as Dataset, may);
    assert.equal(str(result.value), '79.5');
    assert.deepEqual(result.warnings, []);
  });

  it('parseCsv keeps the first of two __proto__ columns, as for any repeated header', () => {
    const rows = parseCsv('id,__proto__,__proto__\nx,1,2\n', 'leads') as unknown as Record<string, unknown>[];
    assert.equal(Object.getOwnPropertyDescriptor(rows[0], '__proto__')?.value, '1');
  });
});

describe('computeSummary with __proto__ inputs', () => {
  it('computeSummary(mrr) does not read inputs inherited through an own __proto__ key: rejected', () => {
    const inputs = JSON.parse('{"__proto__": {"payingCustomers": "10", "arpa": "5", "mrr": "50"}}') as Record<
      string,
      string
    >;
    assert.throws(() => computeSummary('mrr', inputs), InvalidOptionError);
  });

  it('computeSummary(mrr) beside __proto__ and constructor keys uses the own inputs: 10 × 5 = 50', () => {
    const inputs = JSON.parse(
      `{"__proto__": ${POISON}, "constructor": {"prototype": ${POISON}}, "payingCustomers": "10", "arpa": "5"}`,
    ) as Record<string, string>;
    assert.equal(str(computeSummary('mrr', inputs).value), '50');
  });

  it('computeSummary(cac-by-channel) channels: a __proto__ channel is a channel, a __proto__ field is not read', () => {
    const channels = JSON.stringify([
      { channel: '__proto__', spend: '100', newCustomers: '1' },
      JSON.parse(`{"channel": "seo", "newCustomers": "1", "__proto__": {"spend": "999"}}`),
      { channel: 'constructor', spend: '300', newCustomers: '1' },
    ]);
    assert.match(channels, /"__proto__":\{"spend":"999"\}/);
    const result = computeSummary('cac-by-channel', { channels });
    assert.equal(str(result.value), '133.3333333333333333333333333333333');
    assert.deepEqual(
      (result.breakdown ?? []).map((b) => [b.key, str(b.value)]),
      [
        ['__proto__', '100'],
        ['constructor', '300'],
        ['seo', '0'],
      ],
    );
  });
});
