// Debian's Chromium driven by puppeteer-core (never a downloaded browser), for page tests.
import { after, before } from 'node:test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { serve } from './server.js';

/** The strictest policy a host page may set (issue 6): no inline scripts or styles, no eval, Trusted Types. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export function launch(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * For one describe block: Chromium and a static server of the project root (sending `csp` as its
 * Content-Security-Policy when given), started before the block's tests and closed after them. Read
 * `env.browser` and `env.url` inside the tests.
 */
export function pageEnvironment(csp?: string): { browser: Browser; url: string } {
  const env = {} as { browser: Browser; url: string };
  let close: (() => Promise<void>) | undefined;
  before(async () => {
    const server = await serve(process.cwd(), csp);
    close = server.close;
    env.url = server.url;
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await close?.();
  });
  return env;
}
