import { expect, fixtureSync, html } from '@open-wc/testing';
import { clock } from '../../src/components/base/clock.js';
import { loadLimits } from '../../src/components/base/load.js';
import { refreshDelay } from '../../src/components/base/poll.js';
import type { KpiMrr } from '../../src/components/mrr/mrr.js';
import '../../src/components/mrr/kpi-mrr.js';
import type { KpiSource } from '../../src/components/source/source.js';
import '../../src/components/source/kpi-source.js';
import { collect, company, companyCsv, controlledFetch, json, partText, type KpiErrorDetail } from './helpers.js';

/**
 * Faults of `src`: timeouts, aborts, answers out of order, bad answers, oversized bodies and polling.
 * Time is the widgets' clock, replaced here by one the test moves: no test waits on a real timer.
 */

/** The widgets' clock with timers that run only when the test advances time. */
function fakeClock(iso: string) {
  const saved = { ...clock };
  let now = Date.parse(iso);
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  clock.now = () => now;
  clock.setTimeout = (fn, ms) => {
    timers.set(++id, { at: now + ms, fn });
    return id;
  };
  clock.clearTimeout = (handle) => void timers.delete(handle as number);
  return {
    timers,
    /** Moves time on by `ms`, running each timer that falls due, in order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
    /** Milliseconds until the next timer falls due. */
    nextIn() {
      return Math.min(...[...timers.values()].map((t) => t.at)) - now;
    },
    /** Lets pending promise callbacks run (a poller schedules its next timer after a refresh settles). */
    async settle() {
      for (let i = 0; i < 50; i++) await null;
    },
    restore() {
      Object.assign(clock, saved);
    },
  };
}

/** The company's May 2025 MRR is $109.50; with c1 paying 59.50 instead it is $119.50. */
const dearer = () => {
  const d = company();
  d.subscriptions[0]!.amount = '59.50';
  return d;
};

const card = (src = '/company.json', extra = '') => {
  const el = fixtureSync<KpiMrr>(html`<kpi-mrr src=${src} period="2025-05" time-zone="UTC"></kpi-mrr>`);
  if (extra) el.setAttribute('refresh-interval', extra);
  return el;
};

