import { describe, expect, it, vi } from 'vitest';
import { BACKGROUND_MESSAGES } from '../../../src/messaging/protocol.ts';
import { REPORT_MESSAGES } from '../../../src/messaging/report-message.ts';
import { createSend, type Transport } from '../../../src/messaging/send.ts';
import { fetchResult } from '../../../src/popup/report-client.ts';
import { RICH_REPORT } from '../background/fixtures.ts';

/** The report part of the popup's reply, which these tests check, through the real send(). */
const fetchReport = async (transport: Transport, tabId: number) =>
  (await fetchResult(createSend(REPORT_MESSAGES, transport), tabId)).report;

describe('fetchReport', () => {
  it('uses the same get-report spec as the whole protocol', () => {
    expect(BACKGROUND_MESSAGES['get-report']).toBe(REPORT_MESSAGES['get-report']);
  });

  it('sends get-report and returns the checked report', async () => {
    const transport = vi.fn(async () => ({ ok: true, value: { report: RICH_REPORT } }));
    expect(await fetchReport(transport, 4)).toEqual(RICH_REPORT);
    expect(transport).toHaveBeenCalledWith({ type: 'get-report', tabId: 4 });
  });

  it('returns null for a tab with no report', async () => {
    expect(await fetchReport(async () => ({ ok: true, value: { report: null } }), 1)).toBeNull();
  });

  it.each<[string, unknown]>([
    ['an error reply', { ok: false, error: 'forbidden' }],
    ['no reply', undefined],
    ['a malformed report', { ok: true, value: { report: { licences: 3 } } }],
    ['the old unwrapped shape', { ok: true, report: RICH_REPORT }],
  ])('throws on %s', async (_name, reply) => {
    await expect(fetchReport(async () => reply, 1)).rejects.toThrow();
  });
});
