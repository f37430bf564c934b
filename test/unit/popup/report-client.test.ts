import { describe, expect, it, vi } from 'vitest';
import { fetchResult, type SendMessage } from '../../../src/popup/report-client.ts';
import { RICH_REPORT } from '../background/fixtures.ts';

/** The report part of the popup's reply, which these tests check. */
const fetchReport = async (send: SendMessage, tabId: number) => (await fetchResult(send, tabId)).report;

describe('fetchReport', () => {
  it('sends get-report and returns the checked report', async () => {
    const send = vi.fn(async () => ({ ok: true, report: RICH_REPORT }));
    expect(await fetchReport(send, 4)).toEqual(RICH_REPORT);
    expect(send).toHaveBeenCalledWith({ type: 'get-report', tabId: 4 });
  });

  it('returns null for a tab with no report', async () => {
    expect(await fetchReport(async () => ({ ok: true, report: null }), 1)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['an error reply', { ok: false, error: 'forbidden' }],
    ['no reply', undefined],
    ['a malformed report', { ok: true, report: { licences: 3 } }],
  ])('throws on %s', async (_name, reply) => {
    await expect(fetchReport(async () => reply, 1)).rejects.toThrow();
  });
});
