import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  compute,
  Decimal,
  listKpis,
  type Dataset,
  type Dec,
  type KpiId,
  type KpiResult,
} from '../../src/engine/index.js';

// Whole random datasets of every kind, fed to every KPI of the catalogue.
const day = (min = 0, max = 455) =>
  fc.integer({ min, max }).map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const money = fc.integer({ min: 0, max: 2_000_000 }).map((c) => (c / 100).toFixed(2));
const rep = fc.constantFrom('r1', 'r2', 'r3', undefined);
const channel = fc.constantFrom('seo', 'ads', 'events', undefined);
const deal = fc
  .record({
    created: fc.integer({ min: 0, max: 400 }),
    cycle: fc.integer({ min: 0, max: 60 }),
    stage: fc.constantFrom('lead', 'interested', 'meeting-booked', 'proposal', 'won', 'lost'),
    amount: money,
    repId: rep,
    channel,
    probability: fc.option(
      fc.integer({ min: 0, max: 10 }).map((p) => String(p / 10)),
      { nil: undefined },
    ),
  })
  .map((d) => {
    const at = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    return {
      createdAt: at(d.created),
      ...(d.stage === 'won' || d.stage === 'lost' ? { closedAt: at(d.created + d.cycle) } : {}),
      stage: d.stage,
      amount: d.amount,
      ...(d.repId ? { repId: d.repId } : {}),
      ...(d.channel ? { channel: d.channel } : {}),
      ...(d.probability ? { probability: d.probability } : {}),
    };
  });
