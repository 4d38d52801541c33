// npm test: engine tests (node:test) and component tests (@web/test-runner in Debian's Chromium),
// both in a time zone that is not UTC, then one closing line "N passed, N failed".
// Also writes that count to test-results/summary.json for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const TZ = process.env.KPI_TEST_TZ || 'America/Los_Angeles';
const only = process.argv[2]; // 'engine' | 'components' | undefined for both
mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };

if (only !== 'components') {
  // The engine tests include one on the built `kpi-elements/engine` export: build it when missing.
  if (!existsSync('dist/engine.js')) {
    spawnSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], { stdio: 'inherit' });
  }
  const files = readdirSync('test/engine')
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join('test/engine', f));
  const tap = 'test-results/engine.tap';
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ } },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(text)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(text)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail + (r.status !== 0 && fail === 0 ? 1 : 0);
  console.log(`engine: ${pass} passed, ${fail} failed (TZ=${TZ})`);
}

if (only !== 'engine') {
  const chrome = ensureChromium();
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
  totals.passed += c.passed;
  totals.failed += c.failed + (r.status !== 0 && c.failed === 0 ? 1 : 0);
  console.log(`components: ${c.passed} passed, ${c.failed} failed (TZ=${TZ}, ${chrome})`);
}

writeFileSync('test-results/summary.json', JSON.stringify(totals));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
