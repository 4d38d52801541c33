import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// Known-vulnerable versions the lockfile must never resolve, wherever they sit in node_modules.
// d3-color < 3.1.0 parses colour strings with a regular expression that backtracks for ever on crafted
// input (ReDoS, GHSA-36jr-mh4h-2g58, fixed in 3.1.0); d3-scale and d3-interpolate pull
// it in, so a colour read from data or an attribute could hang the page.
const FLOORS: Record<string, string> = { 'd3-color': '3.1.0' };

interface Lock {
  packages?: Record<string, { version?: string }>;
}

/** Compares dotted numeric versions (pre-release tags sort below their release). */
function below(version: string, floor: string): boolean {
  const [core, pre] = version.split(/-(.*)/s) as [string, string | undefined];
  const a = core.split('.').map(Number);
  const b = floor.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return pre !== undefined;
}

/** Every `node_modules/**\/<name>` entry of a lockfile below its floor, as "path@version". */
function vulnerable(lock: Lock): string[] {
  const out: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const name = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(path)?.[1];
    const floor = name ? FLOORS[name] : undefined;
    if (floor && (!entry.version || below(entry.version, floor))) out.push(`${path}@${entry.version ?? '?'}`);
  }
  return out.sort();
}

describe('dependencies', () => {
  it('package-lock.json resolves no d3-color below 3.1.0 (ReDoS, GHSA-36jr-mh4h-2g58)', () => {
    const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as Lock;
    assert.ok(lock.packages && Object.keys(lock.packages).length > 0, 'lockfileVersion 2 or 3 with "packages"');
    assert.deepEqual(vulnerable(lock), []);
  });

  it('vulnerable(lock) finds d3-color below 3.1.0 at any depth and passes 3.1.0 and later', () => {
    const lock: Lock = {
      packages: {
        '': {},
        'node_modules/d3-color': { version: '3.1.0' },
        'node_modules/d3-scale/node_modules/d3-color': { version: '3.0.1' },
        'node_modules/a/node_modules/d3-interpolate/node_modules/d3-color': { version: '1.4.1' },
        'node_modules/b/node_modules/d3-color': { version: '3.1.0-rc.1' },
        'node_modules/c/node_modules/d3-color': { version: '3.10.0' },
        'node_modules/not-d3-color': { version: '1.0.0' },
        'node_modules/@x/d3-color': { version: '1.0.0' },
      },
    };
    assert.deepEqual(vulnerable(lock), [
      'node_modules/a/node_modules/d3-interpolate/node_modules/d3-color@1.4.1',
      'node_modules/b/node_modules/d3-color@3.1.0-rc.1',
      'node_modules/d3-scale/node_modules/d3-color@3.0.1',
    ]);
  });
});
