import { expect } from '@open-wc/testing';
import { clock } from '../../src/components/base/clock.js';
import type { KpiErrorDetail, KpiLoadDetail, KpiResultLoad } from '../../src/components/base/events.js';
import type { Customer, Spend, Subscription } from '../../src/engine/types.js';

/** Shared helpers for component tests: part text, a fetch the test resolves when it chooses, a still clock. */

/** Text of the first element with `part` in the element's shadow root, whitespace collapsed. */
export function partText(el: Element, part: string): string | undefined {
  const node = el.shadowRoot!.querySelector(`[part~="${part}"]`);
  return node ? node.textContent!.replace(/\s+/g, ' ').trim() : undefined;
}

/** Text of the first element matching `selector` in the shadow root, whitespace collapsed. */
export function shadowText(el: Element, selector: string): string | undefined {
  const node = el.shadowRoot!.querySelector(selector);
  return node ? node.textContent!.replace(/\s+/g, ' ').trim() : undefined;
}

/** The accessible name of the value: the sentence a screen reader hears. */
export const valueName = (el: Element) => el.shadowRoot!.querySelector('[part~="value"]')?.getAttribute('aria-label');

/** Holds the widgets' clock at an instant until the returned function is called. */
export function holdClock(iso: string): { set(iso: string): void; restore(): void } {
  const original = clock.now;
  let now = Date.parse(iso);
  clock.now = () => now;
  return {
    set(next: string) {
      now = Date.parse(next);
    },
    restore() {
      clock.now = original;
    },
  };
}

/** Collects the details of an event fired on (or bubbling to) `target`. */
export function collect<D>(target: EventTarget, name: string): D[] {
  const seen: D[] = [];
  target.addEventListener(name, (e) => seen.push((e as CustomEvent<D>).detail));
  return seen;
}

/** The widget form of a `kpi-load` detail (a `<kpi-source>` sends `{ dataset }` instead). */
export function resultLoad(detail: KpiLoadDetail): KpiResultLoad {
  if (!detail.result) throw new Error('kpi-load without a result');
  return detail;
}

export type { KpiErrorDetail };

export interface PendingFetch {
  url: string;
  signal: AbortSignal | undefined;
  init: RequestInit | undefined;
  resolve(response: Response): void;
}

/**
 * Replaces `window.fetch` with one whose calls wait until the test answers them; `call(n)` resolves
 * with the n-th call (0-based) once it has been made. An aborted call rejects like the real fetch.
 */
export function controlledFetch() {
  const original = window.fetch;
  const calls: PendingFetch[] = [];
  const waiters: { n: number; resolve(c: PendingFetch): void }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => reject(signal.reason));
      const call = { url: String(input), signal, init, resolve };
      calls.push(call);
      for (const w of waiters.filter((w) => w.n === calls.length - 1)) w.resolve(call);
    });
  return {
    calls,
    call(n: number): Promise<PendingFetch> {
      return calls[n] ? Promise.resolve(calls[n]) : new Promise((resolve) => waiters.push({ n, resolve }));
    },
    restore() {
      window.fetch = original;
    },
  };
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * A small company billing in USD whose MRR is worked out by hand (UTC):
 * c1 pays 49.50 a month from 2025-01-15; c2 pays 1200 a year (100 a month) from 2025-03-01 to 2025-05-20;
 * c3 has 2 seats at 30 a month from 2025-04-10.
 * End of March 149.50; end of April 49.50 + 100 + 60 = 209.50; end of May 49.50 + 60 = 109.50.
 */
export const company = (): { subscriptions: Subscription[] } => ({
  subscriptions: [
    { id: 's1', customerId: 'c1', amount: '49.50', currency: 'USD', interval: 'month', startAt: '2025-01-15' },
    {
      id: 's2',
      customerId: 'c2',
      amount: '1200',
      currency: 'USD',
      interval: 'year',
      startAt: '2025-03-01',
      endAt: '2025-05-20',
    },
    {
      id: 's3',
      customerId: 'c3',
      amount: '30',
      currency: 'USD',
      quantity: 2,
      interval: 'month',
      startAt: '2025-04-10',
    },
  ],
});

export const companyCsv = [
  'id,customerId,amount,currency,interval,quantity,startAt,endAt',
  's1,c1,49.50,USD,month,,2025-01-15,',
  's2,c2,1200,USD,year,,2025-03-01,2025-05-20',
  's3,c3,30,USD,month,2,2025-04-10,',
  '',
].join('\n');

/**
 * Acquisition in USD (UTC): ads spend 6,000 over April 2025 and 5,500 over May 2025; 12 new customers in
 * each month. CAC April 500; May 5,500 ÷ 12 = 458.333…, down 8.333…% (−41.666…).
 */
export const acquisition = (): { spend: Spend[]; customers: Customer[] } => ({
  spend: [
    {
      id: 'sp-apr',
      periodStart: '2025-04-01',
      periodEnd: '2025-05-01',
      amount: '6000',
      currency: 'USD',
      channel: 'ads',
    },
    {
      id: 'sp-may',
      periodStart: '2025-05-01',
      periodEnd: '2025-06-01',
      amount: '5500',
      currency: 'USD',
      channel: 'ads',
    },
  ],
  customers: [
    ...Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, firstPaidAt: '2025-04-10', channel: 'ads' })),
    ...Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, firstPaidAt: '2025-05-10', channel: 'ads' })),
  ],
});

type LoadingElement = HTMLElement & { state: string; src?: string; updateComplete: Promise<boolean> };

/**
 * The first call of `net` (the element's own `src`): the element is loading, and accessible, until the
 * test answers it with `body` as JSON; resolves once the answer is rendered.
 */
export async function answerSrc(el: LoadingElement, net: ReturnType<typeof controlledFetch>, body: unknown) {
  const call = await net.call(0);
  expect(el.state).to.equal('loading');
  await expect(el).to.be.accessible();
  call.resolve(json(body));
  await el.updateComplete;
}

/**
 * Points the element at `/missing.json` (the second call of `net`) and answers `response` (a 404): the
 * element shows the error state, accessibly, and fires one kpi-error with status 404.
 */
export async function expectMissingSrc(
  el: LoadingElement,
  net: ReturnType<typeof controlledFetch>,
  response: Response = json({}, 404),
) {
  const errors = collect<KpiErrorDetail>(el, 'kpi-error');
  el.src = '/missing.json';
  (await net.call(1)).resolve(response);
  await el.updateComplete;
  expect(el.state).to.equal('error');
  expect(errors.map((e) => e.status)).to.deep.equal([404]);
  await expect(el).to.be.accessible();
}
