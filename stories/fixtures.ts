/**
 * Shared story fixtures: the sample company (demo/data, served by Storybook as /data) and URLs for
 * the states a user meets.
 */

/** Northwind Analytics, the generated sample company (2024-01 to 2025-12, USD). */
export const COMPANY_URL = 'data/company.json';
/** A file that is not there: the server answers 404. */
export const MISSING_URL = 'data/missing.json';
/** A request that never answers, to show the loading state. */
export const NEVER_URL = 'data/never-resolves.json';

// Storybook serves static files only, so a request that hangs is simulated here, for NEVER_URL alone.
const marker = Symbol.for('kpi-elements.stories.never-fetch');
const w = window as typeof window & { [marker]?: true };
if (!w[marker]) {
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.endsWith(NEVER_URL)) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
    });
  };
  w[marker] = true;
}
