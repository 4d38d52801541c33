// Two builds (Shoelace's pattern): ESM per entry with lit, decimal.js and d3 external for npm users,
// and one minified, self-registering file with everything inlined for a <script type="module"> tag.
import { readdirSync, rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

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

const external = (id) => /^(lit|@lit\/|decimal\.js|d3-)/.test(id);
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true });

export default [
  {
    input: entries(),
    external,
    plugins: [cleanChunks(), nodeResolve(), ts()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  {
    input: 'src/kpi-elements.ts',
    plugins: [nodeResolve({ browser: true }), ts(), terser({ format: { comments: false } })],
    output: { file: 'dist/cdn/kpi-elements.min.js', format: 'es', inlineDynamicImports: true, sourcemap: true },
  },
];
