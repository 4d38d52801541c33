#!/usr/bin/env node
// Generates demo/data/: two years (2024-01-01 .. 2025-12-31) of a fictional SaaS company,
// "Northwind Analytics", in the Dataset shape of the engine contract (spec/engine.md §3).
//
//   node scripts/generate-sample-data.mjs
//
// The output is committed and used by the demo page, stories and tests, so it must never drift:
// every random draw comes from seeded mulberry32 streams (one per concern, so that tuning the spend
// does not reshuffle the customers), there is no clock, and money is integer cents until it is
// written as a decimal string. Running the script twice gives byte-identical files.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'data');
const SEED = 0x4e57_2028; // "NW" and a year, picked for a natural-looking first year

// ---------------------------------------------------------------------------------------------
// Randomness

/** mulberry32: tiny, fast, and identical on every JS engine. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedPick(pairs, next) {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let x = next() * total;
  for (const [v, w] of pairs) {
    if ((x -= w) < 0) return v;
  }
  return pairs[pairs.length - 1][0];
}
/** 'none' stands for a missing field in weight tables. */
const orNone = (key) => (key === 'none' ? undefined : key);

/** One independent stream per concern, derived from the seed and a name (FNV-1a). */
function stream(name) {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  const next = mulberry32((SEED ^ h) >>> 0);
  const r = {
    next,
    /** Integer in [a, b], both included. */
    int: (a, b) => a + Math.floor(next() * (b - a + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** A key of `weights` ({ key: weight }), in proportion to its weight. */
    weighted: (weights) => weightedPick(Object.entries(weights), next),
    /** One of `items`, in proportion to weight(item). */
    weightedBy: (items, weight) =>
      weightedPick(
        items.map((it) => [it, weight(it)]),
        next,
      ),
    /** Multiplicative noise: 1 ± spread, uniform. */
    jitter: (spread) => 1 + (next() * 2 - 1) * spread,
  };
  return r;
}

// ---------------------------------------------------------------------------------------------
// Dates as integer day numbers (days since 1970-01-01, UTC calendar; no clock is ever read)

const MS_DAY = 86_400_000;
const day = (s) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / MS_DAY;
const iso = (n) => new Date(n * MS_DAY).toISOString().slice(0, 10);
const monthStart = (m) => Date.UTC(2024, m, 1) / MS_DAY; // m = 0 is 2024-01
const monthOf = (n) => {
  const dt = new Date(n * MS_DAY);
  return (dt.getUTCFullYear() - 2024) * 12 + dt.getUTCMonth();
};
/** The date k months after `from`, on day `anchorDay` clamped to the month's length (billing anniversaries). */
function addMonths(from, k, anchorDay) {
  const dt = new Date(from * MS_DAY);
  const total = dt.getUTCFullYear() * 12 + dt.getUTCMonth() + k;
  const y = Math.floor(total / 12);
  const mo = total - y * 12;
  const dim = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return Date.UTC(y, mo, Math.min(anchorDay, dim)) / MS_DAY;
}
const dayOfMonth = (n) => new Date(n * MS_DAY).getUTCDate();

const START = day('2024-01-01');
const END = day('2026-01-01'); // exclusive: nothing happens on or after it
const MONTHS = 24;
const pad = (n, w) => String(n).padStart(w, '0');
const instant = (n, hh, mm) => `${iso(n)}T${pad(hh, 2)}:${pad(mm, 2)}:00Z`;

// ---------------------------------------------------------------------------------------------
// Money: integer cents in, decimal strings out

function money(cents) {
  if (!Number.isSafeInteger(cents)) throw new Error(`not integer cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${pad(abs % 100, 2)}`;
}
/** Round a non-negative amount of cents given as a float product to whole cents (inputs are small). */
const cents = (x) => Math.round(x);

// ---------------------------------------------------------------------------------------------
// The company

const REPS = [
  { id: 'rep_01', name: 'Maya Thompson', weight: 1.0 }, // head of sales since day one: no activeFrom
  { id: 'rep_02', name: '陳怡君', activeFrom: '2024-01-01', weight: 1.2 },
  { id: 'rep_03', name: 'Diego Hernández', activeFrom: '2024-01-01', weight: 0.9 },
  { id: 'rep_04', name: 'Daniel "Dan" Okoro', activeFrom: '2024-01-01', weight: 1.0 },
  { id: 'rep_05', name: 'Lukas Schneider', activeFrom: '2024-01-01', activeTo: '2025-06-13', weight: 0.7, emea: true },
  { id: 'rep_06', name: 'Priya Raman', activeFrom: '2024-07-15', weight: 1.1 },
  { id: 'rep_07', name: 'Sofia Lindqvist', activeFrom: '2025-07-01', weight: 0.8, emea: true },
];
for (const r of REPS) {
  r.from = r.activeFrom ? day(r.activeFrom) : START;
  r.to = r.activeTo ? day(r.activeTo) : END; // inclusive last day
}
const repActive = (r, a, b = a) => r.from <= a && b <= r.to;

// List prices in cents per month (scale: per seat). EUR prices are set, not converted.
const PRICES = {
  USD: { starter: 4900, growth: 14900, business: 49900, scale: 3900 },
  EUR: { starter: 4500, growth: 13900, business: 45900, scale: 3600 },
};
const WEEKLY = { USD: { starter: 1300, growth: 3900 }, EUR: { starter: 1200, growth: 3600 } };
const PLAN_ORDER = ['starter', 'growth', 'business'];

/** Price per billing interval, in cents, for one unit (seat). */
function unitPrice(s) {
  if (s.plan === 'enterprise') return s.enterpriseYear;
  if (s.interval === 'week') return WEEKLY[s.currency][s.plan];
  const base = PRICES[s.currency][s.plan];
  if (s.interval === 'month') return s.intervalCount === 1 ? base : cents(base * s.intervalCount * 0.92);
  if (s.interval === 'quarter') return base * 3;
  return cents(base * 12 * 0.85); // year: 15 % off twelve months
}
/** Months per billing interval (weeks are handled apart). */
const intervalMonths = (s) => (s.interval === 'year' ? 12 : s.interval === 'quarter' ? 3 : s.intervalCount);
/** Monthly amount in cents as a float, for the simulation's own bookkeeping only (never written). */
function monthlyFloat(s) {
  const p = unitPrice(s) * (s.qty ?? 1);
  if (s.interval === 'week') return (p * 52) / 12;
  return p / intervalMonths(s);
}
/** First-year contract value in cents: what a won deal is worth. */
function firstYearValue(s, discount) {
  const m = monthlyFloat(s);
  let v = m * 12;
  if (discount) {
    const months = discount.duration === 'forever' ? 12 : discount.months;
    v -= (m * months * discount.pct) / 100;
  }
  return cents(v);
}

// ---------------------------------------------------------------------------------------------
// Names (fictional people at fictional companies on the reserved .example TLD)

const FIRST = (
  'olivia liam emma noah ava mateo sofia lucas mia ethan amara kwame yuki hiroshi mei wei jia hana minh ' +
  'linh arjun ananya rohan fatima omar layla youssef ines pablo lucia joao beatriz lars freya nils anna ' +
  'jakub zofia tomas elena ivan olga chloe hugo lea finn nora kofi ada tunde grace samuel leah david ' +
  'sara daniel ruth aisha ibrahim priya'
).split(' ');
const LAST = (
  'smith garcia nguyen chen wang kim patel sato tanaka muller rossi dubois silva santos kowalski novak ' +
  'jensen larsen berg ivanova okafor mensah haddad khan ali cohen levi murphy obrien walsh brown taylor ' +
  'wilson martin lopez perez fischer weber moreau lambert lin huang tsai wu park choi reyes cruz singh ' +
  'das'
).split(' ');
const CO_A = (
  'blue north bright silver river cedar harbor summit maple iron lumen coral granite willow orbit ' +
  'pioneer atlas nimbus vertex meadow falcon copper'
).split(' ');
const CO_B = (
  'logistics labs health foods retail systems works studio freight energy media goods finance robotics ' +
  'travel learning clinic outdoors apparel data'
).split(' ');

const nameRng = stream('names');
const usedEmails = new Set();
function newEmail() {
  for (;;) {
    const f = nameRng.pick(FIRST);
    const l = nameRng.pick(LAST);
    const co = `${nameRng.pick(CO_A)}${nameRng.pick(CO_B)}`;
    const local = nameRng.chance(0.2) ? f : nameRng.chance(0.5) ? `${f}.${l}` : `${f[0]}${l}`;
    const email = `${local}@${co}.example`;
    if (!usedEmails.has(email)) {
      usedEmails.add(email);
      return email;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Customers and their subscription segments

const rng = stream('customers');
let seq = 0; // creation order, the final tie-breaker of every sort

const customers = []; // { seq, channel, currency, state, firstPaid, subStart, trial, salesAssisted, discount?, rep? }
const segments = []; // { seq, customer, state, startAt, endAt?, trialEndsAt?, discount? }
const changes = []; // { customer, at, before, after } price changes between segments
const renewals = []; // { customer, at, state, discount? } annual renewals without a price change
const reactivations = []; // { customer, at }

function channelForCustomer() {
  return orNone(
    rng.weighted({ seo: 24, 'paid-search': 20, social: 10, referral: 15, events: 8, outbound: 16, none: 7 }),
  );
}
function choosePlan(channel, currency, r = rng) {
  const direct = channel === 'events' || channel === 'outbound';
  const plan = direct
    ? r.weighted({ starter: 6, growth: 34, business: 30, scale: 25, enterprise: 5 })
    : channel === 'referral'
      ? r.weighted({ starter: 30, growth: 38, business: 16, scale: 16 })
      : r.weighted({ starter: 50, growth: 34, business: 8, scale: 8 });
  const s = { plan, interval: 'month', intervalCount: 1, currency };
  if (plan === 'enterprise') {
    s.interval = 'year';
    s.enterpriseYear = r.int(24, 48) * 50000; // $12,000 .. $24,000 a year
    return s;
  }
  if (plan === 'scale') s.qty = r.int(8, 30);
  const iv = r.weighted({ month: 80, year: 13, quarter: 3.5, semi: 1.5, week: 2 });
  if (iv === 'semi') s.intervalCount = 6;
  else if (iv === 'week' && (plan === 'starter' || plan === 'growth')) s.interval = 'week';
  else if (iv !== 'week') s.interval = iv;
  return s;
}

/** New customers whose first paid day falls in month m: a launch cohort, then steady growth. */
function newCustomersIn(m) {
  if (m === 0) return 16;
  return Math.max(3, Math.round(6 + 0.62 * m + (rng.next() * 2 - 1) * 2.5));
}

function newSegment(c, state, startAt, discount, trialEndsAt) {
  const s = { seq: seq++, customer: c, state, startAt, discount, trialEndsAt };
  segments.push(s);
  return s;
}
/** A discount follows the customer across price changes while it still applies. */
const carryDiscount = (d, at) => (d && (d.duration === 'forever' || d.endsAt > at) ? d : undefined);

/** Monthly customer hazard at a billing boundary, by plan; the first two renewals are riskier. */
function churnHazard(s, k) {
  if (s.interval === 'year') return s.plan === 'enterprise' ? 0.1 : 0.2;
  if (s.interval === 'quarter') return 0.07;
  if (s.intervalCount === 6) return 0.12;
  const base = { starter: 0.05, growth: 0.032, business: 0.02, scale: 0.018 }[s.plan];
  return k <= 2 ? base * 1.4 : base;
}

/** A mid-period price change of a monthly subscription, or null. */
function midPeriodChange(s) {
  const x = rng.next();
  switch (s.plan) {
    case 'starter':
      if (x < 0.03) return { ...s, plan: 'growth' };
      if (x < 0.034) return { ...s, plan: 'scale', qty: rng.int(5, 10) };
      return null;
    case 'growth':
      if (x < 0.014) return { ...s, plan: 'business' };
      if (x < 0.022) return { ...s, plan: 'starter' };
      return null;
    case 'business':
      if (x < 0.008) return { ...s, plan: 'growth' };
      return null;
    case 'scale':
      if (x < 0.06) return { ...s, qty: s.qty + rng.int(2, 8) };
      if (x < 0.085 && s.qty > 6) return { ...s, qty: Math.max(5, s.qty - rng.int(1, 4)) };
      return null;
    default:
      return null;
  }
}

function simulate(c) {
  let state = c.state;
  let seg = newSegment(c, state, c.subStart, c.discount, c.trial ? c.firstPaid : undefined);
  let anchor = c.firstPaid;
  for (;;) {
    if (state.interval === 'week') {
      // Short engagements (event seasons): billed weekly for a few weeks, then over.
      const end = anchor + 7 * rng.int(6, 40);
      if (end < END) seg.endAt = end;
      return;
    }
    const months = intervalMonths(state);
    const ad = dayOfMonth(anchor);
    let restarted = false;
    for (let k = 1; ; k++) {
      const prev = addMonths(anchor, (k - 1) * months, ad);
      const b = addMonths(anchor, k * months, ad);
      if (state.interval === 'month' && state.intervalCount === 1) {
        const next = midPeriodChange(state);
        if (next) {
          const at = prev + rng.int(1, b - prev - 1);
          if (at >= END) return;
          if (at > seg.startAt) {
            seg.endAt = at;
            changes.push({ customer: c, at, before: state, after: next });
            seg = newSegment(c, next, at, carryDiscount(seg.discount, at));
            state = next;
          }
        }
      }
      if (b >= END) return;
      if (rng.chance(churnHazard(state, k))) {
        seg.endAt = b;
        if (!c.reactivatedAt && state.interval !== 'year' && rng.chance(0.1)) {
          const at = b + rng.int(40, 250);
          if (at < END) {
            c.reactivatedAt = at;
            reactivations.push({ customer: c, at });
            state = {
              plan: rng.chance(0.6) ? 'starter' : 'growth',
              interval: 'month',
              intervalCount: 1,
              currency: c.currency,
            };
            seg = newSegment(c, state, at, undefined);
            anchor = at;
            restarted = true;
            break;
          }
        }
        return;
      }
      if (state.interval === 'month' && state.intervalCount === 1 && rng.chance(0.008)) {
        // Switches to annual billing at a renewal (15 % cheaper per month: a contraction).
        const next = { ...state, interval: 'year' };
        seg.endAt = b;
        changes.push({ customer: c, at: b, before: state, after: next });
        seg = newSegment(c, next, b, carryDiscount(seg.discount, b));
        state = next;
        anchor = b;
        restarted = true;
        break;
      }
      if (state.interval === 'year') {
        let next = null;
        if (rng.chance(0.15)) {
          if (state.plan === 'scale') next = { ...state, qty: state.qty + rng.int(3, 12) };
          else if (state.plan === 'enterprise') next = { ...state, enterpriseYear: cents(state.enterpriseYear * 1.1) };
          else if (state.plan !== 'business') next = { ...state, plan: PLAN_ORDER[PLAN_ORDER.indexOf(state.plan) + 1] };
        }
        if (next) {
          seg.endAt = b;
          changes.push({ customer: c, at: b, before: state, after: next, renewal: true });
          seg = newSegment(c, next, b, carryDiscount(seg.discount, b));
          state = next;
        } else {
          renewals.push({ customer: c, at: b, state, discount: carryDiscount(seg.discount, b) });
        }
      }
    }
    if (!restarted) return;
  }
}

for (let m = 0; m < MONTHS; m++) {
  const n = newCustomersIn(m);
  const first = monthStart(m);
  const dim = monthStart(m + 1) - first;
  for (let i = 0; i < n; i++) {
    const channel =
      m === 0 ? orNone(rng.weighted({ referral: 5, events: 3, outbound: 4, none: 4 })) : channelForCustomer();
    const currency = rng.chance(0.03) ? 'EUR' : 'USD';
    const state = choosePlan(channel, currency);
    let firstPaid = m === 0 ? first + rng.int(0, 14) : first + rng.int(0, dim - 1);
    const c = { seq: seq++, channel, currency, state };
    // One deliberately time-zone-sensitive close: signed at 23:30 UTC on the last day of a quarter.
    if (m === 14 && i === 0) {
      firstPaid = day('2025-03-31');
      c.forcedCloseInstant = '2025-03-31T23:30:00Z';
      c.state = state.plan === 'starter' ? { ...state, plan: 'growth' } : state;
    }
    const selfServe =
      !c.forcedCloseInstant &&
      (c.state.plan === 'starter' || c.state.plan === 'growth') &&
      channel !== 'outbound' &&
      channel !== 'events';
    c.salesAssisted = !selfServe || c.state.interval === 'year' || rng.chance(0.25);
    c.trial =
      selfServe && !c.salesAssisted && c.state.interval !== 'week' && rng.chance(0.6) && firstPaid - 14 >= START;
    c.firstPaid = firstPaid;
    c.subStart = c.trial ? firstPaid - 14 : firstPaid;
    if (rng.chance(0.07) && c.state.interval !== 'week') {
      const forever = rng.chance(0.4);
      c.discount = { pct: rng.pick([10, 15, 20, 25, 50]), duration: forever ? 'forever' : 'limited' };
      if (!forever) {
        // Introductory offers: a few months off a monthly plan, the first year of an annual one.
        c.discount.months = c.state.interval === 'year' ? 12 : rng.pick([3, 6]);
        c.discount.endsAt = addMonths(firstPaid, c.discount.months, dayOfMonth(firstPaid));
      }
    }
    customers.push(c);
    simulate(c);
  }
}

// ---------------------------------------------------------------------------------------------
// Reps, deals and leads

const pipe = stream('pipeline');
const leadRng = stream('leads');

function pickRep(from, to, currency, r = pipe) {
  const active = REPS.filter((rep) => repActive(rep, from, to));
  if (currency === 'EUR') {
    const emea = active.filter((rep) => rep.emea);
    if (emea.length) return emea[0];
  }
  const pool = active.length ? active : REPS.filter((rep) => repActive(rep, to));
  return r.weightedBy(pool, (rep) => rep.weight * (rep.emea ? 0.6 : 1));
}

const leads = []; // { seq, createdAt (day), time?, channel, rep?, email, convertedAt?, deal? }
const deals = []; // { seq, createdAt, closedAt?, stage, amount, currency, rep?, channel, lead?, customer?, probability?, type, instant? }

function newLead(createdAt, channel) {
  const l = { seq: seq++, createdAt: Math.max(START, createdAt), channel, email: newEmail() };
  if (leadRng.chance(0.1)) l.time = [leadRng.int(0, 23), leadRng.pick([0, 5, 15, 20, 30, 45, 50])];
  leads.push(l);
  return l;
}

const CYCLE = { starter: [5, 25], growth: [12, 45], business: [25, 75], scale: [25, 80], enterprise: [45, 120] };

/** Deal timestamps: about one in eight deals is stamped with UTC instants instead of dates. */
function stampTimes(deal, r = pipe) {
  if (deal.closedAt !== undefined && deal.closedAt <= deal.createdAt) return;
  if (!r.chance(0.13)) return;
  // Mostly office hours, but two in ten near midnight UTC, where the local date depends on the zone.
  const hour = () => {
    const h = { early: r.int(0, 1), office: r.int(13, 21), late: r.int(22, 23) };
    return h[r.weighted({ early: 2, office: 6, late: 2 })];
  };
  deal.instant = { created: [hour(), r.pick([0, 10, 15, 30, 45])], closed: [hour(), r.pick([0, 15, 30, 40, 55])] };
}

// Won "new" deals and the leads behind every customer.
for (const c of customers) {
  const s = c.state;
  if (c.salesAssisted) {
    const closedAt = c.firstPaid;
    const [lo, hi] = CYCLE[s.plan];
    const createdAt = Math.max(START, closedAt - pipe.int(lo, hi));
    const lead = newLead(createdAt - pipe.int(0, 10), c.channel);
    const rep = pickRep(createdAt, closedAt, c.currency);
    const deal = {
      seq: seq++,
      createdAt,
      closedAt,
      stage: 'won',
      amount: firstYearValue(s, c.discount),
      currency: c.currency,
      rep: pipe.chance(0.02) ? undefined : rep,
      channel: c.channel,
      lead,
      customer: c,
      type: 'new',
    };
    if (c.forcedCloseInstant) deal.instant = { created: [15, 0], closed: [23, 30] };
    else stampTimes(deal);
    deals.push(deal);
    lead.deal = deal;
    lead.rep = deal.rep;
    lead.convertedAt = closedAt;
    c.rep = rep;
  } else {
    const signup = c.trial ? c.subStart : c.firstPaid - pipe.int(0, 20);
    const lead = newLead(signup, c.channel);
    lead.convertedAt = c.firstPaid;
    if (lead.createdAt > lead.convertedAt) lead.createdAt = lead.convertedAt;
  }
}

// Won expansion deals for sales-visible upgrades, and renewal deals for annual contracts.
const monthlyDelta = (ch) => monthlyFloat(ch.after) - monthlyFloat(ch.before);
for (const ch of changes) {
  const delta = monthlyDelta(ch);
  const visible =
    ch.after.plan === 'business' ||
    ch.after.plan === 'enterprise' ||
    (ch.after.plan === 'scale' && (ch.after.qty - (ch.before.qty ?? 0) >= 5 || ch.before.plan !== 'scale'));
  if (delta <= 0 || !(visible || ch.customer.salesAssisted) || !pipe.chance(visible ? 0.85 : 0.35)) continue;
  const createdAt = Math.max(START, ch.at - pipe.int(7, 35));
  const rep =
    ch.customer.rep && repActive(ch.customer.rep, createdAt, ch.at)
      ? ch.customer.rep
      : pickRep(createdAt, ch.at, ch.customer.currency);
  const deal = {
    seq: seq++,
    createdAt,
    closedAt: ch.at,
    stage: 'won',
    amount: cents(delta * 12),
    currency: ch.customer.currency,
    rep,
    customer: ch.customer,
    type: 'expansion',
  };
  stampTimes(deal);
  deals.push(deal);
}
for (const rn of renewals) {
  if (!rn.customer.salesAssisted) continue;
  const closedAt = rn.at - pipe.int(0, 10);
  const createdAt = rn.at - pipe.int(30, 60);
  const rep =
    rn.customer.rep && repActive(rn.customer.rep, createdAt, closedAt)
      ? rn.customer.rep
      : pickRep(createdAt, closedAt, rn.customer.currency);
  const deal = {
    seq: seq++,
    createdAt,
    closedAt,
    stage: 'won',
    amount: cents((unitPrice(rn.state) * (rn.state.qty ?? 1) * (100 - (rn.discount?.pct ?? 0))) / 100),
    currency: rn.customer.currency,
    rep,
    customer: rn.customer,
    type: 'renewal',
  };
  deals.push(deal);
}

// Lost and still-open new-business deals: about 2.4 lost for each win, created all through the two
// years; those that would close after 2025-12-31 are still open, at a stage that matches their age.
const wonNewByMonth = Array(MONTHS).fill(0);
for (const dl of deals) if (dl.type === 'new') wonNewByMonth[monthOf(dl.createdAt)]++;
const OPEN_STAGES = [
  ['lead', '0.1'],
  ['interested', '0.25'],
  ['meeting-booked', '0.4'],
  ['proposal', '0.6'],
];
const oppChannel = () =>
  orNone(pipe.weighted({ seo: 20, 'paid-search': 20, social: 12, referral: 10, events: 12, outbound: 22, none: 4 }));
for (let m = 0; m < MONTHS; m++) {
  const base = Math.max(wonNewByMonth[m], 4 + m * 0.4) * 2.4 * pipe.jitter(0.15);
  const n = Math.round(m >= 21 ? base * 1.5 : base);
  for (let i = 0; i < n; i++) {
    const channel = oppChannel();
    const currency = pipe.chance(0.035) ? 'EUR' : 'USD';
    const s = choosePlan(channel, currency, pipe);
    const createdAt = monthStart(m) + pipe.int(0, monthStart(m + 1) - monthStart(m) - 1);
    const [lo, hi] = CYCLE[s.plan];
    const closeAt = createdAt + pipe.int(Math.max(3, lo - 10), hi);
    const withLead = !(channel === 'outbound' && pipe.chance(0.15));
    const lead = withLead ? newLead(createdAt - pipe.int(0, 10), channel) : undefined;
    const open = closeAt >= END;
    const rep = pickRep(createdAt, open ? createdAt : closeAt, currency);
    const deal = {
      seq: seq++,
      createdAt,
      stage: 'lost',
      amount: firstYearValue(s),
      currency,
      rep: pipe.chance(0.02) ? undefined : rep,
      channel,
      lead,
      type: 'new',
    };
    if (open) {
      const progress = (END - 1 - createdAt) / (closeAt - createdAt);
      const [stage, p] = OPEN_STAGES[Math.min(3, Math.floor(progress * 4))];
      deal.stage = stage;
      deal.probability = p;
    } else {
      deal.closedAt = closeAt;
    }
    stampTimes(deal);
    deals.push(deal);
    if (lead) lead.rep = deal.rep;
  }
}
// A few open expansion opportunities on accounts that are paying at the end.
{
  const payingAtEnd = customers.filter(
    (c) =>
      c.salesAssisted &&
      segments.some((s) => s.customer === c && s.endAt === undefined) &&
      segments.find((s) => s.customer === c && s.endAt === undefined).state.plan !== 'enterprise',
  );
  for (let i = 0; i < 6; i++) {
    const c = payingAtEnd[pipe.int(0, payingAtEnd.length - 1)];
    const createdAt = day('2025-10-01') + pipe.int(0, 85);
    const [stage, p] = OPEN_STAGES[pipe.int(1, 3)];
    deals.push({
      seq: seq++,
      createdAt,
      stage,
      amount: pipe.int(12, 60) * 10000,
      currency: c.currency,
      rep: pickRep(createdAt, createdAt, c.currency),
      customer: c,
      probability: p,
      type: 'expansion',
    });
  }
}

// Leads that never became a deal, growing with the marketing budget.
for (let m = 0; m < MONTHS; m++) {
  const n = Math.round((38 + 2.4 * m) * leadRng.jitter(0.12));
  for (let i = 0; i < n; i++) {
    const channel = orNone(
      leadRng.weighted({ seo: 30, 'paid-search': 25, social: 18, referral: 6, events: 9, outbound: 8, none: 4 }),
    );
    const createdAt = monthStart(m) + leadRng.int(0, monthStart(m + 1) - monthStart(m) - 1);
    const lead = newLead(createdAt, channel);
    if (channel === 'outbound' || leadRng.chance(0.2)) lead.rep = pickRep(createdAt, createdAt, 'USD', leadRng);
    if (leadRng.chance(0.04)) lead.email = undefined;
  }
}
// A handful of duplicate sign-ups: the same person again, e-mail typed in another case (one with a
// stray trailing space), sometimes through another channel. Leads are counted distinct by e-mail.
{
  const pool = leads.filter(
    (l) => !l.deal && l.convertedAt === undefined && l.email && l.createdAt < day('2025-12-15'),
  );
  const variants = [
    (e) => e.toUpperCase(),
    (e) => e.replace(/^./, (x) => x.toUpperCase()).replace(/@(.)/, (_, x) => `@${x.toUpperCase()}`),
    (e) => e,
    (e) => `${e} `,
    (e) => e.replace(/\.example$/, '.EXAMPLE'),
    (e) => e.split('@')[0].toUpperCase() + '@' + e.split('@')[1],
  ];
  for (const v of variants) {
    const orig = pool[leadRng.int(0, pool.length - 1)];
    const dup = {
      seq: seq++,
      createdAt: orig.createdAt + leadRng.int(1, 12),
      channel: leadRng.chance(0.5) ? orig.channel : undefined,
      email: v(orig.email),
    };
    leads.push(dup);
  }
}

// ---------------------------------------------------------------------------------------------
// FX rates (first of each month), spend and quotas

const fxRng = stream('fx');
const fxRates = [];
{
  let eur = 10950; // 1.0950 USD per EUR, 4 decimals as integer
  let twd = 31200; // 0.031200 USD per TWD, 6 decimals as integer
  for (let m = 0; m < MONTHS; m++) {
    const date = iso(monthStart(m));
    fxRates.push({ date, from: 'EUR', to: 'USD', rate: `${Math.floor(eur / 10000)}.${pad(eur % 10000, 4)}` });
    fxRates.push({ date, from: 'TWD', to: 'USD', rate: `0.${pad(twd, 6)}` });
    eur = Math.min(11700, Math.max(10300, eur + fxRng.int(-140, 140)));
    twd = Math.min(33000, Math.max(29800, twd + fxRng.int(-450, 450)));
  }
}
/** USD per unit of currency at a date (latest rate on or before it), as [numerator, denominator]. */
function fx(currency, at) {
  if (currency === 'USD') return [1n, 1n];
  let best;
  for (const r of fxRates) if (r.from === currency && day(r.date) <= at) best = r;
  const [i, f] = best.rate.split('.');
  return [BigInt(i + f), 10n ** BigInt(f.length)];
}

const spendRng = stream('spend');
const spend = [];
{
  const newByChannelMonth = new Map();
  for (const c of customers) {
    const key = `${c.channel}|${monthOf(c.firstPaid)}`;
    newByChannelMonth.set(key, (newByChannelMonth.get(key) ?? 0) + 1);
  }
  const EVENT_MONTHS = new Set([2, 5, 8, 10, 14, 17, 20, 22]); // trade-show seasons
  for (let m = 0; m < MONTHS; m++) {
    const periodStart = iso(monthStart(m));
    const periodEnd = iso(monthStart(m + 1));
    const grow = 1 + m * 0.045;
    const row = (channel, amount, paid, category) =>
      spend.push({ periodStart, periodEnd, amount, channel, paid, category });
    row('seo', cents(260000 * grow * spendRng.jitter(0.1)), false, 'content');
    row('paid-search', cents(520000 * grow * spendRng.jitter(0.12)), true, 'ads');
    row('social', cents(240000 * grow * spendRng.jitter(0.15)), true, 'ads');
    row('referral', 30000 + 15000 * (newByChannelMonth.get(`referral|${m}`) ?? 0), false, 'referral-bonuses');
    row(
      'events',
      EVENT_MONTHS.has(m) ? cents(900000 * spendRng.jitter(0.25)) : cents(45000 * spendRng.jitter(0.2)),
      true,
      'events',
    );
    row('outbound', cents(120000 * (m < 12 ? 1 : 1.35)), false, 'lead-data');
    // A European trade show, invoiced in euros.
    if (m === 17 || m === 5)
      spend.push({
        periodStart,
        periodEnd,
        amount: m === 5 ? 620000 : 850000,
        currency: 'EUR',
        channel: 'events',
        paid: true,
        category: 'events',
      });
    const reps = REPS.filter((r) => r.from < monthStart(m + 1) && r.to >= monthStart(m)).length;
    spend.push({ periodStart, periodEnd, amount: 3800000 + reps * 900000 + m * 60000, category: 'salaries' });
    spend.push({ periodStart, periodEnd, amount: cents(180000 * (1 + m * 0.02)), category: 'tools' });
  }
  // Annual CRM licences, one row per year, spread over their days by the engine.
  spend.push({ periodStart: '2024-01-01', periodEnd: '2025-01-01', amount: 1440000, category: 'tools' });
  spend.push({ periodStart: '2025-01-01', periodEnd: '2026-01-01', amount: 1800000, category: 'tools' });
  spend.sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));
}

const quotas = [];
{
  for (let m = 0; m < MONTHS; m++) {
    const first = monthStart(m);
    for (const r of REPS) {
      // Quotas start with the first full month and stop after the last full one.
      if (r.from > first || r.to < monthStart(m + 1) - 1) continue;
      const tenure = m - monthOf(r.from);
      let amount = m < 12 ? 750000 : 1000000;
      if (r.emea) amount = m < 12 ? 400000 : 550000;
      if (r.activeFrom && r.from > START && tenure <= 2) amount = amount / 2; // ramp
      quotas.push({ repId: r.id, periodStart: iso(first), periodEnd: iso(monthStart(m + 1)), amount });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Ids and records in the contract's shape

const bySeq = (a, b) => a.seq - b.seq;
const byDay = (key) => (a, b) => a[key] - b[key] || bySeq(a, b);

customers.sort(byDay('firstPaid')).forEach((c, i) => (c.id = `cus_${pad(i + 1, 4)}`));
segments
  .sort((a, b) => a.customer.id.localeCompare(b.customer.id) || a.startAt - b.startAt || bySeq(a, b))
  .forEach((s, i) => (s.id = `sub_${pad(i + 1, 4)}`));
leads.sort(byDay('createdAt')).forEach((l, i) => (l.id = `lead_${pad(i + 1, 4)}`));
deals.sort(byDay('createdAt')).forEach((d, i) => (d.id = `deal_${pad(i + 1, 4)}`));

const FIELDS = {
  leads: ['id', 'createdAt', 'channel', 'repId', 'email', 'convertedAt', 'dealId'],
  deals: [
    'id',
    'createdAt',
    'closedAt',
    'stage',
    'amount',
    'currency',
    'repId',
    'channel',
    'leadId',
    'customerId',
    'probability',
    'type',
  ],
  customers: ['id', 'firstPaidAt', 'channel'],
  subscriptions: [
    'id',
    'customerId',
    'amount',
    'currency',
    'interval',
    'intervalCount',
    'quantity',
    'discountPercent',
    'discountDuration',
    'discountEndsAt',
    'startAt',
    'endAt',
    'trialEndsAt',
  ],
  spend: ['periodStart', 'periodEnd', 'amount', 'currency', 'channel', 'paid', 'category'],
  reps: ['id', 'name', 'activeFrom', 'activeTo'],
  quotas: ['repId', 'periodStart', 'periodEnd', 'amount', 'currency'],
  fxRates: ['date', 'from', 'to', 'rate'],
};
/** A record with the contract's field order and no undefined fields. */
function rec(kind, values) {
  const out = {};
  for (const f of FIELDS[kind]) if (values[f] !== undefined) out[f] = values[f];
  return out;
}
const cur = (c) => (c === 'USD' ? undefined : c);

const dataset = {
  leads: leads.map((l) =>
    rec('leads', {
      id: l.id,
      createdAt: l.time ? instant(l.createdAt, ...l.time) : iso(l.createdAt),
      channel: l.channel,
      repId: l.rep?.id,
      email: l.email,
      convertedAt: l.convertedAt === undefined ? undefined : iso(l.convertedAt),
      dealId: l.deal?.id,
    }),
  ),
  deals: deals.map((d) =>
    rec('deals', {
      id: d.id,
      createdAt: d.instant ? instant(d.createdAt, ...d.instant.created) : iso(d.createdAt),
      closedAt:
        d.closedAt === undefined ? undefined : d.instant ? instant(d.closedAt, ...d.instant.closed) : iso(d.closedAt),
      stage: d.stage,
      amount: money(d.amount),
      currency: cur(d.currency),
      repId: d.rep?.id,
      channel: d.channel,
      leadId: d.lead?.id,
      customerId: d.customer?.id,
      probability: d.probability,
      type: d.type,
    }),
  ),
  customers: customers.map((c) => rec('customers', { id: c.id, firstPaidAt: iso(c.firstPaid), channel: c.channel })),
  subscriptions: segments.map((s) =>
    rec('subscriptions', {
      id: s.id,
      customerId: s.customer.id,
      amount: money(unitPrice(s.state)),
      currency: cur(s.state.currency),
      interval: s.state.interval,
      intervalCount: s.state.intervalCount > 1 ? s.state.intervalCount : undefined,
      quantity: s.state.qty,
      discountPercent: s.discount ? String(s.discount.pct) : undefined,
      discountDuration: s.discount?.duration,
      discountEndsAt: s.discount?.endsAt === undefined ? undefined : iso(s.discount.endsAt),
      startAt: iso(s.startAt),
      endAt: s.endAt === undefined ? undefined : iso(s.endAt),
      trialEndsAt: s.trialEndsAt === undefined ? undefined : iso(s.trialEndsAt),
    }),
  ),
  spend: spend.map((s) => rec('spend', { ...s, amount: money(s.amount) })),
  reps: REPS.map((r) => rec('reps', r)),
  quotas: quotas.map((q) => rec('quotas', { ...q, amount: money(q.amount) })),
  fxRates: fxRates.map((r) => rec('fxRates', r)),
};

// ---------------------------------------------------------------------------------------------
// Writing

const CSV_NAMES = { fxRates: 'fx-rates' };
function csvCell(v) {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  // RFC 4180 needs quotes for comma, quote and line breaks; edge spaces are quoted too, so that no
  // reader that trims unquoted cells loses them.
  return /[",\n\r]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function toCsv(kind, rows) {
  const fields = FIELDS[kind].filter((f) => rows.some((r) => r[f] !== undefined));
  const lines = [fields.join(',')];
  for (const r of rows) lines.push(fields.map((f) => csvCell(r[f])).join(','));
  return lines.join('\n') + '\n';
}
function toJson(ds) {
  const parts = Object.entries(ds).map(
    ([kind, rows]) => `${JSON.stringify(kind)}:[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`,
  );
  return `{${parts.join(',\n')}}\n`;
}

// ---------------------------------------------------------------------------------------------
// A rough MRR check (the engine is the source of truth): exact fractions of US cents at the last
// instant before each quarter's end, EUR converted at that date's rate.

const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
function mrrBefore(endDay) {
  let num = 0n;
  let den = 1n;
  const paying = new Set();
  for (const s of segments) {
    if (
      s.startAt >= endDay ||
      (s.endAt !== undefined && s.endAt < endDay) ||
      (s.trialEndsAt !== undefined && s.trialEndsAt >= endDay)
    )
      continue;
    const st = s.state;
    let n = BigInt(unitPrice(st) * (st.qty ?? 1));
    let d = 1n;
    if (st.interval === 'week') {
      n *= 52n;
      d = 12n;
    } else {
      d = BigInt(intervalMonths(st));
    }
    if (s.discount && (s.discount.duration === 'forever' || s.discount.endsAt >= endDay)) {
      n *= BigInt(100 - s.discount.pct);
      d *= 100n;
    }
    const [rn, rd] = fx(st.currency, endDay - 1);
    n *= rn;
    d *= rd;
    num = num * d + n * den;
    den *= d;
    const g = gcd(num, den);
    num /= g;
    den /= g;
    if (n > 0n) paying.add(s.customer);
  }
  const roundedCents = Number((num * 2n + den) / (2n * den));
  return { mrr: roundedCents, customers: paying.size };
}

const summary = [];
for (let q = 1; q <= 8; q++) {
  const end = monthStart(q * 3);
  const { mrr, customers: n } = mrrBefore(end);
  summary.push({ quarter: `${2023 + Math.ceil(q / 4)}-Q${((q - 1) % 4) + 1}`, mrr, customers: n });
}
const firstMonth = mrrBefore(monthStart(1));

// Customer churn per month (customers paying at start with nothing at end), averaged, for the README.
let churnSum = 0;
for (let m = 1; m < MONTHS; m++) {
  const payingAt = (t) =>
    new Set(
      segments
        .filter(
          (s) =>
            s.startAt < t &&
            (s.endAt === undefined || s.endAt >= t) &&
            (s.trialEndsAt === undefined || s.trialEndsAt < t),
        )
        .map((s) => s.customer),
    );
  const a = payingAt(monthStart(m));
  const b = payingAt(monthStart(m + 1));
  churnSum += [...a].filter((c) => !b.has(c)).length / a.size;
}
const avgChurn = churnSum / (MONTHS - 1);

const counts = Object.fromEntries(Object.entries(dataset).map(([k, v]) => [k, v.length]));
const stageCounts = {};
for (const d of dataset.deals) stageCounts[d.stage] = (stageCounts[d.stage] ?? 0) + 1;
const eurSubs = dataset.subscriptions.filter((s) => s.currency === 'EUR');
const eurCustomers = [...new Set(eurSubs.map((s) => s.customerId))];
const eurDeals = dataset.deals.filter((d) => d.currency === 'EUR');
const reactivated = reactivations
  .slice()
  .sort((a, b) => a.at - b.at || a.customer.id.localeCompare(b.customer.id))
  .map((r) => `${r.customer.id} ${iso(r.at)}`);
const usd = (c) => `$${money(c).replace(/\B(?=(\d{3})+\.)/g, ',')}`;

const mrrTable = summary.map((q) => `| ${q.quarter} | ${usd(q.mrr)} | ${q.customers} |`).join('\n');
const readme = `# Sample data: Northwind Analytics

Generated by \`node scripts/generate-sample-data.mjs\` (seeded PRNG, no clock). Do not edit these files by hand:
change the script and run it again; a re-run reproduces them byte for byte.

Northwind Analytics is a fictional B2B SaaS company selling a dashboard product: Starter $49/month,
Growth $149/month, Business $499/month, Scale $39 per seat per month, and Enterprise annual contracts. Most
customers pay monthly; some pay yearly (twelve months less 15 %), quarterly or every six months, and a few
pay weekly for an event season. The data covers **2024-01-01 to 2025-12-31** (the demo's current month is
2025-12); the reporting currency is USD. People and companies are invented, and e-mail addresses use the
reserved \`.example\` top-level domain.

| file | holds | rows |
|---|---|---|
| \`company.json\` | the whole \`Dataset\` of the engine contract (§3), one record per line | all below |
| \`leads.csv\` | leads, with channel, e-mail, rep, and \`convertedAt\` (plus \`dealId\` when a won deal) once converted | ${counts.leads} |
| \`deals.csv\` | deals of type \`new\`, \`expansion\` and \`renewal\`; won/lost ones carry \`closedAt\`, open ones \`probability\` | ${counts.deals} |
| \`customers.csv\` | every customer that ever paid: first paid day (after any trial) and acquisition channel | ${counts.customers} |
| \`subscriptions.csv\` | one row per price segment; a price change ends a row and starts the next on the same day | ${counts.subscriptions} |
| \`spend.csv\` | monthly spend per channel (\`paid\`: true for paid-search, social, events), overhead rows without channel | ${counts.spend} |
| \`reps.csv\` | sales reps; \`activeTo\` is the last active day | ${counts.reps} |
| \`quotas.csv\` | a monthly quota per rep for each full month the rep is active | ${counts.quotas} |
| \`fx-rates.csv\` | EUR→USD and TWD→USD on the first of each month | ${counts.fxRates} |

Amounts are decimal strings in the record's currency (no \`currency\` means USD); \`quantity\` and
\`intervalCount\` are JSON integers, \`paid\` a JSON boolean. The CSV files have a header row of the
contract's field names, RFC 4180 quoting and an empty cell for a missing field.

MRR at the end of each quarter, by the generator's own rough count (the engine is the source of truth;
EUR converted at the rate of the quarter's last month). End of January 2024: ${usd(firstMonth.mrr)}; average
monthly customer churn ${(avgChurn * 100).toFixed(1)} %.

| quarter | MRR (USD) | paying customers |
|---|---|---|
${mrrTable}

Worth knowing:

- Sales-assisted customers have a won \`new\` deal (\`customerId\`, \`leadId\`, first-year value); self-serve
  customers only have a lead with \`convertedAt\`. \`expansion\` deals close on the day of the upgrade they
  match (12 × the MRR increase); \`renewal\` deals renew annual contracts. A few open expansion deals exist.
- Reps: Priya Raman joined on 2024-07-15; Lukas Schneider (EMEA, EUR deals) was last active on 2025-06-13;
  Sofia Lindqvist took over EMEA on 2025-07-01. Maya Thompson has no \`activeFrom\`. The name
  \`Daniel "Dan" Okoro\` exercises CSV quoting, \`陳怡君\` non-Latin text. New reps have half quota for three months.
- Currencies: ${eurCustomers.length} customers pay in EUR (${eurSubs.length} subscription rows); ${eurDeals.length} deals and 2 events spend rows
  (2024-06, 2025-06) are in EUR. TWD rates are there for locale demos; no record is in TWD.
- Reactivations (churned, then a new subscription later): ${reactivated.join(', ')}.
- Trials: 14 days (\`trialEndsAt\`) on part of the self-serve sign-ups; trials that never converted are not in the data.
- Time zones: most timestamps are dates; about one deal in eight and one lead in ten carry UTC instants,
  some near midnight, e.g. a deal won at \`2025-03-31T23:30:00Z\`, which is April in Asia/Taipei.
- De-duplication: six leads repeat an earlier lead's e-mail a few days later, in another case, with a
  trailing space, or unchanged, mostly without a channel; some leads have no e-mail.
- A handful of deals have no \`repId\` (\`unassigned\`). January 2024 holds a launch cohort of 16 customers.
- Spend: \`seo\`, \`referral\` and \`outbound\` rows are unpaid costs (content, referral bonuses, lead data);
  overhead is \`salaries\` and \`tools\`, including one annual tools row per year.
`;

mkdirSync(OUT_DIR, { recursive: true });
const written = [];
const write = (name, text) => {
  writeFileSync(join(OUT_DIR, name), text);
  written.push([name, Buffer.byteLength(text)]);
};
write('company.json', toJson(dataset));
for (const [kind, rows] of Object.entries(dataset)) write(`${CSV_NAMES[kind] ?? kind}.csv`, toCsv(kind, rows));
write('README.md', readme);

console.log('Northwind Analytics sample data -> demo/data/');
for (const [name, size] of written) console.log(`  ${name.padEnd(20)} ${String(size).padStart(8)} bytes`);
console.log(
  `counts: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(
  `deal stages: ${Object.entries(stageCounts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log('MRR at quarter end (rough, USD):');
for (const s of summary) console.log(`  ${s.quarter}  ${usd(s.mrr).padStart(12)}  ${s.customers} paying`);
console.log(`average monthly customer churn: ${(avgChurn * 100).toFixed(2)} %`);
console.log(`reactivations: ${reactivated.join(', ')}`);
console.log(`EUR: ${eurCustomers.length} customers, ${eurSubs.length} subscription rows, ${eurDeals.length} deals`);
