// Finds Debian's Chromium for the browser tests (honouring CHROME_PATH); installs it with apt-get when
// run as root on a machine that has it, else prints the one command to run and exits non-zero.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags of every headless Chromium the project starts (tests and benchmarks): quiet, no sandbox, no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at a Chromium binary.`);
    process.exit(1);
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!root || !apt) {
    console.error(
      'Chromium is missing: run `sudo apt-get update && sudo apt-get install -y chromium` (or set CHROME_PATH).',
    );
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium with apt-get ...");
  execFileSync(
    'sh',
    ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'],
    {
      stdio: 'inherit',
    },
  );
  const installed = findChromium();
  if (!installed) {
    console.error('apt-get finished but no chromium binary was found; set CHROME_PATH.');
    process.exit(1);
  }
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