const dataset = fc
  .record({
    deals: fc.array(deal, { maxLength: 25 }),
    leads: fc.array(
      fc.record({ createdAt: day(), channel, email: fc.constantFrom('a@x.io', 'B@x.io', 'b@x.io ', undefined) }),
      { maxLength: 25 },
    ),
    customers: fc.array(fc.record({ firstPaidAt: day(), channel }), { maxLength: 15 }),
    subscriptions: fc.array(
      fc.record({
        customerId: fc.constantFrom('c0', 'c1', 'c2', 'c3'),
        amount: money,
        interval: fc.constantFrom('month', 'year', 'quarter', 'week'),
        startAt: day(),
        months: fc.option(fc.integer({ min: 1, max: 14 }), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    spend: fc.array(
      fc.record({
        periodStart: day(),
        days: fc.integer({ min: 1, max: 95 }),
        amount: money,
        channel,
        paid: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
    reps: fc.constantFrom(
      [],
      [{ id: 'r1' }, { id: 'r2', activeFrom: '2024-06-15' }, { id: 'r3', activeTo: '2024-09-30' }],
    ),
    quotas: fc.array(
      fc.record({ repId: fc.constantFrom('r1', 'r2', 'r3'), month: fc.integer({ min: 0, max: 14 }), amount: money }),
      { maxLength: 10 },
    ),
  })
  .map((d): Dataset => {
    const plus = (date: string, days: number) =>
      new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
    const monthStart = (m: number) => new Date(Date.UTC(2024, m, 1)).toISOString().slice(0, 10);
    return {
      deals: d.deals.map((x, i) => ({ id: `d${i}`, ...x })) as Dataset['deals'],
      leads: d.leads.map((x, i) => ({
        id: `l${i}`,
        createdAt: x.createdAt,
        ...(x.channel ? { channel: x.channel } : {}),
        ...(x.email ? { email: x.email } : {}),
      })),
      customers: d.customers.map((x, i) => ({
        id: `c${i}`,
        firstPaidAt: x.firstPaidAt,
        ...(x.channel ? { channel: x.channel } : {}),
      })),
      subscriptions: d.subscriptions.map((x, i) => ({
        id: `s${i}`,
        customerId: x.customerId,
        amount: x.amount,
        interval: x.interval as 'month',
        startAt: x.startAt,
        ...(x.months ? { endAt: plus(x.startAt, x.months * 30) } : {}),
      })),
      spend: d.spend.map((x) => ({
        periodStart: x.periodStart,
        periodEnd: plus(x.periodStart, x.days),
        amount: x.amount,
        paid: x.paid,
        ...(x.channel ? { channel: x.channel } : {}),
      })),
      reps: [...d.reps],
      quotas: d.quotas.map((x) => ({
        repId: x.repId,
        periodStart: monthStart(x.month),
        periodEnd: monthStart(x.month + 1),
        amount: x.amount,
      })),
    };
  });
const quarter = fc.constantFrom('2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1');
const zone = fc.constantFrom('UTC', 'America/New_York', 'Asia/Taipei');
const ids = listKpis().map((k) => k.id);
const options = (period: string, timeZone: string) => ({ period, timeZone, currency: 'USD', grossMargin: '0.8' });

const reversed = (d: Dataset): Dataset =>
  Object.fromEntries(Object.entries(d).map(([k, v]) => [k, [...(v as unknown[])].reverse()])) as Dataset;
const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
};

function checkFinite(r: KpiResult) {
  const json = JSON.stringify(r);
  assert.ok(!/NaN|Infinity/.test(json), `${r.id}: ${json.slice(0, 200)}`);
  if (r.value === null) assert.ok(typeof r.reason === 'string', `${r.id} is null without a reason`);
  for (const b of r.breakdown ?? []) if (b.value === null) assert.ok(typeof b.reason === 'string', `${r.id} ${b.key}`);
}

describe('every KPI (properties)', () => {
  it('compute(each KPI) returns finite results with reasons for every null, and never mutates its inputs', () => {
    fc.assert(
      fc.property(dataset, quarter, zone, (data, period, timeZone) => {
        const frozen = deepFreeze(data);
        const month = `${period.slice(0, 4)}-${String((Number(period.at(-1)) - 1) * 3 + 1).padStart(2, '0')}`;
        for (const id of ids) for (const p of [period, month]) checkFinite(compute(id, frozen, options(p, timeZone)));
      }),
      { numRuns: 40 },
    );
  });
  it('compute(each KPI) gives the same result whatever the order of the records', () => {
    fc.assert(
      fc.property(dataset, quarter, zone, (data, period, timeZone) => {
        for (const id of ids) {
          const a = JSON.stringify(compute(id, data, options(period, timeZone)));
          const b = JSON.stringify(compute(id, reversed(data), options(period, timeZone)));
          assert.equal(b, a, id);
        }
      }),
      { numRuns: 40 },
    );
  });
  it('compute(additive KPIs) over a quarter equals the sum of its three months', () => {
    // Additive: net new MRR, won sales (average-deal-size numerator), won and closed counts (win-rate),
    // marketing spend (cac), all spend and won sales (sales-roi parts).
    const parts: [KpiId, (r: KpiResult) => Dec | null | undefined][] = [
      ['mrr-movements', (r) => r.value],
      ['average-deal-size', (r) => r.details?.numerator],
      ['average-deal-size', (r) => r.details?.denominator],
      ['win-rate', (r) => r.details?.numerator],
      ['win-rate', (r) => r.details?.denominator],
      ['cac', (r) => r.details?.spend],
      ['cac', (r) => r.details?.newCustomers],
      ['sales-roi', (r) => r.details?.spend],
      ['sales-roi', (r) => r.details?.wonSales],
    ];
    fc.assert(
      fc.property(dataset, quarter, zone, (data, period, timeZone) => {
        const year = period.slice(0, 4);
        const first = (Number(period.at(-1)) - 1) * 3 + 1;
        const months = [0, 1, 2].map((i) => `${year}-${String(first + i).padStart(2, '0')}`);
        for (const [id, pick] of parts) {
          const whole = pick(compute(id, data, options(period, timeZone)));
          const pieces = months.map((m) => pick(compute(id, data, options(m, timeZone))));
          if (whole == null || pieces.some((p) => p == null)) continue;
          const total = pieces.reduce<Dec>((a, b) => a.plus(b!), new Decimal(0));
          // Spend spread over days divides; allow the 34th digit, nothing more.
          assert.ok(total.minus(whole).abs().lte(whole.abs().plus(1).times('1e-30')), `${id}: ${total} vs ${whole}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
