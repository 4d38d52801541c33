// Two builds (Shoelace's pattern): ESM per entry with Lit and d3 external for npm users, and one minified,
// self-registering file with everything inlined for a <script type="module"> tag; plus the worker of
// <kpi-source worker> for each. Both bundle the decimal.js subset of scripts/decimal-subset.mjs and minify
// the text of Lit's css/html/svg templates (scripts/minify-literals.mjs).
import { readdirSync, rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { decimalSubset } from './scripts/decimal-subset.mjs';
import { minifyLiterals } from './scripts/minify-literals.mjs';

/** One entry per public module: the classes, the engine, and each `kpi-*.js` registration module. */
export function entries() {
  const widgets = {};
  for (const folder of readdirSync('src/components', { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = `src/components/${folder.name}`;
    // A widget folder `mrr` holds its registration module `kpi-mrr.ts`.
    const file = `kpi-${folder.name}.ts`;
    if (readdirSync(dir).includes(file)) widgets[`kpi-${folder.name}`] = `${dir}/${file}`;
  }
  return {
    index: 'src/components/index.ts',
    engine: 'src/engine/index.ts',
    'kpi-elements': 'src/kpi-elements.ts',
    ...widgets,
  };
}

// Rollup never deletes output: without this, chunks of earlier builds would be published with new ones.
const cleanChunks = () => ({
  name: 'clean-chunks',
  buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }),
});

// decimal.js is bundled (as the subset scripts/decimal-subset.mjs builds), Lit and d3 stay shared.
const external = (id) => /^(lit|@lit\/|d3-)/.test(id);
/** Options of the minified CDN file (and of `npm run size`, which measures what a bundler would ship). */
export const TERSER = { ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } };
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

export default [
  {
    input: entries(),
    external,
    // d3 modules declare themselves free of side effects: no bare `import 'd3-array'` where nothing is used.
    treeshake: { moduleSideEffects: (id, isExternal) => !(isExternal && id.startsWith('d3-')) },
    plugins: [cleanChunks(), nodeResolve(), ts(), minifyLiterals(), decimalSubset()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      // No bare `import './chunks/…'` lines for transitive dependencies: bundlers that honour
      // `sideEffects` would warn about each one.
      hoistTransitiveImports: false,
    },
  },
  {
    input: 'src/kpi-elements.ts',
    plugins: [nodeResolve({ browser: true }), ts(), minifyLiterals(), decimalSubset(), terser(TERSER)],
    output: { file: 'dist/cdn/kpi-elements.min.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  },
  // The Web Worker of <kpi-source worker>, self-contained in both builds (a worker resolves no bare
  // specifiers): dist/kpi-worker.js for the npm modules (their shared code in dist/chunks/ looks one folder
  // up), dist/cdn/kpi-worker.js next to the CDN file.
  {
    input: 'src/worker/kpi-worker.ts',
    plugins: [nodeResolve({ browser: true }), ts(), decimalSubset()],
    output: { file: 'dist/kpi-worker.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  },
  {
    input: 'src/worker/kpi-worker.ts',
    plugins: [nodeResolve({ browser: true }), ts(), decimalSubset(), terser(TERSER)],
    output: { file: 'dist/cdn/kpi-worker.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  },
];
