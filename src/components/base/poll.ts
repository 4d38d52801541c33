import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from './clock.js';

/** The shortest `refresh-interval`, in seconds: lower values are raised to it. */
export const MIN_REFRESH_SECONDS = 5;
/** The longest wait between refreshes after failures, in seconds (unless the interval itself is longer). */
export const MAX_BACKOFF_SECONDS = 300;

/** What a poller asks of the element it refreshes. */
export interface PollHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  /** The `refresh-interval` attribute's value, in seconds (undefined, 0 or less: no polling). */
  refreshInterval?: number | undefined;
  /** Whether there is anything to poll (a `src`). */
  readonly polls: boolean;
  refresh(): Promise<void>;
  /** Whether the last refresh failed (`error` or `stale`). */
  readonly refreshFailed: boolean;
}

/** The wait between refreshes, in ms: `refresh-interval` raised to 5 s; none when unset, 0 or not a number. */
export function refreshDelay(seconds: number | undefined, failures: number): number | undefined {
  if (seconds === undefined || seconds === null || !(seconds > 0)) return undefined;
  const base = Math.max(seconds, MIN_REFRESH_SECONDS);
  const wait = failures > 0 ? Math.min(base * 2 ** failures, Math.max(base, MAX_BACKOFF_SECONDS)) : base;
  return wait * 1000;
}

/**
 * Refreshes its host every `refresh-interval` seconds while it is connected and has a `src`. A refresh
 * that would fall while the page is hidden waits until it is visible again; after a failure the wait
 * doubles, up to 5 minutes, and returns to the interval after a success.
 */
export class PollController implements ReactiveController {
  private timer: unknown;
  private failures = 0;
  private missed = false;
  private running = false;
  private key = '';

  constructor(private readonly host: PollHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.key = '';
    // Put back on the page, a host that has rendered before starts polling again without an update.
    if (this.host.hasUpdated) this.hostUpdated();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
    this.key = '';
  }

  hostUpdated(): void {
    const key = `${this.host.polls}\n${this.host.refreshInterval}`;
    if (key === this.key) return;
    this.key = key;
    this.failures = 0;
    if (!this.running) this.schedule();
  }

  private stop(): void {
    if (this.timer !== undefined) clock.clearTimeout(this.timer);
    this.timer = undefined;
    this.missed = false;
  }

  private schedule(): void {
    this.stop();
    if (!this.host.isConnected || !this.host.polls) return;
    const delay = refreshDelay(this.host.refreshInterval, this.failures);
    if (delay === undefined) return;
    this.timer = clock.setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    if (document.visibilityState === 'hidden') {
      this.missed = true;
      return;
    }
    this.running = true;
    try {
      await this.host.refresh();
      this.failures = this.host.refreshFailed ? this.failures + 1 : 0;
    } catch {
      this.failures++;
    } finally {
      this.running = false;
    }
    this.schedule();
  }

  private readonly onVisibility = () => {
    if (document.visibilityState !== 'hidden' && this.missed) {
      this.missed = false;
      void this.tick();
    }
  };
}
