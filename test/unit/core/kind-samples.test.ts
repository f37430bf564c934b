// @vitest-environment happy-dom
// @vitest-environment-options { "settings": { "handleDisabledFileLoadingAsSuccess": true } }
// Walks the kinds table: every kind has a sample here that passes its own row's markers and the
// marker pre-filter, survives the page scan in a footer, parses back to its kind, number and
// commercial default, has its strings in en and zh_CN, and is found on a committed fixture page. A
// kind added to the table without its markers, rule, messages or fixtures fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse.ts';
import { KINDS, type LicenceKind } from '../../../src/core/kinds.ts';
import { hasMarker } from '../../../src/core/markers.ts';
import { collectPage } from '../../../src/dom/collect.ts';

/** One printed sample per kind, and its canonical number. */
const SAMPLES: Readonly<Record<LicenceKind, { text: string; number: string }>> = {
  'icp-filing': { text: '京ICP备16045689号-1', number: '京ICP备16045689号-1' },
  'icp-license': { text: '京ICP证030173号', number: '京ICP证030173号' },
  psb: { text: '京公网安备 11010502038816号', number: '京公网安备11010502038816号' },
  'telecom-license': { text: '增值电信业务经营许可证：京B2-20191236', number: '京B2-20191236' },
  'culture-license': { text: '京网文〔2019〕2847-311号', number: '京网文〔2019〕2847-311号' },
  'online-publishing-license': { text: '（总）网出证（京）字第049号', number: '（总）网出证（京）字第049号' },
  'publication-license': { text: '新出发京批字第直0673号', number: '新出发京批字第直0673号' },
  'medical-device-platform-filing': {
    text: '（苏）网械平台备字（2018）第00052号',
    number: '（苏）网械平台备字（2018）第00052号',
  },
  'drug-info-license': { text: '（京）-经营性-2024-0502', number: '（京）-经营性-2024-0502' },
  'algorithm-filing': { text: '网信算备330109094482246341270号', number: '网信算备330109094482246341270号' },
  'news-license': { text: '互联网新闻信息服务许可证11120180001号', number: '11120180001号' },
  'av-license': { text: '信息网络传播视听节目许可证：1910564', number: '1910564' },
  'broadcast-license': { text: '（沪）字第1248号', number: '（沪）字第1248号' },
  'performance-license': {
    text: '营业性演出许可证：京演（机构）（2015）1145号',
    number: '京演（机构）（2015）1145号',
  },
  'ai-model-filing': { text: 'Beijing-YunQue-20230821', number: 'Beijing-YunQue-20230821' },
  'novelty-icp': { text: '萌ICP备20252020号', number: '萌ICP备20252020号' },
};

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE_DIRS = ['test/fixtures/pages', 'test/e2e/pages'];

type Messages = Record<string, { message: string }>;
const locale = (name: string): Messages =>
  JSON.parse(readFileSync(join(ROOT, 'public/_locales', name, 'messages.json'), 'utf8')) as Messages;
const LOCALES = { en: locale('en'), zh_CN: locale('zh_CN') };

function scan(html: string) {
  const page = collectPage(new DOMParser().parseFromString(html, 'text/html'));
  return analysePage(page.blocks, page.links, page.truncated, { year: 2026 }).licences;
}

/** Every kind read on any committed fixture page. */
const fixtureKinds = new Set(
  FIXTURE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.html'))
      .flatMap((name) => scan(readFileSync(join(ROOT, dir, name), 'utf8')).map((l) => l.kind)),
  ),
);

describe.each(KINDS.map((row) => [row.id, row] as const))('%s', (kind, row) => {
  const sample = SAMPLES[kind];

  it("passes its own row's markers and the pre-filter", () => {
    expect(new RegExp(row.markers.join('|')).test(sample.text)).toBe(true);
    expect(hasMarker(sample.text)).toBe(true);
  });

  it('survives the page scan in a footer and parses back to itself', () => {
    const html = `<!doctype html><html><body><main><p>正文内容</p></main><footer><p>© 2024 示例公司 ${sample.text}</p></footer></body></html>`;
    const found = scan(html).filter((l) => l.kind === kind);
    expect(found.map((l) => l.number)).toEqual([sample.number]);
    expect(found[0]?.region).toBe('footer');
    expect(found[0]?.commercial).toBe(row.commercial);
  });

  it('has its label and explanation in en and zh_CN', () => {
    for (const messages of Object.values(LOCALES)) {
      expect(messages[`kind${row.key}`]?.message.trim()).toBeTruthy();
      expect(messages[`explain${row.key}`]?.message.trim()).toBeTruthy();
    }
  });

  it('is read on a fixture page', () => {
    expect(fixtureKinds).toContain(kind);
  });
});
