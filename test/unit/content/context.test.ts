// @vitest-environment happy-dom
// The content script sends the text around its blocks (the operator context) with the page scan when
// it reads more than the blocks do, in a message the background's schema accepts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseMessage } from '../../../src/messaging/protocol.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('content script: operator context', () => {
  it('sends the copyright paragraph next to the numbers as context', async () => {
    vi.resetModules();
    document.body.innerHTML =
      '<main><h1>T</h1></main><footer><p>© 2024 北京星云科技有限公司 版权所有</p><p>京ICP备2021012345号-1</p></footer>';
    const sendMessage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    await import('../../../src/content/index.ts');
    const message = parseMessage((sendMessage.mock.calls[0] as unknown[])[0]);
    expect(message).toMatchObject({
      type: 'page-scan',
      blocks: [{ text: '京ICP备2021012345号-1', region: 'footer', id: 0 }],
      context: [
        { text: '© 2024 北京星云科技有限公司 版权所有\n京ICP备2021012345号-1', region: 'footer', id: 1 },
      ],
    });
  });
});
