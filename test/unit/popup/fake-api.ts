// A PopupApi for the popup's component tests: a scanned page, every browser call answered; tests
// override what they need.
import type { PopupApi } from '../../../src/popup/api.ts';
import { RICH_REPORT } from '../background/fixtures.ts';

export function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    targetTab: async () => 7,
    result: async () => ({
      report: RICH_REPORT,
      url: 'https://www.example.com.cn/a',
      site: { name: 'example.com.cn', local: false },
    }),
    watch: () => () => {},
    contentReachable: async () => true,
    tabUrl: async () => undefined,
    fileAccess: async () => false,
    showBlock: async () => true,
    copy: async () => {},
    openOptions: () => {},
    ...overrides,
  };
}
