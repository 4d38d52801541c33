// Builds the framework examples (examples/react, vue, svelte) as a user would: `npm ci` from each
// example's lockfile, then `npm run build` (Vite; React also type-checks its JSX with tsc). Each links
// the repository's package (`"kpi-elements": "file:../.."`), so run `npm run build` in the root first.
// test/pages/examples-frameworks.test.ts then opens each examples/<fw>/dist in Chromium.
// `node scripts/examples.mjs [react|vue|svelte ...]` builds only those.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ALL = ['react', 'vue', 'svelte'];
const chosen = process.argv.slice(2);
const unknown = chosen.filter((fw) => !ALL.includes(fw));
if (unknown.length) {
  console.error(`No example named ${unknown.join(', ')}; the examples are ${ALL.join(', ')}.`);
  process.exit(2);
}
const examples = chosen.length ? chosen : ALL;

const missing = ['dist/kpi-mrr.js', 'dist/kpi-cac-by-channel.js', 'dist/index.d.ts'].filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`examples: ${missing.join(', ')} missing: run \`npm run build\` in the root first.`);
  process.exit(1);
}
// The JSX types come from custom-elements.json; writing them takes milliseconds, so a build made before
// the types existed still serves the React example.
if (!existsSync('dist/react.d.ts') || !existsSync('dist/vue.d.ts')) {
  spawnSync(process.execPath, ['scripts/framework-types.mjs'], { stdio: 'inherit' });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];
let failed = false;
const started = performance.now();
for (const fw of examples) {
  const cwd = `examples/${fw}`;
  for (const [step, args] of [
    ['npm ci', ['ci', '--prefer-offline', '--no-audit', '--no-fund']],
    ['npm run build', ['run', 'build']],
  ]) {
    const t0 = performance.now();
    console.log(`\n-- ${cwd}: ${step}`);
    const r = spawnSync(npm, args, { cwd, stdio: 'inherit', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } });
    const seconds = (performance.now() - t0) / 1000;
    timings.push({ example: fw, step, seconds: Number(seconds.toFixed(1)), ok: r.status === 0 });
    if (r.status !== 0) {
      console.error(`${cwd}: ${step} failed (exit ${r.status ?? r.signal}).`);
      failed = true;
      break;
    }
  }
}
console.log('');
console.table(timings);
console.log(`examples: ${((performance.now() - started) / 1000).toFixed(1)} s in all${failed ? ', FAILED' : ''}`);
process.exit(failed ? 1 : 0);