describe('src faults', () => {
  let net: ReturnType<typeof controlledFetch>;
  let time: ReturnType<typeof fakeClock>;
  beforeEach(() => {
    net = controlledFetch();
    time = fakeClock('2025-06-15T12:00:00Z');
  });
  afterEach(() => {
    net.restore();
    time.restore();
    loadLimits.bodyBytes = 50 * 1024 * 1024;
  });

  it('a fetch that does not answer within 15 s is aborted: error state and kpi-error {attribute: "src"}', async () => {
    const el = card();
    const errors = collect<KpiErrorDetail>(el, 'kpi-error');
    const call = await net.call(0);
    time.advance(14_999);
    expect(call.signal!.aborted).to.equal(false);
    time.advance(1);
    expect(call.signal!.aborted).to.equal(true);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal('Could not load data /company.json did not answer within 15 s.');
    expect(errors.map((e) => [e.attribute, e.message])).to.deep.equal([
      ['src', '/company.json did not answer within 15 s.'],
    ]);
  });

  it('timeout="2" gives up after 2 s, also while the body is still arriving; an answer in time clears the timer', async () => {
    const el = card();
    el.timeout = 2;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      cancel() {
        cancelled = true;
      },
    });
    (await net.call(0)).resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    await time.settle();
    time.advance(2_000);
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal('Could not load data /company.json did not answer within 2 s.');
    expect(cancelled).to.equal(true);

    el.src = '/again.json';
    (await net.call(1)).resolve(json(company()));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$109.50');
    expect(time.timers.size).to.equal(0);
  });

  it('removing the card aborts its fetch without an error; put back, it fetches again', async () => {
    const el = card();
    const errors = collect<KpiErrorDetail>(el, 'kpi-error');
    const first = await net.call(0);
    const parent = el.parentElement!;
    el.remove();
    expect(first.signal!.aborted).to.equal(true);
    await el.updateComplete;
    parent.append(el);
    (await net.call(1)).resolve(json(company()));
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(partText(el, 'value')).to.equal('$109.50');
    expect(errors).to.deep.equal([]);
    expect(time.timers.size).to.equal(0);
  });

  it('a period change recomputes from the records already fetched: one fetch call', async () => {
    const el = card();
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    el.period = '2025-04';
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$209.50');
    expect(net.calls.length).to.equal(1);
  });

  it('the latest src wins: answers arriving out of order show only the newer data', async () => {
    const el = card('/old.json');
    const old = await net.call(0);
    el.src = '/new.json';
    const fresh = await net.call(1);
    expect(old.signal!.aborted).to.equal(true);
    fresh.resolve(json(dearer()));
    await el.updateComplete;
    old.resolve(json(company()));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$119.50');
  });

  it('the latest refresh wins: two refreshes answered in reverse order show the second', async () => {
    const el = card();
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    void el.refresh();
    const first = await net.call(1);
    const done = el.refresh();
    const second = await net.call(2);
    second.resolve(json(dearer()));
    first.resolve(json(company()));
    await done;
    expect(partText(el, 'value')).to.equal('$119.50');
    expect(el.result!.value!.toString()).to.equal('119.5');
  });

  it('an HTTP error is the error state with the status in the message and in kpi-error', async () => {
    const el = card();
    const errors = collect<KpiErrorDetail>(el, 'kpi-error');
    (await net.call(0)).resolve(new Response('nope', { status: 404, statusText: 'Not Found' }));
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal('Could not load data /company.json answered HTTP 404 Not Found.');
    expect(errors.map((e) => e.status)).to.deep.equal([404]);
  });

  it('a body that does not parse is the error state naming the URL', async () => {
    const el = card();
    (await net.call(0)).resolve(
      new Response('{"subscriptions": [', { headers: { 'content-type': 'application/json' } }),
    );
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data /company.json is not valid JSON (Unexpected end of JSON input).',
    );
  });

  it('CSV is read by a text/csv content type, by a .csv path, and by src-kind when the body is not JSON', async () => {
    const t = async (src: string, type: string | undefined) => {
      const el = card(src);
      el.srcKind = 'subscriptions';
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      (await net.call(net.calls.length)).resolve(new Response(companyCsv, { headers }));
      await el.updateComplete;
      expect(partText(el, 'value'), src).to.equal('$109.50');
      el.remove();
    };
    await t('/export?format=1', 'text/csv; charset=utf-8');
    await t('/exports/company.csv?v=2', 'application/octet-stream');
    await t('/api/subscriptions', 'text/plain');
  });

  it('a body whose Content-Length says 60 MB is refused before it is read', async () => {
    const el = card('/big.json');
    const errors = collect<KpiErrorDetail>(el, 'kpi-error');
    (await net.call(0)).resolve(
      new Response('{}', { headers: { 'content-type': 'application/json', 'content-length': String(60 * 2 ** 20) } }),
    );
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data /big.json is 60 MB, more than the 50 MB a widget reads: serve a smaller extract, or aggregate first.',
    );
    expect(errors.map((e) => e.attribute)).to.deep.equal(['src']);
  });

  it('a streamed body without Content-Length is counted while read and cancelled past the limit', async () => {
    loadLimits.bodyBytes = 1024;
    const el = card('/big.json');
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(600).fill(32));
      },
      cancel() {
        cancelled = true;
      },
    });
    (await net.call(0)).resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(partText(el, 'error')).to.equal(
      'Could not load data /big.json is more than the 1 KB a widget reads: serve a smaller extract, or aggregate first.',
    );
    expect(cancelled).to.equal(true);
    expect(pulled).to.be.below(5);
  });

  it('credentials and headers come only from .fetchOptions: a fetch-options attribute does nothing', async () => {
    const el = fixtureSync<KpiMrr>(
      html`<kpi-mrr
        src="/company.json"
        fetch-options='{"credentials":"include","headers":{"authorization":"Bearer x"}}'
      ></kpi-mrr>`,
    );
    const call = await net.call(0);
    expect(el.fetchOptions).to.deep.equal({ credentials: 'same-origin' });
    expect(call.init!.credentials).to.equal('same-origin');
    expect(call.init!.headers).to.equal(undefined);
    call.resolve(json(company()));
    await el.updateComplete;
    el.fetchOptions = { credentials: 'include', headers: { authorization: 'Bearer y' } };
    const again = await net.call(1);
    expect(again.init!.credentials).to.equal('include');
    expect(again.init!.headers).to.deep.equal({ authorization: 'Bearer y' });
  });
});

