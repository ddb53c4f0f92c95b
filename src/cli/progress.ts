/**
 * A progress bar on stderr, drawn only when stderr is a terminal and the job is long, so that
 * piped or logged output stays clean.
 */
import type { Io } from './io.js';

/** Rows from which a sweep is "long" enough to show progress. */
export const PROGRESS_FROM_ROWS = 200;
const WIDTH = 30;

/** A progress reporter: `tick(done)` redraws at most once per percent, `end()` clears the line. */
export interface Progress {
  tick(done: number): void;
  end(): void;
}

/**
 * Creates a progress bar for `total` steps, or a silent one when stderr is not a TTY or the job is short.
 */
export function createProgress(io: Io, total: number, label: string): Progress {
  if (!io.errIsTty || total < PROGRESS_FROM_ROWS) return { tick: () => undefined, end: () => undefined };
  let lastPercent = -1;
  return {
    tick(done) {
      const percent = Math.floor((done * 100) / total);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const filled = Math.round((done * WIDTH) / total);
      io.err(`\r${label} [${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ${done}/${total}`);
    },
    end() {
      io.err(`\r${' '.repeat(label.length + WIDTH + 24)}\r`);
    },
  };
}
