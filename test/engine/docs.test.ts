import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The README's generated sections (widgets, records, KPI catalogue, theming) come from custom-elements.json,
// src/engine/types.ts and listKpis(): a change to any of them without `npm run docs` fails here.
const docs = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/docs.mjs', '--check', ...args], { encoding: 'utf8' });

describe('scripts/docs.mjs --check', () => {
  it('docs --check exits 0 on the committed README', () => {
    const r = docs();
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      r.stdout.trim(),
      'README.md is current with custom-elements.json, src/engine/types.ts and listKpis().',
    );
  });

  it('docs --check exits 1 and names the section when a generated row is edited by hand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-docs-'));
    try {
      const copy = join(dir, 'README.md');
      const text = readFileSync('README.md', 'utf8');
      const row = /^\| `mrr` \|.*$/m.exec(text);
      assert.ok(row, 'the KPI catalogue has a row for mrr');
      writeFileSync(copy, text.replace(row[0], row[0].replace('currency', 'count')));
      const r = docs(`--readme=${copy}`);
      assert.equal(r.status, 1);
      assert.equal(r.stderr.trim(), 'README.md is stale in: kpis. Run `npm run docs` and commit README.md.');
      assert.equal(readFileSync(copy, 'utf8'), text.replace(row[0], row[0].replace('currency', 'count')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('docs --check exits 1 when a section marker is missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-docs-'));
    try {
      const copy = join(dir, 'README.md');
      writeFileSync(copy, readFileSync('README.md', 'utf8').replace('<!-- theming:end -->', ''));
      const r = docs(`--readme=${copy}`);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /^README\.md lacks the markers of: theming /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
