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

/** One printed sample per kind: its text, or its text and canonical number where they differ. */
const SAMPLES: Readonly<Record<LicenceKind, string | [text: string, number: string]>> = {
  'icp-filing': '京ICP备16045689号-1',
  'icp-license': '京ICP证030173号',
  psb: ['京公网安备 11010502038816号', '京公网安备11010502038816号'],
  'telecom-license': ['增值电信业务经营许可证：京B2-20191236', '京B2-20191236'],
  'culture-license': '京网文〔2019〕2847-311号',
  'online-publishing-license': '（总）网出证（京）字第049号',
  'publication-license': '新出发京批字第直0673号',
  'medical-device-platform-filing': '（苏）网械平台备字（2018）第00052号',
  'drug-info-license': '（京）-经营性-2024-0502',
  'algorithm-filing': '网信算备330109094482246341270号',
  'news-license': ['互联网新闻信息服务许可证11120180001号', '11120180001号'],
  'av-license': ['信息网络传播视听节目许可证：1910564', '1910564'],
  'broadcast-license': '（沪）字第1248号',
  'performance-license': ['营业性演出许可证：京演（机构）（2015）1145号', '京演（机构）（2015）1145号'],
  'ai-model-filing': 'Beijing-YunQue-20230821',
  'novelty-icp': '萌ICP备20252020号',
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
  const entry = SAMPLES[kind];
  const [text, number] = typeof entry === 'string' ? [entry, entry] : entry;

  it("passes its own row's markers and the pre-filter", () => {
    expect(new RegExp(row.markers.join('|')).test(text)).toBe(true);
    expect(hasMarker(text)).toBe(true);
  });

  it('survives the page scan in a footer and parses back to itself', () => {
    const html = `<!doctype html><html><body><main><p>正文内容</p></main><footer><p>© 2024 示例公司 ${text}</p></footer></body></html>`;
    const found = scan(html).filter((l) => l.kind === kind);
    expect(found.map((l) => l.number)).toEqual([number]);
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
