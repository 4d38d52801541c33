/**
 * The one clock the widgets read: the default `period` (the last complete month), relative periods
 * (`this-month`, `ytd`), the age of fetched data, request timeouts and `refresh-interval` polling.
 * Tests replace `now` to hold the date still, and `setTimeout` / `clearTimeout` to run timers when they
 * choose instead of waiting.
 */
export const clock = {
  now: (): number => Date.now(),
  setTimeout: (fn: () => void, ms: number): unknown => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle: unknown): void => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};
