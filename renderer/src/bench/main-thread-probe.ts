/**
 * The main thread's responsiveness while something runs: the longest task Chromium reports
 * (PerformanceObserver 'longtask', tasks over 50 ms) and the longest gap between two ticks of a
 * 10 ms timer (minus its period), which also catches work split into tasks under the observer's radar.
 */
export class MainThreadProbe {
  private longest = 0;
  private count = 0;
  private gap = 0;
  private last = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private observer: PerformanceObserver | undefined;

  start(): void {
    this.observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        this.count += 1;
        this.longest = Math.max(this.longest, entry.duration);
      }
    });
    this.observer.observe({ type: 'longtask', buffered: false });
    this.last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      this.gap = Math.max(this.gap, now - this.last - 10);
      this.last = now;
    }, 10);
  }

  stop(): { longestTaskMs: number; longTasks: number; longestGapMs: number } {
    clearInterval(this.timer);
    this.observer?.takeRecords().forEach((entry) => {
      this.count += 1;
      this.longest = Math.max(this.longest, entry.duration);
    });
    this.observer?.disconnect();
    return { longestTaskMs: this.longest, longTasks: this.count, longestGapMs: this.gap };
  }
}