describe('refresh-interval', () => {
  let net: ReturnType<typeof controlledFetch>;
  let time: ReturnType<typeof fakeClock>;
  beforeEach(() => {
    net = controlledFetch();
    time = fakeClock('2025-06-15T12:00:00Z');
  });
  afterEach(() => {
    net.restore();
    time.restore();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  const visibility = (state: 'hidden' | 'visible') => {
    Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  };

  it('refreshDelay() raises intervals under 5 s to 5 s, doubles after each failure and stops at 5 minutes', () => {
    expect(refreshDelay(undefined, 0)).to.equal(undefined);
    expect(refreshDelay(0, 0)).to.equal(undefined);
    expect(refreshDelay(Number.NaN, 0)).to.equal(undefined);
    expect(refreshDelay(1, 0)).to.equal(5_000);
    expect([0, 1, 2, 3, 4, 5, 6].map((f) => refreshDelay(30, f))).to.deep.equal([
      30_000, 60_000, 120_000, 240_000, 300_000, 300_000, 300_000,
    ]);
    expect(refreshDelay(600, 2)).to.equal(600_000);
  });

  it('fetches again every interval, and a failed refresh keeps the value, stale with its age', async () => {
    const el = card('/company.json', '60');
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    await time.settle();
    time.advance(59_999);
    await time.settle();
    expect(net.calls.length).to.equal(1);
    time.advance(1);
    (await net.call(1)).resolve(json(dearer()));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$119.50');
    await time.settle();
    time.advance(60_000);
    (await net.call(2)).resolve(new Response('', { status: 502, statusText: 'Bad Gateway' }));
    await el.updateComplete;
    expect(el.state).to.equal('stale');
    expect(partText(el, 'value')).to.equal('$119.50');
    expect(partText(el, 'stale')).to.equal('Could not refresh; showing the last loaded value (updated 1 minute ago)');
  });

  it('backs off after failures (60 s, then 120 s, 240 s) and returns to the interval after a success', async () => {
    const el = card('/company.json', '30');
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    const waits: number[] = [];
    let last = clock.now();
    const next = async (answer: Response) => {
      await time.settle();
      const n = net.calls.length;
      time.advance(time.nextIn());
      waits.push((clock.now() - last) / 1000);
      last = clock.now();
      (await net.call(n)).resolve(answer);
      await el.updateComplete;
    };
    await next(new Response('', { status: 503 }));
    await next(new Response('', { status: 503 }));
    await next(new Response('', { status: 503 }));
    expect(el.state).to.equal('stale');
    await next(json(company()));
    expect(el.state).to.equal('ready');
    await next(json(company()));
    expect(waits).to.deep.equal([30, 60, 120, 240, 30]);
  });

  it('refresh-interval="1" polls every 5 s', async () => {
    const el = card('/company.json', '1');
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    await time.settle();
    time.advance(4_999);
    await time.settle();
    expect(net.calls.length).to.equal(1);
    time.advance(1);
    expect((await net.call(1)).url).to.equal('/company.json');
  });

  it('pauses while the page is hidden and refreshes once it is visible again', async () => {
    const el = card('/company.json', '10');
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    await time.settle();
    visibility('hidden');
    time.advance(60_000);
    await time.settle();
    expect(net.calls.length).to.equal(1);
    visibility('visible');
    (await net.call(1)).resolve(json(dearer()));
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$119.50');
  });

  it('stops when the card leaves the page or loses its src', async () => {
    const el = card('/company.json', '10');
    (await net.call(0)).resolve(json(company()));
    await el.updateComplete;
    await time.settle();
    expect(time.timers.size).to.equal(1);
    el.remove();
    expect(time.timers.size).to.equal(0);
    document.body.append(el);
    await el.updateComplete;
    await time.settle();
    expect(time.timers.size).to.equal(1);
    el.removeAttribute('src');
    el.data = company();
    await el.updateComplete;
    await time.settle();
    expect(time.timers.size).to.equal(0);
    el.remove();
  });

  it('<kpi-source src refresh-interval> polls once for the elements inside, with the same timeout', async () => {
    const source = fixtureSync<KpiSource>(
      html`<kpi-source src="/company.json" refresh-interval="20" period="2025-05" time-zone="UTC">
        <kpi-mrr></kpi-mrr>
      </kpi-source>`,
    );
    const el = source.querySelector('kpi-mrr')!;
    (await net.call(0)).resolve(json(company()));
    await source.updateComplete;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$109.50');
    await time.settle();
    time.advance(20_000);
    (await net.call(1)).resolve(json(dearer()));
    await source.updateComplete;
    await el.updateComplete;
    expect(partText(el, 'value')).to.equal('$119.50');
    await time.settle();
    time.advance(20_000);
    await net.call(2);
    time.advance(15_000);
    await source.updateComplete;
    await el.updateComplete;
    expect(source.state).to.equal('stale');
    expect(el.state).to.equal('stale');
    expect(el.shadowRoot!.querySelector('[part~="stale"]')!.getAttribute('title')).to.equal(
      '/company.json did not answer within 15 s.',
    );
    expect(net.calls.length).to.equal(3);
  });
});
