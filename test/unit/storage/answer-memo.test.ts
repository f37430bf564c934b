// The memo behind the popup's same-filer answers: one computation per key until cleared, the key
// asked for longest ago dropped past the bound, and a failed answer not kept.
import { describe, expect, it } from 'vitest';
import { createAnswerMemo } from '../../../src/storage/history-db/answer-memo.ts';

describe('answer memo', () => {
  it('computes once per key until cleared, and shares a pending answer', async () => {
    const memo = createAnswerMemo<number>(4);
    let runs = 0;
    const compute = async () => ++runs;
    const [a, b] = await Promise.all([memo.get('k', compute), memo.get('k', compute)]);
    expect([a, b, runs]).toEqual([1, 1, 1]);
    memo.clear();
    expect(await memo.get('k', compute)).toBe(2);
  });

  it('drops the key asked for longest ago past its bound', async () => {
    const memo = createAnswerMemo<string>(2);
    const runs: string[] = [];
    const compute = (key: string) => async () => {
      runs.push(key);
      return key;
    };
    await memo.get('a', compute('a'));
    await memo.get('b', compute('b'));
    await memo.get('a', compute('a')); // kept, and now the latest asked
    await memo.get('c', compute('c')); // drops b
    await memo.get('a', compute('a'));
    await memo.get('b', compute('b'));
    expect(runs).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a failed answer', async () => {
    const memo = createAnswerMemo<number>(4);
    await expect(memo.get('k', () => Promise.reject(new Error('closed')))).rejects.toThrow('closed');
    expect(await memo.get('k', async () => 7)).toBe(7);
  });
});
