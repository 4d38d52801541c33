// npm run size: min+gzip bytes of each public entry with every dependency it pulls in (what a user's
// bundler ships for `import 'kpi-elements/kpi-mrr.js'`), and of the CDN file. Figures only; budgets
// come with the performance work.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { entries } from '../rollup.config.mjs';

async function bundle(input) {
  const build = await rollup({
    input,
    plugins: [
      nodeResolve({ browser: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      terser({ format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es', inlineDynamicImports: true });
  await build.close();
  return output[0].code;
}

const rows = [];
const fmt = (n) => n.toLocaleString('en-US').padStart(9);
for (const [name, input] of Object.entries(entries())) {
  const code = await bundle(input);
  rows.push([`${name}.js (+ deps)`, Buffer.byteLength(code), gzipSync(code, { level: 9 }).length]);
}
const cdn = 'dist/cdn/kpi-elements.min.js';
if (existsSync(cdn)) {
  const code = readFileSync(cdn);
  rows.push(['cdn/kpi-elements.min.js', code.length, gzipSync(code, { level: 9 }).length]);
} else {
  rows.push(['cdn/kpi-elements.min.js (run npm run build)', 0, 0]);
}
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'entry'.padEnd(width)}  ${'min'.padStart(9)}  ${'gzip'.padStart(9)}`);
for (const [name, min, gz] of rows) console.log(`${name.padEnd(width)}  ${fmt(min)}  ${fmt(gz)}`);
