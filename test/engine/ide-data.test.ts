import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// scripts/ide-data.mjs turns custom-elements.json into editor hints; every tag and attribute of the
// manifest must reach both files, so an IDE never offers less than the elements accept.
interface ManifestElement {
  tagName: string;
  attributes?: { name: string; type?: { text: string } }[];
  events?: { name: string }[];
}
interface VsCodeTag {
  name: string;
  description: { kind: string; value: string };
  attributes: { name: string; values?: { name: string }[]; valueSet?: string }[];
}
interface WebTypesElement {
  name: string;
  description: string;
  source: { symbol: string };
  attributes: { name: string; value: { kind: string; type?: string }; values?: { name: string }[] }[];
  js: { properties: { name: string; type?: string }[]; events: { name: string }[] };
  css: { properties: { name: string }[]; parts: { name: string }[] };
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const manifest = read('custom-elements.json') as { modules: { declarations?: Partial<ManifestElement>[] }[] };
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d): d is ManifestElement => typeof d.tagName === 'string');
const pkg = read('package.json') as { name: string; version: string };

describe('scripts/ide-data.mjs', () => {
  let out: string;
  let vscode: { version: number; tags: VsCodeTag[] };
  let webTypes: {
    name: string;
    version: string;
    'description-markup': string;
    contributions: { html: { elements: WebTypesElement[] } };
  };
  before(() => {
    out = mkdtempSync(join(tmpdir(), 'kpi-ide-data-'));
    execFileSync(process.execPath, ['scripts/ide-data.mjs', out], { stdio: 'pipe' });
    vscode = read(join(out, 'vscode.html-custom-data.json'));
    webTypes = read(join(out, 'web-types.json'));
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  const vsTag = (tag: string) => vscode.tags.find((t) => t.name === tag);
  const wtElement = (tag: string) => webTypes.contributions.html.elements.find((e) => e.name === tag);

  it('the manifest has the 18 kpi-* tags this test walks', () => {
    assert.equal(elements.length, 18);
    assert.ok(elements.every((e) => e.tagName.startsWith('kpi-')));
  });

  it('ide-data(out) lists every tag of the manifest in both files, with exactly its attributes', () => {
    assert.equal(vscode.version, 1.1);
    assert.deepEqual(vscode.tags.map((t) => t.name).sort(), elements.map((e) => e.tagName).sort());
    assert.deepEqual(
      webTypes.contributions.html.elements.map((e) => e.name).sort(),
      elements.map((e) => e.tagName).sort(),
    );
    for (const el of elements) {
      const names = (el.attributes ?? []).map((a) => a.name);
      assert.deepEqual(
        vsTag(el.tagName)?.attributes.map((a) => a.name),
        names,
        `${el.tagName} (VS Code)`,
      );
      assert.deepEqual(
        wtElement(el.tagName)?.attributes.map((a) => a.name),
        names,
        `${el.tagName} (web-types)`,
      );
      assert.deepEqual(
        wtElement(el.tagName)?.js.events.map((e) => e.name),
        (el.events ?? []).map((e) => e.name),
        `${el.tagName} events`,
      );
    }
  });

  it('ide-data(out) gives <kpi-mrr> its summary, time and display attributes', () => {
    for (const name of ['mrr', 'paying-customers', 'arpa', 'previous', 'currency', 'time-zone', 'period', 'src']) {
      assert.ok(
        vsTag('kpi-mrr')?.attributes.some((a) => a.name === name),
        `VS Code: ${name}`,
      );
      assert.ok(
        wtElement('kpi-mrr')?.attributes.some((a) => a.name === name),
        `web-types: ${name}`,
      );
    }
    assert.match(vsTag('kpi-mrr')!.description.value, /^Monthly recurring revenue card/);
    assert.match(vsTag('kpi-mrr')!.description.value, /\n- `kpi-load`: /);
    assert.equal(vsTag('kpi-mrr')!.description.kind, 'markdown');
    assert.deepEqual(wtElement('kpi-mrr')?.source, { symbol: 'KpiMrr' });
  });

  it('ide-data(out) offers light, dark and auto for theme on every widget, in both files', () => {
    const withTheme = elements.filter((e) => e.attributes?.some((a) => a.name === 'theme'));
    assert.equal(withTheme.length, 17); // every widget; <kpi-source> has no card
    for (const { tagName } of withTheme) {
      const vs = vsTag(tagName)!.attributes.find((a) => a.name === 'theme');
      const wt = wtElement(tagName)!.attributes.find((a) => a.name === 'theme');
      assert.deepEqual(vs?.values, [{ name: 'light' }, { name: 'dark' }, { name: 'auto' }], tagName);
      assert.deepEqual(wt?.value, { kind: 'plain', type: 'enum' }, tagName);
      assert.deepEqual(wt?.values, [{ name: 'light' }, { name: 'dark' }, { name: 'auto' }], tagName);
    }
  });

  it('ide-data(out) types other attributes: enum unions, valueless booleans, numbers, free text', () => {
    const vs = (name: string) => vsTag('kpi-mrr')!.attributes.find((a) => a.name === name);
    const wt = (name: string) => wtElement('kpi-mrr')!.attributes.find((a) => a.name === name);
    assert.deepEqual(vs('compare')?.values, [
      { name: 'previous-period' },
      { name: 'same-period-last-year' },
      { name: 'none' },
    ]);
    assert.equal(vs('no-sparkline')?.valueSet, 'v');
    assert.deepEqual(wt('no-sparkline')?.value, { kind: 'no-value' });
    assert.deepEqual(wt('decimals')?.value, { kind: 'plain', type: 'number' });
    // A type that is not a union of string literals offers no values.
    assert.equal(vs('currency')?.values, undefined);
    assert.deepEqual(wt('currency')?.value, { kind: 'plain', type: 'string' });
    assert.equal(vs('src-kind')?.values, undefined);
  });

  it('ide-data(out) writes web-types for this package, with properties, events and CSS', () => {
    assert.equal(webTypes.name, pkg.name);
    assert.equal(webTypes.version, pkg.version);
    assert.equal(webTypes['description-markup'], 'markdown');
    const mrr = wtElement('kpi-mrr')!;
    const data = mrr.js.properties.find((p) => p.name === 'data') as { type?: string; description?: string };
    assert.equal(data.type, 'Dataset | undefined');
    assert.match(data.description ?? '', /Dataset/);
    assert.ok(mrr.js.properties.some((p) => p.name === 'payingCustomers'));
    assert.ok(!mrr.js.properties.some((p) => p.name === 'seriesMonths'), 'static and protected members stay out');
    assert.deepEqual(
      mrr.js.events.map((e) => e.name),
      ['kpi-load', 'kpi-error', 'kpi-warning'],
    );
    assert.ok(mrr.css.parts.some((p) => p.name === 'value'));
    assert.ok(mrr.css.properties.some((p) => p.name === '--kpi-mrr-color'));
  });
});
