// The index without a Map of ids or an object per deal (issue 7, round 2): validateRows' id table, deals
// validated into time columns and made on first use, and MRR summed as annual amounts ÷ 12 once. Each
// is checked against the plain path it replaces: same records, same warnings, same digits.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compute, type Dataset } from '../../src/engine/index.js';
import { D } from '../../src/engine/decimal.js';
import {
  optionalText,
  readCustomer,
  readDeal,
  readLead,
  readSubscription,
  validateDeals,
  validateKind,
  validateLazy,
  type DealRecord,
} from '../../src/engine/records.js';
import type { Warning } from '../../src/engine/types.js';

/** Every field of a deal, Decimals as text, for deep comparison. */
function dealJson(d: DealRecord): string {
  return JSON.stringify({
    id: d.id,
    createdAt: d.createdAt,
    closedAt: d.closedAt,
    stage: d.stage,
    amount: d.amount.toString(),
    currency: d.currency,
    repId: d.repId,
    channel: d.channel,
    leadId: d.leadId,
    customerId: d.customerId,
    probability: d.probability?.toString(),
    type: d.type,
    amountUnits: d.amountUnits,
    amountScale: d.amountScale,
  });
}

/** Duplicates by id, the rule of spec §6.22 written with a Map: the row whose JSON text sorts first is kept. */
function referenceDedupe(rows: { id: string }[]): Map<string, string> {
  const kept = new Map<string, string>();
  for (const row of rows) {
    const text = JSON.stringify(row);
    const seen = kept.get(row.id);
    if (seen === undefined || text < seen) kept.set(row.id, text);
  }
  return kept;
}

const dealRow = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'b', ' c ', '', 7, Number.NaN, null), fc.string({ maxLength: 3 })),
    createdAt: fc.constantFrom('2024-05-01', '2024-05-31T23:30:00Z', '2024-13-01', 'soon', '2024-03-10T02:30'),
    closedAt: fc.constantFrom('2024-06-01', '2024-04-01', '2024-06-30T22:00'),
    stage: fc.constantFrom('won', 'lost', 'proposal', 'lead', 'nope'),
    amount: fc.constantFrom('10', '12.50', '-0', '1e3', 'x', '999999999999999.99', 5, '1e16'),
    probability: fc.constantFrom('0.5', '2', 'x'),
    repId: fc.constantFrom('r1', ' r2 ', {}),
    channel: fc.constantFrom('seo', 3, [], ''),
    type: fc.constantFrom('new', 'renewal', 'other'),
    currency: fc.constantFrom('USD', 'eur', 'EURO'),
  },
  { requiredKeys: ['stage'] },
);

