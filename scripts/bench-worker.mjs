// node scripts/bench-worker.mjs [--deals N]: a dashboard of several widgets under one
// <kpi-source src=...> over N deals (default 1,000,000, scripts/bench-data.mjs, seeded) in Debian's
// Chromium, once computed on the main thread and once with `worker`. For each it prints the longest
// main-thread task (PerformanceObserver 'longtask' entries, which start at 50 ms), the longest gap of a
// setTimeout(0) heartbeat (blocking below 50 ms too), the total blocking time and the time until every
// widget is ready. Needs the built files (`flock /tmp/build.lock npm run build`); run it as
// `flock /tmp/bench.lock node scripts/bench-worker.mjs`. It reports and always exits 0 (it is not a test).
//
// The worker run loads the built dist/cdn/kpi-elements.min.js and dist/cdn/kpi-worker.js as they ship.
// The main-thread run cannot: the page refuses a body over 50 MB (loadLimits), and N = 1M deals is
// about 250 MB of JSON. It runs the npm build of the same `npm run build` (dist/kpi-elements.js, Lit from
// node_modules) bundled by esbuild with that cap raised to the worker's 400 MB: what a page would get if
// it could read that much at all.
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = '/tmp/kpi-bench-worker';
const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const DEALS = Number(flag('--deals') ?? 1_000_000);
const DATA = join(WORK, `dashboard-${DEALS}.json`);

// ------------------------------------------------------------------------------------------ the data
/** Writes the dataset one record a line (as demo/data/company.json), never as one huge string. */
async function writeData() {
  const { generate } = await import('./bench-data.mjs');
  const data = generate(DEALS);
  // A dashboard's other kinds at their generated sizes, but leads capped at N/5: the 2N leads of the
  // generator would take the file past the longest string a browser can read a body into.
  data.leads = data.leads.slice(0, Math.floor(DEALS / 5));
  const out = createWriteStream(`${DATA}.part`);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{');
  const kinds = Object.keys(data);
  for (const [k, kind] of kinds.entries()) {
    await write(`\n"${kind}": [`);
    const rows = data[kind];
    for (let i = 0; i < rows.length; i++) await write(`${i ? ',' : ''}\n${JSON.stringify(rows[i])}`);
    await write(`\n]${k < kinds.length - 1 ? ',' : ''}`);
  }
  await write('\n}\n');
  out.end();
  await once(out, 'finish');
  const { renameSync } = await import('node:fs');
  renameSync(`${DATA}.part`, DATA);
  console.log(
    `wrote ${DATA}: ${kinds.map((k) => `${data[k].length} ${k}`).join(', ')}; ${(statSync(DATA).size / 1e6).toFixed(0)} MB`,
  );
}

if (args.includes('--write-data')) {
  await writeData();
  process.exit(0);
}

// ------------------------------------------------------------------------------------------ the pages
const PROBE = `// First script of the page: long tasks, a heartbeat, and when the widgets are ready.
window.__bench = { longtasks: [], maxGap: 0, done: false };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__bench.longtasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
let last = performance.now();
const tick = () => {
  const now = performance.now();
  window.__bench.maxGap = Math.max(window.__bench.maxGap, now - last);
  last = now;
  if (!window.__bench.done) setTimeout(tick, 0);
};
setTimeout(tick, 0);
`;

const READY = `// After the kit: every widget loaded, computed and rendered.
const source = document.querySelector('kpi-source');
await customElements.whenDefined('kpi-source');
// The kit is evaluated and its elements upgraded: later tasks are loading, computing and rendering.
window.__bench.kitReady = performance.now();
const widgets = [...source.children];
await Promise.all(widgets.map((w) => customElements.whenDefined(w.localName)));
await source.updateComplete;
await Promise.all(widgets.map((w) => w.updateComplete));
window.__bench.ready = performance.now();
window.__bench.states = widgets.map((w) => w.getAttribute('state'));
const part = (w, name) => w.shadowRoot.querySelector('[part~="' + name + '"]')?.textContent.replace(/\\s+/g, ' ').trim();
window.__bench.values = widgets.map((w) => part(w, 'value') ?? part(w, 'error'));
window.__bench.kinds = Object.keys(source.records ?? {});
// One more turn of the heartbeat after the last render, then stop it.
setTimeout(() => (window.__bench.done = true), 50);
`;

const WIDGETS = `
      <kpi-mrr></kpi-mrr>
      <kpi-win-rate></kpi-win-rate>
      <kpi-card kpi="average-deal-size"></kpi-card>
      <kpi-card kpi="pipeline-value"></kpi-card>
      <kpi-sales-per-rep></kpi-sales-per-rep>
      <kpi-new-leads></kpi-new-leads>`;

function page(kit, worker) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>bench: ${worker ? 'worker' : 'main thread'}</title>
    <script src="/bench/probe.js"></script>
    <script type="module" src="${kit}"></script>
    <script type="module" src="/bench/ready.js"></script>
  </head>
  <body>
    <kpi-source ${worker ? 'worker ' : ''}src="/bench/${DATA.split('/').pop()}" period="2025-06" currency="USD" time-zone="America/New_York">${WIDGETS}
    </kpi-source>
  </body>
</html>
`;
}

async function prepare() {
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(join(ROOT, 'dist/cdn/kpi-elements.min.js')) || !existsSync(join(ROOT, 'dist/cdn/kpi-worker.js'))) {
    console.log('dist/cdn is not built: run `flock /tmp/build.lock npm run build` first.');
    process.exit(0);
  }
  if (!existsSync(DATA)) {
    // Its own process with room for the generator's records.
    const run = spawnSync(
      process.execPath,
      ['--max-old-space-size=8000', fileURLToPath(import.meta.url), '--write-data', '--deals', String(DEALS)],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) {
      console.log(`generating the data failed (status ${run.status}).`);
      process.exit(0);
    }
  }
  writeFileSync(join(WORK, 'probe.js'), PROBE);
  writeFileSync(join(WORK, 'ready.js'), READY);
  // The main-thread kit: the npm build of the same `npm run build` (dist/kpi-elements.js and its chunks),
  // bundled with Lit by esbuild, its page cap on a body raised to the worker's.
  const esbuild = await import('esbuild');
  let raised = 0;
  await esbuild.build({
    entryPoints: [join(ROOT, 'dist/kpi-elements.js')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile: join(WORK, 'kpi-elements-main-thread.js'),
    logLevel: 'warning',
    plugins: [
      {
        name: 'raise-body-cap',
        setup(build) {
          build.onLoad({ filter: /[/\\]dist[/\\]chunks[/\\].*\.js$/ }, (file) => {
            const text = readFileSync(file.path, 'utf8');
            const out = text.replace(/bodyBytes: 50 \* 1024 \* 1024/, () => {
              raised++;
              return 'bodyBytes: 400 * 1024 * 1024';
            });
            return { contents: out, loader: 'js' };
          });
        },
      },
    ],
  });
  if (raised !== 1) console.log(`note: the page's body cap was raised ${raised} times in dist/chunks (expected 1).`);
  writeFileSync(join(WORK, 'main-thread.html'), page('/bench/kpi-elements-main-thread.js', false));
  writeFileSync(join(WORK, 'worker.html'), page('/dist/cdn/kpi-elements.min.js', true));
}

