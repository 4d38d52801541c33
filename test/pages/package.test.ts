import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';

// The package as npm publishes it: `npm pack` once (into a temporary folder), then its file list is
// checked and the tarball is installed into a fresh project that imports `kpi-elements/engine` in Node.

interface Pkg {
  name: string;
  version: string;
  scripts: Record<string, string>;
  types?: string;
  exports: Record<string, string | Record<string, string>>;
  customElements?: string;
  'web-types'?: string;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Pkg;
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { declarations?: { tagName?: string }[] }[];
};
const TAGS = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));

/** A child npm that takes nothing from an npm running this test (`npm test` exports its prefix, among others). */
function npm(args: string[], cwd: string): string {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^npm_/i.test(k) || /^npm_config_(cache|userconfig|registry)$/i.test(k),
    ),
  );
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Relative imports of an ES module (static and dynamic), resolved against its own path. */
function relativeImports(path: string, text: string): string[] {
  const found = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)];
  return found.map((m) => posix.normalize(posix.join(posix.dirname(path), m[1]!)));
}

describe('npm pack', () => {
  let dir: string;
  let files: string[];
  let tarball: string;
  let app: string | undefined;
  const took: Record<string, number> = {};
  const time = <T>(step: string, run: () => T): T => {
    const start = performance.now();
    try {
      return run();
    } finally {
      took[step] = Math.round(performance.now() - start);
    }
  };

  before(() => {
    // `npm test` builds dist/ with rollup only; the declarations and IDE data come from the rest of
    // `npm run build`, which CI runs first. Make them here when missing (about 3 s), never rollup again:
    // other page tests read the built JavaScript meanwhile.
    if (!existsSync('dist/types/components/index.d.ts') || !existsSync('dist/index.d.ts')) {
      time('tsc', () => {
        execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'pipe' });
        execFileSync(process.execPath, ['scripts/types-entry.mjs'], { stdio: 'pipe' });
      });
    }
    if (!existsSync('dist/web-types.json') || !existsSync('dist/vscode.html-custom-data.json')) {
      time('ide-data', () => execFileSync(process.execPath, ['scripts/ide-data.mjs'], { stdio: 'pipe' }));
    }
    dir = mkdtempSync(join(tmpdir(), 'kpi-pack-'));
    const [packed] = time(
      'npm pack',
      () =>
        JSON.parse(npm(['pack', '--json', '--pack-destination', dir], process.cwd())) as [
          { filename: string; files: { path: string }[] },
        ],
    );
    files = packed!.files.map((f) => f.path).sort();
    tarball = join(dir, packed!.filename);
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.log(`package test steps (ms): ${JSON.stringify(took)}`);
  });

  it('holds every entry point, each registration module, the CDN file, declarations, IDE data and docs', () => {
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/engine.js',
      'dist/engine.d.ts',
      'dist/kpi-elements.js',
      'dist/kpi-elements.d.ts',
      'dist/cdn/kpi-elements.min.js',
      'dist/types/components/index.d.ts',
      'dist/types/engine/index.d.ts',
      'dist/types/kpi-elements.d.ts',
      'dist/types/components/mrr/kpi-mrr.d.ts',
      'dist/vscode.html-custom-data.json',
      'dist/web-types.json',
      ...TAGS.flatMap((tag) => [`dist/${tag}.js`, `dist/${tag}.d.ts`]),
    ];
    assert.equal(TAGS.length, 18);
    assert.deepEqual(
      expected.filter((f) => !files.includes(f)),
      [],
      'missing from the package',
    );
  });

  it('holds every file that package.json points to', () => {
    const problems: string[] = [];
    if (pkg.customElements !== 'custom-elements.json') problems.push(`customElements: ${pkg.customElements}`);
    if (pkg['web-types'] !== './dist/web-types.json') problems.push(`web-types: ${pkg['web-types']}`);
    // The build is what makes the declarations and IDE data, so a published package always has them.
    if (!/tsc -p tsconfig\.json/.test(pkg.scripts.build ?? '')) problems.push('build: no tsc');
    if (!/scripts\/ide-data\.mjs/.test(pkg.scripts.build ?? '')) problems.push('build: no scripts/ide-data.mjs');
    const fields: [string, string | undefined][] = [
      ['types', pkg.types],
      ['customElements', pkg.customElements],
      ['web-types', pkg['web-types']],
      ...Object.entries(pkg.exports).flatMap(([key, t]) =>
        typeof t === 'string'
          ? [[key, t] as [string, string]]
          : Object.entries(t).map(([condition, v]) => [`${key} ${condition}`, v] as [string, string]),
      ),
    ];
    for (const [field, value] of fields) {
      const target = value?.replace(/^\.\//, '');
      if (!target) continue;
      // `"./kpi-*.js": "./dist/kpi-*.js"`: the star stands for what follows `kpi-` in each tag.
      const wanted = target.includes('*') ? TAGS.map((tag) => target.replace('*', tag.slice('kpi-'.length))) : [target];
      for (const file of wanted) if (!files.includes(file)) problems.push(`${field}: ${file} is not in the package`);
    }
    assert.deepEqual(problems, []);
  });

  it('holds no tests, stories, examples, demo, scripts or stale chunks', () => {
    const unwanted = files.filter(
      (f) =>
        /^(test|stories|examples|demo|scripts|storybook-static|test-results|coverage|\.ci)\//.test(f) ||
        /\.(test|spec|stories)\.[cm]?[jt]sx?$/.test(f),
    );
    assert.deepEqual(unwanted, []);
    // rollup does not empty dist/chunks: a chunk that no entry imports is left from an earlier build.
    const entries = files.filter((f) => /^dist\/[^/]+\.js$/.test(f));
    const reached = new Set(entries);
    const queue = [...entries];
    while (queue.length) {
      const file = queue.pop()!;
      for (const next of relativeImports(file, readFileSync(file, 'utf8'))) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    const chunks = files.filter((f) => f.startsWith('dist/chunks/') && f.endsWith('.js'));
    assert.ok(chunks.length > 0);
    assert.deepEqual(
      chunks.filter((c) => !reached.has(c)),
      [],
      'chunks no entry imports (stale from an earlier build: delete dist/chunks and build again)',
    );
    assert.deepEqual(
      [...reached].filter((f) => !files.includes(f)),
      [],
      'imported by an entry but not in the package',
    );
  });

  it('installs into a fresh project, where kpi-elements/engine computes and kpi-mrr.js resolves', () => {
    const project = join(dir, 'app');
    mkdirSync(project);
    npm(['init', '-y'], project);
    const appPkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ ...appPkg, type: 'module' }, null, 2));
    // lit, @lit/*, decimal.js and d3-* come from the cache that `npm ci` filled.
    time('npm install', () => npm(['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], project));

    // Node resolves the package's exports as a user's code would; the widgets are resolved, not run
    // (they need a DOM).
    const script = `
      const m = await import('kpi-elements/engine');
      const mrr = m.computeSummary('mrr', { payingCustomers: '120', arpa: '49.50' });
      console.log(JSON.stringify({
        mrr: mrr.value.toString(),
        kpis: m.listKpis().length,
        resolved: ['kpi-elements', 'kpi-elements/kpi-mrr.js', 'kpi-elements/kpi-elements.js', 'kpi-elements/cdn/kpi-elements.min.js', 'kpi-elements/custom-elements.json']
          .map((s) => import.meta.resolve(s).replace(/^.*\\/node_modules\\//, '')),
      }));`;
    const out = time('node import', () =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' }),
    );
    assert.deepEqual(JSON.parse(out), {
      mrr: '5940',
      kpis: 28,
      resolved: [
        'kpi-elements/dist/index.js',
        'kpi-elements/dist/kpi-mrr.js',
        'kpi-elements/dist/kpi-elements.js',
        'kpi-elements/dist/cdn/kpi-elements.min.js',
        'kpi-elements/custom-elements.json',
      ],
    });
    assert.ok(existsSync(join(project, 'node_modules/kpi-elements/dist/kpi-mrr.js')));
    assert.ok(existsSync(join(project, 'node_modules/decimal.js/package.json')), 'dependencies installed with it');
    app = project;
  });

  // A TypeScript user's view of the installed package, under both resolutions users meet: a bundler's
  // (Vite, webpack) and Node's own (`nodenext`). Each `@ts-expect-error` fails the check if a type
  // silently becomes `any`, which `skipLibCheck` would otherwise hide.
  it('types the installed package for TypeScript users, with bundler and nodenext resolution', (t) => {
    if (!app) return t.skip('needs the installed project of the previous test');
    writeFileSync(
      join(app, 'check.ts'),
      `import { KpiMrr as FromRoot, type KpiLoadEvent } from 'kpi-elements';
import { computeSummary, listKpis, type KpiId, type KpiResult } from 'kpi-elements/engine';
import { KpiMrr } from 'kpi-elements/kpi-mrr.js';
import 'kpi-elements/kpi-elements.js';

const id: KpiId = 'mrr';
const result: KpiResult = computeSummary(id, { payingCustomers: '120', arpa: '49.50' });
export const text: string | undefined = result.value?.toFixed(2);
// @ts-expect-error: the value is a Decimal or null, not a number
export const wrong: number = result.value;
// @ts-expect-error: KPI ids are a closed union
computeSummary('no-such-kpi', {});
export const count: number = listKpis().length;
const el: KpiMrr = document.createElement('kpi-mrr');
el.payingCustomers = '120';
// @ts-expect-error: theme is 'light' | 'dark' | 'auto'
el.theme = 'sepia';
el.addEventListener('kpi-load', (e: KpiLoadEvent) => e.detail);
export const same: typeof FromRoot = KpiMrr;
`,
    );
    const problems: string[] = [];
    for (const [resolution, module] of [
      ['bundler', 'esnext'],
      ['nodenext', 'nodenext'],
    ]) {
      const config = join(app, `tsconfig.${resolution}.json`);
      const compilerOptions = {
        target: 'es2022',
        module,
        moduleResolution: resolution,
        strict: true,
        noEmit: true,
        lib: ['es2023', 'dom'],
        types: [],
        skipLibCheck: false,
      };
      writeFileSync(config, JSON.stringify({ compilerOptions, files: ['check.ts'] }));
      const tsc = join(process.cwd(), 'node_modules/typescript/bin/tsc');
      try {
        time(`tsc ${resolution}`, () =>
          execFileSync(process.execPath, [tsc, '-p', config], { cwd: app, encoding: 'utf8' }),
        );
      } catch (e) {
        const out = (e as { stdout?: string }).stdout ?? String(e);
        problems.push(
          ...out
            .split('\n')
            .filter((l) => /error TS/.test(l))
            .map((l) => `${resolution}: ${l.trim()}`),
        );
      }
    }
    assert.deepEqual(problems, []);
  });
});
