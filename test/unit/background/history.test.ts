// The background's history recorder: only when on, only public http(s) sites, with the verdict.
import { describe, expect, it } from 'vitest';
import { createHistoryRecorder } from '../../../src/background/history.ts';
import { analysePage } from '../../../src/core/analyse.ts';
import type { HistorySite } from '../../../src/storage/history-schema.ts';

const report = analysePage([{ text: '沪ICP备17036581号', region: 'footer', id: 0 }], [], false);

function recorder(enabled: boolean) {
  const added: HistorySite[] = [];
  const asked: string[][] = [];
  const record = createHistoryRecorder({
    store: {
      add: async (entries) => {
        added.push(...entries);
        return { stored: entries.length, complete: true, full: false };
      },
      sameFiler: async (domain, subjects) => {
        // Asked only once the visit is stored, so the answer includes it.
        asked.push([domain, String(added.length), ...subjects]);
        return { subjects: [], operator: null };
      },
    },
    enabled: async () => enabled,
    now: () => 1000,
  });
  return { record, added, asked };
}

describe('history recorder', () => {
  it('records the registrable domain with the hosting verdict when on', async () => {
    const { record, added, asked } = recorder(true);
    await record(report, 'https://www.shop.example.com.cn/a?b', {
      kind: 'mainland-filed',
      country: 'CN',
      reason: null,
      unfileableTld: null,
    });
    expect(added).toEqual([
      expect.objectContaining({
        domain: 'example.com.cn',
        firstSeen: 1000,
        lastSeen: 1000,
        status: 'filing',
        hosting: { kind: 'mainland-filed', country: 'CN' },
        source: 'page',
      }),
    ]);
    // The popup's same-filer answer is made ready, after the visit is stored.
    expect(asked).toEqual([['example.com.cn', '1', '沪ICP备17036581号']]);
  });

  it('records nothing when off, for local hosts or for other schemes', async () => {
    expect((await run(false, 'https://example.cn/')).length).toBe(0);
    for (const url of [
      'http://localhost:8080/',
      'http://127.0.0.1/',
      'http://192.168.1.2/',
      'http://printer.local/',
      'file:///tmp/a.html',
      'chrome://settings',
      undefined,
    ]) {
      expect((await run(true, url)).length, String(url)).toBe(0);
    }
  });
});

async function run(enabled: boolean, url: string | undefined) {
  const { record, added } = recorder(enabled);
  await record(report, url);
  return added;
}