// ------------------------------------------------------------------------------------------ serving
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};

function serve() {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    const file = path.startsWith('/bench/') ? join(WORK, path.slice('/bench/'.length)) : join(ROOT, path);
    let size;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new Error('not a file');
      size = stat.size;
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

// ------------------------------------------------------------------------------------------ measuring
async function measure(browser, url) {
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warn' || m.type() === 'error') warnings.push(m.text());
  });
  page.on('pageerror', (e) => warnings.push(String(e)));
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 0 });
  await page.waitForFunction('window.__bench && window.__bench.done', { timeout: 30 * 60_000, polling: 1000 });
  const b = await page.evaluate('window.__bench');
  await page.close();
  const max = (tasks) => Math.max(0, ...tasks.map((t) => t.duration));
  // Tasks that start before the kit has run its module (evaluation, upgrades, first render) are its
  // startup, the same over any data; those after it are the data's loading, computing and rendering.
  const after = b.longtasks.filter((t) => t.start >= b.kitReady);
  return {
    ...b,
    longest: max(b.longtasks),
    startup: max(b.longtasks.filter((t) => t.start < b.kitReady)),
    loading: max(after),
    loadingCount: after.length,
    blocking: b.longtasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    wall: Date.now() - started,
    warnings,
  };
}

async function main() {
  await prepare();
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await serve();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    protocolTimeout: 30 * 60_000,
    args: [...CHROMIUM_ARGS, '--js-flags=--max-old-space-size=8000'],
  });
  const version = await browser.version();
  console.log(
    `bench-worker — ${version}, ${DEALS.toLocaleString('en-US')} deals (${(statSync(DATA).size / 1e6).toFixed(0)} MB JSON), ` +
      '6 widgets under one <kpi-source src>, period 2025-06',
  );
  const runs = [];
  for (const [mode, file] of [
    ['main thread', 'main-thread.html'],
    ['worker', 'worker.html'],
  ]) {
    try {
      runs.push({ mode, ...(await measure(browser, `${server.url}/bench/${file}`)) });
    } catch (e) {
      console.log(`${mode}: the run failed (${e.message}); continuing.`);
    }
  }
  await browser.close();
  server.close();

  const ms = (n) => (n > 0 ? n.toFixed(0) : '-');
  const rows = [
    [
      'mode',
      'ready (s)',
      'longest task (ms)',
      'startup',
      'loading',
      'long tasks',
      'blocking (ms)',
      'heartbeat gap (ms)',
      'records on page',
    ],
    ...runs.map((r) => [
      r.mode,
      (r.ready / 1000).toFixed(1),
      r.longtasks.length ? r.longest.toFixed(0) : '< 50 (none)',
      ms(r.startup),
      r.loadingCount ? r.loading.toFixed(0) : '< 50',
      String(r.longtasks.length),
      r.blocking.toFixed(0),
      r.maxGap.toFixed(0),
      r.kinds.join(' '),
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  for (const r of runs) {
    console.log(`${r.mode}: states ${r.states.join(' ')}; values ${r.values.join(' | ')}`);
    console.log(
      `${r.mode}: long tasks (start+duration ms) ${r.longtasks.map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`).join(', ') || 'none'}; kit ran by ${r.kitReady.toFixed(0)} ms`,
    );
    if (r.warnings.length) console.log(`${r.mode}: console: ${r.warnings.join(' / ')}`);
  }
  if (runs.length === 2) {
    const same = JSON.stringify(runs[0].values) === JSON.stringify(runs[1].values);
    console.log(`same values on both: ${same ? 'yes' : 'NO'}`);
  }
  const worker = runs.find((r) => r.mode === 'worker');
  if (worker) {
    const verdict = (n) => (n <= 50 ? 'met' : `not met (${n.toFixed(0)} ms)`);
    console.log(
      `goal (issue 7), no main-thread task over 50 ms with the worker: while loading and computing ${verdict(worker.loading)}; ` +
        `over the whole page, the kit's startup included, ${verdict(worker.longest)}`,
    );
  }
}

await main().catch((e) => console.log(`bench-worker failed: ${e.stack ?? e}`));
process.exit(0);
