// Page-load benchmark (issue 7): the demo dashboard built as it ships (one minified module, the sample
// company as JSON; scripts/build-demo.mjs), served from loopback and opened in Debian's Chromium with a cold
// cache, RUNS times at full speed and RUNS times with the CPU slowed 4× (a mid-range phone). Reports medians
// of first contentful paint, the time until every widget has settled (`state` ready, empty or error: none
// left loading), and the longest main-thread task (Long Tasks API). Figures only; exits 0.
// Run: `node --import tsx scripts/bench-page.mjs` (npm run bench runs it), after `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemo } from './build-demo.mjs';
import { launch } from '../test/pages/browser.ts';
import { serve } from '../test/pages/server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// Installed before the page's own scripts: records paint and long tasks, and the moment the last widget
// settles. Widgets reflect their state into the `state` attribute.
const PROBE = `
  window.__bench = { longest: 0, tasks: 0, settledAt: undefined, widgets: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { window.__bench.tasks++; window.__bench.longest = Math.max(window.__bench.longest, e.duration); }
  }).observe({ type: 'longtask', buffered: true });
  const settled = () => {
    const all = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('kpi-') && e.localName !== 'kpi-source');
    if (all.length === 0 || all.some((e) => !['ready', 'empty', 'error', 'stale'].includes(e.getAttribute('state') ?? ''))) return;
    if (window.__bench.settledAt === undefined) { window.__bench.settledAt = performance.now(); window.__bench.widgets = all.length; }
  };
  new MutationObserver(settled).observe(document, { subtree: true, attributes: true, attributeFilter: ['state'] });
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(browser, url, throttle) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.setViewport({ width: 1280, height: 900 });
  if (throttle > 1) await page.emulateCPUThrottling(throttle);
  await page.evaluateOnNewDocument(PROBE);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__bench.settledAt !== undefined', { timeout: 60_000, polling: 50 });
  // Let the Long Tasks observer deliver the last entries.
  await new Promise((r) => setTimeout(r, 300));
  const r = await page.evaluate(`({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    settled: window.__bench.settledAt,
    longest: window.__bench.longest,
    tasks: window.__bench.tasks,
    widgets: window.__bench.widgets,
    bytes: performance.getEntriesByType('resource').reduce((a, e) => a + (e.transferSize || 0), 0)
      + (performance.getEntriesByType('navigation')[0]?.transferSize ?? 0),
  })`);
  await page.close();
  return r;
}

const dir = mkdtempSync(join(tmpdir(), 'kpi-bench-page-'));
try {
  await buildDemo(dir);
  const server = await serve(dir);
  const browser = await launch();
  try {
    console.log(
      `page load of the demo dashboard (built), median of ${RUNS} cold loads, Chromium ${await browser.version()}`,
    );
    console.log('CPU        widgets  FCP ms  all settled ms  longest task ms  long tasks  bytes');
    for (const throttle of [1, 4]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, `${server.url}/index.html`, throttle));
      const m = (k) => median(runs.map((r) => r[k]));
      console.log(
        `${(throttle === 1 ? 'full' : `${throttle}× slower`).padEnd(10)} ${String(runs[0].widgets).padStart(7)}  ` +
          `${m('fcp').toFixed(0).padStart(6)}  ${m('settled').toFixed(0).padStart(14)}  ${m('longest').toFixed(0).padStart(15)}  ` +
          `${String(m('tasks')).padStart(10)}  ${String(runs[0].bytes).padStart(6)}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
