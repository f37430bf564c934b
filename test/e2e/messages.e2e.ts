// Who can talk to the background: a web page (no externally_connectable, so chrome.runtime is not
// even there) and window.postMessage spoofing must change nothing; another installed extension's
// messages must not reach the handler either. Also proves the request recorder sees the service
// worker's own requests, so "no network" assertions cover it.
import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { badgeText, manifest, openTab, waitForBadge } from './support/extension.ts';
import { EXTENSION_DIR, foreignRequests } from './support/launch.ts';
import { pollUntil } from './support/poll.ts';
import { useBrowserSession } from './support/session.ts';
import { storedReport } from './support/state.ts';

/** A second, unrelated extension with one page, from which it messages ours. */
const ROGUE_DIR = realpathSync(mkdtempSync(join(tmpdir(), 'icp-lens-rogue-')));
writeFileSync(
  join(ROGUE_DIR, 'manifest.json'),
  JSON.stringify({ manifest_version: 3, name: 'rogue', version: '1' }),
);
writeFileSync(join(ROGUE_DIR, 'rogue.html'), '<!doctype html><title>rogue</title>');
afterAll(() => rmSync(ROGUE_DIR, { recursive: true, force: true }));

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits as a–p. */
function unpackedId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

const session = useBrowserSession({
  // Later switches win: load ours and the rogue one.
  args: [
    `--disable-extensions-except=${EXTENSION_DIR},${ROGUE_DIR}`,
    `--load-extension=${EXTENSION_DIR},${ROGUE_DIR}`,
  ],
});

const SPOOF = {
  type: 'page-scan',
  blocks: [{ text: '沪ICP备13041765号-1', region: 'footer', id: 0 }],
  links: [],
  truncated: false,
};

interface MaybeChrome {
  chrome?: { runtime?: { sendMessage?: (id: string, message: unknown) => Promise<unknown> } };
}

describe('messages from outside', () => {
  it('a web page can neither reach the background nor spoof the content script', async () => {
    expect(await manifest(session.ext)).not.toHaveProperty('externally_connectable');
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('beijing.html'));
    expect(await waitForBadge(session.ext, tabId, '京')).toBe('京');
    const before = await storedReport(session.ext, tabId);

    const direct = await page.evaluate(
      async ([id, message]) => {
        const runtime = (globalThis as unknown as MaybeChrome).chrome?.runtime;
        if (!runtime?.sendMessage) return 'no chrome.runtime';
        try {
          await runtime.sendMessage(id, message);
          return 'sent';
        } catch (error) {
          return `rejected: ${String(error)}`;
        }
      },
      [session.ext.extensionId, SPOOF] as const,
    );
    expect(direct).not.toBe('sent');

    await page.evaluate((message) => {
      for (const m of [
        message,
        { type: 'content-status' },
        { type: 'highlight', block: 0 },
        'page-scan',
        null,
      ]) {
        window.postMessage(m, '*');
      }
    }, SPOOF);
    // Give a listener, if there were one, every chance: the page must answer and nothing may change.
    await pollUntil(
      () => page.evaluate(() => document.readyState),
      (s) => s === 'complete',
      { what: 'the page to answer' },
    );
    expect(await badgeText(session.ext, tabId)).toBe('京');
    expect(await storedReport(session.ext, tabId)).toEqual(before);
    await page.close();
  });

  it('another extension is not heard', async () => {
    const { page, tabId } = await openTab(session.ext);
    await page.goto(session.server.url('beijing.html'));
    expect(await waitForBadge(session.ext, tabId, '京')).toBe('京');
    const before = await storedReport(session.ext, tabId);

    const rogue = await session.ext.context.newPage();
    await rogue.goto(`chrome-extension://${unpackedId(ROGUE_DIR)}/rogue.html`);
    const replies = await rogue.evaluate(
      async ([id, messages]) => {
        const runtime = (globalThis as unknown as MaybeChrome).chrome?.runtime;
        const out: string[] = [];
        for (const m of messages) {
          try {
            out.push(`reply: ${JSON.stringify(await runtime?.sendMessage?.(id, m))}`);
          } catch (error) {
            out.push(`rejected: ${String(error)}`);
          }
        }
        return out;
      },
      [session.ext.extensionId, [SPOOF, { type: 'get-report', tabId }]] as const,
    );
    // No onMessageExternal listener: nothing answers, so nothing is stored and no report leaks.
    for (const r of replies) expect(r).toMatch(/^rejected: /);
    expect(await badgeText(session.ext, tabId)).toBe('京');
    expect(await storedReport(session.ext, tabId)).toEqual(before);
    await rogue.close();
    await page.close();
  });

  it("the request recorder sees the service worker's own requests", async () => {
    const probe = session.server.url('sw-probe');
    await session.ext.worker.evaluate(
      (url) =>
        fetch(url).then(
          () => 'done',
          () => 'failed',
        ),
      probe,
    );
    await pollUntil(
      async () => session.ext.requests.filter((r) => r.url === probe),
      (found) => found.length > 0,
      { what: 'the probe request to be recorded' },
    );
    expect(session.ext.requests.find((r) => r.url === probe)?.from).toBe('service-worker');
  });

  it('made no network request beyond the fixture server (and the rogue page we opened)', () => {
    const rogue = `chrome-extension://${unpackedId(ROGUE_DIR)}/`;
    expect(
      foreignRequests(session.ext, session.server.origin).filter((r) => !r.url.startsWith(rogue)),
    ).toEqual([]);
  });
});