describe('validateDeals (times in columns, deals made on first use)', () => {
  it('validateDeals(rows) keeps, orders and warns exactly as validateKind(readDeal), and makes each deal once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 12, arbitrary: dealRow }, { weight: 1, arbitrary: fc.constantFrom(null, 3, []) }), {
          maxLength: 40,
        }),
        fc.constantFrom('UTC', 'America/New_York'),
        (rows, timeZone) => {
          const plain = validateKind('deals', rows, timeZone, readDeal, 'any');
          const lazy = validateDeals(rows, timeZone);
          assert.deepEqual(lazy.warnings, plain.warnings);
          assert.equal(lazy.count, plain.records.length);
          plain.records.forEach((d, i) => {
            assert.equal(lazy.time('createdAt')[i], d.createdAt);
            assert.ok(Object.is(lazy.time('closedAt')[i], d.closedAt ?? Number.NaN));
          });
          // Made in any order, each position gives the same deal as the plain path, and the same object again.
          const reversed = plain.records.map((_, i) => plain.records.length - 1 - i);
          for (const i of reversed) assert.equal(dealJson(lazy.record(i)), dealJson(plain.records[i]!));
          assert.deepEqual(lazy.records.map(dealJson), plain.records.map(dealJson));
          lazy.records.forEach((d, i) => assert.equal(d, lazy.record(i)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('validateDeals(a sparse array) skips holes, and an absent kind gives no deal and no warning', () => {
    const rows: unknown[] = [];
    rows[3] = { id: 'x', createdAt: '2024-01-01', stage: 'lead', amount: '1' };
    rows[9] = { id: 'x', createdAt: '2024-01-02', stage: 'lead', amount: '1' };
    const v = validateDeals(rows, 'UTC');
    assert.equal(v.count, 1);
    assert.equal(v.record(0).createdAt, Date.UTC(2024, 0, 1)); // '{"id":"x","createdAt":"2024-01-01"...' sorts first
    assert.deepEqual(
      v.warnings.map((w) => w.code),
      ['duplicate-id'],
    );
    const none = validateDeals(undefined, 'UTC');
    assert.equal(none.count, 0);
    assert.deepEqual(none.records, []);
    assert.deepEqual(none.warnings, []);
    assert.deepEqual(validateDeals('nope', 'UTC').warnings, [
      { code: 'invalid-record', message: 'deals must be an array of records; it was ignored.' },
    ] satisfies Warning[]);
  });
});

describe('validateLazy (leads and customers made on first use)', () => {
  const leadRow = fc.record(
    {
      id: fc.constantFrom('l1', 'l2', ' l3', '', 4),
      createdAt: fc.constantFrom('2024-05-01', '2024-05-31T23:30:00Z', 'later', '2024-02-30'),
      email: fc.constantFrom(' A@x.example ', 'a@x.example', 5, {}),
      channel: fc.constantFrom('seo', ' ', []),
      convertedAt: fc.constantFrom('2024-06-01', 'x'),
      dealId: fc.constantFrom('d1', Number.NaN),
    },
    { requiredKeys: [] },
  );
  it('validateLazy(leads) keeps, orders and warns exactly as validateKind(readLead), with createdAt by position', () => {
    fc.assert(
      fc.property(fc.array(leadRow, { maxLength: 30 }), fc.constantFrom('UTC', 'Asia/Taipei'), (rows, timeZone) => {
        const plain = validateKind('leads', rows, timeZone, readLead, 'any');
        const lazy = validateLazy('leads', rows, timeZone, readLead, readLead, { createdAt: (l) => l.createdAt });
        assert.deepEqual(lazy.warnings, plain.warnings);
        assert.deepEqual(lazy.records, plain.records);
        assert.deepEqual(
          [...lazy.time('createdAt').subarray(0, lazy.count)],
          plain.records.map((l) => l.createdAt),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('validateLazy(customers) equals validateKind(readCustomer), and a kind without a time column says so', () => {
    const rows = [
      { id: 'c1', firstPaidAt: '2024-05-01', channel: 'seo' },
      { id: 'c1', firstPaidAt: '2024-04-01' },
      { id: 'c2', firstPaidAt: 'soon' },
      { id: 'c3', firstPaidAt: '2024-05-02T10:00:00Z' },
    ];
    const plain = validateKind('customers', rows, 'America/New_York', readCustomer, 'any');
    const lazy = validateLazy('customers', rows, 'America/New_York', readCustomer, readCustomer, {
      firstPaidAt: (c) => c.firstPaidAt,
    });
    assert.deepEqual(lazy.warnings, plain.warnings);
    assert.deepEqual(lazy.records, plain.records);
    assert.equal(lazy.records.length, 2);
    assert.throws(() => lazy.time('createdAt'), /no time column createdAt/);
  });
});

describe('ids found by an open-addressing table', () => {
  it('validateKind(rows) keeps one record per id, the one whose JSON sorts first, through many table growths', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer(),
        (count, pool, seed) => {
          // Ids from a pool (many repeats when the pool is small), amounts that differ between repeats.
          let state = seed >>> 0;
          const next = () => (state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0);
          const rows = Array.from({ length: count }, () => ({
            id: `c${next() % pool}`,
            firstPaidAt: '2024-05-01',
            channel: `ch${next() % 5}`,
          }));
          const v = validateKind('customers', rows, 'UTC', (f) => ({
            id: f.id('id'),
            channel: optionalText(f, 'channel'),
          }));
          const expected = referenceDedupe(rows);
          assert.equal(v.records.length, expected.size);
          assert.equal(v.warnings.length, rows.length - expected.size);
          assert.ok(v.warnings.every((w) => w.code === 'duplicate-id'));
          // canonical order: by id
          assert.deepEqual(
            v.records.map((r) => r.id),
            [...expected.keys()].sort(),
          );
          for (const r of v.records) assert.equal(r.channel, JSON.parse(expected.get(r.id)!).channel);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('validateKind tells apart ids that share a hash slot and ids that differ only by case or a digit', () => {
    // FNV-1a collisions of short strings are rare; 20,000 near-identical ids fill many neighbouring slots.
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      id: i % 2 ? `A${i}` : `a${i}`,
      firstPaidAt: '2024-05-01',
    }));
    rows.push({ id: 'a0', firstPaidAt: '2024-05-01' }, { id: 'A1', firstPaidAt: '2024-05-02' });
    const v = validateKind('customers', rows, 'UTC', (f) => ({ id: f.id('id') }), 'any');
    assert.equal(v.records.length, 20_000);
    assert.deepEqual(
      v.warnings.map((w) => w.recordId),
      ['a0', 'A1'],
    );
  });
});

describe('MRR as annual amounts ÷ 12, one division', () => {
  const sub = (id: string, amount: string, interval: string, extra: Record<string, unknown> = {}) => ({
    id,
    customerId: `cus_${id}`,
    amount,
    interval,
    startAt: '2024-01-01',
    ...extra,
  });
  const may = { period: '2024-05', compare: 'none' } as const;
  const mrrOf = (subscriptions: unknown[]) => compute('mrr', { subscriptions } as Dataset, may).value?.toString();

  it('compute(mrr) of three yearly 100 plans is exactly 25 (not 24.99…9 from three rounded 8.33…3)', () => {
    assert.equal(mrrOf([sub('a', '100', 'year'), sub('b', '100', 'year'), sub('c', '100', 'year')]), '25');
    assert.equal(mrrOf([sub('a', '100', 'year'), sub('b', '100.00', 'year'), sub('c', '1e2', 'year')]), '25');
  });

  it('compute(mrr) rounds once: weekly, daily and quarterly plans and interval counts', () => {
    // 7 × 52 ÷ 12 + 1 × 365 ÷ 12 = 729 ÷ 12 = 60.75, exactly
    assert.equal(mrrOf([sub('w', '7', 'week'), sub('d', '1', 'day')]), '60.75');
    // 10 × 4 ÷ 12 + 5 × 12 ÷ 12 = 100 ÷ 12, rounded once to 34 digits, half-even
    assert.equal(mrrOf([sub('q', '10', 'quarter'), sub('m', '5', 'month')]), '8.333333333333333333333333333333333');
    // 90 every 3 months + 30 a month: 90 × 12 ÷ 3 ÷ 12 + 30 = 60
    assert.equal(mrrOf([sub('m3', '90', 'month', { intervalCount: 3 }), sub('m', '30', 'month')]), '60');
  });

  it('compute(mrr-movements) reconciles exactly when every total is a whole number of cents', () => {
    const data = {
      subscriptions: [
        sub('a', '1200', 'year'),
        sub('b', '600', 'year', { endAt: '2024-05-15' }),
        sub('c', '240', 'year', { startAt: '2024-05-10' }),
        sub('d', '50', 'month', { quantity: 3 }),
      ],
    } as Dataset;
    const d = compute('mrr-movements', data, may).details!;
    assert.equal(d.start!.toString(), '300'); // 100 + 50 + 150
    assert.equal(d.new!.toString(), '20');
    assert.equal(d.churn!.toString(), '50');
    assert.equal(d.end!.toString(), '270');
    assert.equal(
      d.start!.plus(d.new!).plus(d.expansion!).plus(d.reactivation!).minus(d.contraction!).minus(d.churn!).toString(),
      d.end!.toString(),
    );
  });

  it('compute(mrr) gives the same digits through integers and through Decimals (exponent text, discounts off)', () => {
    const amount = fc
      .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 3 }))
      .map(([u, scale]) => (scale ? new D(u).div(10 ** scale).toFixed(scale) : String(u)));
    const plan = fc.record({
      amount,
      interval: fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
      quantity: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      customer: fc.integer({ min: 0, max: 6 }),
      start: fc.integer({ min: 0, max: 200 }),
      days: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
    });
    const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        fc.array(plan, { maxLength: 25 }),
        fc.constantFrom('2024-03', '2024-05', '2024-Q3'),
        (plans, period) => {
          const rows = (exponent: boolean) =>
            plans.map((p, i) => ({
              id: `s${i}`,
              customerId: `c${p.customer}`,
              amount: exponent ? `${p.amount}e0` : p.amount,
              interval: p.interval,
              ...(p.quantity !== undefined ? { quantity: p.quantity } : {}),
              startAt: day(p.start),
              ...(p.days !== undefined ? { endAt: day(p.start + p.days) } : {}),
            }));
          for (const id of ['mrr', 'mrr-movements', 'arr', 'arpa'] as const) {
            const options = { period, compare: 'previous-period' } as const;
            assert.equal(
              JSON.stringify(compute(id, { subscriptions: rows(false) }, options)),
              JSON.stringify(compute(id, { subscriptions: rows(true) }, options)),
              id,
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('readSubscription(annual) is amount × quantity × intervals per year ÷ intervalCount', () => {
    const t = (expected: string, units: number, row: Record<string, unknown>) => {
      const v = validateKind(
        'subscriptions',
        [{ id: 's', customerId: 'c', startAt: '2024-01-01', ...row }],
        'UTC',
        readSubscription,
      );
      const s = v.records[0]!;
      assert.equal(s.annual.toString(), expected, JSON.stringify(row));
      assert.ok(Object.is(s.annualUnits, units), JSON.stringify(row));
    };
    t('1200', 120000, { amount: '100.00', interval: 'month' });
    t('240', 24000, { amount: '20.00', interval: 'quarter', quantity: 3 });
    t('520', 520, { amount: '10', interval: 'week' });
    t('365', 365, { amount: '1', interval: 'day' });
    t('100', 100, { amount: '100', interval: 'year' });
    t('400', Number.NaN, { amount: '100', interval: 'month', intervalCount: 3 });
    t('30', Number.NaN, { amount: '10', interval: 'year', quantity: '3.0' });
    t('1200', Number.NaN, { amount: '1e2', interval: 'month' });
  });
});

describe('validation reads own fields only, with or without the plain-row shortcut (issue 7, round 3)', () => {
  const row = { id: 'a', createdAt: '2024-05-01', stage: 'lead', amount: '5' };

  it('validateDeals(rows) ignores fields Object.prototype inherits, enumerable or not, while it is polluted', () => {
    const proto = Object.prototype as Record<string, unknown>;
    Object.defineProperty(proto, 'repId', { value: 'polluter', configurable: true, writable: true });
    proto.type = 'bogus'; // read as own, it would skip the row
    try {
      const lazy = validateDeals([JSON.parse(JSON.stringify(row))], 'UTC');
      assert.deepEqual(lazy.warnings, []);
      assert.equal(lazy.record(0).repId, undefined);
      assert.equal(lazy.record(0).type, undefined);
      const plain = validateKind('deals', [{ ...row, channel: 'seo' }], 'UTC', readDeal);
      assert.equal(plain.records[0]!.repId, undefined);
      assert.equal(plain.records[0]!.channel, 'seo');
    } finally {
      delete proto.repId;
      delete proto.type;
    }
    assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).includes('type'), false);
  });

  it('validateDeals(rows) ignores fields a row inherits from its own prototype, and reads its own', () => {
    const inherited = Object.assign(Object.create({ channel: 'seo', closedAt: '2024-05-02' }) as object, row, {
      stage: 'won',
      closedAt: '2024-05-03',
    });
    const nullProto = Object.assign(Object.create(null) as object, row, { id: 'b', repId: 'r1' });
    const lazy = validateDeals([inherited, nullProto], 'UTC');
    assert.deepEqual(lazy.warnings, []);
    assert.equal(lazy.record(0).channel, undefined);
    assert.equal(lazy.record(0).closedAt, Date.UTC(2024, 4, 3));
    assert.equal(lazy.record(1).repId, 'r1');
  });

  it('ids and texts are trimmed as String(v).trim() whatever white space they carry', () => {
    const space = fc.constantFrom('', ' ', '\t', '\n', '\u00a0', '\ufeff', '\u2003', '\u3000', '\u0085', '~', '!');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(space, fc.constantFrom('x', 'y', 'ab', 'é', ''), space), { minLength: 1, maxLength: 8 }),
        (parts) => {
          const rows = parts.map(([before, core, after], i) => ({
            ...row,
            id: `${before}${core}${after}${i}`,
            channel: `${before}${core}${after}`,
            leadId: `${i}${before}${core}${after}`,
          }));
          const v = validateKind('deals', rows, 'UTC', readDeal, 'any');
          v.records.forEach((d, i) => {
            const raw = rows[i]!;
            assert.equal(d.id, raw.id.trim());
            assert.equal(d.channel, raw.channel.trim() === '' ? undefined : raw.channel.trim());
            assert.equal(d.leadId, raw.leadId.trim());
          });
          assert.equal(v.records.length, new Set(rows.map((r) => r.id.trim())).size);
        },
      ),
      { numRuns: 300 },
    );
  });
});
