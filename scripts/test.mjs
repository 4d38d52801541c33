// npm test: builds dist/ (the engine export and the CDN bundle are tested as users load them), then runs
// engine tests (node:test), component tests (@web/test-runner) and page tests (node:test driving the
// built files in Debian's Chromium), all in a time zone that is not UTC, and ends with one line
// "N passed, N failed" (also written to test-results/summary.json for .ci/run).
// `npm test -- engine|components|pages` runs one group.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const TZ = process.env.KPI_TEST_TZ || 'America/Los_Angeles';
const only = process.argv[2];
const runs = (group) => !only || only === group;
mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };
const add = (group, passed, failed, status, note) => {
  // A runner that exits non-zero without a failing test (a crash, a file that does not load) counts once.
  const extra = status !== 0 && failed === 0 ? 1 : 0;
  totals.passed += passed;
  totals.failed += failed + extra;
  console.log(`${group}: ${passed} passed, ${failed + extra} failed (${note})`);
};

/** node:test over a folder, counting from its TAP report. */
function nodeTests(group, env) {
  const files = readdirSync(`test/${group}`)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(`test/${group}`, f));
  const tap = `test-results/${group}.tap`;
  const reporters = [
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
  ];
  const setup = ['--import', 'tsx', '--import', './test/fast-check-setup.mjs'];
  const r = spawnSync(process.execPath, [...setup, '--test', ...reporters, ...files], {
    stdio: 'inherit',
    env,
  });
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  return {
    r,
    pass: Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0),
    fail: Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0),
  };
}

if (runs('engine') || runs('pages')) {
  const build = spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) add('build', 0, 0, 1, 'rollup failed');
}

if (runs('engine')) {
  const { r, pass, fail } = nodeTests('engine', { ...process.env, TZ });
  add('engine', pass, fail, r.status, `TZ=${TZ}`);
}

const chrome = runs('components') || runs('pages') ? ensureChromium() : undefined;

if (runs('components')) {
  const counts = 'test-results/components.json';
  writeFileSync(counts, JSON.stringify({ passed: 0, failed: 0 }));
  const r = spawnSync(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'],
    {
      stdio: 'inherit',
      env: { ...process.env, TZ, CHROME_PATH: chrome, KPI_WTR_COUNTS: counts },
    },
  );
  const c = JSON.parse(readFileSync(counts, 'utf8'));
  add('components', c.passed, c.failed, r.status, `TZ=${TZ}, ${chrome}`);
}

if (runs('pages')) {
  const { r, pass, fail } = nodeTests('pages', { ...process.env, TZ, CHROME_PATH: chrome });
  add('pages', pass, fail, r.status, `built files in ${chrome}`);
}

writeFileSync('test-results/summary.json', JSON.stringify(totals));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
