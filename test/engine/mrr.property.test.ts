import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compute, computeSeries, type Subscription } from '../../src/engine/index.js';

// Random subscription histories: segments with any interval, discount, trial and end, in 2024.
const day = fc
  .integer({ min: 0, max: 365 })
  .map((d) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const segment = fc.record({
  customerId: fc.constantFrom('a', 'b', 'c', 'd'),
  cents: fc.integer({ min: 0, max: 500_000 }),
  interval: fc.constantFrom('day', 'week', 'month', 'quarter', 'year'),
  intervalCount: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  quantity: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
  discountPercent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  start: day,
  length: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
  trialDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
});
const histories = fc.array(segment, { maxLength: 12 }).map((list) =>
  list.map((s, i): Subscription => {
    const startMs = Date.parse(s.start);
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    return {
      id: `s${i}`,
      customerId: s.customerId,
      amount: (s.cents / 100).toFixed(2),
      interval: s.interval as Subscription['interval'],
      ...(s.intervalCount ? { intervalCount: s.intervalCount } : {}),
      ...(s.quantity ? { quantity: s.quantity } : {}),
      ...(s.discountPercent !== undefined ? { discountPercent: String(s.discountPercent) } : {}),
      startAt: s.start,
      ...(s.length ? { endAt: iso(startMs + s.length * 86_400_000) } : {}),
      ...(s.trialDays ? { trialEndsAt: iso(startMs + s.trialDays * 86_400_000) } : {}),
    };
  }),
);
const month = fc.integer({ min: 1, max: 12 }).map((m) => `2024-${String(m).padStart(2, '0')}`);
const zone = fc.constantFrom('UTC', 'America/Los_Angeles', 'Asia/Taipei', 'Europe/Berlin');

describe('mrr properties', () => {
  it('compute(mrr-movements) always reconciles to 34 digits: start + new + expansion + reactivation − contraction − churn = end', () => {
    fc.assert(
      fc.property(histories, month, zone, (subscriptions, period, timeZone) => {
        const d = compute('mrr-movements', { subscriptions }, { period, timeZone, currency: 'USD' }).details!;
        const end = d
          .start!.plus(d.new!)
          .plus(d.expansion!)
          .plus(d.reactivation!)
          .minus(d.contraction!)
          .minus(d.churn!);
        // Yearly or quarterly amounts divide into non-terminating decimals carried to 34 significant
        // digits, so the identity holds to that precision (a real error is off by cents, not 1e-30).
        const scale = ['start', 'new', 'expansion', 'reactivation', 'contraction', 'churn', 'end'].reduce(
          (a, k) => a.plus(d[k]!.abs()),
          d.end!.abs().plus(1),
        );
        assert.ok(end.minus(d.end!).abs().lte(scale.times('1e-30')), `${end} vs ${d.end}`);
        for (const k of ['new', 'expansion', 'reactivation', 'contraction', 'churn']) assert.ok(!d[k]!.isNegative(), k);
      }),
      { numRuns: 1000 },
    );
  });
  it('computeSeries(mrr) ends each month where the next starts, and equals compute(mrr) month by month', () => {
    fc.assert(
      fc.property(histories, zone, (subscriptions, timeZone) => {
        const data = { subscriptions };
        const series = computeSeries('mrr', data, { from: '2024-01', to: '2024-12', timeZone, currency: 'USD' });
        series.forEach((r, i) => {
          if (i > 0) assert.equal(r.details!.start!.toString(), series[i - 1]!.value!.toString());
          assert.equal(
            r.value!.toString(),
            compute('mrr', data, { period: r.period!.start.slice(0, 7), timeZone, currency: 'USD' }).value!.toString(),
          );
        });
      }),
      { numRuns: 60 },
    );
  });
  it('compute(mrr) does not depend on record order', () => {
    fc.assert(
      fc.property(histories, month, (subscriptions, period) => {
        const a = compute('mrr-movements', { subscriptions }, { period, currency: 'USD' });
        const b = compute(
          'mrr-movements',
          { subscriptions: [...subscriptions].reverse() },
          { period, currency: 'USD' },
        );
        assert.equal(JSON.stringify(a), JSON.stringify(b));
      }),
      { numRuns: 150 },
    );
  });
});
