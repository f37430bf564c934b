import { describe, expect, it } from 'vitest';
import { hasMarker, markerOffsets } from '../../../src/core/markers.ts';

describe('hasMarker', () => {
  it.each([
    '京ICP备12345678号',
    '京icp备',
    '粤ＩＣＰ备14193636号',
    'ICP License No. 2022020686, Shanghai',
    '京ICP備19033658號',
    '京公网安备11010502030143号',
    '公網安',
    '网安',
    '粤B2-20090059',
    'A2.B1.B2-20090003',
    '京Ｂ２－20090059',
    '京网文〔2013〕0934-983号',
    '網文',
    '京ICP证030173号',
    '證',
    '信息网络传播视听节目许可证 0109362',
    '（沪）字第1248号',
    '（京）-经营性-2024-0502',
    '經營性',
    '（苏）网械平台备字（2018）第00052号',
    '网信算备330109094482246341270号',
    '（总）网出证（京）字第049号',
    'Beijing-YunQue-20230821',
    'Jiangsu-CarrotAI-202407030002',
    'Guizhou-DuoCaiHuangXiaoXiAI-20250724S0002',
  ])('finds a marker in %s', (text) => {
    expect(hasMarker(text)).toBe(true);
  });

  it.each([
    '',
    '12345678',
    '© 2024 Northwind Analytics Ltd. company no. 11482930',
    '北京市朝阳区建国路88号',
    'B2B commerce',
    'web-app-2023',
  ])('finds no marker in %s', (text) => {
    expect(hasMarker(text)).toBe(false);
  });

  it('stays linear on long letter runs and hyphen chains', () => {
    const inputs = [
      'a'.repeat(200_000),
      'a-'.repeat(100_000),
      `x-${'b'.repeat(200_000)}`,
      '-'.repeat(200_000),
    ];
    const start = performance.now();
    for (const text of inputs) expect(hasMarker(text)).toBe(false);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('lists every marker offset', () => {
    expect(markerOffsets('京ICP备1号 and 京公网安备2号')).toEqual([1, 4, 14, 16]);
  });
});
