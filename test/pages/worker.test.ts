import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageEnvironment, STRICT_CSP } from './browser.js';
import { serve } from './server.js';

// <kpi-source worker> from the built CDN file, its worker dist/cdn/kpi-worker.js beside it, under the
// strict policy of issue 6 (default-src 'self' covers worker-src): zero violations, and every widget
// shows what the same widget computed on the page shows.

interface Card {
  tag: string;
  state: string | null;
  text: string;
  load?: string;
}

interface Outcome {
  violations: unknown[];
  sources: Record<string, { state: string | null; kinds: string[]; cards: Card[]; error?: string }>;
  fetched: string[];
}

// Page code goes in as text: tsx would otherwise add its own helpers to a function passed here.
const READ = `(async () => {
  const sources = [...document.querySelectorAll('kpi-source')];
  const loads = window.__loads;
  const errors = window.__errors;
  await Promise.all(sources.map((s) => customElements.whenDefined('kpi-source')));
  await Promise.all(sources.map((s) => s.updateComplete));
  const widgets = [...document.querySelectorAll('kpi-source > *')];
  await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName).then(() => w.updateComplete)));
  const text = (w) => (w.shadowRoot?.textContent ?? '').replace(/Updated[^\\n]*/g, '').replace(/\\s+/g, ' ').trim();
  return {
    violations: window.__violations,
    fetched: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    sources: Object.fromEntries(sources.map((s) => [s.id, {
      state: s.getAttribute('state'),
      kinds: Object.keys(s.records ?? {}).sort(),
      error: errors.get(s),
      cards: [...s.children].map((w) => ({ tag: w.localName, state: w.getAttribute('state'), text: text(w), load: loads.get(w) })),
    }])),
  };
})()`;

describe('<kpi-source worker> (built CDN file and dist/cdn/kpi-worker.js)', () => {
  const env = pageEnvironment(STRICT_CSP);

  it('computes in the worker what the page computes, with zero securitypolicyviolation events', async () => {
    const page = await env.browser.newPage();
    const errors: string[] = [];
    const warnings: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'warn') warnings.push(m.text());
    });
    await page.goto(`${env.url}/test/pages/worker.html`, { waitUntil: 'load' });
    const outcome = (await page.evaluate(READ)) as Outcome;
    assert.deepEqual(outcome.violations, []);
    assert.deepEqual(errors, []);
    const { worker, page: main } = outcome.sources;
    assert.equal(worker!.state, 'ready');
    // The page holds only the reps of the worker's records; the page-side source holds them all.
    assert.deepEqual(worker!.kinds, ['reps']);
    assert.ok(main!.kinds.includes('deals') && main!.kinds.includes('subscriptions'), main!.kinds.join());
    assert.ok(outcome.fetched.includes('/dist/cdn/kpi-worker.js'), outcome.fetched.join(' '));
    assert.equal(worker!.cards.length, 9);
    for (const [i, card] of worker!.cards.entries()) {
      const twin = main!.cards[i]!;
      assert.equal(card.state, 'ready', `${card.tag}: ${card.text}`);
      assert.equal(card.text, twin.text, card.tag);
      // The kpi-load detail (results, series, extras) is the same JSON: decimals revived exactly.
      assert.ok(card.load, card.tag);
      assert.equal(card.load, twin.load, card.tag);
    }
    assert.match(worker!.cards[0]!.text, /\$73,057\.78/);
    // Rep names come from the reps the worker sent back.
    assert.doesNotMatch(worker!.cards[4]!.text, /\brep-?\d/i);
    // A missing src fails the same way in the worker as on the page.
    const missing = outcome.sources['worker-missing']!;
    assert.equal(missing.state, 'error');
    assert.equal(missing.error, outcome.sources['page-missing']!.error);
    assert.match(missing.error ?? '', /HTTP 404/);
    assert.equal(missing.cards[0]!.text, outcome.sources['page-missing']!.cards[0]!.text);
    assert.deepEqual(warnings, []);
  });

  it('falls back to the main thread, with a console warning, where the worker file is missing', async () => {
    const page = await env.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warn') warnings.push(m.text());
    });
    await page.goto(`${env.url}/test/pages/worker-fallback.html`, { waitUntil: 'load' });
    const outcome = (await page.evaluate(READ)) as Outcome;
    assert.deepEqual(outcome.violations, []);
    const source = outcome.sources['missing-worker']!;
    assert.equal(source.state, 'ready');
    assert.ok(source.kinds.includes('deals'), source.kinds.join());
    assert.match(source.cards[0]!.text, /\$73,057\.78/);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(warnings[0]!, /kpi-worker-missing\.js did not load.*main thread/);
  });

  it("falls back to the main thread where the page's policy forbids workers (worker-src 'none')", async () => {
    const strict = await serve(process.cwd(), `${STRICT_CSP}; worker-src 'none'`);
    try {
      const page = await env.browser.newPage();
      const warnings: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'warn') warnings.push(m.text());
      });
      await page.goto(`${strict.url}/test/pages/worker.html`, { waitUntil: 'load' });
      const outcome = (await page.evaluate(READ)) as Outcome;
      // The violations are the refused workers themselves (one per <kpi-source worker>); the widgets are
      // computed on the page instead.
      assert.deepEqual(
        (outcome.violations as { directive: string; blocked: string }[]).map(
          (v) => `${v.directive} ${new URL(v.blocked).pathname}`,
        ),
        ['worker-src /dist/cdn/kpi-worker.js', 'worker-src /dist/cdn/kpi-worker.js'],
      );
      const worker = outcome.sources['worker']!;
      assert.equal(worker.state, 'ready');
      assert.ok(worker.kinds.includes('deals'), worker.kinds.join());
      for (const [i, card] of worker.cards.entries()) {
        assert.equal(card.text, outcome.sources['page']!.cards[i]!.text, card.tag);
      }
      assert.equal(warnings.length, 2, warnings.join('\n'));
      for (const w of warnings) assert.match(w, /kpi-worker\.js did not load.*main thread/);
    } finally {
      await strict.close();
    }
  });

  it('finds dist/kpi-worker.js from the npm build (dist/chunks/) with no worker-url', async () => {
    // The import map is an inline script: this page runs without the policy.
    const open = await serve(process.cwd());
    try {
      const page = await env.browser.newPage();
      const errors: string[] = [];
      const warnings: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'warn') warnings.push(m.text());
      });
      await page.goto(`${open.url}/test/pages/worker-npm.html`, { waitUntil: 'load' });
      const outcome = (await page.evaluate(READ)) as Outcome;
      assert.deepEqual(errors, []);
      assert.deepEqual(warnings, []);
      assert.ok(outcome.fetched.includes('/dist/kpi-worker.js'), outcome.fetched.join(' '));
      const { worker, page: main } = outcome.sources;
      assert.deepEqual(worker!.kinds, ['reps']);
      assert.deepEqual(
        worker!.cards.map((c) => [c.state, c.text, c.load]),
        main!.cards.map((c) => [c.state, c.text, c.load]),
      );
      assert.match(worker!.cards[0]!.text, /\$73,057\.78/);
    } finally {
      await open.close();
    }
  });
});
