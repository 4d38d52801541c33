// Deterministic benchmark data for `npm run bench`: n deals with matching subscriptions (~n/4), customers,
// leads (~2n), monthly spend per channel, reps and quotas, over 2024-01-01 .. 2025-12-31. Seeded PRNG
// (mulberry32), so every run and every machine sees the same records.

export const CHANNELS = ['referral', 'seo', 'paid-search', 'events', 'outbound'];
const PAID = new Set(['paid-search', 'events']);
const STAGES = ['won', 'won', 'lost', 'lost', 'proposal', 'interested', 'meeting-booked', 'lead'];
const DAYS = 731; // 2024-01-01 .. 2025-12-31
const EPOCH = Date.UTC(2024, 0, 1);
const DAY = 86_400_000;

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
// Half of the timestamps carry a time of day in UTC, so bucketing by local date in the zone matters.
function stamp(rand, day) {
  const ms = EPOCH + day * DAY;
  if (rand() < 0.5) return isoDate(ms);
  return `${isoDate(ms)}T${pad(Math.floor(rand() * 24))}:${pad(Math.floor(rand() * 60))}:00Z`;
}
// An amount in cents as a decimal string with 2 decimals.
const money = (cents) => `${Math.floor(cents / 100)}.${pad(cents % 100)}`;

export function generate(nDeals, seed = 20_240_101) {
  const rand = mulberry32(seed ^ nDeals);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const reps = Array.from({ length: 12 }, (_, i) => ({ id: `rep_${pad(i + 1)}`, name: `Rep ${i + 1}` }));

  const nCustomers = Math.floor(nDeals / 5);
  const customers = [];
  for (let i = 0; i < nCustomers; i++) {
    const c = { id: `cus_${i}`, firstPaidAt: isoDate(EPOCH + Math.floor(rand() * DAYS) * DAY) };
    if (rand() < 0.9) c.channel = pick(CHANNELS);
    customers.push(c);
  }

  // One subscription per customer from its first payment, plus ~n/20 add-ons starting later.
  const subscriptions = [];
  const addSub = (c, startDay) => {
    const yearly = rand() < 0.2;
    const s = {
      id: `sub_${subscriptions.length}`,
      customerId: c.id,
      amount: money(yearly ? 60_000 + Math.floor(rand() * 600_000) : 2_000 + Math.floor(rand() * 80_000)),
      interval: yearly ? 'year' : 'month',
      startAt: isoDate(EPOCH + startDay * DAY),
    };
    if (rand() < 0.3) s.quantity = 1 + Math.floor(rand() * 20);
    if (rand() < 0.3) s.endAt = isoDate(EPOCH + (startDay + 30 + Math.floor(rand() * 400)) * DAY);
    subscriptions.push(s);
  };
  for (const c of customers) addSub(c, Math.round((Date.parse(c.firstPaidAt) - EPOCH) / DAY));
  const nAddOns = Math.floor(nDeals / 4) - nCustomers;
  for (let i = 0; i < nAddOns && nCustomers > 0; i++) {
    const c = customers[Math.floor(rand() * nCustomers)];
    const first = Math.round((Date.parse(c.firstPaidAt) - EPOCH) / DAY);
    addSub(c, first + Math.floor(rand() * (DAYS - first)));
  }

  const leads = [];
  for (let i = 0; i < nDeals * 2; i++) {
    const l = { id: `lead_${i}`, createdAt: stamp(rand, Math.floor(rand() * DAYS)) };
    if (rand() < 0.9) l.channel = pick(CHANNELS);
    if (rand() < 0.8) l.repId = pick(reps).id;
    // ~5 % of leads repeat an earlier email under a new id (distinct counting by email matters).
    l.email = i > 0 && rand() < 0.05 ? leads[Math.floor(rand() * i)].email : `person${i}@company${i % 997}.example`;
    leads.push(l);
  }

  const deals = [];
  for (let i = 0; i < nDeals; i++) {
    const created = Math.floor(rand() * (DAYS - 10));
    const stage = pick(STAGES);
    const d = {
      id: `deal_${i}`,
      createdAt: stamp(rand, created),
      stage,
      amount: money(10_000 + Math.floor(rand() * 2_000_000)),
    };
    if (stage === 'won' || stage === 'lost') {
      d.closedAt = stamp(rand, Math.min(DAYS - 1, created + 1 + Math.floor(rand() * 90)));
    }
    if (rand() < 0.95) d.repId = pick(reps).id;
    d.channel = pick(CHANNELS);
    d.leadId = `lead_${2 * i}`;
    if (stage === 'won' && nCustomers > 0) d.customerId = `cus_${Math.floor(rand() * nCustomers)}`;
    d.type = rand() < 0.8 ? 'new' : 'expansion';
    deals.push(d);
  }

  // Monthly spend per channel (the row count does not grow with n; amounts scale with it) plus overhead.
  const spend = [];
  const quotas = [];
  for (let m = 0; m < 24; m++) {
    const start = `${2024 + Math.floor(m / 12)}-${pad((m % 12) + 1)}-01`;
    const end = `${2024 + Math.floor((m + 1) / 12)}-${pad(((m + 1) % 12) + 1)}-01`;
    for (const channel of CHANNELS) {
      const amount = money(Math.floor(nDeals * (50 + rand() * 200)));
      spend.push({ periodStart: start, periodEnd: end, amount, channel, paid: PAID.has(channel) });
    }
    spend.push({ periodStart: start, periodEnd: end, amount: money(nDeals * 300), category: 'salaries' });
    for (const r of reps)
      quotas.push({ repId: r.id, periodStart: start, periodEnd: end, amount: money(nDeals * 2_000) });
  }

  return { leads, deals, customers, subscriptions, spend, reps, quotas };
}

const DEAL_COLUMNS = ['id', 'createdAt', 'closedAt', 'stage', 'amount', 'currency', 'repId', 'channel'];
const DEAL_COLUMNS_2 = ['leadId', 'customerId', 'probability', 'type'];

// The deals as CSV with a header row (no field needs quoting in this data).
export function dealsCsv(deals) {
  const cols = [...DEAL_COLUMNS, ...DEAL_COLUMNS_2];
  const lines = [cols.join(',')];
  for (const d of deals) lines.push(cols.map((c) => d[c] ?? '').join(','));
  return lines.join('\n') + '\n';
}
