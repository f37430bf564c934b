// Answers kept between the history's changes: the popup asks "who else files under this subject"
// each time it opens, and the database answers the same until it changes. The store clears the
// memo on every committed change (it is the one writer), so a kept answer is never stale; a
// pending one is kept too, so a lookup made while another is running waits for it.

export interface AnswerMemo<T> {
  /** The kept answer for `key`, or the one `compute` gives (kept unless it fails). */
  get(key: string, compute: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function createAnswerMemo<T>(maxEntries: number): AnswerMemo<T> {
  // A Map iterates in insertion order: the first key is the one asked for longest ago.
  const kept = new Map<string, Promise<T>>();
  return {
    get(key, compute) {
      const hit = kept.get(key);
      if (hit) {
        kept.delete(key);
        kept.set(key, hit);
        return hit;
      }
      const answer = compute();
      kept.set(key, answer);
      if (kept.size > maxEntries) kept.delete(kept.keys().next().value as string);
      answer.catch(() => {
        if (kept.get(key) === answer) kept.delete(key);
      });
      return answer;
    },
    clear: () => kept.clear(),
  };
}
