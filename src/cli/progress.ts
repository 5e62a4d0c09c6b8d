// A progress line on standard error for long runs: files done / total, MB/s, ETA. Only
// on a terminal, only after the first second, redrawn at most ten times a second.

export interface Progress {
  done(bytes: number): void;
  finish(): void;
}

/**
 * A progress line only when the output goes elsewhere: with standard output on the same
 * terminal, the line would sit in the middle of the JSON.
 */
export const progressShown = (stdoutIsTTY: boolean, stderrIsTTY: boolean) => stderrIsTTY && !stdoutIsTTY;

const SILENT: Progress = { done: () => {}, finish: () => {} };

export function makeProgress(total: number, totalBytes: number, enabled: boolean, write: (s: string) => void, now = () => Date.now()): Progress {
  if (!enabled || total < 2) return SILENT;
  const start = now();
  let files = 0;
  let bytes = 0;
  let drawn = 0;
  let shown = false;
  return {
    done(size: number) {
      files++;
      bytes += size;
      const t = now();
      if (t - start < 1000 || t - drawn < 100) return;
      drawn = t;
      shown = true;
      const seconds = (t - start) / 1000;
      const rate = bytes / 1e6 / seconds;
      const left = totalBytes > bytes && rate > 0 ? Math.ceil((totalBytes - bytes) / 1e6 / rate) : 0;
      write(`\r${files}/${total} files, ${rate.toFixed(1)} MB/s, ETA ${left} s   `);
    },
    finish() {
      if (shown) write('\r\u001b[K');
    },
  };
}
