// A one-line progress display on standard error, drawn only when it is a terminal (never in pipes,
// files or CI logs, where it would be noise).

export interface Progress {
  update(done: number, failed: number, current: string): void;
  finish(): void;
}

const SILENT: Progress = { update() {}, finish() {} };

export function progressFor(
  stream: { isTTY?: boolean; columns?: number; write(text: string): unknown },
  total: number,
): Progress {
  if (!stream.isTTY || total < 2) return SILENT;
  let drawn = false;
  return {
    update(done, failed, current) {
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      const line = `[${done}/${total}]${failed ? ` ${failed} failed` : ''} ${current}`.slice(0, width);
      stream.write(`\r\u001b[2K${line}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
