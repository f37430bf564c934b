// Deadline-based polling: the e2e tests never sleep a fixed time and hope.

export interface PollOptions {
  /** Give up after this many milliseconds. */
  timeout?: number;
  /** Pause between attempts. */
  interval?: number;
  /** Named in the error when the deadline passes. */
  what?: string;
}

/** Calls `read` until `done(value)` holds; returns that value or throws at the deadline. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeout = 10_000, interval = 100, what = 'condition' }: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      lastError = undefined;
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const detail = lastError ? `last error: ${String(lastError)}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Reads until the value has stayed the same for `quiet` ms, then returns it. Used where the expected
 * value is also the initial one (an empty badge), so "equal once" would prove nothing.
 */
export async function settle<T>(
  read: () => Promise<T>,
  { timeout = 10_000, interval = 100, quiet = 600, what = 'value' }: PollOptions & { quiet?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  let since = Date.now();
  for (;;) {
    if (Date.now() - since >= quiet) return value;
    if (Date.now() >= deadline) {
      throw new Error(`${what} did not settle within ${timeout} ms (last: ${JSON.stringify(value)})`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
    const next = await read();
    if (JSON.stringify(next) !== JSON.stringify(value)) {
      value = next;
      since = Date.now();
    }
  }
}
