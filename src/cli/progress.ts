/** Minimum time between two redraws of the progress line. */
const REDRAW_INTERVAL_MS = 100;

/** Where the progress line is drawn: stderr, or anything with the same shape. */
export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "--:--";
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/**
 * A one-line progress bar on a terminal: done/total (when known), articles per second
 * and ETA. Does nothing when disabled (stderr not a TTY, or `--quiet`).
 */
export class Progress {
  private done = 0;
  private failed = 0;
  private drawn = false;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly stream: ProgressStream,
    private total: number | null,
    private readonly enabled: boolean,
  ) {}

  /** Counts one finished article and redraws if enough time has passed. */
  tick(failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw >= REDRAW_INTERVAL_MS) {
      this.lastDraw = now;
      this.draw(now);
    }
  }

  /** Sets the total once it becomes known. */
  setTotal(total: number): void {
    this.total = total;
  }

  /** Prints a message on its own line without garbling the bar. */
  log(message: string): void {
    this.clear();
    this.stream.write(message + "\n");
  }

  /** Removes the bar (call before exiting). */
  finish(): void {
    this.clear();
  }

  /** Articles processed so far, and how many of them failed. */
  counts(): { done: number; failed: number } {
    return { done: this.done, failed: this.failed };
  }

  private clear(): void {
    if (this.drawn) {
      this.stream.write("\r\x1b[K");
      this.drawn = false;
    }
  }

  /** The text of the progress line (exported for tests through `render`). */
  render(now: number): string {
    const elapsed = Math.max((now - this.started) / 1000, 1e-3);
    const rate = this.done / elapsed;
    const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} articles/s`;
    const failedText = this.failed > 0 ? `, ${this.failed} failed` : "";
    if (this.total === null || this.total === 0) {
      return `${this.done} done${failedText}  ${rateText}  ${formatDuration(elapsed)}`;
    }
    const fraction = Math.min(this.done / this.total, 1);
    const eta = rate > 0 ? (this.total - this.done) / rate : Infinity;
    const info = ` ${this.done}/${this.total} ${Math.floor(fraction * 100)}%${failedText}  ${rateText}  ETA ${formatDuration(eta)}`;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - info.length - 3));
    const filled = Math.round(fraction * width);
    return `[${"#".repeat(filled)}${".".repeat(width - filled)}]${info}`;
  }

  private draw(now: number): void {
    const columns = this.stream.columns ?? 80;
    this.stream.write("\r\x1b[K" + this.render(now).slice(0, columns - 1));
    this.drawn = true;
  }
}
