// Builds the demo as a static site (no dev server, whose injected inline scripts a strict Content
// Security Policy would block): one minified module built like the CDN file, the page, its stylesheet and the sample data.
// `node scripts/build-demo.mjs [out-dir]` (default test-results/demo-build; the page test serves it).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { TERSER } from '../rollup.config.mjs';
import { decimalSubset } from './decimal-subset.mjs';
import { minifyLiterals } from './minify-literals.mjs';

export async function buildDemo(out = 'test-results/demo-build') {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const bundle = await rollup({
    input: 'demo/demo.ts',
    plugins: [
      nodeResolve({ browser: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      minifyLiterals(),
      decimalSubset(),
      terser(TERSER),
    ],
    onwarn: () => {},
  });
  await bundle.write({ file: join(out, 'demo.js'), format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const page = readFileSync('demo/index.html', 'utf8');
  if (!page.includes('src="./demo.ts"')) throw new Error('demo/index.html no longer loads ./demo.ts');
  writeFileSync(join(out, 'index.html'), page.replace('src="./demo.ts"', 'src="./demo.js"'));
  cpSync('demo/demo.css', join(out, 'demo.css'));
  cpSync('demo/data', join(out, 'data'), { recursive: true });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`demo built in ${await buildDemo(process.argv[2])}`);
