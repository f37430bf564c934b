// Polite fetching for long lists: at most `concurrency` inputs at once overall, at most one request
// at a time per host (`perHost`), `delayMs` of quiet after each request before the next one to the same host,
// and retries of 429 and 503 answers after the wait the server asks for (Retry-After, in seconds or
// as an HTTP date) or, without one, an exponential back-off. A waiting retry holds its host, not a
// slot: other hosts go on meanwhile. Inputs are started in list order as far as their hosts allow.

/** What a failed attempt says about retrying: the HTTP status and the Retry-After header. */
export interface RetryHint {
  status: number;
  retryAfter: string | null;
}

export interface Attempt<R> {
  result: R;
  /** Set when the attempt got an HTTP error answer; retried only for RETRY_STATUSES. */
  retry?: RetryHint | null;
}

export interface RetryPolicy {
  /** Retries after the first attempt (0: none). */
  retries: number;
  /** Wait before the first retry when the server names none; doubled for each further retry. */
  backoffMs: number;
  /** Longest wait; a server asking for longer is not retried (its answer is the result). */
  maxWaitMs: number;
}

export interface PoliteOptions extends RetryPolicy {
  concurrency: number;
  /** Requests at once to one host (1 unless the user raises it for a server of their own). */
  perHost: number;
  /** Quiet time per host after each request, before the next one to that host. */
  delayMs: number;
  /** The host an input is fetched from, or null for inputs that need no politeness (files, stdin). */
  hostOf: (index: number) => string | null;
}

export const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 503]);
export const DEFAULT_RETRIES = 3;
export const DEFAULT_BACKOFF_MS = 1_000;
export const MAX_WAIT_MS = 120_000;

/** Retry-After as milliseconds from `now`: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names a weekday or month; this also keeps Date.parse from reading bare numbers.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * How long to wait before retrying after attempt number `attempt` (0 for the first), or null for
 * no retry: not a retryable status, no retries left, or a Retry-After beyond `maxWaitMs`.
 */
export function retryWait(
  hint: RetryHint | null | undefined,
  attempt: number,
  policy: RetryPolicy,
  now: number,
) {
  if (!hint || !RETRY_STATUSES.has(hint.status) || attempt >= policy.retries) return null;
  const asked = parseRetryAfter(hint.retryAfter, now);
  if (asked !== null) return asked <= policy.maxWaitMs ? asked : null;
  return Math.min(policy.backoffMs * 2 ** attempt, policy.maxWaitMs);
}

/** Why a retryable answer is the result: no retries left, or a wait longer than this tool makes. */
export function givingUp(
  hint: RetryHint | null | undefined,
  attempts: number,
  policy: RetryPolicy,
  now: number,
) {
  if (!hint || !RETRY_STATUSES.has(hint.status)) return null;
  const asked = parseRetryAfter(hint.retryAfter, now);
  if (asked !== null && asked > policy.maxWaitMs) {
    return `Retry-After asks for ${Math.ceil(asked / 1000)} s, more than the ${policy.maxWaitMs / 1000} s icp-lens waits`;
  }
  return attempts > 1 ? `gave up after ${attempts} attempts` : null;
}

/** The host of an http(s) input (lower case, without port), or null for anything else. */
export function hostOf(input: string): string | null {
  if (!/^https?:\/\//i.test(input)) return null;
  try {
    return new URL(input).hostname;
  } catch {
    return null;
  }
}

interface Host {
  /** Requests to this host running now. */
  active: number;
  /** No request to this host starts before this time (ms since the epoch). */
  notBefore: number;
  /** Inputs that wait for this host, in the order they are to run (a retry goes first). */
  waiting: number[];
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * Runs `attempt` for inputs 0 … count-1 under the rules above and calls `onDone` once per input with
 * its last attempt and the number of attempts made. Resolves when every input is done. Keeps no
 * result itself, so memory does not grow with the list; `attempt` must not reject.
 */
export function runPolite<R>(
  count: number,
  options: PoliteOptions,
  attempt: (index: number, attemptNo: number) => Promise<Attempt<R>>,
  onDone: (outcome: Attempt<R>, index: number, attempts: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const hosts = new Map<string, Host>();
    /** Inputs whose host is reserved for them and that can start as soon as a slot is free. */
    let ready: number[] = [];
    let readyHead = 0;
    const retried = new Map<number, number>();
    let next = 0;
    let running = 0;
    let finished = 0;
    let failed = false;

    const hostState = (key: string): Host => {
      let h = hosts.get(key);
      if (!h) {
        h = { active: 0, notBefore: 0, waiting: [], timer: null };
        hosts.set(key, h);
      }
      return h;
    };

    /** Hands the host's waiting inputs to `ready` as far as the host may be asked now. */
    const release = (key: string, h: Host) => {
      if (h.active >= options.perHost || h.timer) return;
      if (h.waiting.length === 0) {
        if (h.active === 0 && h.notBefore <= Date.now()) hosts.delete(key);
        return;
      }
      const wait = h.notBefore - Date.now();
      if (wait > 0) {
        h.timer = setTimeout(() => {
          h.timer = null;
          release(key, h);
          pump();
        }, wait);
        return;
      }
      while (h.active < options.perHost && h.waiting.length > 0) {
        h.active++;
        ready.push(h.waiting.shift() as number);
      }
    };

    /** Forgets hosts with nothing waiting whose quiet time is over, so a list of many hosts stays small. */
    const sweep = () => {
      const now = Date.now();
      for (const [key, h] of hosts) {
        if (h.active === 0 && !h.timer && h.waiting.length === 0 && h.notBefore <= now) hosts.delete(key);
      }
    };

    const take = (): number | null => {
      if (readyHead < ready.length) {
        const index = ready[readyHead++] as number;
        if (readyHead === ready.length) {
          ready = [];
          readyHead = 0;
        }
        return index;
      }
      while (next < count) {
        const index = next++;
        const key = options.hostOf(index);
        if (key === null) return index;
        const h = hostState(key);
        if (h.active < options.perHost && !h.timer && h.waiting.length === 0 && h.notBefore <= Date.now()) {
          h.active++;
          return index;
        }
        h.waiting.push(index);
        release(key, h);
      }
      return null;
    };

    const finish = (index: number, outcome: Attempt<R>) => {
      running--;
      const attempts = (retried.get(index) ?? 0) + 1;
      const key = options.hostOf(index);
      const now = Date.now();
      const wait = key === null ? null : retryWait(outcome.retry, attempts - 1, options, now);
      if (key !== null) {
        const h = hostState(key);
        h.active--;
        if (wait !== null) {
          retried.set(index, attempts);
          h.notBefore = now + Math.max(wait, options.delayMs);
          h.waiting.unshift(index);
        } else {
          h.notBefore = now + options.delayMs;
        }
        release(key, h);
      }
      if (wait === null) {
        retried.delete(index);
        finished++;
        if (finished % 1024 === 0) sweep();
        try {
          onDone(outcome, index, attempts);
        } catch (error) {
          failed = true;
          reject(error);
          return;
        }
      }
      pump();
    };

    const pump = () => {
      if (failed) return;
      while (running < options.concurrency) {
        const index = take();
        if (index === null) break;
        running++;
        attempt(index, retried.get(index) ?? 0).then(
          (outcome) => finish(index, outcome),
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
      if (finished === count) resolve();
    };

    pump();
  });
}
