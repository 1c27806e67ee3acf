// A one-line progress bar on stderr, redrawn in place on a terminal; silent elsewhere (CI logs,
// --json), so piped output holds only the step lines.
export interface ProgressBar {
  update(done: number, total: number | undefined, label?: string): void;
  clear(): void;
}

const WIDTH = 24;

export function progressBar(stream: NodeJS.WriteStream = process.stderr, enabled = stream.isTTY === true): ProgressBar {
  let drawn = false;
  return {
    update(done, total, label = "") {
      if (!enabled) return;
      const ratio = total === undefined || total === 0 ? 0 : Math.min(1, done / total);
      const filled = Math.round(ratio * WIDTH);
      const bar = `[${"#".repeat(filled)}${"-".repeat(WIDTH - filled)}] ${total === undefined ? done : `${Math.round(ratio * 100)}%`}`;
      stream.write(`\r\x1b[2K    ${bar} ${label}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write("\r\x1b[2K");
      drawn = false;
    },
  };
}
