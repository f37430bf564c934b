// @vitest-environment happy-dom
// Filling the query page's search box: the box is found by its placeholder once the page draws it,
// the text is asked for only then, a box the user typed into is left alone, and the page hears an
// input event as from typing. Nothing is pressed.
import { beforeEach, describe, expect, it } from 'vitest';
import { fillWhenReady, findSearchBox } from '../../../src/registry-content/fill.ts';

beforeEach(() => {
  document.body.innerHTML = '';
});

function fill(text: string | null) {
  const asked: number[] = [];
  const timers: Array<() => void> = [];
  const done = fillWhenReady({
    doc: document,
    ask: async () => {
      asked.push(1);
      return text;
    },
    setTimeout: (f) => timers.push(f),
  });
  const timeout = () => {
    for (const f of timers) f();
  };
  return { done, asked, timeout };
}

const box = (attrs: string) => {
  document.body.insertAdjacentHTML('beforeend', `<input ${attrs}>`);
  return document.body.lastElementChild as HTMLInputElement;
};

describe('search box', () => {
  it('is the text input whose placeholder names a domain or a filing number', () => {
    box('type="password" placeholder="域名"');
    box('placeholder="用户名"');
    box('placeholder="请输入域名" disabled');
    const wanted = box('type="search" placeholder="请输入域名、备案号或单位名称"');
    expect(findSearchBox(document)).toBe(wanted);
  });

  it('waits for the page to draw it, then types the text with an input event', async () => {
    const run = fill('yuntu-video.cn');
    expect(run.asked).toEqual([]);
    const input = box('placeholder="请输入ICP备案号/域名"');
    const events: string[] = [];
    input.addEventListener('input', () => events.push(input.value));
    expect(await run.done).toBe(true);
    expect(input.value).toBe('yuntu-video.cn');
    expect(events).toEqual(['yuntu-video.cn']);
  });

  it('leaves a box the user typed into alone, and types nothing for a page no check opened', async () => {
    const typed = box('placeholder="域名"');
    typed.value = 'qq.com';
    expect(await fill('yuntu-video.cn').done).toBe(false);
    expect(typed.value).toBe('qq.com');
    typed.value = '';
    expect(await fill(null).done).toBe(false);
    expect(typed.value).toBe('');
  });

  it('gives up after the wait without asking when no box appears', async () => {
    const run = fill('yuntu-video.cn');
    run.timeout();
    expect(await run.done).toBe(false);
    box('placeholder="域名"');
    await Promise.resolve();
    expect(run.asked).toEqual([]);
  });
});
