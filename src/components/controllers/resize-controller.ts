import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The host's content width in whole CSS pixels, for charts that lay out text and bars at their real size
 * (a sparkline scales with its viewBox and needs none of this). Re-renders the host when the width
 * changes; 0 until the first layout.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  private observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      const width = box ? Math.round(box.width) : 0;
      if (width !== this.width) {
        this.width = width;
        // Re-render in the next frame: a render inside the observer's report that changes the card's
        // height would make Chromium report "ResizeObserver loop completed with undelivered notifications".
        requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
